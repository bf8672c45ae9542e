/*
 * The lean load (libnewsdoc/html_lean.c): the generic extractor reads the
 * page without comments, styles, SVG and scripts that are not JSON. These
 * pages put markup-like text where a careless scan would cut the page, and
 * check that the document is what the whole page gives.
 */
#include "content_test_util.h"

#define PARA_A "The harbour ferry sailed again on Monday morning after four months in the dry dock at Kell Point."
#define PARA_B "Engineers replaced both propeller shafts and rebuilt the wheelhouse, the operator said on Monday."
#define PARA_C "Passengers queued from six o'clock, and the first crossing was full within minutes of opening."

static newsdoc_document *parse_generic(const char *html)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;

	opts.parser = "generic";
	assert_int_equal(newsdoc_parse(&doc, NULL, html, strlen(html), "https://bay.example/news/ferry", &opts), 0);
	return doc;
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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
