/*
 * Related items from HTML boxes in five markups (a list under a "Read
 * more" heading, a heading followed by a list, cards in a box named
 * more-from, a section headed "You may also like", the seed's
 * related-stories articles), and none from navigation or trending lists.
 */
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

static void assert_item(const newsdoc_related *item, const char *title, const char *url,
	const char *author, const char *summary, const char *image)
{
	assert_non_null(item);
	assert_string_equal(newsdoc_related_title(item), title);
	assert_field(newsdoc_related_url(item), url);
	assert_field(newsdoc_related_author(item), author);
	assert_field(newsdoc_related_summary(item), summary);
	assert_field(newsdoc_related_image(item), image);
}

static void test_related_markups(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related.html"), "https://bayside.example/news/library-late",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 5);
	assert_item(newsdoc_document_related_at(doc, 0), "Plans for the new reading room unveiled",
		"https://bayside.example/news/reading-room-plans", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "Two hundred years of the town library",
		"https://bayside.example/news/library-history", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 2), "Swimming pool reopens after refit",
		"https://bayside.example/news/pool-reopens", "Ann Smith",
		"The pool on Mill Lane is open again with a new roof and a learner pool.",
		"https://bayside.example/img/pool.jpg");
	assert_item(newsdoc_document_related_at(doc, 3), "Farmers' market returns to the square",
		"https://bayside.example/news/market-returns", "Tom Reed", NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 4), "Cinema festival announces full programme",
		"https://bayside.example/news/cinema-festival", NULL,
		"Forty films in five days, with a children's weekend.", NULL);
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_RELATED), "html");
	/* The boxes are gone from the body. */
	assert_int_equal(newsdoc_document_block_count(doc), 3);
	assert_null(strstr(newsdoc_document_text(doc), "reading room unveiled"));
	newsdoc_document_free(doc);
}

/* The seed page gives exactly the three related items of expected.json. */
static void test_seed_related(void **state)
{
	newsdoc_document *doc;
	(void)state;

	skip_without_seed(SEED("article.html"));
	doc = parse_file(SEED("article.html"), SEED_URL, NEWSDOC_INPUT_HTML);
	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_item(newsdoc_document_related_at(doc, 0),
		"Heritage Foundation praises US-brokered ceasefire between Azerbaijan and Armenia",
		"https://dcnewsline.com/stories/670123456-heritage-foundation-praises-us-brokered-ceasefire-between-azerbaijan-and-armenia",
		"Victoria Coates",
		"The Heritage Foundation has recognized the recent ceasefire agreement between Azerbaijan and Armenia, "
		"which was brokered by the United States.",
		"https://dcnewsline.com/images/people/victoria-coates.jpg");
	assert_item(newsdoc_document_related_at(doc, 1),
		"Supreme Court rules against Mexico\xE2\x80\x99s lawsuit targeting U.S. gun manufacturers",
		"https://dcnewsline.com/stories/670119876-supreme-court-rules-against-mexico-s-lawsuit-targeting-u-s-gun-manufacturers",
		"Kevin D. Roberts",
		"The Supreme Court has issued a unanimous decision in the case of Smith & Wesson v. Estados Unidos "
		"Mexicanos, ruling that a lawsuit filed by the Mexican government against several U.S. gun "
		"manufacturers and a wholesaler is barred by the Protection\xE2\x80\xA6",
		"https://dcnewsline.com/images/people/kevin-d-roberts.jpg");
	assert_item(newsdoc_document_related_at(doc, 2),
		"Supreme Court rules in favor of Catholic Charities Bureau in tax exemption case",
		"https://dcnewsline.com/stories/670115432-supreme-court-rules-in-favor-of-catholic-charities-bureau-in-tax-exemption-case",
		"Kevin D. Roberts",
		"The Heritage Foundation has expressed approval of the recent Supreme Court decision in the case of "
		"Catholic Charities Bureau v. Wisconsin Labor & Industry Review Commission.",
		"https://dcnewsline.com/images/people/kevin-d-roberts.jpg");
	newsdoc_document_free(doc);
}

