/*
 * Related boxes in shapes the other tests do not show: bare links set
 * straight in a box named related ("【Related】<a>A</a><br>"), each titled
 * by its own text; links that share a line of text inside such a box
 * stay untitled (running text, not a list of headlines); headings that
 * open with a decoration mark ("■関連記事", "» Related"); headings with a
 * topic inside ("More harbour news"), not a sentence ("More boats than
 * ever in the news"); Arabic headings; a short paragraph cue over a list ("<p><strong>
 * Read also:</strong></p><ul>"), also in wrappers holding nothing else;
 * a story that broken markup put inside a <nav> (menus left open), while a
 * real <nav> (mostly links) stays out; a box named related and products
 * is a shop's, not related articles; a box's card labelled "Sponsored" is
 * no item.
 */
#include <stdio.h>
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

#define STORY "<html><body>" STORY_ARTICLE
#define STORY_ARTICLE \
	"<article><h1>Harbour ferry gets a new timetable</h1>" \
	"<p>The harbour ferry runs every twenty minutes from Monday, the port authority said on Friday " \
	"after a month of trials with the new boats on the northern route.</p>" \
	"<p>Passengers on the early crossings had asked for more boats, and the trials showed the quay " \
	"could take them without longer waits at the southern landing.</p>"

static void test_bare_links_titled_by_their_text(void **state)
{
	newsdoc_document *doc = parse_string(STORY
		"<div class=\"related_links\">[Related] <a href=\"https://quay.example/news/night-boats-return\">"
		"Night boats return to the northern route</a><br>[Related] "
		"<a href=\"https://quay.example/news/quay-repairs-finished\">Repairs on the old quay are finished"
		"</a><br></div></article></body></html>",
		"https://quay.example/news/ferry-timetable");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)),
		"Night boats return to the northern route");
	assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, 1)),
		"https://quay.example/news/quay-repairs-finished");
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 1)),
		"Repairs on the old quay are finished");
	newsdoc_document_free(doc);
}

/* Two links in one paragraph of the box: not titled by their text. */
static void test_links_in_a_line_untitled(void **state)
{
	newsdoc_document *doc = parse_string(STORY
		"<div class=\"related_links\"><p><a href=\"https://quay.example/news/night-boats-return\">"
		"Night boats return to the northern route</a> and <a href=\"https://quay.example/news/quay-repairs-finished\">"
		"Repairs on the old quay are finished</a></p></div></article></body></html>",
		"https://quay.example/news/ferry-timetable");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 0);
	newsdoc_document_free(doc);
}

/* "■関連記事" and "▶ Related" over lists in boxes not named related. */
static void test_heading_after_a_mark(void **state)
{
	newsdoc_document *doc = parse_string(STORY
		"</article><div class=\"relation-area\"><h2>\xE2\x96\xA0\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B</h2><ul>"
		"<li><a href=\"/news/night-boats-return\">Night boats return to the northern route</a></li>"
		"<li><a href=\"/news/quay-repairs-finished\">Repairs on the old quay are finished</a></li></ul></div>"
		"<div class=\"area\"><h2>\xE2\x96\xB6 Related</h2><ul>"
		"<li><a href=\"/news/pier-lights-fixed\">Lights on the long pier are fixed at last</a></li>"
		"<li><a href=\"/news/ferry-fares-frozen\">Ferry fares stay frozen for another year</a></li></ul></div>"
		"</body></html>",
		"https://quay.example/news/ferry-timetable");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, 0)),
		"https://quay.example/news/night-boats-return");
	assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, 3)),
		"https://quay.example/news/ferry-fares-frozen");
	newsdoc_document_free(doc);
}

/* The items of the story followed by `before`, `word` and `after`. */
static size_t items_with(const char *before, const char *word, const char *after)
{
	char html[2048];
	newsdoc_document *doc;
	size_t count;

	snprintf(html, sizeof(html), "%s%s%s%s", STORY, before, word, after);
	doc = parse_string(html, "https://quay.example/news/ferry-timetable");
	assert_non_null(doc);
	count = newsdoc_document_related_count(doc);
	newsdoc_document_free(doc);
	return count;
}

static size_t items_under(const char *heading)
{
	return items_with("</article><div class=\"area\"><h2>", heading, "</h2><ul>"
		"<li><a href=\"/news/pier-lights-fixed\">Lights on the long pier are fixed at last</a></li>"
		"<li><a href=\"/news/ferry-fares-frozen\">Ferry fares stay frozen for another year</a></li></ul></div>"
		"</body></html>");
}

static void test_heading_with_a_topic(void **state)
{
	(void)state;
	assert_int_equal(items_under("More harbour news"), 2);
	assert_int_equal(items_under("More Local Business Stories:"), 2);
	assert_int_equal(items_under("More boats than ever in the news"), 0);
	assert_int_equal(items_under("More news"), 2);
}

/* Arabic "related articles" and "read also" (related_words_more.c). */
static void test_arabic_headings(void **state)
{
	(void)state;
	assert_int_equal(items_under("\xD9\x85\xD9\x82\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA \xD8\xB0\xD8\xA7\xD8\xAA "
		"\xD8\xB5\xD9\x84\xD8\xA9"), 2);
	assert_int_equal(items_under("\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA3\xD9\x8A\xD8\xB6\xD8\xA7\xD9\x8B"), 2);
}

