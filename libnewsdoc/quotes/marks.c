/*
 * Quotation marks: which mark opens, which closes, by the document's
 * language where the marks are ambiguous (“ opens in English and closes in
 * German; ” closes in English and does both in Swedish; » closes in French
 * and opens in German). The scanner keeps a small stack so that nested
 * quotations stay inside their parent, and it never lets an unclosed mark
 * run past the end of the block it is in.
 */
#include <string.h>

#include "quotes_impl.h"

#define CP_STRAIGHT 0x22u
#define CP_LEFT_DOUBLE 0x201Cu    /* “ */
#define CP_RIGHT_DOUBLE 0x201Du   /* ” */
#define CP_LOW_DOUBLE 0x201Eu     /* „ */
#define CP_REVERSED_DOUBLE 0x201Fu /* ‟ */
#define CP_LEFT_GUILLEMET 0xABu   /* « */
#define CP_RIGHT_GUILLEMET 0xBBu  /* » */
#define CP_LEFT_SINGLE_GUILLEMET 0x2039u  /* ‹ */
#define CP_RIGHT_SINGLE_GUILLEMET 0x203Au /* › */
#define CP_CORNER_OPEN 0x300Cu    /* 「 */
#define CP_CORNER_CLOSE 0x300Du   /* 」 */
#define CP_WHITE_CORNER_OPEN 0x300Eu  /* 『 */
#define CP_WHITE_CORNER_CLOSE 0x300Fu /* 』 */

/* Deep enough for any real nesting; deeper marks are ignored. */
#define MAX_NESTING 8

uint32_t newsdoc__quote_decode(const char *s, size_t len, size_t *width)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t cp;
	size_t need, i;

	if (u[0] < 0x80) {
		*width = 1;
		return u[0];
	}
	if ((u[0] & 0xE0) == 0xC0) {
		need = 2;
		cp = u[0] & 0x1F;
	} else if ((u[0] & 0xF0) == 0xE0) {
		need = 3;
		cp = u[0] & 0x0F;
	} else if ((u[0] & 0xF8) == 0xF0) {
		need = 4;
		cp = u[0] & 0x07;
	} else {
		*width = 1;
		return 0xFFFD;
	}
	if (need > len) {
		*width = 1;
		return 0xFFFD;
	}
	for (i = 1; i < need; i++)
		cp = (cp << 6) | (u[i] & 0x3F);
	*width = need;
	return cp;
}

uint32_t newsdoc__quote_mark_at(const char *text, size_t len, size_t pos, size_t *width)
{
	uint32_t cp;

	/* Two apostrophes stand for a double quotation mark in some wire
	 * copy (''Like this,'' he said); of three, the last two are it. */
	if (text[pos] == '\'' && pos + 1 < len && text[pos + 1] == '\'') {
		if (pos + 2 < len && text[pos + 2] == '\'')
			return 0;
		*width = 2;
		return CP_STRAIGHT;
	}
	cp = newsdoc__quote_decode(text + pos, len - pos, width);
	return newsdoc__quote_is_mark(cp) ? cp : 0;
}

int newsdoc__quote_is_mark(uint32_t cp)
{
	switch (cp) {
	case CP_STRAIGHT: case CP_LEFT_DOUBLE: case CP_RIGHT_DOUBLE: case CP_LOW_DOUBLE:
	case CP_REVERSED_DOUBLE: case CP_LEFT_GUILLEMET: case CP_RIGHT_GUILLEMET:
	case CP_LEFT_SINGLE_GUILLEMET: case CP_RIGHT_SINGLE_GUILLEMET:
	case CP_CORNER_OPEN: case CP_CORNER_CLOSE: case CP_WHITE_CORNER_OPEN:
	case CP_WHITE_CORNER_CLOSE:
		return 1;
	default:
		return 0;
	}
}

static int lang_is(const char *language, const char *const *codes)
{
	size_t i, n;

	for (i = 0; codes[i]; i++) {
		n = strlen(codes[i]);
		if (!strncmp(language, codes[i], n) && (language[n] == '\0' || language[n] == '-' || language[n] == '_'))
			return 1;
	}
	return 0;
}

quote_convention newsdoc__quote_convention(const char *language, quote_convention fallback)
{
	/* „ “ and » « : German and its neighbours. */
	static const char *const german[] = { "de", "cs", "sk", "da", "hr", "sl", "lt", "et",
		"is", "bg", "ka", NULL };
	static const char *const french[] = { "fr", NULL };
	static const char *const nordic[] = { "sv", "fi", NULL };

	if (!language)
		return fallback;
	/* Swiss German writes « » like French. */
	if (!strncmp(language, "de-CH", 5) || !strncmp(language, "de_CH", 5))
		return QUOTE_CONV_DEFAULT;
	if (lang_is(language, german))
		return QUOTE_CONV_GERMAN;
	if (lang_is(language, french))
		return QUOTE_CONV_FRENCH;
	if (lang_is(language, nordic))
		return QUOTE_CONV_NORDIC;
	return fallback;
}

