/*
 * Which charset a page is in, decided the way browsers do: a byte order
 * mark wins, then what the caller heard from HTTP; bytes that are valid
 * UTF-8 with non-ASCII text are UTF-8; then the page's own <meta charset>
 * or http-equiv declaration near the top; without any of them anything
 * else is windows-1252. Latin-1 and
 * ASCII declarations are read as windows-1252 too, because pages that say
 * Latin-1 routinely use the 0x80-0x9F punctuation of cp1252 (curly quotes,
 * dashes), which true Latin-1 would turn into control characters.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <libxml/encoding.h>

#include "content.h"

/* How far into the page a declaration counts (HTML says 1024 bytes; real
 * pages put long <script> blocks first, so look further). */
#define DECLARATION_WINDOW 8192

static int is_name_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		c == '-' || c == '_' || c == ':' || c == '.';
}

/* Browser names for charsets that iconv spells differently or that
 * browsers widen to a superset. */
static const char *canonical_charset(const char *name, size_t len, char *scratch, size_t scratch_size)
{
	static const struct { const char *alias, *name; } aliases[] = {
		{ "utf8", "UTF-8" }, { "utf-8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
		{ "iso-8859-1", "windows-1252" }, { "iso8859-1", "windows-1252" },
		{ "iso_8859-1", "windows-1252" }, { "latin1", "windows-1252" },
		{ "latin-1", "windows-1252" }, { "l1", "windows-1252" }, { "us-ascii", "windows-1252" },
		{ "ascii", "windows-1252" }, { "cp1252", "windows-1252" }, { "x-cp1252", "windows-1252" },
		{ "iso-8859-9", "windows-1254" }, { "gb2312", "GBK" }, { "x-gbk", "GBK" },
		{ "x-sjis", "SHIFT_JIS" }, { "ks_c_5601-1987", "EUC-KR" }, { "tis-620", "windows-874" },
		{ "iso-8859-11", "windows-874" }
	};
	size_t i;

	if (len == 0 || len >= scratch_size)
		return NULL;
	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strlen(aliases[i].alias) == len && !strncasecmp(name, aliases[i].alias, len))
			return aliases[i].name;
	memcpy(scratch, name, len);
	scratch[len] = '\0';
	return scratch;
}

/* The value after "charset" at `p` (charset=utf-8, charset="utf-8"). */
static const char *charset_value(const char *p, const char *end, size_t *len)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	if (p >= end || *p != '=')
		return NULL;
	p++;
	while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '\t'))
		p++;
	*len = 0;
	while (p + *len < end && is_name_char((unsigned char)p[*len]))
		(*len)++;
	return *len ? p : NULL;
}

/*
 * A charset declared by a <meta> tag in the first bytes. Only "charset"
 * inside a <meta ...> counts: scripts and text mention the word too.
 */
static const char *declared_charset(const char *data, size_t len, size_t *name_len)
{
	const char *end = data + (len < DECLARATION_WINDOW ? len : DECLARATION_WINDOW), *p = data;

	while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		const char *tag_end, *q;
		if (end - p < 6 || strncasecmp(p + 1, "meta", 4) || is_name_char((unsigned char)p[5])) {
			p++;
			continue;
		}
		tag_end = memchr(p, '>', (size_t)(end - p));
		if (!tag_end)
			return NULL;
		for (q = p + 5; q + 7 <= tag_end; q++) {
			const char *value;
			if (strncasecmp(q, "charset", 7))
				continue;
			if ((value = charset_value(q + 7, tag_end, name_len)) != NULL)
				return value;
		}
		p = tag_end;
	}
	return NULL;
}

/* A charset only if libxml2 (through iconv) can read it. */
static const char *usable(const char *name)
{
	xmlCharEncodingHandlerPtr handler;

	if (!name)
		return NULL;
	if (!strcasecmp(name, "UTF-8"))
		return "UTF-8";
	handler = xmlFindCharEncodingHandler(name);
	if (!handler)
		return NULL;
	xmlCharEncCloseFunc(handler);
	return name;
}

/*
 * Strict UTF-8 check made for whole pages: eight ASCII bytes at a time,
 * then one sequence. Sets *multibyte when any non-ASCII text was seen.
 */
static int valid_utf8(const unsigned char *s, size_t len, int *multibyte)
{
	size_t i = 0;

	*multibyte = 0;
	while (i < len) {
		unsigned char c;
		size_t need, k;
		unsigned int cp;
		if (i + 8 <= len) {
			uint64_t word;
			memcpy(&word, s + i, 8);
			if (!(word & UINT64_C(0x8080808080808080))) {
				i += 8;
				continue;
			}
		}
		c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		*multibyte = 1;
		if (c >= 0xC2 && c <= 0xDF)
			need = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			need = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			need = 3, cp = c & 0x07;
		else
			return 0;
		for (k = 1; k <= need; k++) {
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		/* overlong forms, surrogates, beyond U+10FFFF */
		if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
			(need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
			return 0;
		i += need + 1;
	}
	return 1;
}

const char *newsdoc__content_detect_charset(const char *data, size_t len, const char *hint, size_t *bom_len,
	char *scratch, size_t scratch_size)
{
	const unsigned char *bytes = (const unsigned char *)data;
	const char *declared, *chosen;
	size_t declared_len;
	int utf8, multibyte;

	*bom_len = 0;
	if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) {
		*bom_len = 3;
		return "UTF-8";
	}
	if (len >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) {
		*bom_len = 2;
		return "UTF-16LE";
	}
	if (len >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) {
		*bom_len = 2;
		return "UTF-16BE";
	}
	if (hint && (chosen = usable(canonical_charset(hint, strlen(hint), scratch, scratch_size))) != NULL)
		return chosen;
	/* Bytes that are valid UTF-8 with multi-byte sequences are UTF-8 in
	 * practice, whatever an older <meta> says (pages re-encoded by a proxy
	 * or a crawler keep their old declaration). */
	utf8 = valid_utf8((const unsigned char *)data, len, &multibyte);
	if (utf8 && multibyte)
		return "UTF-8";
	declared = declared_charset(data, len, &declared_len);
	if (declared && (chosen = usable(canonical_charset(declared, declared_len, scratch, scratch_size))) != NULL) {
		/* A page declaring UTF-16 in ASCII bytes is not UTF-16 (HTML rule). */
		if (strncasecmp(chosen, "UTF-16", 6))
			return chosen;
	}
	return utf8 ? "UTF-8" : "windows-1252";
}
