/*
 * Metadata: one test per source (JSON-LD, OpenGraph, <meta>, microdata,
 * <time>, rel=author, <link rel=canonical>, <html lang>), each checking the
 * values and the provenance recorded for them.
 */
#include "test_metadata_util.h"

static void test_jsonld_news_article(void **state)
{
	static const char html[] = PAGE(
		"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
		"\"@type\":\"NewsArticle\",\"headline\":\"Harbour ferry returns\","
		"\"description\":\"The ferry sails again.\",\"articleSection\":\"Local\","
		"\"keywords\":\"ferry, harbour\",\"inLanguage\":\"en-GB\","
		"\"datePublished\":\"2025-05-21T15:42:10-04:00\",\"dateModified\":\"2025-05-22T08:00:00+01:00\","
		"\"mainEntityOfPage\":{\"@id\":\"https://example.org/ferry\"},"
		"\"image\":[\"https://example.org/ferry.jpg\"],"
		"\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Times\"},"
		"\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\",\"jobTitle\":\"Senior Reporter\","
		"\"worksFor\":{\"@type\":\"Organization\",\"name\":\"Harbour Times\"}},"
		"{\"@type\":\"Person\",\"name\":\"John Roe\",\"affiliation\":\"Reuters\"}],"
		"\"interactionStatistic\":{\"@type\":\"InteractionCounter\","
		"\"interactionType\":\"https://schema.org/CommentAction\",\"userInteractionCount\":12}}"
		"</script>", "<p class=\"byline\">By Jane Doe, Senior Reporter, Harbour Times, and John Roe, Reuters</p>");
	newsdoc_document *doc = parse_page(html, "https://example.org/ferry?ref=rss");
	(void)state;

	assert_field(newsdoc_document_title(doc), "Harbour ferry returns");
	assert_field(newsdoc_document_description(doc), "The ferry sails again.");
	assert_field(newsdoc_document_section(doc), "Local");
	assert_field(newsdoc_document_language(doc), "en-GB");
	assert_field(newsdoc_document_site_name(doc), "Harbour Times");
	assert_field(newsdoc_document_canonical_url(doc), "https://example.org/ferry");
	assert_field(newsdoc_document_published(doc), "2025-05-21T15:42:10-04:00");
	assert_field(newsdoc_document_modified(doc), "2025-05-22T08:00:00+01:00");
	assert_int_equal(newsdoc_document_tag_count(doc), 2);
	assert_field(newsdoc_document_tag_at(doc, 0), "ferry");
	assert_field(newsdoc_document_tag_at(doc, 1), "harbour");
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_author(doc, 0, "Jane Doe", "Senior Reporter", "Harbour Times");
	assert_author(doc, 1, "John Roe", NULL, "Reuters");
	assert_int_equal(newsdoc_document_comment_count(doc), 12);
	assert_int_equal(newsdoc_document_image_count(doc), 1);
	assert_field(newsdoc_image_url(newsdoc_document_image_at(doc, 0)), "https://example.org/ferry.jpg");
	assert_int_equal(newsdoc_image_is_lead(newsdoc_document_image_at(doc, 0)), 1);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "json-ld");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "json-ld");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_COMMENTS), "json-ld");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TAGS), "json-ld");
	newsdoc_document_free(doc);
}

static void test_opengraph(void **state)
{
	static const char html[] = PAGE(
		"<meta property=\"og:title\" content=\"Ferry returns\">"
		"<meta property=\"og:site_name\" content=\"Harbour Times\">"
		"<meta property=\"og:description\" content=\"It sails again.\">"
		"<meta property=\"og:image\" content=\"https://example.org/og.jpg\">"
		"<meta property=\"og:url\" content=\"https://example.org/og-url\">"
		"<meta property=\"article:published_time\" content=\"2024-05-03T18:19:00+02:00\">"
		"<meta property=\"article:modified_time\" content=\"2024-05-04T09:00:00+02:00\">"
		"<meta property=\"article:section\" content=\"Harbour\">"
		"<meta property=\"article:tag\" content=\"ferries\">"
		"<meta property=\"article:tag\" content=\"boats\">"
		"<meta property=\"article:author\" content=\"https://facebook.com/someone\">"
		"<meta property=\"article:author\" content=\"Anna Berg\">", "");
	newsdoc_document *doc = parse_page(html, "https://example.org/a");
	(void)state;

	assert_field(newsdoc_document_title(doc), "Ferry returns");
	assert_field(newsdoc_document_site_name(doc), "Harbour Times");
	assert_field(newsdoc_document_description(doc), "It sails again.");
	assert_field(newsdoc_document_canonical_url(doc), "https://example.org/og-url");
	assert_field(newsdoc_document_published(doc), "2024-05-03T18:19:00+02:00");
	assert_field(newsdoc_document_modified(doc), "2024-05-04T09:00:00+02:00");
	assert_field(newsdoc_document_section(doc), "Harbour");
	assert_int_equal(newsdoc_document_tag_count(doc), 2);
	assert_field(newsdoc_document_tag_at(doc, 1), "boats");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Anna Berg", NULL, NULL);
	assert_field(newsdoc_image_url(newsdoc_document_image_at(doc, 0)), "https://example.org/og.jpg");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "opengraph");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "opengraph");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "opengraph");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_IMAGES), "opengraph");
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	newsdoc_document_free(doc);
}

