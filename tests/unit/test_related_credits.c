/*
 * A related item's author read from its teaser's credit element (issue 14
 * item 3): a label set against the names as an element of its own with no
 * space between them ("<span>by</span><a>Name</a>"), and the place the
 * writer filed from after the names ("By Tom Trial, Fenby"); what must
 * stay: two names, an agency after the name. A credit set under the
 * headline inside the title's link ("Von X, Ort", "Eine Kolumne von X")
 * is the author, not a part of the title. A part of the title's heading
 * is no lead: the lead follows the heading.
 */
#include "content_test_util.h"
#include "test_metadata_util.h"

#define AUTHOR(doc, i) newsdoc_related_author(newsdoc_document_related_at(doc, i))
#define TITLE(doc, i) newsdoc_related_title(newsdoc_document_related_at(doc, i))
#define SUMMARY(doc, i) newsdoc_related_summary(newsdoc_document_related_at(doc, i))

static void test_related_credit_elements(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-credit-elements.html"),
		"https://canal.example/news/2024/lock-reopens", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 9);
	/* "by" glued to the name by the markup: not "byHannah Sample" */
	assert_field(AUTHOR(doc, 0), "Hannah Sample");
	/* ", Fenby": a place, not a name */
	assert_field(AUTHOR(doc, 1), "Tom Trial");
	assert_field(AUTHOR(doc, 2), "Jane Example, Ann Sample");
	assert_field(AUTHOR(doc, 3), "Sam Minor, AP");
	/* the credit under the headline, inside the link */
	assert_string_equal(TITLE(doc, 4), "When the canal froze over in 1963");
	assert_field(AUTHOR(doc, 4), "Jane Example");
	assert_string_equal(TITLE(doc, 5), "Why we still live on the water");
	assert_field(AUTHOR(doc, 5), "Tom Trial");
	/* the headline's span inside the heading is no lead */
	assert_string_equal(TITLE(doc, 6), "How the lock keepers of Fenby kept the water level through two hundred winters");
	assert_field(SUMMARY(doc, 6),
		"The first keeper wrote down the water level every morning, and the books are still kept in the lock house.");
	/* a hidden label is not in the credit's text: nothing to cut */
	assert_field(AUTHOR(doc, 7), "Jane Doe");
	assert_field(AUTHOR(doc, 8), "\xe6\x9d\x8e\xe6\x98\x8e");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_credit_elements),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
