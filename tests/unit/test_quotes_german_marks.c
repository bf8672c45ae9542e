/*
 * Guillemets in German text point either way: »…« in Germany and
 * Austria, «…» in Switzerland, and a page says "de" for both. The marks'
 * surroundings tell which one opens (marks.c). Each text is written for
 * the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define REFUSAL REFUSAL_WORDS
#define LEFT_G "\xC2\xAB"   /* « */
#define RIGHT_G "\xC2\xBB"  /* » */
#define LEFT_SG "\xE2\x80\xB9"  /* ‹ */
#define RIGHT_SG "\xE2\x80\xBA" /* › */

/* Both directions, quotation before and after its cue; a Swiss quotation
 * holding a ‹…› one stays whole. */
static void test_guillemets_either_way(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD LEFT_G REFUSAL RIGHT_G ", sagt die Gemeinder\xC3\xA4tin Anna Roth.",
			"die Gemeinder\xC3\xA4tin Anna Roth", "sagt", REFUSAL },
		{ LEAD RIGHT_G REFUSAL LEFT_G ", sagt die Gemeinder\xC3\xA4tin Anna Roth.",
			"die Gemeinder\xC3\xA4tin Anna Roth", "sagt", REFUSAL },
		{ LEAD "Der Stadtpr\xC3\xA4sident sagte: " LEFT_G REFUSAL "." RIGHT_G,
			"Der Stadtpr\xC3\xA4sident", "sagte", REFUSAL "." },
		{ LEAD "Der Stadtpr\xC3\xA4sident sagte: " RIGHT_G REFUSAL "." LEFT_G,
			"Der Stadtpr\xC3\xA4sident", "sagte", REFUSAL "." },
		{ LEAD LEFT_G "Das " LEFT_SG "Nein" RIGHT_SG " der Stadt gilt" RIGHT_G ", sagt Anna Roth.",
			"Anna Roth", "sagt", "Das " LEFT_SG "Nein" RIGHT_SG " der Stadt gilt" },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_guillemets_either_way),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
