/*
 * Comment counts, beyond the basic forms of test_metadata_bylines.c:
 * structured data (microdata, the older UserComments forms of JSON-LD),
 * links to the comment section by any anchor, counts said only to screen
 * readers, the words heading the comment section, counters hidden
 * until a script fills them, counts in words named for nothing, and
 * counters inside a link to another story (a teaser's). Small pages
 * written for the tests.
 */
#include "test_metadata_util.h"

#define LD(json) "<script type=\"application/ld+json\">" json "</script>"

static void test_microdata(void **state)
{
	(void)state;
	check_comment_count("<div itemscope itemtype=\"https://schema.org/BlogPosting\">"
		"<meta itemprop=\"commentCount\" content=\"12\"></div>", NULL, 12, "microdata");
	check_comment_count("<article itemscope><span itemprop=\"commentCount\">7</span></article>", NULL, 7, "microdata");
	/* the older form, and a statistic scope that counts comments */
	check_comment_count("<meta itemprop=\"interactionCount\" content=\"UserComments:5\">", NULL, 5, "microdata");
	check_comment_count("<meta itemprop=\"interactionCount\" content=\"UserLikes:5\">", NULL, -1, NULL);
	check_comment_count("<div itemprop=\"interactionStatistic\" itemscope>"
		"<link itemprop=\"interactionType\" href=\"https://schema.org/CommentAction\">"
		"<meta itemprop=\"userInteractionCount\" content=\"31\"></div>", NULL, 31, "microdata");
	/* a statistic of likes is no count of comments */
	check_comment_count("<div itemprop=\"interactionStatistic\" itemscope>"
		"<meta itemprop=\"interactionType\" content=\"https://schema.org/LikeAction\">"
		"<meta itemprop=\"userInteractionCount\" content=\"31\"></div>", NULL, -1, NULL);
	/* inside the comment section too */
	check_comment_count("<section class=\"comments\"><h2>Comments</h2>"
		"<meta itemprop=\"commentCount\" content=\"224\"></section>", NULL, 224, "microdata");
	/* the first count is the page's own item's, even empty: a question's
	 * answers carry counts of their own */
	check_comment_count("<div itemscope itemtype=\"https://schema.org/Question\"><span itemprop=\"commentCount\"></span>"
		"<div itemprop=\"suggestedAnswer\" itemscope><span itemprop=\"commentCount\">6</span></div></div>",
		NULL, -1, NULL);
	/* a teaser box's items are other articles */
	check_comment_count("<div class=\"related-posts\"><meta itemprop=\"commentCount\" content=\"9\"></div>", NULL, -1, NULL);
}

static void test_jsonld_forms(void **state)
{
	(void)state;
	check_comment_count(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"interactionStatistic\":"
		"{\"@type\":\"InteractionCounter\",\"interactionType\":\"http://schema.org/UserComments\","
		"\"userInteractionCount\":14}}"), NULL, 14, "json-ld");
	check_comment_count(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"interactionStatistic\":"
		"{\"interactionType\":{\"@id\":\"https://schema.org/CommentAction\"},\"userInteractionCount\":3}}"),
		NULL, 3, "json-ld");
	check_comment_count(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"interactionCount\":\"UserComments:21\"}"),
		NULL, 21, "json-ld");
	check_comment_count(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"interactionCount\":\"UserPageVisits:900\"}"),
		NULL, -1, NULL);
	/* the page object of the same address carries the count the article lacks */
	check_comment_count(LD("{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"url\":\"https://e.org/a\"},"
		"{\"@type\":\"WebPage\",\"url\":\"https://e.org/a\",\"commentCount\":8}]}"), "https://e.org/a", 8, "json-ld");
}

static void test_comment_links(void **state)
{
	(void)state;
	/* any anchor naming the comment section; its bare number is the count */
	check_comment_count("<a href=\"https://e.org/story-1#replies\"><svg></svg><span>108</span></a>",
		"https://e.org/story-1", 108, "html");
	check_comment_count("<a href=\"#comentarios\">5</a>", NULL, 5, "html");
	/* one comment's anchor: its number is no count */
	check_comment_count("<a href=\"#comment-12\">12</a>", NULL, -1, NULL);
	/* another story's comments */
	check_comment_count("<a href=\"https://e.org/other#replies\">40</a>", "https://e.org/story-1", -1, NULL);
	/* a section anchor's number must be bare */
	check_comment_count("<a href=\"#comments\">Page 2</a>", NULL, -1, NULL);
}

static void test_comment_labels(void **state)
{
	(void)state;
	/* a button drawn as an icon, its count said to screen readers */
	check_comment_count("<button class=\"story-bar-comment-button\" aria-label=\"View comments (0)\"><svg></svg></button>",
		NULL, 0, "html");
	check_comment_count("<button class=\"comment-button\" aria-label=\"View comments (149)\"></button>", NULL, 149, "html");
	/* the generic parser reads a lean copy of the page, which keeps such
	 * a label (html_lean_tag.c) */
	{
		static const char page[] = "<html><head><title>Comment count test page</title></head><body>"
			"<button class=\"comment-button\" aria-label=\"View comments (12)\"></button>"
			"<p>The article text follows and is long enough to be a body.</p></body></html>";
		newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
		newsdoc_document *doc;

		opts.parser = "generic";
		doc = parse_with(page, NULL, &opts);
		assert_int_equal(newsdoc_document_comment_count(doc), 12);
		newsdoc_document_free(doc);
	}
	/* likes are not comments */
	check_comment_count("<button class=\"like-button\" aria-label=\"Like (30)\"></button>", NULL, -1, NULL);
	check_comment_count("<button class=\"comment-button\" aria-label=\"Like (30)\"></button>", NULL, -1, NULL);
}