static void test_paragraph_cue_over_a_list(void **state)
{
	newsdoc_document *doc = parse_string(STORY
		"<p><em><strong>Read also:</strong></em></p><ul>"
		"<li><a href=\"/news/pier-lights-fixed\">Lights on the long pier are fixed at last</a></li>"
		"<li><a href=\"/news/ferry-fares-frozen\">Ferry fares stay frozen for another year</a></li></ul>"
		"<p>The port authority will publish the winter timetable in October, after talks with the crews.</p>"
		"</article></body></html>",
		"https://quay.example/news/ferry-timetable");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, 1)),
		"https://quay.example/news/ferry-fares-frozen");
	/* the cue and the list left the body */
	assert_null(strstr(newsdoc_document_text(doc), "Read also"));
	assert_null(strstr(newsdoc_document_text(doc), "pier are fixed"));
	newsdoc_document_free(doc);
}

static void test_wrapped_paragraph_cue(void **state)
{
	newsdoc_document *doc = parse_string(STORY
		"<div class=\"box\"><div class=\"w\"><div class=\"c\"><p class=\"t\">Noticia relacionada</p></div></div></div><ul>"
		"<li><article><a href=\"/news/pier-lights-fixed\">Lights on the long pier are fixed at last</a></article></li></ul>"
		"<p>The port authority will publish the winter timetable in October, after talks with the crews.</p>"
		"</article></body></html>",
		"https://quay.example/news/ferry-timetable");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)),
		"Lights on the long pier are fixed at last");
	newsdoc_document_free(doc);
}

/* A card of a related box that carries a sponsor's label ("Sponsored",
 * "Anzeige") as a text of its own is an advertisement on the site's own
 * address: no item. A headline that only holds the word stays one. */
static void test_sponsored_card_in_box(void **state)
{
	static const char *const labels[] = { "Sponsored", "ANZEIGE", " Promoted " };
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		char html[2048];
		newsdoc_document *doc;
		int len = snprintf(html, sizeof(html), STORY "</article><div class=\"related-box\"><h2>Read More</h2>"
			"<div class=\"card\"><a href=\"/news/pier-lights-fixed\"><picture><img src=\"/a.jpg\"></picture>"
			"<p>Lights on the long pier are fixed at last</p></a></div>"
			"<div class=\"card\"><a href=\"/homes/waterfront-flats-for-sale\"><div><div class=\"tag\">%s</div>"
			"<picture><img src=\"/b.jpg\"></picture></div><p>Waterfront flats you can buy this spring</p></a></div>"
			"<div class=\"card\"><a href=\"/news/sponsored-boat-race\"><picture><img src=\"/c.jpg\"></picture>"
			"<p>Sponsored boat race draws a record crowd</p></a></div>"
			"</div></body></html>", labels[i]);
		assert_true(len > 0 && (size_t)len < sizeof(html));
		doc = parse_string(html, "https://quay.example/news/ferry-timetable");
		assert_non_null(doc);
		if (newsdoc_document_related_count(doc) != 2)
			fail_msg("label \"%s\": %zu items, not 2", labels[i], newsdoc_document_related_count(doc));
		assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 0)),
			"https://quay.example/news/pier-lights-fixed");
		assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 1)),
			"https://quay.example/news/sponsored-boat-race");
		newsdoc_document_free(doc);
	}
}

static void test_story_inside_an_open_menu(void **state)
{
	/* The dropdowns are never closed: the parser puts <main> inside <nav>. */
	newsdoc_document *doc = parse_string("<html><body><header><nav class=\"menu\"><ul>"
		"<li><div class=\"dropdown\"><a href=\"/topics/ferries\">Ferries</a></li>"
		"<li><div class=\"dropdown\"><a href=\"/topics/ports\">Ports</a></li></ul></nav></header><main>"
		STORY_ARTICLE
		"<div class=\"box\"><h2>Related</h2><ul>"
		"<li><a href=\"/news/pier-lights-fixed\">Lights on the long pier are fixed at last</a></li>"
		"<li><a href=\"/news/ferry-fares-frozen\">Ferry fares stay frozen for another year</a></li></ul></div>"
		"</article></main></body></html>",
		"https://quay.example/news/ferry-timetable");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	newsdoc_document_free(doc);
}

static void test_menu_stays_out(void **state)
{
	newsdoc_document *doc = parse_string(STORY "</article><nav><h2>Related</h2><ul>"
		"<li><a href=\"/news/pier-lights-fixed\">Lights on the long pier are fixed at last</a></li>"
		"<li><a href=\"/news/ferry-fares-frozen\">Ferry fares stay frozen for another year</a></li></ul></nav>"
		"</body></html>",
		"https://quay.example/news/ferry-timetable");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 0);
	newsdoc_document_free(doc);
}

static size_t items_in_box_named(const char *name)
{
	return items_with("</article><section id=\"", name, "\"><div class=\"grid\">"
		"<div class=\"card\"><a href=\"/store/harbour-lantern-brass\">The harbour lantern in polished brass</a>"
		"<p>Hand made in the old quay workshop.</p></div>"
		"<div class=\"card\"><a href=\"/store/ferry-map-print-large\">A large print of the ferry routes map</a>"
		"<p>Printed on heavy paper, framed.</p></div></div></section></body></html>");
}

static void test_shop_box_named_related(void **state)
{
	(void)state;
	assert_int_equal(items_in_box_named("related-articles"), 2);
	assert_int_equal(items_in_box_named("related-products"), 0);
	assert_int_equal(items_in_box_named("related productos-relacionados"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bare_links_titled_by_their_text),
		cmocka_unit_test(test_links_in_a_line_untitled),
		cmocka_unit_test(test_heading_after_a_mark),
		cmocka_unit_test(test_heading_with_a_topic),
		cmocka_unit_test(test_arabic_headings),
		cmocka_unit_test(test_paragraph_cue_over_a_list),
		cmocka_unit_test(test_wrapped_paragraph_cue),
		cmocka_unit_test(test_story_inside_an_open_menu),
		cmocka_unit_test(test_menu_stays_out),
		cmocka_unit_test(test_shop_box_named_related),
		cmocka_unit_test(test_sponsored_card_in_box),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
