/*
 * Hostile metadata (issue 11): runs of title separators in every title
 * source, overlong runs of digits in every date source, comment counts out
 * of range, and the structure that used to make the metadata walk
 * superlinear (nested authors, figures, many <meta> authors, many JSON-LD
 * references, runs of '&', long kickers) read with the same results as
 * before. The large shapes, timed, are in tests/hostile (meta-* cases).
 *
 * Some of these fail before the fixes only under the sanitizers (a signed
 * overflow wraps silently in a release build): tests/run-sanitizers.sh.
 */
#include <stdarg.h>

#include "test_metadata_util.h"

#define LD(json) "<script type=\"application/ld+json\">" json "</script>"
#define BODY_TEXT "<p>The article text is here, long enough to be the body of the page.</p>"

/* ---- a growing string for the pages built here ---- */

typedef struct text {
	char *s;
	size_t len, cap;
} text;

static void add(text *t, const char *format, ...)
{
	va_list ap;
	int n;

	va_start(ap, format);
	n = vsnprintf(NULL, 0, format, ap);
	va_end(ap);
	assert_true(n >= 0);
	if (t->len + (size_t)n + 1 > t->cap) {
		t->cap = (t->len + (size_t)n + 1) * 2;
		t->s = realloc(t->s, t->cap);
		assert_non_null(t->s);
	}
	va_start(ap, format);
	vsnprintf(t->s + t->len, t->cap - t->len, format, ap);
	va_end(ap);
	t->len += (size_t)n;
}

/* `count` copies of `piece`. */
static void add_repeated(text *t, const char *piece, size_t count)
{
	size_t i;
	for (i = 0; i < count; i++)
		add(t, "%s", piece);
}

/* A page with `head` (a printf format for the value) in <head>, or `body`. */
static newsdoc_document *parse_source(const char *head, const char *body, const char *value, const char *url)
{
	text page = { NULL, 0, 0 };
	newsdoc_document *doc;

	add(&page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
	if (head)
		add(&page, head, value);
	add(&page, "</head><body>");
	if (body)
		add(&page, body, value);
	add(&page, BODY_TEXT "</body></html>");
	doc = parse_page(page.s, url);
	free(page.s);
	return doc;
}

/* ---- item 1: separators in titles ---- */

/* Every source of a title, with the provenance it gives. */
static const struct title_source {
	const char *head, *body, *provenance;
} title_sources[] = {
	{ "<title>%s</title>", NULL, "html" },
	{ "<meta property=\"og:title\" content=\"%s\">", NULL, "opengraph" },
	{ LD("{\"@type\":\"NewsArticle\",\"headline\":\"%s\"}"), NULL, "json-ld" },
	{ "<meta name=\"twitter:title\" content=\"%s\">", NULL, "meta" },
	{ NULL, "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h2 itemprop=\"headline\">%s</h2></div>",
	  "microdata" },
	{ NULL, "<h1>%s</h1>", "html" },
};
#define TITLE_SOURCES (sizeof(title_sources) / sizeof(title_sources[0]))

static void check_title(const struct title_source *source, const char *site, const char *title,
	const char *expected)
{
	text head = { NULL, 0, 0 };
	newsdoc_document *doc;

	/* The site's name comes first; the source's format takes the title. */
	if (site)
		add(&head, "<meta property=\"og:site_name\" content=\"%s\">", site);
	if (source->head)
		add(&head, "%s", source->head);
	doc = parse_source(head.s ? head.s : "", source->body, title, NULL);
	if (!newsdoc_document_title(doc) || strcmp(newsdoc_document_title(doc), expected))
		fail_msg("%s '%.60s': title '%.60s', expected '%.60s'", source->head ? source->head : source->body,
			title, newsdoc_document_title(doc) ? newsdoc_document_title(doc) : "(null)", expected);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), source->provenance);
	newsdoc_document_free(doc);
	free(head.s);
}

/* Separators that share their spaces ("a | | b") overlapped, and the
 * piece between them had a length of -1: a read past the title, a crash
 * in a release build (../shared/hostile/01_title_overlap.html). With no
 * site to cut, every source keeps the title as written. */