/* The closing marks that end a quotation opened by `opener`. */
static int closes(uint32_t opener, uint32_t cp, quote_convention conv)
{
	switch (opener) {
	/* Copy mixes straight and curly marks ("like this” he said). */
	case CP_STRAIGHT:
		return cp == CP_STRAIGHT || cp == CP_RIGHT_DOUBLE;
	case CP_LEFT_DOUBLE:
		return cp == CP_RIGHT_DOUBLE || cp == CP_STRAIGHT ||
			(conv == QUOTE_CONV_GERMAN && cp == CP_LEFT_DOUBLE);
	case CP_REVERSED_DOUBLE:
		return cp == CP_RIGHT_DOUBLE;
	case CP_LOW_DOUBLE:
		return cp == CP_LEFT_DOUBLE || cp == CP_RIGHT_DOUBLE;
	case CP_RIGHT_DOUBLE:
		return cp == CP_RIGHT_DOUBLE;
	case CP_LEFT_GUILLEMET:
		return cp == CP_RIGHT_GUILLEMET;
	case CP_RIGHT_GUILLEMET:
		return cp == CP_LEFT_GUILLEMET || (conv == QUOTE_CONV_NORDIC && cp == CP_RIGHT_GUILLEMET);
	case CP_LEFT_SINGLE_GUILLEMET:
		return cp == CP_RIGHT_SINGLE_GUILLEMET;
	case CP_RIGHT_SINGLE_GUILLEMET:
		return cp == CP_LEFT_SINGLE_GUILLEMET;
	case CP_CORNER_OPEN:
		return cp == CP_CORNER_CLOSE;
	case CP_WHITE_CORNER_OPEN:
		return cp == CP_WHITE_CORNER_CLOSE;
	default:
		return 0;
	}
}

static int is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
		cp == 0x2009 || cp == 0x3000;
}

/* The code point before byte `pos`, or 0 at the start. */
static uint32_t cp_before(const char *text, size_t pos)
{
	size_t start = pos, width;

	if (!pos)
		return 0;
	start--;
	while (start > 0 && ((unsigned char)text[start] & 0xC0) == 0x80 && pos - start < 4)
		start--;
	return newsdoc__quote_decode(text + start, pos - start, &width);
}

/* Before an opening mark: nothing, white space, a bracket, dash or colon. */
static int opens_after(uint32_t before)
{
	return before == 0 || is_space_cp(before) || before == '(' || before == '[' || before == ':' ||
		before == 0x2013 || before == 0x2014;
}

/* A straight mark opens where any opening mark does, and also after a
 * hyphen, a slash or another mark. */
static int straight_may_open(uint32_t before, uint32_t after)
{
	if (after == 0 || is_space_cp(after))
		return 0;
	return opens_after(before) || before == '-' || before == '/' || newsdoc__quote_is_mark(before) ||
		before == 0x2018;
}

/*
 * May `cp` open a quotation here? `guillemet_opener` is the guillemet that
 * opens in this block (the first one seen unless the language decides).
 */
static int may_open(uint32_t cp, uint32_t before, uint32_t after, quote_convention conv,
	uint32_t guillemet_opener)
{
	switch (cp) {
	case CP_STRAIGHT:
		return straight_may_open(before, after);
	case CP_LEFT_DOUBLE: case CP_LOW_DOUBLE: case CP_REVERSED_DOUBLE:
	case CP_CORNER_OPEN: case CP_WHITE_CORNER_OPEN:
		return 1;
	case CP_RIGHT_DOUBLE:
		return conv == QUOTE_CONV_NORDIC;
	case CP_LEFT_GUILLEMET: case CP_RIGHT_GUILLEMET:
		return cp == guillemet_opener;
	case CP_LEFT_SINGLE_GUILLEMET:
		return guillemet_opener != CP_RIGHT_GUILLEMET;
	case CP_RIGHT_SINGLE_GUILLEMET:
		return guillemet_opener == CP_RIGHT_GUILLEMET;
	default:
		return 0;
	}
}

static int push_span(quote_span_list *list, const quote_mark_span *span)
{
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 8;
		quote_mark_span *items = newsdoc__realloc(list->items, cap * sizeof(*items));
		if (!items)
			return newsdoc__error_oom();
		list->items = items;
		list->cap = cap;
	}
	list->items[list->count++] = *span;
	return 0;
}

