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

/* Parse `page`: its body holds `want` and not `unwanted` (when given). */
static void check_body(const char *page, const char *want, const char *unwanted)
{
	newsdoc_document *doc = parse_string(page, NULL);

	assert_non_null(doc);
	if (!body_has(doc, want))
		fail_msg("the body lacks \"%s\": %s", want, newsdoc_document_text(doc));
	if (unwanted && body_has(doc, unwanted))
		fail_msg("the body holds \"%s\"", unwanted);
	newsdoc_document_free(doc);
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

/* Five posts of a thread, for the pages below that hide them. */
#define THREAD_POSTS \
	"<div class=\"post\"><p>The new timetable starts on Monday, and the first crossing now leaves at six, " \
	"half an hour earlier than before, which suits the people who work in the harbour.</p></div>" \
	"<div class=\"post\"><p>I tried the early boat this morning and it was full by the time it left, so the " \
	"operator may have to add a second crossing at that hour before long.</p></div>" \
	"<div class=\"post\"><p>The fares went up as well, although the weekly ticket is still cheaper than " \
	"driving round the bay, even for somebody who only crosses three times a week.</p></div>" \
	"<div class=\"post\"><p>Does anybody know whether the late boat on Saturdays still waits for the last " \
	"train, or has that arrangement ended with the new timetable as well?</p></div>" \
	"<div class=\"post\"><p>It still waits, according to the notice at the pier, but only for ten minutes, " \
	"and the notice says that the arrangement will be reviewed in the autumn.</p></div>"

/* A forum that serves its posts to crawlers in <noscript> behind a
 * script splash: the posts are the body. */
static void test_noscript_crawler_view(void **state)
{
	static const char page[] =
		"<html><body><section id=\"splash\"><h2>Loading...</h2></section>"
		"<noscript><div id=\"main-outlet\" role=\"main\"><h1>New ferry timetable</h1>" THREAD_POSTS
		"</div></noscript></body></html>";
	(void)state;

	check_body(page, "The fares went up as well", "Loading");
}

/* An application wrapped in a hidden anti-flash <div> that a script
 * reveals; and a page that an unclosed tag made the parser nest inside a
 * <button>: either way the page's text is the body. */
static void test_hidden_shell_revealed(void **state)
{
	static const char hidden[] =
		"<html><body><div style=\"visibility:hidden; min-height:100vh\"><main>" THREAD_POSTS
		"</main></div></body></html>";
	static const char button[] =
		"<html><body><header><button class=\"menu-button\"><span>Menu</span><div class=\"inner\"><div></button>"
		"<article>" THREAD_POSTS "</article></body></html>";
	(void)state;

	check_body(hidden, "The fares went up as well", NULL);
	check_body(button, "The fares went up as well", NULL);
}

/* A small hidden menu next to a visible article stays hidden. */
static void test_small_hidden_box_stays_hidden(void **state)
{
	static const char page[] =
		"<html><body><div style=\"display:none\"><p>Sign in to keep reading, and to save the stories you like "
		"for later, on every device you use.</p></div><article>" THREAD_POSTS "</article></body></html>";
	(void)state;

	check_body(page, "The fares went up as well", "Sign in");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_name_is_not_furniture),
		cmocka_unit_test(test_noscript_crawler_view),
		cmocka_unit_test(test_hidden_shell_revealed),
		cmocka_unit_test(test_small_hidden_box_stays_hidden),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
