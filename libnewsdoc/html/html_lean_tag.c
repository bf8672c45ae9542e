/*
 * The start tags of the lean copy (html_lean.c): attributes that no part
 * of the generic extractor reads are left out, since libxml2 would build
 * a node and a string for each.
 *
 * Left out, except on <img> (whose data-src, data-srcset, data-lazy-src,
 * data-original and data-url hold a lazy-loaded picture's address,
 * content/figure.c): data-* attributes, aria-* attributes and on* event
 * handlers (an aria-label holding a digit stays: it may state a count).
 * Together they are about a fifth of a news page's attribute
 * bytes. The extractor reads attributes by name (content/, metadata/);
 * one that starts to read a data- attribute elsewhere must keep it here.
 *
 * Only attributes written plainly are left out: a name, then nothing or
 * "=" and a quoted or unquoted value. At anything else the rest of the tag
 * is copied as it is, so libxml2 sees what it would have seen.
 */
#include <string.h>
#include <strings.h>

#include "html_lean.h"

static int is_name_char(char c)
{
	return newsdoc__html_is_letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		c == ':' || c == '.';
}

/* An aria-label with a digit in it, which may state a count that the
 * element shows only as an icon ("View comments (0)":
 * metadata/meta_comment_walk.c reads it). `value`: the attribute's value as written. */
static int is_counting_label(const char *name, size_t len, const char *value, size_t value_len)
{
	size_t i;

	if (len != 10 || strncasecmp(name, "aria-label", 10))
		return 0;
	for (i = 0; i < value_len; i++)
		if (value[i] >= '0' && value[i] <= '9')
			return 1;
	return 0;
}

static int is_unread(const char *name, size_t len)
{
	if (len > 5 && (!strncasecmp(name, "data-", 5) || !strncasecmp(name, "aria-", 5)))
		return 1;
	/* onclick, onload ...: "on" and letters */
	if (len > 2 && (name[0] | 0x20) == 'o' && (name[1] | 0x20) == 'n') {
		size_t i;
		for (i = 2; i < len; i++)
			if (!newsdoc__html_is_letter(name[i]))
				return 0;
		return 1;
	}
	return 0;
}

/* The end of the value of the attribute whose name ends at `i` (the name
 * alone: `i`), or 0 when the value is not written plainly. */
static size_t value_end(const char *tag, size_t len, size_t i)
{
	size_t j = i;

	while (j < len && newsdoc__html_is_space(tag[j]))
		j++;
	if (j == len || tag[j] != '=')
		return i;
	j++;
	while (j < len && newsdoc__html_is_space(tag[j]))
		j++;
	if (j < len && (tag[j] == '"' || tag[j] == '\'')) {
		const char *close = memchr(tag + j + 1, tag[j], len - j - 1);
		return close ? (size_t)(close - tag) + 1 : 0;
	}
	i = j;
	while (j < len && !newsdoc__html_is_space(tag[j]) && tag[j] != '>' && tag[j] != '"' && tag[j] != '\'' &&
		tag[j] != '<')
		j++;
	return j > i ? j : 0;
}

size_t newsdoc__html_lean_start_tag(const char *tag, size_t len, char *out)
{
	size_t i = 1, written;

	while (i < len && is_name_char(tag[i]))
		i++;
	memcpy(out, tag, i);
	written = i;
	if (i == 4 && !strncasecmp(tag + 1, "img", 3))
		goto rest;
	for (;;) {
		size_t gap = i, name, name_end, end;
		while (i < len && newsdoc__html_is_space(tag[i]))
			i++;
		if (i == gap || i == len || !is_name_char(tag[i])) {
			i = gap; /* "/>", ">", or something not written plainly */
			break;
		}
		name = i;
		while (i < len && is_name_char(tag[i]))
			i++;
		name_end = i;
		if ((end = value_end(tag, len, name_end)) == 0) {
			i = gap;
			break;
		}
		i = end;
		/* Left out only when white space or the tag's end follows: in
		 * `a='1'href="x"` the next attribute leans on this one. */
		if (is_unread(tag + name, name_end - name) &&
			!is_counting_label(tag + name, name_end - name, tag + name_end, end - name_end) &&
			(end == len || newsdoc__html_is_space(tag[end]) || tag[end] == '>' || tag[end] == '/'))
			continue;
		/* One space stands for the white space before the attribute. */
		out[written++] = ' ';
		memcpy(out + written, tag + name, end - name);
		written += end - name;
	}
	memcpy(out + written, tag + i, len - i);
	return written + (len - i);
rest:
	memcpy(out + written, tag + i, len - i);
	return len;
}