static void test_section_heading(void **state)
{
	(void)state;
	/* the first words of the comment section, in a plain <div> */
	check_comment_count("<div id=\"comments\" class=\"comments-area\"><div id=\"respond\"></div><div class=\"thread-head\">"
		"<div class=\"thread-info\"><span>36</span> Comments</div></div></div>", NULL, 36, "html");
	check_comment_count("<section class=\"story-community\"><header><h1><em>Forum: </em>5 <span>Postings</span></h1>"
		"<h2>Your opinion counts.</h2></header></section>", NULL, 5, "html");
	/* only the first words: a reply count further down is one thread's */
	check_comment_count("<div class=\"comments\"><p>Leave a reply</p><div class=\"thread\"><span>3 replies</span></div></div>",
		NULL, -1, NULL);
	/* a form's limit is not a count */
	check_comment_count("<div class=\"comments\"><p>1000 characters remaining</p></div>", NULL, -1, NULL);
}

static void test_hidden_counters(void **state)
{
	(void)state;
	/* a placeholder a script fills: the page states nothing */
	check_comment_count("<a href=\"#c\"><span class=\"comments-count hidden\">0</span></a>", NULL, -1, NULL);
	check_comment_count("<div class=\"comment-counter\" style=\"display: none\">0</div>", NULL, -1, NULL);
	check_comment_count("<span class=\"comment-count\" hidden>4</span>", NULL, -1, NULL);
	check_comment_count("<span class=\"comment-count\">4</span>", NULL, 4, "html");
}

static void test_counts_in_words(void **state)
{
	(void)state;
	/* words in elements named for nothing, outside boxes */
	check_comment_count("<h1>Headline</h1><p class=\"meta\"><span>0</span> Kommentare</p>", NULL, 0, "html");
	check_comment_count("<div><h2>Responses (18)</h2></div>", NULL, 18, "html");
	check_comment_count("<div class=\"x9 b2\"><span>Vos r\xC3\xA9" "actions (11)</span></div>", NULL, 11, "html");
	check_comment_count("<p>61 commentaires</p>", NULL, 61, "html");
	/* the same count stated twice (above and below the story) */
	check_comment_count("<p>75 comments</p><p>The story.</p><div class=\"x\">75 comments</div>", NULL, 75, "html");
	/* a link to another page states that page's count */
	check_comment_count("<p><a href=\"/other-story\">9 Comments</a></p>", "https://e.org/story", -1, NULL);
	check_comment_count("<a href=\"/other-story\"><span>9 Comments</span></a>", "https://e.org/story", -1, NULL);
	check_comment_count("<a href=\"https://e.org/story\"><span>9 Comments</span></a>", "https://e.org/story", 9, "html");
	/* teasers stating their own counts disagree: no count */
	check_comment_count("<ul><li><a href=\"/a\">Story A</a> <span>604 COMMENTS</span></li>"
		"<li><a href=\"/b\">Story B</a> <span>226 COMMENTS</span></li></ul>", NULL, -1, NULL);
	/* a box of other stories is not read */
	check_comment_count("<div class=\"related-posts\"><span>9 comments</span></div>", NULL, -1, NULL);
	/* a counter named for comments decides before words */
	check_comment_count("<p>3 comments</p><span class=\"comment-count\">4</span>", NULL, 4, "html");
	/* no form limit, share count or other number */
	check_comment_count("<form><textarea maxlength=\"1000\"></textarea><p>1000 characters remaining</p></form>",
		NULL, -1, NULL);
	check_comment_count("<p>Max. 1000 Zeichen</p><span>12 shares</span><p>Posted 3 days ago</p>", NULL, -1, NULL);
	/* a long sentence is no statement of a count */
	check_comment_count("<p>5 comments were sent to the council in the weeks before the vote on the new bridge.</p>",
		NULL, -1, NULL);
}

static void test_counters_in_links(void **state)
{
	(void)state;
	/* a teaser card's counter, inside its link to another story */
	check_comment_count("<a href=\"/other-story\"><span>Other story</span><span class=\"thumbnail__comments\">(3)</span></a>",
		"https://e.org/story", -1, NULL);
	check_comment_count("<a href=\"/other-story#comments\"><span class=\"comment-count\">3</span></a>",
		"https://e.org/story", -1, NULL);
	/* a comment section inside such a link is the other story's */
	check_comment_count("<a href=\"/other-story\"><div class=\"comments\"><h3>5 comments</h3></div></a>",
		"https://e.org/story", -1, NULL);
	/* in a link to this page or its comments, the page's own */
	check_comment_count("<a href=\"https://e.org/story\"><span class=\"comment-count\">3</span></a>",
		"https://e.org/story", 3, "html");
	check_comment_count("<a href=\"#comments\"><span class=\"comment-count\">3</span></a>", "https://e.org/story", 3, "html");
	/* a comment link that is the counter itself, to a forum thread */
	check_comment_count("<a class=\"post-comments\" href=\"/forum/thread-8\">15</a>", "https://e.org/story", 15, "html");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_microdata),
		cmocka_unit_test(test_jsonld_forms),
		cmocka_unit_test(test_comment_links),
		cmocka_unit_test(test_comment_labels),
		cmocka_unit_test(test_section_heading),
		cmocka_unit_test(test_hidden_counters),
		cmocka_unit_test(test_counts_in_words),
		cmocka_unit_test(test_counters_in_links),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