/* Trim white space inside the marks (French « texte »). */
static void trim_span(const char *text, quote_mark_span *span)
{
	size_t width;

	while (span->start < span->end) {
		uint32_t cp = newsdoc__quote_decode(text + span->start, span->end - span->start, &width);
		if (!is_space_cp(cp))
			break;
		span->start += width;
	}
	while (span->end > span->start) {
		uint32_t cp = cp_before(text, span->end);
		size_t back = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		if (!is_space_cp(cp))
			break;
		span->end -= back;
	}
}

/* Close the outer quotation `span` with its text ending at byte `end` and
 * its closing mark at `close` (== end: none), and keep it unless nothing
 * but white space stands inside the marks. Returns 0 or NEWSDOC_ENOMEM. */
static int end_span(quote_span_list *out, const char *text, quote_mark_span *span, size_t end,
	size_t close, int closed)
{
	span->end = end;
	span->close = close;
	span->closed = closed;
	trim_span(text, span);
	return span->end > span->start ? push_span(out, span) : 0;
}

/* After a closing mark: nothing, white space or sentence punctuation. */
static int closes_before(uint32_t after)
{
	return after == 0 || is_space_cp(after) || (after < 0x80 && strchr(",.;:!?)]", (int)after));
}

/*
 * German is written »…« in Germany and Austria and «…» in Switzerland,
 * and a page says "de" either way. The marks themselves tell: an opening
 * mark stands after a space with a word right after it, a closing one
 * after a word (or the sentence's point) with a space or punctuation
 * after it. Each guillemet in the block votes for the direction its
 * surroundings show; a tie keeps the German »…«.
 */
static uint32_t german_guillemet_opener(const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	size_t left_opens = 0, right_opens = 0, width, pos;

	while (p < end && (p = memchr(p, 0xC2, (size_t)(end - p))) != NULL && p + 1 < end) {
		unsigned char second = (unsigned char)p[1];
		uint32_t before, after;
		int opener_like, closer_like;

		if (second != 0xAB && second != 0xBB) {
			p++;
			continue;
		}
		pos = (size_t)(p - text);
		before = cp_before(text, pos);
		after = pos + 2 < len ? newsdoc__quote_decode(p + 2, len - pos - 2, &width) : 0;
		opener_like = opens_after(before) && newsdoc__quote_letter_cp(after);
		closer_like = (newsdoc__quote_letter_cp(before) || before == '.' || before == '!' || before == '?') &&
			closes_before(after);
		if (second == 0xAB) {
			left_opens += (size_t)opener_like;
			right_opens += (size_t)closer_like;
		} else {
			right_opens += (size_t)opener_like;
			left_opens += (size_t)closer_like;
		}
		p += 2;
	}
	return left_opens > right_opens ? CP_LEFT_GUILLEMET : CP_RIGHT_GUILLEMET;
}

/* The guillemet that opens quotations in this block. */
static uint32_t guillemet_opener_for(const char *text, size_t len, quote_convention conv)
{
	const char *p = text, *end = text + len;

	if (conv == QUOTE_CONV_GERMAN)
		return german_guillemet_opener(text, len);
	if (conv == QUOTE_CONV_NORDIC)
		return CP_RIGHT_GUILLEMET;
	if (conv == QUOTE_CONV_FRENCH)
		return CP_LEFT_GUILLEMET;
	/* No language says: whichever comes first opens (German texts that
	 * carry no language tag write »…«). */
	while (p < end && (p = memchr(p, 0xC2, (size_t)(end - p))) != NULL && p + 1 < end) {
		if ((unsigned char)p[1] == 0xAB)
			return CP_LEFT_GUILLEMET;
		if ((unsigned char)p[1] == 0xBB)
			return CP_RIGHT_GUILLEMET;
		p++;
	}
	return CP_LEFT_GUILLEMET;
}

/*
 * „ again inside a „…“ quotation: a quotation nested with the outer mark
 * („Wir haben Anmeldungen für „Small-Business“-Firmen gehabt“, sagte er)
 * when two closing marks follow before the next „ (the inner one's and
 * the outer one's); else the first „ was never closed (a typo), and the
 * caller starts over at this one. Reads on to the second closing mark or
 * the next „ at most, so each stretch of text is read at most twice.
 */
static int nests_again(const char *text, size_t len, size_t pos, uint32_t opener,
	quote_convention conv)
{
	size_t width, closers = 0;

	while (pos < len) {
		uint32_t cp;
		if ((unsigned char)text[pos] < 0x80 && text[pos] != '"') {
			pos++;
			continue;
		}
		cp = newsdoc__quote_mark_at(text, len, pos, &width);
		if (!cp)
			newsdoc__quote_decode(text + pos, len - pos, &width);
		else if (cp == opener)
			return 0;
		else if (closes(opener, cp, conv) && ++closers == 2)
			return 1;
		pos += width;
	}
	return 0;
}