/* max_related caps the items. */
static void test_related_limit(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t len = 0;
	char *data = read_whole_file(FIXTURE("related.html"), &len);
	(void)state;

	assert_non_null(data);
	opts.max_related = 2;
	assert_int_equal(newsdoc_parse(&doc, NULL, data, len, NULL, &opts), 0);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	newsdoc_document_free(doc);
	free(data);
}

/* Box headings in other languages and "More in <Section>" come from the
 * heading table; a body paragraph that begins with a heading that counts
 * only whole ("Más información") stays in the body. */
static void test_related_headings_by_language(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-languages.html"), "https://stadt.example/kultur/bibliothek",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	assert_item(newsdoc_document_related_at(doc, 0), "Neuer Lesesaal im Altbau vorgestellt",
		"https://stadt.example/kultur/lesesaal-neu", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "Doscientos a\xC3\xB1os de la biblioteca municipal",
		"https://stadt.example/cultura/biblioteca-historia", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 2),
		"\xD0\xA0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82 \xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 "
		"\xD0\xB1\xD0\xB8\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBE\xD1\x82\xD0\xB5\xD0\xBA\xD0\xB8 \xD0\xB7\xD0\xB0\xD0\xB2\xD0\xB5\xD1\x80\xD1\x88\xD1\x91\xD0\xBD "
		"\xD0\xB4\xD0\xBE\xD1\x81\xD1\x80\xD0\xBE\xD1\x87\xD0\xBD\xD0\xBE",
		"https://stadt.example/kultura/biblioteka-remont", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 3), "Council approves the culture budget for next year",
		"https://stadt.example/politics/council-budget-vote", NULL, NULL, NULL);
	assert_non_null(strstr(newsdoc_document_text(doc), "M\xC3\xA1s informaci\xC3\xB3n sobre los horarios"));
	newsdoc_document_free(doc);
}

/* Shops head boxes of other products "Frequently bought together" or
 * "Ähnliche Produkte"; a heading that ends in an ellipsis ("You might also
 * like…") matches as the words before it. */
static void test_related_shop_headings(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-shop.html"), "https://harbour.example/products/tote",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_item(newsdoc_document_related_at(doc, 0), "Canvas wax tin for refreshing the finish",
		"https://harbour.example/products/canvas-wax", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "Harbour canvas backpack in navy",
		"https://harbour.example/products/harbour-backpack", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 2), "Strandtasche aus Segeltuch, gro\xC3\x9F",
		"https://harbour.example/products/strandtasche", NULL, NULL, NULL);
	assert_null(strstr(newsdoc_document_text(doc), "You might also like"));
	newsdoc_document_free(doc);
}

/* Inline "Read also: <link>" paragraphs are items and leave the body; a
 * paragraph that goes on after its link is prose. A heading set among its
 * items (role="heading", one card element per item) covers the run of
 * cards after it, not the paragraph that follows; so does a heading in a
 * wrapper of its own. */
static void test_related_inline_and_cards(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-inline.html"), "https://harbour.example/news/bridge",
		NEWSDOC_INPUT_HTML);
	const char *text;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 6);
	assert_item(newsdoc_document_related_at(doc, 0), "Extra ferries to run while the bridge is shut",
		"https://harbour.example/news/ferry-timetable", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "Hundert Jahre Hafenbr\xC3\xBC" "cke in Bildern",
		"https://harbour.example/news/bruecke-geschichte", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 2), "How bridge bearings wear out over the decades",
		"https://harbour.example/news/bearings-explained", NULL, NULL, "https://harbour.example/img/b.jpg");
	assert_item(newsdoc_document_related_at(doc, 3), "Ring road resurfacing finished ahead of schedule",
		"https://harbour.example/news/ring-road-works", NULL, NULL, NULL);
	/* the heading in a wrapper of its own, the list in the next element */
	assert_item(newsdoc_document_related_at(doc, 4), "New tug boat joins the harbour fleet this month",
		"https://harbour.example/news/tug-boat", NULL, NULL, NULL);
	/* the title inside the teaser's headline, without the kicker beside it */
	assert_item(newsdoc_document_related_at(doc, 5), "Pier lights switched to solar power",
		"https://harbour.example/news/pier-lights", NULL, NULL, NULL);
	text = newsdoc_document_text(doc);
	assert_null(strstr(text, "Extra ferries"));
	assert_null(strstr(text, "Hundert Jahre"));
	assert_non_null(strstr(text, "Lesen Sie auch die Erkl\xC3\xA4rung des Rates"));
	assert_non_null(strstr(text, "paid for from the roads budget"));
	newsdoc_document_free(doc);
}

