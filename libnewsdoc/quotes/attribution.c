/*
 * Who said it: the reporting clause next to a quotation. After the quote
 * ("…," Smith said / said Smith / Smith, the minister, said / according to
 * Smith / — Smith) is tried first, as news writing puts it there most; then
 * the clause before it (Smith said: “…” / Smith told reporters, “…” /
 * Smith's words were shared: “…”). Everything is bounded by the sentence
 * and a few tokens, so the work is linear in the block's length.
 */
#include <string.h>

#include "clause.h"

#define in_list newsdoc__quote_in_list
#define mention_link newsdoc__quote_mention_link
#define adverb newsdoc__quote_adverb
#define np_start newsdoc__quote_np_start

#define first_token_at newsdoc__quote_first_token_at
#define clause_start newsdoc__quote_clause_start
#define apposed_name newsdoc__quote_apposed_name

#define MAX_CLAUSE NEWSDOC_QUOTE_MAX_CLAUSE
/* How far before the mark a reporting verb may stand, in tokens. */
#define BEFORE_REACH 7
/* Longest subject before a reporting verb, in tokens. */
#define MAX_SUBJECT 12
/* Longest name in apposition after a description, in tokens. */
#define MAX_APPOSITION 6

/*
 * A description followed by the name it describes, set off by a comma:
 * "le PDG, Pekka Lundmark", "el alcalde de Lubrín, Domingo José Ramos",
 * "the company's chief executive, Jane Doe,". The name is the speaker.
 * Returns the name's end (its start is to + 1), or 0 when [from, to) is
 * not a description (a name, a pronoun) or no name follows.
 */
size_t newsdoc__quote_apposed_name(const clause *c, size_t from, size_t to)
{
	size_t j, end;

	if (to + 1 >= c->count || !newsdoc__quote_is_punct(c, to, ','))
		return 0;
	if (c->tok[from].cap && newsdoc__quote_cls(c, from) != QW_DETERMINER)
		return 0;
	if (newsdoc__quote_cls(c, from) == QW_PRONOUN)
		return 0;
	end = to + 1;
	for (j = to + 1; j < c->count && j < to + 1 + MAX_APPOSITION; j++) {
		if (c->tok[j].kind != QTOK_WORD)
			break;
		if (!c->tok[j].cap && !((c->tok[j].lex & QLEX_CONNECTOR) && j + 1 < c->count && c->tok[j + 1].cap))
			break;
		if (newsdoc__quote_cls(c, j) != QW_NONE && !(c->tok[j].lex & (QLEX_TITLE | QLEX_CONNECTOR)))
			break;
		end = j + 1;
	}
	/* Two words at least ("Pekka Lundmark"); one is too often a place
	 * ("the mayor of the city, Paris"). The name ends the clause or
	 * closes with a comma. */
	if (end < to + 3 || !c->tok[end - 1].cap)
		return 0;
	if (end < c->count && c->tok[end].kind == QTOK_WORD && newsdoc__quote_cls(c, end) != QW_REPORT &&
		newsdoc__quote_cls(c, end) != QW_AUX)
		return 0;
	if (end < c->count && c->tok[end].kind == QTOK_PUNCT && !newsdoc__quote_is_punct(c, end, ',') &&
		!newsdoc__quote_sentence_end(&c->tok[end]))
		return 0;
	return end;
}

void newsdoc__quote_set_speaker(quote_attribution *out, const clause *c, size_t from, size_t to)
{
	size_t name_end = apposed_name(c, from, to);

	if (name_end) {
		from = to + 1;
		to = name_end;
	}
	out->speaker_start = c->tok[from].start;
	out->speaker_end = c->tok[to - 1].end;
	out->pronoun = to == from + 1 && newsdoc__quote_cls(c, from) == QW_PRONOUN;
}

void newsdoc__quote_set_cue(quote_attribution *out, const clause *c, size_t from, size_t to)
{
	out->cue_start = c->tok[from].start;
	out->cue_end = c->tok[to - 1].end;
	out->found = 1;
}

size_t newsdoc__quote_cue_end(const clause *c, size_t verb, size_t limit)
{
	size_t end = newsdoc__quote_phrase_at(c, verb, limit, QPHRASE_CUE);

	return end > verb ? end : verb + 1;
}

/* Reporting verbs in -ing form take the subject of the main clause. */
static int participle(const clause *c, size_t i)
{
	return newsdoc__quote_ends_in(c, i, c->lang->participle_suffixes, 4);
}

