/*
 * The generic main-content extractor: boilerplate removal, typed blocks,
 * the headline kept out of the body, charsets, and the seed page.
 */
#include "content_test_util.h"

static const char *block_text(const newsdoc_document *doc, size_t i)
{
	return newsdoc_block_text(newsdoc_document_block_at(doc, i));
}

static int block_type(const newsdoc_document *doc, size_t i)
{
	return newsdoc_block_type(newsdoc_document_block_at(doc, i));
}

/* Navigation, share bar, newsletter box, ads, caption outside a figure,
 * related box, comment thread and form, trending sidebar, cookie banner,
 * footer and the byline all stay out; the four paragraphs stay in. */
static void test_boilerplate_removed(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("boilerplate.html"), "https://bayside.example/news/ferry",
		NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_block_count(doc), 4);
	assert_string_equal(block_text(doc, 0),
		"The harbour ferry sailed again on Monday morning after four months in the dry dock at Kell Point, "
		"carrying commuters across the bay for the first time since November.");
	assert_string_equal(block_text(doc, 1),
		"Engineers replaced both propeller shafts, rebuilt the wheelhouse and fitted a new hull coating, "
		"the operator said, at a cost of about 1.2 million pounds.");
	assert_string_equal(block_text(doc, 2),
		"Passengers queued from six o'clock, and the first crossing was full within minutes, according to "
		"the harbour master, who counted 212 people on board.");
	assert_string_equal(block_text(doc, 3),
		"The council has promised a second vessel by next spring, so that the service can keep running "
		"when one boat is out of the water for maintenance.");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_BODY), "html");
	newsdoc_document_free(doc);
}

static void test_typed_blocks(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("blocks.html"), "https://tides.example/articles/tide-tables",
		NEWSDOC_INPUT_HTML);
	const newsdoc_block *block;
	const newsdoc_image *image;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_block_count(doc), 11);
	assert_int_equal(block_type(doc, 0), NEWSDOC_BLOCK_PARAGRAPH);
	assert_int_equal(block_type(doc, 1), NEWSDOC_BLOCK_HEADING);
	assert_string_equal(block_text(doc, 1), "Measuring the water");
	assert_int_equal(newsdoc_block_level(newsdoc_document_block_at(doc, 1)), 2);

	block = newsdoc_document_block_at(doc, 3);
	assert_int_equal(newsdoc_block_type(block), NEWSDOC_BLOCK_FIGURE);
	assert_string_equal(newsdoc_block_image_url(block), "https://tides.example/images/gauge.jpg");
	assert_string_equal(newsdoc_block_image_alt(block), "The tide gauge on the pier");
	assert_string_equal(newsdoc_block_caption(block), "The tide gauge at the end of the pier.");
	assert_string_equal(newsdoc_block_credit(block), "Photo: Lee Park");

	assert_int_equal(newsdoc_block_level(newsdoc_document_block_at(doc, 4)), 3);
	block = newsdoc_document_block_at(doc, 5);
	assert_int_equal(newsdoc_block_type(block), NEWSDOC_BLOCK_LIST);
	assert_int_equal(newsdoc_block_ordered(block), 0);
	assert_int_equal(newsdoc_block_item_count(block), 3);
	assert_string_equal(newsdoc_block_item_at(block, 2), "the water temperature");
	block = newsdoc_document_block_at(doc, 6);
	assert_int_equal(newsdoc_block_ordered(block), 1);
	assert_string_equal(newsdoc_block_item_at(block, 1), "Fit the tidal constituents.");

	assert_int_equal(block_type(doc, 7), NEWSDOC_BLOCK_BLOCKQUOTE);
	assert_string_equal(block_text(doc, 7), "The sea keeps better time than any clock in town.");

	block = newsdoc_document_block_at(doc, 8);
	assert_int_equal(newsdoc_block_type(block), NEWSDOC_BLOCK_TABLE);
	assert_int_equal(newsdoc_block_row_count(block), 3);
	assert_int_equal(newsdoc_block_cell_count(block, 0), 2);
	assert_string_equal(newsdoc_block_cell_at(block, 0, 1), "High water");
	assert_string_equal(newsdoc_block_cell_at(block, 2, 0), "Bayside");

	assert_int_equal(block_type(doc, 9), NEWSDOC_BLOCK_PREFORMATTED);
	assert_string_equal(block_text(doc, 9),
		"height = mean + sum(amplitude * cos(speed * t + phase))\n  where t is in hours");
	assert_int_equal(block_type(doc, 10), NEWSDOC_BLOCK_PARAGRAPH);

	/* The figure's picture is in images[] too, once. */
	assert_int_equal(newsdoc_document_image_count(doc), 1);
	image = newsdoc_document_image_at(doc, 0);
	assert_string_equal(newsdoc_image_url(image), "https://tides.example/images/gauge.jpg");
	assert_string_equal(newsdoc_image_credit(image), "Photo: Lee Park");
	newsdoc_document_free(doc);
}

