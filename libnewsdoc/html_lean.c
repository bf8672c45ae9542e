/*
 * The lean copy of a page: the bytes without what the generic extractor
 * never reads, so that libxml2 does not spend time building it.
 *
 * News pages are half JavaScript, CSS and comments by size (55% of the
 * bytes of the public benchmark's 181 pages), and libxml2 reads the inside
 * of a <script> or <style> one character at a time. Left out:
 *   - comments "<!-- ... -->";
 *   - <style> elements;
 *   - <svg> elements: drawings, which the extractor skips whole;
 *   - <script> elements, except those whose type names JSON (JSON-LD,
 *     application/json): those are data the extractor reads;
 *   - data-, aria- and on* attributes, outside <img> (html_lean_tag.c;
 *     a start tag that loses one has its white space between attributes
 *     made one space).
 * Everything else is copied byte for byte. Site parsers and probes get the
 * whole page (parse.c decides which load a page gets), since a site may
 * keep its data in a script; so do pages in a charset where the bytes of
 * "<", quotes or letters can be part of other characters (html_load.c).
 *
 * The scan follows libxml2's HTML parser where it matters: only <script>
 * and <style> hold raw text, which ends at the first "</script" or
 * "</style"; a comment ends at the first "-->". Anything unterminated is
 * copied as it is and left for libxml2 to judge. A "<" inside an attribute
 * value is skipped with the value, so that `title="<!-- x"` stays text.
 */
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "html_lean.h"

/* The first `c` at or after `from`, or `end`. */
static const char *find_char(const char *from, const char *end, char c)
{
	const char *found = memchr(from, c, (size_t)(end - from));
	return found ? found : end;
}

/* The offset just past the '>' that ends the tag whose attributes start at
 * `i`, quoted values skipped; `len` when the tag does not end. memchr does
 * the walking. Quotes are looked for only up to the next '>', and each
 * next position is looked for again only once the scan has passed it:
 * linear over a page of small tags and over one tag with a million
 * quoted attributes alike. */
static size_t tag_end(const char *data, size_t len, size_t i)
{
	const char *end = data + len, *at = data + i;
	const char *next_gt = NULL, *next_double = NULL, *next_single = NULL, *quote, *close;

	while (at < end) {
		if (!next_gt || next_gt < at) {
			next_gt = find_char(at, end, '>');
			next_double = next_single = NULL;
		}
		/* Either a quote before next_gt, or next_gt itself: none. */
		if (!next_double || next_double < at)
			next_double = find_char(at, next_gt, '"');
		if (!next_single || next_single < at)
			next_single = find_char(at, next_gt, '\'');
		quote = next_double < next_single ? next_double : next_single;
		if (quote == next_gt)
			return next_gt == end ? len : (size_t)(next_gt - data) + 1;
		if ((close = find_char(quote + 1, end, *quote)) == end)
			return len;
		at = close + 1;
	}
	return len;
}

/*
 * The page being scanned, and what is known not to be in the rest of it:
 * once a search for the end of a comment, a script, a style or a drawing
 * has run to the end of the page, every later one would too, and a page
 * of a hundred thousand unclosed "<!--" must not be read that many times.
 */
typedef struct lean_scan {
	const char *data;
	size_t len;
	int no_comment_end, no_script_end, no_style_end, no_svg_end;
} lean_scan;

/* The offset just past "</name ...>" when data[at] starts one (the name
 * followed by anything but a letter when `whole_name`), else 0; `len` when
 * its '>' never comes. */
static size_t end_tag_at(const lean_scan *scan, size_t at, const char *name, size_t name_len, int whole_name)
{
	const char *data = scan->data, *gt;

	if (at + 2 + name_len > scan->len || data[at + 1] != '/' || (data[at + 2] | 0x20) != name[0] ||
		strncasecmp(data + at + 2, name, name_len))
		return 0;
	if (whole_name && at + 2 + name_len < scan->len && newsdoc__html_is_letter(data[at + 2 + name_len]))
		return 0;
	gt = memchr(data + at, '>', scan->len - at);
	return gt ? (size_t)(gt - data) + 1 : scan->len;
}

/* The offset just past the end tag of raw text (script, style) starting at
 * `i`, or 0 when there is none. libxml2 ends the raw text at "</name"
 * whatever follows. */
static size_t raw_text_end(lean_scan *scan, size_t i, const char *name, size_t name_len, int *none_left)
{
	while (!*none_left && i < scan->len) {
		const char *lt = memchr(scan->data + i, '<', scan->len - i);
		size_t end;
		if (!lt)
			break;
		i = (size_t)(lt - scan->data);
		if ((end = end_tag_at(scan, i, name, name_len, 0)) != 0)
			return end == scan->len ? 0 : end;
		i++;
	}
	*none_left = 1;
	return 0;
}

/* The offset just past the "</svg>" that closes the <svg> whose content
 * starts at `i`, nested ones counted; 0 when it is not closed. */
