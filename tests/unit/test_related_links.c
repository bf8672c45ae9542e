/*
 * Which links of a related box are items: another site's campaign link
 * and a front page's index file are none; the site's own links with the
 * same marks, and another site's articles, are. A teaser shown twice is
 * one item. A teaser's credit is its names without a date,
 * its title the headline without a label inside it; a card that is one
 * bare link, with a picture or a block inside, is titled by its own text.
 * A handle's profile link is a card's credit, a sign-in button no article.
 */
#include <stdio.h>
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

static void assert_item_at(const newsdoc_document *doc, size_t at, const char *title, const char *url)
{
	const newsdoc_related *item = newsdoc_document_related_at(doc, at);

	assert_non_null(item);
	assert_string_equal(newsdoc_related_title(item), title);
	assert_field(newsdoc_related_url(item), url);
}

/* The document's items are `items` (title, address after `prefix`), in order. */
static void assert_items_under(const newsdoc_document *doc, const char *prefix,
	const char *const (*items)[2], size_t count)
{
	char url[128];
	size_t i;

	assert_int_equal(newsdoc_document_related_count(doc), count);
	for (i = 0; i < count; i++) {
		snprintf(url, sizeof(url), "%s%s", prefix, items[i][1]);
		assert_item_at(doc, i, items[i][0], url);
	}
}

/* The page of `fixture` read at `page_url` lists `items` (assert_items_under). */
static void check_fixture_items(const char *fixture, const char *page_url, const char *prefix,
	const char *const (*items)[2], size_t count)
{
	newsdoc_document *doc = parse_file(fixture, page_url, NEWSDOC_INPUT_HTML);

	assert_non_null(doc);
	assert_items_under(doc, prefix, items, count);
	newsdoc_document_free(doc);
}

/* "?utm_medium=inside_spot&utm_campaign=..." on another site's link marks
 * a bought promotion; "radio.example/index.html" is a front page. */
static void test_related_campaign_and_index_links(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-campaign-links.html"),
		"https://town.example/city/harbour-ferry-second-boat", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	assert_item_at(doc, 0, "Ferry timetable changes for the summer season",
		"https://town.example/city/ferry-timetable-changes");
	assert_item_at(doc, 1, "Pier repairs in the next bay finished early",
		"https://coast.example/news/pier-repairs-finished");
	assert_item_at(doc, 2, "The old ferry becomes a floating museum",
		"https://town.example/city/old-ferry-museum?utm_source=box&utm_medium=related");
	assert_item_at(doc, 3, "Coast guard trains with the new ferry crew",
		"https://coast.example/index.php?id=4411");
	newsdoc_document_free(doc);
}

/* Without the page's address no link is known to be another site's. */
static void test_related_campaign_without_page_url(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-campaign-links.html"), NULL, NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 5);
	newsdoc_document_free(doc);
}

/* A teaser in two boxes (once as "http://www.", once relative, with a
 * trailing slash) and twice in one box (once with a "#comments"
 * fragment) is one item, where it first appears. */
static void test_related_repeated_teasers(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-repeated-teasers.html"),
		"https://bayside.example/news/library-sundays", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_item_at(doc, 0, "Plans for the new reading room unveiled", "https://bayside.example/news/reading-room-plans");
	assert_item_at(doc, 1, "Two hundred years of the town library", "https://bayside.example/news/library-history");
	assert_item_at(doc, 2, "Swimming pool reopens after refit", "https://bayside.example/news/pool-reopens");
	newsdoc_document_free(doc);
}

/* A teaser's credit is the names alone: a date stated in it and what
 * follows (a comment count) are cut with the separators before them, and
 * a longer credit phrase ("Written by", "Geschrieben von") is a label. */
static void test_related_credit_without_date(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-credit-dates.html"),
		"https://quay.example/harbour/new-ferry-terminal-209.html", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 0)), "Nora Whitfield");
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 1)), "Owen Castell");
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 2)), "Lena Marquardt");
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 3)), "Jan Maier");
	newsdoc_document_free(doc);
}

