/*
 * UTF-8 checks, and the encoder the JSON and entity decoders share. The
 * builder accepts only strict UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF) without NUL, so every string a
 * caller reads is safe to hand to any UTF-8 consumer.
 */
#include "../internal.h"

/* Length of the valid sequence at s (at most `avail` bytes), or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t avail)
{
	unsigned char c = s[0];

	if (c >= 0x01 && c <= 0x7F)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		if (avail >= 2 && (s[1] & 0xC0) == 0x80)
			return 2;
		return 0;
	}
	if (c >= 0xE0 && c <= 0xEF) {
		unsigned char lo = 0x80, hi = 0xBF;
		if (c == 0xE0)
			lo = 0xA0; /* overlong */
		if (c == 0xED)
			hi = 0x9F; /* surrogates */
		if (avail >= 3 && s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80)
			return 3;
		return 0;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		unsigned char lo = 0x80, hi = 0xBF;
		if (c == 0xF0)
			lo = 0x90; /* overlong */
		if (c == 0xF4)
			hi = 0x8F; /* above U+10FFFF */
		if (avail >= 4 && s[1] >= lo && s[1] <= hi &&
		    (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80)
			return 4;
		return 0;
	}
	return 0;
}

int newsdoc__utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		size_t n = utf8_sequence(p + i, len - i);
		if (!n)
			return 0;
		i += n;
	}
	return 1;
}

size_t newsdoc__utf8_encode(char *out, unsigned long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t newsdoc__utf8_count(const char *s, size_t len)
{
	size_t count = 0, i;
	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			count++;
	return count;
}

int newsdoc__utf8_sanitize(newsdoc__sb *sb, const char *s, size_t len)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run_start = 0;
	int error;

	while (i < len) {
		size_t n = utf8_sequence(p + i, len - i);
		if (n) {
			i += n;
			continue;
		}
		if ((error = newsdoc__sb_put(sb, s + run_start, i - run_start)) != 0)
			return error;
		/* A NUL stands between two things (text input's "a\0b"). */
		if ((error = p[i] ? newsdoc__sb_put(sb, replacement, 3) : newsdoc__sb_putc(sb, ' ')) != 0)
			return error;
		i++;
		run_start = i;
	}
	return newsdoc__sb_put(sb, s + run_start, i - run_start);
}

/*
 * Lower case of the capitals in the scripts of the languages whose words
 * the library matches (headings, cue words): ASCII, Latin-1 (À..Þ but ×),
 * Latin Extended-A (the Polish, Czech, Turkish letters: Ą Ć Ę Ł Ń Ś Ź Ż
 * Č Ř Š Ž ...), Cyrillic (А..Я, Ѐ..Џ). Each capital and its small letter
 * are as long in UTF-8, so the folded text is as long as the text. Other
 * bytes are copied as they are.
 */
static unsigned long fold_code_point(unsigned long cp)
{
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		return cp + 0x20;
	/* Latin Extended-A: pairs, the capital first, from U+0100 to U+0137,
	 * U+014A to U+0177; from U+0139 to U+0148 and U+0179 to U+017E the
	 * capital is odd. İ (U+0130) folds to i outside this range of lengths:
	 * it is left. */
	if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && !(cp & 1) && cp != 0x130)
		return cp + 1;
	if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) && (cp & 1))
		return cp + 1;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 0x20;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;
	return cp;
}

void newsdoc__utf8_fold_lower(char *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < len) {
		unsigned long cp;
		if (p[i] >= 'A' && p[i] <= 'Z') {
			out[i] = (char)(p[i] - 'A' + 'a');
			i++;
			continue;
		}
		if (p[i] < 0xC2 || p[i] > 0xDF || i + 1 >= len || (p[i + 1] & 0xC0) != 0x80) {
			out[i] = (char)p[i];
			i++;
			continue;
		}
		/* two bytes: U+0080..U+07FF, and every capital above is one */
		cp = fold_code_point(((unsigned long)(p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F));
		out[i] = (char)(0xC0 | (cp >> 6));
		out[i + 1] = (char)(0x80 | (cp & 0x3F));
		i += 2;
	}
}
