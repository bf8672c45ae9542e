/*
 * A German verb that quotes somebody ("zitieren") has the speaker as its
 * object; its subject passed the words on (quoting_verb.c). In the
 * passive the subject speaks, since no object follows the participle that
 * ends its clause. Each text is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define REFUSAL REFUSAL_WORDS
#define QUOTED DQ_OPEN REFUSAL DQ_CLOSE

static void test_object_of_quoting_verb(void **state)
{
	static const speaker_case cases[] = {
		/* after the quotation, its subject after the verb */
		{ LEAD QUOTED ", zitierte man Anna Roth vom Sender SRF.", "Anna Roth", "zitierte", REFUSAL },
		{ LEAD QUOTED ", zitiert die Zeitung den Vorsitzenden Karl Weber.",
			"den Vorsitzenden Karl Weber", "zitiert", REFUSAL },
		/* before it, its subject in front */
		{ LEAD "Die Nachrichtenagentur zitiert dazu Karl Weber mit folgenden Worten: " QUOTED,
			"Karl Weber", "zitiert", REFUSAL },
		/* the passive: the subject speaks */
		{ LEAD QUOTED ", wird Karl Weber zitiert.", "Karl Weber", "zitiert", REFUSAL },
		{ LEAD "Karl Weber wird von der Zeitung mit den Worten zitiert: " QUOTED, "Karl Weber",
			"zitiert", REFUSAL },
		/* no object: the subject stays */
		{ LEAD QUOTED ", zitiert die Zeitung.", "die Zeitung", "zitiert", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_object_of_quoting_verb),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
