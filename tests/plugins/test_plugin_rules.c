/*
 * Declarative rules on hostile or unusual selections: rules that select
 * namespace, attribute, text and comment nodes or the document itself.
 * libxml2's allocations are counted (xmlMemSetup before anything else), so
 * a rule that leaves XPath results behind fails here, not only under
 * valgrind or ASan.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "../unit/xml_alloc_count_util.h"

/* ---- helpers ---- */

static newsdoc_registry *registry_of_one(const char *name)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;
	char path[4096];
	const char *paths[1];

	snprintf(path, sizeof(path), "%s/%s", NEWSDOC_FIXTURE_DIR, name);
	paths[0] = path;
	opts.plugin_paths = paths;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	assert_int_equal(newsdoc_registry_new(&reg, &opts), 0);
	assert_int_equal(newsdoc_registry_plugin_count(reg), 2); /* built-in + this one */
	assert_null(newsdoc_plugin_info_skip_reason(newsdoc_registry_plugin_at(reg, 0)));
	return reg;
}

static int body_has(const newsdoc_document *doc, int type, const char *text)
{
	size_t i;
	for (i = 0; i < newsdoc_document_block_count(doc); i++) {
		const newsdoc_block *block = newsdoc_document_block_at(doc, i);
		if (newsdoc_block_type(block) == type && (!text || strstr(newsdoc_block_text(block), text)))
			return 1;
	}
	return 0;
}

/* ---- rules selecting every kind of node ---- */

static const char kinds_page[] =
	"<!DOCTYPE html><html><head><title>Kinds</title><meta name=\"keywords\" content=\"harbour\"></head><body>"
	"<article data-section=\"Local\"><!-- a comment --><h1>The harbour wall</h1>"
	"<p>The council met on Tuesday to discuss the harbour wall, which the storm damaged last winter.</p>"
	"<p>DROPTEXT this sentence is removed by the rule that drops text nodes.</p>"
	"<p>Residents said the work was overdue and that the storm had made it worse for everybody.</p>"
	"<img src=\"/wall.jpg\" alt=\"The wall\"><a rel=\"author\" href=\"https://kinds.test/ann\">Ann</a>"
	"</article><aside><a href=\"/other\">Other story</a></aside></body></html>";

static void parse_kinds(const newsdoc_registry *reg)
{
	static const char xml_ns[] = "http://www.w3.org/XML/1998/namespace";
	newsdoc_document *doc;

	assert_int_equal(newsdoc_parse(&doc, reg, kinds_page, sizeof(kinds_page) - 1, "https://kinds.test/a", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "node-kinds");
	/* A namespace node's text is its URI; an attribute's, its value. */
	assert_string_equal(newsdoc_document_title(doc), xml_ns);
	assert_string_equal(newsdoc_document_section(doc), "Local");
	assert_int_equal(newsdoc_document_tag_count(doc), 2);
	assert_string_equal(newsdoc_document_tag_at(doc, 0), "harbour");
	assert_string_equal(newsdoc_document_tag_at(doc, 1), xml_ns);
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "https://kinds.test/ann");
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 0)), "https://kinds.test/other");
	/* Dropped: an attribute (the image's src, so no figure) and a text
	 * node; the document node and namespace nodes are left alone, so the
	 * body is still there. */
	assert_true(body_has(doc, NEWSDOC_BLOCK_PARAGRAPH, "The council met"));
	assert_true(body_has(doc, NEWSDOC_BLOCK_PARAGRAPH, "Residents said"));
	assert_false(body_has(doc, NEWSDOC_BLOCK_PARAGRAPH, "DROPTEXT"));
	assert_false(body_has(doc, NEWSDOC_BLOCK_FIGURE, NULL));
	newsdoc_document_free(doc);
}

static void test_rules_select_every_node_kind(void **state)
{
	newsdoc_registry *reg = registry_of_one("node-kinds");
	long before;
	int i;
	(void)state;

	parse_kinds(reg); /* libxml2 keeps some state after its first use */
	before = xml_live_blocks;
	for (i = 0; i < 3; i++)
		parse_kinds(reg);
	assert_int_equal(xml_live_blocks, before);
	newsdoc_registry_free(reg);
}