/* A <meta> "value" is read for names and dates only: a tag stated there
 * is no tag, while an author so stated still is. */
static void test_meta_value_not_a_tag(void **state)
{
	static const char html[] = PAGE(
		"<meta property=\"article:tag\" value=\"ferries\">"
		"<meta name=\"author\" value=\"Anna Berg\">", "");
	newsdoc_document *doc = parse_page(html, "https://example.org/a");
	(void)state;

	assert_int_equal(newsdoc_document_tag_count(doc), 0);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Anna Berg", NULL, NULL);
	newsdoc_document_free(doc);
}

static void test_meta_names(void **state)
{
	static const char html[] = PAGE(
		"<meta http-equiv=\"content-language\" content=\"de\">"
		"<meta name=\"author\" content=\"Jane Doe and John Roe\">"
		"<meta name=\"date\" content=\"2024-05-03 18:19\">"
		"<meta name=\"description\" content=\"Short summary.\">"
		"<meta name=\"news_keywords\" content=\"Hafen; F\xC3\xA4hre\">"
		"<title>Die F\xC3\xA4hre f\xC3\xA4hrt wieder</title>", "");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_language(doc), "de");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_LANGUAGE), "meta");
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_author(doc, 0, "Jane Doe", NULL, NULL);
	assert_author(doc, 1, "John Roe", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "meta");
	assert_field(newsdoc_document_published(doc), "2024-05-03T18:19:00");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "meta");
	assert_field(newsdoc_document_description(doc), "Short summary.");
	assert_int_equal(newsdoc_document_tag_count(doc), 2);
	assert_field(newsdoc_document_tag_at(doc, 1), "F\xC3\xA4hre");
	assert_field(newsdoc_document_title(doc), "Die F\xC3\xA4hre f\xC3\xA4hrt wieder");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "html");
	newsdoc_document_free(doc);
}

static void test_microdata(void **state)
{
	static const char html[] = PAGE("",
		"<article itemscope itemtype=\"https://schema.org/NewsArticle\">"
		"<h1 itemprop=\"headline\">Bridge opens</h1>"
		"<meta itemprop=\"dateModified\" content=\"2023-04-28T12:00:00Z\">"
		"<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
		"<img src=\"a.jpg\" alt=\"\"><span itemprop=\"name\">Maria Rossi</span></div>"
		"<time itemprop=\"datePublished\" datetime=\"2023-04-28T10:15:00+02:00\">28 April</time>"
		"</article>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_title(doc), "Bridge opens");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "microdata");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Maria Rossi", NULL, NULL);
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "microdata");
	assert_field(newsdoc_document_published(doc), "2023-04-28T10:15:00+02:00");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "microdata");
	assert_field(newsdoc_document_modified(doc), "2023-04-28T12:00:00+00:00");
	newsdoc_document_free(doc);
}

static void test_time_elements(void **state)
{
	static const char marked[] = PAGE("<title>T</title>",
		"<aside class=\"related\"><time class=\"published\" datetime=\"2020-01-01\">old</time></aside>"
		"<time class=\"entry-date published\" datetime=\"2025-05-21T15:42:10-04:00\"></time>"
		"<time class=\"updated\" datetime=\"2025-05-22T10:00:00-04:00\"></time>");
	static const char plain[] = PAGE("<title>T</title>", "<p>Posted <time datetime=\"2022-11-30\">Nov 30</time></p>");
	newsdoc_document *doc = parse_page(marked, NULL);
	(void)state;

	assert_field(newsdoc_document_published(doc), "2025-05-21T15:42:10-04:00");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "time");
	assert_field(newsdoc_document_modified(doc), "2025-05-22T10:00:00-04:00");
	newsdoc_document_free(doc);

	doc = parse_page(plain, NULL);
	assert_field(newsdoc_document_published(doc), "2022-11-30");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "html");
	newsdoc_document_free(doc);
}

