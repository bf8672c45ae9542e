/*
 * The tokens of a reporting clause read as words: a word's class in its
 * place, lexicon phrases, the small words that tie a description to a
 * name, and the noun phrase that can name a speaker. attribution.c,
 * subject.c and headline.c build on these.
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list

static int possessive(const clause *c, size_t i);

/* A word's class; a reporting verb after a determiner or a possessive is
 * a noun ("a pledge", "Mr. Trump's comments"). */
int newsdoc__quote_cls(const clause *c, size_t i)
{
	int k = c->tok[i].word_class;

	if (k != QW_REPORT || i == 0 || c->tok[i - 1].kind != QTOK_WORD)
		return k;
	if (possessive(c, i - 1) || (c->tok[i - 1].lex & QLEX_ARTICLE))
		return QW_NONE;
	return k;
}

size_t newsdoc__quote_phrase_at(const clause *c, size_t i, size_t limit, unsigned kinds)
{
	char folded[QUOTE_LEX_MAX_PHRASE + 1];
	size_t n = 0, j, best = i;

	if (i >= limit || !(c->tok[i].lex & QLEX_PHRASE_HEAD))
		return i;
	for (j = i; j < limit && j < i + 4 && c->tok[j].kind == QTOK_WORD; j++) {
		size_t w = c->tok[j].end - c->tok[j].start;
		if (j > i)
			folded[n++] = ' ';
		if (n + w > QUOTE_LEX_MAX_PHRASE || !newsdoc__quote_fold(folded + n, c->text + c->tok[j].start, w))
			break;
		n += w;
		if (newsdoc__quote_lex_phrase_kinds(c->lex, folded, n) & kinds)
			best = j + 1;
	}
	return best;
}

int newsdoc__quote_ends_in(const clause *c, size_t i, const char *const *suffixes, size_t min_len)
{
	size_t n = c->tok[i].end - c->tok[i].start;

	return c->tok[i].kind == QTOK_WORD && n > min_len &&
		newsdoc__quote_suffix_of(c->text + c->tok[i].start, n, suffixes, 0) != NULL;
}

int newsdoc__quote_is_punct(const clause *c, size_t i, uint32_t cp)
{
	return c->tok[i].kind == QTOK_PUNCT && c->tok[i].cp == cp;
}

/* "of", "for" or "at": the small words that tie a description to its
 * name or body ("a spokesman for the campaign", "Joel Pollak of
 * Breitbart"), where a speaker mention goes on. */
int newsdoc__quote_mention_link(const clause *c, size_t i)
{
	return in_list(c, i, QLEX_LINK);
}

static int is_connector(const clause *c, size_t i)
{
	return (c->tok[i].lex & QLEX_CONNECTOR) != 0;
}

/* The token ends in a possessive ('s or ’s). */
static int possessive(const clause *c, size_t i)
{
	size_t n = c->tok[i].end - c->tok[i].start;

	return newsdoc__quote_strip_possessive(c->text + c->tok[i].start, n) != n;
}

/* An adverb between a subject and its verb: listed, or a lower-case
 * word in -ly ("Thomas allegedly told"). */
int newsdoc__quote_adverb(const clause *c, size_t i)
{
	if (newsdoc__quote_cls(c, i) == QW_ADVERB)
		return 1;
	return !c->tok[i].cap && newsdoc__quote_ends_in(c, i, c->lang->adverb_suffixes, 4);
}

/* A word that can start a speaker mention. */
int newsdoc__quote_np_start(const clause *c, size_t i)
{
	int k;

	if (c->tok[i].kind != QTOK_WORD)
		return 0;
	k = newsdoc__quote_cls(c, i);
	/* "that border security is working" is a clause, not a speaker. */
	if (in_list(c, i, QLEX_CLAUSE_OPENER))
		return 0;
	if (k == QW_PRONOUN || k == QW_DETERMINER)
		return 1;
	/* "En Los Gallardos", "In New York": a preposition before a name. */
	if (k == QW_STOP)
		return 0;
	/* "State Senator José Rodríguez": a verb's spelling inside a name. */
	if (c->tok[i].cap && i + 1 < c->count && c->tok[i + 1].kind == QTOK_WORD && c->tok[i + 1].cap)
		return 1;
	if (k == QW_REPORT || k == QW_AUX || k == QW_STOP || k == QW_ADVERB)
		return 0;  /* "Later", "Then": a capital at the sentence start */
	return c->tok[i].cap || (c->tok[i].lex & QLEX_GROUP);
}