static void test_separator_runs_every_source(void **state)
{
	static const char *const titles[] = {
		"a | | b", "a | | | | b", "| | |", "| | | x", "a - \xE2\x80\x93 | : b",
		"a | - \xE2\x80\x94 // \xE2\x80\xA2 b", "a :: :: b", "x | |"
	};
	size_t i, k;
	(void)state;

	for (k = 0; k < TITLE_SOURCES; k++) {
		for (i = 0; i < sizeof(titles) / sizeof(titles[0]); i++)
			check_title(&title_sources[k], NULL, titles[i], titles[i]);
		/* white space is folded first */
		check_title(&title_sources[k], NULL, "a \t|\n |  b", "a | | b");
	}
}

/* A run of separators is one separator: the site after it (or before it)
 * is cut as after a single one, in every source. */
static void test_separator_runs_cut_site(void **state)
{
	static const char *const separators[] = {
		"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "::", "\xC2\xB7", "\xC2\xBB", "//", "\xE2\x80\xA2",
		"\xE2\x80\xBA"
	};
	enum { SEPARATORS = sizeof(separators) / sizeof(separators[0]) };
	static const size_t runs[] = { 2, 4, 10, 1000, 20000 };
	size_t r, k, i;
	(void)state;

	for (r = 0; r < sizeof(runs) / sizeof(runs[0]); r++) {
		text same = { NULL, 0, 0 }, mixed = { NULL, 0, 0 }, site_first = { NULL, 0, 0 };
		add(&same, "Harbour ferry returns");
		add(&mixed, "Harbour ferry returns");
		add(&site_first, "Harbour Times");
		for (i = 0; i < runs[r]; i++) {
			add(&same, " |");
			add(&mixed, " %s", separators[i % SEPARATORS]);
			add(&site_first, " %s", separators[(i * 7) % SEPARATORS]);
		}
		add(&same, " Harbour Times");
		add(&mixed, " Harbour Times");
		add(&site_first, " Harbour ferry returns");
		for (k = 0; k < TITLE_SOURCES; k++) {
			check_title(&title_sources[k], "Harbour Times", same.s, "Harbour ferry returns");
			check_title(&title_sources[k], "Harbour Times", mixed.s, "Harbour ferry returns");
			check_title(&title_sources[k], "Harbour Times", site_first.s, "Harbour ferry returns");
		}
		free(same.s);
		free(mixed.s);
		free(site_first.s);
	}
}

/* A kicker is a few words: past 32 a disputed "kicker" is part of the
 * headline (and comparing every word of two long ones was quadratic). */
static void test_long_kicker_kept(void **state)
{
	static const size_t words[] = { 3, 32, 33, 5000 };
	size_t w, i;
	(void)state;

	for (w = 0; w < sizeof(words) / sizeof(words[0]); w++) {
		text og = { NULL, 0, 0 }, page = { NULL, 0, 0 };
		newsdoc_document *doc;
		for (i = 0; i < words[w]; i++)
			add(&og, "%sK%c%c%c", i ? " " : "", 'a' + (int)(i % 26), 'a' + (int)(i / 26 % 26),
				'a' + (int)(i / 676 % 26));
		add(&og, ": Ferry returns to the harbour after repairs");
		add(&page, "<html><head><meta property=\"og:title\" content=\"%s\"></head><body>"
			"<h1>Elsewhere entirely: Ferry returns to the harbour after repairs</h1>" BODY_TEXT
			"</body></html>", og.s);
		doc = parse_page(page.s, NULL);
		assert_field(newsdoc_document_title(doc),
			words[w] <= 32 ? "Ferry returns to the harbour after repairs" : og.s);
		newsdoc_document_free(doc);
		free(og.s);
		free(page.s);
	}
}

/* ---- item 3: runs of digits in dates ---- */

/* Every source of a publication date. */
static const struct date_source {
	const char *head, *body;
	int short_only; /* read only when shorter than 80 bytes */
} date_sources[] = {
	{ "<meta property=\"article:published_time\" content=\"%s\">", NULL, 0 },
	{ "<meta name=\"date\" content=\"%s\">", NULL, 0 },
	{ LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"%s\"}"), NULL, 0 },
	{ NULL, "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><meta itemprop=\"datePublished\" "
	  "content=\"%s\"></div>", 0 },
	{ NULL, "<time datetime=\"%s\">Tuesday</time>", 0 },
	{ NULL, "<time>%s</time>", 0 },
	{ NULL, "<span class=\"date\">%s</span>", 1 },
};

