/*
 * The generic extractor's body rules for pages nobody tuned on (issue 13):
 * each test is a small page written for the rule it checks, and fails
 * without that rule.
 */
#include "content_test_util.h"

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

/* A service page of sections, one of them named as rich text, with a grid
 * of link cards that keeps the container from widening: the chosen box
 * holds a small share of the page's prose, and the main region is read. */
static void test_main_region_second_opinion(void **state)
{
	static const char page[] =
		"<html><body><nav><a href=\"/\">Home</a></nav><main>"
		"<section><div class=\"rich-text\"><p>We repair boats of every size in our yard at Kell Point, from dinghies "
		"to the harbour ferry, and we have done so for forty years, with the same care.</p></div></section>"
		"<section><p>Our engineers service engines, replace shafts and propellers, and rebuild wheelhouses, with "
		"parts that we keep in stock so that a boat is back on the water within days.</p></section>"
		"<section><p>In the winter months the yard offers dry storage under cover, with a lift-out, a pressure wash "
		"and an inspection of the hull included in one price for the season.</p></section>"
		"<section><p>Call the office or come by the yard on any weekday, and one of our engineers will look at the "
		"boat and give you a written quote for the work before anything starts.</p></section>"
		"<section><ul>"
		"<li><a href=\"/a\">Engine servicing for outboard and inboard motors of every make</a></li>"
		"<li><a href=\"/b\">Hull repairs in wood, steel and glass fibre, with a written guarantee</a></li>"
		"<li><a href=\"/c\">Rigging, sails and masts checked and replaced before the season</a></li>"
		"<li><a href=\"/d\">Electrical work, navigation lights, radios and chart plotters fitted</a></li>"
		"<li><a href=\"/e\">Antifouling, polishing and osmosis treatment in our heated shed</a></li>"
		"<li><a href=\"/f\">Winter storage, lift-out, pressure wash and launch in the spring</a></li>"
		"<li><a href=\"/g\">Surveys for insurance and for buyers, with a full written report</a></li>"
		"<li><a href=\"/h\">Delivery by road or by sea to any harbour on the coast</a></li>"
		"</ul></section></main></body></html>";
	(void)state;

	check_body(page, "Call the office or come by the yard", NULL);
	check_body(page, "We repair boats of every size", NULL);
}

/* The floor: a page with visible text never gives an empty body. Every
 * paragraph in a wrapper named like furniture; a page of links only; a
 * page with no visible text but a description. */
static void test_floor_never_empty(void **state)
{
	static const char named[] =
		"<html><body><div class=\"promo-block\"><p>The yard at Kell Point repairs boats of every size, from dinghies "
		"to the harbour ferry, and has done so for forty years.</p></div>"
		"<div class=\"promo-block\"><p>Its engineers service engines, replace shafts and rebuild wheelhouses, with parts "
		"kept in stock so that a boat is back on the water within days.</p></div>"
		"<div class=\"promo-block\"><p>In winter the yard offers dry storage under cover, with a lift-out and a pressure "
		"wash included in one price for the whole season.</p></div>"
		"<div class=\"promo-block\"><p>Call the office on any weekday, and an engineer will look at the boat and give a "
		"written quote before any work starts.</p></div></body></html>";
	static const char links[] =
		"<html><body><ul><li><a href=\"/1\">Ferry timetable changes on Monday</a></li>"
		"<li><a href=\"/2\">Harbour wall repairs start in the spring</a></li>"
		"<li><a href=\"/3\">Council approves a second ferry for the bay</a></li></ul></body></html>";
	static const char described[] =
		"<html><head><meta name=\"description\" content=\"The ferry timetable changes on Monday.\"></head>"
		"<body><div id=\"app\"></div><script>start()</script></body></html>";
	(void)state;

	check_body(named, "Call the office on any weekday", NULL);
	check_body(links, "Council approves a second ferry", NULL);
	check_body(described, "The ferry timetable changes on Monday.", NULL);
}

/* A page of `count` pictures: `head`, then `item` with its number in
 * every %d, then `tail`, written into `page`. */
