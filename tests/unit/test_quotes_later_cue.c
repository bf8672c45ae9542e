/*
 * Partial quotations whose cue ends their sentence after other words or
 * quotations, in languages whose corpora count partial quotes (lang.h
 * fragment_before_cue: French, Spanish): "« … » dû notamment « … »,
 * explique X." and "« … » sanitaire (41,5 % en 2019), note aussi la
 * Drees." Every sentence here is invented.
 */
#include "quote_test_util.h"

#define GUIL_OPEN "\xC2\xAB\xC2\xA0"    /* « and a no-break space */
#define GUIL_CLOSE "\xC2\xA0\xC2\xBB"   /* a no-break space and » */

/* Words between the quotation and a cue that ends the sentence. */
static void test_words_between_quote_and_cue(void **state)
{
	static const speaker_case cases[] = {
		{ "La part des communes endett\xC3\xA9" "es " GUIL_OPEN "repart l\xC3\xA9g\xC3\xA8rement \xC3\xA0 la hausse"
			GUIL_CLOSE " dans la r\xC3\xA9gion (12 % en 2020), note aussi le minist\xC3\xA8re.",
			"le minist\xC3\xA8re", "note", "repart l\xC3\xA9g\xC3\xA8rement \xC3\xA0 la hausse" },
		{ "Las obras del puente avanzan \xC2\xAB" "a muy buen ritmo\xC2\xBB en el barrio (un 12 % m\xC3\xA1s "
			"que en 2020), dijo el alcalde.", "el alcalde", "dijo", "a muy buen ritmo" },
	};
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A fragment before a later quotation of the same sentence takes that
 * quotation's cue. */
static void test_fragment_before_a_later_quotation(void **state)
{
	newsdoc_document *doc;
	size_t i;
	(void)state;

	doc = parse_text("Titre\n\n"
		"Le groupe vise une croissance de 5 % cette ann\xC3\xA9" "e. Et ce, " GUIL_OPEN "malgr\xC3\xA9 un climat morose"
		GUIL_CLOSE " d\xC3\xBB surtout " GUIL_OPEN "\xC3\xA0 l'incertitude politique dans le pays et sur nos march\xC3\xA9s"
		GUIL_CLOSE ", explique Paul Martin.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_string_equal(newsdoc_quote_text(newsdoc_document_quote_at(doc, 0)),
		"malgr\xC3\xA9 un climat morose");
	for (i = 0; i < 2; i++)
		assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, i)), "Paul Martin");
	newsdoc_document_free(doc);
}

/* No quote: the cue is far from the words (a scare quote in a long
 * clause), or the language does not count partial quotes (English). */
static void test_later_cue_controls(void **state)
{
	static const char *const texts[] = {
		"Titre\n\nLa ville pr\xC3\xA9pare un " GUIL_OPEN "grand plan" GUIL_CLOSE " pour ses quartiers "
			"qui doit changer la vie de tous les habitants du centre et des environs, a-t-il dit.\n",
		"Title\n\nThe share of indebted towns \xE2\x80\x9Cwent up slightly\xE2\x80\x9D in the region "
			"(12 percent in 2020), the ministry also noted.\n",
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		newsdoc_document *doc = parse_text(texts[i]);
		assert_int_equal(newsdoc_document_quote_count(doc), 0);
		newsdoc_document_free(doc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_between_quote_and_cue),
		cmocka_unit_test(test_fragment_before_a_later_quotation),
		cmocka_unit_test(test_later_cue_controls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
