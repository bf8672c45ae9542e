/*
 * A page's markup as libxml2's HTML parser (2.9.14, recovery mode) reads
 * it, so that what is built on it cannot be walked past by a page shaped
 * for the difference (the attribute guard) nor cut the page elsewhere than
 * the parser does (the lean copy). This follows the parser's own steps,
 * not the HTML standard:
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
 * The parser sees the page in UTF-8. Only the names of a DOCTYPE and a
 * processing instruction are read by character class (libxml2's own
 * tables); everything else is decided by ASCII bytes.
 *
 * Every construct is read once, from where the last one ended, so a walk
 * over the page is linear in it (the differential test in tests/scan
 * checks the attribute guard built on this against the parser on
 * generated tag soup).
 */
#include <string.h>
#include <strings.h>

#include <libxml/chvalid.h>
#include <libxml/parserInternals.h>

#include "html_tokens.h"

/* htmlParseHTMLName reads at most this many characters of a name. */
#define NAME_MAX_CHARS 100

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

static size_t skip_blanks(const newsdoc__html_page *s, size_t i)
{
	while (i < s->len && is_blank(s->p[i]))
		i++;
	return i;
}

/* The offset just past the next `c` at or after `i`, or the end. */
static size_t past(const newsdoc__html_page *s, size_t i, unsigned char c)
{
	const unsigned char *found = i < s->len ? memchr(s->p + i, c, s->len - i) : NULL;
	return found ? (size_t)(found - s->p) + 1 : s->len;
}

/* An HTML name (of a tag or an attribute) at `i`: the offset after it, `i`
 * when there is none. Its lowercase spelling goes to `name` (room for
 * NAME_MAX_CHARS + 1 bytes) when given. */
static size_t html_name(const newsdoc__html_page *s, size_t i, char *name)
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
static int spells(const newsdoc__html_page *s, size_t i, const char *word)
{
	size_t n = strlen(word);
	return i + n <= s->len && !strncasecmp((const char *)s->p + i, word, n);
}

/* The character at `i` as libxml2 decodes UTF-8: a valid sequence gives its
 * code point, any other byte itself, a NUL a space; 0 at the end. */
static unsigned int char_at(const newsdoc__html_page *s, size_t i, size_t *width)
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
static size_t xml_name(const newsdoc__html_page *s, size_t i)
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
static size_t literal(const newsdoc__html_page *s, size_t i)
{
	if (i >= s->len || (s->p[i] != '"' && s->p[i] != '\''))
		return i;
	return past(s, i + 1, s->p[i]);
}

/* "<!DOCTYPE" at `i`: the offset after the declaration. */
static size_t doctype(const newsdoc__html_page *s, size_t i)
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
static size_t processing_instruction(const newsdoc__html_page *s, size_t i)
{
	size_t j = xml_name(s, i + 2);
	return j == i + 2 ? j : past(s, j, '>');
}

/* "<!--" at `i`: the offset after the comment. */
static size_t comment(const newsdoc__html_page *s, size_t i)
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
static size_t end_tag(const newsdoc__html_page *s, size_t i, char *name)
{
	size_t j = html_name(s, i + 2, name);

	if (j == i + 2)
		return j;
	j = skip_blanks(s, j);
	return j < s->len && s->p[j] == '>' ? j + 1 : past(s, j, '>');
}

/*
 * The start tag at `i` ("<" and a letter) into `token`, the offset after
 * it in *end, and in *raw "script" or "style" when raw text follows. The
 * loop reads every byte of every tag, so it is written out here.
 */
static void start_tag(const newsdoc__html_page *s, size_t i, newsdoc__html_token *token, size_t *end,
	const char **raw)
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
		token->self_closed = 1;
	} else {
		*end = j + 1;
		if (name_end - i == 7 && spells(s, i + 1, "script"))
			*raw = "script";
		else if (name_end - i == 6 && spells(s, i + 1, "style"))
			*raw = "style";
	}
	token->kind = NEWSDOC__HTML_START_TAG;
	token->start = i;
	token->end = *end;
	token->name_end = name_end;
	token->attributes = count;
}

/* What libxml2 reads before the page's content: blanks, comments and
 * processing instructions, and one DOCTYPE among them. */
size_t newsdoc__html_prolog(const newsdoc__html_page *s)
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

/* A start tag at the start of raw text that closes the element instead
 * (libxml2's table of tags that close others). */
static int closes_raw(const char *tag, const char *raw)
{
	if (!strcmp(raw, "script"))
		return !strcmp(tag, "noscript");
	return !strcmp(tag, "body") || !strcmp(tag, "frameset");
}

static void set_token(newsdoc__html_token *token, newsdoc__html_token_kind kind, size_t start, size_t end)
{
	token->kind = kind;
	token->start = start;
	token->end = end;
}

/* An end tag at `i` ("</"), or its two characters as text. */
static void end_tag_token(const newsdoc__html_page *s, size_t i, newsdoc__html_way *way, newsdoc__html_token *token,
	char *name)
{
	way->at = end_tag(s, i, name);
	set_token(token, name[0] ? NEWSDOC__HTML_END_TAG : NEWSDOC__HTML_TEXT, i, way->at);
	/* html_name spells the name in as many bytes as the page does */
	token->name_end = i + 2 + strlen(name);
}

/* The raw text's way on from `way->at`: 1 when it forks into `fork`, -1
 * when the raw text ends without a construct (a tag that closes it). */
