/*
 * A block's tokens seen as a clause: what attribution.c and headline.c
 * share. Private to libnewsdoc/quotes/.
 */
#ifndef NEWSDOC_QUOTES_CLAUSE_H
#define NEWSDOC_QUOTES_CLAUSE_H

#include "quotes_impl.h"

typedef struct clause {
	const char *text;
	const quote_token *tok;
	size_t count;  /* tokens in the whole block */
	const quote_lexicon *lex;
	const quote_lang *lang;  /* the lexicon's */
} clause;

/* A clause over a block's tokens. */
static inline clause newsdoc__quote_clause(const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens)
{
	clause c;

	c.text = text;
	c.tok = tokens->items;
	c.count = tokens->count;
	c.lex = lex;
	c.lang = newsdoc__quote_lexicon_lang(lex);
	return c;
}

/* Fewest words of a quotation before a conjunction that makes the next
 * one its twin ("„A“ und „B“, sagte X": fragment.c, coordinated.c): a
 * list of short quoted phrases ("about “a rigged system” and “wounded
 * families”") is fragments. */
#define NEWSDOC_QUOTE_TWIN_MIN_WORDS 8

/* Longest reporting clause looked at, in tokens. */
#define NEWSDOC_QUOTE_MAX_CLAUSE 40

/* The first token at or after byte offset `byte`. */
static inline size_t newsdoc__quote_first_token_at(const clause *c, size_t byte)
{
	return newsdoc__quote_token_at(c->tok, c->count, byte);
}

/* Token i is in the lexicon's list `flag` (QLEX_*). */
static inline int newsdoc__quote_in_list(const clause *c, size_t i, quote_lex_flags flag)
{
	return (c->tok[i].lex & flag) != 0;
}

/* The end (exclusive) of the longest phrase of one of `kinds` (QPHRASE_*)
 * that starts at token i and ends before `limit`; i when there is none. */
size_t newsdoc__quote_phrase_at(const clause *c, size_t i, size_t limit, unsigned kinds);
/* Token i is a word in the language's list `suffixes` by its ending, with
 * more than `min_len` bytes in all (compared as written). */
int newsdoc__quote_ends_in(const clause *c, size_t i, const char *const *suffixes, size_t min_len);

/* A word's class (QCLS_*), with a reporting verb after a determiner or a
 * possessive read as a noun. */
int newsdoc__quote_cls(const clause *c, size_t i);
/* Token i is the punctuation mark cp. */
int newsdoc__quote_is_punct(const clause *c, size_t i, uint32_t cp);
/* Token i is one of the small words that tie a description to its name
 * or body ("a spokesman for the campaign", "Joel Pollak of Breitbart"). */
int newsdoc__quote_mention_link(const clause *c, size_t i);
/* Token i is an adverb between a subject and its verb: listed, or a
 * lower-case word with one of the language's adverb endings. */
int newsdoc__quote_adverb(const clause *c, size_t i);
/* Token i can start a speaker mention. */
int newsdoc__quote_np_start(const clause *c, size_t i);
/* End (exclusive) of the noun phrase starting at token i, at most `limit`. */
size_t newsdoc__quote_np_forward(const clause *c, size_t i, size_t limit);
/* Record tokens [from, to) as the speaker, or the cue. */
void newsdoc__quote_set_speaker(quote_attribution *out, const clause *c, size_t from, size_t to);
void newsdoc__quote_set_cue(quote_attribution *out, const clause *c, size_t from, size_t to);
/* Token i can be a reporting verb here. */
int newsdoc__quote_verb_like(const clause *c, size_t i);
/* The end of the cue whose verb is token `verb`: "told reporters" keeps
 * its object; other verbs are the cue alone. */
size_t newsdoc__quote_cue_end(const clause *c, size_t verb, size_t limit);

/* The first token of the clause that ends before token `e`: after a
 * sentence end or a quotation mark, at most `reach` tokens back. */
size_t newsdoc__quote_clause_start(const clause *c, size_t e, size_t reach);
/* A description [from, to) followed by the name it describes, set off by
 * a comma ("le PDG, Pekka Lundmark"): the name's end (its start is to + 1),
 * or 0 when there is none. */
size_t newsdoc__quote_apposed_name(const clause *c, size_t from, size_t to);

/* ---- a quotation's context when it has no cue (fragment.c) ---- */

/* Words between the start of the clause and the mark at token `e`. */
size_t newsdoc__quote_words_before(const clause *c, size_t e);
/* The word right before the mark at token `e` names an utterance
 * ("chants of “…”", "a hat reading, “…”"). */
int newsdoc__quote_utterance_before(const clause *c, size_t e);
/* In a verb-second language, the cue found before the mark at token `e`
 * is an utterance verb of the same clause, its subject or an adverbial
 * between them ("Vor dem Parlament skandierten die Demonstranten „…“"). */
