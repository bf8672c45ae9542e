/*
 * Elements of one text and a digit (a table's cells, "2024", "cell 5")
 * are asked whether they state a comment count without their text being
 * put together (meta_comment_walk.c, lone_text_may_state_count): the
 * counts such an element states are still read (the first test fails if
 * the shortcut drops them). The second test guards output only: a table
 * of numbers states no count, with or without the shortcut, whose saving
 * is measured by callgrind, not here. Small pages written for the test.
 */
#include "test_metadata_util.h"

static void test_lone_texts_that_state_counts(void **state)
{
	static const comment_count_case cases[] = {
		{ "<p>12 comments</p>", 12 },
		{ "<p>  (7)  Kommentare</p>", 7 },
		{ "<div>Comments (4)</div>", 4 },
		{ "<span>[3] comments</span>", 3 },
		{ "<p>61 commentaires</p>", 61 },
		/* the count in a child element, the word in the text */
		{ "<p><span>0</span> Kommentare</p>", 0 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_cells_state_nothing(void **state)
{
	static const comment_count_case cases[] = {
		{ "<table><tr><td>2024</td><td>12</td><td>(3)</td><td>cell 5</td><td>1,200</td></tr></table>", -1 },
		{ "<p>12 apples</p>", -1 },
		{ "<p>(12)</p>", -1 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lone_texts_that_state_counts),
		cmocka_unit_test(test_cells_state_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
