/*
 * The start tags of a page as libxml2's HTML parser (2.9.14, recovery
 * mode) reads them, so that html_load.c can refuse a page before the
 * parser spends minutes on it: for each attribute of a start tag the
 * parser looks through the tag's earlier attributes, so a tag of n
 * attributes costs n²/2 comparisons (a million attributes: hours).
 *
 * The count must not come out lower than what the parser reads, or a page
 * shaped for it walks past the guard. So this follows the parser's own
 * steps, not the HTML standard:
 *   - a start tag is "<" and an ASCII letter; its attributes end only at
 *     ">" or "/>" outside a quoted value. A "<" inside the tag is no end:
 *     "<p <x a1 <x a2>" has the attributes a1 and a2, the "<x" being
 *     bogus tokens the parser skips up to the next blank;
 *   - a quoted value is one only right after "=" (names, then blanks,
 *     "=", blanks); an unquoted value ends at a blank or ">";
 *   - a name is at most 100 characters: a longer one reads as several;
 *   - blanks are space, tab, CR and LF (not form feed);
 *   - "</": an end tag (its name, then anything up to ">") or, without a
 *     name, two characters of text; "<!--" a comment, ended by the first
 *     "-->" or "--!>" after it; "<!DOCTYPE" a declaration whose quoted
 *     literals after PUBLIC or SYSTEM may hold ">"; "<?" and a name a
 *     processing instruction up to ">"; any other "<" is text;
 *   - <script> and <style> (not self-closed with "/>") hold raw text up
 *     to "</script" or "</style" whatever follows; an end tag there of
 *     another name ("</scripts>") leaves the raw text going on, and at
 *     its start an end tag is read as one and <noscript>, or <body> and
 *     <frameset> for a style, close the element instead.
 * The parser sees the page in UTF-8: pages in other charsets are
 * converted here the way libxml2 converts them (up to the first byte the
 * charset cannot read, where libxml2's input ends). Only the names of a
 * DOCTYPE and a processing instruction are read by character class
 * (libxml2's own tables); everything else is decided by ASCII bytes.
 *
 * A NUL byte ends the parser's input wherever it stops on one; this scan
 * reads on, which can only count more.
 *
 * Every construct is read once, from where the last one ended, so the
 * scan is linear in the page (the differential test in tests/scan checks
 * it against the parser on generated tag soup).
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <libxml/chvalid.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "internal.h"
#include "html_attr_scan.h"

/* htmlParseHTMLName reads at most this many characters of a name. */
#define NAME_MAX_CHARS 100

typedef struct tag_scan {
	const unsigned char *p;
	size_t len;
	size_t cap;
	newsdoc__html_attr_count *out;
} tag_scan;

/* Byte classes, looked up for each byte of every tag: blanks (space,
 * tab, LF, CR), bytes that start a name (ASCII letters, '_', ':', '.'),
 * bytes that go on with one (those, digits and '-'), and '>'. */
enum { BLANK = 1, NAME_START = 2, NAME = 4, GT = 8 };

