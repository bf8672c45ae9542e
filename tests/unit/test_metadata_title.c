/*
 * The title: site names cut from metadata titles and <title>, the choice
 * between JSON-LD and OpenGraph (the <h1> settles it when it agrees with
 * one), kickers the sources dispute, <h1> as the last resort; and the
 * seed page of ../shared when it is there.
 */
#include "test_metadata_util.h"
#include "content_test_util.h"

static void test_site_suffix_from_og_title(void **state)
{
	static const char html[] = PAGE("<meta property=\"og:site_name\" content=\"DC News Line\">"
		"<meta property=\"og:title\" content=\"UN meeting on rights | DC News Line\">", "");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "UN meeting on rights");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "opengraph");
	newsdoc_document_free(doc);
}

static void test_title_element(void **state)
{
	/* a short last piece of <title> is the site or section */
	static const char dash[] = PAGE("<title>Harbour ferry returns after long repairs - Harbour Times</title>", "");
	/* the site by its host name, in front */
	static const char host[] = PAGE("<title>n-tv.de: Harbour ferry returns</title>", "");
	/* a short title keeps its tail */
	static const char keep[] = PAGE("<title>Ferry - Boat</title>", "");
	newsdoc_document *doc = parse_page(dash, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "Harbour ferry returns after long repairs");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "html");
	newsdoc_document_free(doc);
	doc = parse_page(host, "https://www.n-tv.de/x");
	assert_field(newsdoc_document_title(doc), "n-tv.de: Harbour ferry returns");
	newsdoc_document_free(doc);
	doc = parse_page(keep, NULL);
	assert_field(newsdoc_document_title(doc), "Ferry - Boat");
	newsdoc_document_free(doc);
}

/* A <template> is inert markup: its <title> names nothing on the page. The
 * generic extractor used to read the first <title> anywhere a second time
 * after the metadata walk, which leaves templates out. */
static void test_title_in_template_ignored(void **state)
{
	static const char html[] =
		"<html><body><template><title>Icon label</title></template>"
		"<p>Some words here in a paragraph of text.</p></body></html>";
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_null(newsdoc_document_title(doc));
	assert_null(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE));
	newsdoc_document_free(doc);
}

static void test_site_by_host(void **state)
{
	static const char html[] = PAGE("<meta property=\"og:title\" content=\"\xE2\x80\x9EUnerm\xC3\xBC" "dlicher Einsatz\xE2\x80\x9C"
		" - Die Neue S\xC3\xBC" "dtiroler Tageszeitung\">", "");
	newsdoc_document *doc = parse_page(html, "https://www.tageszeitung.it/2025/04/01/x/");
	(void)state;

	assert_field(newsdoc_document_title(doc), "\xE2\x80\x9EUnerm\xC3\xBC" "dlicher Einsatz\xE2\x80\x9C");
	newsdoc_document_free(doc);
}

/* When JSON-LD and OpenGraph disagree the shorter one is the headline. */
static void test_jsonld_and_og_disagree(void **state)
{
	static const char html[] = PAGE("<meta property=\"og:title\" content=\"Chelsea send a message\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"headline\":\"Chelsea send a message in battling win over Tottenham\"}</script>", "");
	static const char agree[] = PAGE("<meta property=\"og:title\" content=\"Same title\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Same  title\"}</script>", "");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "Chelsea send a message");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "opengraph");
	newsdoc_document_free(doc);
	doc = parse_page(agree, NULL);
	assert_field(newsdoc_document_title(doc), "Same title");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	newsdoc_document_free(doc);
}

