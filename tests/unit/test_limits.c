/*
 * The parse options' limits (include/newsdoc/parse.h): each one set low
 * gives its documented outcome, an NEWSDOC_ELIMIT error naming the limit
 * (max_input_size, max_nodes, max_work) or a truncated document (max_depth,
 * max_jsonld_size, max_quotes, max_related), and the defaults let an
 * ordinary page through.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "content_test_util.h"

static int parse(newsdoc_document **doc, const char *page, const newsdoc_parse_options *opts)
{
	return newsdoc_parse(doc, NULL, page, strlen(page), "https://news.example.org/a/story", opts);
}

static void test_max_input_size(void **state)
{
	static const char page[] = "<html><body><p>Short, but not short enough.</p></body></html>";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t big = (size_t)64 * 1024 * 1024 + 1;
	char *data;
	(void)state;

	opts.max_input_size = 20;
	assert_int_equal(parse(&doc, page, &opts), NEWSDOC_ELIMIT);
	assert_null(doc);
	assert_int_equal(newsdoc_error_last()->code, NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: the input is 61 bytes, over the limit of 20 (max_input_size)");
	opts.max_input_size = sizeof(page) - 1; /* exactly at the limit is fine */
	assert_int_equal(parse(&doc, page, &opts), 0);
	newsdoc_document_free(doc);

	/* The default, 64 MiB: checked before a byte is read. */
	data = malloc(big);
	assert_non_null(data);
	memset(data, 'a', big);
	assert_int_equal(newsdoc_parse(&doc, NULL, data, big, NULL, NULL), NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: the input is 67108865 bytes, over the limit of 67108864 (max_input_size)");
	free(data);
}

/* `page` has exactly `nodes` nodes: a limit of one less refuses it, naming
 * the limit, and a limit of `nodes` lets it through. */
static void assert_node_count(const char *page, size_t nodes)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	char message[80];

	opts.max_nodes = nodes - 1;
	assert_int_equal(parse(&doc, page, &opts), NEWSDOC_ELIMIT);
	assert_null(doc);
	snprintf(message, sizeof(message), "newsdoc_parse: the page has more than %zu nodes (max_nodes)", nodes - 1);
	assert_string_equal(newsdoc_error_last()->message, message);
	opts.max_nodes = nodes;
	assert_int_equal(parse(&doc, page, &opts), 0);
	newsdoc_document_free(doc);
}

/* html, body, p, its attribute and its text: 5 nodes. */
static void test_max_nodes(void **state)
{
	static const char page[] = "<html><body><p class=\"x\">One paragraph of text.</p></body></html>";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	(void)state;

	opts.max_nodes = 4;
	assert_int_equal(parse(&doc, page, &opts), NEWSDOC_ELIMIT);
	assert_null(doc);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: the page has more than 4 nodes (max_nodes)");
	opts.max_nodes = 5;
	assert_int_equal(parse(&doc, page, &opts), 0);
	assert_string_equal(newsdoc_document_text(doc), "One paragraph of text.");
	newsdoc_document_free(doc);
}

/* The node count taken while the tree grows (html_load.c) must not count
 * more than the tree holds: text that libxml2 joins (entities split it
 * into several callbacks), comments, attributes. html, body, p, two
 * attributes, its one text, a comment and a script (the lean copy of the
 * page keeps no script text): 8 nodes, so a limit of 8 passes and 7 does
 * not; a page of 1,000
 * such paragraphs is refused at a limit far below its size. */
