/*
 * The lean load (libnewsdoc/html/html_lean.c): the generic extractor reads the
 * page without comments, styles, SVG and scripts that are not JSON. These
 * pages put markup-like text where a careless scan would cut the page, and
 * check that the document is what the whole page gives: the whole page is
 * read when a registry has a probe (tests/fixtures/whole-page, whose probe
 * never matches), the lean copy without one.
 */
#include "content_test_util.h"

/* A registry with one probe that matches no page. */
static newsdoc_registry *whole_page_registry;

#define PARA_A "The harbour ferry sailed again on Monday morning after four months in the dry dock at Kell Point."
#define PARA_B "Engineers replaced both propeller shafts and rebuilt the wheelhouse, the operator said on Monday."
#define PARA_C "Passengers queued from six o'clock, and the first crossing was full within minutes of opening."

static char *json_of(const newsdoc_document *doc)
{
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	char *json;

	assert_int_equal(newsdoc_export(&buf, NULL, doc, "json", NULL), 0);
	assert_non_null(json = malloc(buf.size + 1));
	memcpy(json, buf.ptr, buf.size + 1);
	newsdoc_buf_dispose(&buf);
	return json;
}

/* The page's document at `url` from its lean copy, after checking that
 * the whole page gives the same. */
static newsdoc_document *parse_generic_at(const char *html, const char *url)
{
	newsdoc_document *doc = NULL, *whole = NULL;
	char *lean_json, *whole_json;

	assert_int_equal(newsdoc_parse(&doc, NULL, html, strlen(html), url, NULL), 0);
	assert_int_equal(newsdoc_parse(&whole, whole_page_registry, html, strlen(html), url, NULL), 0);
	lean_json = json_of(doc);
	whole_json = json_of(whole);
	assert_string_equal(lean_json, whole_json);
	free(lean_json);
	free(whole_json);
	newsdoc_document_free(whole);
	return doc;
}

static newsdoc_document *parse_generic(const char *html)
{
	return parse_generic_at(html, "https://bay.example/news/ferry");
}

static void assert_paragraphs(const newsdoc_document *doc, const char *const *texts, size_t count)
{
	size_t i;

	assert_int_equal(newsdoc_document_block_count(doc), count);
	for (i = 0; i < count; i++)
		assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, i)), texts[i]);
}

/* "<!--", "<script" and "<svg" inside attribute values are text, not
 * markup: a comment taken to start in the title would end at the last
 * "-->" and swallow the three paragraphs. */
static void test_markup_inside_attribute_values(void **state)
{
	static const char *const expected[] = { PARA_A, PARA_B, PARA_C, "-->" };
	newsdoc_document *doc = parse_generic(
		"<html><body><article>"
		"<p title=\"see <!-- here\">" PARA_A "</p>"
		"<div data-embed='<script>alert(1)'><p>" PARA_B "</p></div>"
		"<p data-icon=\"<svg><path/>\">" PARA_C "</p>"
		"<span>--></span></article></body></html>");
	(void)state;

	assert_paragraphs(doc, expected, 4);
	newsdoc_document_free(doc);
}

/* Scripts, styles and comments in any case, with markup-like text inside,
 * leave the text around them alone. */
static void test_scripts_styles_comments_left_out(void **state)
{
	static const char *const expected[] = { PARA_A, PARA_B, PARA_C };
	newsdoc_document *doc = parse_generic(
		"<html><head><STYLE>p::before { content: \"<p>\"; }</STYLE></head><body><article>"
		"<p>" PARA_A "</p>"
		"<SCRIPT type=\"text/javascript\">var s = '<p>not text</p><!--';</SCRIPT>"
		"<!-- <p>commented out</p> -->"
		"<p>" PARA_B "</p>"
		"<script>document.write('<scr' + 'ipt></scr' + 'ipt>');</script>"
		"<svg viewBox=\"0 0 10 10\"><svg><text>nested drawing</text></svg><text>icon</text></svg>"
		"<p>" PARA_C "</p></article></body></html>");
	(void)state;

	assert_paragraphs(doc, expected, 3);
	newsdoc_document_free(doc);
}

