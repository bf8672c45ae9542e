/*
 * Related items inside the story and in cards whose heading is a kicker
 * (related_body.c, related.c), on a page written for the test: a list of
 * three links to the site's own articles between paragraphs, with no
 * heading, gives three items; a list of two, a list of another site's
 * links and a list of section pages give none. A block between paragraphs
 * (or an <aside>) that is one link holding a heading is an item. A card of a related box
 * whose first heading is a kicker ("Tennis") over the headline's link is
 * titled by the link; a link named related by its class is an item of its
 * own. A box named related whose cards are pictures under empty links
 * gives an item per card, titled by the link's title attribute. A box
 * named "more from" whose entries are mostly labels of a word
 * or two ("Offers", "Shop") is the site's menu: no items. A list between
 * paragraphs wrapped one by one, or ending in an empty ad slot, is in the
 * story; a cue's link with a short headline on a plain path is an item.
 */
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

static void test_related_in_story(void **state)
{
	static const char *const urls[] = {
		"https://bay.example/news/2025/03/02/ferry-returns-after-four-months",
		"https://bay.example/news/2025/02/20/quay-repairs-start-north-end",
		"https://bay.example/news/2025/01/12/storm-damage-old-mill",
		"https://bay.example/news/2025/03/10/fishing-fleet-moves-south",
		"https://bay.example/sport/2025/03/12/rodesch-second-round",
		"https://bay.example/sport/2025/03/11/regatta-moved-to-june",
		"https://bay.example/news/2025/03/05/new-crane-arrives-on-quay",
		"https://bay.example/news/2025/02/02/pier-lights-replaced-by-led",
		"https://bay.example/news/2025/01/30/beach-huts-repainted-blue",
	};
	newsdoc_document *doc = parse_file(FIXTURE("related-in-story.html"),
		"https://bay.example/news/2025/03/14/harbour-wall-vote", NEWSDOC_INPUT_HTML);
	size_t i;
	(void)state;

	assert_non_null(doc);
	for (i = 0; i < newsdoc_document_related_count(doc); i++)
		print_message("item %zu: %s\n", i, newsdoc_related_url(newsdoc_document_related_at(doc, i)));
	assert_int_equal(newsdoc_document_related_count(doc), sizeof(urls) / sizeof(urls[0]));
	for (i = 0; i < sizeof(urls) / sizeof(urls[0]); i++)
		assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, i)), urls[i]);
	assert_field(newsdoc_related_title(newsdoc_document_related_at(doc, 1)),
		"Quay repairs start at the north end of the port");
	assert_field(newsdoc_related_title(newsdoc_document_related_at(doc, 4)),
		"Rodesch reaches the second round in Melbourne");
	assert_field(newsdoc_related_title(newsdoc_document_related_at(doc, 6)),
		"A new crane arrives on the quay by barge");
	assert_field(newsdoc_related_title(newsdoc_document_related_at(doc, 8)), "Beach huts get a coat of blue");
	/* the in-story list left the body; the prose stayed */
	assert_null(strstr(newsdoc_document_text(doc), "Ferry returns after four months"));
	assert_non_null(strstr(newsdoc_document_text(doc), "The works start in May"));
	newsdoc_document_free(doc);
}

/* An in-story teaser card wrapped in <aside> rather than <div>: one link
 * holding a heading, between two paragraphs. It is an item and leaves the
 * body; the paragraphs stay. */
static void test_card_in_aside(void **state)
{
	newsdoc_document *doc = parse_string("<html><body><article><h1>Harbour wall vote</h1>"
		"<p>The council voted on Tuesday to rebuild the harbour wall before the winter storms, after two years of "
		"talks with the port authority and the fishing co-operative over who should pay for the works.</p>"
		"<aside class=\"linkcard\"><a href=\"https://bay.example/news/2025/03/02/ferry-returns-after-four-months\">"
		"<picture><img src=\"/img/ferry.jpg\" alt=\"\"></picture><div><div class=\"flag\">More on this</div>"
		"<h3>Ferry returns after four months</h3></div></a></aside>"
		"<p>The works start in May and should take eleven weeks, during which the north quay will stay closed to "
		"all boats longer than twelve metres, the harbour master said in a statement on Wednesday.</p>"
		"</article></body></html>", "https://bay.example/news/2025/03/14/harbour-wall-vote");
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, 0)),
		"https://bay.example/news/2025/03/02/ferry-returns-after-four-months");
	assert_null(strstr(newsdoc_document_text(doc), "Ferry returns after four months"));
	assert_non_null(strstr(newsdoc_document_text(doc), "The works start in May"));
	newsdoc_document_free(doc);
}

/* A list between paragraphs that each sit in a block of their own
 * ("<div><p>..</p></div><div><aside><ul>..</ul></aside></div><div><p>"),
 * and a list between bare paragraphs whose last item is an ad's empty
 * slot: each gives its three items. A card that is one link holding a
 * heading, between wrapped paragraphs, is an item when it is the site's
 * own; a shop's product card there is none. */
static void test_list_between_wrapped_paragraphs(void **state)
{
	static const char *const urls[] = {
		"https://bay.example/news/2025/03/02/ferry-returns-after-four-months",
		"https://bay.example/news/2025/02/20/quay-repairs-start-north-end",
		"https://bay.example/news/2025/01/12/storm-damage-old-mill",
		"https://bay.example/news/2025/03/10/fishing-fleet-moves-south",
		"https://bay.example/news/2025/03/05/new-crane-arrives-on-quay",
		"https://bay.example/news/2025/02/02/pier-lights-replaced-by-led",
		"https://bay.example/news/2025/03/11/divers-check-the-old-wall",
	};
	newsdoc_document *doc = parse_file(FIXTURE("related-wrapped-paragraphs.html"),
		"https://bay.example/news/2025/03/14/harbour-wall-vote", NEWSDOC_INPUT_HTML);
	size_t i;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), sizeof(urls) / sizeof(urls[0]));
	for (i = 0; i < sizeof(urls) / sizeof(urls[0]); i++)
		assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, i)), urls[i]);
	assert_non_null(strstr(newsdoc_document_text(doc), "The works start in May"));
	newsdoc_document_free(doc);
}

/* A cue says the link after it is an article: "HarbourVPN 2026 Review"
 * on "/vpn/harbourvpn/review/" (three words, a path of plain words) is an
 * item, not a section's label. The same kind of link in running text is
 * none. */
static void test_cued_short_title(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-cued-short-title.html"),
		"https://vpn.example/vpn/best/", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, 0)), "https://vpn.example/vpn/harbourvpn/review/");
	assert_field(newsdoc_related_title(newsdoc_document_related_at(doc, 0)), "HarbourVPN 2026 Review");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_in_story),
		cmocka_unit_test(test_card_in_aside),
		cmocka_unit_test(test_list_between_wrapped_paragraphs),
		cmocka_unit_test(test_cued_short_title),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