static void test_max_nodes_joined_text(void **state)
{
	static const char page[] = "<html><body><p class=\"x\" id=\"y\">Salt &amp; pepper &lt;3 each day.</p>"
		"<!-- note --><script>var seen = 1;</script></body></html>";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	char *many;
	size_t k, len = strlen("<p class=\"x\">Salt &amp; pepper.</p>");
	(void)state;

	assert_node_count(page, 8);

	many = malloc(1000 * len + 1);
	assert_non_null(many);
	for (k = 0; k < 1000; k++)
		memcpy(many + k * len, "<p class=\"x\">Salt &amp; pepper.</p>", len);
	many[1000 * len] = '\0';
	opts.max_nodes = 100;
	assert_int_equal(parse(&doc, many, &opts), NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: the page has more than 100 nodes (max_nodes)");
	opts.max_nodes = 3002; /* html, body, and three nodes a paragraph */
	assert_int_equal(parse(&doc, many, &opts), 0);
	newsdoc_document_free(doc);
	free(many);
}

/* Comments and processing instructions before and after the root element
 * are nodes too (the document type is not): a comment, an instruction,
 * html, body, p, its text and a comment after </html>, 7 nodes; and a
 * page of 1,000 comments before its <html> is over a limit of 100 (they
 * went uncounted, so 8 million of them built a tree of 1.4 GB). */
static void test_max_nodes_top_level(void **state)
{
	static const char page[] = "<!DOCTYPE html><!-- a --><?b c?><html><body><p>One paragraph.</p></body></html>"
		"<!-- d -->";
	static const char inner[] = "<html><body><p>a<![CDATA[x]]>b<?pi x?>c&amp;d<!--e-->f</p></body></html>";
	static const char unit[] = "<!-- a -->";
	static const char rest[] = "<html><body><p>One paragraph.</p></body></html>";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t k, unit_len = strlen(unit);
	char *many;
	(void)state;

	assert_node_count(page, 7);
	/* Inside an element: html, body, p, an instruction, a comment and
	 * three texts (HTML keeps a CDATA section as text, joined with the
	 * text around it, and an entity joins its text too), 8 nodes. */
	assert_node_count(inner, 8);

	many = malloc(1000 * unit_len + sizeof(rest));
	assert_non_null(many);
	for (k = 0; k < 1000; k++)
		memcpy(many + k * unit_len, unit, unit_len);
	memcpy(many + 1000 * unit_len, rest, sizeof(rest));
	opts.max_nodes = 100;
	assert_int_equal(parse(&doc, many, &opts), NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message, "newsdoc_parse: the page has more than 100 nodes (max_nodes)");
	opts.max_nodes = 1004;
	assert_int_equal(parse(&doc, many, &opts), 0);
	newsdoc_document_free(doc);
	free(many);
}

/* 100,000 attributes in 1,000 tags are over a limit of 50,000 and within
 * the default. */
static void test_max_nodes_attributes(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t i, n = 100000, len = 0;
	char *page = malloc(n * 16 + 100000);
	(void)state;

	assert_non_null(page);
	len += (size_t)sprintf(page + len, "<html><body>");
	for (i = 0; i < n; i++) {
		if (i % 100 == 0)
			len += (size_t)sprintf(page + len, "%s<span", i ? ">x</span>" : "");
		len += (size_t)sprintf(page + len, " a%zu=1", i % 100);
	}
	len += (size_t)sprintf(page + len, ">x</span><p>Attributes galore.</p></body></html>");
	opts.max_nodes = 50000;
	assert_int_equal(parse(&doc, page, &opts), NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: the page has more than 50000 nodes (max_nodes)");
	assert_int_equal(parse(&doc, page, NULL), 0);
	assert_non_null(strstr(newsdoc_document_text(doc), "Attributes galore."));
	newsdoc_document_free(doc);
	free(page);
}

/* One tag may have at most 1,000 attributes (libxml2 compares each new
 * attribute with all earlier ones of its tag): more is refused before the
 * page is parsed. */
static void test_max_tag_attributes(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t i, n = 1001, len = 0;
	char *page = malloc(n * 16 + 100);
	(void)state;

	assert_non_null(page);
	len += (size_t)sprintf(page + len, "<html><body><p");
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, " a%zu=\"v w\"", i);
	sprintf(page + len, ">Attributes galore.</p></body></html>");
	assert_int_equal(parse(&doc, page, NULL), NEWSDOC_ELIMIT);
	assert_null(doc);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: a tag has more than 1000 attributes (max_nodes, at most 1000 per tag)");
	/* a lower max_nodes lowers the cap too */
	opts.max_nodes = 10;
	page[len] = '\0';
	strcpy(page, "<html><body><p a b c d e f g h i j k l>x</p></body></html>");
	assert_int_equal(parse(&doc, page, &opts), NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: a tag has more than 10 attributes (max_nodes, at most 1000 per tag)");
	free(page);
}

/* The cap counts what libxml2 reads as attributes: "<" inside a tag does
 * not end it ("<p <x a1 <x a2 ...>" is one tag of a1, a2 ...), and a page
 * in UTF-16 is counted in its characters, not its bytes. */
static void test_max_tag_attributes_as_read(void **state)
{
	size_t i, n = 1001, len = 0, wide_len = 0;
	char *page = malloc(n * 16 + 100), *wide = malloc(n * 32 + 200);
	newsdoc_document *doc = NULL;
	(void)state;

	assert_non_null(page);
	assert_non_null(wide);
	len += (size_t)sprintf(page + len, "<html><body><p");
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, " <x a%zu", i);
	len += (size_t)sprintf(page + len, ">Attributes galore.</p></body></html>");
	assert_int_equal(parse(&doc, page, NULL), NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: a tag has more than 1000 attributes (max_nodes, at most 1000 per tag)");

	/* the same page in UTF-16LE, with its byte order mark */
	wide[wide_len++] = (char)0xFF;
	wide[wide_len++] = (char)0xFE;
	for (i = 0; i < len; i++) {
		wide[wide_len++] = page[i];
		wide[wide_len++] = '\0';
	}
	assert_int_equal(newsdoc_parse(&doc, NULL, wide, wide_len, NULL, NULL), NEWSDOC_ELIMIT);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_parse: a tag has more than 1000 attributes (max_nodes, at most 1000 per tag)");
	free(wide);
	free(page);
}

#define FERRY_PAGE "<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1>" \
	"<p>The harbour ferry sailed again on Monday after four months in dry dock, the operator said.</p>" \
	"<p>\xE2\x80\x9CWe are glad to be back,\xE2\x80\x9D said Ann Smith, the captain.</p></article></body></html>"

static int parse_with_work(newsdoc_document **doc, const char *page, size_t max_work, int input)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;

	opts.max_work = max_work;
	opts.input = input;
	return parse(doc, page, &opts);
}

static void assert_over_work(size_t max_work)
{
	char message[128];

	assert_int_equal(newsdoc_error_last()->code, NEWSDOC_ELIMIT);
	snprintf(message, sizeof(message), "newsdoc_parse: the page needed more than %zu steps of work (max_work)",
		max_work);
	assert_string_equal(newsdoc_error_last()->message, message);
}

/* A parse that needs more work than max_work ends with NEWSDOC_ELIMIT,
 * whichever pass spends it: the work an ordinary page needs is far below
 * the default. */
static void test_max_work(void **state)
{
	newsdoc_document *doc = NULL;
	size_t i, n = 3000, len = 0;
	char *page = malloc(n * 10 + 4000);
	(void)state;

	assert_non_null(page);
	/* an ordinary article: within the default, not within 10 steps */
	assert_int_equal(parse_with_work(&doc, FERRY_PAGE, 0, NEWSDOC_INPUT_HTML), 0);
	newsdoc_document_free(doc);
	assert_int_equal(parse_with_work(&doc, FERRY_PAGE, 10, NEWSDOC_INPUT_HTML), NEWSDOC_ELIMIT);
	assert_null(doc);
	assert_over_work(10);
	/* text input */
	assert_int_equal(parse_with_work(&doc, "Title\n\nA line.\nAnother line.\n\nA paragraph.\n", 2,
		NEWSDOC_INPUT_TEXT), NEWSDOC_ELIMIT);
	assert_over_work(2);

	/* libxml2's own work: 3,000 end tags that close none of 3,000 open
	 * elements, each looked for through all of them (9 million steps) */
	len += (size_t)sprintf(page + len, "<html><body><p>%s</p>", "A paragraph of text to keep.");
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "<b>");
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "</div>");
	assert_int_equal(parse_with_work(&doc, page, 0, NEWSDOC_INPUT_HTML), 0);
	newsdoc_document_free(doc);
	assert_int_equal(parse_with_work(&doc, page, 1000000, NEWSDOC_INPUT_HTML), NEWSDOC_ELIMIT);
	assert_over_work(1000000);

	/* and a tag of 999 attributes, each compared with the tag's others
	 * (498,501 pairs) */
	len = (size_t)sprintf(page, "<html><body><p");
	for (i = 0; i < 999; i++)
		len += (size_t)sprintf(page + len, " a%zu", i);
	sprintf(page + len, ">Attributes galore.</p></body></html>");
	assert_int_equal(parse_with_work(&doc, page, 0, NEWSDOC_INPUT_HTML), 0);
	newsdoc_document_free(doc);
	assert_int_equal(parse_with_work(&doc, page, 400000, NEWSDOC_INPUT_HTML), NEWSDOC_ELIMIT);
	assert_over_work(400000);
	free(page);
}