/* Relative links resolve against <base href> (itself relative to the page),
 * not against the page address; the white space around an href (or the
 * base's) is no part of the address. */
static void test_related_base_href(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-base.html"), "https://coast.example/news/keeper-retires",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_item(newsdoc_document_related_at(doc, 0), "Trust unveils plans for the lighthouse museum",
		"https://coast.example/archive/2024/lighthouse-museum-plans", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "Storm damage to the north lighthouse repaired",
		"https://coast.example/archive/2023/storm-damage", NULL, NULL, NULL);
	newsdoc_document_free(doc);
}

/* Boxes of teasers, where each item's kicker, summary and date make the
 * links a small part of the text: under a heading in a wrapper of its own,
 * and in a box named related that opens with its heading. A "Related"
 * heading over prose with one link in it is no box: the prose stays. */
static void test_related_teaser_boxes(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-teasers.html"), "https://tram.example/news/line-4",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_item(newsdoc_document_related_at(doc, 0), "Ferry timetable changes with the new tram",
		"https://tram.example/news/ferry-timetable-change", NULL,
		"The ferry company moves its first morning crossing by a quarter of an hour so that riders from the "
		"tram can make it, and adds a late boat on Fridays and Saturdays through the summer.", NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "Plans for the harbour square shown to residents",
		"https://tram.example/news/harbour-square-plans", NULL,
		"Architects showed three designs for the square at the tram stop on Tuesday evening; residents can "
		"vote on them in the town hall and online until the end of the month.", NULL);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 2)),
		"Buslinien werden ab Juni umgeleitet");
	assert_null(strstr(newsdoc_document_text(doc), "Ferry timetable changes"));
	assert_non_null(strstr(newsdoc_document_text(doc), "The extension was first proposed in 2009"));
	newsdoc_document_free(doc);
}

/* More headings from the per-language table (Italian, Polish, Russian);
 * "По теме" ("on the topic") counts only as the whole heading. */
static void test_related_headings_more_languages(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-languages-more.html"), "https://citta.example/cultura/domenica",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_item(newsdoc_document_related_at(doc, 0), "Inaugurata la nuova sala di lettura",
		"https://citta.example/cultura/sala-lettura-nuova", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "Nowe godziny otwarcia biblioteki miejskiej",
		"https://citta.example/kultura/biblioteka-godziny", NULL, NULL, NULL);
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 2)),
		"https://citta.example/kultura/chitalnyj-zal");
	assert_non_null(strstr(newsdoc_document_text(doc), "gli orari estivi"));
	newsdoc_document_free(doc);
}

/* A teaser whose section kicker is a link of its own beside the title link
 * ("<a href=/news/city/traffic>Traffic</a>"): the kicker goes to a section,
 * not to an article, so the picture, kicker, title and lead are one item. */
static void test_related_kicker_link(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-kickers.html"), "https://harbour.example/city/2024/bridge-closes",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_item(newsdoc_document_related_at(doc, 0), "Tolls on the harbour bridge may return next year",
		"https://harbour.example/city/2024/bridge-tolls-return", NULL,
		"The council weighs a toll for lorries to pay for the upkeep of the bridge and its approach roads.",
		"https://harbour.example/img/tolls.jpg");
	newsdoc_document_free(doc);
}

/* A short headline on a short address ("Bridge closes for a week" at
 * /news/bridge, 20 letters) is an article, not a section kicker; a one-word
 * label on such an address is the section. */
static void test_related_short_headline_not_kicker(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-short-headline.html"),
		"https://quay.example/news/night-ferry-timetable", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_item(newsdoc_document_related_at(doc, 0), "Bridge closes for a week",
		"https://quay.example/news/bridge", NULL, NULL, NULL);
	newsdoc_document_free(doc);
}