/* A label classed as one inside a teaser's title (a kicker glued to the
 * headline, "Live", the source's name at its end) is no part of the title;
 * one that leaves too little of it is kept. */
static void test_related_title_labels(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-title-labels.html"),
		"https://hafen.example/hafen/neue-faehre-300.html", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)), "Infektionen im Hafen steigen wieder");
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 1)), "Sturm am Kai: F\xC3\xA4hren fallen aus");
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 2)), "Der Fischmarkt zieht an den S\xC3\xBC" "dkai");
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 3)), "Der Leuchtturm am Nordkai saniert");
	newsdoc_document_free(doc);
}

/* Bare links side by side under "Read more", each a card: a picture, a
 * kicker span and the headline; a picture and a paragraph. No heading, no
 * element named a title and no link inside them: the card's own text is
 * its title, without the kicker set apart before it. A link
 * of an icon and text is no card (an icon is emptied when the page is
 * read lean), but as a bare link set straight in the box it is titled by
 * its own text (related.c take_items), in either read. */
static void test_related_link_cards(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-link-cards.html"),
		"https://bay.example/harbour/night-ferry-4410.html", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_item_at(doc, 0, "New lights along the north quay are finally working",
		"https://bay.example/harbour/quay-lights-repaired-4411.html");
	assert_item_at(doc, 1, "The ferry crew trains for the winter storms",
		"https://bay.example/harbour/ferry-crew-training-4412.html");
	assert_item_at(doc, 2, "The winter timetable is out next week",
		"https://bay.example/harbour/timetable-winter-4415.html");
	newsdoc_document_free(doc);
}

/* Kickers set apart as their own elements, with no class that says so,
 * before a teaser's headline: cut with the colon between (whose span
 * glued "Hafenrat:Wer"), or with the space before a headline that opens
 * anew. An emphasis the headline goes on from ("Titanic läuft ..."), and
 * a headline of several spans, stay whole. */
static void test_related_glued_kickers(void **state)
{
	static const char *const items[][2] = {
		{ "Wer zahlt f\xC3\xBCr die neue F\xC3\xA4hre?", "kosten-der-faehre-201.html" },
		{ "Die F\xC3\xA4hre f\xC3\xA4hrt bald auch zur Insel", "linie-zur-insel-202.html" },
		{ "Titanic l\xC3\xA4uft wieder im Hafenkino am Kai", "film-im-hafenkino-203.html" },
		{ "Hafen bekommt neue Lichter am Kai", "neue-lichter-204.html" },
	};
	(void)state;
	check_fixture_items(FIXTURE("related-glued-kickers.html"), "https://hafen.example/hafen/neue-faehre-200.html",
		"https://hafen.example/hafen/", items, 4);
}

/* "View All Posts" and "Alle anzeigen" beside a box's heading go to an
 * index of articles: no items (they were, taken as the heading's cards);
 * the articles of the box after them are. */
static void test_related_index_links(void **state)
{
	static const char *const items[][2] = {
		{ "A compost workshop for beginners in the garden shed", "compost-workshop-31" },
		{ "The school greenhouse grows its first tomatoes", "school-greenhouse-32" },
	};
	(void)state;
	check_fixture_items(FIXTURE("related-index-links.html"), "https://garden.example/garden/gates-open-30",
		"https://garden.example/garden/", items, 2);
}

/* "related" inside a post's tag or category slug ("tag-age-related-
 * change", "category-related-news") names no related box: those posts
 * are no items; a box whose own class says so still is, tag slug or not. */
static void test_related_tag_slugs(void **state)
{
	static const char *const items[][2] = {
		{ "Breathing for beginners in five small steps", "2025/01/10/breathing-for-beginners" },
	};
	(void)state;
	check_fixture_items(FIXTURE("related-tag-slugs.html"), "https://yoga.example/2025/02/01/stronger-at-fifty",
		"https://yoga.example/", items, 1);
}

