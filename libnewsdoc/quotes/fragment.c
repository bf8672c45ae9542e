/*
 * The context of a quotation that has no cue of its own, which tells a
 * quoted fragment that somebody said from a scare quote or a title: how
 * many words stand before it in its clause, whether the word before it
 * names an utterance ("chants of “…”"), and whether its sentence holds a
 * speech cue (German: "warnte vor einem „populistischen Wahlkampf“").
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list
#define MAX_CLAUSE NEWSDOC_QUOTE_MAX_CLAUSE

#define TWIN_MIN_WORDS NEWSDOC_QUOTE_TWIN_MIN_WORDS

/* The quotation that closes at mark token `close` holds at least
 * TWIN_MIN_WORDS words. */
static int long_quotation_before(const clause *c, size_t close)
{
	size_t i, n = 0;

	for (i = close; i > 0 && close - i < 4 * MAX_CLAUSE; i--) {
		if (c->tok[i - 1].kind == QTOK_MARK)
			return n >= TWIN_MIN_WORDS;
		if (c->tok[i - 1].kind == QTOK_WORD)
			n++;
	}
	return 0;
}

/* Words between the start of the clause (sentence start, comma, colon,
 * dash or another quotation) and the mark at token `e`. A conjunction
 * alone after a long quotation ("„A“ und „B“") counts none: the two
 * quotations stand side by side. */
size_t newsdoc__quote_words_before(const clause *c, size_t e)
{
	size_t i = e, n = 0;

	if (e >= 2 && c->tok[e - 2].kind == QTOK_MARK && in_list(c, e - 1, QLEX_COORDINATOR) &&
		long_quotation_before(c, e - 2))
		return 0;
	while (i > 0 && e - i < MAX_CLAUSE) {
		const quote_token *t = &c->tok[i - 1];
		if (t->kind == QTOK_MARK || newsdoc__quote_sentence_end(t) ||
			(t->kind == QTOK_PUNCT && (t->cp == ',' || t->cp == ':' || t->cp == ';' ||
			t->cp == '(' || newsdoc__quote_is_dash(t))))
			break;
		if (t->kind == QTOK_WORD)
			n++;
		i--;
	}
	return n;
}

/*
 * Quotations inside a sentence that a cue introduces from a distance are
 * mostly scare quotes or titles, but words named as chanted, shouted or
 * read out ("marchers were chanting “Dump Trump.”", "a hat reading, “Make
 * Mexico Great Again”", "an ad titled “Scam.”", "chants of “…”") are what
 * somebody said or wrote: the word right before the mark at token `e`
 * says so (a comma may stand between them).
 */
int newsdoc__quote_utterance_before(const clause *c, size_t e)
{
	size_t i = e;

	if (i > 0 && newsdoc__quote_is_punct(c, i - 1, ','))
		i--;
	if (i == 0)
		return 0;
	if (c->tok[i - 1].lex & QLEX_UTTERANCE)
		return 1;
	return i >= 2 && in_list(c, i - 1, QLEX_UTTERANCE_LINK) && in_list(c, i - 2, QLEX_UTTERANCE_OF);
}

/* German puts the subject after a fronted phrase's verb and adverbials
 * after the subject, so the chanting verb need not stand next to the
 * chant: "Vor dem Parlament skandierten die Demonstranten „…“", "Die
 * Menge rief am Abend „…“". No comma, colon or other quotation between
 * them, and no preposition right before the mark. */
int newsdoc__quote_utterance_cue(const quote_attribution *out, const clause *c, size_t e)
{
	size_t verb, i;

	if (!c->lang->verb_second || out->cue_end == out->cue_start)
		return 0;
	verb = newsdoc__quote_first_token_at(c, out->cue_start);
	if (verb >= e || e - verb > MAX_CLAUSE || c->tok[verb].cap || !(c->tok[verb].lex & QLEX_UTTERANCE))
		return 0;
	for (i = verb + 1; i < e; i++)
		if (c->tok[i].kind != QTOK_WORD && !newsdoc__quote_is_punct(c, i, '-'))
			return 0;
	/* "rief die Muslime zum „Heiligen Krieg“ auf": a preposition before
	 * the mark makes the words the object of a call, not its words */
	return !(e > verb + 1 && newsdoc__quote_cls(c, e - 1) == QW_STOP);
}

/* A speech cue among the tokens [i, j): a report or naming verb (lower
 * case, not a noun). A term word there
 * ("sogenannte", "Begriff") says the quoted words are a name. */
static int speech_in(const clause *c, size_t i, size_t j, int *term)
{
	int cue = 0;

	for (; i < j; i++) {
		if (c->tok[i].kind != QTOK_WORD)
			continue;
		if (c->tok[i].lex & QLEX_TERM)
			*term = 1;
		if ((c->tok[i].lex & (QLEX_REPORT | QLEX_NAMING)) && !c->tok[i].cap)
			cue = 1;
	}
	return cue;
}

/* Where the stretch of the clause before quoted words that may hold
 * their cue starts: after its last colon (what follows a colon is a
 * clause of its own: "Putin verkündete zwei Feiertage: Am 30. April soll
 * „…“ begangen werden"), and after its last comma when the clause opens
 * right after another quotation ("„A“ nennt und …, sondern der Regierung
 * „B“": a verb before the comma is the other quotation's). */
