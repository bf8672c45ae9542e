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
#define PREVIOUS_SENTENCE_REACH 160
/* Longest phrase in front of a sentence's subject, set off by a comma
 * ("En Los Gallardos,"), in tokens. */
#define MAX_FRONTED 8

/* The comma closing a phrase of at most MAX_FRONTED tokens from c0, with
 * more words after it before e; 0 when there is none. */
static size_t fronted_comma(const clause *c, size_t c0, size_t e)
{
	size_t i;

	for (i = c0 + 1; i < e && i < c0 + MAX_FRONTED && !newsdoc__quote_is_punct(c, i, ','); i++)
		;
	return i + 1 < e && newsdoc__quote_is_punct(c, i, ',') ? i : 0;
}

/* The subject at the start of a sentence, when it is a name or pronoun
 * followed by more words (its verb). */
static int sentence_subject(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t end, i, name_end;
	/* at a sentence's start, a fronted phrase leaves its subject's
	 * determiner in lower case ("De cara al futuro, la Asociación …") */
	int sentence_start = c0 == 0 || newsdoc__quote_sentence_end(&c->tok[c0 - 1]);
	size_t first = c0;

	/* "En Los Gallardos, la teniente de alcalde …", "Visiblemente
	 * emocionado, el alcalde …": a fronted phrase, opened by a preposition
	 * or an adverb and closed by a comma, is no subject. */
	if (c0 < e && c->tok[c0].kind == QTOK_WORD && (newsdoc__quote_cls(c, c0) == QW_STOP ||
		newsdoc__quote_cls(c, c0) == QW_ADVERB || newsdoc__quote_ends_in(c, c0, c->lang->adverb_suffixes, 4))) {
		if ((i = fronted_comma(c, c0, e)) != 0)
			c0 = i + 1;
		/* "Pero esta vecina muestra …": a conjunction before it */
		else if (c0 + 1 < e && in_list(c, c0, QLEX_COORDINATOR) &&
			newsdoc__quote_cls(c, c0 + 1) == QW_DETERMINER)
			c0++;
	}
	/* "Minutos antes del encuentro, Albares ha recalcado": a fronted
	 * phrase of any kind when the name after its comma stands before a
	 * report verb or an auxiliary */
	if ((i = fronted_comma(c, c0, e)) != 0 &&
		(end = newsdoc__quote_np_forward(c, i + 1, e)) > i + 1 && end < e &&
		(newsdoc__quote_cls(c, end) == QW_REPORT || newsdoc__quote_cls(c, end) == QW_AUX))
		c0 = i + 1;
	end = newsdoc__quote_np_forward(c, c0, e);
	if (end == c0 || end >= e)
		return 0;
	/* "el alcalde de Bédar, Ángel Collados, apenas encontraba": the name */
	name_end = newsdoc__quote_apposed_name(c, c0, end);
	if (name_end && name_end + 1 < e)
		;
	else if ((c->tok[end].kind != QTOK_WORD && !(c->tok[c0].cap && end >= c0 + 2 && newsdoc__quote_is_punct(c, end, ','))) ||
		(!c->tok[c0].cap && newsdoc__quote_cls(c, c0) != QW_PRONOUN &&
		 !(sentence_start && c0 > first && newsdoc__quote_cls(c, c0) == QW_DETERMINER)))
		return 0;
	newsdoc__quote_set_speaker(out, c, c0, end);
	return 1;
}

/* "Además insistió en …: «…»": the clause opens with its report verb
 * (after adverbs), its subject left out. */
static int verb_first(const clause *c, size_t c0, size_t e)
{
	size_t i;

	for (i = c0; i < e && newsdoc__quote_adverb(c, i); i++)
		;
	return i < e && (newsdoc__quote_cls(c, i) == QW_REPORT || newsdoc__quote_cls(c, i) == QW_AUX);
}

/* The subject of the sentence that ends right before token c0, of up to
 * PREVIOUS_SENTENCE_REACH tokens (long news sentences run to 80): a
 * dropped subject is that sentence's. The reach bounds the walk on a
 * paragraph with no sentence end. */
static void previous_subject(quote_attribution *out, const clause *c, size_t c0)
{
	size_t p0;

	/* the sentence's start, past any quoted words inside it */
	for (p0 = c0 - 1; p0 > 0 && c0 - p0 < PREVIOUS_SENTENCE_REACH &&
		!newsdoc__quote_sentence_end(&c->tok[p0 - 1]); p0--)
		;
	if (p0 > 0 && !newsdoc__quote_sentence_end(&c->tok[p0 - 1]))
		return;
	/* "Se alegra de …": that sentence left its subject out too. */
	if (in_list(c, p0, QLEX_REFLEXIVE))
		return;
	sentence_subject(out, c, p0, c0 - 1);
}

