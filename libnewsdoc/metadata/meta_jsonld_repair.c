/*
 * Reading the text of a JSON-LD script. Strict JSON first; real pages also
 * wrap it in HTML comments or CDATA, leave trailing commas, put raw
 * newlines and tabs inside strings, escape apostrophes, add JavaScript
 * comments, or put several objects one after the other. Those are repaired
 * in a copy and read again; what still fails is skipped, never fatal.
 */
#include <string.h>

#include <jansson.h>

#include "../json/json_load.h"
#include "meta_impl.h"
#include "meta_jsonld.h"

/* Strip wrappers: <!-- -->, <![CDATA[ ]]>, with or without "//" before. */
static void strip_wrappers(const char **s, size_t *len)
{
	static const char *const heads[] = { "//<![CDATA[", "<![CDATA[", "<!--", NULL };
	static const char *const tails[] = { "//]]>", "]]>", "//-->", "-->", NULL };
	int changed = 1;
	size_t k;

	while (changed) {
		changed = 0;
		while (*len && (newsdoc__meta_is_space((unsigned char)**s) || **s == ';')) {
			(*s)++;
			(*len)--;
		}
		while (*len && (newsdoc__meta_is_space((unsigned char)(*s)[*len - 1]) || (*s)[*len - 1] == ';'))
			(*len)--;
		for (k = 0; heads[k]; k++) {
			size_t n = strlen(heads[k]);
			if (*len >= n && !memcmp(*s, heads[k], n)) {
				*s += n;
				*len -= n;
				changed = 1;
			}
		}
		for (k = 0; tails[k]; k++) {
			size_t n = strlen(tails[k]);
			if (*len >= n && !memcmp(*s + *len - n, tails[k], n)) {
				*len -= n;
				changed = 1;
			}
		}
	}
}

/*
 * JSON-LD nested deeper than this is not read. Freeing jansson values
 * recurses once per level; real JSON-LD nests about ten levels, and the
 * walks of meta_jsonld.c stop at 24.
 */
#define MAX_NESTING 64

/* Do the brackets of `len` bytes, outside strings, nest at most `max`
 * deep? Checked before the text is read, so that a script nested too deep
 * anywhere is not read at all, repaired or not. */
static int nesting_within(const char *s, size_t len, size_t max)
{
	size_t i, depth = 0;
	int in_string = 0;

	for (i = 0; i < len; i++) {
		char c = s[i];
		if (in_string) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_string = 0;
		} else if (c == '"') {
			in_string = 1;
		} else if (c == '[' || c == '{') {
			if (++depth > max)
				return 0;
		} else if ((c == ']' || c == '}') && depth) {
			depth--;
		}
	}
	return 1;
}

/* Every value in `len` bytes, one after the other; returns how many.
 * *complete: the text was read to its end; *oom: memory ran out. */
static size_t load_values(meta_jsonld_roots *roots, const char *s, size_t len, int *complete, int *oom)
{
	size_t pos = 0, loaded = 0;

	*complete = 0;
	/* Too deep: nothing to read, and nothing a repair would change. */
	if (!nesting_within(s, len, MAX_NESTING)) {
		*complete = 1;
		return 0;
	}
	for (;;) {
		newsdoc__json_error error;
		json_t *value;
		int value_oom;

		while (pos < len && (newsdoc__meta_is_space((unsigned char)s[pos]) || s[pos] == ',' || s[pos] == ';'))
			pos++;
		if (pos >= len) {
			*complete = 1;
			break;
		}
		/* The project's reader (json_parse.c): jansson's own is not safe
		 * when memory runs out. Later duplicate keys win, as browsers'
		 * JSON.parse has it. */
		value = newsdoc__json_parse(s + pos, len - pos,
			NEWSDOC__JSON_ALLOW_DUPLICATES | NEWSDOC__JSON_STOP_AFTER_VALUE, MAX_NESTING, &error, &value_oom);
		if (!value) {
			*oom |= value_oom;
			break;
		}
		if (newsdoc__meta_jsonld_keep(roots, value) != 0) {
			*oom = 1;
			break;
		}
		loaded++;
		pos += error.position;
	}
	return loaded;
}

/*
 * The lenient pass: control characters inside strings become spaces,
 * invalid escapes lose their backslash, comments and trailing commas
 * outside strings are dropped.
 */
static int repair(newsdoc__sb *out, const char *s, size_t len)
{
	size_t i;
	int in_string = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (in_string) {
			if (c == '\\' && i + 1 < len) {
				unsigned char next = (unsigned char)s[i + 1];
				if (strchr("\"\\/bfnrtu", next) && next) {
					newsdoc__sb_putc(out, '\\');
					newsdoc__sb_putc(out, (char)next);
				} else if (next >= 0x20) {
					newsdoc__sb_putc(out, (char)next);
				}
				i++;
			} else if (c == '"') {
				in_string = 0;
				newsdoc__sb_putc(out, '"');
			} else if (c < 0x20) {
				newsdoc__sb_putc(out, ' ');
			} else {
				newsdoc__sb_putc(out, (char)c);
			}
			continue;
		}
		if (c == '"') {
			in_string = 1;
			newsdoc__sb_putc(out, '"');
		} else if (c == '/' && i + 1 < len && s[i + 1] == '/') {
			while (i < len && s[i] != '\n')
				i++;
		} else if (c == '/' && i + 1 < len && s[i + 1] == '*') {
			const char *end = NULL;
			size_t k;
			for (k = i + 2; k + 1 < len; k++)
				if (s[k] == '*' && s[k + 1] == '/') {
					end = s + k;
					break;
				}
			i = end ? (size_t)(end - s) + 1 : len;
		} else if (c == ',') {
			size_t k = i + 1;
			while (k < len && newsdoc__meta_is_space((unsigned char)s[k]))
				k++;
			if (k < len && (s[k] == '}' || s[k] == ']'))
				continue;
			newsdoc__sb_putc(out, ',');
		} else if (c == '<' && i + 3 < len && !memcmp(s + i, "<!--", 4)) {
			i += 3;
		} else if (c == '-' && i + 2 < len && !memcmp(s + i, "-->", 3)) {
			i += 2;
		} else {
			newsdoc__sb_putc(out, (char)c);
		}
	}
	return out->failed ? -1 : 0;
}

int newsdoc__meta_jsonld_parse_text(meta_jsonld_roots *roots, const char *text, size_t len)
{
	newsdoc__sb fixed = NEWSDOC__SB_INIT;
	size_t before = roots->count;
	int complete, oom = 0;

	strip_wrappers(&text, &len);
	if (!len)
		return 0;
	load_values(roots, text, len, &complete, &oom);
	if (complete || oom)
		return oom ? -1 : 0;
	/* Keep what the strict pass read only when the repair reads nothing. */
	if (repair(&fixed, text, len) != 0) {
		newsdoc__sb_free(&fixed);
		return -1;
	}
	if (fixed.len) {
		size_t strict = roots->count - before, i;
		meta_jsonld_roots again = { NULL, 0, 0, NULL };
		load_values(&again, fixed.ptr, fixed.len, &complete, &oom);
		if (!oom && again.count > strict) {
			for (i = before; i < roots->count; i++)
				json_decref(roots->items[i]);
			roots->count = before;
			for (i = 0; i < again.count; i++)
				if (newsdoc__meta_jsonld_keep(roots, again.items[i]) != 0)
					oom = 1;
			again.count = 0;
		}
		newsdoc__meta_jsonld_roots_free(&again);
	}
	newsdoc__sb_free(&fixed);
	return oom ? -1 : 0;
}