static size_t cue_stretch_start(const clause *c, size_t c0, size_t e)
{
	size_t i;
	int after_mark = c0 > 0 && c->tok[c0 - 1].kind == QTOK_MARK;

	for (i = e; i > c0; i--)
		if (newsdoc__quote_is_punct(c, i - 1, ':') || (after_mark && newsdoc__quote_is_punct(c, i - 1, ',')))
			return i;
	return c0;
}

/*
 * A quoted fragment with no cue of its own: in a language that lists
 * fragment_terms, the words count as said when the clause before the mark
 * holds a speech cue ("riet zu „Gelassenheit“", "warnte vor einem
 * „populistischen Wahlkampf“"), or a naming link opens them and the cue
 * follows ("als „Fest“ bezeichnete"); not when a term word stands in the
 * sentence ("der sogenannte „Soli“"), another preposition opens them (a
 * place or a paper: "in der „Correio da Manhã“"), a cue after them has
 * them as its subject ("Wie „heise online“ berichtet"), or they are
 * capitalised words only (a name: „Channel 10“).
 */
/* A naming verb among the tokens [i, j) ("als „…“ bezeichnet"). */
static int naming_in(const clause *c, size_t i, size_t j)
{
	for (; i < j; i++)
		if (c->tok[i].kind == QTOK_WORD && (c->tok[i].lex & QLEX_NAMING) && !c->tok[i].cap)
			return 1;
	return 0;
}

/* "Seiner Ansicht nach „…“", "Ihren Worten zufolge „…“": a noun of
 * opinion and its postposition right before the mark at token `e`. */
static int opinion_before(const clause *c, size_t e)
{
	return e >= 2 && newsdoc__quote_word_is(c->lang->opinion_postpositions, c->text, &c->tok[e - 1]) &&
		newsdoc__quote_word_is(c->lang->opinion_nouns, c->text, &c->tok[e - 2]);
}

int newsdoc__quote_fragment_cue(const clause *c, size_t e, size_t a)
{
	size_t c0 = newsdoc__quote_clause_start(c, e, MAX_CLAUSE), end = a, before = e, i;
	int term = 0, cue, lower = 0, link, named;
	size_t words = 0;

	if (!c->lang->fragment_terms)
		return 0;
	/* a word in lower case, or a noun no name is made of ("„Gelassenheit
	 * und Aufmerksamkeit“"; "Zeitung" ends an organisation's name) */
	for (i = e + 1; i < a; i++) {
		if (c->tok[i].kind != QTOK_WORD)
			continue;
		words++;
		if ((!c->tok[i].cap && !(c->tok[i].lex & QLEX_SMALL)) ||
			newsdoc__quote_common_noun(c->lang, c->text, &c->tok[i]))
			lower = 1;
	}
	/* one word there ("meiner Meinung nach „gut“") is a scare quote */
	if (lower && words > 1 && opinion_before(c, e))
		return 1;
	while (before > c0 && newsdoc__quote_cls(c, before - 1) == QW_DETERMINER)
		before--;
	/* a link that opens the clause is a conjunction ("Wie „heise
	 * online“ berichtet") */
	link = before > c0 + 1 && in_list(c, before - 1, QLEX_NAMING_LINK);
	if (before > c0 && !link && newsdoc__quote_cls(c, before - 1) == QW_STOP)
		return 0;
	while (end < c->count && end - a < MAX_CLAUSE && !newsdoc__quote_sentence_end(&c->tok[end]) &&
		c->tok[end].kind != QTOK_MARK)
		end++;
	/* "werden … als „Meilensteine der Musik“ bezeichnet": what a naming
	 * verb after them calls something, even in capitals only; one word
	 * ("als „Anführer“ bezeichnet") is as often the writer's term */
	named = link && before == e && words > 1 &&
		newsdoc__quote_word_is(c->lang->naming_as_links, c->text, &c->tok[e - 1]) && naming_in(c, a, end);
	if (!lower && !named)
		return 0;
	cue = speech_in(c, cue_stretch_start(c, c0, e), e, &term);
	if (link)
		cue |= speech_in(c, a, end, &term);
	else
		speech_in(c, a, end, &term);
	return !cue || term ? 0 : named ? QUOTE_FRAGMENT_NAMED : 1;
}

/* Longest source mention in a sentence-opening phrase, in words. */
#define MAX_SOURCE_WORDS 5

int newsdoc__quote_sentence_source(quote_attribution *out, const clause *c, size_t e)
{
	size_t s = newsdoc__quote_sentence_start(c->tok, e, 2 * MAX_CLAUSE), j, end;

	/* (s == e: no sentence start in reach, and no phrase in [e, e)) */
	j = newsdoc__quote_phrase_at(c, s, e, QPHRASE_ACCORDING | QPHRASE_ACCORDING_FRONTED);
	if (j <= s || j >= e)
		return 0;
	/* a name, or a determiner and a noun or two ("la syndicaliste"); the
	 * comma right after it */
	end = newsdoc__quote_np_forward(c, j, e);
	if (end <= j || end >= e || end - j > MAX_SOURCE_WORDS || !newsdoc__quote_is_punct(c, end, ','))
		return 0;
	if (!c->tok[j].cap && newsdoc__quote_cls(c, j) != QW_DETERMINER)
		return 0;
	newsdoc__quote_set_speaker(out, c, j, end);
	newsdoc__quote_set_cue(out, c, s, j);
	return 1;
}
