/*
 * Subjects that follow their verb: the inverted cue after a quotation
 * ("…," said Smith; „…“, sagte sie; « … », a déclaré le ministre), a
 * verb-second clause whose front is not its subject ("Dazu sagte X:",
 * "Im Interview mit der BBC sagte er:"), a pronoun written into its verb
 * ("dit-il", "a-t-elle"), and a subject that names no one ("heißt es"),
 * whose source is the phrase around it ("In der Erklärung heißt es:").
 * Which words are adverbs, reflexives, prepositions or impersonal
 * subjects is the language table's (lang.h); the order is the rule here.
 */
#include "clause.h"

#define in_list newsdoc__quote_in_list

/* Words between a verb and its subject: "äußerte sich der Minister",
 * "sagte dazu der Sprecher". */
static size_t skip_to_subject(const clause *c, size_t i, size_t limit)
{
	while (i < limit && c->tok[i].kind == QTOK_WORD &&
		(in_list(c, i, QLEX_REFLEXIVE) || newsdoc__quote_cls(c, i) == QW_ADVERB))
		i++;
	return i;
}

int newsdoc__quote_inverted_pronoun(quote_attribution *out, const clause *c, size_t i)
{
	const quote_token *t = &c->tok[i];
	size_t k = t->end;

	if (!(t->lex & QLEX_INVERTED))
		return 0;
	while (k > t->start && c->text[k - 1] != '-')
		k--;
	if (k <= t->start || k >= t->end)
		return 0;
	out->speaker_start = k;
	out->speaker_end = t->end;
	out->pronoun = 1;
	return 1;
}

/* The phrase a preposition starts, from token i: "in der Erklärung" gives
 * "der Erklärung". Returns its end; *start its first token. */
static size_t source_phrase(const clause *c, size_t i, size_t limit, size_t *start)
{
	size_t end;

	while (i < limit && c->tok[i].kind == QTOK_WORD && newsdoc__quote_cls(c, i) == QW_STOP)
		i++;
	*start = i;
	end = newsdoc__quote_np_forward(c, i, limit);
	return end > i ? end : i;
}

/* Longest prepositional phrase between a verb and its subject, in tokens. */
#define MAX_VERB_PP 4

/* Token `at` is a preposition after a verb (a lower-case stop word that
 * opens no clause), in a language that does not put its verb second. */
static int pp_after_verb(const clause *c, size_t at)
{
	return !c->lang->verb_second && c->tok[at].kind == QTOK_WORD && !c->tok[at].cap &&
		newsdoc__quote_cls(c, at) == QW_STOP && !in_list(c, at, QLEX_RELATIVE) &&
		!in_list(c, at, QLEX_CLAUSE_OPENER) && !in_list(c, at, QLEX_COMPLEMENTIZER);
}

/*
 * "a rapporté sur Facebook le porte-parole", "dijo a la prensa el
 * ministro", "ha detto ai giornalisti il sindaco": a short prepositional
 * phrase between an inverted verb and its subject, in a language that
 * does not put its verb second. The phrase is a preposition, perhaps a
 * determiner, and nouns up to the next determiner or name; the subject
 * after it must close the clause. Returns the subject's first token, or
 * `at` when there is no such phrase.
 */
static size_t past_verb_pp(const clause *c, size_t at, size_t limit)
{
	size_t j = at + 1, end;

	if (at + 2 >= limit || !pp_after_verb(c, at))
		return at;
	if (newsdoc__quote_cls(c, j) == QW_DETERMINER)
		j++;
	while (j < limit && j < at + MAX_VERB_PP && c->tok[j].kind == QTOK_WORD &&
		newsdoc__quote_cls(c, j) == QW_NONE && !(j > at + 1 && c->tok[j].cap && !c->tok[j - 1].cap))
		j++;
	if (j >= limit || j == at + 1 || c->tok[j].kind != QTOK_WORD ||
		(newsdoc__quote_cls(c, j) != QW_DETERMINER && !(c->tok[j].cap && !c->tok[j - 1].cap)))
		return at;
	end = newsdoc__quote_np_forward(c, j, limit);
	if (end == j || !(end == limit || newsdoc__quote_is_punct(c, end, ',') ||
		newsdoc__quote_sentence_end(&c->tok[end])))
		return at;
	return j;
}