/* Pieces after the site's name are cut with it: a date, a byline. */
static void test_site_name_with_trailing_pieces(void **state)
{
	static const char dated[] = PAGE("<meta property=\"og:site_name\" content=\"DW.COM\">"
		"<meta property=\"og:title\" content=\"Harbour ferry returns after repairs | DW | 28.04.2023\">", "");
	static const char byline[] = PAGE("<meta property=\"og:site_name\" content=\"The Harbour Times\">"
		"<meta property=\"og:title\" content=\"Harbour ferry returns | The Harbour Times | by Jane Roe\">", "");
	/* a long piece after the site's name is headline: nothing is cut */
	static const char long_tail[] = PAGE("<meta property=\"og:site_name\" content=\"Harbour Times\">"
		"<meta property=\"og:title\" content=\"Ferry news | Harbour Times | the ferry returns after three long years\">", "");
	newsdoc_document *doc = parse_page(dated, "https://www.dw.com/de/x/a-1");
	(void)state;

	assert_field(newsdoc_document_title(doc), "Harbour ferry returns after repairs");
	newsdoc_document_free(doc);
	doc = parse_page(byline, NULL);
	assert_field(newsdoc_document_title(doc), "Harbour ferry returns");
	newsdoc_document_free(doc);
	doc = parse_page(long_tail, NULL);
	assert_field(newsdoc_document_title(doc), "Ferry news | Harbour Times | the ferry returns after three long years");
	newsdoc_document_free(doc);
}

/* When JSON-LD and OpenGraph disagree, the one the <h1> agrees with wins,
 * punctuation, quotes, case and spacing aside. */
static void test_h1_settles_disagreement(void **state)
{
	static const char longer[] = PAGE("<meta property=\"og:title\" content=\"Ferry is back\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"headline\":\"Harbour ferry returns after repairs \\u2013 \\u2018finally\\u2019\"}</script>",
		"<h1>Harbour Ferry returns after repairs - 'finally'</h1>");
	static const char og[] = PAGE("<meta property=\"og:title\" content=\"Nationale Demo / Harbour ferry returns after repairs\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry is back\"}</script>",
		"<h1><span>Nationale Demo</span><span>Harbour ferry returns after repairs</span></h1>");
	/* a layout "with sidebar" around the story is no sidebar */
	static const char layout[] = PAGE("<meta property=\"og:title\" content=\"Ferry is back\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"headline\":\"Harbour ferry returns after repairs\"}</script>",
		"<div class=\"detailBody withSidebar\"><h1>Harbour ferry returns after repairs</h1></div>");
	newsdoc_document *doc = parse_page(longer, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "Harbour ferry returns after repairs \xE2\x80\x93 \xE2\x80\x98" "finally\xE2\x80\x99");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	newsdoc_document_free(doc);
	doc = parse_page(og, NULL);
	assert_field(newsdoc_document_title(doc), "Nationale Demo / Harbour ferry returns after repairs");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "opengraph");
	newsdoc_document_free(doc);
	doc = parse_page(layout, NULL);
	assert_field(newsdoc_document_title(doc), "Harbour ferry returns after repairs");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	newsdoc_document_free(doc);
}

/* A kicker the <h1> replaces with another is dropped; a reworded sentence
 * or a kicker the <h1> repeats is kept. */
static void test_disputed_kicker(void **state)
{
	static const char disputed[] = PAGE("<meta property=\"og:title\" content=\"Storm on the coast: "
		"\xC2\xAB" "The ferry will not sail this week\xC2\xBB\">",
		"<h1>Weather warning - \xC2\xAB" "The ferry will not sail this week\xC2\xBB</h1>");
	static const char reworded[] = PAGE("<meta property=\"og:title\" content=\"I sell ferry tickets - "
		"booking early could save you money\">",
		"<h1>I sell harbour ferry tickets - booking early could save you money</h1>");
	static const char same[] = PAGE("<meta property=\"og:title\" content=\"Storm: the ferry will not sail\">",
		"<h1>Storm - the ferry will not sail</h1>");
	newsdoc_document *doc = parse_page(disputed, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "\xC2\xAB" "The ferry will not sail this week\xC2\xBB");
	newsdoc_document_free(doc);
	doc = parse_page(reworded, NULL);
	assert_field(newsdoc_document_title(doc), "I sell ferry tickets - booking early could save you money");
	newsdoc_document_free(doc);
	doc = parse_page(same, NULL);
	assert_field(newsdoc_document_title(doc), "Storm: the ferry will not sail");
	newsdoc_document_free(doc);
}

static void test_h1_last(void **state)
{
	static const char html[] = "<html><body><h1>Only  a <em>heading</em></h1>"
		"<p>The article text is long enough to be a body.</p></body></html>";
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "Only a heading");
	newsdoc_document_free(doc);
}

