/*
 * The host table's xpath_strings, through a plugin that calls it
 * (xpath_plugin.c): strings of node-sets, attributes, numbers, nothing
 * found, an expression that does not compile, one over the operation
 * limit, and text input with no tree.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

static int setup(void **state)
{
	static const char *const paths[] = { NEWSDOC_FIXTURE_DIR "/xpath" };
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;

	opts.plugin_paths = paths;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (newsdoc_registry_new(&reg, &opts) != 0 || newsdoc_registry_plugin_load(reg, 1) != 0)
		return -1;
	*state = reg;
	return 0;
}

static int teardown(void **state)
{
	newsdoc_registry_free(*state);
	return 0;
}

/* Parse a page asking the plugin for `expression` over `body`. */
static newsdoc_document *run(const newsdoc_registry *reg, const char *expression, const char *body)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t size = strlen(expression) + strlen(body) + 200;
	char *page = malloc(size);

	assert_non_null(page);
	snprintf(page, size, "<html><head><meta name=\"xpath-test\" content=\"%s\"></head><body>%s</body></html>",
		expression, body);
	opts.parser = "xpath-parser";
	assert_int_equal(newsdoc_parse(&doc, reg, page, strlen(page), "https://xpath.test/a", &opts), 0);
	free(page);
	assert_string_equal(newsdoc_document_parser(doc), "xpath-parser");
	return doc;
}

static const char list[] =
	"<ul><li class='tag'>  Harbour\n <b>works</b> </li><li class='tag other'>Sea wall</li><li>x</li></ul>";

static void test_node_strings(void **state)
{
	newsdoc_document *doc = run(*state, "//li[starts-with(@class, 'tag')]", list);

	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_SECTION), "count=2");
	assert_int_equal(newsdoc_document_tag_count(doc), 2);
	/* A node's text, white space folded. */
	assert_string_equal(newsdoc_document_tag_at(doc, 0), "Harbour works");
	assert_string_equal(newsdoc_document_tag_at(doc, 1), "Sea wall");
	newsdoc_document_free(doc);
}

static void test_attributes_and_numbers(void **state)
{
	newsdoc_document *doc = run(*state, "//li/@class", list);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_SECTION), "count=2");
	assert_string_equal(newsdoc_document_tag_at(doc, 1), "tag other");
	newsdoc_document_free(doc);

	doc = run(*state, "count(//li)", list);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_SECTION), "count=1");
	assert_string_equal(newsdoc_document_tag_at(doc, 0), "3");
	newsdoc_document_free(doc);

	doc = run(*state, "//nothing", list);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_SECTION), "count=0");
	assert_int_equal(newsdoc_document_tag_count(doc), 0);
	newsdoc_document_free(doc);
}

static void test_invalid_expression(void **state)
{
	newsdoc_document *doc = run(*state, "//li[", list);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_SECTION), "error=-2");
	newsdoc_document_free(doc);
}

/* Quadratic work on a page of a few thousand nodes: stopped at the limit
 * the rules get, not run to the end. */
static void test_operation_limit(void **state)
{
	static const char item[] = "<p>a</p>";
	size_t count = 4000, i;
	char *body = malloc(count * (sizeof(item) - 1) + 1);
	newsdoc_document *doc;

	assert_non_null(body);
	for (i = 0; i < count; i++)
		memcpy(body + i * (sizeof(item) - 1), item, sizeof(item) - 1);
	body[count * (sizeof(item) - 1)] = '\0';
	doc = run(*state, "count(//node()[count(//node()) &gt; 0])", body);
	free(body);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_SECTION), "error=-8");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_node_strings),
		cmocka_unit_test(test_attributes_and_numbers),
		cmocka_unit_test(test_invalid_expression),
		cmocka_unit_test(test_operation_limit),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
