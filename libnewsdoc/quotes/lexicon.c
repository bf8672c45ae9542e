/*
 * The lexicon: every word list of a language's table (lang.h) in one hash
 * table per language, built once per process. A word token is looked up
 * once when it is made and keeps the set of lists it belongs to
 * (quote_token.lex), so the rules never loop over a list. Phrases
 * ("according to", "nach Angaben von", "teilte mit") live in the same
 * table under their words joined by spaces, and their first word carries
 * QLEX_PHRASE_HEAD so that only such words start a phrase look-up.
 * Words are compared folded to lower case (ASCII and the Latin-1
 * capitals: "Äußerte" is "äußerte"), except the abbreviations, which keep
 * their case ("Mass." but "mass.").
 */
#include <pthread.h>
#include <string.h>

#include "quotes_impl.h"

#define LEX_SLOTS 2048  /* a power of two, well over twice any language's words */

typedef struct lex_entry {
	const char *word;  /* NULL: an empty slot */
	unsigned char len;
	unsigned char phrase;  /* QPHRASE_* kinds when the entry is a phrase */
	quote_lex_flags flags;  /* QLEX_* lists of the word */
} lex_entry;

struct quote_lexicon {
	const quote_lang *lang;
	lex_entry slots[LEX_SLOTS];
};

static quote_lexicon lexicons[QUOTE_LANG_COUNT];
static pthread_once_t lexicons_once = PTHREAD_ONCE_INIT;

static lex_entry *slot_of(quote_lexicon *lex, const char *word, size_t n)
{
	uint32_t slot = newsdoc__hash_bytes(word, n) & (LEX_SLOTS - 1);

	while (lex->slots[slot].word && (lex->slots[slot].len != n ||
		memcmp(lex->slots[slot].word, word, n) != 0))
		slot = (slot + 1) & (LEX_SLOTS - 1);
	return &lex->slots[slot];
}

static void add_entry(quote_lexicon *lex, const char *word, size_t n, quote_lex_flags flags,
	unsigned phrase)
{
	lex_entry *e;

	if (n == 0 || n > QUOTE_LEX_MAX_PHRASE)
		return;
	e = slot_of(lex, word, n);
	e->word = word;
	e->len = (unsigned char)n;
	e->flags |= flags;
	e->phrase |= (unsigned char)phrase;
}

static void add_words(quote_lexicon *lex, const char *const *words, quote_lex_flags flag)
{
	size_t i;

	for (i = 0; words && words[i]; i++)
		if (strlen(words[i]) <= QUOTE_LEX_MAX_WORD)
			add_entry(lex, words[i], strlen(words[i]), flag, 0);
}

/* A phrase under its whole spelling, its first word marked as a head. A
 * particle verb's verb is marked too ("teilte" of "teilte mit"). */
static void add_phrases(quote_lexicon *lex, const char *const *phrases, unsigned kind)
{
	size_t i;

	for (i = 0; phrases && phrases[i]; i++) {
		const char *p = phrases[i], *space = strchr(p, ' ');
		size_t first = space ? (size_t)(space - p) : strlen(p);
		add_entry(lex, p, strlen(p), 0, kind);
		if (first <= QUOTE_LEX_MAX_WORD)
			add_entry(lex, p, first, kind == QPHRASE_PARTICLE ? QLEX_PARTICLE_VERB : QLEX_PHRASE_HEAD, 0);
	}
}

