/*
 * Pages in UTF-16 and UTF-32 for the charset and NUL tests: a UTF-8
 * string (sequences of 1 to 3 bytes; "\xC0\x80" stands for U+0000)
 * re-encoded, with or without a byte order mark.
 */
#ifndef WIDE_TEXT_UTIL_H
#define WIDE_TEXT_UTIL_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef enum wide_form { UTF16LE, UTF16BE, UTF32LE, UTF32BE } wide_form;

static inline void put_wide_unit(char *out, size_t *used, unsigned long cp, wide_form form)
{
	size_t unit = form == UTF32LE || form == UTF32BE ? 4 : 2, k;
	int little = form == UTF16LE || form == UTF32LE;

	for (k = 0; k < unit; k++) {
		unsigned int shift = (unsigned int)(little ? k : unit - 1 - k) * 8;
		out[*used + k] = (char)((cp >> shift) & 0xFF);
	}
	*used += unit;
}

/* A malloc'd copy of `utf8` in `form`, its length in *len; a byte order
 * mark first when `bom`. */
static inline char *to_wide(const char *utf8, wide_form form, int bom, size_t *len)
{
	char *out = malloc((strlen(utf8) + 1) * 4);
	size_t used = 0, i = 0;

	*len = 0;
	if (!out)
		return NULL;
	if (bom)
		put_wide_unit(out, &used, 0xFEFF, form);
	while (utf8[i]) {
		unsigned char c = (unsigned char)utf8[i];
		unsigned long cp;
		if (c < 0x80) {
			cp = c;
			i += 1;
		} else if ((c & 0xE0) == 0xC0) {
			cp = (unsigned long)(c & 0x1F) << 6 | (unsigned long)(utf8[i + 1] & 0x3F);
			i += 2;
		} else {
			cp = (unsigned long)(c & 0x0F) << 12 | (unsigned long)(utf8[i + 1] & 0x3F) << 6 |
				(unsigned long)(utf8[i + 2] & 0x3F);
			i += 3;
		}
		put_wide_unit(out, &used, cp, form);
	}
	*len = used;
	return out;
}

#endif
