/* Which source's authors the document takes, and how lists merge. */
#include "test_metadata_util.h"

/* A newsletter named after its author: JSON-LD names her, and so does the
 * site name, so her name alone does not count as a person's; the byline
 * runs her name into the date beside it. The structured name is the one. */
static void test_reserve_name_extended(void **state)
{
	static const char html[] = PAGE(
		"<meta property=\"og:site_name\" content=\"Jane Roe\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"}}</script>",
		"<div class=\"byline\"><span>Jane Roe</span> <span>Dec 17, 2025</span></div>");
	static const char handle[] = PAGE(
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"Mazi\"}}</script>",
		"<a rel=\"author\" href=\"/author/mazi\"><p>Mazi</p> <p>December 19, 2025</p></a>");
	static const char other[] = PAGE(
		"<meta property=\"og:site_name\" content=\"Harbour Times\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"author\":{\"@type\":\"Organization\",\"name\":\"Harbour Times\"}}</script>",
		"<div class=\"byline\">By Sam Poe</div>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Jane Roe", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "json-ld");
	newsdoc_document_free(doc);

	doc = parse_page(handle, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Mazi", NULL, NULL);
	newsdoc_document_free(doc);

	/* the publisher credited in JSON-LD still yields to the journalist */
	doc = parse_page(other, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Sam Poe", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "byline");
	newsdoc_document_free(doc);
}

/* A date after the name begins with its month: "Corin Haskell July 3,
 * 2025" names Corin Haskell; "April Ryan and June Smith" are two people. */
static void test_byline_month_ends_names(void **state)
{
	static const char dated[] = PAGE("",
		"<div class=\"author-details\"><span class=\"author-name\">Corin Haskell</span> "
		"<span class=\"published-date\">July 3, 2025</span></div>");
	static const char names[] = PAGE("", "<div class=\"byline\">By April Ryan and June Smith</div>");
	newsdoc_document *doc = parse_page(dated, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Corin Haskell", NULL, NULL);
	newsdoc_document_free(doc);

	doc = parse_page(names, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_author(doc, 0, "April Ryan", NULL, NULL);
	assert_author(doc, 1, "June Smith", NULL, NULL);
	newsdoc_document_free(doc);
}

/* An author box's link label after the name ends the byline, as a date
 * does: "Corin Haskell Articles" names Corin Haskell (meta_byline_words.c
 * lists "articles" among the words that end a byline). */
static void test_byline_link_label_ends_names(void **state)
{
	static const char boxed[] = PAGE("", "<div class=\"byline\">By Corin Haskell Articles</div>");
	newsdoc_document *doc = parse_page(boxed, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Corin Haskell", NULL, NULL);
	newsdoc_document_free(doc);
}

/* Degrees after a name are hers, not more authors; a name after them is
 * still read. */
static void test_byline_credentials(void **state)
{
	static const char html[] = PAGE("",
		"<div class=\"byline\">By Tamsin Oakridge, MS, RD and Peregrine Voss, Ph.D.</div>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_field(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Tamsin Oakridge");
	assert_field(newsdoc_author_name(newsdoc_document_author_at(doc, 1)), "Peregrine Voss");
	newsdoc_document_free(doc);
}

/* Two links to the same author, each "Name, DVM": the second names her
 * again, and its credential is still hers, not a second author. */
static void test_repeated_author_link_credentials(void **state)
{
	static const char html[] = PAGE("",
		"<p>By <a rel=\"author\" href=\"/author/jane-doe\">Jane Doe, DVM</a>. Reviewed by "
		"<a rel=\"author\" href=\"/author/john-roe\">John Roe, DVM</a></p>"
		"<div class=\"about\"><a rel=\"author\" href=\"/author/jane-doe\">Jane Doe, DVM</a></div>");
	newsdoc_document *doc = parse_page(html, NULL);
	size_t i;
	(void)state;

	for (i = 0; i < newsdoc_document_author_count(doc); i++)
		if (!strcmp(newsdoc_author_name(newsdoc_document_author_at(doc, i)), "DVM"))
			fail_msg("the credential after a repeated name became an author");
	assert_field(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Jane Doe");
	newsdoc_document_free(doc);
}

/* A Q&A page: the question's author is the page's; the authors of the
 * answers and comments wrote those replies. */
static void test_microdata_replies(void **state)
{
	static const char html[] = PAGE("",
		"<main itemscope itemtype=\"https://schema.org/QAPage\">"
		"<section itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\">"
		"<h1 itemprop=\"name\">Why does my bread dough not rise?</h1>"
		"<p class=\"asker\">Asked by <span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
		"<a itemprop=\"name\" href=\"/members/7\">crumbfan</a></span></p>"
		"<aside itemscope itemtype=\"https://schema.org/Comment\"><p itemprop=\"text\">Is the yeast fresh?</p>"
		"<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
		"<span itemprop=\"name\">Olwen Marsh</span></span></aside></section>"
		"<section itemprop=\"acceptedAnswer\" itemscope itemtype=\"https://schema.org/Answer\">"
		"<p itemprop=\"text\">Warm the water a little first.</p>"
		"<span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
		"<span itemprop=\"name\">Tobias Renn</span></span></section></main>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "crumbfan", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "microdata");
	newsdoc_document_free(doc);
}

/* A QAPage in JSON-LD: the question's author is the page's. */
static void test_jsonld_question_author(void **state)
{
	static const char html[] = PAGE(
		"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"QAPage\","
		"\"mainEntity\":{\"@type\":\"Question\",\"name\":\"Printer drivers gone after update\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"quillmoth\"},"
		"\"suggestedAnswer\":[{\"@type\":\"Answer\",\"author\":{\"@type\":\"Person\",\"name\":\"ferngrove\"}}]}}"
		"</script>", "");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "quillmoth", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "json-ld");
	newsdoc_document_free(doc);
}

/* A page that states its meta values in "value" rather than "content":
 * the author's name, the site's and the date are read from there (the
 * social title is not: the headline stays the title). */
static void test_meta_value_attribute(void **state)
{
	static const char html[] = PAGE(
		"<meta property=\"og:site_name\" value=\"Valley Ledger\">"
		"<meta property=\"og:title\" value=\"You will not believe this mill\">"
		"<meta name=\"author\" value=\"Ada Quill\">"
		"<meta property=\"article:published_time\" value=\"2024-03-05T10:00:00Z\">",
		"<h1>Old mill reopens as a library</h1>");
	static const char microdata[] = PAGE("",
		"<article itemscope itemtype=\"https://schema.org/NewsArticle\"><h1>Ferry timetable changes</h1>"
		"<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
		"<meta itemprop=\"name\" value=\"Bram Ostend\"></div></article>");
	newsdoc_document *doc = parse_page(html, "https://ledger.example/2024/mill");
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Ada Quill", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "meta");
	assert_non_null(newsdoc_document_published(doc));
	assert_int_equal(strncmp(newsdoc_document_published(doc), "2024-03-05", 10), 0);
	assert_field(newsdoc_document_site_name(doc), "Valley Ledger");
	assert_field(newsdoc_document_title(doc), "Old mill reopens as a library");
	newsdoc_document_free(doc);

	doc = parse_page(microdata, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Bram Ostend", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "microdata");
	newsdoc_document_free(doc);
}

/* A forum thread rendered for readers without scripts inside <noscript>:
 * the first post's microdata author is the page's (the replies' are
 * not); nothing else in there is read. */
static void test_noscript_microdata_author(void **state)
{
	static const char html[] = PAGE("",
		"<div id=\"app\"></div><noscript>"
		"<div itemscope itemtype=\"http://schema.org/DiscussionForumPosting\">"
		"<meta itemprop=\"headline\" content=\"Sourdough starter smells of acetone\">"
		"<div id=\"post_1\"><span class=\"creator\" itemprop=\"author\" itemscope "
		"itemtype=\"http://schema.org/Person\"><a itemprop=\"url\" href=\"/u/loafwright\">"
		"<span itemprop=\"name\">loafwright</span></a></span>"
		"<div itemprop=\"text\"><p>Mine smells sharp after two days. Is it hungry?</p></div></div>"
		"<div id=\"post_2\" itemprop=\"comment\" itemscope itemtype=\"http://schema.org/Comment\">"
		"<span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
		"<span itemprop=\"name\">crumbcounter</span></span><p>Feed it twice a day.</p></div></div>"
		"<p class=\"byline\">By Hattie Pollard</p></noscript>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "loafwright", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "microdata");
	newsdoc_document_free(doc);
}

/* A forum thread that credits nobody in its markup: the first member
 * whose profile it links to started the thread; the list of members and
 * the repliers are no authors, and a page that names its author keeps
 * that name. */
static void test_forum_member_link(void **state)
{
	static const char thread[] = PAGE("",
		"<h1>Kettle descaling with citric acid?</h1>"
		"<div class=\"forum-head\"><a href=\"/members/\">Members</a></div>"
		"<div class=\"thread-meta\"><a href=\"/members/brewgull.4417/\" class=\"username\">brewgull</a></div>"
		"<div class=\"post\"><p>Does citric acid harm the element?</p></div>"
		"<div class=\"post\"><a href=\"/members/limescale.12/\" class=\"username\">limescale</a>"
		"<p>No, rinse it twice.</p></div>");
	static const char article[] = PAGE(
		"<meta name=\"author\" content=\"Nadia Ferrant\">",
		"<h1>Town hall roof repaired</h1><a href=\"/users/42\">oakleaf</a>");
	/* the replies sit in a box of other content: their members still
	 * tell a forum */
	static const char boxed_replies[] = PAGE("",
		"<h1>Kettle descaling with citric acid?</h1>"
		"<div class=\"thread-meta\"><a href=\"/members/brewgull.4417/\">brewgull</a></div>"
		"<p>Does citric acid harm the element?</p>"
		"<div class=\"comments\"><a href=\"/members/limescale.12/\">limescale</a><p>No.</p></div>");
	newsdoc_document *doc = parse_page(thread, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "brewgull", NULL, NULL);
	newsdoc_document_free(doc);

	doc = parse_page(boxed_replies, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "brewgull", NULL, NULL);
	newsdoc_document_free(doc);

	doc = parse_page(article, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Nadia Ferrant", NULL, NULL);
	newsdoc_document_free(doc);
}

/* Sign-in, register and account links share the member paths; they are
 * no members, and a page with one member-like link is no forum. */
static void test_account_links_no_member(void **state)
{
	static const char login[] = PAGE("",
		"<header><a href=\"/user/login\">Jane Account</a> "
		"<a href=\"https://example.org/profile/edit\">Edit Profile</a></header>"
		"<h1>Council approves new budget</h1><p>The council approved the budget.</p>");
	static const char reg[] = PAGE("",
		"<header><a href=\"/members/register/\">Register Now</a> "
		"<a href=\"/users/sign_in\">Sign in</a></header>"
		"<h1>Council approves new budget</h1><p>The council approved the budget.</p>");
	static const char lone[] = PAGE("",
		"<h1>Council approves new budget</h1><p>By the desk. <a href=\"/u/tallyclerk\">tallyclerk</a></p>");
	static const char other_site[] = PAGE("",
		"<h1>Kettle descaling?</h1><a href=\"https://elsewhere.example/members/brewgull.4/\">brewgull</a>"
		"<a href=\"https://elsewhere.example/members/limescale.12/\">limescale</a>");
	newsdoc_document *doc = parse_page(login, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 0);
	newsdoc_document_free(doc);
	doc = parse_page(reg, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 0);
	newsdoc_document_free(doc);
	doc = parse_page(lone, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 0);
	newsdoc_document_free(doc);
	doc = parse_page(other_site, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 0);
	newsdoc_document_free(doc);
}

/* A forum's member pages may sit on its parent domain or a subdomain of
 * it ("forum.example.test" links "//example.test/members/..."): the same
 * site as the page; a look-alike host ("badexample.test") is not. */
static void test_member_link_same_site(void **state)
{
	static const char thread[] = PAGE("",
		"<h1>Kettle descaling with citric acid?</h1>"
		"<div class=\"thread-meta\"><a href=\"https://Example.test/members/brewgull.4417/\">brewgull</a></div>"
		"<div class=\"post\"><p>Does citric acid harm the element?</p></div>"
		"<div class=\"post\"><a href=\"//www.example.test/members/limescale.12/\">limescale</a>"
		"<p>No, rinse it twice.</p></div>");
	static const char look_alike[] = PAGE("",
		"<h1>Kettle descaling with citric acid?</h1>"
		"<div class=\"thread-meta\"><a href=\"https://badexample.test/members/brewgull.4417/\">brewgull</a></div>"
		"<div class=\"post\"><a href=\"https://badexample.test/members/limescale.12/\">limescale</a>"
		"<p>No, rinse it twice.</p></div>");
	newsdoc_document *doc = parse_page(thread, "https://forum.example.test/threads/kettle.99/");
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "brewgull", NULL, NULL);
	newsdoc_document_free(doc);
	doc = parse_page(thread, "https://www.example.test:8443/threads/kettle.99/");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "brewgull", NULL, NULL);
	newsdoc_document_free(doc);
	doc = parse_page(look_alike, "https://example.test/threads/kettle.99/");
	assert_int_equal(newsdoc_document_author_count(doc), 0);
	newsdoc_document_free(doc);
}

/* The page's authors are `names` (NULL-ended), in order, with no role. */
static void expect_author_names(const char *html, const char *const *names)
{
	newsdoc_document *doc = parse_page(html, NULL);
	size_t i;

	for (i = 0; names[i]; i++)
		assert_author(doc, i, names[i], NULL, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), i);
	newsdoc_document_free(doc);
}

/* A site's menu of its columnists, one link to an author's page an item,
 * credits none of them; the story's own author link after it does, and a
 * byline's two authors listed as items stay authors. */
static void test_author_menu_is_no_byline(void **state)
{
	static const char menu[] = PAGE("",
		"<div class=\"topnav\"><ul>"
		"<li><a href=\"/blogs/author/ada-finch/\">Ada Finch</a></li>"
		"<li><a href=\"/blogs/author/bo-lund/\">Bo Lund</a></li>"
		"<li><a href=\"/blogs/author/cy-marsh/\">Cy Marsh</a></li>"
		"<li><a href=\"/blogs/author/dee-holt/\">Dee Holt</a></li></ul></div>"
		"<div class=\"meta\"><a href=\"/author/eve-stone\">Eve Stone</a></div>");
	static const char pair[] = PAGE("",
		"<ul class=\"meta\"><li><a href=\"/author/eve-stone\">Eve Stone</a></li>"
		"<li><a href=\"/author/fay-wren\">Fay Wren</a></li></ul>");
	static const char *const menu_names[] = { "Eve Stone", NULL };
	static const char *const pair_names[] = { "Eve Stone", "Fay Wren", NULL };

	(void)state;
	expect_author_names(menu, menu_names);
	expect_author_names(pair, pair_names);
}

/* A wire story's closing credit names its reporters and writers when no
 * other source names a person: not its editors, not a place after a name,
 * not the lead-in words of a label; a byline that names a person comes
 * first. */
static void test_wire_credit_line(void **state)
{
	static const char wire[] = PAGE(
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"author\":{\"@type\":\"Organization\",\"name\":\"Valley Wire\"}}</script>",
		"<p>(<em>Reporting by Ada Finch in Harbourton and Bo Lund, with additional reporting by "
		"Cy Marsh; Editing by Dee Holt</em>)</p>");
	static const char named[] = PAGE("",
		"<div class=\"byline\">By Eve Stone</div><p>(Writing by Fay Wren; Editing by Dee Holt)</p>");
	static const char *const wire_names[] = { "Ada Finch", "Bo Lund", "Cy Marsh", NULL };
	static const char *const named_names[] = { "Eve Stone", NULL };

	(void)state;
	expect_author_names(wire, wire_names);
	expect_author_names(named, named_names);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wire_credit_line),
		cmocka_unit_test(test_author_menu_is_no_byline),
		cmocka_unit_test(test_reserve_name_extended),
		cmocka_unit_test(test_account_links_no_member),
		cmocka_unit_test(test_byline_month_ends_names),
		cmocka_unit_test(test_byline_link_label_ends_names),
		cmocka_unit_test(test_byline_credentials),
		cmocka_unit_test(test_repeated_author_link_credentials),
		cmocka_unit_test(test_microdata_replies),
		cmocka_unit_test(test_jsonld_question_author),
		cmocka_unit_test(test_meta_value_attribute),
		cmocka_unit_test(test_noscript_microdata_author),
		cmocka_unit_test(test_forum_member_link),
		cmocka_unit_test(test_member_link_same_site),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