/* A drop rule selecting namespace nodes used to leave the XPath engine's
 * copies of them behind, on every page. */
static void test_drop_namespace_nodes_leaves_nothing(void **state)
{
	newsdoc_registry *reg = registry_of_one("drop-namespace");
	newsdoc_document *doc;
	long before = 0;
	int i;
	(void)state;

	for (i = 0; i < 4; i++) {
		assert_int_equal(newsdoc_parse(&doc, reg, kinds_page, sizeof(kinds_page) - 1, "https://kinds.test/a",
			NULL), 0);
		assert_string_equal(newsdoc_document_parser(doc), "drop-namespace");
		assert_true(body_has(doc, NEWSDOC_BLOCK_PARAGRAPH, "The council met"));
		newsdoc_document_free(doc);
		if (i == 0)
			before = xml_live_blocks; /* libxml2 keeps some state after its first use */
		else
			assert_int_equal(xml_live_blocks, before);
	}
	newsdoc_registry_free(reg);
}

/* ---- operation limits ---- */

/* A page of `elements` elements: an <h1>, then paragraphs side by side or
 * divisions nested one in the other. The caller frees it. */
static char *big_page(size_t elements, int nested, size_t *len)
{
	static const char head[] = "<html><head><title>Big</title></head><body><h1>The big page</h1>";
	static const char tail[] = "</body></html>";
	size_t cap = sizeof(head) + sizeof(tail) + elements * 48, n, i;
	char *page = malloc(cap);

	assert_non_null(page);
	n = (size_t)snprintf(page, cap, "%s", head);
	/* html, head, title, body, h1 */
	for (i = 5; i < elements; i++)
		n += (size_t)snprintf(page + n, cap - n, nested ? "<div>Part %zu of the page." : "<p>Part %zu of the page.</p>", i);
	n += (size_t)snprintf(page + n, cap - n, "%s", tail);
	*len = n;
	return page;
}

/* newsdoc_parse with `parser_id` named (NULL: chosen from the URL). */
static int parse_with(newsdoc_document **doc, const newsdoc_registry *reg, const char *page, size_t len,
	const char *url, const char *parser_id)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	opts.parser = parser_id;
	return newsdoc_parse(doc, reg, page, len, url, &opts);
}

static void assert_message(const char *prefix, const char *suffix)
{
	const char *message = newsdoc_error_last()->message;
	size_t len = strlen(message);
	if (strncmp(message, prefix, strlen(prefix)) != 0 || len < strlen(prefix) + strlen(suffix) ||
	    strcmp(message + len - strlen(suffix), suffix) != 0)
		fail_msg("message '%s' is not '%s...%s'", message, prefix, suffix);
}

/*
 * A rule that is fine on a small page and quadratic on a large one: on
 * 8,000 elements it went on for half a second (80,000: a minute); now it
 * stops at its limit and the parser fails, which newsdoc_parse turns into
 * the generic parser's document unless the caller named the parser.
 */