static void picture_page(char *page, size_t size, const char *head, const char *item, int count, const char *tail)
{
	size_t len = (size_t)snprintf(page, size, "%s", head);
	int i;

	for (i = 0; i < count && len < size; i++)
		len += (size_t)snprintf(page + len, size - len, item, i, i, i);
	if (len < size)
		snprintf(page + len, size - len, "%s", tail);
}

/* A body of pictures alone says nothing: a product grid whose cards are
 * images (names only in alt text) is empty to a reader of its text, and
 * the floor reads on to the words the page does show. */
static void test_floor_pictures_only(void **state)
{
	char page[4096];
	(void)state;

	picture_page(page, sizeof(page), "<html><head><title>Running shoes</title></head><body><main>"
		"<div class=\"product-grid\">", "<div class=\"product-card\"><a href=\"/p/%d\"><figure><img "
		"src=\"/img/%d.jpg\" alt=\"Trail shoe model %d\"></figure></a></div>", 12,
		"</div></main><ul><li><a href=\"/a\">Trail running shoes for men</a></li><li><a href=\"/b\">Road "
		"running shoes for women</a></li><li><a href=\"/c\">Track spikes and racing flats</a></li></ul>"
		"</body></html>");
	check_body(page, "Road running shoes for women", NULL);
}

/* A gallery whose pictures have captions says something: it stays the
 * body, the floor does not replace it with the page's other text. */
static void test_floor_keeps_captioned_gallery(void **state)
{
	char page[4096];
	newsdoc_document *doc;
	(void)state;

	picture_page(page, sizeof(page), "<html><head><title>Storm pictures</title></head><body><main>"
		"<div class=\"gallery\">", "<figure><img src=\"/img/%d.jpg\" alt=\"\"><figcaption>The harbour "
		"wall at dawn, picture %d of the series taken through the winter storms (%d)</figcaption></figure>", 8,
		"</div></main><ul><li><a href=\"/a\">Ferry timetable changes on Monday</a></li><li><a href=\"/b\">"
		"Harbour wall repairs start in the spring</a></li></ul></body></html>");
	doc = parse_string(page, NULL);
	assert_non_null(doc);
	if (!blocks_of_type(doc, NEWSDOC_BLOCK_FIGURE))
		fail_msg("the gallery's figures are gone: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Ferry timetable changes"))
		fail_msg("the floor replaced the gallery: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A section's id that spells its own heading is an anchor (documentation
 * generators, Markdown renderers): "sharing-with-a-single-developer" is
 * no share bar. A share bar keeps its name. */
static void test_heading_anchor_is_not_a_name(void **state)
{
	static const char page[] =
		"<html><head><title>Working with shared history</title></head><body><div class=\"content\">"
		"<div class=\"section\" id=\"working-with-shared-history\"><h1>Working with shared history</h1>"
		"<p>Once you have learnt to rewrite history in one repository, you can move on to rewriting it across "
		"several, which takes more care and a few new settings.</p>"
		"<div class=\"section\" id=\"sharing-with-a-single-developer\"><h2><a href=\"#toc1\">Sharing with a "
		"single developer</a><a class=\"headerlink\" href=\"#sharing-with-a-single-developer\">\xC2\xB6</a></h2>"
		"<p>The simplest case is one developer working on two computers, who wants to carry unfinished changes "
		"from the desk to the laptop without publishing them.</p>"
		"<p>Keep the changes in draft and push them to a repository that does not publish, and both computers "
		"see the same drafts.</p></div>"
		"<div class=\"section\" id=\"conclusion\"><h2>Conclusion</h2><p>Rewriting shared history is a sharp "
		"tool: used with care it keeps a project's history clean for everyone who reads it later.</p></div>"
		"<div class=\"sharing-buttons\" id=\"share-on-social\"><h3>Share on social</h3><p>Tell your friends "
		"about this page on every network you use.</p></div>"
		"</div></div></body></html>";
	(void)state;

	check_body(page, "carry unfinished changes from the desk", "Tell your friends");
}

/* A heading's own id that spells its text is its anchor, also with the
 * prefix and count that generators add ("h-", "-2") or the heading's
 * number left out: "h-share-the-load-2" and "follow-the-money" name no
 * share bar or follow button. A heading whose id spells something else
 * keeps its name. */
