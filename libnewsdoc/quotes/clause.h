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
/* End (exclusive) of the noun phrase starting at token i, at most `limit`. */
size_t newsdoc__quote_np_forward(const clause *c, size_t i, size_t limit);
/* Record tokens [from, to) as the speaker, or the cue. */
void newsdoc__quote_set_speaker(quote_attribution *out, const clause *c, size_t from, size_t to);
void newsdoc__quote_set_cue(quote_attribution *out, const clause *c, size_t from, size_t to);
/* Token i can be a reporting verb here. */
int newsdoc__quote_verb_like(const clause *c, size_t i);

#endif
