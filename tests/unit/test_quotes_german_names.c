/*
 * A quoted name inside the German sentence that introduces a quotation
 * with a colon ("erklärte im „Spiegel“:", "das Projekt „Stuttgart 21“")
 * does not cut the clause: its subject and verb stay in reach
 * (clause_names.c). Each text is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define REFUSAL REFUSAL_WORDS
#define QUOTED DQ_OPEN REFUSAL DQ_CLOSE
#define NAME(s) DQ_OPEN s DQ_CLOSE

static void test_name_inside_the_clause(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Der Minister erkl\xC3\xA4rte im " NAME("Spiegel") ": " QUOTED, "Der Minister",
			"erkl\xC3\xA4rte", REFUSAL },
		{ LEAD "Karl Weber kritisierte das Projekt " NAME("Stuttgart 21") " scharf: " QUOTED,
			"Karl Weber", "kritisierte", REFUSAL },
		{ LEAD "Karl Weber sagte der Zeitung " NAME("Bild") ": " QUOTED, "Karl Weber", "sagte",
			REFUSAL },
		/* a verb the lexicon does not know: the subject of the clause */
		{ LEAD "Karl Weber lenkte die F\xC3\xA4hre " NAME("Eagle") " zum Hafen und meldete sich mit "
			"den Worten: " QUOTED, "Karl Weber", ":", REFUSAL },
		/* found before the name already: unchanged */
		{ LEAD "Der Chef der " NAME("Linken") ", Karl Weber, sagte: " QUOTED, "Karl Weber", "sagte",
			REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_name_inside_the_clause),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