/* A lower-case word in -ed: a verb in the past tense, or a participle. */
static int past_tense(const clause *c, size_t i)
{
	return !c->tok[i].cap && newsdoc__quote_ends_in(c, i, c->lang->past_suffixes, 4);
}

/*
 * A speaker mention starting at `i`, ending before `limit`: a pronoun; a
 * determiner phrase ("the representative", "a spokesman for the campaign");
 * or a name with its titles ("Sen. Ted Cruz"). Returns the end index (== i
 * when there is none). A possessive ends a name ("Smith's words").
 */
size_t newsdoc__quote_np_forward(const clause *c, size_t i, size_t limit)
{
	size_t j = i, words = 0;
	int k;

	if (i >= limit)
		return i;
	/* "pollster Frank Luntz", "former senator Bob Dole": a lower-case
	 * description before a name. */
	if (!newsdoc__quote_np_start(c, i) && c->tok[i].kind == QTOK_WORD && newsdoc__quote_cls(c, i) == QW_NONE) {
		for (j = i; j < limit && j < i + 3 && c->tok[j].kind == QTOK_WORD && !c->tok[j].cap &&
			newsdoc__quote_cls(c, j) == QW_NONE; j++)
			;
		if (j < limit && j > i && c->tok[j].kind == QTOK_WORD && c->tok[j].cap) {
			size_t end = newsdoc__quote_np_forward(c, j, limit);
			return end > j ? end : i;
		}
		return i;
	}
	if (!newsdoc__quote_np_start(c, i))
		return i;
	k = newsdoc__quote_cls(c, i);
	if (k == QW_PRONOUN)
		return i + 1;
	if (k == QW_DETERMINER || !c->tok[i].cap) {
		for (j = i + 1; j < limit && words < 7; j++, words++) {
			int kj = newsdoc__quote_cls(c, j);
			if (c->tok[j].kind != QTOK_WORD || kj == QW_REPORT || kj == QW_AUX ||
				kj == QW_PRONOUN)
				break;
			/* "a spokesman for the campaign", "the leader of the group" */
			if (kj == QW_STOP && !newsdoc__quote_mention_link(c, j))
				break;
			/* "zitiert die Zeitung den Minister": a dative or
			 * accusative determiner opens the object */
			if (kj == QW_DETERMINER && (c->tok[j].lex & QLEX_OBLIQUE) && c->tok[j - 1].cap &&
				newsdoc__quote_cls(c, j - 1) == QW_NONE)
				break;
			/* "a familiar voice celebrated the attacks": a verb and
			 * its object ("the embattled senator" goes on). */
			if (past_tense(c, j) && j + 1 < limit && (newsdoc__quote_cls(c, j + 1) == QW_DETERMINER ||
				newsdoc__quote_cls(c, j + 1) == QW_PRONOUN || newsdoc__quote_cls(c, j + 1) == QW_STOP))
				break;
		}
		while (j > i + 1 && newsdoc__quote_cls(c, j - 1) == QW_STOP)
			j--;
		/* A determiner alone ("that adding") names nobody. */
		return j == i + 1 && k == QW_DETERMINER ? i : j;
	}
	for (j = i; j < limit && words < 8; j++, words++) {
		if (c->tok[j].kind != QTOK_WORD)
			break;
		if (!c->tok[j].cap && !(is_connector(c, j) && j + 1 < limit && c->tok[j + 1].cap))
			break;
		if (j > i && newsdoc__quote_cls(c, j) != QW_NONE && !(c->tok[j].lex & QLEX_TITLE))
			break;
		/* "Iowa State University's Dianne Bystrom" goes on; "Smith's
		 * words" ends at the name. */
		if (possessive(c, j) && !(j + 1 < limit && c->tok[j + 1].kind == QTOK_WORD &&
			c->tok[j + 1].cap)) {
			j++;
			break;
		}
	}
	return j;
}