size_t newsdoc__quote_clause_start(const clause *c, size_t e, size_t reach)
{
	size_t c0 = e;

	while (c0 > 0 && e - c0 < reach && !newsdoc__quote_sentence_end(&c->tok[c0 - 1]) &&
		c->tok[c0 - 1].kind != QTOK_MARK)
		c0--;
	return c0;
}

/* A lower-case word in a past or present tense form ("pressed", "offers"). */
int newsdoc__quote_verb_like(const clause *c, size_t i)
{
	if (c->tok[i].kind != QTOK_WORD || c->tok[i].cap || newsdoc__quote_cls(c, i) != QW_NONE ||
		c->tok[i].end - c->tok[i].start < 4)
		return 0;
	if (i + 1 < c->count && in_list(c, i + 1, QLEX_VERB_PARTICLE))
		return 1;  /* "shot back", "lashed out" */
	return newsdoc__quote_ends_in(c, i, c->lang->verb_suffixes, 0) &&
		!newsdoc__quote_ends_in(c, i, c->lang->not_verb_suffixes, 0);
}

static int subject_before(quote_attribution *out, const clause *c, size_t c0, size_t verb);

/*
 * Words between a quotation and its verb name the speaker: a pronoun, a
 * name, a determiner phrase, or a description that holds a name ("super
 * PAC spokeswoman Kellyanne Conway") or ends in a group ("political
 * analysts").
 */
static int subject_ok(const clause *c, size_t from, size_t to)
{
	size_t k;
	int has_cap = 0;

	for (k = from; k < to; k++) {
		int kk = newsdoc__quote_cls(c, k);
		if (c->tok[k].kind != QTOK_WORD || kk == QW_REPORT || kk == QW_AUX)
			return 0;
		/* "Smith and Jones", "a spokesman for the city"; other small
		 * words make a clause ("Cameron will work with whoever"). */
		if (kk == QW_STOP && !mention_link(c, k) && !in_list(c, k, QLEX_JOINER))
			return 0;
		has_cap |= c->tok[k].cap;
	}
	if (np_start(c, from))
		return 1;
	if (newsdoc__quote_cls(c, from) != QW_NONE)
		return 0;
	return has_cap || (c->tok[to - 1].lex & QLEX_GROUP);
}