static void test_heading_own_anchor_is_not_a_name(void **state)
{
	static const char page[] =
		"<html><head><title>Running a village shop</title></head><body><article><h1>Running a village shop</h1>"
		"<div class=\"story\"><p>The shop on the green has changed hands four times in ten years, and the newest "
		"owners say they have finally found a way to keep it open all year.</p>"
		"<h2 id=\"h-share-the-load-2\">Share the load</h2>"
		"<p>Twelve neighbours now take one morning each behind the counter, so that no one person carries the "
		"whole week and the owners can take a day off now and then.</p>"
		"<h3 id=\"follow-the-money-each-month\">2. Follow the money each month</h3>"
		"<p>Every month the accounts are read out at the village hall, which the owners say keeps the "
		"volunteers coming back because they see where the takings go.</p>"
		"<h3 id=\"share-this-story\">Tell a friend about the shop</h3>"
		"<p>Copy the link to this page.</p></div></article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "Share the load"))
		fail_msg("the heading with a prefixed, counted anchor was dropped: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "Follow the money each month"))
		fail_msg("the numbered heading's anchor was taken as a name: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Tell a friend about the shop"))
		fail_msg("a heading named a share box came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A heading under a weak furniture name ("header" in "section-header-
 * anchor") that heads a paragraph is a section of the text; one heading a
 * box of links keeps its name. */
static void test_weak_named_heading_over_prose_stays(void **state)
{
	static const char page[] =
		"<html><head><title>Why the tide tables moved</title></head><body><article><h1>Why the tide tables moved</h1>"
		"<div class=\"story\"><p>The harbour office printed new tide tables this spring, and fishermen noticed at once "
		"that every high water had moved by a few minutes.</p>"
		"<h2 class=\"section-header-anchor\">A new gauge at the pier</h2>"
		"<p>The old gauge sat in the silt by the slipway; the new one was fitted at the end of the pier in March, "
		"where the water is deep all year round and the readings no longer drift.</p>"
		"<h3 class=\"widget-title\">Around the harbour</h3>"
		"<ul><li><a href=\"/boats\">Boats for sale this week</a></li><li><a href=\"/ferry\">Ferry times</a></li></ul>"
		"<p>The office expects the tables to stay as they are for the next ten years, unless the pier moves.</p>"
		"</div></article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "A new gauge at the pier"))
		fail_msg("the weakly named section heading was dropped: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Around the harbour"))
		fail_msg("the heading of a box of links came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* An article split over two containers of one kind, with a box of links
 * between them that keeps the scorer from widening: the first part joins
 * the second. */
static void test_same_kind_siblings_join(void **state)
{
	static const char page[] =
		"<html><body><article><h1>Ferry returns</h1>"
		"<div class=\"story-text\"><p>The harbour ferry sailed again on Monday morning, after four months in the dry "
		"dock at Kell Point, carrying commuters across the bay.</p></div>"
		"<div class=\"more-links\"><ul>"
		"<li><a href=\"/1\">Harbour wall repairs start in the spring after years of delay</a></li>"
		"<li><a href=\"/2\">Council approves a second ferry for the bay at a cost of two million</a></li>"
		"<li><a href=\"/3\">Fishermen say the new quay is too small for the larger boats</a></li>"
		"<li><a href=\"/4\">Bus timetable changes next month on the coast road routes</a></li>"
		"<li><a href=\"/5\">Night buses return next month after a two-year pause</a></li>"
		"<li><a href=\"/6\">Storm closes coast road for the second time this winter</a></li>"
		"</ul></div>"
		"<div class=\"story-text\"><p>Engineers replaced both propeller shafts, rebuilt the wheelhouse and fitted a "
		"new hull coating, the operator said, at a cost of about 1.2 million pounds.</p>"
		"<p>Passengers queued from six o'clock, and the first crossing was full within minutes, according to the "
		"harbour master, who counted 212 people on board.</p>"
		"<p>The council has promised a second vessel by next spring, so that the service can keep running when one "
		"boat is out of the water for maintenance.</p></div></article></body></html>";
	(void)state;

	check_body(page, "The harbour ferry sailed again on Monday", "Harbour wall repairs");
}

/* Class tokens that style rather than name: "overflow-hidden", Tailwind's
 * variants and arbitrary values ("lg:pt-[var(--banner-height)]"), and
 * "no-extra-padding" hold no furniture word. */
static void test_utility_tokens_are_not_names(void **state)
{
	static const char page[] =
		"<html><body><div class=\"entry\">"
		"<p>The harbour ferry sailed again on Monday morning, after four months in the dry dock at Kell Point, "
		"carrying commuters across the bay for the first time since November.</p>"
		"<div class=\"relative overflow-hidden py-4\"><p>Engineers replaced both propeller shafts and rebuilt the "
		"wheelhouse, the operator said, at a cost of about 1.2 million pounds.</p></div>"
		"<div class=\"lg:pt-[var(--banner-height)]\"><p>Passengers queued from six o'clock, and the first crossing "
		"was full within minutes, according to the harbour master.</p></div>"
		"<div class=\"column no-extra-padding\"><p>The council has promised a second vessel by next spring, so "
		"that the service can keep running during maintenance.</p></div>"
		"<p>The operator says that more changes may follow in the autumn, once the second boat is back, and that "
		"the timetable will be published a month ahead.</p>"
		"</div></body></html>";
	static const char *const kept[] = {
		"Engineers replaced both propeller shafts", "Passengers queued from six", "The council has promised"
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		check_body(page, kept[i], NULL);
}

/* A page builder wraps each block in an element named for its parts
 * ("elementor-widget-container"): a weak furniture word ("widget") that the
 * wrappers of most of the page's prose share names the layout, so the
 * wrapped paragraphs are article text; a sidebar widget stays out. */
static void test_layout_names_are_not_furniture(void **state)
{
	static const char page[] =
		"<html><body><main><div class=\"page-wrap\">"
		"<p>The harbour ferry sailed again on Monday morning, after four months in the dry dock at Kell Point, "
		"carrying commuters across the bay for the first time since November.</p>"
		"<div class=\"elementor-element elementor-element-a1 elementor-widget elementor-widget-text-editor\">"
		"<div class=\"elementor-widget-container\"><p>Engineers replaced both propeller shafts and rebuilt the "
		"wheelhouse, the operator said, at a cost of about 1.2 million pounds, paid for by the council.</p></div></div>"
		"<div class=\"elementor-element elementor-element-b2 elementor-widget elementor-widget-text-editor\">"
		"<div class=\"elementor-widget-container\"><p>Passengers queued from six o'clock, and the first crossing "
		"was full within minutes, according to the harbour master, who counted more than two hundred.</p></div></div>"
		"<div class=\"elementor-element elementor-element-c3 elementor-widget elementor-widget-text-editor\">"
		"<div class=\"elementor-widget-container\"><p>The council has promised a second vessel by next spring, so "
		"that the service can keep running during maintenance, and the timetable will be published soon.</p></div></div>"
		"</div></main>"
		"<div class=\"sidebar\"><div class=\"widget\"><p>Sign up to our weekly newsletter, with the week's stories, "
		"events and offers from local shops.</p></div></div>"
		"</body></html>";
	static const char *const kept[] = {
		"Engineers replaced both propeller shafts", "Passengers queued from six", "The council has promised"
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		check_body(page, kept[i], "weekly newsletter");
}

/* A box named only weakly ("notice") that holds a paragraph of prose
 * with few links speaks in the article's voice and stays; a caption box
 * of the same size stays out. */
static void test_weak_box_with_prose_stays(void **state)
{
	static const char page[] =
		"<html><head><title>Setting up the new edition</title></head><body><article>"
		"<h1>Setting up the new edition</h1>"
		"<p>The new edition installs beside the version you already use, so both can run on the same machine "
		"without getting in each other's way while you try the new tools out.</p>"
		"<p>Its tools for inspecting pages have been rebuilt from the ground up, and most panels now open in "
		"a fraction of the time they took before, even on large and busy pages.</p>"
		"<p>A new panel shows every request the page makes, with its timing, its headers and the size of "
		"what came back, and it can replay any of them with changed settings.</p>"
		"<div class=\"photo-caption\"><p>The request panel open on a busy news page, with the slowest "
		"requests sorted to the top of the list and their timings drawn as bars beside each of them.</p></div>"
		"<div class=\"notice\"><h4>Important: copy your settings</h4><p>The new edition starts with a "
		"profile of its own. To keep your bookmarks and history, sign in with your existing account on "
		"both versions, and everything you saved before comes across within a few minutes.</p></div>"
		"</article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "The new edition starts with a profile of its own"))
		fail_msg("the notice's prose was dropped: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "A new panel shows every request"))
		fail_msg("the article's prose is gone: %s", newsdoc_document_text(doc));
	if (body_has(doc, "The request panel open on a busy news page"))
		fail_msg("the caption box came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A section heading whose only links point into the page (back to the
 * table of contents, a permalink to its own anchor) is the section's
 * heading, not a teaser; a heading linking to another page stays out. */
static void test_heading_linking_into_page_stays(void **state)
{
	static const char page[] =
		"<html><head><title>Sharing your work</title></head><body><div class=\"document\">"
		"<h1>Sharing your work</h1>"
		"<p>Once you can change history in one repository, you can pass draft changes between "
		"repositories and keep changing them until they are ready to publish for everyone.</p>"
		"<div class=\"section\" id=\"one-developer\"><h2><a class=\"toc-backref\" href=\"#id5\">Working "
		"across two computers</a><a class=\"headerlink\" href=\"#one-developer\">#</a></h2>"
		"<p>The simplest case is one developer on two computers: you write the code on your own machine "
		"and test it on a server somewhere else, pushing drafts between the two as often as you like.</p>"
		"<h2><a href=\"/guide/reviews.html\">Reviewing the changes of others</a></h2>"
		"<p>Drafts stay drafts when the repository you push to is set up so that it does not publish them, "
		"which is what lets you amend them again after the push has gone through.</p></div>"
		"</div></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "Working across two computers"))
		fail_msg("the section heading was dropped: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "The simplest case is one developer"))
		fail_msg("the section's prose is gone: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Reviewing the changes of others"))
		fail_msg("the heading linking elsewhere came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A round-up's entries are headings that link to the thing each is about,
 * on its own site: they stay. A heading linking to another page of the
 * same site is a teaser and stays out. */
static void test_heading_linking_to_other_site_stays(void **state)
{
	static const char page[] =
		"<html><head><title>Five kettles for a small kitchen</title></head><body><article>"
		"<h1>Five kettles for a small kitchen</h1><div class=\"story\">"
		"<p>We boiled water in twenty kettles over a month and kept the five that were quick, quiet and small "
		"enough for a narrow worktop.</p>"
		"<h3><a href=\"https://shop.example-kettles.test/steel-one\" rel=\"nofollow\">1. Steel One</a></h3>"
		"<p>The quickest of the lot: a full litre boiled in under three minutes, and the lid opens with one "
		"finger even when the kettle is hot.</p>"
		"<h3><a href=\"https://www.other-maker.test/quiet-boil\">2. Quiet Boil</a></h3>"
		"<p>Slower, but it barely makes a sound, which is what you want in a flat where the kitchen is also "
		"the living room.</p>"
		"<h3><a href=\"https://reviews.test/toasters\">Our toaster test</a></h3>"
		"<p>Kettles were only half of the breakfast question; the toasters are in a test of their own.</p>"
		"</div></article></body></html>";
	newsdoc_document *doc = parse_string(page, "https://reviews.test/kettles");
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "1. Steel One") || !body_has(doc, "2. Quiet Boil"))
		fail_msg("a round-up entry's heading was dropped: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Our toaster test"))
		fail_msg("the heading teasing another page of the site came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* The standfirst outside the body's container, under a class that names
 * nothing, is found by its text: sites give it as the description. A
 * paragraph beside it that is not the description stays out. */
static void test_lead_found_by_description(void **state)
{
	static const char page[] =
		"<html><head><title>Harbour wall to be rebuilt</title>"
		"<meta name=\"description\" content=\"The council will rebuild the harbour wall that the winter storms "
		"broke, at a cost of four million euros over two years.\"></head><body><article>"
		"<header><h1>Harbour wall to be rebuilt</h1><div class=\"x9f1\">By the harbour desk</div>"
		"<div class=\"x9f3\"><p>The pier from the lighthouse, seen on a calm morning after the storms.</p></div>"
		"<div class=\"x9f0\"><div class=\"x9f4\"><p class=\"x9f2\">The council will rebuild the harbour wall "
		"that the winter storms broke, at a cost of four million euros over two years.</p></div></div></header>"
		"<div class=\"x7a1\"><p>Work starts in the spring, once the fishing fleet has moved to the new "
		"moorings on the far side of the bay, and it will close the pier to walkers until the summer.</p>"
		"<p>The old wall was built of stone a century ago; the new one will be concrete faced with the same "
		"stone, which the engineers say will stand twice the force of the storms of last winter.</p>"
		"<p>Fishermen welcomed the plan but asked that the moorings stay free of charge while the work goes "
		"on, which the council said it would consider at its next meeting in March.</p></div>"
		"</article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "The council will rebuild the harbour wall"))
		fail_msg("the lead is missing: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "Work starts in the spring"))
		fail_msg("the body is missing: %s", newsdoc_document_text(doc));
	if (body_has(doc, "The pier from the lighthouse"))
		fail_msg("a paragraph that is not the description came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A lead under a weak furniture name ("header" in "story-header__lead")
 * is still found by its lead name; a weakly named box ("story-meta")
 * holding no lead adds nothing. */
static void test_lead_under_weak_name_found(void **state)
{
	static const char page[] =
		"<html><head><title>Library opens on Sundays</title></head><body><article>"
		"<div class=\"story-header\"><h1>Library opens on Sundays</h1>"
		"<div class=\"story-meta\"><p>Photographs by the town's camera club, taken over the winter.</p></div>"
		"<p class=\"story-header__lead\">From next month the town library opens on Sunday afternoons, run by "
		"volunteers from the reading group.</p></div>"
		"<div class=\"x7a1\"><p>The library has been closed at weekends since the budget cuts of five years ago, "
		"and the reading group has asked for Sunday opening at every council meeting since.</p>"
		"<p>Twenty volunteers have signed up so far, enough for two people at the desk every Sunday until the "
		"end of the year, the group's chair said on Tuesday evening.</p>"
		"<p>The council will pay for the heating and the lights; the volunteers bring the tea and the patience "
		"for the children's corner, which is expected to be the busiest.</p></div>"
		"</article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "From next month the town library opens"))
		fail_msg("the lead under a weak name is missing: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "Twenty volunteers have signed up"))
		fail_msg("the body is missing: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Photographs by the town"))
		fail_msg("a weakly named box that is no lead came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A standfirst set as a subheading (an <h2> in the article header, outside
 * the body's container) is the lead when it is the page's description. A
 * subheading before it that is not the description stays out, even under
 * a class naming a teaser: a heading's name alone says too little. */
static void test_lead_heading_by_description(void **state)
{
	static const char page[] =
		"<html><head><title>Night trains return to the coast line</title>"
		"<meta name=\"description\" content=\"The night train to the coast runs again from May, four times a "
		"week, with sleeping cars bought second hand from a northern operator.\"></head><body><article>"
		"<header><h1>Night trains return to the coast line</h1><div class=\"q81\">By the transport desk</div>"
		"<h2 class=\"q82 teaser\">Four nights a week, one old line and a fleet of sleeping cars from the north</h2>"
		"<div class=\"q83\"><p>A sleeping car in the depot, its berths made up, on the morning before the first "
		"test run.</p></div>"
		"<div class=\"q84\"><div class=\"q85\"><h2 class=\"q86\">The night train to the coast runs again from "
		"May, four times a week, with sleeping cars bought second hand from a northern operator.</h2></div></div>"
		"</header>"
		"<div class=\"q90\"><p>The first train leaves the capital at ten in the evening, stops at the three "
		"junctions on the way, and reaches the coast at seven, in time for the first ferries to the islands.</p>"
		"<p>The cars were built thirty years ago, and the workshop has spent the winter on them, fitting new "
		"heating, new locks on the doors and a small kitchen in each of the six coaches.</p>"
		"<p>Fares start at forty euros for a seat, and a berth in a shared cabin costs twice that, which the "
		"operator says is less than a night in a hotel near the harbour in summer.</p></div>"
		"</article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "The night train to the coast runs again from May"))
		fail_msg("the lead heading is missing: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "The first train leaves the capital"))
		fail_msg("the body is missing: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Four nights a week, one old line"))
		fail_msg("a heading that is not the description came in: %s", newsdoc_document_text(doc));
	if (body_has(doc, "A sleeping car in the depot"))
		fail_msg("a paragraph that is not the description came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A shop box's heading ("Similar items", "People who bought this item
 * also bought") is matched whole: a story's subheading or short paragraph
 * that opens with the same words is story, and stays with what follows. */
static void test_subheading_opening_like_shop_box_stays(void **state)
{
	static const char page[] =
		"<html><head><title>Rents climb along the canal</title></head><body><article>"
		"<h1>Rents climb along the canal</h1>"
		"<p>Tenants in the canal quarter saw their rents rise for the third year running, the housing office "
		"said on Monday, and the rise was steepest in the older blocks.</p>"
		"<h2>People who bought flats in 2019 pay more in service charges</h2>"
		"<p>Owners who moved in before the works began now pay twice what they did, because the repairs to "
		"the quay are shared among every flat on the water.</p>"
		"<h2>Similar items were raised at the spring meeting</h2>"
		"<p>The residents' group put the same questions to the office in April and was told the answers would "
		"come with the yearly accounts.</p>"
		"<p>Recently viewed flats cost more.</p>"
		"<p>That is the agents' line, and the office says the figures do not bear it out on any street in the "
		"quarter where it has looked at the leases.</p>"
		"</article></body></html>";
	newsdoc_document *doc = parse_string(page, "https://canal-news.test/rents");
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "People who bought flats in 2019") || !body_has(doc, "Similar items were raised"))
		fail_msg("a subheading was taken for a shop box's heading: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "Recently viewed flats cost more."))
		fail_msg("a short paragraph was taken for a shop box's heading: %s", newsdoc_document_text(doc));
	if (!body_has(doc, "Owners who moved in before the works began") || !body_has(doc, "That is the agents' line"))
		fail_msg("the paragraphs after the subheadings are gone: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A heading linking to the page's own site under another host (its
 * mobile or edition host, a subdomain of the page's) is a teaser like
 * one linking to the page's own host: it stays out. A heading linking to
 * another site stays in. */
static void test_heading_linking_to_subdomain_is_teaser(void **state)
{
	static const char page[] =
		"<html><head><title>Three lamps for a reading corner</title></head><body><article>"
		"<h1>Three lamps for a reading corner</h1><div class=\"story\">"
		"<p>We read under fifteen lamps for a fortnight and kept the three that lit a page evenly without "
		"warming the reader's hands or glaring off the paper.</p>"
		"<h3><a href=\"https://shop.lamp-works.test/arc\" rel=\"nofollow\">1. The Arc</a></h3>"
		"<p>A tall arm that reaches over the chair from behind, with a shade that keeps the light on the book "
		"and out of the eyes of anyone else in the room.</p>"
		"<h3><a href=\"https://m.quiet-rooms.test/chairs\">Our armchair test</a></h3>"
		"<p>Lamps were only half of the reading question; the chairs are in a test of their own.</p>"
		"<h3><a href=\"https://edition.quiet-rooms.test/rugs\">Our rug test</a></h3>"
		"<p>And the floor under the chair had its own month of trials, spills and all.</p>"
		"</div></article></body></html>";
	newsdoc_document *doc = parse_string(page, "https://www.quiet-rooms.test/lamps");
	(void)state;

	assert_non_null(doc);
	if (!body_has(doc, "1. The Arc"))
		fail_msg("the round-up entry's heading was dropped: %s", newsdoc_document_text(doc));
	if (body_has(doc, "Our armchair test") || body_has(doc, "Our rug test"))
		fail_msg("a heading teasing a page of the site's other host came in: %s", newsdoc_document_text(doc));
	newsdoc_document_free(doc);
}

/* A data table set as a figure (block editors wrap every table in
 * <figure>) is text of the article; a figure with a picture stays a
 * picture, and the table's caption stays a caption. */
static void test_table_figure_is_text(void **state)
{
	static const char page[] =
		"<html><body><article>"
		"<p>The ferry timetable changes on Monday, and the operator has published the new times for every "
		"crossing, with the fares and the places where tickets are sold along the bay.</p>"
		"<figure class=\"wp-block-table\"><table><thead><tr><th>Crossing</th><th>Leaves</th></tr></thead>"
		"<tbody><tr><td>First boat</td><td>six o'clock</td></tr><tr><td>Last boat</td><td>eleven o'clock</td></tr>"
		"</tbody></table><figcaption>Weekday timetable from Monday</figcaption></figure>"
		"<p>The operator says that more changes may follow in the autumn, once the second boat is back from "
		"the yard, and that the Sunday service will stay as it is until then.</p>"
		"<figure><img src=\"pier.jpg\" alt=\"\"><table><tr><td>Photo credit line</td></tr></table></figure>"
		"</article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	size_t i;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(blocks_of_type(doc, NEWSDOC_BLOCK_TABLE), 1);
	assert_true(body_has(doc, "eleven o'clock"));
	assert_false(body_has(doc, "Photo credit line"));
	for (i = 0; i < newsdoc_document_block_count(doc); i++) {
		const newsdoc_block *block = newsdoc_document_block_at(doc, i);
		if (newsdoc_block_type(block) != NEWSDOC_BLOCK_FIGURE &&
			strstr(newsdoc_block_text(block) ? newsdoc_block_text(block) : "", "Weekday timetable"))
			fail_msg("the table's caption became article text");
	}
	newsdoc_document_free(doc);
}

/* One entry of a round-up, for the page below. */
#define ROUNDUP_ENTRY(name) \
	"<h2>" name "</h2><p>This one is a quick game for two to four players, with short rounds, clear rules and a box " \
	"that fits in a coat pocket, and it stayed on our table for most of the year because every round ends with a " \
	"laugh and nobody ever needs to read the rules twice before starting again.</p>"

/* The opening paragraph of a round-up sits in its own wrapper before the
 * wrapper of the entries, which holds ten times its prose: the body
 * starts with it. */
static void test_opening_before_entries_stays(void **state)
{
	static const char page[] =
		"<html><body><article><div class=\"field-body\"><p>Board games kept getting better this year, and "
		"these are the ones our editors played most, chosen from more than a hundred new releases.</p></div>"
		"<div class=\"field-items\">"
		ROUNDUP_ENTRY("Harbour Lights") ROUNDUP_ENTRY("Tin Foxes") ROUNDUP_ENTRY("Salt Road")
		ROUNDUP_ENTRY("Cloud Market") ROUNDUP_ENTRY("Night Ferry") ROUNDUP_ENTRY("Paper Orchard")
		ROUNDUP_ENTRY("Lantern Hill") ROUNDUP_ENTRY("Copper Bay")
		"</div></article>"
		"<footer><p>Copyright the publisher, all rights reserved.</p></footer></body></html>";
	(void)state;

	check_body(page, "Board games kept getting better", "all rights reserved");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_name_is_not_furniture),
		cmocka_unit_test(test_noscript_crawler_view),
		cmocka_unit_test(test_hidden_shell_revealed),
		cmocka_unit_test(test_small_hidden_box_stays_hidden),
		cmocka_unit_test(test_main_region_second_opinion),
		cmocka_unit_test(test_floor_never_empty),
		cmocka_unit_test(test_floor_pictures_only),
		cmocka_unit_test(test_floor_keeps_captioned_gallery),
		cmocka_unit_test(test_heading_anchor_is_not_a_name),
		cmocka_unit_test(test_heading_own_anchor_is_not_a_name),
		cmocka_unit_test(test_weak_named_heading_over_prose_stays),
		cmocka_unit_test(test_same_kind_siblings_join),
		cmocka_unit_test(test_utility_tokens_are_not_names),
		cmocka_unit_test(test_layout_names_are_not_furniture),
		cmocka_unit_test(test_weak_box_with_prose_stays),
		cmocka_unit_test(test_lead_found_by_description),
		cmocka_unit_test(test_lead_heading_by_description),
		cmocka_unit_test(test_lead_under_weak_name_found),
		cmocka_unit_test(test_heading_linking_into_page_stays),
		cmocka_unit_test(test_heading_linking_to_other_site_stays),
		cmocka_unit_test(test_subheading_opening_like_shop_box_stays),
		cmocka_unit_test(test_heading_linking_to_subdomain_is_teaser),
		cmocka_unit_test(test_table_figure_is_text),
		cmocka_unit_test(test_opening_before_entries_stays),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