/* The headline is the title, not body text, wherever it sits. */
static void test_headline_not_in_body(void **state)
{
	static const char page[] =
		"<html><head><title>Storm closes coast road - Courier</title></head><body><div class=\"post\">"
		"<h1>Storm closes coast road</h1>"
		"<p>The coast road between Kell Point and Bayside was closed on Sunday after waves threw rocks onto it.</p>"
		"<h2>Diversion in place</h2>"
		"<p>Drivers are sent inland through Mill Lane, which adds about twenty minutes to the journey.</p>"
		"</div></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_block_count(doc), 3);
	assert_int_equal(block_type(doc, 0), NEWSDOC_BLOCK_PARAGRAPH);
	assert_string_equal(block_text(doc, 1), "Diversion in place");
	newsdoc_document_free(doc);
}

/* The standfirst in the article header leads the body; the byline and
 * date next to it do not. */
static void test_lead_kept(void **state)
{
	static const char page[] =
		"<html><body><article><header><h1>Night buses return</h1>"
		"<p class=\"article-standfirst\">Three night routes come back next month after a two-year pause.</p>"
		"<p class=\"byline\">By Ann Smith</p><time>12 May 2025</time></header>"
		"<div class=\"article-body\"><p>The council said on Monday that the three routes would run on Fridays and Saturdays, from midnight until five.</p>"
		"<p>Drivers have been hired for all three, and the timetable will be published on the council website next week.</p></div>"
		"</article></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_block_count(doc), 3);
	assert_string_equal(block_text(doc, 0), "Three night routes come back next month after a two-year pause.");
	assert_null(strstr(newsdoc_document_text(doc), "Ann Smith"));
	newsdoc_document_free(doc);
}

/* Text between <br>s is paragraphs; hidden elements are not text. */
static void test_br_paragraphs_and_hidden(void **state)
{
	static const char page[] =
		"<html><body><div class=\"text\">The first paragraph of the story runs on for a while, with commas, and more words.<br><br>"
		"The second paragraph starts after two line breaks and it also has, of course, some words.<br>"
		"<span style=\"display: none\">Hidden teaser text</span>"
		"<div hidden>Also hidden</div></div></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_block_count(doc), 2);
	assert_string_equal(block_text(doc, 1),
		"The second paragraph starts after two line breaks and it also has, of course, some words.");
	assert_null(strstr(newsdoc_document_text(doc), "idden"));
	newsdoc_document_free(doc);
}

/* A page with a layout wrapper named like furniture ("has-sidebar")
 * still gives its article. */
static void test_misnamed_wrapper(void **state)
{
	static const char page[] =
		"<html><body><div class=\"layout has-sidebar\"><div class=\"main\">"
		"<p>The first paragraph of the story runs on for a while, with commas, and a few more words to read.</p>"
		"<p>The second paragraph is just as long as the first one, with commas, clauses and a full stop.</p>"
		"<p>The third paragraph ends the story, and it too has enough words to count as real prose here.</p>"
		"</div><div class=\"sidebar-widgets\"><p>About us</p></div></div></body></html>";
	newsdoc_document *doc = parse_string(page, NULL);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_block_count(doc), 3);
	newsdoc_document_free(doc);
}

/* Charsets: windows-1252 without a declaration, Latin-1 declared (read
 * as windows-1252, as browsers do), http-equiv, UTF-16 with a BOM, and
 * the caller's hint winning over the page's declaration. */