/* Content deeper than max_depth below the article is flattened into one
 * block with its text, not lost. */
static void test_max_depth(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	char page[4096];
	size_t i, len = 0;
	(void)state;

	len += (size_t)sprintf(page + len, "<html><body><article><p>The opening paragraph of the story, "
		"which is long enough to count as body text.</p>");
	for (i = 0; i < 40; i++)
		len += (size_t)sprintf(page + len, "<div>");
	len += (size_t)sprintf(page + len, "<p>Deep first paragraph of the story.</p><p>Deep second paragraph.</p>");
	for (i = 0; i < 40; i++)
		len += (size_t)sprintf(page + len, "</div>");
	sprintf(page + len, "<p>The closing paragraph of the story, also long enough to be body text.</p>"
		"</article></body></html>");

	assert_int_equal(parse(&doc, page, NULL), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 4);
	newsdoc_document_free(doc);

	opts.max_depth = 8;
	assert_int_equal(parse(&doc, page, &opts), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 3);
	assert_non_null(strstr(newsdoc_block_text(newsdoc_document_block_at(doc, 1)), "Deep first paragraph of the story."));
	assert_non_null(strstr(newsdoc_block_text(newsdoc_document_block_at(doc, 1)), "Deep second paragraph."));
	newsdoc_document_free(doc);
}

