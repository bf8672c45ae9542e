/*
 * JSON-LD: @graph and @id references, arrays, every Article type, the
 * choice of the main article, malformed scripts (read leniently, never a
 * crash), the size limit, comment counts, author forms.
 */
#include "test_metadata_util.h"

#define LD(json) "<script type=\"application/ld+json\">" json "</script>"

static void test_graph_and_references(void **state)
{
	static const char html[] = PAGE(LD(
		"{\"@context\":\"https://schema.org\",\"@graph\":["
		"{\"@type\":\"WebSite\",\"@id\":\"https://e.org/#site\",\"name\":\"Site Name\"},"
		"{\"@type\":\"Organization\",\"@id\":\"https://e.org/#org\",\"name\":\"E Org\"},"
		"{\"@type\":\"Person\",\"@id\":\"https://e.org/#jane\",\"name\":\"Jane Doe\",\"jobTitle\":\"Editor\"},"
		"{\"@type\":\"NewsArticle\",\"headline\":\"Graph story\",\"publisher\":{\"@id\":\"https://e.org/#org\"},"
		"\"author\":{\"@id\":\"https://e.org/#jane\"},\"datePublished\":\"2024-01-02T03:04:05+01:00\"}]}"),
		"<p class=\"byline\">Jane Doe, Editor</p>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "Graph story");
	assert_field(newsdoc_document_site_name(doc), "E Org");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Jane Doe", "Editor", NULL);
	assert_field(newsdoc_document_published(doc), "2024-01-02T03:04:05+01:00");
	newsdoc_document_free(doc);
}

static void test_article_types(void **state)
{
	static const char *const types[] = {
		"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
		"BlogPosting", "LiveBlogPosting", "http://schema.org/NewsArticle", "schema:Report"
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		char html[512];
		newsdoc_document *doc;
		snprintf(html, sizeof(html),
			"<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
			"{\"@type\":[\"%s\"],\"headline\":\"Typed %zu\",\"author\":\"Ann Lee\"}]</script></head>"
			"<body><p>Body text of the typed article.</p></body></html>", types[i], i);
		doc = parse_page(html, NULL);
		assert_non_null(newsdoc_document_title(doc));
		assert_int_equal(strncmp(newsdoc_document_title(doc), "Typed ", 6), 0);
		assert_int_equal(newsdoc_document_author_count(doc), 1);
		assert_author(doc, 0, "Ann Lee", NULL, NULL);
		newsdoc_document_free(doc);
	}
}

/* A WebPage with article data stands in when no Article object exists;
 * its name (the <title>, suffix and all) is not taken as a headline. */
static void test_webpage_fallback(void **state)
{
	static const char html[] = PAGE("<title>A page about ferries | Site</title>"
		LD("{\"@type\":\"WebPage\",\"name\":\"A page about ferries | Site\",\"datePublished\":\"2023-03-04\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"Sam Poe\"}}"), "");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_published(doc), "2023-03-04");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "json-ld");
	assert_author(doc, 0, "Sam Poe", NULL, NULL);
	assert_field(newsdoc_document_title(doc), "A page about ferries");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "html");
	newsdoc_document_free(doc);
}

/* Articles listed in an ItemList are links; the page's own article wins. */
static void test_main_article_choice(void **state)
{
	static const char html[] = PAGE(
		LD("{\"@type\":\"ItemList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"item\":"
		"{\"@type\":\"NewsArticle\",\"headline\":\"Other story\",\"datePublished\":\"2019-01-01\"}}]}")
		LD("[{\"@type\":\"NewsArticle\",\"headline\":\"Unrelated\",\"url\":\"https://e.org/unrelated\"},"
		"{\"@type\":\"NewsArticle\",\"headline\":\"This story\",\"url\":\"https://www.e.org/this/\","
		"\"datePublished\":\"2024-02-03\"}]"), "");
	newsdoc_document *doc = parse_page(html, "http://e.org/this?utm=1");
	(void)state;

	assert_field(newsdoc_document_title(doc), "This story");
	assert_field(newsdoc_document_published(doc), "2024-02-03");
	newsdoc_document_free(doc);
}