/* A metadata title that is the visible headline with a tail the site's
 * name does not explain (a project, a tagline, a full-width separator, a
 * bracket): the headline ends where the <h1> does. A short <h1> and a
 * title that goes on without a separator keep the metadata title. */
/* A page whose og:title is `og` and whose body begins with `body`: its
 * title is `expected`, stated by OpenGraph. */
static void assert_og_title(const char *og, const char *body, const char *expected)
{
	char html[512];
	newsdoc_document *doc;

	snprintf(html, sizeof(html), "<html><head><meta property=\"og:title\" content=\"%s\"></head>"
		"<body>%s<p>The article text is long enough to be a body.</p></body></html>", og, body);
	doc = parse_page(html, NULL);
	assert_field(newsdoc_document_title(doc), expected);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "opengraph");
	newsdoc_document_free(doc);
}

static void test_tail_after_headline(void **state)
{
	static const struct { const char *og, *h1, *expected; } cases[] = {
		{ "Getting started | Harbour Docs 3.1", "Getting started", "Getting started" },
		{ "Ferry timetable - Coverage, Costs &amp; Savings", "Ferry  Timetable", "Ferry timetable" },
		{ "\xE6\xB8\xAF\xE5\x8F\xA3\xE6\xB8\xA1\xE8\xBC\xAA\xE5\xBE\xA9\xE8\x88\xAA"
		  "\xEF\xBD\x9C \xE6\xB8\xAF\xE5\x8F\xA3\xE6\x96\xB0\xE8\x81\x9E",
		  "\xE6\xB8\xAF\xE5\x8F\xA3\xE6\xB8\xA1\xE8\xBC\xAA\xE5\xBE\xA9\xE8\x88\xAA",
		  "\xE6\xB8\xAF\xE5\x8F\xA3\xE6\xB8\xA1\xE8\xBC\xAA\xE5\xBE\xA9\xE8\x88\xAA" },
		{ "The ferry returns [Harbour.net]", "The ferry returns", "The ferry returns" },
		{ "News - The ferry returns", "News", "News - The ferry returns" },
		{ "The ferry returns after repairs", "The ferry returns", "The ferry returns after repairs" },
		{ "The ferry returns: the first trip", "The ferry returns", "The ferry returns: the first trip" }
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char body[256];
		snprintf(body, sizeof(body), "<h1>%s</h1>", cases[i].h1);
		assert_og_title(cases[i].og, body, cases[i].expected);
	}
}

/* The headline that ends the metadata title may be a later heading: the
 * first <h1> is the site's banner on documentation and service pages. A
 * heading the title does not begin with before a separator changes nothing. */
static void test_tail_after_later_heading(void **state)
{
	static const struct { const char *og, *body, *expected; } cases[] = {
		{ "Using the harbour API - Harbour Web APIs",
		  "<h1>Harbour developer network</h1><h1>Using the harbour API</h1>", "Using the harbour API" },
		{ "Certificate programs | Professional Education",
		  "<h1>Harbour College</h1><h2>Certificate programs</h2>", "Certificate programs" },
		{ "Certificate programs | Professional Education",
		  "<h1>Harbour College</h1><h2>Certificate programs offered</h2>",
		  "Certificate programs | Professional Education" },
		{ "Certificate programs: what they cost",
		  "<h1>Harbour College</h1><h2>Certificate programs</h2>", "Certificate programs: what they cost" }
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_og_title(cases[i].og, cases[i].body, cases[i].expected);
}

/* A page whose only title is <title> and whose only <h1> says the story
 * in other words: the <h1> is the headline the reader sees. The <title>
 * stays when it holds the <h1>, when the <h1> holds a piece after one of
 * its separators (the site's logo), when the <h1> is short, and when the
 * page has more than one <h1>. */
static void test_single_h1_over_title_tag(void **state)
{
	static const struct { const char *head, *body, *expected, *source; } cases[] = {
		{ "<title>Harbour ferry back in service | Harbour Times</title>",
		  "<h1>The harbour ferry sails again after two years of repairs</h1>",
		  "The harbour ferry sails again after two years of repairs", "html" },
		{ "<title>Harbour news: The ferry sails again today - Harbour Times</title>",
		  "<h1>The ferry sails again today</h1>", "Harbour news: The ferry sails again today", "html" },
		{ "<title>The harbour ferry is back in service - Harbour Daily</title>",
		  "<h1>Harbour Daily Morning Edition</h1>", "The harbour ferry is back in service", "html" },
		{ "<title>Ferry back in service after repairs</title>",
		  "<h1>About this site</h1>", "Ferry back in service after repairs", "html" },
		{ "<title>Ferry back in service after repairs</title>",
		  "<h1>The harbour ferry sails again</h1><h1>More from the harbour desk</h1>",
		  "Ferry back in service after repairs", "html" }
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char html[512];
		newsdoc_document *doc;
		snprintf(html, sizeof(html), "<html><head>%s</head><body>%s"
			"<p>The article text is long enough to be a body.</p></body></html>", cases[i].head, cases[i].body);
		doc = parse_page(html, NULL);
		assert_field(newsdoc_document_title(doc), cases[i].expected);
		assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), cases[i].source);
		newsdoc_document_free(doc);
	}
}

