/*
 * Source phrases that close a clause before a colon quotation instead of
 * after one: "Die Lage sei ernst, so Müller weiter: „…“". The phrase is
 * the one that follows a quotation ("„…“, so Müller"; the language's
 * QPHRASE_ACCORDING_AFTER table), so no word list of its own is needed.
 */
#include "clause.h"

/* Fewest words of a fronted source that opens with a determiner ("den
 * Theologen Hans Küng"): "für die Opfer" is a purpose, not a source. */
#define FRONTED_SOURCE_MIN_DET_WORDS 4

int newsdoc__quote_v2_fronted_source(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t j, end, k;

	if (!c->lang->verb_second || c0 + 2 >= e)
		return 0;
	j = newsdoc__quote_phrase_at(c, c0, e, QPHRASE_ACCORDING_FRONTED);
	if (j == c0 || j >= e || c->tok[j].kind != QTOK_WORD)
		return 0;
	end = newsdoc__quote_np_forward(c, j, e);
	/* a name, perhaps with its title ("Trainer Krickau"), or a long
	 * determined phrase that holds one */
	if (end == j || (newsdoc__quote_cls(c, j) == QW_DETERMINER ? end - j < FRONTED_SOURCE_MIN_DET_WORDS :
		!c->tok[j].cap || newsdoc__quote_cls(c, j) != QW_NONE))
		return 0;
	for (k = j; k < end; k++)
		if (c->tok[k].kind != QTOK_WORD || (k > j && !c->tok[k].cap && !newsdoc__quote_mention_link(c, k)))
			return 0;
	/* "(SPD)" after the name */
	if (end + 2 < e && newsdoc__quote_is_punct(c, end, '(') && newsdoc__quote_is_punct(c, end + 2, ')'))
		end += 3;
	/* the finite verb right after the phrase: it filled the front */
	if (end >= e || c->tok[end].kind != QTOK_WORD || c->tok[end].cap ||
		!(newsdoc__quote_cls(c, end) == QW_NONE || newsdoc__quote_cls(c, end) == QW_AUX ||
		newsdoc__quote_cls(c, end) == QW_REPORT))
		return 0;
	newsdoc__quote_set_speaker(out, c, j, end > j && newsdoc__quote_is_punct(c, end - 1, ')') ? end - 3 : end);
	newsdoc__quote_set_cue(out, c, c0, j);
	return 1;
}

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
