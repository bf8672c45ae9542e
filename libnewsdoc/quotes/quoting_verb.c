/*
 * A verb that quotes somebody names the speaker as its object: "„…“,
 * zitierte man Yolanda Alvarez", "„…“, zitiert die Zeitung den
 * Minister", "Der Spiegel zitiert den Prediger mit den Worten „…“". The
 * subject is who passed the words on. The passive needs no test of its
 * own: its participle ends the clause ("wird Panetta zitiert", "X wird
 * mit den Worten zitiert:"), so no object follows and the subject stays
 * the speaker. Which verbs quote is the table's (lang.h:
 * quoting_verbs).
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list
#define MAX_CLAUSE NEWSDOC_QUOTE_MAX_CLAUSE

/* A token that ends the verb's clause: a quotation mark, a comma, a
 * colon or the sentence's end. */
static int clause_edge(const clause *c, size_t i)
{
	return c->tok[i].kind == QTOK_MARK || newsdoc__quote_sentence_end(&c->tok[i]) ||
		newsdoc__quote_is_punct(c, i, ',') || newsdoc__quote_is_punct(c, i, ':');
}

static size_t skip_adverbs(const clause *c, size_t i, size_t limit)
{
	while (i < limit && c->tok[i].kind == QTOK_WORD && newsdoc__quote_adverb(c, i))
		i++;
	return i;
}

/* After a verb that opens its clause ("zitierte man X", "zitiert die
 * Zeitung X"), the subject: a pronoun, or a determiner, lower-case words
 * and one capitalised noun. Returns the token after it; `from` when
 * there is none. */
static size_t skip_subject(const clause *c, size_t from, size_t limit)
{
	size_t i = from;

	if (i < limit && newsdoc__quote_cls(c, i) == QW_PRONOUN)
		return i + 1;
	if (i >= limit || newsdoc__quote_cls(c, i) != QW_DETERMINER || in_list(c, i, QLEX_OBLIQUE))
		return from;
	for (i++; i < limit && c->tok[i].kind == QTOK_WORD && !c->tok[i].cap; i++)
		;
	return i < limit && c->tok[i].kind == QTOK_WORD && c->tok[i].cap ? i + 1 : from;
}

void newsdoc__quote_object_speaker(quote_attribution *out, const clause *c)
{
	size_t verb, limit, i, end;

	if (!c->lang->quoting_verbs || !out->found || out->cue_end == out->cue_start)
		return;
	verb = newsdoc__quote_first_token_at(c, out->cue_start);
	if (verb >= c->count || !in_list(c, verb, QLEX_QUOTING))
		return;
	for (limit = verb + 1; limit < c->count && limit - verb < MAX_CLAUSE && !clause_edge(c, limit); limit++)
		;
	i = skip_adverbs(c, verb + 1, limit);
	if (out->after) {
		/* the subject follows the verb: the object comes after it */
		size_t object = skip_subject(c, i, limit);
		if (object == i)
			return;
		i = skip_adverbs(c, object, limit);
	}
	end = newsdoc__quote_np_forward(c, i, limit);
	if (end > i)
		newsdoc__quote_set_speaker(out, c, i, end);
}