/* A JSON-LD headline with no word of the <h1>, when the <title> says what
 * the <h1> says: the headline is a description, the <h1> is the title.
 * A JSON-LD headline that shares words with the <h1> stays. */
static void test_jsonld_headline_outvoted(void **state)
{
	static const char outvoted[] = PAGE("<title>Harbour Ferry - Harbour Wiki</title>"
		"<script type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"Harbour Ferry\","
		"\"headline\":\"passenger boat service in the bay\"}</script>", "<h1>Harbour Ferry</h1>");
	static const char kept[] = PAGE("<title>Harbour Ferry - Harbour Wiki</title>"
		"<script type=\"application/ld+json\">{\"@type\":\"Article\","
		"\"headline\":\"Harbour Ferry returns to service\"}</script>", "<h1>Harbour Ferry</h1>");
	newsdoc_document *doc = parse_page(outvoted, "https://harbourwiki.example/wiki/Harbour_Ferry");
	(void)state;

	assert_field(newsdoc_document_title(doc), "Harbour Ferry");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "html");
	newsdoc_document_free(doc);
	doc = parse_page(kept, "https://harbourwiki.example/wiki/Harbour_Ferry");
	assert_field(newsdoc_document_title(doc), "Harbour Ferry returns to service");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	newsdoc_document_free(doc);
}

/* The seed page: one author with role and affiliation, comments 0. */
static void test_seed_page(void **state)
{
	size_t len = 0;
	char *html;
	newsdoc_document *doc = NULL;
	(void)state;

	skip_without_seed(SEED("article.html"));
	html = read_whole_file(SEED("article.html"), &len);
	assert_non_null(html);
	assert_int_equal(newsdoc_parse(&doc, NULL, html, len, SEED_URL, NULL), 0);
	assert_field(newsdoc_document_title(doc), "UN addresses human rights abuses in North Korea at high-level meeting");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Federico Borello", "Interim Executive Director", "Human Rights Watch");
	assert_field(newsdoc_document_published(doc), "2025-05-21T15:42:10-04:00");
	assert_field(newsdoc_document_section(doc), "Government");
	assert_field(newsdoc_document_site_name(doc), "DC News Line");
	assert_field(newsdoc_document_canonical_url(doc), SEED_URL);
	assert_int_equal(newsdoc_document_comment_count(doc), 0);
	newsdoc_document_free(doc);
	free(html);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_site_suffix_from_og_title),
		cmocka_unit_test(test_title_element),
		cmocka_unit_test(test_title_in_template_ignored),
		cmocka_unit_test(test_site_by_host),
		cmocka_unit_test(test_jsonld_and_og_disagree),
		cmocka_unit_test(test_site_name_with_trailing_pieces),
		cmocka_unit_test(test_h1_settles_disagreement),
		cmocka_unit_test(test_disputed_kicker),
		cmocka_unit_test(test_h1_last),
		cmocka_unit_test(test_tail_after_headline),
		cmocka_unit_test(test_tail_after_later_heading),
		cmocka_unit_test(test_single_h1_over_title_tag),
		cmocka_unit_test(test_jsonld_headline_outvoted),
		cmocka_unit_test(test_seed_page),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
