/*
 * German news puts names and terms in quotation marks inside the sentence
 * that introduces a quotation: "Der Minister erklärte im „Spiegel“: „…“",
 * "Karl Weber kritisierte das Projekt „Stuttgart 21“ scharf: „…“". The
 * clause before the quotation must not end at such a name's marks, or its
 * subject and verb are cut off. A short quotation (a few words, no
 * sentence end, a word before it) is read through.
 */
#include "clause.h"

#define MAX_CLAUSE NEWSDOC_QUOTE_MAX_CLAUSE
/* Longest name read through, in tokens between its marks, and how many
 * names one clause may hold. */
#define MAX_NAME_TOKENS 5
#define MAX_NAMES 3

/* The opening mark of a short quotation inside a sentence whose closing
 * mark is token `close`, or `close` when it is none. */
static size_t name_open(const clause *c, size_t close)
{
	size_t i;

	for (i = close; i > 0 && close - i <= MAX_NAME_TOKENS; i--) {
		const quote_token *t = &c->tok[i - 1];
		if (t->kind == QTOK_MARK)
			return i - 1 + 1 < close && i >= 2 && c->tok[i - 2].kind == QTOK_WORD ? i - 1 : close;
		if (newsdoc__quote_sentence_end(t) || (t->kind == QTOK_PUNCT && t->cp != '-'))
			return close;
	}
	return close;
}

size_t newsdoc__quote_clause_start_past_names(const clause *c, size_t e)
{
	size_t c0 = newsdoc__quote_clause_start(c, e, MAX_CLAUSE), open, names;

	if (!c->lang->verb_second)
		return c0;
	for (names = 0; names < MAX_NAMES && c0 >= 2 && c0 < e && c->tok[c0 - 1].kind == QTOK_MARK; names++) {
		open = name_open(c, c0 - 1);
		if (open == c0 - 1 || e - open > MAX_CLAUSE)
			break;
		c0 = newsdoc__quote_clause_start(c, open, MAX_CLAUSE - (e - open));
	}
	return c0;
}
