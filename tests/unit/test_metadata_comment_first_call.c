/*
 * An invitation to write the first comment, the whole text of an element
 * ("Be the first to comment", "Soyez le premier à commenter !"), states a
 * count of 0 (meta_comment_words.c first_calls): the page shows it where
 * its comments would be. Other invitations ("Be the first to know", a
 * newsletter's), the phrase inside a sentence, or in a link to another
 * story state nothing. Small pages written for the test.
 */
#include "test_metadata_util.h"

static void test_first_calls_state_zero(void **state)
{
	static const comment_count_case cases[] = {
		{ "<h2>What do you think?</h2><ul><h4>Be the first to comment</h4></ul>", 0 },
		{ "<div><span>Be the first to comment!</span></div>", 0 },
		{ "<p>Write the first response</p>", 0 },
		{ "<p>Soyez le premier \xC3\xA0 commenter !</p>", 0 },
		{ "<p>Schreiben Sie den ersten Kommentar.</p>", 0 },
		{ "<p>S\xC3\xA9 el primero en comentar</p>", 0 },
		{ "<p>Sii il primo a commentare</p>", 0 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_other_calls_state_nothing(void **state)
{
	static const comment_count_case cases[] = {
		{ "<p>Be the first to know about our deals</p>", -1 },
		{ "<h3>Be the first to review this product</h3>", -1 },
		{ "<h2>Start the conversation</h2>", -1 },
		/* inside a sentence, a question, another story's link */
		{ "<p>Be the first to comment on the harbour plans at the meeting</p>", -1 },
		{ "<p>Be the first to comment?</p>", -1 },
		{ "<a href=\"/other-story\">Be the first to comment</a>", -1 },
		/* a count stated elsewhere disagrees: neither is believed */
		{ "<p>Be the first to comment</p><p>12 comments</p>", -1 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_calls_state_zero),
		cmocka_unit_test(test_other_calls_state_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