static void assert_rule_limited(const char *manifest, const char *parser_id, const char *url, int nested,
	const char *rule, const char *expr)
{
	newsdoc_registry *reg = registry_of_one(manifest);
	newsdoc_document *doc;
	char prefix[256], suffix[256];
	size_t len;
	char *page = big_page(100, nested, &len);

	assert_int_equal(parse_with(&doc, reg, page, len, url, parser_id), 0);
	assert_string_equal(newsdoc_document_parser(doc), parser_id);
	assert_string_equal(newsdoc_document_title(doc), "The big page");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "site-rule");
	newsdoc_document_free(doc);
	free(page);

	page = big_page(8000, nested, &len);
	assert_int_equal(parse_with(&doc, reg, page, len, url, parser_id), NEWSDOC_ELIMIT);
	assert_null(doc);
	snprintf(prefix, sizeof(prefix), "parser '%s' (plugin '%s'): rule '%s' went over its XPath operation limit of ",
		parser_id, manifest, rule);
	snprintf(suffix, sizeof(suffix), " nodes) in '%s'", expr);
	assert_message(prefix, suffix);
	/* Chosen by its URL, the parser falls back to the generic one. */
	assert_int_equal(parse_with(&doc, reg, page, len, url, NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	assert_string_equal(newsdoc_document_title(doc), "Big");
	newsdoc_document_free(doc);
	free(page);
	newsdoc_registry_free(reg);
}

static void test_rule_over_operation_limit(void **state)
{
	(void)state;
	assert_rule_limited("quadratic-rule", "quadratic", "https://quadratic.test/a", 0, "title",
		"//*[count(preceding::*) >= 0][self::h1]");
}

/* libxml2 does not count building string values: contains(., ...) on
 * every element of a nested page copied the page once per element. */
static void test_string_values_count_against_the_limit(void **state)
{
	(void)state;
	assert_rule_limited("string-value-rule", "string-value", "https://string-value.test/a", 1, "title",
		"//*[contains(., 'The big')][self::h1]");
}

/* A probe over its limit does not match: the page goes to the generic
 * parser, in bounded time. */
static void test_probe_over_operation_limit(void **state)
{
	newsdoc_registry *reg = registry_of_one("quadratic-probe");
	newsdoc_document *doc;
	size_t len;
	char *page = big_page(100, 0, &len);
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, reg, page, len, "https://any.test/a", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "quadratic-probe");
	assert_string_equal(newsdoc_document_section(doc), "The big page");
	newsdoc_document_free(doc);
	free(page);

	page = big_page(8000, 0, &len);
	assert_int_equal(newsdoc_parse(&doc, reg, page, len, "https://any.test/a", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	newsdoc_document_free(doc);
	free(page);
	newsdoc_registry_free(reg);
}

/* A probe runs with no context node at its top level: the functions that
 * read it when called with no argument see the empty string there, as
 * libxml2's own do (the stand-ins once followed the missing node). */
static void test_probe_without_context_node(void **state)
{
	newsdoc_registry *reg = registry_of_one("context-free-probe");
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, reg, kinds_page, sizeof(kinds_page) - 1, "https://any.test/a", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "context-free-probe");
	assert_string_equal(newsdoc_document_section(doc), "The harbour wall");
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
}

/* The string functions the core replaces give what libxml2's give, on
 * node-sets, strings, numbers and the context node. */
static void test_string_functions_keep_their_meaning(void **state)
{
	static const char page[] =
		"<html lang=\"en\"><head><title>F</title><meta name=\"site\" content=\"The Daily\"></head><body><article>"
		"<h1>  The   harbour\n wall </h1><h2>Update: council votes</h2>"
		"<p>first paragraph about tags here.</p>"
		"<p data-section=\"Local\">Second paragraph of the story.</p>"
		"<span id=\"n\">42</span><span class=\"count\">3</span><span class=\"count\">4</span>"
		"</article></body></html>";
	newsdoc_registry *reg = registry_of_one("string-functions");
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, reg, page, sizeof(page) - 1, "https://functions.test/a", NULL), 0);
	assert_string_equal(newsdoc_document_parser(doc), "string-functions");
	assert_string_equal(newsdoc_document_title(doc), "The harbour wall");
	assert_string_equal(newsdoc_document_subtitle(doc), "Update / council votes / date");
	assert_string_equal(newsdoc_document_description(doc), "fIrst pArAgrAph AbOUt tAgs hErE.");
	assert_string_equal(newsdoc_document_section(doc), "Local");
	assert_string_equal(newsdoc_document_site_name(doc), "The Daily:9:42");
	/* the document's string value: its title and body text */
	assert_string_equal(newsdoc_document_language(doc), "en|F The|110");
	assert_int_equal(newsdoc_document_comment_count(doc), 7);
	assert_int_equal(newsdoc_document_tag_count(doc), 1);
	assert_string_equal(newsdoc_document_tag_at(doc, 0), "first paragraph about tags here.");
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_drop_namespace_nodes_leaves_nothing),
		cmocka_unit_test(test_rules_select_every_node_kind),
		cmocka_unit_test(test_rule_over_operation_limit),
		cmocka_unit_test(test_string_values_count_against_the_limit),
		cmocka_unit_test(test_probe_over_operation_limit),
		cmocka_unit_test(test_string_functions_keep_their_meaning),
		cmocka_unit_test(test_probe_without_context_node),
	};
	/* Before libxml2 is used at all. */
	if (xml_alloc_count_install() != 0) {
		fprintf(stderr, "test_plugin_rules: xmlMemSetup failed\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
