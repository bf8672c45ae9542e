/*
 * Which charset a page is in, decided the way browsers do: a byte order
 * mark wins, then what the caller heard from HTTP; then UTF-16 or UTF-32
 * recognised by where the zero bytes of ASCII characters fall; bytes that
 * are valid UTF-8 with non-ASCII text are UTF-8; then the page's own
 * <meta charset> or http-equiv declaration near the top, if it names a
 * charset in which ASCII is ASCII (a page whose declaration could be read
 * is in one: HTML's prescan takes no other, and a UTF-16 label there means
 * UTF-8); without any of them anything else is windows-1252. Latin-1 and
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

/* The bytes looked at for the zero bytes of UTF-16 and UTF-32 text. */
#define WIDE_SAMPLE 4096

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

/* A charset only if libxml2 (through iconv) can read it; with its handler
 * in *handler_out when asked for (the caller closes it). */
static const char *usable(const char *name, xmlCharEncodingHandlerPtr *handler_out)
{
	xmlCharEncodingHandlerPtr handler;

	if (handler_out)
		*handler_out = NULL;
	if (!name)
		return NULL;
	if (!strcasecmp(name, "UTF-8"))
		return "UTF-8";
	handler = xmlFindCharEncodingHandler(name);
	if (!handler)
		return NULL;
	if (handler_out)
		*handler_out = handler;
	else
		newsdoc__charset_handler_close(handler);
	return name;
}

/* 1 for the charsets in which ASCII is ASCII, known by name (the test of
 * ascii_compatible is not needed for them). */
static int ascii_safe(const char *charset)
{
	/* Prefixes: "WINDOWS-" covers windows-1252 and windows-31j alike. */
	static const char *const families[] = {
		"UTF-8", "US-ASCII", "ASCII", "ISO-8859-", "WINDOWS-", "CP125", "KOI8-", "GB2312", "GBK",
		"GB18030", "BIG5", "SHIFT_JIS", "SJIS", "CP932", "EUC-", "TIS-620", "CP874",
		"MACINTOSH", NULL
	};
	size_t i;

	for (i = 0; families[i]; i++)
		if (!strncasecmp(charset, families[i], strlen(families[i])))
			return 1;
	return 0;
}

/*
 * 1 when the charset of `handler` reads every printable ASCII character
 * (and tab, CR, LF) as itself, one byte each: what a charset named in a
 * <meta> must do, since the declaration was read as ASCII. Not so in
 * UTF-16 and UTF-32 (UCS-2, UCS-4, "UNICODE"), EBCDIC (IBM037 ...), UTF-7
 * ('+') or HZ ("~{"): HTML's prescan never picks those, and iconv would
 * read the page as CJK or nothing at all.
 */
static int ascii_compatible(xmlCharEncodingHandlerPtr handler)
{
	char probe[95 + 3];
	xmlBufferPtr in = NULL, out = NULL;
	int same = 0, c;

	for (c = 0x20; c < 0x7F; c++)
		probe[c - 0x20] = (char)c;
	memcpy(probe + 95, "\t\r\n", 3);
	if ((in = xmlBufferCreateSize(sizeof(probe))) != NULL &&
		(out = xmlBufferCreateSize(4 * sizeof(probe))) != NULL &&
		xmlBufferAdd(in, (const xmlChar *)probe, (int)sizeof(probe)) == 0 &&
		xmlCharEncInFunc(handler, out, in) >= 0)
		same = xmlBufferLength(out) == (int)sizeof(probe) &&
			!memcmp(xmlBufferContent(out), probe, sizeof(probe));
	xmlBufferFree(in);
	xmlBufferFree(out);
	return same;
}

/* A label of UTF-16 in the Encoding standard: in a <meta> it means UTF-8
 * (the declaration was read as ASCII, so the page is not UTF-16). */
static int is_utf16_label(const char *name)
{
	static const char *const labels[] = {
		"utf-16", "utf-16le", "utf-16be", "ucs-2", "unicode", "unicodefeff", "unicodefffe",
		"iso-10646-ucs-2", "csunicode", NULL
	};
	size_t i;

	for (i = 0; labels[i]; i++)
		if (!strcasecmp(name, labels[i]))
			return 1;
	return 0;
}

/* The charset a <meta> names, if the page can be in it; NULL to ignore
 * the declaration. */
static const char *declared_usable(const char *name)
{
	xmlCharEncodingHandlerPtr handler;
	const char *chosen;
	int compatible;

	if (!name)
		return NULL;
	if (is_utf16_label(name))
		return "UTF-8";
	if (!(chosen = usable(name, &handler)) || !handler || ascii_safe(chosen)) {
		if (handler)
			newsdoc__charset_handler_close(handler);
		return chosen;
	}
	compatible = ascii_compatible(handler);
	newsdoc__charset_handler_close(handler);
	return compatible ? chosen : NULL;
}

