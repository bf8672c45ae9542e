/*
 * The exact bytes of the built-in JSON exporter, through the public API:
 * the layout of both modes (indented, NEWSDOC_EXPORT_COMPACT), empty
 * arrays and objects at every level, nulls, booleans and integers, and
 * the escaping of every ASCII character, with non-ASCII text left as
 * UTF-8. The expected texts are what jansson's json_dump wrote for these
 * documents (JSON_PRESERVE_ORDER, JSON_INDENT(2) or JSON_COMPACT), which
 * the exporter must keep matching byte for byte.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <newsdoc.h>

#include "export_test_util.h"

/* ---- a document of characters to escape and empty containers ---- */

/* The title below, bytes 0x01 to 0x7F in order, as the export writes it:
 * \b \t \n \f \r by name, the other control characters as \u00XX with
 * capital hex digits, '"' and '\' with a backslash; '/' and DEL as they
 * are. */
#define TITLE_ESCAPED \
	"\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E\\u000F" \
	"\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A\\u001B\\u001C\\u001D\\u001E\\u001F" \
	" !\\\"#$%&'()*+,-./0123456789:;<=>?" \
	"@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_" \
	"`abcdefghijklmnopqrstuvwxyz{|}~\x7f\""

static newsdoc_document *build_escapes_document(void)
{
	char every_ascii[128];
	newsdoc_document *doc;
	newsdoc_block *block;
	int i;

	for (i = 1; i < 128; i++)
		every_ascii[i - 1] = (char)i;
	every_ascii[127] = '\0';
	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, every_ascii));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SUBTITLE, "Zürich – 지성호 📰"));
	CHECK_OK(newsdoc_document_add_tag(doc, ""));
	CHECK_OK(newsdoc_document_add_tag(doc, "a/b"));
	CHECK_OK(newsdoc_document_add_author(NULL, doc, "Zoë \"Z\" O'Neil"));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Line one\nLine two", 17));
	CHECK_OK(newsdoc_block_set_level(block, 3));
	/* A list with no items, a table with one empty row, a bare figure. */
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_LIST, NULL, 0));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_TABLE, NULL, 0));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0));
	/* No span: block, start and end are null. */
	CHECK_OK(newsdoc_document_add_quote(NULL, doc, "back\\slash"));
	CHECK_OK(newsdoc_document_add_image(NULL, doc, "https://example.org/a.jpg"));
	return doc;
}

static const char escapes_indented[] =
	"{\n"
	"  \"url\": null,\n"
	"  \"canonical_url\": null,\n"
	"  \"site_name\": null,\n"
	"  \"language\": null,\n"
	"  \"title\": " TITLE_ESCAPED ",\n"
	"  \"subtitle\": \"Zürich – 지성호 📰\",\n"
	"  \"description\": null,\n"
	"  \"section\": null,\n"
	"  \"page_type\": null,\n"
	"  \"tags\": [\n"
	"    \"\",\n"
	"    \"a/b\"\n"
	"  ],\n"
	"  \"authors\": [\n"
	"    {\n"
	"      \"name\": \"Zoë \\\"Z\\\" O'Neil\",\n"
	"      \"role\": null,\n"
	"      \"affiliation\": null,\n"
	"      \"url\": null,\n"
	"      \"kind\": null\n"
	"    }\n"
	"  ],\n"
	"  \"published\": null,\n"
	"  \"modified\": null,\n"
	"  \"body\": [\n"
	"    {\n"
	"      \"type\": \"heading\",\n"
	"      \"text\": \"Line one\\nLine two\",\n"
	"      \"level\": 3\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"list\",\n"
	"      \"text\": \"\",\n"
	"      \"ordered\": false,\n"
	"      \"items\": []\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"table\",\n"
	"      \"text\": \"\",\n"
	"      \"rows\": [\n"
	"        []\n"
	"      ]\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"figure\",\n"
	"      \"text\": \"\",\n"
	"      \"image\": null,\n"
	"      \"alt\": null,\n"
	"      \"caption\": null,\n"
	"      \"credit\": null\n"
	"    }\n"
	"  ],\n"
	"  \"text\": \"Line one\\nLine two\",\n"
	"  \"quotes\": [\n"
	"    {\n"
	"      \"text\": \"back\\\\slash\",\n"
	"      \"speaker\": null,\n"
	"      \"speaker_resolved\": null,\n"
	"      \"cue\": null,\n"
	"      \"block\": null,\n"
	"      \"start\": null,\n"
	"      \"end\": null\n"
	"    }\n"
	"  ],\n"
	"  \"related\": [],\n"
	"  \"comments\": {\n"
	"    \"count\": null\n"
	"  },\n"
	"  \"images\": [\n"
	"    {\n"
	"      \"url\": \"https://example.org/a.jpg\",\n"
	"      \"alt\": null,\n"
	"      \"caption\": null,\n"
	"      \"credit\": null,\n"
	"      \"is_lead\": false\n"
	"    }\n"
	"  ],\n"
	"  \"parser\": null,\n"
	"  \"provenance\": {}\n"
	"}";

