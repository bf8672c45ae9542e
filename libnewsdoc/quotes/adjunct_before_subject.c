/*
 * In a verb-second language an adverbial may stand between the finite
 * verb and its subject: "„…“, sagte am Montag Verkehrsminister Karl
 * Weber.", "sagte gegenüber der Zeitung der Minister", "betonte am Montag
 * in Berlin ein Sprecher", "sagte dem Sender die Ministerin". German
 * capitalises every noun, so the English reading (a preposition, then
 * lower-case words up to a name; subject.c past_verb_pp) cannot tell
 * where the adverbial ends: here each phrase is a preposition of the
 * table's adjunct_prepositions (or a dative determiner), perhaps a
 * determiner, lower-case words (adjectives, an ordinal) and one noun;
 * the subject after the last phrase must close the clause, which is what
 * keeps an object or a longer phrase from being read as the speaker, and
 * a bare name after a dative object or a title ("dankte dem Trainer Karl
 * Weber") is the phrase's apposition, not a subject.
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list

/* Most adverbial phrases passed, and most tokens in all. */
#define MAX_ADJUNCTS 3
#define MAX_ADJUNCT_TOKENS 14
/* Most lower-case words before a phrase's noun ("am frühen Montag"). */
#define MAX_MODIFIERS 3

static int plain_word(const clause *c, size_t i)
{
	return c->tok[i].kind == QTOK_WORD && newsdoc__quote_cls(c, i) == QW_NONE;
}

/* The end of the adverbial phrase at token i ("am Montag", "gegenüber
 * der Zeitung", "dem Sender"), or i when none starts there. *named: a
 * name right after it may belong to it, as an apposition ("dem Trainer
 * Karl Weber", "mit Minister Roth"): a dative object, or a title noun. */
static size_t adjunct_end(const clause *c, size_t i, size_t limit, int *named)
{
	size_t j = i, words = 0;

	if (c->tok[i].kind != QTOK_WORD || c->tok[i].cap)
		return i;
	if (in_list(c, i, QLEX_ADJUNCT_PREP)) {
		j = i + 1;
		if (j < limit && newsdoc__quote_cls(c, j) == QW_DETERMINER && !c->tok[j].cap)
			j++;
	} else if (newsdoc__quote_cls(c, i) == QW_DETERMINER && in_list(c, i, QLEX_OBLIQUE)) {
		j = i + 1;  /* "dem Sender": a dative object */
		*named = 1;
	} else {
		return i;
	}
	while (j < limit && words < MAX_MODIFIERS && plain_word(c, j) && !c->tok[j].cap) {
		j++;
		words++;
	}
	if (j < limit && c->tok[j].kind == QTOK_WORD && c->tok[j].cap &&
		(plain_word(c, j) || in_list(c, j, QLEX_TITLE))) {
		*named |= in_list(c, j, QLEX_TITLE) != 0;
		return j + 1;
	}
	return i;
}

/* A subject starts at token i and closes the clause: it ends at `limit`,
 * a comma, a sentence's end or the participle that ends the clause
 * ("hatte am Montag der Minister erklärt"). */
static int closing_subject(const clause *c, size_t i, size_t limit, int named)
{
	size_t end;
	int cls = newsdoc__quote_cls(c, i);

	if (c->tok[i].kind != QTOK_WORD || in_list(c, i, QLEX_IMPERSONAL))
		return 0;
	/* "dankte dem Trainer Karl Weber": the name is the object's */
	if (named && cls != QW_DETERMINER && cls != QW_PRONOUN)
		return 0;
	if (cls == QW_DETERMINER ? in_list(c, i, QLEX_OBLIQUE) :
		!(cls == QW_PRONOUN || (cls == QW_NONE && c->tok[i].cap)))
		return 0;
	end = newsdoc__quote_np_forward(c, i, limit);
	if (end == i)
		return 0;
	return end == limit || newsdoc__quote_is_punct(c, end, ',') ||
		newsdoc__quote_sentence_end(&c->tok[end]) ||
		(c->tok[end].kind == QTOK_WORD && !c->tok[end].cap && newsdoc__quote_cls(c, end) == QW_REPORT);
}

size_t newsdoc__quote_v2_past_adjuncts(const clause *c, size_t at, size_t limit)
{
	size_t j = at, next, phrases;

	if (!c->lang->verb_second)
		return at;
	for (phrases = 0; phrases < MAX_ADJUNCTS && j < limit && j - at < MAX_ADJUNCT_TOKENS; phrases++) {
		int named = 0;
		if ((next = adjunct_end(c, j, limit, &named)) == j)
			break;
		j = next;
		/* "am Montag erneut der Minister" */
		while (j < limit && c->tok[j].kind == QTOK_WORD && newsdoc__quote_cls(c, j) == QW_ADVERB)
			j++;
		if (j < limit && closing_subject(c, j, limit, named))
			return j;
	}
	return at;
}

int newsdoc__quote_v2_adjunct_in(const clause *c, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		if (c->tok[i].kind == QTOK_WORD && !c->tok[i].cap && in_list(c, i, QLEX_ADJUNCT_PREP))
			return 1;
	return 0;
}
