/*
 * Quotations joined by a conjunction share the cue after the last one:
 * "„Ich zähle auf meine Anhänger“ und „Die Menschen sollen wissen …“,
 * zitiert CNN." The first has no cue of its own; the cue after the last
 * of the chain is theirs too, when the first is a whole statement, not a
 * short phrase of a list (NEWSDOC_QUOTE_TWIN_MIN_WORDS). The chain is followed a few quotations at
 * most, and the last one's cue is looked up once (it starts no chain of
 * its own, so nothing recurses further).
 */
#include "clause.h"

/* Longest chain of quotations joined so, after the first. */
#define MAX_CHAIN 4

/* Span k is followed by a conjunction and span k + 1's opening mark. */
static int joined_to_next(const clause *c, const quote_span_list *spans, size_t k)
{
	size_t a;

	if (k + 1 >= spans->count || !spans->items[k].closed)
		return 0;
	a = newsdoc__quote_first_token_at(c, spans->items[k].close);
	return a + 1 < c->count && c->tok[a].kind == QTOK_WORD && newsdoc__quote_in_list(c, a, QLEX_COORDINATOR) &&
		c->tok[a + 1].kind == QTOK_MARK && c->tok[a + 1].start == spans->items[k + 1].open;
}

int newsdoc__quote_coordinated_cue(quote_attribution *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens, const quote_span_list *spans, size_t index)
{
	clause c = newsdoc__quote_clause(lex, text, tokens);
	quote_attribution last;
	size_t k = index, i, words = 0;

	for (i = newsdoc__quote_first_token_at(&c, spans->items[index].start);
		i < c.count && c.tok[i].start < spans->items[index].end; i++)
		words += c.tok[i].kind == QTOK_WORD;
	if (words < NEWSDOC_QUOTE_TWIN_MIN_WORDS)
		return 0;

	while (k < index + MAX_CHAIN && joined_to_next(&c, spans, k))
		k++;
	if (k == index || joined_to_next(&c, spans, k))
		return 0;
	newsdoc__quote_attribute(&last, lex, text, tokens, spans, k);
	if (!last.found || !last.after || last.speaker_end == last.speaker_start)
		return 0;
	out->speaker_start = last.speaker_start;
	out->speaker_end = last.speaker_end;
	out->pronoun = last.pronoun;
	out->cue_start = last.cue_start;
	out->cue_end = last.cue_end;
	out->cue_literal = last.cue_literal;
	out->found = 1;
	/* next to the quotation, as a cue between its pieces is: nothing is
	 * joined to it, and it is no fragment */
	out->adjacent = 1;
	return 1;
}