/*
 * A quotation that a colon introduces after a long sentence with no cue:
 * "De cara al futuro, la Asociación Vecinal … se mantendrá en la misma
 * línea y establecerá contacto con …, con la preocupación principal de
 * …: «…»". The clause before the colon is the sentence's last, not its
 * subject's; the subject is at the sentence's start (its first clause
 * ends at a comma, which ends no sentence). Returns 1 when found.
 */
static int colon_sentence_subject(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t s;

	if (e == 0 || !newsdoc__quote_is_punct(c, e - 1, ':') || c0 == 0 ||
		newsdoc__quote_sentence_end(&c->tok[c0 - 1]))
		return 0;
	for (s = c0 - 1; s > 0 && c0 - s < PREVIOUS_SENTENCE_REACH &&
		!newsdoc__quote_sentence_end(&c->tok[s - 1]) && c->tok[s - 1].kind != QTOK_MARK; s--)
		;
	if (s > 0 && !newsdoc__quote_sentence_end(&c->tok[s - 1]))
		return 0;
	return sentence_subject(out, c, s, e - 1);
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

/* The start of the sentence that ends at token e, walking back over
 * quoted fragments with no sentence end inside ("El ministro reafirmó
 * que es “la única alternativa” para el conflicto."), within MAX_CLAUSE
 * tokens. */
static size_t start_past_fragments(const clause *c, size_t e)
{
	size_t p0 = newsdoc__quote_clause_start(c, e, MAX_CLAUSE), open;

	while (p0 > 1 && c->tok[p0 - 1].kind == QTOK_MARK && e - p0 < MAX_CLAUSE) {
		for (open = p0 - 1; open > 0 && c->tok[open - 1].kind != QTOK_MARK &&
			!newsdoc__quote_sentence_end(&c->tok[open - 1]); open--)
			;
		if (open == 0 || c->tok[open - 1].kind != QTOK_MARK || open - 1 == 0)
			break;
		p0 = newsdoc__quote_clause_start(c, open - 1, MAX_CLAUSE);
	}
	return p0;
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
		if (c.lang->passive_auxiliaries && span->closed &&
			passive_source(out, &c, c0, e, newsdoc__quote_first_token_at(&c, span->close)))
			return;
		/* Mrs. Clinton introduced him as "…": the sentence's subject. */
		if (c.lang->verb_second)
			newsdoc__quote_v2_subject(out, &c, c0, e);
		else if (!sentence_subject(out, &c, c0, e) && !colon_sentence_subject(out, &c, c0, e) &&
			c.lang->subject_drop &&
			verb_first(&c, c0, e) && c0 > 0 && newsdoc__quote_sentence_end(&c.tok[c0 - 1]))
			previous_subject(out, &c, c0);
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
		/* "Figeľ bekräftigte … Die Pflichten seien … . „…“" */
		if (newsdoc__quote_reported_source(out, &c, p0, c0 - 1))
			return;
		newsdoc__quote_v2_subject(out, &c, p0, c0 - 1);
		return;
	}
	/* Dianne Bystrom agreed. "…": the subject of a short sentence before
	 * (one that starts within SHORT_SENTENCE tokens of its end mark); of
	 * a longer one when the cue after the quotation left its subject out
	 * ("El presidente ha pedido prudencia … «…», ha señalado."). */
	p0 = out->subject_dropped ? start_past_fragments(&c, c0 - 1) :
		newsdoc__quote_clause_start(&c, c0 - 1, SHORT_SENTENCE);
	if (p0 > 0 && !newsdoc__quote_sentence_end(&c.tok[p0 - 1]) && c.tok[p0 - 1].kind != QTOK_MARK)
		return;
	/* "Se alegra de …": that sentence left its subject out too. */
	if (in_list(&c, p0, QLEX_REFLEXIVE))
		return;
	sentence_subject(out, &c, p0, c0 - 1);
}

void newsdoc__quote_last_subject(quote_attribution *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens)
{
	clause c = newsdoc__quote_clause(lex, text, tokens);
	size_t e = c.count;

	/* the paragraph ends a sentence: a caption or a heading has no verb
	 * to speak with */
	if (e < 2 || !newsdoc__quote_sentence_end(&c.tok[e - 1]))
		return;
	previous_subject(out, &c, e);
}