/* The words after the quotation: a = first token, b = bound. */
static void after_quote(quote_attribution *out, const clause *c, size_t a, size_t b)
{
	size_t i = a, j, verb = b, end, limit = a;

	while (i < b && c->tok[i].kind == QTOK_PUNCT && (c->tok[i].cp == ',' || c->tok[i].cp == ')'))
		i++;
	/* The sentence the attribution is in. */
	for (limit = i; limit < b && limit < i + MAX_CLAUSE; limit++)
		if (newsdoc__quote_sentence_end(&c->tok[limit]) || c->tok[limit].kind == QTOK_MARK ||
			newsdoc__quote_is_punct(c, limit, ';') || (limit > i && newsdoc__quote_is_punct(c, limit, ':')))
			break;
	if (i >= limit)
		return;
	out->sentence_end = c->tok[limit - 1].end;
	if (limit < b && newsdoc__quote_sentence_end(&c->tok[limit]))
		out->sentence_end = c->tok[limit].end;
	/* — Name */
	if (newsdoc__quote_is_dash(&c->tok[i])) {
		end = newsdoc__quote_np_forward(c, i + 1, limit);
		if (end > i + 1 && c->tok[i + 1].cap && (end == limit || newsdoc__quote_is_punct(c, end, ','))) {
			newsdoc__quote_set_speaker(out, c, i + 1, end);
			newsdoc__quote_set_cue(out, c, i, i + 1);
			out->after = 1;
		}
		return;
	}
	if ((j = newsdoc__quote_phrase_at(c, i, limit, QPHRASE_ACCORDING | QPHRASE_ACCORDING_AFTER)) > i) {
		end = newsdoc__quote_np_forward(c, j, limit);
		if (end > j) {
			newsdoc__quote_set_speaker(out, c, j, end);
			newsdoc__quote_set_cue(out, c, i, j);
			out->after = 1;
		}
		return;
	}
	/* „…“, wie die Polizei mitteilte. */
	if (newsdoc__quote_according_clause(out, c, i, limit)) {
		out->after = 1;
		return;
	}
	/* « … », dit-il / a-t-il dit / a déclaré le ministre / hatte VW-Chef
	 * Winterkorn erklärt */
	if (newsdoc__quote_inverted_after(out, c, i, limit))
		return;
	/* « … », añadió. / ha señalado. / se queja. */
	if (newsdoc__quote_dropped_subject(out, c, i, limit))
		return;
	/* Room for an apposition: Harry Bond, 30, of Raleigh, N.C., who
	 * was among those polled, said */
	for (j = i; j < limit && j < i + MAX_SUBJECT + 14; j++) {
		if (newsdoc__quote_cls(c, j) == QW_REPORT && !(j > i && c->tok[j].cap)) {
			verb = j;
			break;
		}
	}
	if (verb == b) {
		/* Hannity pressed. / he conceded, / Trump shot back. */
		size_t verb_end;
		end = newsdoc__quote_np_forward(c, i, limit);
		if (end == i || end >= limit || !newsdoc__quote_verb_like(c, end) ||
			!(c->tok[i].cap || newsdoc__quote_cls(c, i) == QW_PRONOUN))
			return;
		verb_end = end + 1;
		if (verb_end < limit && in_list(c, verb_end, QLEX_VERB_PARTICLE))
			verb_end++;
		if (verb_end == limit || newsdoc__quote_is_punct(c, verb_end, ',') || newsdoc__quote_cls(c, verb_end) == QW_STOP) {
			newsdoc__quote_set_speaker(out, c, i, end);
			newsdoc__quote_set_cue(out, c, end, verb_end);
			out->after = 1;
		}
		return;
	}
	if (verb == i) {
		size_t start = verb + 1;
		/* said Smith / said the representative; "heißt es in dem
		 * Schreiben": the source after an impersonal subject's
		 * preposition, or none */
		if (newsdoc__quote_impersonal_at(c, start, limit)) {
			end = newsdoc__quote_subject_after(c, start, limit, &start);
			if (end == start) {
				newsdoc__quote_set_cue(out, c, verb, verb + 1);
				out->after = 1;
				return;
			}
		} else if ((end = newsdoc__quote_np_forward(c, start, limit)) == start ||
			in_list(c, start, QLEX_OBLIQUE))
			/* "dijo a la prensa el ministro", "sagte dem Sender
			 * der Minister" */
			end = newsdoc__quote_subject_after(c, start, limit, &start);
		if (end == start)
			return;
		newsdoc__quote_set_speaker(out, c, start, end);
		newsdoc__quote_set_cue(out, c, verb, newsdoc__quote_cue_end(c, verb, limit));
		out->after = 1;
		return;
	}
	/* Smith said / Smith, the minister, said / he later said / Smith has said */
	{
		size_t subject_end = verb, cue_start = verb, k;
		while (subject_end > i && (newsdoc__quote_cls(c, subject_end - 1) == QW_AUX || adverb(c, subject_end - 1))) {
			subject_end--;
			if (newsdoc__quote_cls(c, subject_end) == QW_AUX)
				cue_start = subject_end;
		}
		for (k = i; k < subject_end; k++)
			if (newsdoc__quote_is_punct(c, k, ',') || newsdoc__quote_is_punct(c, k, '(')) {
				subject_end = k;
				break;
			}
		if (subject_end == i || !subject_ok(c, i, subject_end)) {
			/* "…measure'' income, he said": the words right before
			 * the verb, after a comma. */
			for (k = verb; k > i; k--)
				if (newsdoc__quote_is_punct(c, k - 1, ','))
					break;
			if (k > i && k < verb && subject_before(out, c, k, verb)) {
				newsdoc__quote_set_cue(out, c, verb, newsdoc__quote_cue_end(c, verb, limit));
				out->after = 1;
			}
			return;
		}
		/* "he was" / "she is": a clause, not a subject. */
		if (subject_end - i > 1 && newsdoc__quote_cls(c, i) == QW_PRONOUN)
			return;
		newsdoc__quote_set_speaker(out, c, i, subject_end);
		newsdoc__quote_set_cue(out, c, cue_start < verb && cue_start >= subject_end ? cue_start : verb,
			newsdoc__quote_cue_end(c, verb, limit));
		out->after = 1;
	}
}

/*
 * Where the attribution after a quotation ends: after its speaker and cue
 * and the punctuation that follows them. A next quotation that starts
 * right there continues the same sentence ("A," he said, "b.").
 */