static void build_one(quote_lexicon *lex, const quote_lang *lang)
{
	lex->lang = lang;
	add_words(lex, lang->report_verbs, QLEX_REPORT);
	add_words(lex, lang->pronouns, QLEX_PRONOUN);
	add_words(lex, lang->determiners, QLEX_DETERMINER);
	add_words(lex, lang->auxiliaries, QLEX_AUX);
	add_words(lex, lang->adverbs, QLEX_ADVERB);
	add_words(lex, lang->stops, QLEX_STOP);
	add_words(lex, lang->group_nouns, QLEX_GROUP);
	add_words(lex, lang->organisation_words, QLEX_ORGANISATION);
	add_words(lex, lang->title_words, QLEX_TITLE);
	add_words(lex, lang->small_words, QLEX_SMALL);
	add_words(lex, lang->articles, QLEX_ARTICLE);
	add_words(lex, lang->connectors, QLEX_CONNECTOR);
	add_words(lex, lang->kickers, QLEX_KICKER);
	add_words(lex, lang->utterance_words, QLEX_UTTERANCE);
	add_words(lex, lang->utterance_of_nouns, QLEX_UTTERANCE_OF);
	add_words(lex, lang->abbrevs, QLEX_ABBREV);
	add_words(lex, lang->links, QLEX_LINK);
	add_words(lex, lang->subject_joiners, QLEX_JOINER);
	add_words(lex, lang->coordinators, QLEX_COORDINATOR);
	add_words(lex, lang->relatives, QLEX_RELATIVE);
	add_words(lex, lang->complementizers, QLEX_COMPLEMENTIZER);
	add_words(lex, lang->clause_openers, QLEX_CLAUSE_OPENER);
	add_words(lex, lang->verb_particles, QLEX_VERB_PARTICLE);
	add_words(lex, lang->utterance_links, QLEX_UTTERANCE_LINK);
	add_words(lex, lang->byline_words, QLEX_BYLINE);
	add_words(lex, lang->fronted_verbs, QLEX_FRONTED);
	add_words(lex, lang->according_post, QLEX_ACCORDING_POST);
	add_words(lex, lang->singular_pronouns, QLEX_SINGULAR);
	add_words(lex, lang->plural_pronouns, QLEX_PLURAL);
	add_words(lex, lang->naming_verbs, QLEX_NAMING);
	add_words(lex, lang->cue_nouns, QLEX_CUE_NOUN);
	add_words(lex, lang->reflexives, QLEX_REFLEXIVE);
	add_words(lex, lang->naming_links, QLEX_NAMING_LINK);
	add_words(lex, lang->subordinators, QLEX_SUBORDINATOR);
	add_words(lex, lang->fragment_terms, QLEX_TERM);
	add_words(lex, lang->impersonals, QLEX_IMPERSONAL);
	add_words(lex, lang->nominative_pronouns, QLEX_NOMINATIVE);
	add_words(lex, lang->passive_auxiliaries, QLEX_PASSIVE);
	add_words(lex, lang->agent_prepositions, QLEX_AGENT);
	add_words(lex, lang->organisation_heads, QLEX_ORGANISATION_HEAD);
	add_words(lex, lang->female_words, QLEX_FEMALE);
	add_words(lex, lang->male_words, QLEX_MALE);
	add_words(lex, lang->oblique_determiners, QLEX_OBLIQUE);
	add_words(lex, lang->month_names, QLEX_MONTH);
	add_words(lex, lang->ordinal_before, QLEX_ORDINAL_BEFORE);
	add_words(lex, lang->according_clauses, QLEX_ACCORDING_CLAUSE);
	add_words(lex, lang->subjunctive_verbs, QLEX_SUBJUNCTIVE);
	add_words(lex, lang->quoting_verbs, QLEX_QUOTING);
	add_words(lex, lang->adjunct_prepositions, QLEX_ADJUNCT_PREP);
	add_words(lex, lang->focus_particles, QLEX_FOCUS);
	add_words(lex, lang->feminine_oblique_determiners, QLEX_FEMININE_OBLIQUE);
	add_words(lex, lang->singular_determiners, QLEX_SINGULAR_DET);
	add_phrases(lex, lang->according, QPHRASE_ACCORDING);
	add_phrases(lex, lang->according_after, QPHRASE_ACCORDING_AFTER);
	add_phrases(lex, lang->according_fronted, QPHRASE_ACCORDING_FRONTED);
	add_phrases(lex, lang->cue_phrases, QPHRASE_CUE);
	add_phrases(lex, lang->particle_verbs, QPHRASE_PARTICLE);
}

