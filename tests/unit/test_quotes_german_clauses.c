/*
 * The clause around a German quotation: periods and commas inside
 * numbers end no sentence ("am 14. Dezember", "14.12.2010", "2.000",
 * "2,5"; tokens.c), and a quoted fragment takes no cue from a clause
 * before a colon or from another quotation's verb (fragment.c); an
 * object after the subject is no part of it (attribution_tokens.c);
 * quotations joined by "und" share a cue (coordinated.c). Each
 * text is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define REFUSAL "Das kommt f\xC3\xBCr uns nicht in Frage, solange die Stadt nicht zahlt."
#define QUOTED DQ_OPEN REFUSAL DQ_CLOSE
#define SHORT "Das kommt nicht in Frage"

/* A date or a number inside the reporting clause keeps its front. */
static void test_numbers_end_no_sentence(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Der Minister Karl Weber sagte am 14. Dezember: " QUOTED, "Der Minister Karl Weber",
			"sagte", REFUSAL },
		{ LEAD "Karl Weber, der am 14.12.2010 gew\xC3\xA4hlt wurde, sagte: " QUOTED, "Karl Weber", "sagte",
			REFUSAL },
		{ LEAD "Vor 2.000 G\xC3\xA4sten sagte der Minister: " QUOTED, "der Minister", "sagte", REFUSAL },
		{ LEAD "Zum 3. Mal sagte der Minister: " QUOTED, "der Minister", "sagte", REFUSAL },
		{ LEAD "Mit 2,5 Prozent zufrieden, sagte der Minister: " QUOTED, "der Minister", "sagte", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A number that ends a sentence still ends it: the next sentence's
 * quotation has a speaker of its own, not the clause before. */
static void test_number_at_sentence_end(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Das Spiel endete 2:1. Danach sagte der Trainer: " QUOTED, "der Trainer", "sagte", REFUSAL },
		{ LEAD "Die Zahl stieg im Jahr 2010. Karl Weber sagte: " QUOTED, "Karl Weber", "sagte", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Quoted words with no cue of their own: a verb before a colon, or the
 * verb of another quotation before a comma, is not theirs; a verb in
 * their own clause is. */
static void test_fragment_cue_stretch(void **state)
{
	static const struct {
		const char *text;
		size_t quotes;
	} cases[] = {
		{ "Titel\n\n" LEAD "Weber verk\xC3\xBCndete zwei Feiertage: Am 30. April soll " DQ_OPEN
			"der Tag der kleinen V\xC3\xB6lker" DQ_CLOSE " begangen werden.\n", 0 },
		{ "Titel\n\n" LEAD "Die Partei, die sich " DQ_OPEN "Bund f\xC3\xBCr Reform" DQ_CLOSE " nennt und "
			"seit Jahren regiert, will der Regierung " DQ_OPEN "helfen und beraten" DQ_CLOSE ".\n", 0 },
		{ "Titel\n\n" LEAD "Der Minister warnte vor einem " DQ_OPEN "schweren Fehler der Stadt" DQ_CLOSE
			".\n", 1 },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		newsdoc_document *doc = parse_text(cases[i].text);
		if (newsdoc_document_quote_count(doc) != cases[i].quotes)
			fail_msg("case %zu: %zu quotes, wanted %zu", i, newsdoc_document_quote_count(doc),
				cases[i].quotes);
		newsdoc_document_free(doc);
	}
}

/* A dative or accusative determiner right after a noun opens the
 * verb's object, not more of its subject; a genitive goes on inside it. */
static void test_object_ends_the_subject(void **state)
{
	static const speaker_case cases[] = {
		/* (with "zitiert" the object speaks: test_quotes_german_quoting.c) */
		{ LEAD DQ_OPEN SHORT DQ_CLOSE ", lobte die Zeitung den Minister.", "die Zeitung", "lobte", SHORT },
		{ LEAD DQ_OPEN SHORT DQ_CLOSE ", sagte der Minister dem Sender.", "der Minister", "sagte", SHORT },
		{ LEAD DQ_OPEN SHORT DQ_CLOSE ", sagte ein Sprecher des Ministeriums.",
			"ein Sprecher des Ministeriums", "sagte",
			SHORT },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "„A“ und „B“, sagte X.": quotations joined by a conjunction share the
 * cue after the last one. */
static void test_joined_quotations_share_cue(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Titel\n\n" LEAD DQ_OPEN REFUSAL DQ_CLOSE " und " DQ_OPEN "Wir warten auf das Geld"
		DQ_CLOSE ", sagte Karl Weber.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, REFUSAL, "Karl Weber", "sagte");
	assert_quote(doc, 1, "Wir warten auf das Geld", "Karl Weber", "sagte");
	newsdoc_document_free(doc);

	/* short phrases of a list stay fragments: no shared cue */
	doc = parse_text("Titel\n\n" LEAD "Es ging um " DQ_OPEN "Gier" DQ_CLOSE " und " DQ_OPEN "Neid" DQ_CLOSE
		", sagte Karl Weber.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers_end_no_sentence),
		cmocka_unit_test(test_number_at_sentence_end),
		cmocka_unit_test(test_fragment_cue_stretch),
		cmocka_unit_test(test_object_ends_the_subject),
		cmocka_unit_test(test_joined_quotations_share_cue),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