static const char escapes_compact[] =
	"{\"url\":null,\"canonical_url\":null,\"site_name\":null,\"language\":null,"
	"\"title\":" TITLE_ESCAPED ","
	"\"subtitle\":\"Zürich – 지성호 📰\",\"description\":null,\"section\":null,\"page_type\":null,\"tags\":[\"\",\"a/b\"],"
	"\"authors\":[{\"name\":\"Zoë \\\"Z\\\" O'Neil\",\"role\":null,\"affiliation\":null,\"url\":null,\"kind\":null}],"
	"\"published\":null,\"modified\":null,\"body\":[{\"type\":\"heading\",\"text\":\"Line one\\nLine two\","
	"\"level\":3},{\"type\":\"list\",\"text\":\"\",\"ordered\":false,\"items\":[]},{\"type\":\"table\",\"text\":\"\","
	"\"rows\":[[]]},{\"type\":\"figure\",\"text\":\"\",\"image\":null,\"alt\":null,\"caption\":null,"
	"\"credit\":null}],\"text\":\"Line one\\nLine two\",\"quotes\":[{\"text\":\"back\\\\slash\","
	"\"speaker\":null,\"speaker_resolved\":null,\"cue\":null,\"block\":null,\"start\":null,\"end\":null}],"
	"\"related\":[],\"comments\":{\"count\":null},\"images\":[{\"url\":\"https://example.org/a.jpg\","
	"\"alt\":null,\"caption\":null,\"credit\":null,\"is_lead\":false}],\"parser\":null,\"provenance\":{}}";

/* ---- a document of values: numbers, booleans, nested arrays ---- */

static newsdoc_document *build_values_document(void)
{
	newsdoc_document *doc;
	newsdoc_block *block;
	newsdoc_quote *quote;
	newsdoc_image *image;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_URL, "https://example.org/a?b=1&c=2"));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_LIST, NULL, 0));
	CHECK_OK(newsdoc_block_set_ordered(block, 1));
	CHECK_OK(newsdoc_block_add_item(block, "one\t1", 5));
	CHECK_OK(newsdoc_block_add_item(block, "", 0));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_TABLE, NULL, 0));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_block_add_cell(block, "\"a\"", 3));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_block_add_cell(block, "b", 1));
	CHECK_OK(newsdoc_block_add_cell(block, "c", 1));
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, "Para\r", 5));
	/* 0 is a stated offset; a count past 32 bits must not be cut. */
	CHECK_OK(newsdoc_document_add_quote(&quote, doc, "Para"));
	CHECK_OK(newsdoc_quote_set_span(quote, 2, 0, 4));
	CHECK_OK(newsdoc_document_set_comment_count(doc, 2147483648L));
	CHECK_OK(newsdoc_document_add_image(&image, doc, "https://example.org/a.jpg"));
	CHECK_OK(newsdoc_image_set_lead(image, 1));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_PARSER, "generic"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_COMMENTS, "html"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_URL, "input"));
	return doc;
}

static const char values_indented[] =
	"{\n"
	"  \"url\": \"https://example.org/a?b=1&c=2\",\n"
	"  \"canonical_url\": null,\n"
	"  \"site_name\": null,\n"
	"  \"language\": null,\n"
	"  \"title\": null,\n"
	"  \"subtitle\": null,\n"
	"  \"description\": null,\n"
	"  \"section\": null,\n"
	"  \"page_type\": null,\n"
	"  \"tags\": [],\n"
	"  \"authors\": [],\n"
	"  \"published\": null,\n"
	"  \"modified\": null,\n"
	"  \"body\": [\n"
	"    {\n"
	"      \"type\": \"list\",\n"
	"      \"text\": \"one\\t1\\n\",\n"
	"      \"ordered\": true,\n"
	"      \"items\": [\n"
	"        \"one\\t1\",\n"
	"        \"\"\n"
	"      ]\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"table\",\n"
	"      \"text\": \"\\\"a\\\"\\nb\\tc\",\n"
	"      \"rows\": [\n"
	"        [\n"
	"          \"\\\"a\\\"\"\n"
	"        ],\n"
	"        [\n"
	"          \"b\",\n"
	"          \"c\"\n"
	"        ]\n"
	"      ]\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"paragraph\",\n"
	"      \"text\": \"Para\\r\"\n"
	"    }\n"
	"  ],\n"
	"  \"text\": \"one\\t1\\n\\n\\n\\\"a\\\"\\nb\\tc\\n\\nPara\\r\",\n"
	"  \"quotes\": [\n"
	"    {\n"
	"      \"text\": \"Para\",\n"
	"      \"speaker\": null,\n"
	"      \"speaker_resolved\": null,\n"
	"      \"cue\": null,\n"
	"      \"block\": 2,\n"
	"      \"start\": 0,\n"
	"      \"end\": 4\n"
	"    }\n"
	"  ],\n"
	"  \"related\": [],\n"
	"  \"comments\": {\n"
	"    \"count\": 2147483648\n"
	"  },\n"
	"  \"images\": [\n"
	"    {\n"
	"      \"url\": \"https://example.org/a.jpg\",\n"
	"      \"alt\": null,\n"
	"      \"caption\": null,\n"
	"      \"credit\": null,\n"
	"      \"is_lead\": true\n"
	"    }\n"
	"  ],\n"
	"  \"parser\": \"generic\",\n"
	"  \"provenance\": {\n"
	"    \"url\": \"input\",\n"
	"    \"comments\": \"html\"\n"
	"  }\n"
	"}";