int newsdoc__quote_marks_scan(quote_span_list *out, const char *text, size_t len,
	quote_convention conv)
{
	uint32_t stack[MAX_NESTING];
	size_t depth = 0, pos = 0, width;
	quote_mark_span current;
	uint32_t guillemet_opener = guillemet_opener_for(text, len, conv);
	uint32_t before = 0;
	/* A straight mark whose quotation holds a complete curly one and never
	 * closes is a stray (copy that quotes with curly marks): scan again
	 * after it, once. */
	int inner_curly = 0, rescanned = 0;

	memset(&current, 0, sizeof(current));
scan:
	while (pos < len) {
		uint32_t cp;
		uint32_t after = 0;
		size_t after_width;

		/* Most bytes are ASCII and no mark: no decoding for them. */
		if ((unsigned char)text[pos] < 0x80 && text[pos] != '"' && text[pos] != '\'') {
			before = (unsigned char)text[pos++];
			continue;
		}
		cp = newsdoc__quote_mark_at(text, len, pos, &width);
		if (!cp) {
			before = newsdoc__quote_decode(text + pos, len - pos, &width);
			pos += width;
			continue;
		}
		if (pos + width < len)
			after = newsdoc__quote_decode(text + pos + width, len - pos - width, &after_width);
		if (depth > 0) {
			size_t level = depth;
			int matched = 0;
			/* A closing mark ends the innermost quotation it matches;
			 * unclosed inner ones end with it. A straight mark that
			 * can open, inside a straight quotation, still closes
			 * when it follows a word. */
			while (level > 0) {
				if (closes(stack[level - 1], cp, conv) &&
					!(cp == CP_STRAIGHT && is_space_cp(before) && !is_space_cp(after) && after)) {
					matched = 1;
					break;
				}
				level--;
			}
			if (matched) {
				depth = level - 1;
				if (depth > 0 && stack[0] == CP_STRAIGHT && cp == CP_RIGHT_DOUBLE)
					inner_curly = 1;
				if (depth == 0 && end_span(out, text, &current, pos, pos + width, 1))
					return NEWSDOC_ENOMEM;
				before = cp;
				pos += width;
				continue;
			}
			/* “ typed for ” at the end of a quotation: after a word or
			 * punctuation, before white space, the end or the
			 * punctuation that follows a quotation (“…“, apunta). */
			if (depth == 1 && cp == CP_LEFT_DOUBLE && stack[0] == CP_LEFT_DOUBLE &&
				before && !is_space_cp(before) && (!after || is_space_cp(after) ||
				after == ',' || after == '.' || after == ';' || after == ':' || after == ')')) {
				depth = 0;
				if (end_span(out, text, &current, pos, pos + width, 1))
					return NEWSDOC_ENOMEM;
				before = cp;
				pos += width;
				continue;
			}
			/* The same opening mark again at the outer level, with no
			 * closing mark between: the first was never closed (a
			 * typo), so start over here rather than swallow; unless two
			 * closing marks follow (nests_again). */
			if (depth == 1 && cp == stack[0] && cp != CP_STRAIGHT &&
				may_open(cp, before, after, conv, guillemet_opener) &&
				!(cp == CP_LOW_DOUBLE && nests_again(text, len, pos + width, cp, conv))) {
				current.open = pos;
				current.start = pos + width;
				before = cp;
				pos += width;
				continue;
			}
			if (may_open(cp, before, after, conv, guillemet_opener) && depth < MAX_NESTING)
				stack[depth++] = cp;
			before = cp;
			pos += width;
			continue;
		}
		/* "“ : a straight mark doubling a curly one is a stray. */
		if (cp == CP_STRAIGHT && after == CP_LEFT_DOUBLE) {
			before = cp;
			pos += width;
			continue;
		}
		if (may_open(cp, before, after, conv, guillemet_opener)) {
			stack[depth++] = cp;
			inner_curly = 0;
			memset(&current, 0, sizeof(current));
			current.open = pos;
			current.start = pos + width;
			current.opener = cp;
		}
		before = cp;
		pos += width;
	}
	if (depth > 0 && current.opener == CP_STRAIGHT && inner_curly && !rescanned) {
		rescanned = 1;
		depth = 0;
		pos = current.start;
		before = CP_STRAIGHT;
		goto scan;
	}
	/* An unclosed quotation runs to the end of the block. */
	if (depth > 0 && end_span(out, text, &current, len, len, 0))
		return NEWSDOC_ENOMEM;
	return 0;
}

void newsdoc__quote_span_list_free(quote_span_list *list)
{
	newsdoc__free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}