static void test_rel_author(void **state)
{
	static const char html[] = PAGE("<title>T</title>",
		"<p>Words by <a rel=\"author\" href=\"https://example.org/people/jane\">Jane Doe</a></p>"
		"<div class=\"related\"><a rel=\"author\" href=\"/people/other\">Other Writer</a></div>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Jane Doe", NULL, NULL);
	assert_field(newsdoc_author_url(newsdoc_document_author_at(doc, 0)), "https://example.org/people/jane");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "rel-author");
	newsdoc_document_free(doc);
}

static void test_canonical_and_language(void **state)
{
	static const char html[] =
		"<html lang=\"fr-CA\"><head><link rel=\"canonical\" href=\"/nouvelles/traversier\">"
		"<meta property=\"og:url\" content=\"https://other.example/og\">"
		"<meta property=\"og:locale\" content=\"en_US\"><title>Le traversier</title></head>"
		"<body><p>Le traversier navigue de nouveau depuis lundi matin.</p></body></html>";
	static const char locale_only[] =
		"<html><head><meta property=\"og:locale\" content=\"pt_BR\"><title>Balsa</title></head>"
		"<body><p>A balsa voltou a navegar.</p></body></html>";
	newsdoc_document *doc = parse_page(html, "https://example.ca/a/b?x=1");
	(void)state;

	assert_field(newsdoc_document_canonical_url(doc), "https://example.ca/nouvelles/traversier");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_CANONICAL_URL), "html");
	assert_field(newsdoc_document_language(doc), "fr-CA");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_LANGUAGE), "html");
	newsdoc_document_free(doc);

	doc = parse_page(locale_only, NULL);
	assert_field(newsdoc_document_language(doc), "pt-BR");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_LANGUAGE), "opengraph");
	newsdoc_document_free(doc);
}

/* A template's placeholder in <html lang> is no language tag: the generic
 * extractor used to take it raw after the merge had turned it down. */
static void test_language_not_a_tag(void **state)
{
	static const char placeholder[] =
		"<html lang=\"{{ page.lang }}\"><head><title>T</title></head>"
		"<body><p>Some words on a page.</p></body></html>";
	static const char with_locale[] =
		"<html lang=\"{{ page.lang }}\"><head><meta property=\"og:locale\" content=\"de_AT\">"
		"<title>T</title></head><body><p>Einige Worte.</p></body></html>";
	newsdoc_document *doc = parse_page(placeholder, NULL);
	(void)state;

	assert_null(newsdoc_document_language(doc));
	assert_null(newsdoc_document_provenance(doc, NEWSDOC_FIELD_LANGUAGE));
	newsdoc_document_free(doc);

	doc = parse_page(with_locale, NULL);
	assert_field(newsdoc_document_language(doc), "de-AT");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_LANGUAGE), "opengraph");
	newsdoc_document_free(doc);
}

/* JSON-LD outranks OpenGraph, OpenGraph outranks <meta>, <meta> outranks <time>. */
static void test_source_order(void **state)
{
	static const char html[] = PAGE(
		"<meta name=\"date\" content=\"2021-01-03\">"
		"<meta property=\"article:published_time\" content=\"2021-01-02\">"
		"<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2021-01-01\"}</script>",
		"<time class=\"published\" datetime=\"2021-01-04\"></time>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_field(newsdoc_document_published(doc), "2021-01-01");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "json-ld");
	newsdoc_document_free(doc);
}

/* JSON-LD names the person; the visible byline states her role and
 * where she works, which the person keeps. */
static void test_byline_details_complete_metadata(void **state)
{
	static const char html[] = PAGE(
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe\"}}</script>",
		"<div class=\"byline\">By Jane Roe, Political Editor, Harbour Times</div>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Jane Roe", "Political Editor", "Harbour Times");
	assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "json-ld");
	newsdoc_document_free(doc);
}

static void test_nothing_known(void **state)
{
	static const char html[] = "<html><body><p>Only some words on a page.</p></body></html>";
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_null(newsdoc_document_published(doc));
	assert_null(newsdoc_document_site_name(doc));
	assert_null(newsdoc_document_canonical_url(doc));
	assert_int_equal(newsdoc_document_author_count(doc), 0);
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	assert_null(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS));
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonld_news_article),
		cmocka_unit_test(test_opengraph),
		cmocka_unit_test(test_meta_value_not_a_tag),
		cmocka_unit_test(test_meta_names),
		cmocka_unit_test(test_microdata),
		cmocka_unit_test(test_time_elements),
		cmocka_unit_test(test_rel_author),
		cmocka_unit_test(test_canonical_and_language),
		cmocka_unit_test(test_language_not_a_tag),
		cmocka_unit_test(test_source_order),
		cmocka_unit_test(test_byline_details_complete_metadata),
		cmocka_unit_test(test_nothing_known),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