/* Nesting deeper than libxml2's own limit (256, which used to end the
 * parse and drop the rest of the page): 10,000 levels are read, the deep
 * part flattened, and the page after it kept. */
static void test_deep_page(void **state)
{
	static const char para[] = "<p>%s is a paragraph long enough to count as body text.</p>";
	size_t i, n = 10000, len = 0;
	char *page = malloc(n * 11 + 1000);
	newsdoc_document *doc = NULL;
	(void)state;

	assert_non_null(page);
	len += (size_t)sprintf(page + len, "<html><body><article>");
	len += (size_t)sprintf(page + len, para, "Before");
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "<div>");
	len += (size_t)sprintf(page + len, para, "Deep one");
	len += (size_t)sprintf(page + len, para, "Deep two");
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "</div>");
	len += (size_t)sprintf(page + len, para, "After");
	sprintf(page + len, "</article></body></html>");
	assert_int_equal(parse(&doc, page, NULL), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 3);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 1)),
		"Deep one is a paragraph long enough to count as body text. "
		"Deep two is a paragraph long enough to count as body text.");
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 2)),
		"After is a paragraph long enough to count as body text.");
	newsdoc_document_free(doc);
	free(page);
}

/* JSON-LD past max_jsonld_size is not read; other sources still are. */
static void test_max_jsonld_size(void **state)
{
	static const char page[] =
		"<html><head><title>From the title tag</title>"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script>"
		"</head><body><p>Body text of the article.</p></body></html>";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	(void)state;

	assert_int_equal(parse(&doc, page, NULL), 0);
	assert_string_equal(newsdoc_document_title(doc), "From JSON-LD");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	newsdoc_document_free(doc);

	opts.max_jsonld_size = 20;
	assert_int_equal(parse(&doc, page, &opts), 0);
	assert_string_equal(newsdoc_document_title(doc), "From the title tag");
	assert_string_not_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "json-ld");
	newsdoc_document_free(doc);
}