const char *newsdoc__charset_bom(const char *data, size_t len, size_t *bom_len)
{
	/* UTF-32LE's mark before UTF-16LE's, which it starts with. */
	static const struct { const char *bytes; size_t len; const char *charset; } marks[] = {
		{ "\xEF\xBB\xBF", 3, "UTF-8" }, { "\xFF\xFE\0\0", 4, "UTF-32LE" }, { "\0\0\xFE\xFF", 4, "UTF-32BE" },
		{ "\xFF\xFE", 2, "UTF-16LE" }, { "\xFE\xFF", 2, "UTF-16BE" }
	};
	size_t i;

	*bom_len = 0;
	for (i = 0; i < sizeof(marks) / sizeof(marks[0]); i++) {
		if (len >= marks[i].len && !memcmp(data, marks[i].bytes, marks[i].len)) {
			*bom_len = marks[i].len;
			return marks[i].charset;
		}
	}
	return NULL;
}

/* A character of markup or text: printable ASCII or white space. Control
 * characters (U+0001, a NUL) are what short binary data is made of. */
static int is_text_ascii(unsigned char c)
{
	return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const char *newsdoc__charset_wide(const char *data, size_t len)
{
	const unsigned char *bytes = (const unsigned char *)data;
	size_t n = (len < WIDE_SAMPLE ? len : WIDE_SAMPLE) & ~(size_t)3, i, k;
	size_t ascii32le = 0, ascii32be = 0, ascii16le = 0, ascii16be = 0;
	int valid32le = 1, valid32be = 1;

	if (n < 8)
		return NULL;
	for (i = 0; i < n; i += 4) {
		const unsigned char *u = bytes + i;
		/* A UTF-32 unit is at most 0x10FFFF. */
		valid32le &= u[3] == 0 && u[2] <= 0x10;
		valid32be &= u[0] == 0 && u[1] <= 0x10;
		ascii32le += is_text_ascii(u[0]) && !u[1] && !u[2] && !u[3];
		ascii32be += !u[0] && !u[1] && !u[2] && is_text_ascii(u[3]);
		for (k = 0; k < 4; k += 2) {
			ascii16le += is_text_ascii(u[k]) && !u[k + 1];
			ascii16be += !u[k] && is_text_ascii(u[k + 1]);
		}
	}
	/* Markup is ASCII: at least half the units of a page in UTF-32 and
	 * a quarter of those in UTF-16 are printable ASCII characters or white
	 * space (not control characters), while the other
	 * order's pattern (a character such as U+4E00, or a NUL) is rare.
	 * Other text and binary data have few such units (1 in 256). */
	if (valid32le && ascii32le * 2 >= n / 4)
		return "UTF-32LE";
	if (valid32be && ascii32be * 2 >= n / 4)
		return "UTF-32BE";
	if (ascii16le * 4 >= n / 2 && ascii16be * 8 < ascii16le)
		return "UTF-16LE";
	if (ascii16be * 4 >= n / 2 && ascii16le * 8 < ascii16be)
		return "UTF-16BE";
	return NULL;
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

/* The charset the bytes or the caller state: a byte order mark, the
 * caller's hint, the zero bytes of UTF-16 or UTF-32; else NULL. */
static const char *stated_charset(const char *data, size_t len, const char *hint, size_t *bom_len,
	char *scratch, size_t scratch_size)
{
	const char *chosen;

	if ((chosen = newsdoc__charset_bom(data, len, bom_len)) != NULL)
		return chosen;
	if (hint && (chosen = usable(canonical_charset(hint, strlen(hint), scratch, scratch_size), NULL)) != NULL)
		return chosen;
	return newsdoc__charset_wide(data, len);
}

const char *newsdoc__content_detect_charset(const char *data, size_t len, const char *hint, size_t *bom_len,
	char *scratch, size_t scratch_size)
{
	const char *declared, *chosen;
	size_t declared_len;
	int utf8, multibyte;

	if ((chosen = stated_charset(data, len, hint, bom_len, scratch, scratch_size)) != NULL)
		return chosen;
	/* Bytes that are valid UTF-8 with multi-byte sequences are UTF-8 in
	 * practice, whatever an older <meta> says (pages re-encoded by a proxy
	 * or a crawler keep their old declaration). */
	utf8 = valid_utf8((const unsigned char *)data, len, &multibyte);
	if (utf8 && multibyte)
		return "UTF-8";
	declared = declared_charset(data, len, &declared_len);
	if (declared &&
		(chosen = declared_usable(canonical_charset(declared, declared_len, scratch, scratch_size))) != NULL)
		return chosen;
	return utf8 ? "UTF-8" : "windows-1252";
}

const char *newsdoc__content_text_charset(const char *data, size_t len, const char *hint, size_t *bom_len,
	char *scratch, size_t scratch_size)
{
	const char *chosen = stated_charset(data, len, hint, bom_len, scratch, scratch_size);

	return chosen ? chosen : "UTF-8";
}