static void build_all(void)
{
	size_t i;

	for (i = 0; i < QUOTE_LANG_COUNT; i++)
		build_one(&lexicons[i], newsdoc__quote_lang_at(i));
}

const quote_lexicon *newsdoc__quote_lexicon_for(const quote_lang *lang)
{
	size_t i;

	pthread_once(&lexicons_once, build_all);
	for (i = 0; i < QUOTE_LANG_COUNT; i++)
		if (lexicons[i].lang == lang)
			return &lexicons[i];
	return &lexicons[0];
}

const quote_lang *newsdoc__quote_lexicon_lang(const quote_lexicon *lex)
{
	return lex->lang;
}

static const lex_entry *find(const quote_lexicon *lex, const char *s, size_t n)
{
	uint32_t slot;

	if (n == 0 || n > QUOTE_LEX_MAX_PHRASE)
		return NULL;
	slot = newsdoc__hash_bytes(s, n) & (LEX_SLOTS - 1);
	while (lex->slots[slot].word) {
		if (lex->slots[slot].len == n && !memcmp(lex->slots[slot].word, s, n))
			return &lex->slots[slot];
		slot = (slot + 1) & (LEX_SLOTS - 1);
	}
	return NULL;
}

quote_lex_flags newsdoc__quote_lex_exact(const quote_lexicon *lex, const char *s, size_t n)
{
	const lex_entry *e = n <= QUOTE_LEX_MAX_WORD ? find(lex, s, n) : NULL;

	return e ? e->flags : 0;
}

unsigned newsdoc__quote_lex_phrase_kinds(const quote_lexicon *lex, const char *folded, size_t n)
{
	const lex_entry *e = find(lex, folded, n);

	return e ? e->phrase : 0;
}

size_t newsdoc__quote_fold(char *out, const char *s, size_t n)
{
	size_t i;

	if (n > QUOTE_LEX_MAX_WORD)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z') {
			out[i] = (char)(c - 'A' + 'a');
		} else if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
			(unsigned char)s[i + 1] <= 0x9E && (unsigned char)s[i + 1] != 0x97) {
			/* À..Þ (not ×) are à..þ: the second byte + 0x20 */
			out[i] = (char)c;
			out[i + 1] = (char)((unsigned char)s[i + 1] + 0x20);
			i++;
		} else {
			out[i] = (char)c;
		}
	}
	return n;
}

/* A word that ends in `suffix` with at least `min_stem` bytes before it. */
static int ends_with(const char *word, size_t n, const char *suffix, size_t min_stem)
{
	size_t k = strlen(suffix);

	return n >= k + min_stem && !memcmp(word + n - k, suffix, k);
}

const char *newsdoc__quote_suffix_of(const char *word, size_t n, const char *const *suffixes,
	size_t min_stem)
{
	size_t i;

	for (i = 0; suffixes && suffixes[i]; i++)
		if (ends_with(word, n, suffixes[i], min_stem))
			return suffixes[i];
	return NULL;
}

/*
 * Forms the list does not spell out: "yelling" and "yelled" from "yell",
 * "quipping" from "quip", "joking" from "joke". `word` is folded and has
 * room for one byte more than n.
 */
int newsdoc__quote_report_form(const quote_lexicon *lex, char *word, size_t n)
{
	const char *suffix;
	size_t stem;

	if (n < 5 || !(suffix = newsdoc__quote_suffix_of(word, n, lex->lang->report_suffixes, 0)))
		return 0;
	stem = n - strlen(suffix);
	if (newsdoc__quote_lex_exact(lex, word, stem) & QLEX_REPORT)
		return 1;
	if (stem >= 2 && word[stem - 1] == word[stem - 2] &&
		(newsdoc__quote_lex_exact(lex, word, stem - 1) & QLEX_REPORT))
		return 1;
	word[stem] = 'e';
	return (newsdoc__quote_lex_exact(lex, word, stem + 1) & QLEX_REPORT) != 0;
}