int newsdoc__quote_utterance_cue(const quote_attribution *out, const clause *c, size_t e);
/* The quotation [e, a) is a fragment its sentence's speech cue makes a
 * quote (languages with fragment_terms only): 1, or QUOTE_FRAGMENT_NAMED
 * when a naming verb after it gives its words ("als „…“ bezeichnet"). */
int newsdoc__quote_fragment_cue(const clause *c, size_t e, size_t a);
/* "Selon Yves Dupont, le budget est « assez considérable »": the sentence
 * around the mark at token e opens with a source phrase that ends at a
 * comma; sets its speaker and cue. */
int newsdoc__quote_sentence_source(quote_attribution *out, const clause *c, size_t e);

/* ---- subjects after their verb (subject.c) ---- */

/* Token i joins a verb and its subject pronoun ("dit-il", "a-t-elle"):
 * the pronoun is the speaker. */
int newsdoc__quote_inverted_pronoun(quote_attribution *out, const clause *c, size_t i);
/* The subject that follows a verb, from token `from` (reflexives and
 * adverbs passed over); for an impersonal subject ("heißt es in der
 * Erklärung") the phrase after its preposition. Returns its end, *start
 * its first token; == *start: none. */
size_t newsdoc__quote_subject_after(const clause *c, size_t from, size_t limit, size_t *start);
/* The subject after token i names no one ("heißt es"). */
int newsdoc__quote_impersonal_at(const clause *c, size_t i, size_t limit);
/* The source named by the phrase in front of an impersonal verb: "In der
 * Erklärung heißt es" gives "der Erklärung". */
int newsdoc__quote_fronted_source(quote_attribution *out, const clause *c, size_t c0, size_t verb);
/* In a verb-second clause, the phrase [c0, verb) is the verb's subject
 * (not "Dazu", "Im Interview", "Als er ankam,"). */
int newsdoc__quote_fronted_subject(const clause *c, size_t c0, size_t verb, size_t limit);
/* The finite verb of a verb-second clause [c0, e) (e: none found): the
 * first auxiliary or reporting verb, or the first lower-case word of no
 * list after a noun or a comma; after a subordinate clause in front, the
 * word after its comma. */
size_t newsdoc__quote_v2_finite(const clause *c, size_t c0, size_t e);
/* The subject of the verb-second clause [c0, e): a source named by an
 * "according" phrase at its start, the phrase in front of the finite verb
 * when that is the subject, else the one after the verb. */
int newsdoc__quote_v2_subject(quote_attribution *out, const clause *c, size_t c0, size_t e);
/* A cue after a quotation, from token i, that starts with its verb and
 * names the speaker after it where "said Smith" does not reach: a pronoun
 * written into the verb ("dit-il", "a-t-il dit"), an auxiliary before the
 * verb ("a déclaré le ministre", "ha detto il ministro"), or in a
 * verb-second language an auxiliary before the subject and the participle
 * at the end ("hatte VW-Chef Winterkorn in einem Interview erklärt"). */
int newsdoc__quote_inverted_after(quote_attribution *out, const clause *c, size_t i, size_t limit);
/* In a language that leaves a known subject out, a cue after a quotation,
 * from token i, that is its verb alone ("añadió.", "ha señalado,", "se
 * queja."): sets the cue and subject_dropped, no speaker. */
int newsdoc__quote_dropped_subject(quote_attribution *out, const clause *c, size_t i, size_t limit);
/* A verb-second clause [c0, e) before a quotation, its reporting verb at
 * `verb`, whose front is not the subject: "Dazu sagte X:", "Im Interview
 * mit der BBC sagte er:"; for "Auf der Homepage heißt es:" the source is
 * the phrase in front. */
int newsdoc__quote_v2_before(quote_attribution *out, const clause *c, size_t c0, size_t verb, size_t e);
/* The speaker of a verb-second clause [c0, e) before a quotation whose
 * reporting (or naming) verb is `verb`: with an auxiliary as the finite
 * verb, the subject next to it; when the front is the subject, the name
 * that opens it rather than the words just before the verb. Sets only
 * the speaker. */
int newsdoc__quote_v2_front_speaker(quote_attribution *out, const clause *c, size_t c0, size_t verb, size_t e);
/* In the clause [c0, e) that ends before a colon and a quotation, a
 * comma and a source phrase close it ("Die Lage sei ernst, so Müller
 * weiter:"): the source speaks (source_phrase.c). */
/* In a verb-second language, a clause [c0, e) opened by a source
 * preposition (lang.h: according_fronted) and a name, the finite verb
 * right after it: "Für Trainer Krickau ist das Duell noch fern: „…“",
 * "Für Bildungssenator Willi Lemke (SPD) hält … als „…“": the name is
 * the speaker, the preposition the cue (source_phrase.c). */