static int step_raw(const newsdoc__html_page *s, newsdoc__html_way *way, newsdoc__html_token *token,
	newsdoc__html_way *fork)
{
	char name[NAME_MAX_CHARS + 1];
	size_t i = way->at, raw_len = strlen(way->raw);

	if (s->p[i] == '<' && i + 1 < s->len && s->p[i + 1] == '/') {
		end_tag_token(s, i, way, token, name);
		if (!strcmp(name, way->raw)) {
			way->raw = NULL;
			return 0;
		}
		/* Another element's end tag closes the raw text's element when
		 * that element is open around it: which is not known here. */
		if (name[0]) {
			*fork = *way;
			fork->raw = NULL;
			return 1;
		}
		return 0;
	}
	if (s->p[i] == '<' && i + 1 < s->len && is_letter(s->p[i + 1])) {
		html_name(s, i + 1, name);
		if (closes_raw(name, way->raw)) {
			way->raw = NULL;
			return -1;
		}
	}
	/* The text runs to the next "</" and the element's name. */
	for (;;) {
		const unsigned char *lt = i + 1 < s->len ? memchr(s->p + i + 1, '<', s->len - i - 1) : NULL;
		if (!lt) {
			set_token(token, NEWSDOC__HTML_RAW, way->at, s->len);
			way->at = s->len;
			return 0;
		}
		i = (size_t)(lt - s->p);
		if (i + 1 < s->len && s->p[i + 1] == '/' && i + 2 + raw_len <= s->len &&
			!strncasecmp((const char *)s->p + i + 2, way->raw, raw_len)) {
			set_token(token, NEWSDOC__HTML_RAW, way->at, i);
			way->at = i;
			return 0;
		}
	}
}

/* The content's way on from `way->at` by one construct. */
static void step_content(const newsdoc__html_page *s, newsdoc__html_way *way, newsdoc__html_token *token)
{
	const unsigned char *lt = memchr(s->p + way->at, '<', s->len - way->at);
	char name[NAME_MAX_CHARS + 1];
	unsigned char next;
	size_t i;

	if (!lt || (i = (size_t)(lt - s->p)) + 1 >= s->len) {
		set_token(token, NEWSDOC__HTML_TEXT, lt ? (size_t)(lt - s->p) : s->len, s->len);
		way->at = s->len;
		return;
	}
	if (i > way->at)
		way->after_doctype = 0;
	next = s->p[i + 1];
	if (way->after_doctype) {
		/* libxml2 goes on after a DOCTYPE inside the page with the
		 * tests that follow it, where "</" or another "<!DOCTYPE" is a
		 * "<" of text. */
		way->after_doctype = 0;
		if (next == '!' && spells(s, i + 2, "--")) {
			way->at = comment(s, i);
			set_token(token, NEWSDOC__HTML_COMMENT, i, way->at);
		} else if (next == '?') {
			way->at = processing_instruction(s, i);
			set_token(token, way->at == i + 2 ? NEWSDOC__HTML_TEXT : NEWSDOC__HTML_DECLARATION, i, way->at);
		} else if (!is_letter(next)) {
			way->at = i + 1;
			set_token(token, NEWSDOC__HTML_TEXT, i, way->at);
		} else {
			start_tag(s, i, token, &way->at, &way->raw);
		}
		return;
	}
	if (next == '/') {
		end_tag_token(s, i, way, token, name);
	} else if (next == '!' && spells(s, i + 2, "DOCTYPE")) {
		way->at = doctype(s, i);
		way->after_doctype = 1;
		set_token(token, NEWSDOC__HTML_DECLARATION, i, way->at);
	} else if (next == '!' && spells(s, i + 2, "--")) {
		way->at = comment(s, i);
		set_token(token, NEWSDOC__HTML_COMMENT, i, way->at);
	} else if (next == '?') {
		way->at = processing_instruction(s, i);
		set_token(token, way->at == i + 2 ? NEWSDOC__HTML_TEXT : NEWSDOC__HTML_DECLARATION, i, way->at);
	} else if (is_letter(next)) {
		start_tag(s, i, token, &way->at, &way->raw);
	} else {
		way->at = i + 1;
		set_token(token, NEWSDOC__HTML_TEXT, i, way->at);
	}
}

int newsdoc__html_step(const newsdoc__html_page *page, newsdoc__html_way *way, newsdoc__html_token *token,
	newsdoc__html_way *fork)
{
	memset(token, 0, sizeof(*token));
	if (way->raw) {
		int forked = step_raw(page, way, token, fork);
		if (forked >= 0)
			return forked;
	}
	step_content(page, way, token);
	return 0;
}

void newsdoc__html_walk_start(newsdoc__html_walk *walk, const newsdoc__html_page *page)
{
	memset(walk, 0, sizeof(*walk));
	walk->prolog_end = newsdoc__html_prolog(page);
}

int newsdoc__html_walk_next(newsdoc__html_walk *walk, const newsdoc__html_page *page, newsdoc__html_token *token)
{
	newsdoc__html_way fork;

	if (walk->way.at >= page->len)
		return 0;
	walk->in_raw = walk->way.raw != NULL;
	if (newsdoc__html_step(page, &walk->way, token, &fork))
		walk->forked = 1;
	if (!walk->way.raw)
		walk->forked = 0;
	/* The parser reads a DOCTYPE before the content as no DOCTYPE
	 * inside it (newsdoc__html_prolog). */
	if (token->end <= walk->prolog_end)
		walk->way.after_doctype = 0;
	return 1;
}

int newsdoc__html_token_is(const newsdoc__html_page *page, const newsdoc__html_token *token, const char *name)
{
	size_t from = token->start + (token->kind == NEWSDOC__HTML_END_TAG ? 2 : 1), n = strlen(name);

	return token->name_end - from == n && !strncasecmp((const char *)page->p + from, name, n);
}
