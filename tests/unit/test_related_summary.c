/*
 * A teaser's summary that the box shows on wider screens only ("<div
 * class='hidden md:block'><p>...</p></div>", Bootstrap's "d-none
 * d-lg-block") is the item's summary (issue 14 item 3); a lead hidden in
 * every layout, by a class alone or by a style, is none, nor is a
 * paragraph too short to be one.
 */
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

static void test_related_summary_shown_on_wide_screens(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-summary-narrow.html"),
		"https://quay.example/harbour/second-car-park-230.html", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 5);
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 0)),
		"After a winter of cancelled crossings the morning ferry left on time every day this week.");
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 1)),
		"The council expects the new quay wall to take until September, two months longer than planned.");
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 2)), NULL);
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 3)), NULL);
	assert_field(newsdoc_related_summary(newsdoc_document_related_at(doc, 4)), NULL);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 2)), "The fish market moves to the south quay");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_summary_shown_on_wide_screens),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