static void close_attribution(quote_attribution *out, const clause *c, size_t limit)
{
	size_t end = out->speaker_end > out->cue_end ? out->speaker_end : out->cue_end;
	size_t i = first_token_at(c, end);

	while (i < c->count && i <= limit && c->tok[i].kind == QTOK_PUNCT)
		end = c->tok[i++].end;
	out->consumed_end = end;
}

/* The subject that ends just before `verb`, going back no further than `c0`. */
static int subject_before(quote_attribution *out, const clause *c, size_t c0, size_t verb)
{
	size_t end = verb, start, k;

	while (end > c0 && (newsdoc__quote_cls(c, end - 1) == QW_AUX || adverb(c, end - 1)))
		end--;
	/* Smith, the minister, said */
	if (end > c0 && newsdoc__quote_is_punct(c, end - 1, ',')) {
		for (k = end - 1; k > c0 && end - k < 26; k--)
			if (newsdoc__quote_is_punct(c, k - 1, ',')) {
				end = k - 1;
				break;
			}
		if (end == verb || newsdoc__quote_is_punct(c, end - 1, ','))
			return 0;
	}
	start = end;
	while (start > c0 && end - start < MAX_SUBJECT) {
		const quote_token *t = &c->tok[start - 1];
		int k1 = newsdoc__quote_cls(c, start - 1);
		if (t->kind != QTOK_WORD || k1 == QW_STOP || k1 == QW_REPORT || k1 == QW_AUX)
			break;
		start--;
		if (k1 == QW_PRONOUN || k1 == QW_DETERMINER)
			break;
	}
	/* "Joel Pollak of Breitbart California", "a spokesman for the city" */
	if (start >= c0 + 2 && mention_link(c, start - 1) && c->tok[start - 2].kind == QTOK_WORD &&
		c->tok[start - 2].cap) {
		size_t name = start - 1;
		while (name > c0 && end - name < MAX_SUBJECT && c->tok[name - 1].kind == QTOK_WORD &&
			c->tok[name - 1].cap && newsdoc__quote_cls(c, name - 1) != QW_STOP)
			name--;
		start = name;
	}
	/* The mention starts at its first capital, determiner or pronoun. */
	while (start < end && !np_start(c, start))
		start++;
	if (start == end)
		return 0;
	newsdoc__quote_set_speaker(out, c, start, end);
	return 1;
}

/*
 * "Bryne went on to say," / "In an interview, Lazar said he welcomed it
 * and added,": the subject of the clause, at the sentence start or after
 * a comma, followed by its verb.
 */
static int clause_subject(quote_attribution *out, const clause *c, size_t c0, size_t verb)
{
	size_t i, end, name_end;

	for (i = c0; i < verb; i++) {
		if (i > c0 && !newsdoc__quote_is_punct(c, i - 1, ','))
			continue;
		end = newsdoc__quote_np_forward(c, i, verb);
		/* "la teniente de alcalde, Antonia Martínez, aseguró" */
		name_end = end > i && end < verb ? apposed_name(c, i, end) : 0;
		if (end > i && end < verb && (c->tok[end].kind == QTOK_WORD || (name_end &&
			(name_end == verb || (name_end + 1 == verb && newsdoc__quote_is_punct(c, name_end, ','))))) &&
			(c->tok[i].cap || newsdoc__quote_cls(c, i) == QW_PRONOUN || newsdoc__quote_cls(c, i) == QW_DETERMINER)) {
			newsdoc__quote_set_speaker(out, c, i, end);
			return 1;
		}
	}
	return 0;
}

/*
 * The quoted words at token e are what the naming verb at `verb` names:
 * they follow a naming link ("als", "von einer"), or the verb's object in
 * the same stretch between commas ("nannte seinen Platzverweis „…“"); not
 * another preposition ("in einem Interview mit dem „Deutschlandfunk“").
 */
static int names_the_words(const clause *c, size_t verb, size_t e)
{
	size_t i, before = e, segment = verb;

	if (!in_list(c, verb, QLEX_NAMING) || e <= verb + 1)
		return 0;
	while (before > verb + 1 && newsdoc__quote_cls(c, before - 1) == QW_DETERMINER)
		before--;
	for (i = verb; i < e; i++)
		if (newsdoc__quote_is_punct(c, i, ','))
			segment = i;
	if (in_list(c, before - 1, QLEX_NAMING_LINK))
		return 1;
	return segment == verb && newsdoc__quote_cls(c, before - 1) != QW_STOP;
}