/* Inline "Read also" lines in other forms: marks around the cue (">>
 * LEGGI ANCHE »"), a cue that counts only whole ("Leia mais") set off by a
 * dash, a list item rather than a paragraph, and several links
 * after one cue ("Czytaj także: <a> | <a>"), one item each; a cue in a
 * paragraph of its own with its link in the next line. They leave the body;
 * a sentence that goes on after its link stays, after a cue or not. */
static void test_related_inline_forms(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-inline-forms.html"),
		"https://porto.example/cronaca/ponte-chiuso", NEWSDOC_INPUT_HTML);
	const char *text;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 5);
	assert_item_at(doc, 0, "Traghetti in pi\xC3\xB9 finch\xC3\xA9 il ponte resta chiuso",
		"https://porto.example/cronaca/traghetti-extra");
	assert_item_at(doc, 1, "Sto lat mostu portowego na zdj\xC4\x99" "ciach", "https://porto.example/kraj/most-historia");
	assert_item_at(doc, 2, "Autobusy pojad\xC4\x85 objazdem od poniedzia\xC5\x82ku",
		"https://porto.example/kraj/objazdy-autobusow");
	assert_item_at(doc, 3, "Obras no anel vi\xC3\xA1rio terminam antes do prazo",
		"https://porto.example/cidade/obras-anel-viario");
	assert_item_at(doc, 4, "Novo ferry chega ao porto em junho", "https://porto.example/cidade/ferry-novo");
	text = newsdoc_document_text(doc);
	assert_null(strstr(text, "Novo ferry"));
	assert_non_null(strstr(text, "spiega le deviazioni"));
	assert_null(strstr(text, "Traghetti"));
	assert_null(strstr(text, "Sto lat"));
	assert_null(strstr(text, "Obras no anel"));
	assert_non_null(strstr(text, "Leggi anche il comunicato del comune"));
	newsdoc_document_free(doc);
}

/* A card's writer at a handle's profile ("/@janedoe?source=..") is its
 * credit, its publication at a tracked address a section, its empty "sign
 * in" button no article: each card is one item, credited to the name
 * after the writer's picture (the picture's link names nobody). */
static void test_related_card_account_links(void **state)
{
	static const char *const items[][2] = {
		{ "Websockets in production with a small team", "/harbour-notes/websockets-in-production-bdc82d07?source=recirc-0" },
		{ "A meetup on the thirteenth of November", "/harbour-notes/a-meetup-on-the-13th-of-november-19b66e22?source=recirc-1" },
		{ "Request id tracing in small services", "/@annlee/request-id-tracing-in-node-c517c7da?source=recirc-2" },
	};
	const newsdoc_related *last;
	char url[160];
	size_t i;
	newsdoc_document *doc = parse_file(FIXTURE("related-card-account-links.html"),
		"https://blog.example/harbour-notes/profiling-in-production-d6e62af1", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	/* (the fourth card, on another site, names its publication's front
	 * page with a tracking query only: that link is no item) */
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	for (i = 0; i < sizeof(items) / sizeof(items[0]); i++) {
		snprintf(url, sizeof(url), "https://blog.example%s", items[i][1]);
		assert_item_at(doc, i, items[i][0], url);
	}
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 0)), "Jane Doe");
	assert_field(newsdoc_related_author(newsdoc_document_related_at(doc, 2)), "Ann Lee");
	last = newsdoc_document_related_at(doc, 3);
	assert_field(newsdoc_related_url(last), "https://harbour.example/tide-tables-for-small-boats-94a10bc6?source=recirc-3");
	assert_field(newsdoc_related_title(last), "Tide tables for small boats, read right");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_campaign_and_index_links),
		cmocka_unit_test(test_related_campaign_without_page_url),
		cmocka_unit_test(test_related_repeated_teasers),
		cmocka_unit_test(test_related_credit_without_date),
		cmocka_unit_test(test_related_title_labels),
		cmocka_unit_test(test_related_link_cards),
		cmocka_unit_test(test_related_glued_kickers),
		cmocka_unit_test(test_related_index_links),
		cmocka_unit_test(test_related_tag_slugs),
		cmocka_unit_test(test_related_inline_forms),
		cmocka_unit_test(test_related_card_account_links),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
