/*
 * A quotation at the front of a German sentence: the word after its
 * comma is the finite verb whether or not the verb list holds it, and its
 * subject is the speaker ("„…“, lästerte der Promoter", "„…“, lacht
 * sie"); v2_front_quote.c. And the front of a clause before a colon
 * quotation that is no subject (subject.c, lang_de.c). Each text is
 * written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define REFUSAL "Das kommt f\xC3\xBCr uns nicht in Frage, solange die Stadt nicht zahlt"
#define QUOTED DQ_OPEN REFUSAL DQ_CLOSE

/* Verbs of no list, in the present and the past, before a name, a
 * determined phrase or a pronoun; a later known verb in the sentence
 * ("die … berichtete") is a relative clause's, not the cue. */
static void test_unknown_verb_after_fronted_quote(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD QUOTED ", l\xC3\xA4sterte der Promoter Alexander Krassyuk.",
			"der Promoter Alexander Krassyuk", "l\xC3\xA4sterte", REFUSAL },
		{ LEAD QUOTED ", schmunzelte Blanik, die von einem ruhigen Vormittag berichtete.", "Blanik",
			"schmunzelte", REFUSAL },
		{ LEAD QUOTED ", lacht sie.", "sie", "lacht", REFUSAL },
		{ LEAD QUOTED ", meinen die beiden Stadtr\xC3\xA4te in einer Erkl\xC3\xA4rung.",
			"die beiden Stadtr\xC3\xA4te", "meinen", REFUSAL },
		{ LEAD QUOTED ", beschreibt Anna Roth den Plan.", "Anna Roth", "beschreibt", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Not a fronted quotation with its verb: the quotation inside a sentence
 * ("Weber schrieb „…“, kurz …"), a phrase that no subject opens ("dem
 * Trainer" is dative), an adverb after the comma. The word after the
 * comma is then no cue (a weaker rule may still name a speaker). */
static void test_no_verb_no_cue(void **state)
{
	static const struct {
		const char *text, *word;
	} cases[] = {
		{ "Titel\n\n" LEAD "Weber schrieb am Montag " QUOTED ", kurz Peter Lang.\n", "kurz" },
		{ "Titel\n\n" LEAD QUOTED ", dankte dem Trainer Karl Weber.\n", "dankte" },
		{ "Titel\n\n" LEAD QUOTED ", schlussendlich Karl Weber.\n", "schlussendlich" },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		newsdoc_document *doc = parse_text(cases[i].text);
		size_t n = newsdoc_document_quote_count(doc), k;
		if (n == 0)
			fail_msg("case %zu: no quote", i);
		for (k = 0; k < n; k++) {
			const char *cue = newsdoc_quote_cue(newsdoc_document_quote_at(doc, k));
			if (cue && !strcmp(cue, cases[i].word))
				fail_msg("case %zu: cue '%s'", i, cue);
		}
		newsdoc_document_free(doc);
	}
}

/* The front of a verb-second clause before a colon quotation that is not
 * its subject: a conjunction stands outside the front ("Und man …"), a
 * dative or accusative determiner opens an object ("Den Plan lobte …"),
 * a sentence adverb ("Dennoch betont …") or an indirect question up to
 * its comma ("Weshalb …, konnte er …") fills it. The subject follows the
 * finite verb. */
static void test_front_that_is_no_subject(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Und man wollte eine Entscheidung: " QUOTED, "man", ":", REFUSAL },
		{ LEAD "Doch der Minister sagte: " QUOTED, "der Minister", "sagte", REFUSAL },
		{ LEAD "Den Plan lobte der B\xC3\xBCrgermeister: " QUOTED, "der B\xC3\xBCrgermeister", "lobte",
			REFUSAL },
		{ LEAD "Dennoch betont der Trainer: " QUOTED, "der Trainer", "betont", REFUSAL },
		{ LEAD "Weshalb es dazu kam, konnte er nicht sagen: " QUOTED, "er", "sagen", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_verb_after_fronted_quote),
		cmocka_unit_test(test_no_verb_no_cue),
		cmocka_unit_test(test_front_that_is_no_subject),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