/*
 * Quoted words that a naming verb's clause holds: "nannte den Platzverweis
 * „überzogen“", "bezeichnete ihn als „Gesindel“", "sprach von einer
 * „Katastrophe“", "a qualifié la réforme de « désastre »". The words are
 * the subject's, however few: `named` tells the caller so. The nearest
 * such verb before the mark in the clause [c0, e) counts.
 */
static int naming_before(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t i, verb = e, start, end;

	for (i = e; i > c0; i--)
		if (in_list(c, i - 1, QLEX_NAMING) && c->tok[i - 1].kind == QTOK_WORD && !c->tok[i - 1].cap) {
			verb = i - 1;
			break;
		}
	if (verb == e || !names_the_words(c, verb, e))
		return 0;
	if (c->lang->verb_second && newsdoc__quote_v2_front_speaker(out, c, c0, verb, e)) {
		/* the front's name, or the subject next to an auxiliary */
	} else if (c->lang->verb_second && !newsdoc__quote_fronted_subject(c, c0, verb, e)) {
		end = newsdoc__quote_subject_after(c, verb + 1, e, &start);
		if (end == start)
			return 0;
		newsdoc__quote_set_speaker(out, c, start, end);
	} else if (!subject_before(out, c, c0, verb) && !clause_subject(out, c, c0, verb)) {
		return 0;
	}
	newsdoc__quote_set_cue(out, c, verb, verb + 1);
	out->named = 1;
	return 1;
}

/*
 * The clause before the quotation, tokens [c0, e): "Smith said:", "Smith
 * told reporters,", "according to Smith,", "Said Smith:", a participle
 * ("…, saying"), or a colon after a clause that names the speaker.
 */