static size_t svg_end(lean_scan *scan, size_t i)
{
	const char *data = scan->data;
	size_t depth = 1, len = scan->len;

	while (!scan->no_svg_end && i < len) {
		const char *lt = memchr(data + i, '<', len - i);
		size_t at, end;
		if (!lt)
			break;
		at = (size_t)(lt - data);
		if ((end = end_tag_at(scan, at, "svg", 3, 1)) != 0) {
			if (end == len)
				break;
			if (--depth == 0)
				return end;
			i = end;
		} else if (at + 5 <= len && (data[at + 1] | 0x20) == 's' && !strncasecmp(data + at + 1, "svg", 3) &&
			(newsdoc__html_is_space(data[at + 4]) || data[at + 4] == '>' || data[at + 4] == '/')) {
			if ((end = tag_end(data, len, at + 4)) == len)
				break;
			if (data[end - 2] != '/')
				depth++;
			i = end;
		} else {
			i = at + 1;
		}
	}
	scan->no_svg_end = 1;
	return 0;
}

/* 1 when the attributes of a <script> tag, data[from, to), give it a type
 * that names JSON. A rough look (a value holding "json") that errs on the
 * side of keeping the script. */
static int script_is_json(const char *data, size_t from, size_t to)
{
	size_t i;

	for (i = from; i + 4 <= to; i++)
		if ((data[i] | 0x20) == 'j' && !strncasecmp(data + i, "json", 4))
			return 1;
	return 0;
}

/* What starts at data[i] (just past a '<'): the offset where the skipped
 * part ends, or 0 when it is kept. */
static size_t skippable_end(lean_scan *scan, size_t i)
{
	const char *data = scan->data;
	size_t len = scan->len, name_end, end;

	if (i + 3 <= len && data[i] == '!' && data[i + 1] == '-' && data[i + 2] == '-') {
		const char *close = scan->no_comment_end ? NULL : memmem(data + i + 3, len - i - 3, "-->", 3);
		if (!close)
			scan->no_comment_end = 1;
		return close ? (size_t)(close - data) + 3 : 0;
	}
	name_end = i;
	while (name_end < len && newsdoc__html_is_letter(data[name_end]))
		name_end++;
	/* The first letter first: strncasecmp on every "<div" adds up. */
	if (name_end == len || (data[i] | 0x20) != 's' ||
		!(newsdoc__html_is_space(data[name_end]) || data[name_end] == '>' || data[name_end] == '/'))
		return 0;
	if (name_end - i == 6 && !strncasecmp(data + i, "script", 6)) {
		end = tag_end(data, len, name_end);
		if (end == len || script_is_json(data, name_end, end))
			return 0;
		return raw_text_end(scan, end, "script", 6, &scan->no_script_end);
	}
	if (name_end - i == 5 && !strncasecmp(data + i, "style", 5)) {
		end = tag_end(data, len, name_end);
		return end == len ? 0 : raw_text_end(scan, end, "style", 5, &scan->no_style_end);
	}
	if (name_end - i == 3 && !strncasecmp(data + i, "svg", 3)) {
		end = tag_end(data, len, name_end);
		if (end == len)
			return 0;
		return data[end - 2] == '/' ? end : svg_end(scan, end);
	}
	return 0;
}

int newsdoc__html_lean_copy(const char *data, size_t len, char **out, size_t *out_len)
{
	lean_scan scan = { NULL, 0, 0, 0, 0, 0 };
	char *copy;
	size_t read = 0, written = 0;

	*out = NULL;
	*out_len = 0;
	if (!(copy = newsdoc__malloc(len + 1)))
		return newsdoc__error_oom();
	scan.data = data;
	scan.len = len;
	while (read < len) {
		const char *lt = memchr(data + read, '<', len - read);
		size_t at = lt ? (size_t)(lt - data) : len, skip_to;

		memcpy(copy + written, data + read, at - read);
		written += at - read;
		if (at == len)
			break;
		if ((skip_to = skippable_end(&scan, at + 1)) != 0) {
			read = skip_to;
			continue;
		}
		/* A kept tag is copied whole, its quoted values with it, so
		 * that a "<" inside a value is never taken for markup. Only a
		 * start or end tag: "<" in text is copied alone. */
		if (at + 1 < len && (newsdoc__html_is_letter(data[at + 1]) || data[at + 1] == '/')) {
			size_t end = tag_end(data, len, at + 1);
			if (data[at + 1] != '/' && end < len) {
				written += newsdoc__html_lean_start_tag(data + at, end - at, copy + written);
			} else {
				memcpy(copy + written, data + at, end - at);
				written += end - at;
			}
			read = end;
			/* The raw text of a kept <script> (JSON) is copied as
			 * it is: its "<" are not tags. */
			if (end - at > 7 && (data[at + 1] | 0x20) == 's' && !newsdoc__html_is_letter(data[at + 7]) &&
				!strncasecmp(data + at + 1, "script", 6)) {
				size_t raw_end = raw_text_end(&scan, end, "script", 6, &scan.no_script_end);
				size_t stop = raw_end ? raw_end : len;
				memcpy(copy + written, data + end, stop - end);
				written += stop - end;
				read = stop;
			}
			continue;
		}
		copy[written++] = '<';
		read = at + 1;
	}
	copy[written] = '\0';
	*out = copy;
	*out_len = written;
	return 0;
}