static void test_malformed_is_read_leniently(void **state)
{
	static const char *const scripts[] = {
		/* trailing commas */
		"{\"@type\":\"NewsArticle\",\"headline\":\"Lenient\",\"author\":[{\"name\":\"Kim Lo\"},],}",
		/* a raw newline and tab inside a string */
		"{\"@type\":\"NewsArticle\",\"headline\":\"Lenient\",\"author\":{\"name\":\"Kim\n\tLo\"}}",
		/* an HTML comment around it */
		"<!-- {\"@type\":\"NewsArticle\",\"headline\":\"Lenient\",\"author\":{\"name\":\"Kim Lo\"}} -->",
		/* CDATA */
		"//<![CDATA[\n{\"@type\":\"NewsArticle\",\"headline\":\"Lenient\",\"author\":{\"name\":\"Kim Lo\"}}\n//]]>",
		/* an invalid escape and a JavaScript comment */
		"{\"@type\":\"NewsArticle\", /* note */ \"headline\":\"Lenient\",\"author\":{\"name\":\"Kim Lo\\'\"}}",
		/* two objects one after the other */
		"{\"@type\":\"BreadcrumbList\"}{\"@type\":\"NewsArticle\",\"headline\":\"Lenient\",\"author\":\"Kim Lo\"}",
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(scripts) / sizeof(scripts[0]); i++) {
		char html[1024];
		newsdoc_document *doc;
		snprintf(html, sizeof(html), "<html><head>"
			"<script type=\"application/ld+json\">%s</script></head>"
			"<body><p>Body of the lenient page.</p></body></html>", scripts[i]);
		doc = parse_page(html, NULL);
		assert_field(newsdoc_document_title(doc), "Lenient");
		assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
		assert_int_equal(newsdoc_document_author_count(doc), 1);
		assert_int_equal(strncmp(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Kim Lo", 6), 0);
		newsdoc_document_free(doc);
	}
}

static void test_broken_json_falls_back(void **state)
{
	static const char *const scripts[] = {
		"{\"@type\":\"NewsArticle\",\"headline\":", "", "]]]]", "{\"a\":{\"b\":{\"c\":", "null",
		"\"just a string\"", "{\"@graph\":{\"@graph\":7}}", "{\"@type\":7,\"author\":{\"@id\":\"x\"}}",
		"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]"
		"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(scripts) / sizeof(scripts[0]); i++) {
		char html[1024];
		newsdoc_document *doc;
		snprintf(html, sizeof(html), "<html><head><meta property=\"og:title\" content=\"OG title\">"
			"<script type=\"application/ld+json\">%s</script></head>"
			"<body><p>Body of the broken page.</p></body></html>", scripts[i]);
		doc = parse_page(html, NULL);
		assert_field(newsdoc_document_title(doc), "OG title");
		assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "opengraph");
		newsdoc_document_free(doc);
	}
}

static void test_size_limit(void **state)
{
	static const char html[] = PAGE("<meta property=\"og:title\" content=\"The OpenGraph title\">"
		LD("{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}"), "");
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	(void)state;

	opts.max_jsonld_size = 16;
	doc = parse_with(html, NULL, &opts);
	assert_field(newsdoc_document_title(doc), "The OpenGraph title");
	newsdoc_document_free(doc);
	opts.max_jsonld_size = 0; /* the default, 4 MiB */
	doc = parse_with(html, NULL, &opts);
	assert_field(newsdoc_document_title(doc), "From JSON-LD");
	newsdoc_document_free(doc);
}

static void test_comment_counts(void **state)
{
	static const char count[] = PAGE(LD("{\"@type\":\"BlogPosting\",\"headline\":\"H\",\"commentCount\":\"0\"}"), "");
	static const char stats[] = PAGE(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"interactionStatistic\":["
		"{\"interactionType\":{\"@type\":\"LikeAction\"},\"userInteractionCount\":99},"
		"{\"interactionType\":{\"@type\":\"CommentAction\"},\"userInteractionCount\":\"7\"}]}"), "");
	static const char none[] = PAGE(LD("{\"@type\":\"NewsArticle\",\"headline\":\"H\"}"), "");
	newsdoc_document *doc = parse_page(count, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_comment_count(doc), 0);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_COMMENTS), "json-ld");
	newsdoc_document_free(doc);
	doc = parse_page(stats, NULL);
	assert_int_equal(newsdoc_document_comment_count(doc), 7);
	newsdoc_document_free(doc);
	doc = parse_page(none, NULL);
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	newsdoc_document_free(doc);
}

static void test_author_forms(void **state)
{
	static const char byline[] = PAGE(LD("{\"@type\":\"NewsArticle\",\"author\":\"By Ann Lee and Bo Chan\"}"), "");
	static const char split[] = PAGE(LD("{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\","
		"\"givenName\":\"Birgit\",\"familyName\":\"Baumann\"},{\"name\":\"Elena Oberholzer (obe)\"},"
		"{\"name\":\"https://e.org/people/x\"},{\"name\":\"Chlo&#233; D&#x27;Arcy&nbsp;M&uuml;ller\"}]}"), "");
	newsdoc_document *doc = parse_page(byline, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_author(doc, 0, "Ann Lee", NULL, NULL);
	assert_author(doc, 1, "Bo Chan", NULL, NULL);
	newsdoc_document_free(doc);

	doc = parse_page(split, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 3);
	assert_author(doc, 0, "Birgit Baumann", NULL, NULL);
	assert_author(doc, 1, "Elena Oberholzer", NULL, NULL);
	/* numeric references and the common named ones are decoded */
	assert_field(newsdoc_author_name(newsdoc_document_author_at(doc, 2)), "Chlo\xC3\xA9 D'Arcy M\xC3\xBCller");
	newsdoc_document_free(doc);
}

/* An organisation credited by JSON-LD stays an author when nothing names
 * a person; a person in the byline is preferred to it. */
static void test_organisation_author(void **state)
{
	static const char org_only[] = PAGE(LD("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
		"\"name\":\"Associated Press\"}}"), "");
	static const char with_byline[] = PAGE(LD("{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\","
		"\"name\":\"Harbour Times\"}}"), "<div class=\"byline\">By Jane Doe</div>");
	newsdoc_document *doc = parse_page(org_only, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Associated Press", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "json-ld");
	newsdoc_document_free(doc);

	doc = parse_page(with_byline, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Jane Doe", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "byline");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph_and_references),
		cmocka_unit_test(test_article_types),
		cmocka_unit_test(test_webpage_fallback),
		cmocka_unit_test(test_main_article_choice),
		cmocka_unit_test(test_malformed_is_read_leniently),
		cmocka_unit_test(test_broken_json_falls_back),
		cmocka_unit_test(test_size_limit),
		cmocka_unit_test(test_comment_counts),
		cmocka_unit_test(test_author_forms),
		cmocka_unit_test(test_organisation_author),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