static void before_quote(quote_attribution *out, const clause *c, size_t c0, size_t e)
{
	size_t i, verb = e, colon = 0, end, seg;

	if (e > c0 && newsdoc__quote_is_punct(c, e - 1, ':'))
		colon = 1;
	/* "Und man wollte …:": a conjunction stands before a verb-second
	 * clause's front, outside it */
	if (c->lang->verb_second && c0 + 2 < e && in_list(c, c0, QLEX_COORDINATOR))
		c0++;
	while (e > c0 && c->tok[e - 1].kind == QTOK_PUNCT && (c->tok[e - 1].cp == ',' ||
		c->tok[e - 1].cp == ':' || newsdoc__quote_is_dash(&c->tok[e - 1])))
		e--;
	if (e > c0 && in_list(c, e - 1, QLEX_COMPLEMENTIZER))
		e--;
	if (e == c0)
		return;
	verb = e;  /* none yet (e moved past the punctuation) */
	for (i = c0; i + 1 < e; i++) {
		size_t j = newsdoc__quote_phrase_at(c, i, e, QPHRASE_ACCORDING);
		if (j > i) {
			end = newsdoc__quote_np_forward(c, j, e);
			if (end > j && i == c0 && newsdoc__quote_v2_after_source(out, c, end, e))
				return;
			if (end > j) {
				newsdoc__quote_set_speaker(out, c, j, end);
				newsdoc__quote_set_cue(out, c, i, j);
				return;
			}
		}
	}
	/* "Der Polizei zufolge sagte der Fahrer:" / "Dem Bericht zufolge ist
	 * …:": a source phrase in front, closed by its postposition */
	end = newsdoc__quote_np_forward(c, c0, e);
	if (end > c0 && end + 1 < e && in_list(c, end, QLEX_ACCORDING_POST)) {
		if (newsdoc__quote_v2_after_source(out, c, end + 1, e))
			return;
		newsdoc__quote_set_speaker(out, c, c0, end);
		newsdoc__quote_set_cue(out, c, end, end + 1);
		return;
	}
	if (colon && newsdoc__quote_source_before_colon(out, c, c0, e))
		return;
	/* "Für Trainer Krickau ist das Duell noch fern: „…“" */
	if (newsdoc__quote_v2_fronted_source(out, c, c0, e))
		return;
	/* "Wie Karl Weber der Zeitung sagte, „…“", "Die Lage sei ernst, wie
	 * der Sprecher sagte: „…“" */
	if (newsdoc__quote_according_clause_in(out, c, c0, e))
		return;
	for (i = e; i > c0 && e - i < BEFORE_REACH; i--)
		if (newsdoc__quote_cls(c, i - 1) == QW_REPORT) {
			verb = i - 1;
			break;
		}
	/* "Said Dorothy Poynter, who grew up with Ali in the neighborhood,"
	 * (a past or present form: "Read the updates below:" is no cue). */
	if (verb == e && c->tok[c0].cap && c->tok[c0].word_class == QW_REPORT &&
		(in_list(c, c0, QLEX_FRONTED) || newsdoc__quote_ends_in(c, c0, c->lang->past_suffixes, 4)))
		verb = c0;
	/* "X dankte … und sagte dann:" */
	if (verb < e && newsdoc__quote_shared_subject(out, c, c0, verb, e)) {
		newsdoc__quote_set_cue(out, c, verb, newsdoc__quote_cue_end(c, verb, e));
		return;
	}
	if (verb < e && c->lang->verb_second && newsdoc__quote_v2_before(out, c, c0, verb, e))
		return;
	if (verb < e && c->lang->verb_second && !participle(c, verb) &&
		newsdoc__quote_v2_front_speaker(out, c, c0, verb, e)) {
		newsdoc__quote_set_cue(out, c, verb, newsdoc__quote_cue_end(c, verb, e));
		return;
	}
	if (verb < e) {
		/* "said he was": a reported clause holds the quotation (an
		 * aside after a comma does not count: "Said Dorothy Poynter,
		 * who grew up with Ali,"). */
		for (i = verb + 1; i < e && !newsdoc__quote_is_punct(c, i, ','); i++)
			if ((newsdoc__quote_cls(c, i) == QW_PRONOUN && !in_list(c, i, QLEX_RELATIVE)) || newsdoc__quote_cls(c, i) == QW_AUX ||
				newsdoc__quote_cls(c, i) == QW_REPORT)
				return;
		if (participle(c, verb)) {
			clause_subject(out, c, c0, verb);
			/* The cue stands even when its subject is out of reach. */
			newsdoc__quote_set_cue(out, c, verb, verb + 1);
			return;
		}
		if (subject_before(out, c, c0, verb)) {
			newsdoc__quote_set_cue(out, c, verb, newsdoc__quote_cue_end(c, verb, e));
			return;
		}
		/* Said Smith: */
		if (verb == c0 || newsdoc__quote_is_punct(c, verb - 1, ',')) {
			end = newsdoc__quote_np_forward(c, verb + 1, e);
			if (end > verb + 1) {
				newsdoc__quote_set_speaker(out, c, verb + 1, end);
				newsdoc__quote_set_cue(out, c, verb, verb + 1);
				return;
			}
		}
		if (clause_subject(out, c, c0, verb))
			newsdoc__quote_set_cue(out, c, verb, newsdoc__quote_cue_end(c, verb, e));
		return;
	}
	if (!colon && naming_before(out, c, c0, e))
		return;
	if (colon) {
		/* "As Joel Pollak observed, the winner was the stage itself:" */
		for (i = c0; i < e; i++)
			if (newsdoc__quote_cls(c, i) == QW_REPORT && !participle(c, i) && subject_before(out, c, c0, i)) {
				newsdoc__quote_set_cue(out, c, i, newsdoc__quote_cue_end(c, i, e));
				return;
			}
		/* "Die Pflichten seien im Vertrag festgelegt:": reported
		 * speech, its source named before */
		if (newsdoc__quote_reported_source(out, c, c0, e)) {
			if (out->cue_end == out->cue_start)
				out->cue_literal = ":";
			out->found = 1;
			return;
		}
		/* "Im Kongress warb Obama mit den Worten:": the subject of a
		 * verb-second clause whose verb the lexicon does not know */
		if (c->lang->verb_second && newsdoc__quote_v2_subject(out, c, c0, e)) {
			out->cue_literal = ":";
			out->found = 1;
			return;
		}
		/* "In conclusion, Ji Seong-ho's words were shared:" */
		seg = c0;
		for (i = c0; i < e; i++)
			if (newsdoc__quote_is_punct(c, i, ','))
				seg = i + 1;
		end = newsdoc__quote_np_forward(c, seg, e);
		if (end > seg) {
			newsdoc__quote_set_speaker(out, c, seg, end);
			out->cue_literal = ":";
			out->found = 1;
		}
	}
}