static void test_charsets(void **state)
{
	static const char cp1252[] = "<html><body><p>\x93" "Caf\xE9\x94 \x96 cr\xE8me</p></body></html>";
	static const char latin1[] = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>\x93Hi\x94</p></body></html>";
	static const char equiv[] = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
		"</head><body><p>\xCF\xF0\xE8\xE2\xE5\xF2</p></body></html>";
	static const char utf16le[] = "\xFF\xFE<\0p\0>\0\xE9\0<\0/\0p\0>\0";
	static const char hinted[] = "<html><head><meta charset=\"utf-8\"></head><body><p>Stra\xDF" "e</p></body></html>";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	(void)state;

	assert_non_null(doc = parse_string(cp1252, NULL));
	assert_string_equal(newsdoc_document_text(doc), "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D \xE2\x80\x93 cr\xC3\xA8me");
	newsdoc_document_free(doc);
	assert_non_null(doc = parse_string(latin1, NULL));
	assert_string_equal(newsdoc_document_text(doc), "\xE2\x80\x9CHi\xE2\x80\x9D");
	newsdoc_document_free(doc);
	assert_non_null(doc = parse_string(equiv, NULL));
	assert_string_equal(newsdoc_document_text(doc), "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
	newsdoc_document_free(doc);
	assert_int_equal(newsdoc_parse(&doc, NULL, utf16le, sizeof(utf16le) - 1, NULL, NULL), 0);
	assert_string_equal(newsdoc_document_text(doc), "\xC3\xA9");
	newsdoc_document_free(doc);
	opts.charset = "latin1";
	assert_int_equal(newsdoc_parse(&doc, NULL, hinted, sizeof(hinted) - 1, NULL, &opts), 0);
	assert_string_equal(newsdoc_document_text(doc), "Stra\xC3\x9F" "e");
	newsdoc_document_free(doc);
}

/* The seed page: exactly the eight paragraphs, nothing from not_in_body. */
static void test_seed_html(void **state)
{
	static const char *const first_words[] = {
		"On May 20, 2025, a high-level plenary meeting", "The coalition highlighted that",
		"China\xE2\x80\x99s forcible repatriation", "The closure of North Korean borders",
		"The meeting emphasized the need", "Investing in the resilience",
		"In conclusion, Ji Seong-ho\xE2\x80\x99s words", "The representatives concluded with"
	};
	static const char *const not_in_body[] = {
		"Leave a Reply", "Your email address will not be published", "Trending", "The Weekly Newsletter",
		"Sign-up for the Weekly Newsletter", "Advertisement", "Share:", "Skip to content", "Copyright",
		"Heritage Foundation praises", "City council weighs"
	};
	newsdoc_document *doc;
	size_t i;
	(void)state;

	skip_without_seed(SEED("article.html"));
	doc = parse_file(SEED("article.html"), SEED_URL, NEWSDOC_INPUT_HTML);
	assert_non_null(doc);
	assert_int_equal(newsdoc_document_block_count(doc), 8);
	for (i = 0; i < 8; i++) {
		assert_int_equal(block_type(doc, i), NEWSDOC_BLOCK_PARAGRAPH);
		assert_memory_equal(block_text(doc, i), first_words[i], strlen(first_words[i]));
	}
	assert_string_equal(block_text(doc, 7),
		"The representatives concluded with a call to action: \xE2\x80\x9CIf we fail to act, we tell every "
		"tyrant that crimes against humanity carry no cost.\xE2\x80\x9D The assembly emphasized continued "
		"support for those risking everything in pursuit of freedom.");
	for (i = 0; i < sizeof(not_in_body) / sizeof(not_in_body[0]); i++)
		assert_null(strstr(newsdoc_document_text(doc), not_in_body[i]));
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_boilerplate_removed),
		cmocka_unit_test(test_typed_blocks),
		cmocka_unit_test(test_headline_not_in_body),
		cmocka_unit_test(test_lead_kept),
		cmocka_unit_test(test_br_paragraphs_and_hidden),
		cmocka_unit_test(test_misnamed_wrapper),
		cmocka_unit_test(test_charsets),
		cmocka_unit_test(test_seed_html),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
