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

#include <libxml/xmlmemory.h>

#include <newsdoc.h>

/* ---- libxml2's live allocations ---- */

static long xml_live_blocks;

static void *counting_malloc(size_t size)
{
	void *p = malloc(size);
	if (p)
		xml_live_blocks++;
	return p;
}

static void *counting_realloc(void *old, size_t size)
{
	void *p = realloc(old, size);
	if (p && !old)
		xml_live_blocks++;
	return p;
}

static void counting_free(void *p)
{
	if (p)
		xml_live_blocks--;
	free(p);
}

static char *counting_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = counting_malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_drop_namespace_nodes_leaves_nothing),
		cmocka_unit_test(test_rules_select_every_node_kind),
	};
	/* Before libxml2 is used at all. */
	if (xmlMemSetup(counting_free, counting_malloc, counting_realloc, counting_strdup) != 0) {
		fprintf(stderr, "test_plugin_rules: xmlMemSetup failed\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
