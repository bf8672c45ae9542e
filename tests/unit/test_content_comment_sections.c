/*
 * Comment sections beside an article (score.c, is_comment_section): a
 * section of many comments holds most of the page's prose, which made
 * clear_false_furniture take it for a lying layout wrapper and the body
 * the comments. Each page is written for the test.
 */
#include "content_test_util.h"

#define ARTICLE_PARAS \
	"<p>The harbour ferry sailed again on Monday morning, after four months in the dry dock at Kell Point, " \
	"carrying commuters across the bay for the first time since November, the operator said.</p>" \
	"<p>Engineers replaced both propeller shafts and rebuilt the wheelhouse, at a cost of about 1.2 million " \
	"pounds, paid for by the council, which owns the boat and leases it to the operator.</p>" \
	"<p>Passengers queued from six o'clock, and the first crossing was full within minutes, according to the " \
	"harbour master, who counted more than two hundred people on the pier before dawn.</p>" \
	"<p>The council has promised a second vessel by next spring, so that the service can keep running during " \
	"maintenance, and a new timetable will be published at the end of the month.</p>" \
	"<p>Fares stay the same until the summer, when the operator expects to review them, and weekly tickets " \
	"bought before the closure will be honoured for another four weeks, the council said.</p>" \
	"<p>Local traders welcomed the return of the service, saying that the months without the ferry had cost " \
	"them customers, since the road around the bay takes an hour at busy times.</p>" \
	"<p>The operator apologised for the delays to the repairs, which were first expected to take two months, " \
	"and said that parts ordered from abroad had arrived late.</p>"

#define COMMENT(n) \
	"<li class=\"comment\"><div class=\"comment-author\"><cite>Reader " #n "</cite></div>" \
	"<div class=\"comment-body\"><p>I took the first crossing this morning and, honestly, it was worth the wait, " \
	"although the queue at the pier was long and the café was closed, which nobody had told us about.</p></div></li>"
#define COMMENTS10(n) COMMENT(n##0) COMMENT(n##1) COMMENT(n##2) COMMENT(n##3) COMMENT(n##4) \
	COMMENT(n##5) COMMENT(n##6) COMMENT(n##7) COMMENT(n##8) COMMENT(n##9)

/* A comment section holding most of the page's prose after an article
 * of more than a thousand characters: the body is the article, whether
 * the comments hold most of the container's prose (10 comments; blocks.c
 * kept them) or of the page's too (40; score.c cleared their name). */
static void test_long_comment_section_stays_out(void **state)
{
	static const char ten[] =
		"<html><body><h1>The ferry is back</h1>" ARTICLE_PARAS
		"<section id=\"comments\" class=\"comments-area\"><h2>Comments</h2><ol class=\"comment-list\">"
		COMMENTS10(1) "</ol></section></body></html>";
	static const char forty[] =
		"<html><body><h1>The ferry is back</h1>" ARTICLE_PARAS
		"<section id=\"comments\" class=\"comments-area\"><h2>Comments</h2><ol class=\"comment-list\">"
		COMMENTS10(1) COMMENTS10(2) COMMENTS10(3) COMMENTS10(4) "</ol></section></body></html>";
	(void)state;

	check_body(ten, "Engineers replaced both propeller shafts", "worth the wait");
	check_body(forty, "Engineers replaced both propeller shafts", "worth the wait");
}

/* An article wrapper whose name says comments ("comments-enabled"), with
 * next to no prose outside it, is still the article. */
static void test_comment_named_wrapper_with_the_article(void **state)
{
	static const char page[] =
		"<html><body><div class=\"top\"><p>Menu</p></div>"
		"<div id=\"article\" class=\"post comments-enabled\"><h1>The ferry is back</h1>" ARTICLE_PARAS "</div>"
		"</body></html>";
	(void)state;

	check_body(page, "Passengers queued from six", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_long_comment_section_stays_out),
		cmocka_unit_test(test_comment_named_wrapper_with_the_article),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