/* JSON-LD nested 10,000 deep is refused by the JSON reader's depth limit
 * and the page is still read. */
static void test_jsonld_deep(void **state)
{
	size_t i, n = 10000, len = 0;
	char *page = malloc(2 * n + 400);
	newsdoc_document *doc = NULL;
	(void)state;

	assert_non_null(page);
	len += (size_t)sprintf(page + len, "<html><head><title>Deep</title><script type=\"application/ld+json\">");
	for (i = 0; i < n; i++)
		page[len++] = '[';
	for (i = 0; i < n; i++)
		page[len++] = ']';
	sprintf(page + len, "</script></head><body><p>Still a page.</p></body></html>");
	assert_int_equal(parse(&doc, page, NULL), 0);
	assert_string_equal(newsdoc_document_title(doc), "Deep");
	assert_string_equal(newsdoc_document_text(doc), "Still a page.");
	newsdoc_document_free(doc);
	free(page);
}

/* Five quotes; max_quotes 2 keeps the first two. */
static void test_max_quotes(void **state)
{
	char page[4096];
	size_t i, len = 0;
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	(void)state;

	len += (size_t)sprintf(page + len, "<html lang=\"en\"><body><article>");
	for (i = 1; i <= 5; i++)
		len += (size_t)sprintf(page + len,
			"<p>\xe2\x80\x9cThis is statement number %zu,\xe2\x80\x9d said Ann Smith, the mayor.</p>", i);
	sprintf(page + len, "</article></body></html>");

	assert_int_equal(parse(&doc, page, NULL), 0);
	assert_int_equal(newsdoc_document_quote_count(doc), 5);
	newsdoc_document_free(doc);

	opts.max_quotes = 2;
	assert_int_equal(parse(&doc, page, &opts), 0);
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_string_equal(newsdoc_quote_text(newsdoc_document_quote_at(doc, 0)), "This is statement number 1,");
	assert_string_equal(newsdoc_quote_text(newsdoc_document_quote_at(doc, 1)), "This is statement number 2,");
	newsdoc_document_free(doc);
}

/* The related fixture has five items; max_related 2 keeps the first two. */
static void test_max_related(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t len = 0;
	char *data = read_whole_file(FIXTURE("related.html"), &len);
	(void)state;

	assert_non_null(data);
	assert_int_equal(newsdoc_parse(&doc, NULL, data, len, NULL, NULL), 0);
	assert_int_equal(newsdoc_document_related_count(doc), 5);
	newsdoc_document_free(doc);
	opts.max_related = 2;
	assert_int_equal(newsdoc_parse(&doc, NULL, data, len, NULL, &opts), 0);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 1)),
		"Two hundred years of the town library");
	newsdoc_document_free(doc);
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_max_input_size),
		cmocka_unit_test(test_max_nodes),
		cmocka_unit_test(test_max_nodes_joined_text),
		cmocka_unit_test(test_max_nodes_attributes),
		cmocka_unit_test(test_max_nodes_top_level),
		cmocka_unit_test(test_max_tag_attributes),
		cmocka_unit_test(test_max_tag_attributes_as_read),
		cmocka_unit_test(test_max_work),
		cmocka_unit_test(test_max_depth),
		cmocka_unit_test(test_deep_page),
		cmocka_unit_test(test_max_jsonld_size),
		cmocka_unit_test(test_jsonld_deep),
		cmocka_unit_test(test_max_quotes),
		cmocka_unit_test(test_max_related),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