static void check_date_everywhere(const char *written, const char *expected)
{
	size_t k;

	for (k = 0; k < sizeof(date_sources) / sizeof(date_sources[0]); k++) {
		const char *want = date_sources[k].short_only && strlen(written) >= 80 ? NULL : expected;
		newsdoc_document *doc = parse_source(date_sources[k].head, date_sources[k].body, written, NULL);
		const char *got = newsdoc_document_published(doc);
		if (want ? !got || strcmp(got, want) : got != NULL)
			fail_msg("%s '%.40s' (%zu bytes): '%s', expected '%s'",
				date_sources[k].head ? date_sources[k].head : date_sources[k].body, written, strlen(written),
				got ? got : "(null)", want ? want : "(null)");
		newsdoc_document_free(doc);
	}
}

/* A 19-digit date overflowed a long long while its value was read
 * (../shared/hostile/02_date_overflow.html; UBSan). Only 9, 10 and 13
 * digits are epoch times; any other run of digits is no date. */
static void test_digit_runs_every_source(void **state)
{
	static const size_t lengths[] = { 11, 15, 19, 20, 40, 190, 200, 201, 100000 };
	size_t i;
	(void)state;

	/* the sources are read: epoch seconds and milliseconds */
	check_date_everywhere("1716300130", "2024-05-21T14:02:10+00:00");
	check_date_everywhere("1716300130000", "2024-05-21T14:02:10+00:00");
	for (i = 0; i < sizeof(lengths) / sizeof(lengths[0]); i++) {
		char *digits = malloc(lengths[i] + 1);
		assert_non_null(digits);
		memset(digits, '9', lengths[i]);
		digits[lengths[i]] = '\0';
		check_date_everywhere(digits, NULL);
		digits[0] = '1';
		check_date_everywhere(digits, NULL);
		free(digits);
	}
	/* a long number before a date is passed over */
	check_date_everywhere("99999999999999999999999 21 May 2025", "2025-05-21");
	check_date_everywhere("21 May 2025 99999999999999999999999", "2025-05-21");
}

/* ---- item 4: comment counts ---- */

static void check_count(const char *head, const char *body, const char *value, long expected)
{
	newsdoc_document *doc = parse_source(head, body, value, "https://example.org/story");
	if (newsdoc_document_comment_count(doc) != expected)
		fail_msg("%s with %s: count %ld, expected %ld", head ? head : body, value,
			newsdoc_document_comment_count(doc), expected);
	newsdoc_document_free(doc);
}

/* JSON-LD values: a count is a whole number from 0 to 10^9, as an integer,
 * a real with no fraction or a string of digits. 1e300 was converted to
 * `long` unchecked (undefined; clang's float-cast-overflow reports it,
 * ../shared/hostile/03_commentcount_real.html) and 5e18 was a count. */
static const struct count_case {
	const char *json;
	long expected;
} count_cases[] = {
	{ "1e300", -1 }, { "-1e300", -1 }, { "1.7976931348623157e308", -1 }, { "5e18", -1 },
	{ "9.3e18", -1 }, { "-9.3e18", -1 }, { "1e19", -1 }, { "1000000001.0", -1 }, { "12.5", -1 },
	{ "-0.5", -1 }, { "12.0", 12 }, { "0.0", 0 }, { "1e9", 1000000000 }, { "5000000000000000000", -1 },
	{ "1000000001", -1 }, { "-3", -1 }, { "1000000000", 1000000000 }, { "7", 7 },
	{ "\"5000000000000000000\"", -1 }, { "\"99999999999999999999999999\"", -1 }, { "\"1000000001\"", -1 },
	{ "\"1000000000\"", 1000000000 }, { "\"12\"", 12 }, { "\"\"", -1 }, { "\"12a\"", -1 }, { "\"-3\"", -1 },
	{ "\" 12\"", -1 }, { "null", -1 }, { "true", -1 }, { "[12]", -1 },
};

