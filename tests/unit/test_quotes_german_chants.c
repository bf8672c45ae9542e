/*
 * Chanted words in a German clause whose chanting verb does not stand
 * next to them: the subject follows a fronted phrase's verb, an
 * adverbial follows the subject (fragment.c, utterance cue). Each text
 * is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define CHANT "Nieder mit der Regierung"
#define CHANTED DQ_OPEN CHANT DQ_CLOSE

static void test_chant_apart_from_its_verb(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Vor dem Parlament skandierten die Demonstranten " CHANTED ".", "die Demonstranten",
			"skandierten", CHANT },
		{ LEAD "Die Demonstranten riefen vor dem Parlament " CHANTED ".", "Die Demonstranten", "riefen",
			CHANT },
		{ LEAD "Danach riefen die Demonstranten " CHANTED ".", "die Demonstranten", "riefen", CHANT },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "rief … zum „…“ auf" calls for something: no quote. */
static void test_call_for_is_no_chant(void **state)
{
	newsdoc_document *doc = parse_text("Titel\n\n" LEAD "Er rief die Menschen zum " DQ_OPEN
		"Heiligen Krieg" DQ_CLOSE " gegen den Westen auf.\n");
	(void)state;
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chant_apart_from_its_verb),
		cmocka_unit_test(test_call_for_is_no_chant),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