/* A link back to the page itself or to a site's front page under a
 * related heading is no related article; the other link is. */
static void test_related_not_self_or_front_page(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-self-links.html"),
		"https://railnews.example/travel/night-trains-return-coast", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_item(newsdoc_document_related_at(doc, 0), "Old sleeping cars refitted in the northern works",
		"https://railnews.example/travel/sleeping-cars-refitted", NULL, NULL, NULL);
	newsdoc_document_free(doc);
}

/* A link to an author's page ("/autor/...") is the teaser's credit, not
 * an item of its own: each card is one item with its author. */
static void test_related_author_links(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-author-links.html"),
		"https://diario.example/economia/2024-05-10/puerto-muelle-norte.html", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_item(newsdoc_document_related_at(doc, 0), "Los cruceros baten su r\xC3\xA9" "cord de escalas esta temporada",
		"https://diario.example/economia/2024-05-02/cruceros-record-temporada.html", "Luc\xC3\xAD" "a Ferrer", NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "El paseo mar\xC3\xADtimo estrena carril bici en mayo",
		"https://diario.example/economia/2024-04-20/paseo-maritimo-obras.html", "Pablo Ruiz", NULL, NULL);
	newsdoc_document_free(doc);
}

/* A card that is one link, its title a title-named paragraph among a
 * hidden label, a kicker and a date: the paragraph is the title. */
static void test_related_title_paragraph_in_card_link(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-card-links.html"),
		"https://lake.example/news/region/ferry-electric", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_item(newsdoc_document_related_at(doc, 0), "The harbour is dredged before the summer season",
		"https://lake.example/news/region/lake-harbour-dredged", NULL, NULL, NULL);
	assert_item(newsdoc_document_related_at(doc, 1), "The paddle steamer turns one hundred this year",
		"https://lake.example/news/region/steamer-anniversary", NULL, NULL, NULL);
	newsdoc_document_free(doc);
}

/* Sponsored teasers in a related box go through an ad server's click
 * address: no items. */
static void test_related_no_ad_clicks(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-ad-clicks.html"),
		"https://town.example/city/market-hall-reopens", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_item(newsdoc_document_related_at(doc, 0), "Market traders return to the old hall on Saturday",
		"https://town.example/city/market-traders-return", NULL, NULL, NULL);
	newsdoc_document_free(doc);
}

/* A box named related whose heading says "latest from the section"
 * ("Najnowsze z działu") holds no related items; the box headed "Czytaj
 * także" beside it does. */
static void test_related_latest_box_named_related(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-latest-box.html"),
		"https://miasto.example/wiadomosci/nowy-most-otwarty", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	assert_item(newsdoc_document_related_at(doc, 0), "Stary most czeka remont generalny do ko\xC5\x84" "ca przysz\xC5\x82" "ego roku",
		"https://miasto.example/wiadomosci/stary-most-remont", NULL, NULL, NULL);
	newsdoc_document_free(doc);
}

/* "Więcej z działu" (more from the section) heads a box of related items. */
static void test_related_more_from_section_polish(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-more-from-section.html"),
		"https://biz.example/wiadomosci/tramwaj-zielone-wzgorze-n500", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 0)),
		"https://biz.example/wiadomosci/park-nad-rzeka-otwarty-n501");
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 1)),
		"https://biz.example/wiadomosci/rowery-miejskie-wracaja-n502");
	newsdoc_document_free(doc);
}

/* A box heading in a span or div whose class names a headline, not a
 * heading: "<span class=rail-headline>Mehr zum Thema Verkehr</span>". */
static void test_related_headline_class(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-headline-class.html"),
		"https://stadt.example/verkehr/saalebruecke-frei-99.html", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 0)),
		"https://stadt.example/verkehr/umleitung-endet-am-montag-100.html");
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)),
		"Umleitung durch die Altstadt endet am Montag");
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 1)),
		"https://stadt.example/verkehr/neue-radwege-am-ufer-101.html");
	newsdoc_document_free(doc);
}

/* A teaser card set between the story's paragraphs: an <article> in the
 * article, one link, no heading over it. */