static void test_jsonld_comment_count_range(void **state)
{
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(count_cases) / sizeof(count_cases[0]); i++) {
		const char *v = count_cases[i].json;
		long n = count_cases[i].expected;
		check_count(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"commentCount\":%s}"), NULL, v, n);
		check_count(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"interactionStatistic\":"
			"{\"interactionType\":\"https://schema.org/CommentAction\",\"userInteractionCount\":%s}}"),
			NULL, v, n);
		check_count(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"interactionStatistic\":["
			"{\"interactionType\":{\"@type\":\"LikeAction\"},\"userInteractionCount\":3},"
			"{\"interactionType\":{\"@type\":\"CommentAction\"},\"userInteractionCount\":%s}]}"), NULL, v, n);
	}
}

/* A count out of range says nothing: the next source is asked. */
static void test_comment_count_out_of_range_falls_back(void **state)
{
	static const char html[] = PAGE(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"commentCount\":1e300}"),
		"<a href=\"#comments\">3 comments</a>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_comment_count(doc), 3);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_COMMENTS), "html");
	newsdoc_document_free(doc);
}

/* Counts in text have the same range. */
static void test_text_comment_count_range(void **state)
{
	static const char link[] = "<a href=\"#comments\">%s</a>";
	static const char counter[] = "<span class=\"comment-count\">%s</span>";
	(void)state;

	check_count(NULL, link, "1000000000 comments", 1000000000);
	check_count(NULL, link, "1000000001 comments", -1);
	check_count(NULL, link, "99999999999999999999999999 comments", -1);
	check_count(NULL, link, "Comments (99999999999999999999999999)", -1);
	check_count(NULL, counter, "99999999999999999999999999", -1);
	check_count(NULL, counter, "999999999", 999999999);
}

/* ---- item 12: structure read in one pass ---- */

static void check_authors(const char *html, size_t count, const char *first)
{
	newsdoc_document *doc = parse_page(html, NULL);
	if (newsdoc_document_author_count(doc) != count)
		fail_msg("%.200s: %zu authors, expected %zu", html, newsdoc_document_author_count(doc), count);
	if (first)
		assert_author(doc, 0, first, NULL, NULL);
	newsdoc_document_free(doc);
}

/* The author of a picture is its photographer: an itemprop=author with a
 * <figure> or <figcaption> above it, however far, is not the article's.
 * The walk now carries the figure down instead of walking up from every
 * author; these say the same as before. */
static void test_figure_authors(void **state)
{
	(void)state;
	/* deep inside a figure, and in a caption; the article's author after it */
	check_authors(PAGE("", "<figure><div><div><p><span itemprop=\"author\">Pia Photo</span></p></div></div>"
		"<figcaption><span itemprop=\"author\">Cap Tion</span></figcaption></figure>"
		"<div itemprop=\"author\">Ann Lee</div>"), 1, "Ann Lee");
	/* leaving an inner figure leaves the outer one in force */
	check_authors(PAGE("", "<figure><figure><img src=\"a.jpg\"></figure>"
		"<span itemprop=\"author\">Pia Photo</span></figure><span itemprop=\"author\">Ann Lee</span>"),
		1, "Ann Lee");
	/* an element is not its own ancestor */
	check_authors(PAGE("", "<figure itemprop=\"author\">Ann Lee</figure>"), 1, "Ann Lee");
	/* a <meta itemprop=author> inside a figure */
	check_authors(PAGE("", "<figure><meta itemprop=\"author\" content=\"Pia Photo\"></figure>"
		"<meta itemprop=\"author\" content=\"Ann Lee\">"), 1, "Ann Lee");
	/* nothing but the figure's */
	check_authors(PAGE("", "<figure><span itemprop=\"creator\">Pia Photo</span></figure>"), 0, NULL);
}

/* Nested itemprop=author: one author, the name at the bottom
 * (../shared/hostile/07_deep_microdata_author.html, timed in tests/hostile). */
static void test_nested_authors(void **state)
{
	static const size_t depths[] = { 2, 100, 3000 };
	size_t d;
	(void)state;

	for (d = 0; d < sizeof(depths) / sizeof(depths[0]); d++) {
		text page = { NULL, 0, 0 };
		add(&page, "<html><body>");
		add_repeated(&page, "<div itemscope itemprop=\"author\">", depths[d]);
		add(&page, "Ann Lee");
		add_repeated(&page, "</div>", depths[d]);
		add(&page, BODY_TEXT "</body></html>");
		check_authors(page.s, 1, "Ann Lee");
		free(page.s);
	}
}

