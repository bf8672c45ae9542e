/*
 * Class tokens that name a layout's state, not a box (meta_tokens.c,
 * names_a_layout_state): a wrapper of the whole page called
 * "sidebar-collapsed", "cs-sidebar-enabled" or "menu-open" made the
 * metadata walk take everything in it for a box of other content, and the
 * byline inside was lost. A sidebar itself stays a box. Small pages
 * written for the tests.
 */
#include "test_metadata_util.h"

#define STORY(wrapper_class) \
	PAGE("<title>The ferry is back</title>", \
	     "<div class=\"" wrapper_class "\"><header><h1>The ferry is back</h1>" \
	     "<div class=\"byline\">By Ann Smith</div></header>" \
	     "<p>The harbour ferry sailed again on Monday morning, after four months in the dry dock.</p></div>")

static size_t author_count(const char *html)
{
	newsdoc_document *doc = parse_page(html, NULL);
	size_t count = newsdoc_document_author_count(doc);

	if (count)
		assert_author(doc, 0, "Ann Smith", NULL, NULL);
	newsdoc_document_free(doc);
	return count;
}

static void test_layout_states_are_not_boxes(void **state)
{
	(void)state;
	assert_int_equal(author_count(STORY("site sidebar-collapsed")), 1);
	assert_int_equal(author_count(STORY("wrap cs-sidebar-enabled")), 1);
	assert_int_equal(author_count(STORY("page menu-open")), 1);
	assert_int_equal(author_count(STORY("page main-navigation_expanded")), 1);
}

static void test_boxes_stay_boxes(void **state)
{
	(void)state;
	/* the sidebar itself, a part named before a state it is not in */
	assert_int_equal(author_count(STORY("sidebar")), 0);
	assert_int_equal(author_count(STORY("sidebar-widgets")), 0);
	assert_int_equal(author_count(STORY("sidebar-collapsed-box")), 0);
	/* a teaser flagged as having comments: still a box of other content */
	assert_int_equal(author_count(STORY("summary-item-has-comments-enabled")), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_states_are_not_boxes),
		cmocka_unit_test(test_boxes_stay_boxes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
