/*
 * The generic extractor's body rules for pages nobody tuned on (issue 13):
 * each test is a small page written for the rule it checks, and fails
 * without that rule.
 */
#include "content_test_util.h"

/* The body text holds `needle`. */
static int body_has(const newsdoc_document *doc, const char *needle)
{
	const char *text = newsdoc_document_text(doc);

	return text && strstr(text, needle) != NULL;
}

static size_t blocks_of_type(const newsdoc_document *doc, int type)
{
	size_t i, n = 0;

	for (i = 0; i < newsdoc_document_block_count(doc); i++)
		if (newsdoc_block_type(newsdoc_document_block_at(doc, i)) == type)
			n++;
	return n;
}

/* "list" names the list itself (WordPress's wp-block-list, a "*-list" of
 * steps): a list of prose inside the article is article text. */
static void test_list_name_is_not_furniture(void **state)
{
	static const char page[] =
		"<html><body><div class=\"entry-content\">"
		"<p>The ferry timetable changes on Monday, and the operator has published a short guide for commuters, "
		"with the new times, the fares and the places where tickets are sold.</p>"
		"<p>The guide says that the first crossing leaves at six, and that the last one leaves at eleven, "
		"on weekdays and on Saturdays alike, with a shorter service on Sundays.</p>"
		"<ul class=\"wp-block-list\"><li>Buy a weekly ticket before Monday, since the old fares end on Sunday night.</li>"
		"<li>Check the new times on the board at the pier, because two morning crossings have moved.</li></ul>"
		"<p>The operator says that more changes may follow in the autumn, once the second boat is back.</p>"
		"</div></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(blocks_of_type(doc, NEWSDOC_BLOCK_LIST), 1);
	assert_true(body_has(doc, "Buy a weekly ticket"));
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_name_is_not_furniture),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