/* <meta name=author> gives 50 authors at most: each name added is
 * compared with those before it, and the merge compares them again. */
static void test_meta_author_cap(void **state)
{
	text page = { NULL, 0, 0 };
	newsdoc_document *doc;
	size_t i;
	(void)state;

	add(&page, "<html><head>");
	for (i = 0; i < 80; i++)
		add(&page, "<meta name=\"author\" content=\"Ann%c%c Lee\">", 'a' + (int)(i % 26), 'a' + (int)(i / 26));
	add(&page, "</head><body>" BODY_TEXT "</body></html>");
	doc = parse_page(page.s, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 50);
	assert_author(doc, 0, "Annaa Lee", NULL, NULL);
	assert_author(doc, 49, "Annxb Lee", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "meta");
	newsdoc_document_free(doc);
	free(page.s);
}

/* References by @id, now looked up in an index: the first object with the
 * @id and more than it, in page order, across scripts and depths. */
static void test_jsonld_references(void **state)
{
	text page = { NULL, 0, 0 };
	newsdoc_document *doc;
	size_t i;
	(void)state;

	/* many references that lead nowhere, then one that does */
	add(&page, "<html><head><script type=\"application/ld+json\">"
		"{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"publisher\":[");
	for (i = 0; i < 3000; i++)
		add(&page, "{\"@id\":\"#nowhere%zu\"},", i);
	add(&page, "{\"@id\":\"#org\"}],\"author\":{\"@id\":\"#p\"}}</script>");
	add(&page, "%s", LD("[{\"@id\":\"#p\"},{\"@id\":\"#org\"},{\"@graph\":[{\"@id\":\"#p\",\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
		   "{\"@id\":\"#p\",\"name\":\"Bo Chan\"},{\"x\":[{\"@id\":\"#org\",\"name\":\"Harbour Times\"}]}]}]"));
	add(&page, "</head><body>" BODY_TEXT "</body></html>");
	doc = parse_page(page.s, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Ann Lee", NULL, NULL);
	assert_field(newsdoc_document_site_name(doc), "Harbour Times");
	newsdoc_document_free(doc);
	free(page.s);
}

/* Character references: a ';' is looked for within ten bytes of each '&'
 * (a text of '&' without one was read again from each '&'). */
static void test_entity_runs(void **state)
{
	text page = { NULL, 0, 0 }, expected = { NULL, 0, 0 };
	newsdoc_document *doc;
	(void)state;

	doc = parse_page(PAGE(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\","
		"\"description\":\"&&&&&amp;&#233;&;x& &amp &longerthanten; &#x10FFFF0;\"}"), ""), NULL);
	assert_field(newsdoc_document_description(doc),
		"&&&&&\xC3\xA9&;x& &amp &longerthanten; &#x10FFFF0;");
	newsdoc_document_free(doc);
	add(&page, "<html><head><script type=\"application/ld+json\">"
		"{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"description\":\"");
	add_repeated(&page, "&", 200000);
	add(&page, "&amp;\"}</script></head><body>" BODY_TEXT "</body></html>");
	add_repeated(&expected, "&", 200001);
	doc = parse_page(page.s, NULL);
	assert_field(newsdoc_document_description(doc), expected.s);
	newsdoc_document_free(doc);
	free(page.s);
	free(expected.s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_separator_runs_every_source),
		cmocka_unit_test(test_separator_runs_cut_site),
		cmocka_unit_test(test_long_kicker_kept),
		cmocka_unit_test(test_digit_runs_every_source),
		cmocka_unit_test(test_jsonld_comment_count_range),
		cmocka_unit_test(test_comment_count_out_of_range_falls_back),
		cmocka_unit_test(test_text_comment_count_range),
		cmocka_unit_test(test_figure_authors),
		cmocka_unit_test(test_nested_authors),
		cmocka_unit_test(test_meta_author_cap),
		cmocka_unit_test(test_jsonld_references),
		cmocka_unit_test(test_entity_runs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
