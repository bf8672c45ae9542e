/*
 * Dates: each accepted format normalised to ISO 8601, the page's offset
 * kept, a date alone written as YYYY-MM-DD, nonsense left unknown; the
 * date a page only shows (a dateline near the headline) in the languages
 * of the tables, and never one from a related box, a comment, a sentence
 * or the copyright line.
 */
#include "test_metadata_util.h"

static void check_date(const char *written, const char *expected)
{
	char html[1024];
	newsdoc_document *doc;

	snprintf(html, sizeof(html), "<html><head><meta name=\"date\" content=\"%s\"><title>Date test page</title>"
		"</head><body><p>The article text is long enough to be a body.</p></body></html>", written);
	doc = parse_page(html, NULL);
	if (!expected && newsdoc_document_published(doc))
		fail_msg("'%s' gave '%s', expected nothing", written, newsdoc_document_published(doc));
	if (expected && (!newsdoc_document_published(doc) || strcmp(newsdoc_document_published(doc), expected)))
		fail_msg("'%s' gave '%s', expected '%s'", written,
			newsdoc_document_published(doc) ? newsdoc_document_published(doc) : "(null)", expected);
	newsdoc_document_free(doc);
}

static void test_iso(void **state)
{
	(void)state;
	check_date("2025-05-21T15:42:10-04:00", "2025-05-21T15:42:10-04:00");
	check_date("2025-05-21T19:42:10Z", "2025-05-21T19:42:10+00:00");
	check_date("2025-05-21T15:42:10.389+0200", "2025-05-21T15:42:10+02:00");
	check_date("2023-08-30T16:45+0100", "2023-08-30T16:45:00+01:00");
	check_date("2024-05-03 18:19", "2024-05-03T18:19:00");
	check_date("2024-05-03 18:19:08.721370", "2024-05-03T18:19:08");
	check_date("2024-05-03", "2024-05-03");
	check_date("2024/5/3", "2024-05-03");
	check_date("  2024-05-03T07:00:00+05:30  ", "2024-05-03T07:00:00+05:30");
}

static void test_prose(void **state)
{
	(void)state;
	check_date("May 21, 2025", "2025-05-21");
	check_date("21 May 2025", "2025-05-21");
	check_date("Sept. 3, 2024", "2024-09-03");
	check_date("May 21, 2025 3:42 PM EDT", "2025-05-21T15:42:00-04:00");
	check_date("May 21, 2025 12:05 am", "2025-05-21T00:05:00");
	check_date("21. Mai 2025, 15:42 Uhr", "2025-05-21T15:42:00");
	check_date("3 février 2024", "2024-02-03");
	check_date("1 de marzo de 2024", "2024-03-01");
	check_date("30 August 2023 \xE2\x80\xA2 4:45pm", "2023-08-30T16:45:00");
}

static void test_rfc2822(void **state)
{
	(void)state;
	check_date("Wed, 21 May 2025 15:42:10 -0400", "2025-05-21T15:42:10-04:00");
	check_date("Wed, 21 May 2025 15:42:10 GMT", "2025-05-21T15:42:10+00:00");
	check_date("Tue, 5 Nov 2024 09:00:00 CET", "2024-11-05T09:00:00+01:00");
}

static void test_numeric(void **state)
{
	(void)state;
	check_date("21.05.2025", "2025-05-21");
	check_date("21.05.2025, 15:42", "2025-05-21T15:42:00");
	check_date("05/21/2025", "2025-05-21");
	check_date("21/05/2025", "2025-05-21");
	check_date("21.05.25", "2025-05-21");
	check_date("20250521", "2025-05-21");
	check_date("202505211542", "2025-05-21T15:42:00");
	check_date("2025\xE5\xB9\xB4" "1\xE6\x9C\x88" "14\xE6\x97\xA5 21:17", "2025-01-14T21:17:00");
}

static void test_epoch(void **state)
{
	(void)state;
	check_date("1716300130", "2024-05-21T14:02:10+00:00");
	check_date("1716300130000", "2024-05-21T14:02:10+00:00");
}

static void test_unreadable(void **state)
{
	(void)state;
	check_date("yesterday", NULL);
	check_date("2025-02-30", NULL);
	check_date("2025-13-01", NULL);
	check_date("May 21", NULL);
	check_date("12:30", NULL);
	check_date("3 hours ago", NULL);
	check_date("99999", NULL);
}