/* JSON-LD is data: kept, even after a script holding "</scr" text. */
static void test_json_ld_kept(void **state)
{
	static const char *const expected[] = { PARA_A, PARA_B };
	newsdoc_document *doc = parse_generic(
		"<html><head><script>var t = \"</scr\" + \"ipt>\";</script>"
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Ferry <b>back</b> in service\","
		"\"author\": {\"@type\": \"Person\", \"name\": \"Jane Doe\"}}</script></head><body><article>"
		"<p>" PARA_A "</p><p>" PARA_B "</p></article></body></html>");
	(void)state;

	assert_paragraphs(doc, expected, 2);
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Jane Doe");
	newsdoc_document_free(doc);
}

/* What never ends is left to libxml2 as it is: the text before it stays. */
static void test_unterminated_parts(void **state)
{
	static const char *const pages[] = {
		"<html><body><article><p>" PARA_A "</p><p>" PARA_B "</p><!-- never closed <p>x</p></article></body></html>",
		"<html><body><article><p>" PARA_A "</p><p>" PARA_B "</p><script>var never_closed = 1;",
		"<html><body><article><p>" PARA_A "</p><p>" PARA_B "</p><style>p { color: red }",
		"<html><body><article><p>" PARA_A "</p><p>" PARA_B "</p><svg><path d=\"M0 0\"/>",
		"<html><body><article><p>" PARA_A "</p><p>" PARA_B "</p><script src=\"x.js",
		"<html><body><article><p>" PARA_A "</p><p>" PARA_B "</p><p title=\"never closed>",
	};
	static const char *const expected[] = { PARA_A, PARA_B };
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		newsdoc_document *doc = parse_generic(pages[i]);
		assert_true(newsdoc_document_block_count(doc) >= 2);
		assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), expected[0]);
		assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 1)), expected[1]);
		newsdoc_document_free(doc);
	}
}

/* A <meta charset> after a long script is still found: the charset is
 * read from the whole page, not the lean one. */
static void test_charset_after_scripts(void **state)
{
	static const char *const expected[] = { "Caf\xC3\xA9 owners said the harbour ferry brought back customers on Monday morning." };
	char page[9000];
	newsdoc_document *doc;
	int used;
	(void)state;

	used = snprintf(page, sizeof(page), "<html><head><script>");
	memset(page + used, 'x', 4000);
	used += 4000;
	snprintf(page + used, sizeof(page) - (size_t)used,
		"</script><meta charset=\"windows-1252\"></head><body><article><p>Caf\xE9 owners said the harbour "
		"ferry brought back customers on Monday morning.</p></article></body></html>");
	doc = parse_generic(page);
	assert_paragraphs(doc, expected, 1);
	newsdoc_document_free(doc);
}

/* Attributes nobody reads (data-, aria-, on*) go, and what leans on them
 * stays: an href written right after a data- value, a '>' inside an event
 * handler, the lazy image address in an <img>'s data-src. */
static void test_unread_attributes_left_out(void **state)
{
	newsdoc_document *doc = parse_generic(
		"<html><body><article>"
		"<p onclick=\"if (a > b) go()\" aria-label='x'>" PARA_A "</p>"
		"<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/img/ferry.jpg\" alt=\"The ferry\" "
		"width=\"800\" height=\"500\"><figcaption>The ferry at Kell Point.</figcaption></figure>"
		"<p data-block='{\"kind\":\"text\"}'class=\"story-text\">" PARA_B "</p>"
		"<p>" PARA_C "</p></article>"
		"<aside class=\"related\"><h2>Related</h2><ul>"
		"<li><a data-evt='{\"click\":1}'href=\"/news/harbour-wall\">Council votes to rebuild the harbour wall</a></li>"
		"<li><a data-evt=x href=\"/news/new-timetable\">The new ferry timetable starts in June</a></li>"
		"</ul></aside></body></html>");
	const newsdoc_block *figure = NULL;
	size_t i;
	(void)state;

	for (i = 0; i < newsdoc_document_block_count(doc); i++)
		if (newsdoc_block_type(newsdoc_document_block_at(doc, i)) == NEWSDOC_BLOCK_FIGURE)
			figure = newsdoc_document_block_at(doc, i);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), PARA_A);
	assert_non_null(figure);
	assert_string_equal(newsdoc_block_image_url(figure), "https://bay.example/img/ferry.jpg");
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 0)), "https://bay.example/news/harbour-wall");
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 1)), "https://bay.example/news/new-timetable");
	newsdoc_document_free(doc);
}

/* The page type reads the words of buttons; a button's drawing (an
 * <svg> with a <title>, left out of the lean copy) is no part of them,
 * or the page would be typed by the whole page and not by its lean copy
 * (a page of icon buttons titled "Get a quote" read as a service page). */
