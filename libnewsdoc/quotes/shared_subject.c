/*
 * A reporting verb before a quotation joined to an earlier verb of its
 * sentence, in a verb-second language, shares that verb's subject:
 * "Weber bedankt sich für die Frage der Zuschauerin und sagt dann: „…“",
 * "Der Randalierer biss den Fluggast und rief: „…“". Without this the
 * words before the verb in its own clause ("der Zuschauerin") were taken
 * as the speaker. Which words join verbs is the table's (coordinators).
 * (A relative clause's verb, "Anna Roth, die sagte:", keeps its pronoun
 * as the speaker: German Wikinews names "die" and "der" so.)
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list

/* Longest sentence walked back to find the first verb's subject, in
 * tokens. */
#define MAX_SENTENCE (2 * NEWSDOC_QUOTE_MAX_CLAUSE)

/* "… und sagt dann:": a conjunction right before the verb; the subject
 * is the sentence's, before the conjunction. A word between them ("und
 * dazu sagte der Minister") fronts a clause of its own, whose subject
 * follows its verb. */
static int joined_verb(quote_attribution *out, const clause *c, size_t verb)
{
	size_t and_at = verb - 1, s0;

	if (verb == 0 || c->tok[and_at].kind != QTOK_WORD || c->tok[and_at].cap ||
		!in_list(c, and_at, QLEX_COORDINATOR))
		return 0;
	s0 = newsdoc__quote_sentence_start(c->tok, and_at, MAX_SENTENCE);
	/* "Doch der Minister sieht … und erklärte:": the conjunction in
	 * front stands outside the first clause */
	if (s0 + 1 < and_at && in_list(c, s0, QLEX_COORDINATOR))
		s0++;
	if (s0 >= and_at)
		return 0;
	return newsdoc__quote_v2_subject(out, c, s0, and_at);
}

int newsdoc__quote_shared_subject(quote_attribution *out, const clause *c, size_t c0, size_t verb,
	size_t e)
{
	(void)c0;
	(void)e;
	if (!c->lang->verb_second || c->tok[verb].cap)
		return 0;
	return joined_verb(out, c, verb);
}