/* The address as the last source: a date in its path, only when the page
 * states and shows none. */
static void test_url(void **state)
{
	static const struct { const char *url, *head, *body, *published; } cases[] = {
		{ "https://example.org/2016/12/19/a-story/", "", "", "2016-12-19" },
		{ "https://example.org/blog/2025-12-17-minisgl", "", "", "2025-12-17" },
		{ "https://example.org/news/a-story?d=2016/12/19/", "", "", NULL },
		{ "https://example.org/item/20161219/a-story", "", "", NULL },
		{ "https://example.org/2016/13/19/a-story", "", "", NULL },
		{ "https://example.org/a/123", "<link rel=\"canonical\" href=\"https://example.org/2020/01/02/x\">", "",
		  "2020-01-02" },
		/* the page's own date wins */
		{ "https://example.org/2016/12/19/a-story/", "<meta name=\"date\" content=\"2016-12-20\">", "",
		  "2016-12-20" },
		{ "https://example.org/2016/12/19/a-story/", "", "<h1>Headline</h1><p>December 18, 2016</p>",
		  "2016-12-18" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char html[1024];
		newsdoc_document *doc;
		snprintf(html, sizeof(html), PAGE("%s", "%s"), cases[i].head, cases[i].body);
		doc = parse_page(html, cases[i].url);
		assert_field(newsdoc_document_published(doc), cases[i].published);
		if (cases[i].published && !*cases[i].head && !*cases[i].body)
			assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "url");
		newsdoc_document_free(doc);
	}
}

/* A page whose sources state only its last update (and which shows no
 * date and has none in its address) is dated by that update; a stated
 * publication date or a visible one still wins. */
static void test_only_modified(void **state)
{
	static const struct { const char *head, *body, *published, *provenance; } cases[] = {
		{ "<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">", "",
		  "2023-06-12T10:39:42+00:00", "modified" },
		{ "<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">"
		  "<meta property=\"article:published_time\" content=\"2021-02-01T08:00:00+00:00\">", "",
		  "2021-02-01T08:00:00+00:00", "opengraph" },
		{ "<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">",
		  "<h1>Headline of the story</h1><p>March 3, 2022</p>", "2022-03-03", "html" },
		{ "", "", NULL, NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char html[1024];
		newsdoc_document *doc;
		snprintf(html, sizeof(html), PAGE("%s", "%s"), cases[i].head, cases[i].body);
		doc = parse_page(html, "https://example.org/a-story");
		assert_field(newsdoc_document_published(doc), cases[i].published);
		assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), cases[i].provenance);
		assert_field(newsdoc_document_modified(doc), i < 3 ? "2023-06-12T10:39:42+00:00" : NULL);
		newsdoc_document_free(doc);
	}
}

/* Meta names some sites use for the dates (published-date, modified-date),
 * and JSON-LD stated as a meta tag's content ("script:ld+json", written by
 * some page frameworks) rather than in a <script> element. */
static void test_meta_date_names(void **state)
{
	static const struct { const char *head, *published, *provenance, *modified; } cases[] = {
		{ "<meta name=\"published-date\" content=\"2021-02-16\">"
		  "<meta name=\"modified-date\" content=\"2024-07-30\">", "2021-02-16", "meta", "2024-07-30" },
		{ "<meta name=\"script:ld+json\" content=\"{&quot;@context&quot;:&quot;https://schema.org&quot;,"
		  "&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;A story&quot;,"
		  "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\">",
		  "2025-11-17T09:00:00-05:00", "json-ld", NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char html[1024];
		newsdoc_document *doc;
		snprintf(html, sizeof(html), PAGE("%s", "%s"), cases[i].head, "");
		doc = parse_page(html, "https://example.org/a-story");
		assert_field(newsdoc_document_published(doc), cases[i].published);
		assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), cases[i].provenance);
		assert_field(newsdoc_document_modified(doc), cases[i].modified);
		newsdoc_document_free(doc);
	}
}

/* ---- dates shown near the headline ---- */

/* A page with no machine-readable date: `before` and `after` go around
 * the <h1>, the article text follows. */
