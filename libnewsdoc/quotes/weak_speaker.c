/*
 * The weak speaker: when no reporting clause stands next to a quotation,
 * the subject of its own sentence ("Mrs. Clinton introduced him as “…”")
 * or of a short sentence before it ("Dianne Bystrom agreed. “…”").
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list
#define MAX_CLAUSE NEWSDOC_QUOTE_MAX_CLAUSE
/* Longest sentence before a quotation whose subject may speak it, in
 * tokens before its end mark. */
#define SHORT_SENTENCE 15
/* Longest phrase in front of a sentence's subject, set off by a comma
 * ("En Los Gallardos,"), in tokens. */
#define MAX_FRONTED 8

/* The subject at the start of a sentence, when it is a name or pronoun
 * followed by more words (its verb). */
static int sentence_subject(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t end, i, name_end;

	/* "En Los Gallardos, la teniente de alcalde …", "Visiblemente
	 * emocionado, el alcalde …": a fronted phrase, opened by a preposition
	 * or an adverb and closed by a comma, is no subject. */
	if (c0 < e && c->tok[c0].kind == QTOK_WORD && (newsdoc__quote_cls(c, c0) == QW_STOP ||
		newsdoc__quote_cls(c, c0) == QW_ADVERB || newsdoc__quote_ends_in(c, c0, c->lang->adverb_suffixes, 4))) {
		for (i = c0 + 1; i < e && i < c0 + MAX_FRONTED && !newsdoc__quote_is_punct(c, i, ','); i++)
			;
		if (i + 1 < e && newsdoc__quote_is_punct(c, i, ','))
			c0 = i + 1;
	}
	end = newsdoc__quote_np_forward(c, c0, e);
	if (end == c0 || end >= e)
		return 0;
	/* "el alcalde de Bédar, Ángel Collados, apenas encontraba": the name */
	name_end = newsdoc__quote_apposed_name(c, c0, end);
	if (name_end && name_end + 1 < e)
		;
	else if ((c->tok[end].kind != QTOK_WORD && !(c->tok[c0].cap && end >= c0 + 2 && newsdoc__quote_is_punct(c, end, ','))) ||
		(!c->tok[c0].cap && newsdoc__quote_cls(c, c0) != QW_PRONOUN))
		return 0;
	newsdoc__quote_set_speaker(out, c, c0, end);
	return 1;
}

/*
 * "Seine Werke werden von Kritikern als „…“ bezeichnet", "In den Medien
 * war der Plan als „…“ bezeichnet worden": a passive clause [c0, end)
 * around the quotation at [e, a) whose naming or reporting participle
 * names it. Its subject is what was named; the speaker is the agent
 * after "von", else the phrase a preposition opens in front of the
 * finite verb, else nobody. Returns 1 for a passive clause.
 */
static int passive_source(quote_attribution *out, const clause *c, size_t c0, size_t e, size_t a)
{
	size_t end = a, i, start, np;
	int passive = 0, verb = 0;

	while (end < c->count && end - a < MAX_CLAUSE && !newsdoc__quote_sentence_end(&c->tok[end]) &&
		c->tok[end].kind != QTOK_MARK && !newsdoc__quote_is_punct(c, end, ','))
		end++;
	/* the clause the quotation is in: from the last comma before it */
	for (i = e; i > c0 && !newsdoc__quote_is_punct(c, i - 1, ','); i--)
		;
	c0 = i;
	for (i = c0; i < end; i++) {
		if (c->tok[i].kind != QTOK_WORD || c->tok[i].cap || (i >= e && i < a))
			continue;
		if (in_list(c, i, QLEX_PASSIVE))
			passive = 1;
		else if (c->tok[i].lex & (QLEX_NAMING | QLEX_REPORT))
			verb = 1;
	}
	if (!passive || !verb)
		return 0;
	for (i = c0; i + 1 < e; i++)
		if (in_list(c, i, QLEX_AGENT) && !c->tok[i].cap &&
			(np = newsdoc__quote_np_forward(c, i + 1, e)) > i + 1) {
			newsdoc__quote_set_speaker(out, c, i + 1, np);
			return 1;
		}
	/* "In den Medien war …": a preposition in front */
	if (c->tok[c0].kind == QTOK_WORD && newsdoc__quote_cls(c, c0) == QW_STOP) {
		start = c0 + 1;
		while (start < e && c->tok[start].kind == QTOK_WORD && newsdoc__quote_cls(c, start) == QW_STOP)
			start++;
		np = newsdoc__quote_np_forward(c, start, e);
		if (np > start && np < e && newsdoc__quote_cls(c, np) == QW_AUX)
			newsdoc__quote_set_speaker(out, c, start, np);
	}
	return 1;
}

void newsdoc__quote_weak_speaker(quote_attribution *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens, const quote_span_list *spans, size_t index)
{
	const quote_mark_span *span = &spans->items[index];
	clause c = newsdoc__quote_clause(lex, text, tokens);
	size_t e, c0, p0;

	e = newsdoc__quote_first_token_at(&c, span->open);
	c0 = newsdoc__quote_clause_start(&c, e, MAX_CLAUSE);
	if (c0 < e) {
		/* Mrs. Clinton introduced him as "…": the sentence's subject. */
		if (c.lang->passive_auxiliaries && span->closed &&
			passive_source(out, &c, c0, e, newsdoc__quote_first_token_at(&c, span->close)))
			return;
		if (c.lang->verb_second)
			newsdoc__quote_v2_subject(out, &c, c0, e);
		else
			sentence_subject(out, &c, c0, e);
		return;
	}
	if (c0 == 0 || !newsdoc__quote_sentence_end(&c.tok[c0 - 1]))
		return;
	if (c.lang->verb_second) {
		/* "Sadiq Khan, einer der Abgeordneten, verurteilte die Haltung
		 * der Regierung. „…“": the subject of the sentence before, at
		 * any length, unless a quotation ends it */
		p0 = newsdoc__quote_clause_start(&c, c0 - 1, MAX_CLAUSE);
		if (p0 > 0 && !newsdoc__quote_sentence_end(&c.tok[p0 - 1]))
			return;
		newsdoc__quote_v2_subject(out, &c, p0, c0 - 1);
		return;
	}
	/* Dianne Bystrom agreed. "…": the subject of a short sentence before
	 * (one that starts within SHORT_SENTENCE tokens of its end mark); of
	 * a longer one when the cue after the quotation left its subject out
	 * ("El presidente ha pedido prudencia … «…», ha señalado."). */
	p0 = newsdoc__quote_clause_start(&c, c0 - 1, out->subject_dropped ? MAX_CLAUSE : SHORT_SENTENCE);
	if (p0 > 0 && !newsdoc__quote_sentence_end(&c.tok[p0 - 1]) && c.tok[p0 - 1].kind != QTOK_MARK)
		return;
	/* "Se alegra de …": that sentence left its subject out too. */
	if (in_list(&c, p0, QLEX_REFLEXIVE))
		return;
	sentence_subject(out, &c, p0, c0 - 1);
}