static const unsigned char byte_class[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 6, 0,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 0, 0, 0, 8, 0,
	0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 6,
	0, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static int is_blank(unsigned char c)
{
	return byte_class[c] & BLANK;
}

static int is_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int is_name_start(unsigned char c)
{
	return byte_class[c] & NAME_START;
}

static int is_name_char(unsigned char c)
{
	return byte_class[c] & NAME;
}

static size_t skip_blanks(const tag_scan *s, size_t i)
{
	while (i < s->len && is_blank(s->p[i]))
		i++;
	return i;
}

/* The offset just past the next `c` at or after `i`, or the end. */
static size_t past(const tag_scan *s, size_t i, unsigned char c)
{
	const unsigned char *found = i < s->len ? memchr(s->p + i, c, s->len - i) : NULL;
	return found ? (size_t)(found - s->p) + 1 : s->len;
}

/* An HTML name (of a tag or an attribute) at `i`: the offset after it, `i`
 * when there is none. Its lowercase spelling goes to `name` (room for
 * NAME_MAX_CHARS + 1 bytes) when given. */
static size_t html_name(const tag_scan *s, size_t i, char *name)
{
	size_t n = 0, max = s->len - i < NAME_MAX_CHARS ? s->len - i : NAME_MAX_CHARS;

	if (i < s->len && is_name_start(s->p[i]))
		while (n < max && is_name_char(s->p[i + n]))
			n++;
	if (name) {
		size_t k;
		for (k = 0; k < n; k++)
			name[k] = (char)(s->p[i + k] | (is_letter(s->p[i + k]) ? 0x20 : 0));
		name[n] = '\0';
	}
	return i + n;
}

/* 1 when the bytes at `i` spell `word` (uppercase ASCII) in any case. */
static int spells(const tag_scan *s, size_t i, const char *word)
{
	size_t n = strlen(word);
	return i + n <= s->len && !strncasecmp((const char *)s->p + i, word, n);
}

/* The character at `i` as libxml2 decodes UTF-8: a valid sequence gives its
 * code point, any other byte itself, a NUL a space; 0 at the end. */
static unsigned int char_at(const tag_scan *s, size_t i, size_t *width)
{
	const unsigned char *p = s->p + i;
	size_t left = s->len - i;
	unsigned int c;

	*width = 1;
	if (i >= s->len)
		return 0;
	if (p[0] < 0x80)
		return p[0] ? p[0] : ' ';
	if ((p[0] & 0x40) == 0 || left < 2 || (p[1] & 0xC0) != 0x80)
		return p[0];
	if ((p[0] & 0xE0) == 0xC0) {
		c = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
		if (c < 0x80)
			return p[0];
		*width = 2;
		return c;
	}
	if (left < 3 || (p[2] & 0xC0) != 0x80)
		return p[0];
	if ((p[0] & 0xF0) == 0xE0) {
		c = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
		if (c < 0x800)
			return p[0];
		*width = 3;
		return c;
	}
	if (left < 4 || (p[0] & 0xF8) != 0xF0 || (p[3] & 0xC0) != 0x80)
		return p[0];
	c = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
	if (c < 0x10000)
		return p[0];
	*width = 4;
	return c;
}

/* An XML name (htmlParseName: a DOCTYPE's or a processing instruction's)
 * at `i`: the offset after it, `i` when there is none. */
static size_t xml_name(const tag_scan *s, size_t i)
{
	size_t j = i, width;
	unsigned int c;

	/* libxml2's shortcut for ASCII names, when what follows is ASCII too */
	if (j < s->len && (is_letter(s->p[j]) || s->p[j] == '_' || s->p[j] == ':')) {
		while (j < s->len && is_name_char(s->p[j]))
			j++;
		if (j == s->len || (s->p[j] > 0 && s->p[j] < 0x80))
			return j;
	}
	/* else character by character, by XML's character classes */
	j = i;
	c = char_at(s, j, &width);
	if (c == ' ' || c == '>' || c == '/' || !(IS_LETTER(c) || c == '_' || c == ':'))
		return i;
	while (c != ' ' && c != '>' && c != '/' && c != 0 &&
		(IS_LETTER(c) || IS_DIGIT(c) || c == '.' || c == '-' || c == '_' || c == ':' ||
		IS_COMBINING(c) || IS_EXTENDER(c))) {
		j += width;
		c = char_at(s, j, &width);
	}
	return j;
}

/* A quoted literal at `i` (of a DOCTYPE): the offset after it; `i` when no
 * quote starts one. Unclosed, it runs to the end. */
static size_t literal(const tag_scan *s, size_t i)
{
	if (i >= s->len || (s->p[i] != '"' && s->p[i] != '\''))
		return i;
	return past(s, i + 1, s->p[i]);
}

/* "<!DOCTYPE" at `i`: the offset after the declaration. */
static size_t doctype(const tag_scan *s, size_t i)
{
	size_t j = skip_blanks(s, xml_name(s, skip_blanks(s, i + 9)));

	if (spells(s, j, "SYSTEM")) {
		j = literal(s, skip_blanks(s, j + 6));
	} else if (spells(s, j, "PUBLIC")) {
		j = skip_blanks(s, literal(s, skip_blanks(s, j + 6)));
		j = literal(s, j);
	}
	j = skip_blanks(s, j);
	return j < s->len && s->p[j] == '>' ? j + 1 : past(s, j, '>');
}

/* "<?" at `i`: a processing instruction when a name follows, else the two
 * characters as text. */
static size_t processing_instruction(const tag_scan *s, size_t i)
{
	size_t j = xml_name(s, i + 2);
	return j == i + 2 ? j : past(s, j, '>');
}

/* "<!--" at `i`: the offset after the comment. */
static size_t comment(const tag_scan *s, size_t i)
{
	size_t j = i + 4;

	while (j < s->len) {
		const unsigned char *dash = memchr(s->p + j, '-', s->len - j);
		if (!dash)
			break;
		j = (size_t)(dash - s->p);
		if (j + 2 < s->len && s->p[j + 1] == '-') {
			if (s->p[j + 2] == '>')
				return j + 3;
			if (s->p[j + 2] == '!' && j + 3 < s->len && s->p[j + 3] == '>')
				return j + 4;
		}
		j++;
	}
	return s->len;
}

/* "</" at `i`: the offset after the end tag, its name in `name`. */
static size_t end_tag(const tag_scan *s, size_t i, char *name)
{
	size_t j = html_name(s, i + 2, name);

	if (j == i + 2)
		return j;
	j = skip_blanks(s, j);
	return j < s->len && s->p[j] == '>' ? j + 1 : past(s, j, '>');
}

/* n(n-1)/2 without overflow: one of the two is even. */
static size_t pairs_of(size_t n)
{
	return n % 2 ? n * ((n - 1) / 2) : (n / 2) * (n - 1);
}

/*
 * The start tag at `i` ("<" and a letter): its attributes, the offset
 * after it in *end, and in *raw "script" or "style" when raw text follows.
 * The loop reads every byte of every tag, so it is written out here.
 */
static size_t start_tag(const tag_scan *s, size_t i, size_t *end, const char **raw)
{
	const unsigned char *p = s->p;
	size_t len = s->len, name_end = html_name(s, i + 1, NULL), j = name_end, count = 0;

	*raw = NULL;
	for (;;) {
		while (j < len && (byte_class[p[j]] & BLANK))
			j++;
		if (j >= len || p[j] == '>' || (p[j] == '/' && j + 1 < len && p[j + 1] == '>'))
			break;
		if (byte_class[p[j]] & NAME_START) {
			size_t stop = len - j > NAME_MAX_CHARS ? j + NAME_MAX_CHARS : len;
			count++;
			for (j++; j < stop && (byte_class[p[j]] & NAME); j++)
				;
			while (j < len && (byte_class[p[j]] & BLANK))
				j++;
			if (j >= len || p[j] != '=')
				continue;
			/* the value: quoted, or up to a blank or '>' */
			for (j++; j < len && (byte_class[p[j]] & BLANK); j++)
				;
			if (j < len && (p[j] == '"' || p[j] == '\''))
				j = past(s, j + 1, p[j]);
			else
				while (j < len && !(byte_class[p[j]] & (BLANK | GT)))
					j++;
		} else {
			/* A bogus token ("<x", "\"a"): skipped to a blank or the end. */
			for (; j < len && !(byte_class[p[j]] & (BLANK | GT)); j++)
				if (p[j] == '/' && j + 1 < len && p[j + 1] == '>')
					break;
		}
	}
	if (j >= len) {
		*end = len;
	} else if (p[j] == '/') {
		*end = j + 2;
	} else {
		*end = j + 1;
		if (name_end - i == 7 && spells(s, i + 1, "script"))
			*raw = "script";
		else if (name_end - i == 6 && spells(s, i + 1, "style"))
			*raw = "style";
	}
	return count;
}

/* A start tag at the start of raw text that closes the element instead
 * (libxml2's table of tags that close others). */
static int closes_raw(const char *tag, const char *raw)
{
	if (!strcmp(raw, "script"))
		return !strcmp(tag, "noscript");
	return !strcmp(tag, "body") || !strcmp(tag, "frameset");
}

/*
 * One way of reading the page, at a point where the parser decides what
 * comes next. The parser's way is mostly fixed by the bytes; where it
 * depends on which elements are open (whether an end tag closes the
 * element whose raw text it stands in), both ways are followed, each with
 * its own sum, and ways that meet again become one.
 */
typedef struct scan_path {
	size_t at;
	const char *raw;    /* in the raw text of this element */
	int after_doctype;  /* right after a DOCTYPE inside the page */
	size_t pairs;
} scan_path;

/* Ways followed at once at most; a page needing more is refused. */
#define MAX_PATHS 8

/* The raw text's way on from `path->at`; 1 when it forks into `fork`. */
static int step_raw(const tag_scan *s, scan_path *path, scan_path *fork)
{
	char name[NAME_MAX_CHARS + 1];
	size_t i = path->at, raw_len = strlen(path->raw);

	if (s->p[i] == '<' && i + 1 < s->len && s->p[i + 1] == '/') {
		path->at = end_tag(s, i, name);
		if (!strcmp(name, path->raw)) {
			path->raw = NULL;
			return 0;
		}
		/* Another element's end tag closes the raw text's element when
		 * that element is open around it: which is not known here. */
		if (name[0]) {
			*fork = *path;
			fork->raw = NULL;
			return 1;
		}
		return 0;
	}
	if (s->p[i] == '<' && i + 1 < s->len && is_letter(s->p[i + 1])) {
		html_name(s, i + 1, name);
		if (closes_raw(name, path->raw)) {
			path->raw = NULL;
			return 0;
		}
	}
	/* The text runs to the next "</" and the element's name. */
	for (;;) {
		const unsigned char *lt = memchr(s->p + i + 1, '<', s->len - i - 1);
		if (!lt) {
			path->at = s->len;
			return 0;
		}
		i = (size_t)(lt - s->p);
		if (i + 1 < s->len && s->p[i + 1] == '/' && i + 2 + raw_len <= s->len &&
			!strncasecmp((const char *)s->p + i + 2, path->raw, raw_len)) {
			path->at = i;
			return 0;
		}
	}
}

/* The content's way on from `path->at` by one construct; 1 when a start
 * tag passes the cap. */
static int step_content(tag_scan *s, scan_path *path)
{
	const unsigned char *lt = memchr(s->p + path->at, '<', s->len - path->at);
	size_t i, count;
	unsigned char next;

	if (!lt || (i = (size_t)(lt - s->p)) + 1 >= s->len) {
		path->at = s->len;
		return 0;
	}
	if (i > path->at)
		path->after_doctype = 0;
	next = s->p[i + 1];
	if (path->after_doctype) {
		/* libxml2 goes on after a DOCTYPE inside the page with the
		 * tests that follow it, where "</" or another "<!DOCTYPE" is a
		 * "<" of text. */
		path->after_doctype = 0;
		if (next == '!' && spells(s, i + 2, "--"))
			path->at = comment(s, i);
		else if (next == '?')
			path->at = processing_instruction(s, i);
		else if (!is_letter(next))
			path->at = i + 1;
		else
			goto start;
		return 0;
	}
	if (next == '/')
		path->at = end_tag(s, i, NULL);
	else if (next == '!' && spells(s, i + 2, "DOCTYPE")) {
		path->at = doctype(s, i);
		path->after_doctype = 1;
	} else if (next == '!' && spells(s, i + 2, "--"))
		path->at = comment(s, i);
	else if (next == '?')
		path->at = processing_instruction(s, i);
	else if (is_letter(next))
		goto start;
	else
		path->at = i + 1;
	return 0;
start:
	count = start_tag(s, i, &path->at, &path->raw);
	if (count > s->out->most)
		s->out->most = count;
	path->pairs = pairs_of(count) > SIZE_MAX - path->pairs ? SIZE_MAX : path->pairs + pairs_of(count);
	return count > s->cap;
}

/* What libxml2 reads before the page's content: blanks, comments and
 * processing instructions, and one DOCTYPE among them. */
static size_t prolog(const tag_scan *s)
{
	size_t i = skip_blanks(s, 0);
	int doctype_seen = 0;

	for (;;) {
		if (spells(s, i, "<!--"))
			i = comment(s, i);
		else if (spells(s, i, "<?"))
			i = processing_instruction(s, i);
		else if (!doctype_seen && spells(s, i, "<!DOCTYPE")) {
			i = doctype(s, i);
			doctype_seen = 1;
		} else
			return i;
		i = skip_blanks(s, i);
	}
}

/* Follow every way of reading the page; 0, or -1 when there are too many. */
static int scan_tags(tag_scan *s)
{
	scan_path paths[MAX_PATHS];
	size_t count = 1, i, j, pairs = 0;

	memset(paths, 0, sizeof(paths));
	paths[0].at = prolog(s);
	s->out->ways = 1;
	while (count > 0) {
		scan_path *path = &paths[0], fork;
		/* the way furthest behind goes first, so that ways meet */
		for (i = 1; i < count; i++)
			if (paths[i].at < path->at)
				path = &paths[i];
		if (path->at >= s->len) {
			if (path->pairs > pairs)
				pairs = path->pairs;
			*path = paths[--count];
			continue;
		}
		if (path->raw) {
			if (step_raw(s, path, &fork)) {
				if (count == MAX_PATHS)
					return -1;
				paths[count++] = fork;
				if (count > s->out->ways)
					s->out->ways = count;
			}
		} else if (step_content(s, path)) {
			break;
		}
		/* Ways at the same point in the same state go on as one. */
		for (i = 0; i < count; i++)
			for (j = i + 1; j < count; j++)
				if (paths[i].at == paths[j].at && paths[i].raw == paths[j].raw &&
					paths[i].after_doctype == paths[j].after_doctype) {
					if (paths[j].pairs > paths[i].pairs)
						paths[i].pairs = paths[j].pairs;
					paths[j--] = paths[--count];
				}
	}
	for (i = 0; i < count; i++)
		if (paths[i].pairs > pairs)
			pairs = paths[i].pairs;
	s->out->pairs = pairs;
	return 0;
}

/*
 * The page in UTF-8 as libxml2 converts it for `charset`: with the same
 * handler, and only up to the first bytes the charset cannot read (where
 * libxml2's input ends). NULL in *out when the page is read as it is.
 */
static int convert(const char *data, size_t len, const char *charset, xmlBufferPtr *out)
{
	xmlCharEncodingHandlerPtr handler;
	xmlBufferPtr in = NULL, utf8 = NULL;
	int error = 0;

	*out = NULL;
	if (len > ((size_t)INT_MAX - 16) / 3)
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"HTML input of %zu bytes in %s is too large to convert to UTF-8", len, charset);
	xmlResetLastError();
	if (!(handler = xmlFindCharEncodingHandler(charset))) {
		const xmlError *last = xmlGetLastError();
		return last && last->code == XML_ERR_NO_MEMORY ? newsdoc__error_oom() : 0;
	}
	if (handler->name && !strcasecmp(handler->name, "UTF-8")) {
		xmlCharEncCloseFunc(handler);
		return 0;
	}
	/* A character takes at most three times its bytes in UTF-8: room for
	 * all of it, so that the conversion never stops for want of space. */
	if (!(in = xmlBufferCreateSize(len + 1)) || !(utf8 = xmlBufferCreateSize(len * 3 + 16)) ||
		xmlBufferAdd(in, (const xmlChar *)data, (int)len) != 0) {
		error = newsdoc__error_oom();
	} else {
		/* It stops early at bytes the charset cannot read (-2). */
		while (xmlBufferLength(in) > 0) {
			int before = xmlBufferLength(in);
			if (xmlCharEncInFunc(handler, utf8, in) < 0 || xmlBufferLength(in) == before)
				break;
		}
	}
	xmlCharEncCloseFunc(handler);
	xmlBufferFree(in);
	if (error)
		xmlBufferFree(utf8);
	else
		*out = utf8;
	return error;
}

int newsdoc__html_attr_scan(newsdoc__html_attr_count *out, const char *data, size_t len, const char *charset,
	size_t cap)
{
	tag_scan scan;
	xmlBufferPtr utf8 = NULL;
	int error;

	memset(out, 0, sizeof(*out));
	if ((error = convert(data, len, charset, &utf8)) != 0)
		return error;
	scan.p = utf8 ? xmlBufferContent(utf8) : (const unsigned char *)data;
	scan.len = utf8 ? (size_t)xmlBufferLength(utf8) : len;
	scan.cap = cap;
	scan.out = out;
	if (scan_tags(&scan) < 0)
		error = newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: the page's markup can be read in too many ways to check it (its <script> or <style> elements end too many ways)");
	xmlBufferFree(utf8);
	return error;
}
