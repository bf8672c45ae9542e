/*
 * A clause that names the source of what is quoted with its verb last:
 * "Wie Karl Weber der Zeitung sagte, „…“", "„…“, wie die Polizei
 * mitteilte." The conjunction that opens it is the language table's
 * (lang.h: according_clauses); its subject follows it directly, before
 * objects and adverbials, so the words just before the verb ("der
 * Zeitung") are not the speaker.
 */
#include "clause.h"

int newsdoc__quote_according_clause(quote_attribution *out, const clause *c, size_t i, size_t limit)
{
	size_t verb, end;

	if (i + 2 >= limit || c->tok[i].kind != QTOK_WORD || !(c->tok[i].lex & QLEX_ACCORDING_CLAUSE))
		return 0;
	for (verb = i + 1; verb < limit && c->tok[verb].kind == QTOK_WORD; verb++)
		if (newsdoc__quote_cls(c, verb) == QW_REPORT && !c->tok[verb].cap)
			break;
	/* the verb closes the clause: a comma, a colon, the sentence's end */
	if (verb >= limit || c->tok[verb].kind != QTOK_WORD ||
		(verb + 1 < limit && c->tok[verb + 1].kind == QTOK_WORD))
		return 0;
	end = newsdoc__quote_np_forward(c, i + 1, verb);
	if (end == i + 1)
		return 0;
	newsdoc__quote_set_speaker(out, c, i + 1, end);
	newsdoc__quote_set_cue(out, c, verb, verb + 1);
	return 1;
}

int newsdoc__quote_according_clause_in(quote_attribution *out, const clause *c, size_t s, size_t e)
{
	size_t i;

	for (i = s; i < e; i++)
		if ((i == s || newsdoc__quote_is_punct(c, i - 1, ',')) && newsdoc__quote_according_clause(out, c, i, e))
			return 1;
	return 0;
}