static void test_page_type_ignores_drawings(void **state)
{
	char page[8192];
	size_t used = (size_t)snprintf(page, sizeof(page), "<html><body><div class=\"menu\">");
	newsdoc_document *doc;
	int i;
	(void)state;

	for (i = 0; i < 24; i++)
		used += (size_t)snprintf(page + used, sizeof(page) - used,
			"<button class=\"icon\"><svg viewBox=\"0 0 24 24\"><title>Get a quote</title>"
			"<use href=\"#i\"></use></svg></button>");
	snprintf(page + used, sizeof(page) - used, "</div><article><p>" PARA_A "</p><p>" PARA_B "</p><p>" PARA_C
		"</p></article></body></html>");
	/* (an address that names no type: the buttons' words decide) */
	doc = parse_generic_at(page, "https://bay.example/ferry");
	assert_string_equal(newsdoc_document_page_type(doc), "article");
	newsdoc_document_free(doc);
}

/* In UTF-16 a character's bytes can read "<!--" (U+213C U+2D2D) and
 * "-->" (U+2D2D U+203E): such a page is read whole, not cut. */
static void test_utf16_read_whole(void **state)
{
	static const char *const text = "Ferry news \xE2\x84\xBC\xE2\xB4\xAD kept between the marks "
		"\xE2\xB4\xAD\xE2\x80\xBE and the harbour ferry sailed again on Monday morning.";
	char page[1024], utf16[2048];
	size_t used = 2, i;
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	(void)state;

	snprintf(page, sizeof(page), "<html><body><article><p>%s</p></article></body></html>", text);
	utf16[0] = (char)0xFF; /* byte order mark, little-endian */
	utf16[1] = (char)0xFE;
	for (i = 0; page[i]; ) {
		/* UTF-8 to UTF-16LE; the page holds 1- and 3-byte sequences only */
		unsigned int cp;
		unsigned char c = (unsigned char)page[i];
		if (c < 0x80) {
			cp = c;
			i += 1;
		} else {
			cp = (unsigned int)(c & 0x0F) << 12 | (unsigned int)(page[i + 1] & 0x3F) << 6 | (page[i + 2] & 0x3F);
			i += 3;
		}
		utf16[used++] = (char)(cp & 0xFF);
		utf16[used++] = (char)(cp >> 8);
	}
	opts.parser = "generic";
	assert_int_equal(newsdoc_parse(&doc, NULL, utf16, used, "https://bay.example/news/ferry", &opts), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), text);
	newsdoc_document_free(doc);
}

/* A self-closed <script .../> holds the code that follows up to its end
 * tag, as the HTML standard reads it (libxml2 closed it at once, and the
 * whole page had the code as a paragraph); a self-closed JSON-LD script
 * is read as JSON-LD. */
static void test_self_closed_scripts(void **state)
{
	static const char *const expected[] = { PARA_A, PARA_B };
	newsdoc_document *doc = parse_generic(
		"<html><head><title>Ferry returns</title>"
		"<script type=\"application/ld+json\"/>{\"@type\": \"NewsArticle\", "
		"\"author\": {\"@type\": \"Person\", \"name\": \"Jane Doe\"}}</script>"
		"<style type=\"text/css\"/>p.lead { font-weight: bold } p.ferry-code-as-text { }</style></head>"
		"<body><article><p>" PARA_A "</p>"
		"<script type=\"text/javascript\"/>\ndocument.addEventListener('DOMContentLoaded', function() "
		"{ trackPageView('ferry-returns', {section: 'local'}); });\n</script>"
		"<p>" PARA_B "</p></article></body></html>");
	(void)state;

	assert_paragraphs(doc, expected, 2);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Jane Doe");
	newsdoc_document_free(doc);
}

/* Something before <html lang=...> (a script before the DOCTYPE, a stray
 * <meta>, a server's warning): the language is found on both paths, from
 * the misplaced tag's attributes, as the standard merges them. */
