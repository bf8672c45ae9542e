/*
 * German speakers that the verb-second grammar decides (quotes/subject.c,
 * attribution.c, lang_de.c): which phrase of a clause is its subject when
 * the order of words does not say it. Each text is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "quote_test_util.h"

#define DQ_OPEN "\xE2\x80\x9E"   /* „ */
#define DQ_CLOSE "\xE2\x80\x9C"  /* “ */
#define REFUSAL "Das kommt f\xC3\xBCr uns nicht in Frage, solange die Stadt nicht zahlt."

/* "Das Angebot lehnt er ab:": a pronoun that is only ever a subject
 * ("er", "ich", "wir"; lang_de.c nominative_pronouns) right after the
 * finite verb makes the phrase in front an object; "sie" may be an
 * object, so "Anna Berg lobte sie" keeps its front. */
static void test_nominative_pronoun_after_verb(void **state)
{
	static const speaker_case cases[] = {
		{ "Das Angebot der Stadt lehnt er jedoch ab: " DQ_OPEN REFUSAL DQ_CLOSE, "er", NULL, REFUSAL },
		{ "Den Plan des Rates kritisierten wir schon im Mai: " DQ_OPEN REFUSAL DQ_CLOSE, "wir", NULL,
			REFUSAL },
		{ "Anna Berg lobte sie am Montag: " DQ_OPEN REFUSAL DQ_CLOSE, "Anna Berg", NULL, REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nominative_pronoun_after_verb),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
