/*
 * The fields of a related item as its teaser shows them (issue 14 item
 * 3): a title without the kicker glued to it or the label and credit
 * blocks beside it in a card that is one link; a summary without its
 * kicker; an author without a label before a colon, or from a plain
 * credit line under the title ("by X", the names alone in the teaser's
 * meta line), never from a line of furniture or a section's name.
 */
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

static void test_related_teaser_titles(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-teaser-titles.html"),
		"https://kueste.example/kueste/2024/leuchtturm-licht", NEWSDOC_INPUT_HTML);
	static const char *const titles[] = {
		"Das Feuerschiff kehrt f\xC3\xBCr drei Wochen zur\xC3\xBC" "ck",   /* glued kicker in a wrapper */
		"Taucher vermessen die Sandbank vor der Einfahrt",                 /* glued kicker span */
		"Anti-Rost-Farbe sch\xC3\xBCtzt den Turm noch zehn Jahre",         /* a hyphen joins, no kicker */
		"Die Mole bleibt am Wochenende f\xC3\xBCr Spazierg\xC3\xA4nger gesperrt", /* label block above */
		"Die neue Lampe besteht ihren ersten Test bei Nebel",              /* credit block below */
		"Die Lotsen streiken am Montag im ganzen Hafen",                   /* reading time at the end */
		"Eine neue Boje markiert die Sandbank",                            /* date glued at the end */
		"Hafenmeisterei Die Hafenmeisterei zieht in das alte Zollhaus am Kai.", /* a lead: left whole */
	};
	size_t i;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 8);
	for (i = 0; i < 8; i++)
		assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, i)), titles[i]);
	newsdoc_document_free(doc);
}

static void test_related_teaser_credits(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-teaser-credits.html"),
		"https://coast.example/coast/2024/lighthouse-lamp", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 8);
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 0)), "Jane Example");
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 1)), "Ann Sample, Tom Trial");
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 2)), "Maria Muster");
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 3)), NULL);
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 4)), NULL);
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 5)), "PAUL PLACEHOLDER");
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 5)),
		"Engineers watched the beam from a boat two miles out and were content with what they saw.");
	/* no mark sets the word apart: part of the lead */
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 6)),
		"Harbour The last keeper of the light tells how the oil lamp was trimmed every night by hand.");
	/* the teaser's meta line is no summary */
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 7)), NULL);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_teaser_titles),
		cmocka_unit_test(test_related_teaser_credits),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
