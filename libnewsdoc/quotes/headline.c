/*
 * Quotes in a headline: "Speaker: 'words'" and "'Words,' Speaker Says",
 * the two shapes news headlines use (single marks allowed). Split from
 * attribution.c, whose clause helpers it shares through clause.h.
 */
#include <string.h>

#include "clause.h"


/* Headlines quote with single marks as often as with double ones. */
static int headline_opener(const clause *c, size_t i)
{
	const quote_token *t = &c->tok[i];

	if (t->kind == QTOK_MARK)
		return t->cp == '"' || t->cp == 0x201C || t->cp == 0x201E || t->cp == 0xAB ||
			t->cp == 0x2039 || t->cp == 0x300C;
	/* A single mark right after a word is an apostrophe ("Sanders' aides"). */
	return t->kind == QTOK_PUNCT && (t->cp == 0x2018 || t->cp == '\'') &&
		!(i > 0 && c->tok[i - 1].end == t->start && c->tok[i - 1].kind == QTOK_WORD);
}

static int headline_closer(const clause *c, size_t i)
{
	const quote_token *t = &c->tok[i];

	if (t->kind == QTOK_MARK)
		return t->cp == '"' || t->cp == 0x201D || t->cp == 0x201C || t->cp == 0xBB ||
			t->cp == 0x203A || t->cp == 0x300D;
	return t->kind == QTOK_PUNCT && (t->cp == 0x2019 || t->cp == '\'');
}

/*
 * The quotation from the opening mark at token `open` to token `last`
 * (inclusive): the words inside the marks when one pair holds it all,
 * else the whole stretch with its marks ("‘No Idea’ If I Would Have ...",
 * the speaker's words partly quoted).
 */
static void headline_span(quote_headline *out, const clause *c, size_t open, size_t last)
{
	size_t k;
	int whole = last > open + 1 && headline_closer(c, last);

	for (k = open + 1; whole && k < last; k++)
		if (headline_closer(c, k) || headline_opener(c, k))
			whole = 0;
	if (whole) {
		out->start = c->tok[open].end;
		out->end = c->tok[last].start;
	} else {
		out->start = c->tok[open].start;
		out->end = c->tok[last].end;
	}
	while (out->end > out->start && (c->text[out->end - 1] == ' ' || c->text[out->end - 1] == '\t'))
		out->end--;
	while (out->start < out->end && (c->text[out->start] == ' ' || c->text[out->start] == '\t'))
		out->start++;
}

/* A speaker named at the start of a headline, before token `limit`; not a
 * label such as "The Latest" or "Exclusive". Returns its end (== from: none). */
static size_t headline_speaker(const clause *c, size_t from, size_t limit)
{
	size_t end = newsdoc__quote_np_forward(c, from, limit), k;

	if (end == from || !(c->tok[from].cap || newsdoc__quote_cls(c, from) == QW_PRONOUN))
		return from;
	if (end - from <= 2)
		for (k = from; k < end; k++)
			if (c->tok[k].lex & QLEX_KICKER)
				return from;
	return end;
}

void newsdoc__quote_headline(quote_headline *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens)
{
	clause c = newsdoc__quote_clause(lex, text, tokens);
	size_t n = tokens->count, k, last, end, verb;

	memset(out, 0, sizeof(*out));
	if (n < 4)
		return;
	last = n - 1;
	while (last > 0 && c.tok[last].kind == QTOK_PUNCT && (c.tok[last].cp == '.' ||
		c.tok[last].cp == ';' || c.tok[last].cp == ','))
		last--;
	/* "Speaker: ‘Quoted words.’" */
	for (k = 1; k + 1 < last; k++) {
		if (c.tok[k].kind == QTOK_MARK || headline_opener(&c, k))
			break;
		if (!newsdoc__quote_is_punct(&c, k, ':'))
			continue;
		if (!headline_opener(&c, k + 1))
			break;
		end = headline_speaker(&c, 0, k);
		if (end == 0)
			break;
		newsdoc__quote_set_speaker(&out->attr, &c, 0, end);
		out->attr.cue_literal = ":";
		out->attr.found = 1;
		headline_span(out, &c, k + 1, last);
		out->found = out->end > out->start;
		return;
	}
	/* "‘Quoted words,’ Speaker says" / "‘Quoted words’ ..., Speaker says." */
	if (!headline_opener(&c, 0))
		return;
	for (k = last; k > 1; k--)
		if (newsdoc__quote_is_punct(&c, k, ','))
			break;
	if (k <= 1)
		return;
	{
		size_t quote_last = k - 1, from = k + 1;
		if (from < n && headline_closer(&c, from)) {
			/* the comma inside the marks */
			quote_last = from;
			from++;
		}
		if (from >= last)
			return;
		end = headline_speaker(&c, from, last + 1);
		if (end == from || end > last)
			return;
		verb = end;
		if (!(newsdoc__quote_cls(&c, verb) == QW_REPORT || newsdoc__quote_verb_like(&c, verb)))
			return;
		newsdoc__quote_set_speaker(&out->attr, &c, from, end);
		newsdoc__quote_set_cue(&out->attr, &c, verb, verb + 1);
		headline_span(out, &c, 0, quote_last);
		out->found = out->end > out->start;
	}
}