size_t newsdoc__quote_subject_after(const clause *c, size_t from, size_t limit, size_t *start)
{
	size_t k = skip_to_subject(c, from, limit), p;

	k = past_verb_pp(c, k, limit);
	/* "sagte am Montag der Minister" (adjunct_before_subject.c) */
	k = newsdoc__quote_v2_past_adjuncts(c, k, limit);

	*start = k;
	if (k >= limit)
		return k;
	/* "verurteilte den Plan in einer Mitteilung": a dative or
	 * accusative determiner opens an object, never the subject */
	if (c->lang->verb_second && newsdoc__quote_cls(c, k) == QW_DETERMINER && in_list(c, k, QLEX_OBLIQUE))
		return k;
	if (in_list(c, k, QLEX_IMPERSONAL)) {
		/* "heißt es in der Erklärung": the source after a preposition */
		p = skip_to_subject(c, k + 1, limit);
		if (p < limit && c->tok[p].kind == QTOK_WORD && newsdoc__quote_cls(c, p) == QW_STOP) {
			size_t end = source_phrase(c, p, limit, start);
			if (end > *start)
				return end;
		}
		*start = k;
		return k;
	}
	return newsdoc__quote_np_forward(c, k, limit);
}

int newsdoc__quote_impersonal_at(const clause *c, size_t i, size_t limit)
{
	i = skip_to_subject(c, i, limit);
	return i < limit && in_list(c, i, QLEX_IMPERSONAL);
}

int newsdoc__quote_fronted_source(quote_attribution *out, const clause *c, size_t c0, size_t verb)
{
	size_t start, end = source_phrase(c, c0, verb, &start);

	if (end == start)
		return 0;
	newsdoc__quote_set_speaker(out, c, start, end);
	return 1;
}

int newsdoc__quote_fronted_subject(const clause *c, size_t c0, size_t verb, size_t limit)
{
	int k;
	size_t start, end;

	if (verb == c0 || c->tok[c0].kind != QTOK_WORD)
		return 0;
	/* "Auch Karl Weber hält …": the particle stands outside the front */
	c0 = newsdoc__quote_v2_front_start(c, c0, verb);
	k = newsdoc__quote_cls(c, c0);
	if (k == QW_STOP || k == QW_ADVERB || k == QW_AUX || k == QW_REPORT)
		return 0;
	if (!c->tok[c0].cap && k != QW_PRONOUN && k != QW_DETERMINER)
		return 0;
	/* "Diesen Preis sieht der Soldat": a determiner of no subject */
	if (in_list(c, c0, QLEX_OBLIQUE) || newsdoc__quote_v2_dative_front(c, c0, verb) ||
		newsdoc__quote_v2_front_disagrees(c, c0, verb))
		return 0;
	/* "Das Angebot lehnt er ab": a pronoun that is only ever a subject
	 * right after the verb makes the front an object */
	if (verb + 1 < limit && in_list(c, verb + 1, QLEX_NOMINATIVE))
		return 0;
	/* "Unmissverständlich sagt das Gericht": one adverb in front */
	if (verb == c0 + 1 && k == QW_NONE && newsdoc__quote_ends_in(c, c0, c->lang->adverb_suffixes, 4))
		return 0;
	/* "Relativierend sagte Gall": one unknown word in front and a name or
	 * a pronoun after the verb; "Merkel sagte der Zeitung" keeps its
	 * front, the phrase after the verb being an object, and so does
	 * "Kauert sagte im Gespräch mit MDR Sachsen-Anhalt": a name after an
	 * adverbial is the adverbial's when a name stands in front. */
	if (verb == c0 + 1 && k == QW_NONE) {
		end = newsdoc__quote_subject_after(c, verb + 1, limit, &start);
		if (end > start && (newsdoc__quote_cls(c, start) == QW_PRONOUN ||
			(c->tok[start].cap && newsdoc__quote_cls(c, start) == QW_NONE)) &&
			!newsdoc__quote_v2_adjunct_in(c, verb + 1, start))
			return 0;
	}
	return 1;
}

size_t newsdoc__quote_v2_finite(const clause *c, size_t c0, size_t e)
{
	size_t k;

	/* "Als er ankam, sagte er": the verb after the subordinate clause */
	if (c0 < e && in_list(c, c0, QLEX_SUBORDINATOR)) {
		for (k = c0; k < e && !newsdoc__quote_is_punct(c, k, ','); k++)
			;
		return k + 1 < e ? k + 1 : e;
	}
	for (k = c0 + 1; k < e; k++) {
		const quote_token *t = &c->tok[k], *prev = &c->tok[k - 1];
		int cls = newsdoc__quote_cls(c, k);
		if (t->kind != QTOK_WORD)
			continue;
		if (cls == QW_AUX || cls == QW_REPORT || in_list(c, k, QLEX_NAMING))
			return k;
		/* a lower-case word of no list after a noun, a name or a comma
		 * is a verb ("im Dezember 2005": a number is none); after a
		 * determiner or a preposition an adjective */
		if (!t->cap && cls == QW_NONE && !(c->text[t->start] >= '0' && c->text[t->start] <= '9') &&
			(prev->kind == QTOK_PUNCT ? prev->cp == ',' :
			prev->kind == QTOK_WORD && prev->cap && newsdoc__quote_cls(c, k - 1) == QW_NONE))
			return k;
	}
	return e;
}

