/*
 * Comment counts stated inside boxes of other content (meta_comment_boxed.c):
 * a share bar in a <footer>, an entry footer, an <aside> beside the story.
 * The count is believed when every count stated in boxes agrees and none
 * is stated outside them; lists of other stories, pagers and counters a
 * script fills state nothing. Small pages written for the tests.
 */
#include "test_metadata_util.h"

static void test_counts_in_boxes(void **state)
{
	static const comment_count_case cases[] = {
		/* a Disqus counter in the share bar of the page's footer; the
		 * same bar at the top has no counter text yet */
		{ "<footer><div class=\"share-bar\"><a href=\"#comments\"><span class=\"disqus-comment-count\">0</span>"
		  "</a></div></footer>", 0 },
		/* WordPress's entry footer: the icon and a bare number */
		{ "<div class=\"entry-footer\"><span class=\"entry-meta__comments\"><span class=\"icon\"></span> 7"
		  "</span></div>", 7 },
		/* a counter with its words in an aside beside the story */
		{ "<aside class=\"article-aside\"><a class=\"article-comment-count\"><p><span>0</span> Kommentare</p>"
		  "</a></aside>", 0 },
		/* a named counter whose words come first */
		{ "<aside><a class=\"comment-count\" href=\"/story?comments=1\"><h4>reader comments</h4>"
		  "<span class=\"comment-count-number\">75</span></a></aside>", 75 },
		/* this page with a query naming its comments */
		{ "<aside><a class=\"comment-count\" href=\"https://e.org/story?comments=1\"><h4>reader comments</h4>"
		  "<span class=\"comment-count-number\">75</span> <span>with 51 posters participating</span></a></aside>",
		  75 },
		{ "<p><a href=\"/story?scrollToComments=true\">22</a></p>", 22 },
		{ "<p><a href=\"/other?scrollToComments=true\">22</a></p>", -1 },
		/* a link to the comment section in a sidebar-wrapped layout */
		{ "<div class=\"with-sidebar-right layout-sidebar\"><a href=\"/story#comments\">21 comments</a></div>", 21 },
		/* a comment section's first words inside a box */
		{ "<div class=\"sidebar-enabled\"><div class=\"entry__comments-show\"><button>View Comments (4)</button>"
		  "</div></div>", 4 },
		/* the same count twice agrees */
		{ "<footer><span class=\"comment-count\">3</span></footer><aside><span class=\"comment-count\">3</span>"
		  "</aside>", 3 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_boxes_that_state_nothing(void **state)
{
	static const comment_count_case cases[] = {
		/* a box of other stories, each with its count */
		{ "<aside class=\"popular\"><ul><li><a href=\"/a\">A</a> <span class=\"comment-count\">12</span></li>"
		  "<li><a href=\"/b\">B</a> <span class=\"comment-count\">5</span></li></ul></aside>", -1 },
		/* a counter in a teaser's link is that story's */
		{ "<aside><a href=\"/other\"><span class=\"comment-count\">9</span> Other story</a></aside>", -1 },
		/* the comment section's pager */
		{ "<nav class=\"pager\"><ul><li><a href=\"#comments\">1</a></li><li><span>2</span></li></ul></nav>",
		  -1 },
		/* a counter a script fills */
		{ "<footer><span class=\"disqus-comment-count\" data-disqus-identifier=\"x\"></span></footer>", -1 },
		/* a count stated outside boxes wins over boxes */
		{ "<p><a href=\"#comments\">5 comments</a></p><footer><span class=\"comment-count\">4</span></footer>", 5 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_japanese_and_conversation(void **state)
{
	static const comment_count_case cases[] = {
		/* "コメント 0": a stated zero is a count */
		{ "<div class=\"btn-comments\"><a href=\"https://e.org/story#ulCommentWidget\">\xE3\x82\xB3\xE3\x83\xA1"
		  "\xE3\x83\xB3\xE3\x83\x88&#xA0;0</a></div>", 0 },
		{ "<div id=\"comments\"><h3>Join the conversation (12)</h3></div>", 12 },
		{ "<p>Join the conversation</p><p>12</p>", -1 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_forum_links_and_section_statements(void **state)
{
	static const comment_count_case cases[] = {
		/* a link to the story's forum thread, its words split */
		{ "<header><a href=\"https://e.org/forum/story/forum-5/comment/\"><span>23</span> "
		  "<span>Kommentare lesen</span></a></header>", 23 },
		{ "<footer><p><a href=\"https://e.org/forum/story/forum-5/comment/\"><b>Kommentare lesen (1 Beitrag)</b>"
		  "</a></p></footer>", 1 },
		{ "<p><a href=\"//forums.e.org/discussion/213786\">(42) Comments</a></p>", 42 },
		/* a programme named "No Comment" is no count */
		{ "<p><a href=\"/nocomment\">No Comment</a></p>", -1 },
		/* forum links of other stories disagree */
		{ "<ul><li><a href=\"/forum/a/comment/\">12 Kommentare</a></li><li><a href=\"/forum/b/comment/\">"
		  "4 Kommentare</a></li></ul>", -1 },
		/* "Beitrag" alone is no comment */
		{ "<p><a href=\"/forum/a/\">Alle Beitr\xC3\xA4ge (120)</a></p>", -1 },
		/* the comment link says the word, the count stands beside it */
		{ "<div class=\"tools\"><a href=\"#comentarios\">Comentarios</a> <span>15</span></div>", 15 },
		{ "<div class=\"tools\"><a href=\"#comentarios\">Comentarios</a> <span>15</span> <span>Imprimir</span>"
		  "</div>", -1 },
		/* the thread head of the comment section, under its form */
		{ "<div id=\"comments\"><h3>Leave a Reply</h3><div class=\"thread-info\"><span>4</span> Comments</div>"
		  "</div>", 4 },
		/* the same, but a comment's words or one thread's replies */
		{ "<div id=\"comments\"><h3>Leave a Reply</h3><p>I read 3 comments on this</p></div>", -1 },
		{ "<div id=\"comments\"><h3>Leave a Reply</h3><span>3 replies</span></div>", -1 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

/* The count heads the comment section: past its first 200 elements (a
 * long thread) a short "4 Comments" is a comment's words. */
static void test_section_statement_bound(void **state)
{
	char markup[1800];
	size_t used, i;

	(void)state;
	used = (size_t)snprintf(markup, sizeof(markup), "<div id=\"comments\"><h3>Leave a Reply</h3>");
	for (i = 0; i < 200; i++)
		used += (size_t)snprintf(markup + used, sizeof(markup) - used, "<i></i>");
	snprintf(markup + used, sizeof(markup) - used, "<div><span>4</span> Comments</div></div>");
	check_comment_count(markup, "https://e.org/story", -1, NULL);
	/* the same statement near the section's head */
	check_comment_count("<div id=\"comments\"><h3>Leave a Reply</h3><i></i><div><span>4</span> Comments</div></div>",
		"https://e.org/story", 4, "html");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts_in_boxes),
		cmocka_unit_test(test_boxes_that_state_nothing),
		cmocka_unit_test(test_japanese_and_conversation),
		cmocka_unit_test(test_forum_links_and_section_statements),
		cmocka_unit_test(test_section_statement_bound),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
