/*
 * newsdoc command-line tool: writing a JSON string literal.
 *
 * Used for the "source" key of --format jsonl. File names are arbitrary
 * bytes on POSIX systems, so the writer validates UTF-8 itself (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF) and replaces
 * what is not valid, rather than emit a line that JSON readers reject.
 */
#include <stdio.h>

#include "cli.h"

/*
 * Length of the valid UTF-8 sequence at `s` (1..4), or 0 when the bytes
 * there are not one. `s` is NUL-terminated, so a truncated sequence stops
 * at the NUL, which is never a continuation byte.
 */
static int utf8_sequence_length(const unsigned char *s)
{
	unsigned char lead = s[0];
	int length, i;
	unsigned long code_point;

	if (lead < 0x80)
		return 1;
	if (lead >= 0xC2 && lead <= 0xDF) {
		length = 2;
		code_point = lead & 0x1F;
	} else if (lead >= 0xE0 && lead <= 0xEF) {
		length = 3;
		code_point = lead & 0x0F;
	} else if (lead >= 0xF0 && lead <= 0xF4) {
		length = 4;
		code_point = lead & 0x07;
	} else {
		return 0; /* a continuation byte, or a lead byte that only overlong forms use */
	}
	for (i = 1; i < length; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		code_point = (code_point << 6) | (s[i] & 0x3F);
	}
	if ((length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000))
		return 0; /* overlong */
	if (code_point >= 0xD800 && code_point <= 0xDFFF)
		return 0; /* UTF-16 surrogates are not characters */
	if (code_point > 0x10FFFF)
		return 0;
	return length;
}

void cli_write_json_string(FILE *out, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;

	fputc('"', out);
	while (*s) {
		unsigned char c = *s;
		int length;

		switch (c) {
		case '"': fputs("\\\"", out); s++; continue;
		case '\\': fputs("\\\\", out); s++; continue;
		case '\b': fputs("\\b", out); s++; continue;
		case '\f': fputs("\\f", out); s++; continue;
		case '\n': fputs("\\n", out); s++; continue;
		case '\r': fputs("\\r", out); s++; continue;
		case '\t': fputs("\\t", out); s++; continue;
		default: break;
		}
		if (c < 0x20) {
			/* JSON forbids raw control characters in strings. */
			fprintf(out, "\\u%04x", (unsigned int)c);
			s++;
			continue;
		}
		length = utf8_sequence_length(s);
		if (length == 0) {
			/* One replacement character per bad byte, as most decoders do. */
			fputs("\\ufffd", out);
			s++;
			continue;
		}
		fwrite(s, 1, (size_t)length, out);
		s += length;
	}
	fputc('"', out);
}
