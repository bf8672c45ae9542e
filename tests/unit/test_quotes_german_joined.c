/*
 * A German reporting verb joined by a conjunction to an earlier verb of
 * its sentence shares that verb's subject (shared_subject.c): "Weber
 * bedankt sich für die „gute Frage“ der Zuschauerin und sagt dann:" is
 * Weber's, not the dative's. And a phrase that a dative or accusative
 * determiner opens after a verb is never its subject (subject.c): "Die
 * Stadträte verurteilten den Plan in einer Mitteilung scharf. „…“" is the
 * councillors', not "den Plan". Each text is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define QUOTED DQ_OPEN REFUSAL_WORDS DQ_CLOSE

static void test_joined_verb(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Weber bedankt sich f\xC3\xBCr die " DQ_OPEN "gute Frage" DQ_CLOSE
			" der Zuschauerin und sagt dann: " QUOTED, "Weber", "sagt", REFUSAL_WORDS },
		{ LEAD "Die Ministerin las den Brief der Anwohner und erkl\xC3\xA4rte: " QUOTED, "Die Ministerin",
			"erkl\xC3\xA4rte", REFUSAL_WORDS },
		{ LEAD "Doch der Minister lobte den Plan und sagte sp\xC3\xA4ter: " QUOTED, "der Minister", "sagte",
			REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Not joined: the subject stands in the verb's own clause. */
static void test_own_subject(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Die Stadt lobte den Plan und der Minister sagte: " QUOTED, "der Minister", "sagte",
			REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_object_is_no_subject(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Sogar die Stadtr\xC3\xA4te verurteilten den Plan in einer Mitteilung scharf. " QUOTED,
			"die Stadtr\xC3\xA4te", NULL, REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_joined_verb),
		cmocka_unit_test(test_own_subject),
		cmocka_unit_test(test_object_is_no_subject),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