int newsdoc__quote_v2_fronted_source(quote_attribution *out, const clause *c, size_t c0, size_t e);
int newsdoc__quote_source_before_colon(quote_attribution *out, const clause *c, size_t c0, size_t e);
/* In a verb-second clause ending before token `e` whose front, a source
 * phrase ("Laut Polizei", "Nach Angaben der Polizei", "Dem Bericht
 * zufolge"), ends at token i: when the finite verb there is a reporting
 * verb, or an auxiliary whose participle is one, the verb's own subject
 * speaks ("Laut Polizei sagte der Fahrer:", "… hat der Fahrer gesagt:")
 * and is set with the verb as cue; returns 0 and sets nothing else. */
int newsdoc__quote_v2_after_source(quote_attribution *out, const clause *c, size_t i, size_t e);

/* ---- an adverbial between a verb and its subject (adjunct_before_subject.c) ---- */

/* In a verb-second language, token `at` (right after a verb, adverbs
 * passed) opens one to three adverbial phrases ("am Montag", "gegenüber
 * der Zeitung", "dem Sender") after which a subject closes the clause
 * before `limit`: that subject's first token; `at` otherwise. */
size_t newsdoc__quote_v2_past_adjuncts(const clause *c, size_t at, size_t limit);
/* A preposition of the table's adjunct_prepositions stands in tokens
 * [from, to). */
int newsdoc__quote_v2_adjunct_in(const clause *c, size_t from, size_t to);

/* ---- a verb joined to an earlier one (shared_subject.c) ---- */

/* In a verb-second language, the reporting verb at `verb` in the clause
 * [c0, e) before a quotation follows a conjunction ("X bedankt sich …
 * und sagt dann:"): the subject of the sentence's first verb speaks.
 * Sets the speaker; 0: not that shape. */
int newsdoc__quote_shared_subject(quote_attribution *out, const clause *c, size_t c0, size_t verb, size_t e);

/* ---- the front of a verb-second clause (front_phrase.c) ---- */

/* The first token of the front [c0, verb): past a focus particle whose
 * phrase fills the front up to the verb ("Auch Karl Weber hält"), else
 * c0. */
size_t newsdoc__quote_v2_front_start(const clause *c, size_t c0, size_t verb);
/* The front [c0, verb) is a dative or genitive behind a determiner that
 * may be nominative: "der" before a feminine noun ("Der Zeitung sagte
 * X:", "Der Deutschen Presse-Agentur sagte er:"). */
int newsdoc__quote_v2_dative_front(const clause *c, size_t c0, size_t verb);
/* The front [c0, verb) opens with a determiner of one thing and the
 * finite verb at `verb` has a plural ending: the front is no subject. */
int newsdoc__quote_v2_front_disagrees(const clause *c, size_t c0, size_t verb);

/* ---- a source clause with its verb last (verb_final.c) ---- */

/* From token i, a clause opened by a conjunction of the table's
 * according_clauses whose reporting verb ends it before `limit` or a
 * punctuation mark ("wie Karl Weber der Zeitung sagte"): the words right
 * after the conjunction are the speaker. Sets speaker and cue. */
int newsdoc__quote_according_clause(quote_attribution *out, const clause *c, size_t i, size_t limit);
/* The first such clause in [s, e) that opens it or follows a comma ("Wie
 * X sagte, …", "Die Lage sei ernst, wie X sagte:"). 0: none. */
int newsdoc__quote_according_clause_in(quote_attribution *out, const clause *c, size_t s, size_t e);

/* ---- quoted names inside a clause (clause_names.c) ---- */

/* In a verb-second language, the start of the clause before the mark at
 * token `e`, read through short quoted names inside the sentence ("Der
 * Minister erklärte im „Spiegel“:"); elsewhere newsdoc__quote_clause_start. */
size_t newsdoc__quote_clause_start_past_names(const clause *c, size_t e);

/* ---- reported speech in the subjunctive (reported_speech.c) ---- */

/* The sentence [c0, e) (c0 its first token) is reported speech with no
 * reporting verb ("Die Lage sei ernst"): the source of the sentence with
 * a reporting verb before it, up to a few such sentences back, speaks.
 * Sets the speaker (and cue, for a "wie X sagte" clause); 0: no such
 * source. */
int newsdoc__quote_reported_source(quote_attribution *out, const clause *c, size_t c0, size_t e);

/* ---- a verb that quotes somebody (quoting_verb.c) ---- */

/* The cue found is an active verb of the table's quoting_verbs ("zitierte
 * man X", "Die Zeitung zitiert X:"): its object, when there is one, is
 * the speaker instead of its subject. */
void newsdoc__quote_object_speaker(quote_attribution *out, const clause *c);

/* ---- a quotation at the front of a verb-second sentence (v2_front_quote.c) ---- */

/* The quotation from mark token `open` to the token `a` after its closing
 * mark opens its sentence, and a comma (at `a`) and a lower-case word that no list holds follow:
 * that word is the finite verb ("„…“, lästerte X"), its subject the
 * speaker. Tokens up to `b` (the next quotation). Sets the speaker, the
 * cue and `after`; 0 when the shape does not hold. */
int newsdoc__quote_v2_front_quote(quote_attribution *out, const clause *c, size_t open, size_t a,
	size_t b);

#endif