static char *dateline_page(const char *lang, const char *before, const char *after)
{
	static char html[4096];

	snprintf(html, sizeof(html), "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\">"
		"<title>Rivers rise after a week of rain</title></head><body><header><a href=\"/\">Home</a></header>"
		"<main><article>%s<h1>Rivers rise after a week of rain</h1>%s"
		"<p>The rivers of the region rose through the night after a week of rain, and the towns along "
		"their banks spent the morning moving furniture upstairs and sandbags to the doors.</p>"
		"<p>Officials said the water would crest on the weekend and fall slowly after that.</p>"
		"</article></main></body></html>", lang, before, after);
	return html;
}

static void check_dateline(const char *lang, const char *before, const char *after, const char *published,
	const char *modified)
{
	newsdoc_document *doc = parse_page(dateline_page(lang, before, after), NULL);
	const char *got = newsdoc_document_published(doc), *got_modified = newsdoc_document_modified(doc);

	if ((published && (!got || strcmp(got, published))) || (!published && got))
		fail_msg("%s | %s: published '%s', expected '%s'", before, after, got ? got : "(null)",
			published ? published : "(null)");
	if ((modified && (!got_modified || strcmp(got_modified, modified))) || (!modified && got_modified))
		fail_msg("%s | %s: modified '%s', expected '%s'", before, after, got_modified ? got_modified : "(null)",
			modified ? modified : "(null)");
	if (published)
		assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "html");
	newsdoc_document_free(doc);
}

/* A date-classed line whose parts sit in elements of their own: each
 * element is a word, so the section's name does not swallow the month
 * and the update's month is not read as the publication's. (A page
 * without a headline: no visible dateline is read, the classed element
 * alone dates it.) */
static void check_date_class(const char *line, const char *expected)
{
	char html[1024];
	newsdoc_document *doc;
	const char *got;

	snprintf(html, sizeof(html), "<html><head><title>Date test page</title></head><body>%s"
		"<p>The article text is long enough to be a body of a page.</p></body></html>", line);
	doc = parse_page(html, NULL);
	got = newsdoc_document_published(doc);
	if (!got || strcmp(got, expected))
		fail_msg("'%s' gave '%s', expected '%s'", line, got ? got : "(null)", expected);
	newsdoc_document_free(doc);
}

static void test_date_class_parts(void **state)
{
	(void)state;
	check_date_class("<div class=\"article-dateline\"><a href=\"/health\">Mental Health</a>"
		"<span>DECEMBER 22, 2022</span><span>Updated: JANUARY 02, 2026</span></div>", "2022-12-22");
	check_date_class("<div class=\"date\"><a href=\"/politik\">Politik</a><span>12. M\xC3\xA4rz 2024</span>"
		"<span>Aktualisiert: 3. April 2024</span></div>", "2024-03-12");
}

/* A date read from markup alone (an element classed as a date) may be a
 * teaser's, in a carousel below the story: the line by the headline wins. */
static void test_dateline_over_teaser_date(void **state)
{
	(void)state;
	check_dateline("en", "<div class=\"header-meta\"><span>5 min read</span><span>February 6, 2026</span></div>",
		"<p>The story goes on below with enough words to be a paragraph of an article text.</p>"
		"<div class=\"swiper\"><div class=\"article-item\"><h3><a href=\"/other\">Another story</a></h3>"
		"<div class=\"article-item__date\">Mar  3, 2026</div></div></div>", "2026-02-06", NULL);
	/* Without a line by the headline, the classed element still dates the page. */
	check_dateline("en", "", "<div class=\"post-date\">Mar  3, 2026</div>", "2026-03-03", NULL);
}

