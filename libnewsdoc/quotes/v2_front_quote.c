/*
 * A quotation that opens its sentence in a verb-second language is the
 * sentence's front, so the word after its comma is the finite verb, known
 * or not: "„…“, lästerte Usyks Promoter Alexander Krassyuk.", "„…“,
 * schmunzelte Blanik, die … berichtete:", "„…“, meinen die beiden
 * Mitglieder in einer Erklärung." No verb list can hold every verb a
 * reporter uses for saying (German Wikinews alone gives "begründete",
 * "warb", "schloss", "protestiert", "lacht"), and the place of the verb
 * tells it without one; the subject then follows the verb. Known verbs
 * keep their own rules (attribution.c, subject.c); this one reads only a
 * lower-case word that no list of the language's table holds.
 */
#include "clause.h"

/* Shortest word read as an unknown verb, in bytes ("kam", "lacht"). */
#define MIN_VERB_BYTES 3

/* The quotation whose opening mark is token `open` starts its sentence:
 * first in the block, or after a sentence's end (perhaps inside the
 * closing mark of a quotation before it: "„A.“ „B“, lachte sie."). */
static int opens_sentence(const clause *c, size_t open)
{
	if (open == 0)
		return 1;
	if (newsdoc__quote_sentence_end(&c->tok[open - 1]))
		return 1;
	return open >= 2 && c->tok[open - 1].kind == QTOK_MARK &&
		newsdoc__quote_sentence_end(&c->tok[open - 2]);
}

/* Token i can be a finite verb the lexicon does not know: a lower-case
 * word of no list but the naming verbs' ("„…“, beschreibt sie ihn"), not
 * a number, not an adverb by its ending. */
static int unknown_verb(const clause *c, size_t i)
{
	const quote_token *t = &c->tok[i];

	if (t->kind != QTOK_WORD || t->cap || (t->lex & ~(QLEX_NAMING | QLEX_PHRASE_HEAD)) != 0 || newsdoc__quote_cls(c, i) != QW_NONE)
		return 0;
	if (t->end - t->start < MIN_VERB_BYTES || (c->text[t->start] >= '0' && c->text[t->start] <= '9'))
		return 0;
	return !newsdoc__quote_ends_in(c, i, c->lang->adverb_suffixes, 4);
}

/* The subject that starts at token i: a pronoun other than an impersonal
 * one, a name, or a phrase whose determiner may be nominative ("der
 * Trainer", not "dem Trainer": that one is an object). */
static int subject_start(const clause *c, size_t i)
{
	int cls = newsdoc__quote_cls(c, i);

	if (c->tok[i].kind != QTOK_WORD || newsdoc__quote_in_list(c, i, QLEX_IMPERSONAL))
		return 0;
	if (cls == QW_PRONOUN)
		return 1;
	if (cls == QW_DETERMINER)
		return !newsdoc__quote_in_list(c, i, QLEX_OBLIQUE);
	return c->tok[i].cap && cls == QW_NONE;
}

int newsdoc__quote_v2_front_quote(quote_attribution *out, const clause *c, size_t open, size_t a,
	size_t b)
{
	size_t verb = a + 1, limit, start, end;

	if (!c->lang->verb_second || !opens_sentence(c, open) || verb >= b ||
		!newsdoc__quote_is_punct(c, a, ',') || !unknown_verb(c, verb))
		return 0;
	for (limit = verb; limit < b && limit < verb + NEWSDOC_QUOTE_MAX_CLAUSE; limit++)
		if (newsdoc__quote_sentence_end(&c->tok[limit]) || c->tok[limit].kind == QTOK_MARK ||
			newsdoc__quote_is_punct(c, limit, ';') || newsdoc__quote_is_punct(c, limit, ':'))
			break;
	end = newsdoc__quote_subject_after(c, verb + 1, limit, &start);
	if (end == start || !subject_start(c, start))
		return 0;
	newsdoc__quote_set_speaker(out, c, start, end);
	newsdoc__quote_set_cue(out, c, verb, verb + 1);
	out->after = 1;
	out->sentence_end = c->tok[limit - 1].end;
	if (limit < b && newsdoc__quote_sentence_end(&c->tok[limit]))
		out->sentence_end = c->tok[limit].end;
	return 1;
}