/* After a cue found before the mark: is it next to the mark? */
static void set_adjacent(quote_attribution *out, const clause *c, size_t e)
{
	size_t i = first_token_at(c, out->cue_literal ? out->speaker_end : out->cue_end), gap = 0;

	/* A comma or colon right before the mark introduces the quotation
	 * ("He then asked the buzzing crowd, “…”"). */
	if (out->cue_literal || (e > 0 && (newsdoc__quote_is_punct(c, e - 1, ',') || newsdoc__quote_is_punct(c, e - 1, ':')))) {
		out->adjacent = 1;
		return;
	}
	for (; i < e; i++) {
		if (c->tok[i].kind == QTOK_PUNCT && (c->tok[i].cp == ',' || c->tok[i].cp == ':'))
			continue;
		if (in_list(c, i, QLEX_COMPLEMENTIZER))
			continue;
		gap++;
	}
	out->adjacent = gap == 0;
}

/* The attribution is the whole sentence after the quotation, and short;
 * the next quotation may follow it with no period of its own, as in a
 * list of voices ("“…” ― Ann Lee “…” ― Tom Reyes"). */
static int short_sentence(const clause *c, size_t a, const quote_attribution *attr)
{
	size_t i = first_token_at(c, attr->speaker_end > attr->cue_end ? attr->speaker_end : attr->cue_end);

	if (i - a > 6)
		return 0;
	return i >= c->count || newsdoc__quote_sentence_end(&c->tok[i]) ||
		c->tok[i].kind == QTOK_MARK;
}

/* After a quotation that ends in a period, a comma or a lower-case word
 * (token a) goes on with the same sentence, however long ("„…hier.“
 * sagte der Minister am Montag vor Journalisten in Berlin."): a new
 * sentence would open in capitals. */
static int sentence_goes_on(const clause *c, size_t a)
{
	return a < c->count && (newsdoc__quote_is_punct(c, a, ',') ||
		(c->tok[a].kind == QTOK_WORD && !c->tok[a].cap));
}

/*
 * A cue inside the marks, between two sentences of one quotation ("« A,
 * dit l'ancien ministre. B »", "« A, a-t-elle ajouté. B »"): a comma, a
 * cue that opens with its verb, a speaker, and the sentence's end before
 * the closing mark (tokens e..close, its first and last marks). Returns 1 when found; the cue is
 * then no cue after the quotation (out->after stays 0).
 */
static int cue_inside(quote_attribution *out, const clause *c, size_t e, size_t close)
{
	size_t j;

	for (j = e + 1; j + 2 < close && j < e + 4 * MAX_CLAUSE; j++) {
		quote_word_class cls;

		if (!newsdoc__quote_is_punct(c, j, ','))
			continue;
		cls = newsdoc__quote_cls(c, j + 1);
		if (c->tok[j + 1].cap || (cls != QW_REPORT && cls != QW_AUX))
			continue;
		memset(out, 0, sizeof(*out));
		after_quote(out, c, j, close);
		if (out->found && out->speaker_end > out->speaker_start && out->sentence_end > 0 &&
			out->sentence_end < c->tok[close].start &&
			newsdoc__quote_sentence_end(&c->tok[first_token_at(c, out->sentence_end) - 1])) {
			out->after = 0;
			out->adjacent = 1;
			return 1;
		}
	}
	memset(out, 0, sizeof(*out));
	return 0;
}

/*
 * In a language whose corpora count partial quotes (fragment_before_cue),
 * a quotation with no cue of its own takes the cue that ends its sentence
 * after other words or quotations: "« malgré un pessimisme ambiant » dû
 * notamment « à … », explique Arthur Sadoun." and "« … » sanitaire (41,5 %
 * en 2019), note aussi la Drees." The cue follows the sentence's last
 * comma (after the last mark), names a speaker and runs to the sentence's
 * end; tokens from `a`, the quotation's closing mark. Found, it counts as
 * a cue next to the quotation (as cue_inside's does), so that nothing is
 * joined to it. Words outside the marks between the quotation and the cue
 * are at most LATER_CUE_MAX_GAP: further away, the cue is another
 * clause's ("… « plan », …, a-t-il dit").
 */
#define LATER_CUE_MAX_GAP 8

