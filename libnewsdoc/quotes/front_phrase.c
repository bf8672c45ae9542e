/*
 * The front of a verb-second clause: the phrase before the finite verb.
 * Whether it is the subject decides who speaks ("Dazu sagte X" against
 * "Merkel sagte der Zeitung"); subject.c asks. Three shapes read here:
 * a focus particle before the front, which leaves the front as it is
 * ("Auch Karl Weber hält den Plan für falsch:" fronts "Karl Weber", not
 * an adverb); a fronted dative that a determiner shared with the
 * nominative hides ("Der Zeitung sagte X:": "der" before a feminine noun
 * is dative or genitive, never the subject); and a front of one thing
 * before a plural verb ("Auch ein Narrativ hatten sich die Liberalen
 * zurechtgelegt": the subject follows the verb). The words are the
 * table's (focus_particles, feminine_oblique_determiners,
 * feminine_noun_suffixes, oblique_adjective_suffixes,
 * singular_determiners, plural_endings).
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list

/* Longest run of adjectives between the determiner and the noun ("Der
 * Süddeutschen Zeitung"), in tokens. */
#define MAX_FRONT_ADJECTIVES 2

size_t newsdoc__quote_v2_front_start(const clause *c, size_t c0, size_t verb)
{
	size_t front = c0 + 1;

	if (!c->lang->verb_second || front >= verb || c->tok[c0].kind != QTOK_WORD ||
		!in_list(c, c0, QLEX_FOCUS))
		return c0;
	/* "Auch den Plan lobte er" keeps the object out: the front after the
	 * particle must be a whole phrase that may be a subject, up to the verb */
	if (!newsdoc__quote_np_start(c, front) || in_list(c, front, QLEX_OBLIQUE) ||
		newsdoc__quote_np_forward(c, front, verb) != verb)
		return c0;
	return front;
}

int newsdoc__quote_v2_dative_front(const clause *c, size_t c0, size_t verb)
{
	size_t i, adjectives = 0;

	if (!c->lang->feminine_noun_suffixes || c0 + 1 >= verb || c->tok[c0].kind != QTOK_WORD ||
		!in_list(c, c0, QLEX_FEMININE_OBLIQUE))
		return 0;
	/* The noun is the first capitalised word that is no adjective of
	 * an oblique case ("Süddeutschen": after "der", "-en" is never
	 * nominative). */
	for (i = c0 + 1; i < verb && c->tok[i].kind == QTOK_WORD && c->tok[i].cap; i++) {
		if (newsdoc__quote_ends_in(c, i, c->lang->feminine_noun_suffixes, 3))
			return 1;
		if (adjectives == MAX_FRONT_ADJECTIVES ||
			!newsdoc__quote_ends_in(c, i, c->lang->oblique_adjective_suffixes, 3))
			return 0;
		adjectives++;
	}
	return 0;
}

int newsdoc__quote_v2_front_disagrees(const clause *c, size_t c0, size_t verb)
{
	size_t i;

	if (!c->lang->plural_endings || c0 >= verb || c->tok[c0].kind != QTOK_WORD ||
		!in_list(c, c0, QLEX_SINGULAR_DET) || c->tok[verb].kind != QTOK_WORD ||
		!newsdoc__quote_ends_in(c, verb, c->lang->plural_endings, 3))
		return 0;
	/* "Der Minister und die Kanzlerin sagten": a joined subject is plural */
	for (i = c0 + 1; i < verb; i++)
		if (in_list(c, i, QLEX_JOINER) || newsdoc__quote_is_punct(c, i, ','))
			return 0;
	return 1;
}
