/*
 * An adverbial between a German verb and its subject: "„…“, sagte am
 * Montag X", "sagte gegenüber der Zeitung X", "Dazu sagte am Montag X:"
 * (adjunct_before_subject.c). Before the rule such a quotation had no
 * cue, and a short one was dropped as a scare quote. Each text is
 * written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define QUOTED DQ_OPEN REFUSAL_WORDS DQ_CLOSE

/* One to three phrases (a preposition, perhaps a determiner, lower-case
 * words, a noun; or a dative object), then the subject closing the
 * clause; the participle may close it after an auxiliary. */
static void test_adverbial_before_subject(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD QUOTED ", sagte am Montag Verkehrsminister Karl Weber.",
			"Verkehrsminister Karl Weber", "sagte", REFUSAL_WORDS },
		{ LEAD QUOTED ", sagte gegen\xC3\xBC" "ber der Zeitung die Ministerin.", "die Ministerin",
			"sagte", REFUSAL_WORDS },
		{ LEAD QUOTED ", betonte am Montag in Berlin ein Sprecher der Stadt.",
			"ein Sprecher der Stadt", "betonte", REFUSAL_WORDS },
		{ LEAD QUOTED ", sagte dem Sender der B\xC3\xBCrgermeister.", "der B\xC3\xBCrgermeister", "sagte",
			REFUSAL_WORDS },
		{ LEAD QUOTED ", l\xC3\xA4sterte am 14. Dezember der Trainer.", "der Trainer", "l\xC3\xA4sterte",
			REFUSAL_WORDS },
		{ LEAD "Dazu sagte am Montag der Minister: " QUOTED, "der Minister", "sagte", REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A short quotation the adverbial's cue keeps: without the cue it was a
 * scare quote inside a sentence. */
static void test_short_quote_kept(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD DQ_OPEN "Wir bleiben hier" DQ_CLOSE ", sagte am Montag Anna Roth.", "Anna Roth", "sagte",
			"Wir bleiben hier" },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Not read past: the subject right after the verb, and a name in front
 * with an adverbial after the verb ("Kauert sagte im Gespräch mit dem
 * Sender Radio Eins:" keeps Kauert, not the radio's name). */
static void test_subject_first_unchanged(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD QUOTED ", sagte er am Montag in Berlin.", "er", "sagte", REFUSAL_WORDS },
		{ LEAD QUOTED ", sagte Weber am Montag.", "Weber", "sagte", REFUSAL_WORDS },
		{ LEAD "Kauert sagte im Gespr\xC3\xA4" "ch mit Radio Eins: " QUOTED, "Kauert", "sagte",
			REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_adverbial_before_subject),
		cmocka_unit_test(test_short_quote_kept),
		cmocka_unit_test(test_subject_first_unchanged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