int newsdoc__quote_v2_subject(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t finite, start, end, j;

	if (c0 >= e)
		return 0;
	/* "Nach Angaben der Polizei ...", "Laut Merkel ..." */
	if ((j = newsdoc__quote_phrase_at(c, c0, e, QPHRASE_ACCORDING)) > c0) {
		end = newsdoc__quote_np_forward(c, j, e);
		if (end == j)
			return 0;
		newsdoc__quote_set_speaker(out, c, j, end);
		return 1;
	}
	finite = newsdoc__quote_v2_finite(c, c0, e);
	if (finite >= e)
		return 0;
	if (newsdoc__quote_fronted_subject(c, c0, finite, e)) {
		start = newsdoc__quote_v2_front_start(c, c0, finite);
		end = newsdoc__quote_np_forward(c, start, finite);
		/* a lower-case front is a pronoun's, or a determiner's
		 * after a focus particle ("Auch der Minister sieht") */
		if (end == start || (!c->tok[start].cap && newsdoc__quote_cls(c, start) != QW_PRONOUN &&
			start == c0))
			return 0;
		newsdoc__quote_set_speaker(out, c, start, end);
		return 1;
	}
	end = newsdoc__quote_subject_after(c, finite + 1, e, &start);
	if (end == start)
		return 0;
	newsdoc__quote_set_speaker(out, c, start, end);
	return 1;
}

int newsdoc__quote_inverted_after(quote_attribution *out, const clause *c, size_t i, size_t limit)
{
	size_t start, end, j;

	if (c->tok[i].kind != QTOK_WORD)
		return 0;
	if (newsdoc__quote_cls(c, i) == QW_REPORT && newsdoc__quote_inverted_pronoun(out, c, i)) {
		newsdoc__quote_set_cue(out, c, i, i + 1);
		out->after = 1;
		return 1;
	}
	if (newsdoc__quote_cls(c, i) != QW_AUX || i + 1 >= limit)
		return 0;
	if (newsdoc__quote_cls(c, i + 1) == QW_REPORT) {
		if (newsdoc__quote_inverted_pronoun(out, c, i)) {
			newsdoc__quote_set_cue(out, c, i, i + 2);
			out->after = 1;
			return 1;
		}
		end = newsdoc__quote_subject_after(c, i + 2, limit, &start);
		if (end > start) {
			newsdoc__quote_set_speaker(out, c, start, end);
			newsdoc__quote_set_cue(out, c, i, i + 2);
			out->after = 1;
			return 1;
		}
		return 0;
	}
	if (!c->lang->verb_second)
		return 0;
	end = newsdoc__quote_subject_after(c, i + 1, limit, &start);
	if (end == start)
		return 0;
	for (j = end; j < limit && c->tok[j].kind != QTOK_PUNCT; j++)
		if (newsdoc__quote_cls(c, j) == QW_REPORT) {
			newsdoc__quote_set_speaker(out, c, start, end);
			newsdoc__quote_set_cue(out, c, j, j + 1);
			out->after = 1;
			return 1;
		}
	return 0;
}

int newsdoc__quote_v2_before(quote_attribution *out, const clause *c, size_t c0, size_t verb, size_t e)
{
	size_t start, end, after, finite;

	if (newsdoc__quote_fronted_subject(c, c0, verb, e))
		return 0;
	after = newsdoc__quote_cue_end(c, verb, e);
	end = newsdoc__quote_subject_after(c, after, e, &start);
	/* "In der Erklärung hatte es geheißen:": the impersonal subject
	 * stands after the finite auxiliary, the participle at the end */
	finite = newsdoc__quote_v2_finite(c, c0, verb);
	if (end == start && finite < verb && newsdoc__quote_cls(c, finite) == QW_AUX &&
		newsdoc__quote_impersonal_at(c, finite + 1, verb)) {
		if (!newsdoc__quote_fronted_source(out, c, c0, finite))
			return 0;
	} else if (end == start && !(newsdoc__quote_impersonal_at(c, after, e) &&
		newsdoc__quote_fronted_source(out, c, c0, verb)))
		return 0;
	if (end > start)
		newsdoc__quote_set_speaker(out, c, start, end);
	newsdoc__quote_set_cue(out, c, verb, newsdoc__quote_cue_end(c, verb, e));
	return 1;
}