static void test_dateline_languages(void **state)
{
	(void)state;
	check_dateline("en", "", "<p class=\"meta\">By Jane Doe</p><p>March 12, 2024</p>", "2024-03-12", NULL);
	check_dateline("en", "", "<div>Jane Doe<br>4 August 2010</div>", "2010-08-04", NULL);
	check_dateline("en", "", "<p>by janedoe &raquo; Tue Aug 27, 2019 1:47 am</p>", "2019-08-27T01:47:00", NULL);
	check_dateline("en", "", "<p>Written by Jane Doe on 1 June 2019 at 08:34 PM EDT</p>",
		"2019-06-01T20:34:00-04:00", NULL);
	check_dateline("de", "", "<p>Von Max Muster, 12. M\xC3\xA4rz 2024, 15:42 Uhr</p>", "2024-03-12T15:42:00", NULL);
	check_dateline("fr", "", "<p>Publi\xC3\xA9 le 12 mars 2024 \xC3\xA0 10h30</p>", "2024-03-12T10:30:00", NULL);
	check_dateline("fr", "", "<p>Par Jean Dupont, le 1er f\xC3\xA9vrier 2024</p>", "2024-02-01", NULL);
	check_dateline("es", "", "<p>Publicado el 12 de marzo de 2024</p>", "2024-03-12", NULL);
	check_dateline("it", "", "<p>Pubblicato il 12 marzo 2024</p>", "2024-03-12", NULL);
	check_dateline("pt", "", "<p>Publicado em 12 de mar\xC3\xA7o de 2024</p>", "2024-03-12", NULL);
	check_dateline("pl", "", "<p>Opublikowano: 12 marca 2024 r.</p>", "2024-03-12", NULL);
	check_dateline("nl", "", "<p>Gepubliceerd op 12 maart 2024</p>", "2024-03-12", NULL);
	check_dateline("tr", "", "<p>12 Mart 2024</p>", "2024-03-12", NULL);
}

static void test_dateline_numeric(void **state)
{
	(void)state;
	check_dateline("de", "", "<p><span>23.07.2025</span> &middot; 6 min read</p>", "2025-07-23", NULL);
	check_dateline("en-GB", "", "<p>Posted on 03/04/2025</p>", "2025-04-03", NULL);
	check_dateline("en-US", "", "<p>Posted on 03/04/2025</p>", "2025-03-04", NULL);
	check_dateline("fr", "", "<p>Posted on 18/03/2019</p>", "2019-03-18", NULL);
	check_dateline("en", "", "<p>2025-02-23</p>", "2025-02-23", NULL);
	check_dateline("ja", "", "<p>2025\xE5\xB9\xB4" "1\xE6\x9C\x88" "14\xE6\x97\xA5</p>", "2025-01-14", NULL);
	/* a version number or a score is no date */
	check_dateline("en", "", "<p>Version 2.11.30 is out</p><p>Score 3-1</p>", NULL, NULL);
}

static void test_dateline_place(void **state)
{
	(void)state;
	/* Above the headline, and an <aside> or <footer> of the article itself. */
	check_dateline("en", "<div class=\"kicker\"><span>January 27, 2025</span></div>", "", "2025-01-27", NULL);
	check_dateline("en", "", "<footer><p>Filed under News</p><time datetime=\"2022-10-11T08:00:00-04:00\">"
		"Oct. 11</time></footer>", "2022-10-11T08:00:00-04:00", NULL);
	check_dateline("en", "", "<aside><h3>Published</h3><p><time datetime=\"2024-08-30\">August 30, 2024</time>"
		"</p></aside>", "2024-08-30", NULL);
	/* The nearer of two dates around the headline. */
	check_dateline("en", "<p>May 1, 2024</p>", "<p>May 2, 2024</p>", "2024-05-02", NULL);
	/* An update is the modification date; the first unlabelled date is the publication. */
	check_dateline("en", "", "<p><span>Updated July 9, 2025</span> <span>August 16, 2019</span></p>",
		"2019-08-16", "2025-07-09");
	check_dateline("en", "", "<p><span>August 16, 2019</span> <span>- Updated July 9, 2025</span></p>",
		"2019-08-16", NULL);
	/* A page that shows only its last update is dated by it. */
	check_dateline("de", "", "<p>Aktualisiert am 12.03.2024</p>", "2024-03-12", "2024-03-12");
	check_dateline("en", "", "<div><h4>Last updated</h4><div>July 8, 2025</div></div>", "2025-07-08",
		"2025-07-08");
}

static void test_dateline_never(void **state)
{
	(void)state;
	/* A date in a sentence of the article. */
	check_dateline("en", "", "<p>On March 12, 2024 the council met to talk about the rivers, the dams and "
		"the roads.</p>", NULL, NULL);
	/* Related stories, comments, navigation. */
	check_dateline("en", "", "<div class=\"related-posts\"><p>March 12, 2024</p></div>", NULL, NULL);
	check_dateline("en", "", "<div id=\"comments\"><p>Reply from Joe, March 12, 2024</p></div>", NULL, NULL);
	check_dateline("en", "", "<nav><p>March 12, 2024</p></nav>", NULL, NULL);
	/* The copyright line. */
	check_dateline("en", "", "<p>\xC2\xA9 March 12, 2024 Example Media</p>", NULL, NULL);
	check_dateline("en", "", "<p>Copyright 12.03.2024</p>", NULL, NULL);
	/* A date labelled as another event's. */
	check_dateline("en", "", "<p>Deadline: March 12, 2024</p>", NULL, NULL);
	check_dateline("de", "", "<p><b>Gegr\xC3\xBCndet:</b> <span>12. M\xC3\xA4rz 2024</span></p>", NULL, NULL);
	check_dateline("fr", "", "<p><span>Inscrit :</span> 12 mars 2024</p>", NULL, NULL);
}