static void test_related_card_in_body(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-inbody-card.html"),
		"https://stadt.example/stadt/radweg-am-kanal-2040.html", NEWSDOC_INPUT_HTML);
	const newsdoc_related *item;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 1);
	item = newsdoc_document_related_at(doc, 0);
	assert_string_equal(newsdoc_related_url(item), "https://stadt.example/stadt/bruecke-am-kanal-wird-saniert-2031.html");
	assert_string_equal(newsdoc_related_title(item), "Brücke am Kanal wird im Sommer saniert");
	assert_string_equal(newsdoc_related_summary(item), "Die Arbeiten dauern voraussichtlich drei Monate.");
	assert_null(strstr(newsdoc_document_text(doc), "Brücke am Kanal"));
	newsdoc_document_free(doc);
}

/* A teaser's credit opens with a word of its language ("Von", "Par",
 * lowercase "di"): the author is the names after it. "Di Maio" is a name. */
static void test_related_credit_words(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-credit-words.html"),
		"https://stadt.example/hafen/neues-faehrterminal-209.html", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 0)), "Lena Marquardt");
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 1)), "Claire Besson");
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 2)), "Marco Ferri");
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 3)), "Di Maio Rossi");
	newsdoc_document_free(doc);
}

/* A card that is one link holds its lead inside the link: the paragraph
 * after the card's title is its summary, a short "Read more" is none. */
static void test_related_lead_in_card_link(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-card-link-lead.html"),
		"https://kitchen.example/blog/olive-oil-storage", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)), "Choosing a vinegar for your kitchen");
	assert_non_null(newsdoc_related_summary(newsdoc_document_related_at(doc, 0)));
	assert_string_equal(newsdoc_related_summary(newsdoc_document_related_at(doc, 0)),
		"Wine, cider or balsamic: which vinegar goes with which dish, and how long each one keeps.");
	assert_string_equal(newsdoc_related_summary(newsdoc_document_related_at(doc, 1)),
		"Sea salt, rock salt and flakes taste the same in a soup but not on a steak.");
	assert_null(newsdoc_related_summary(newsdoc_document_related_at(doc, 2)));
	newsdoc_document_free(doc);
}

/* The lead of a card link in a bare block after the title ("<a><h3>Title
 * </h3><div>Lead ...</div></a>") is its summary; a title-named block is
 * no lead. */
static void test_related_leaf_lead_in_card_link(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-card-leaf-lead.html"),
		"https://rail.example/travel/night-trains-return", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_non_null(newsdoc_related_summary(newsdoc_document_related_at(doc, 0)));
	assert_string_equal(newsdoc_related_summary(newsdoc_document_related_at(doc, 0)),
		"Four bunks, a washbasin and a window that opens: a night in the carriages that start running in June.");
	assert_null(newsdoc_related_summary(newsdoc_document_related_at(doc, 1)));
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_markups),
		cmocka_unit_test(test_seed_related),
		cmocka_unit_test(test_related_limit),
		cmocka_unit_test(test_related_headings_by_language),
		cmocka_unit_test(test_related_shop_headings),
		cmocka_unit_test(test_related_inline_and_cards),
		cmocka_unit_test(test_related_base_href),
		cmocka_unit_test(test_related_teaser_boxes),
		cmocka_unit_test(test_related_headings_more_languages),
		cmocka_unit_test(test_related_kicker_link),
		cmocka_unit_test(test_related_short_headline_not_kicker),
		cmocka_unit_test(test_related_not_self_or_front_page),
		cmocka_unit_test(test_related_author_links),
		cmocka_unit_test(test_related_title_paragraph_in_card_link),
		cmocka_unit_test(test_related_no_ad_clicks),
		cmocka_unit_test(test_related_latest_box_named_related),
		cmocka_unit_test(test_related_more_from_section_polish),
		cmocka_unit_test(test_related_headline_class),
		cmocka_unit_test(test_related_card_in_body),
		cmocka_unit_test(test_related_credit_words),
		cmocka_unit_test(test_related_lead_in_card_link),
		cmocka_unit_test(test_related_leaf_lead_in_card_link),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