static void later_cue(quote_attribution *out, const clause *c, size_t a)
{
	size_t i, comma = 0, gap = 0, gap_at_comma = 0;
	int inside = 0;

	for (i = a + 1; i < c->count && i < a + 4 * MAX_CLAUSE; i++) {
		if (newsdoc__quote_sentence_end(&c->tok[i]))
			break;
		if (newsdoc__quote_is_punct(c, i, ',')) {
			comma = i;
			gap_at_comma = gap;
		} else if (c->tok[i].kind == QTOK_MARK) {
			comma = 0;
			inside = !inside;
		} else if (c->tok[i].kind == QTOK_WORD && !inside)
			gap++;
	}
	if (comma == 0 || gap_at_comma > LATER_CUE_MAX_GAP ||
		(i < c->count && !newsdoc__quote_sentence_end(&c->tok[i])))
		return;
	after_quote(out, c, comma, i);
	if (out->found && out->after && out->speaker_end > out->speaker_start &&
		first_token_at(c, out->speaker_end > out->cue_end ? out->speaker_end : out->cue_end) >= i) {
		out->after = 0;
		out->adjacent = 1;
		return;
	}
	memset(out, 0, sizeof(*out));
}

void newsdoc__quote_attribute(quote_attribution *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens, const quote_span_list *spans, size_t index)
{
	const quote_mark_span *span = &spans->items[index];
	clause c = newsdoc__quote_clause(lex, text, tokens);
	size_t a, b, e, c0;

	memset(out, 0, sizeof(*out));
	if (span->closed) {
		a = first_token_at(&c, span->close);
		b = index + 1 < spans->count ? first_token_at(&c, spans->items[index + 1].open) : c.count;
		if (!newsdoc__quote_v2_front_quote(out, &c, first_token_at(&c, span->open), a, b))
			after_quote(out, &c, a, b);
		/* A quotation that ends its sentence with a period inside the
		 * marks takes a cue after it only when that is the whole next
		 * sentence ("…missing." Trump said.); otherwise what follows is
		 * a sentence of its own. */
		if (out->found && text[span->end - 1] == '.' && !short_sentence(&c, a, out) &&
			!sentence_goes_on(&c, a))
			out->found = 0;
		if (out->found) {
			newsdoc__quote_object_speaker(out, &c);
			close_attribution(out, &c, b);
			e = first_token_at(&c, span->open);
			out->words_before = newsdoc__quote_words_before(&c, e);
			out->utterance = newsdoc__quote_utterance_before(&c, e);
			return;
		}
		memset(out, 0, sizeof(*out));
	}
	e = first_token_at(&c, span->open);
	c0 = clause_start(&c, e, MAX_CLAUSE);
	before_quote(out, &c, c0, e);
	/* "Der Minister erklärte im „Spiegel“:": read through the name */
	if (!out->found && e > 0 && newsdoc__quote_is_punct(&c, e - 1, ':') &&
		(c0 = newsdoc__quote_clause_start_past_names(&c, e)) < clause_start(&c, e, MAX_CLAUSE))
		before_quote(out, &c, c0, e);
	if (out->found) {
		newsdoc__quote_object_speaker(out, &c);
		set_adjacent(out, &c, e);
		out->utterance = newsdoc__quote_utterance_before(&c, e) || newsdoc__quote_utterance_cue(out, &c, e);
	} else if (span->closed && !cue_inside(out, &c, e, first_token_at(&c, span->end)))
		/* "„A“ und „B“, zitiert CNN." */
		newsdoc__quote_coordinated_cue(out, lex, text, tokens, spans, index);
	if (span->closed)
		out->fragment_cue = newsdoc__quote_fragment_cue(&c, e, first_token_at(&c, span->close));
	/* "Pour la syndicaliste, il faut « apaiser la colère »" */
	if (span->closed && c.lang->fragment_after_source && !(out->found && out->adjacent) &&
		newsdoc__quote_sentence_source(out, &c, e))
		out->found = out->fragment_cue = 1;
	if (span->closed && !out->found && c.lang->fragment_before_cue &&
		!strchr(".!?", text[span->end - 1]))
		later_cue(out, &c, first_token_at(&c, span->close));
	out->words_before = newsdoc__quote_words_before(&c, e);
}

void newsdoc__quote_intro_attribute(quote_attribution *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens)
{
	clause c = newsdoc__quote_clause(lex, text, tokens);
	size_t e, c0;

	memset(out, 0, sizeof(*out));
	e = c.count;
	if (e == 0 || !newsdoc__quote_is_punct(&c, e - 1, ':'))
		return;
	c0 = clause_start(&c, e, MAX_CLAUSE);
	before_quote(out, &c, c0, e);
}
