/*
 * Small string helpers for metadata values: pages pad them with newlines,
 * tabs and non-breaking spaces, and compare names in any case.
 */
#include <string.h>

#include "meta_impl.h"
#include "../text/text_util.h"

int newsdoc__meta_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int newsdoc__meta_is_blank(const char *text)
{
	while (*text && newsdoc__meta_is_space((unsigned char)*text))
		text++;
	return !*text;
}

char *newsdoc__meta_clean(const char *s, size_t len, int *oom)
{
	newsdoc__sb sb = NEWSDOC__SB_INIT;
	int pending = 0;

	if (!s || !len)
		return NULL;
	if (newsdoc__append_folded(&sb, s, len, &pending) != 0) {
		newsdoc__sb_free(&sb);
		*oom = 1;
		return NULL;
	}
	newsdoc__sb_trim(&sb);
	if (!sb.len) {
		newsdoc__sb_free(&sb);
		return NULL;
	}
	return sb.ptr;
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

int newsdoc__meta_ieq(const char *a, const char *b)
{
	while (*a && lower((unsigned char)*a) == lower((unsigned char)*b)) {
		a++;
		b++;
	}
	return *a == '\0' && *b == '\0';
}

int newsdoc__meta_istarts(const char *s, const char *prefix)
{
	while (*prefix && lower((unsigned char)*s) == lower((unsigned char)*prefix)) {
		s++;
		prefix++;
	}
	return *prefix == '\0';
}

int newsdoc__meta_icontains(const char *haystack, const char *needle)
{
	for (; *haystack; haystack++)
		if (newsdoc__meta_istarts(haystack, needle))
			return 1;
	return !*needle;
}

void newsdoc__meta_decode_entities(char *s)
{
	static const struct { const char *name; unsigned long cp; } named[] = {
		{ "amp", '&' }, { "quot", '"' }, { "apos", '\'' }, { "lt", '<' }, { "gt", '>' },
		{ "nbsp", 0xA0 }, { "rsquo", 0x2019 }, { "lsquo", 0x2018 }, { "ldquo", 0x201C },
		{ "rdquo", 0x201D }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 },
		{ "laquo", 0xAB }, { "raquo", 0xBB }, { "bdquo", 0x201E }, { "sbquo", 0x201A },
		{ "shy", 0xAD }, { "auml", 0xE4 }, { "ouml", 0xF6 }, { "uuml", 0xFC }, { "Auml", 0xC4 },
		{ "Ouml", 0xD6 }, { "Uuml", 0xDC }, { "szlig", 0xDF }, { "eacute", 0xE9 }, { "egrave", 0xE8 },
		{ "ecirc", 0xEA }, { "aacute", 0xE1 }, { "agrave", 0xE0 }, { "iacute", 0xED }, { "oacute", 0xF3 },
		{ "uacute", 0xFA }, { "ntilde", 0xF1 }, { "ccedil", 0xE7 }, { "Eacute", 0xC9 }, { "oslash", 0xF8 },
		{ "aring", 0xE5 }, { "aelig", 0xE6 }, { "euro", 0x20AC }, { "copy", 0xA9 }
	};
	char *in = s, *out = s;

	while (*in) {
		const char *semi = NULL;
		unsigned long cp = 0;
		size_t n, i;
		int found = 0;

		/* The ';' is looked for within a reference's length only: a text
		 * of many '&' and no ';' is read once, not once per '&'. */
		if (*in == '&')
			for (n = 1; n <= 10 && in[n] && !semi; n++)
				if (in[n] == ';')
					semi = in + n;
		if (!semi) {
			*out++ = *in++;
			continue;
		}
		n = (size_t)(semi - in - 1);
		if (in[1] == '#') {
			const char *p = in + 2;
			int hex = *p == 'x' || *p == 'X';
			if (hex)
				p++;
			found = p < semi;
			for (; p < semi && found; p++) {
				int c = (unsigned char)*p, digit;
				if (c >= '0' && c <= '9')
					digit = c - '0';
				else if (hex && ((c | 32) >= 'a' && (c | 32) <= 'f'))
					digit = (c | 32) - 'a' + 10;
				else {
					found = 0;
					break;
				}
				cp = cp * (hex ? 16 : 10) + (unsigned long)digit;
				if (cp > 0x10FFFF)
					found = 0;
			}
			if (found && (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)))
				found = 0;
		} else {
			for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
				if (strlen(named[i].name) == n && !strncmp(in + 1, named[i].name, n)) {
					cp = named[i].cp;
					found = 1;
					break;
				}
		}
		if (!found) {
			*out++ = *in++;
			continue;
		}
		/* A reference is never shorter than its UTF-8 ("&#x10FFFF;" is 10
		 * bytes for 4), so the text shrinks in place. */
		out += newsdoc__utf8_encode(out, cp);
		in = (char *)semi + 1;
	}
	*out = '\0';
}