static void test_language_after_early_markup(void **state)
{
	static const char *const pages[] = {
		"<script src=\"/ads.js\"></script>\n<!DOCTYPE html>\n<html lang=\"en-GB\"><head><title>Ferry</title></head>",
		"<meta charset=\"utf-8\"><html lang=\"en-GB\"><head><title>Ferry</title></head>",
		"<br> <b>Warning</b>: session_start() failed<br> <!DOCTYPE html> <html lang=\"en-GB\" class=\"no-js\">",
	};
	char page[1024];
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		newsdoc_document *doc;
		snprintf(page, sizeof(page), "%s<body><article><p>%s</p><p>%s</p></article></body></html>", pages[i],
			PARA_A, PARA_B);
		doc = parse_generic(page);
		assert_string_equal(newsdoc_document_language(doc), "en-GB");
		newsdoc_document_free(doc);
	}
}

/* Markup the parser reads its own way: a quote doubled in an attribute
 * (a quote opens a value only after "=": a scan taking every quote for
 * one read the rest of the page inside out and cut the article away), a
 * comment ended by "--!>", an <svg> left open. The lean copy cuts the
 * page where the parser does. */
static void test_odd_markup_cut_where_the_parser_cuts(void **state)
{
	static const char *const pages[] = {
		"<html><head><script src=\"/common.js?v=1\"\" type=\"text/javascript\"></script><title>Ferry</title></head>"
		"<body><article><p class=\"lead\">" PARA_A "</p><p class=\"text\">" PARA_B "</p>"
		"<script type=\"text/javascript\">var quote = '\"'; var tag = '<b>';</script>"
		"<p class=\"text\">" PARA_C "</p></article></body></html>",
		"<html><head><title>Ferry</title></head><body><article><p>" PARA_A "</p><!-- an old comment --!>"
		"<p>" PARA_B "</p><!-- another --><p>" PARA_C "</p></article></body></html>",
		"<html><head><title>Ferry</title></head><body><article><p>" PARA_A "</p>"
		"<div><svg viewBox=\"0 0 9 9\"><path d=\"M0 0\"></div><p>" PARA_B "</p>"
		"<svg><path d=\"M1 1\"/></svg><p>" PARA_C "</p></article></body></html>",
	};
	static const char *const expected[] = { PARA_A, PARA_B, PARA_C };
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		newsdoc_document *doc = parse_generic(pages[i]);
		assert_string_equal(newsdoc_document_title(doc), "Ferry");
		assert_paragraphs(doc, expected, 3);
		newsdoc_document_free(doc);
	}
}

/* What is inside a style, a script or a drawing is no text, on either
 * path: not in a <pre>, not in a byline. */
static void test_no_text_from_styles_or_drawings(void **state)
{
	newsdoc_document *doc = parse_generic(
		"<html><head><title>Ferry timetable code</title></head><body><article>"
		"<p class=\"byline\">By <a href=\"/jane\">Jane Doe</a><button><svg><title>Close</title></svg></button></p>"
		"<p>" PARA_A "</p><pre><style>.line{opacity:0.5}</style><span class=\"line\">1</span>ferry.sail()\n"
		"<svg><text>copy</text></svg>ferry.dock()</pre><p>" PARA_B "</p></article></body></html>");
	size_t i;
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Jane Doe");
	for (i = 0; i < newsdoc_document_block_count(doc); i++) {
		const newsdoc_block *block = newsdoc_document_block_at(doc, i);
		if (newsdoc_block_type(block) == NEWSDOC_BLOCK_PREFORMATTED)
			assert_string_equal(newsdoc_block_text(block), "1ferry.sail()\nferry.dock()");
	}
	newsdoc_document_free(doc);
}

static int setup(void **state)
{
	static const char *paths[] = { NEWSDOC_SOURCE_DIR "/tests/fixtures/whole-page/never-matches.json" };
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	(void)state;

	opts.plugin_paths = paths;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (newsdoc_registry_new(&whole_page_registry, &opts) != 0) {
		print_error("setup: %s\n", newsdoc_error_last()->message);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	newsdoc_registry_free(whole_page_registry);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_markup_inside_attribute_values),
		cmocka_unit_test(test_scripts_styles_comments_left_out),
		cmocka_unit_test(test_json_ld_kept),
		cmocka_unit_test(test_unterminated_parts),
		cmocka_unit_test(test_charset_after_scripts),
		cmocka_unit_test(test_unread_attributes_left_out),
		cmocka_unit_test(test_utf16_read_whole),
		cmocka_unit_test(test_self_closed_scripts),
		cmocka_unit_test(test_language_after_early_markup),
		cmocka_unit_test(test_odd_markup_cut_where_the_parser_cuts),
		cmocka_unit_test(test_no_text_from_styles_or_drawings),
		cmocka_unit_test(test_page_type_ignores_drawings),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
