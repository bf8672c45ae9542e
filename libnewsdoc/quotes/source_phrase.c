/*
 * Source phrases that close a clause before a colon quotation instead of
 * after one: "Die Lage sei ernst, so Müller weiter: „…“". The phrase is
 * the one that follows a quotation ("„…“, so Müller"; the language's
 * QPHRASE_ACCORDING_AFTER table), so no word list of its own is needed.
 */
#include "clause.h"

int newsdoc__quote_source_before_colon(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t i, j, end, name_end;

	for (i = c0 + 1; i < e; i++) {
		if (!newsdoc__quote_is_punct(c, i - 1, ','))
			continue;
		j = newsdoc__quote_phrase_at(c, i, e, QPHRASE_ACCORDING_AFTER);
		/* a name ("so Müller") or a determined phrase ("so die
		 * Gewerkschaft"), not a clause going on ("so dass …") */
		if (j == i || j >= e || (!c->tok[j].cap && newsdoc__quote_cls(c, j) != QW_DETERMINER))
			continue;
		name_end = end = newsdoc__quote_np_forward(c, j, e);
		if (end == j)
			continue;
		/* "so Müller weiter:" — only adverbs may follow the source,
		 * else the phrase belongs inside a longer clause */
		while (end < e && newsdoc__quote_adverb(c, end))
			end++;
		if (end < e)
			continue;
		newsdoc__quote_set_speaker(out, c, j, name_end);
		newsdoc__quote_set_cue(out, c, i, j);
		return 1;
	}
	return 0;
}