static const char values_compact[] =
	"{\"url\":\"https://example.org/a?b=1&c=2\",\"canonical_url\":null,\"site_name\":null,"
	"\"language\":null,\"title\":null,\"subtitle\":null,\"description\":null,\"section\":null,\"page_type\":null,\"tags\":[],"
	"\"authors\":[],\"published\":null,\"modified\":null,\"body\":[{\"type\":\"list\",\"text\":\"one\\t1\\n\","
	"\"ordered\":true,\"items\":[\"one\\t1\",\"\"]},{\"type\":\"table\",\"text\":\"\\\"a\\\"\\nb\\tc\","
	"\"rows\":[[\"\\\"a\\\"\"],[\"b\",\"c\"]]},{\"type\":\"paragraph\",\"text\":\"Para\\r\"}],"
	"\"text\":\"one\\t1\\n\\n\\n\\\"a\\\"\\nb\\tc\\n\\nPara\\r\",\"quotes\":[{\"text\":\"Para\",\"speaker\":null,"
	"\"speaker_resolved\":null,\"cue\":null,\"block\":2,\"start\":0,\"end\":4}],\"related\":[],"
	"\"comments\":{\"count\":2147483648},\"images\":[{\"url\":\"https://example.org/a.jpg\",\"alt\":null,"
	"\"caption\":null,\"credit\":null,\"is_lead\":true}],\"parser\":\"generic\","
	"\"provenance\":{\"url\":\"input\",\"comments\":\"html\"}}";

/* ---- tests ---- */

static void test_escapes_indented(void **state)
{
	newsdoc_document *doc = build_escapes_document();

	(void)state;
	expect_export(NULL, doc, "json", 0, escapes_indented);
	newsdoc_document_free(doc);
}

static void test_escapes_compact(void **state)
{
	newsdoc_document *doc = build_escapes_document();

	(void)state;
	expect_export(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT, escapes_compact);
	newsdoc_document_free(doc);
}

static void test_values_indented(void **state)
{
	newsdoc_document *doc = build_values_document();

	(void)state;
	expect_export(NULL, doc, "json", 0, values_indented);
	newsdoc_document_free(doc);
}

static void test_values_compact(void **state)
{
	newsdoc_document *doc = build_values_document();

	(void)state;
	expect_export(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT, values_compact);
	newsdoc_document_free(doc);
}

/*
 * One character to escape at every position of plain text of every length
 * up to 40 bytes, after ASCII and after two-byte UTF-8: the exporter scans
 * for escapes several bytes at a time, and must find them wherever they
 * fall within or across those steps.
 */
static void test_escape_at_every_position(void **state)
{
	static const struct { char byte; const char *escaped; } specials[] = {
		{ '\x01', "\\u0001" }, { '\x1f', "\\u001F" }, { '\n', "\\n" },
		{ '"', "\\\"" }, { '\\', "\\\\" },
	};
	static const char *const fillers[] = { "a", "é" };
	size_t s, f, len, at;

	(void)state;
	for (s = 0; s < sizeof(specials) / sizeof(specials[0]); s++) {
		for (f = 0; f < 2; f++) {
			size_t filler_len = strlen(fillers[f]);
			for (len = 1; len * filler_len <= 40; len++) {
				for (at = 0; at < len; at++) {
					char title[64], expected[128];
					size_t t = 0, e, i;
					newsdoc_document *doc;
					char *json, *found;

					e = (size_t)snprintf(expected, sizeof(expected), "\"title\":\"");
					for (i = 0; i < len; i++) {
						if (i == at) {
							title[t++] = specials[s].byte;
							e += (size_t)snprintf(expected + e, sizeof(expected) - e, "%s", specials[s].escaped);
						} else {
							memcpy(title + t, fillers[f], filler_len);
							t += filler_len;
							e += (size_t)snprintf(expected + e, sizeof(expected) - e, "%s", fillers[f]);
						}
					}
					title[t] = '\0';
					snprintf(expected + e, sizeof(expected) - e, "\",");

					CHECK_OK(newsdoc_document_new(&doc));
					CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, title));
					json = export_to_string(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT);
					found = strstr(json, "\"title\":");
					assert_non_null(found);
					if (strncmp(found, expected, strlen(expected)) != 0)
						fail_msg("special %zu, filler %zu, length %zu, at %zu: %s", s, f, len, at, found);
					free(json);
					newsdoc_document_free(doc);
				}
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escapes_indented),
		cmocka_unit_test(test_escapes_compact),
		cmocka_unit_test(test_values_indented),
		cmocka_unit_test(test_values_compact),
		cmocka_unit_test(test_escape_at_every_position),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