/* Far below the headline (a facts box after the text, a footer line),
 * only a date labelled as the publication counts. */
static void test_dateline_far(void **state)
{
	char filler[3000], after[3300];

	(void)state;
	memset(filler, 'x', sizeof(filler) - 1);
	filler[sizeof(filler) - 1] = '\0';
	snprintf(after, sizeof(after), "<p>%s</p><p>March 12, 2024</p>", filler);
	check_dateline("en", "", after, NULL, NULL);
	snprintf(after, sizeof(after), "<p>%s</p><div>Posted on the 15/12/2025 at 19:00 by <a href=\"/me\">me</a></div>",
		filler);
	check_dateline("fr", "", after, "2025-12-15T19:00:00", NULL);
	snprintf(after, sizeof(after), "<p>%s</p><aside><h3>Published</h3><p><time datetime=\"2024-08-30\">"
		"August 30, 2024</time></p></aside>", filler);
	check_dateline("en", "", after, "2024-08-30", NULL);
	/* An update far below is the modification date only. */
	snprintf(after, sizeof(after), "<p>%s</p><p>Last updated: March 12, 2024</p>", filler);
	check_dateline("en", "", after, NULL, "2024-03-12");
}

/* A machine-readable date wins; the visible one is not even looked for. */
static void test_dateline_second(void **state)
{
	newsdoc_document *doc;

	(void)state;
	doc = parse_page(PAGE("<meta property=\"article:published_time\" content=\"2024-03-10T09:00:00+01:00\">",
		"<h1>Headline of the story</h1><p>March 12, 2024</p>"), NULL);
	assert_string_equal(newsdoc_document_published(doc), "2024-03-10T09:00:00+01:00");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "opengraph");
	newsdoc_document_free(doc);
	/* The headline is the <h1> that says the title, not the logo's. */
	doc = parse_page(PAGE("<title>Headline of the story | Site</title>",
		"<header><h1>Site</h1><p>Today is January 1, 2030</p></header>" "<p>filler</p>"
		"<article class=\"newsletter-post\"><h1>Headline of the story</h1><div>Dec 26, 2025</div></article>"),
		NULL);
	assert_string_equal(newsdoc_document_published(doc), "2025-12-26");
	newsdoc_document_free(doc);
	/* A forum: the topic's <h2> says the title after the forum's name; the
	 * poster's profile ("Joined:") is no date of the post. */
	doc = parse_page(PAGE("<title>Example Forum \xE2\x80\xA2 View topic - Football season: the league is back</title>",
		"<div class=\"navbar\"><h1>Example Forum</h1></div><h2>Football season: the league is back</h2>"
		"<dl><dd><strong>Posts:</strong> 5993</dd><dd><strong>Joined:</strong> Dec 11, 2021</dd></dl>"
		"<p class=\"author\">by <strong><a href=\"/u/1\">Someone</a></strong> &raquo; Tue Aug 27, 2019 1:47 am</p>"),
		NULL);
	assert_string_equal(newsdoc_document_published(doc), "2019-08-27T01:47:00");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_prose),
		cmocka_unit_test(test_rfc2822),
		cmocka_unit_test(test_numeric),
		cmocka_unit_test(test_epoch),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_url),
		cmocka_unit_test(test_only_modified),
		cmocka_unit_test(test_date_class_parts),
		cmocka_unit_test(test_dateline_over_teaser_date),
		cmocka_unit_test(test_dateline_languages),
		cmocka_unit_test(test_dateline_numeric),
		cmocka_unit_test(test_dateline_place),
		cmocka_unit_test(test_meta_date_names),
		cmocka_unit_test(test_dateline_never),
		cmocka_unit_test(test_dateline_far),
		cmocka_unit_test(test_dateline_second),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
