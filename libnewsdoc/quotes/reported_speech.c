/*
 * Reported speech in the subjunctive: "Figeľ bekräftigte das Engagement
 * der Kommission. Die Pflichten der Union seien im Vertrag festgelegt:
 * „…“". A German sentence whose finite verb is a Konjunktiv I form
 * ("sei", "habe", "könne") and that holds no reporting verb is the
 * words of a source named earlier, not its subject's: the quotation it
 * leads to is that source's. The source is found a few sentences back,
 * across more such sentences, in the first one with a reporting verb
 * ("Figeľ bekräftigte …", "Wie die Premierministerin, Anna Bligh,
 * erklärte, habe sie …").
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list

/* Sentences walked back over, and the longest one read, in tokens. */
#define MAX_REPORTED_SENTENCES 3
#define MAX_SENTENCE_TOKENS 160

/* Tokens [s, e) hold a lower-case subjunctive verb and no reporting verb;
 * 0 too when a quotation mark stands there (that sentence quotes, it does
 * not report). */
static int reported_only(const clause *c, size_t s, size_t e, int *has_report)
{
	size_t i;
	int subjunctive = 0;

	*has_report = 0;
	for (i = s; i < e; i++) {
		if (c->tok[i].kind == QTOK_MARK)
			return 0;
		if (c->tok[i].kind != QTOK_WORD || c->tok[i].cap)
			continue;
		if (newsdoc__quote_cls(c, i) == QW_REPORT)
			*has_report = 1;
		if (in_list(c, i, QLEX_SUBJUNCTIVE))
			subjunctive = 1;
	}
	return subjunctive && !*has_report;
}

/* The source of a sentence [s, e) that holds a reporting verb: a "wie X
 * sagte" clause at its start or after a comma, else its verb-second
 * subject. */
static int reporting_source(quote_attribution *out, const clause *c, size_t s, size_t e)
{
	return newsdoc__quote_according_clause_in(out, c, s, e) || newsdoc__quote_v2_subject(out, c, s, e);
}

int newsdoc__quote_reported_source(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t s, end, hop;
	int has_report;

	if (!c->lang->subjunctive_verbs || c0 == 0 || !newsdoc__quote_sentence_end(&c->tok[c0 - 1]) ||
		!reported_only(c, c0, e, &has_report))
		return 0;
	end = c0 - 1;  /* the sentence end mark of the sentence before */
	for (hop = 0; hop < MAX_REPORTED_SENTENCES && end > 0; hop++) {
		s = newsdoc__quote_sentence_start(c->tok, end, MAX_SENTENCE_TOKENS);
		if (s >= end)
			return 0;
		if (!reported_only(c, s, end, &has_report))
			return has_report && reporting_source(out, c, s, end);
		if (s == 0 || !newsdoc__quote_sentence_end(&c->tok[s - 1]))
			return 0;
		end = s - 1;
	}
	return 0;
}