/* No subject follows from token `from` to the clause's end ("a la prensa
 * el ministro" has one). */
static int no_subject_after(const clause *c, size_t from, size_t limit)
{
	size_t start;

	return newsdoc__quote_subject_after(c, from, limit, &start) == start;
}

int newsdoc__quote_dropped_subject(quote_attribution *out, const clause *c, size_t i, size_t limit)
{
	size_t verb = i, end;

	if (!c->lang->subject_drop)
		return 0;
	/* "se queja", "ha señalado", "lo ha dicho" */
	while (verb < limit && verb < i + 3 && c->tok[verb].kind == QTOK_WORD && !c->tok[verb].cap &&
		(in_list(c, verb, QLEX_REFLEXIVE) || newsdoc__quote_cls(c, verb) == QW_AUX))
		verb++;
	if (verb >= limit || c->tok[verb].kind != QTOK_WORD || c->tok[verb].cap ||
		newsdoc__quote_cls(c, verb) != QW_REPORT)
		return 0;
	end = newsdoc__quote_cue_end(c, verb, limit);
	/* Nothing after the verb can be its subject: the sentence ends, a
	 * comma opens an aside ("…, sin poder ocultar la emoción"), or a
	 * prepositional phrase follows that no subject closes (the caller
	 * tried the inverted subject first): "se preguntaba en unas
	 * declaraciones a la radio". */
	if (end < limit && !newsdoc__quote_is_punct(c, end, ',') &&
		!(pp_after_verb(c, end) && no_subject_after(c, end, limit)))
		return 0;
	newsdoc__quote_set_cue(out, c, i, end);
	out->after = 1;
	out->subject_dropped = 1;
	return 1;
}

int newsdoc__quote_v2_front_speaker(quote_attribution *out, const clause *c, size_t c0, size_t verb, size_t e)
{
	size_t finite, end, front;

	/* the clause after a quotation starts at its comma: "„…“, Bundestrainer
	 * Löw bezeichnete …" */
	while (c0 < verb && c->tok[c0].kind == QTOK_PUNCT && (c->tok[c0].cp == ',' ||
		newsdoc__quote_is_dash(&c->tok[c0])))
		c0++;
	if (c0 >= verb)
		return 0;
	/* "Bereits im Dezember hatte Merkel in einer Rede verkündet:": the
	 * finite auxiliary stands second, the subject next to it */
	finite = newsdoc__quote_v2_finite(c, c0, e);
	if (finite < verb && newsdoc__quote_cls(c, finite) == QW_AUX)
		return newsdoc__quote_v2_subject(out, c, c0, e);
	/* "Sascha Kempf vom Institut in Heidelberg erläutert:", "Theo
	 * Zwanziger, Präsident des DFB, nannte": the front is the subject,
	 * its head the name at the start */
	if (finite != verb || !newsdoc__quote_fronted_subject(c, c0, verb, e))
		return 0;
	front = newsdoc__quote_v2_front_start(c, c0, verb);
	end = newsdoc__quote_np_forward(c, front, verb);
	if (end == front || (!c->tok[front].cap && newsdoc__quote_cls(c, front) != QW_PRONOUN &&
		front == c0))
		return 0;
	newsdoc__quote_set_speaker(out, c, front, end);
	return 1;
}

int newsdoc__quote_v2_after_source(quote_attribution *out, const clause *c, size_t i, size_t e)
{
	size_t cue = e, start, end, k;

	if (!c->lang->verb_second || i >= e || c->tok[i].kind != QTOK_WORD || c->tok[i].cap)
		return 0;
	if (newsdoc__quote_cls(c, i) == QW_REPORT) {
		cue = i;
	} else if (newsdoc__quote_cls(c, i) == QW_AUX) {
		/* "Laut Polizei hat der Fahrer gesagt:": the participle
		 * closes the clause */
		for (k = i + 1; k < e && c->tok[k].kind == QTOK_WORD; k++)
			if (newsdoc__quote_cls(c, k) == QW_REPORT && !c->tok[k].cap)
				cue = k;
	}
	/* "Laut Polizei heißt es in dem Bericht:" keeps the fronted source */
	if (cue == e || newsdoc__quote_impersonal_at(c, i + 1, e))
		return 0;
	end = newsdoc__quote_subject_after(c, i + 1, cue > i ? cue : e, &start);
	if (end == start)
		return 0;
	newsdoc__quote_set_speaker(out, c, start, end);
	newsdoc__quote_set_cue(out, c, cue, cue + 1);
	return 1;
}