/* Letters and digits of `s`, lowered (ASCII), at most `cap - 1` bytes. */
static size_t squeeze(char *out, size_t cap, const char *s, size_t len)
{
	size_t i, n = 0;
	for (i = 0; i < len && n + 1 < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
			out[n++] = (char)c;
		else if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c + 32);
	}
	out[n] = '\0';
	return n;
}

size_t newsdoc__meta_words_within(const char *hay, size_t hay_len, const char *needle, size_t needle_len)
{
	char a[512], b[512];
	size_t n = squeeze(b, sizeof(b), needle, needle_len);

	if (!n || n + 1 >= sizeof(b))
		return 0;
	squeeze(a, sizeof(a), hay, hay_len);
	return strstr(a, b) ? n : 0;
}

/*
 * Does this piece name the site by its host? "n-tv.de" for ntv.de,
 * "Die Neue Südtiroler Tageszeitung" for tageszeitung.it: the host's main
 * label (4 letters at least), squeezed, is inside the squeezed piece.
 */
/* The host's main label of `url`, squeezed, into label[64]; 0 when
 * there is none or it is shorter than 3. */
static size_t host_label(char *label, const char *url)
{
	const char *host, *end, *dot, *prev;

	if (!url || !(host = strstr(url, "://")))
		return 0;
	host += 3;
	end = host + strcspn(host, "/:?#");
	/* The label before the last dot: "www.n-tv.de" -> "n-tv". */
	for (dot = end; dot > host && dot[-1] != '.'; dot--)
		;
	if (dot <= host)
		return 0;
	for (prev = dot - 1; prev > host && prev[-1] != '.'; prev--)
		;
	return squeeze(label, 64, prev, (size_t)(dot - 1 - prev)) < 3 ? 0 : 1;
}

int newsdoc__meta_names_host(const char *piece, size_t len, const char *url)
{
	char label[64], squeezed[256];

	if (!host_label(label, url))
		return 0;
	squeeze(squeezed, sizeof(squeezed), piece, len);
	return strstr(squeezed, label) != NULL;
}

int newsdoc__meta_is_host_brand(const char *piece, size_t len, const char *url)
{
	char label[64], squeezed[256];
	size_t n;

	if (!host_label(label, url))
		return 0;
	n = squeeze(squeezed, sizeof(squeezed), piece, len);
	return n + 1 < sizeof(squeezed) && !strcmp(squeezed, label);
}

/*
 * The next letter or digit of UTF-8 text at *i, as a code point lowered
 * (ASCII and Latin-1); 0 at the end. Spaces, punctuation, quotes, dashes,
 * the Latin-1 signs (no-break space, soft hyphen, guillemets), General
 * Punctuation (curly quotes, zero-width and word joiners, ellipsis) and CJK
 * punctuation are passed over.
 */
static unsigned long next_word_char(const char *s, size_t len, size_t *i)
{
	while (*i < len) {
		unsigned char c = (unsigned char)s[*i];
		unsigned long cp;
		size_t n, k;

		if (c < 0x80) {
			(*i)++;
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
				return c;
			if (c >= 'A' && c <= 'Z')
				return (unsigned long)c + 32;
			continue;
		}
		n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		cp = n == 4 ? c & 0x07u : n == 3 ? c & 0x0Fu : n == 2 ? c & 0x1Fu : c;
		for (k = 1; k < n && *i + k < len && ((unsigned char)s[*i + k] & 0xC0) == 0x80; k++)
			cp = (cp << 6) | ((unsigned char)s[*i + k] & 0x3Fu);
		*i += k;
		if ((cp >= 0xA0 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
		    cp == 0xFEFF)
			continue;
		if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
			cp += 0x20;
		return cp;
	}
	return 0;
}

int newsdoc__meta_same_words(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;
	unsigned long x, y;

	do {
		x = next_word_char(a, alen, &i);
		y = next_word_char(b, blen, &j);
		if (x != y)
			return 0;
	} while (x);
	return 1;
}
