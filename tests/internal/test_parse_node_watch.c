/*
 * The node limit is enforced while libxml2 builds the tree
 * (html/html_load.c), not only on the finished tree: a page far over
 * max_nodes is refused after about max_nodes nodes were built. libxml2's
 * allocations are counted (xmlMemSetup before anything else): a parse
 * that built the whole tree first makes one or more allocations per node,
 * and would fail here although it gives the same error. The parser is
 * stopped in each kind of callback (element, text, comment, script); run
 * under valgrind, the tree built so far is seen freed.
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

/* `count` copies of `unit` between <body> and </body>; free() it. */
static char *repeated(const char *unit, size_t count)
{
	static const char open[] = "<html><body>", close[] = "</body></html>";
	size_t len = strlen(unit), k;
	char *page = malloc(sizeof(open) - 1 + count * len + sizeof(close));

	assert_non_null(page);
	memcpy(page, open, sizeof(open) - 1);
	for (k = 0; k < count; k++)
		memcpy(page + sizeof(open) - 1 + k * len, unit, len);
	memcpy(page + sizeof(open) - 1 + count * len, close, sizeof(close));
	return page;
}

/* libxml2's allocations for a parse of `page` at `max_nodes`; the parse's
 * result in *error. */
static unsigned long parse_allocations(const char *page, size_t max_nodes, int *error)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;

	opts.max_nodes = max_nodes;
	xml_allocations = 0;
	*error = newsdoc_parse(&doc, NULL, page, strlen(page), "https://news.example.org/a/story", &opts);
	if (*error)
		assert_null(doc);
	newsdoc_document_free(doc);
	return xml_allocations;
}

/* `count` copies of `unit` at `max_nodes` are refused with the node
 * limit's error after less than a tenth of the libxml2 allocations the
 * whole page takes. */
static void check_stopped_early(const char *unit, size_t count, size_t max_nodes)
{
	char *page = repeated(unit, count), expected[96];
	unsigned long whole, stopped;
	int error;

	whole = parse_allocations(page, 0, &error);
	assert_int_equal(error, 0);
	stopped = parse_allocations(page, max_nodes, &error);
	free(page);
	assert_int_equal(error, NEWSDOC_ELIMIT);
	snprintf(expected, sizeof(expected), "newsdoc_parse: the page has more than %zu nodes (max_nodes)", max_nodes);
	assert_string_equal(newsdoc_error_last()->message, expected);
	if (stopped * 10 >= whole)
		fail_msg("%zu units at max_nodes %zu: %lu libxml2 allocations before the refusal, %lu for the "
			"whole page", count, max_nodes, stopped, whole);
}

static void test_stopped_in_elements(void **state)
{
	(void)state;
	/* html, body, then five nodes a unit: stopped at each kind of node */
	check_stopped_early("<p class=\"x\" id=\"y\"><b>Salt</b></p>", 5000, 100);
	check_stopped_early("<p class=\"x\" id=\"y\"><b>Salt</b></p>", 5000, 101);
	check_stopped_early("<p class=\"x\" id=\"y\"><b>Salt</b></p>", 5000, 103);
}

static void test_stopped_in_text_and_comments(void **state)
{
	(void)state;
	/* one body of text split by comments: an odd limit stops at a text
	 * node, an even one at a comment */
	check_stopped_early("Salt and pepper<!-- c -->", 10000, 100);
	check_stopped_early("Salt and pepper<!-- c -->", 10000, 101);
}

static void test_stopped_in_script(void **state)
{
	static const char code[] = "var seen = 1; ";
	char script[8 + 80 * (sizeof(code) - 1) + 10];
	size_t k;
	(void)state;

	/* each script is longer than libxml2's 1,000-byte chunk, so its text
	 * arrives in several callbacks; html, body, then the element and its
	 * text: a limit of 101 stops in the first chunk of a script's text */
	memcpy(script, "<script>", 8);
	for (k = 0; k < 80; k++)
		memcpy(script + 8 + k * (sizeof(code) - 1), code, sizeof(code) - 1);
	memcpy(script + 8 + 80 * (sizeof(code) - 1), "</script>", 10);
	check_stopped_early(script, 2000, 101);
	check_stopped_early(script, 2000, 100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stopped_in_elements),
		cmocka_unit_test(test_stopped_in_text_and_comments),
		cmocka_unit_test(test_stopped_in_script),
	};
	/* Before libxml2 is used at all. */
	if (xml_alloc_count_install() != 0) {
		fprintf(stderr, "test_parse_node_watch: xmlMemSetup failed\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
