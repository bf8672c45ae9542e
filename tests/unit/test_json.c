/*
 * JSON export and import: the exact shape written for an empty and for a
 * fully populated document, the byte-exact round trip, and every kind of
 * import error with its exact message.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <newsdoc.h>

#include "error_test_util.h"
#include "export_test_util.h"

/* ---- helpers ---- */

static newsdoc_document *import_json(const char *json)
{
	newsdoc_document *doc = NULL;
	int rc = newsdoc_document_from_json(&doc, json, strlen(json));
	if (rc != NEWSDOC_OK)
		fail_msg("import failed (%d): %s", rc, newsdoc_error_last()->message);
	assert_non_null(doc);
	return doc;
}

/* An import that must fail: checks the code, the message and that *out is NULL. */
static void expect_import_error(const char *json, int code, const char *message)
{
	newsdoc_document *doc = (newsdoc_document *)&doc; /* not NULL, to see it reset */
	int rc = newsdoc_document_from_json(&doc, json, strlen(json));

	assert_error(rc, code, message);
	assert_null(doc);
}

/* ---- documents ---- */

static const char empty_json[] =
	"{\n"
	"  \"url\": null,\n"
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
	"  \"body\": [],\n"
	"  \"text\": \"\",\n"
	"  \"quotes\": [],\n"
	"  \"related\": [],\n"
	"  \"comments\": {\n"
	"    \"count\": null\n"
	"  },\n"
	"  \"images\": [],\n"
	"  \"parser\": null,\n"
	"  \"provenance\": {}\n"
	"}";

/* Every field, every block type, both kinds of unknown (absent value,
 * -1 span), non-ASCII text and characters JSON must escape. */
static newsdoc_document *build_full_document(void)
{
	static const char preformatted[] = "line 1\n\tline 2";
	newsdoc_document *doc;
	newsdoc_author *author;
	newsdoc_block *block;
	newsdoc_quote *quote;
	newsdoc_related *related;
	newsdoc_image *image;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_URL, "https://example.org/news/2025/05/21/zurich-summit?ref=rss"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_CANONICAL_URL, "https://example.org/news/zurich-summit"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SITE_NAME, "Example News"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_LANGUAGE, "de-CH"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "Zürich summit: “We are not forgotten”"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SUBTITLE, "Delegates from 116 countries met"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_DESCRIPTION, "A \"summary\" with a back\\slash"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SECTION, "World"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_PAGE_TYPE, "forum"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_PUBLISHED, "2025-05-21T15:42:10-04:00"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_MODIFIED, "2025-05-22T08:00:00+02:00"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_PARSER, "generic"));
	CHECK_OK(newsdoc_document_add_tag(doc, "Human rights"));
	CHECK_OK(newsdoc_document_add_tag(doc, "지성호"));

	CHECK_OK(newsdoc_document_add_author(&author, doc, "Federico Borello"));
	CHECK_OK(newsdoc_author_set_role(author, "Interim Executive Director"));
	CHECK_OK(newsdoc_author_set_affiliation(author, "Human Rights Watch"));
	CHECK_OK(newsdoc_author_set_url(author, "https://example.org/authors/borello"));
	CHECK_OK(newsdoc_author_set_kind(author, NEWSDOC_AUTHOR_PERSON));
	CHECK_OK(newsdoc_document_add_author(NULL, doc, "Ji Seong-ho"));

	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Summit opens", 12));
	CHECK_OK(newsdoc_block_set_level(block, 1));
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH,
		"“We urge every Member State to act,” said the representative. 📰", strlen(
		"“We urge every Member State to act,” said the representative. 📰")));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_LIST, NULL, 0));
	CHECK_OK(newsdoc_block_set_ordered(block, 1));
	CHECK_OK(newsdoc_block_add_item(block, "First", 5));
	CHECK_OK(newsdoc_block_add_item(block, "Second", 6));
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_BLOCKQUOTE, "Change is possible.", 19));
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PREFORMATTED, preformatted, strlen(preformatted)));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_TABLE, NULL, 0));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_block_add_cell(block, "Country", 7));
	CHECK_OK(newsdoc_block_add_cell(block, "Votes", 5));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_block_add_cell(block, "Korea", 5));
	CHECK_OK(newsdoc_block_add_cell(block, "116", 3));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0));
	CHECK_OK(newsdoc_block_set_image(block, "https://example.org/img/hall.jpg", "The assembly hall"));
	CHECK_OK(newsdoc_block_set_caption(block, "The hall on May 20"));
	CHECK_OK(newsdoc_block_set_credit(block, "UN Photo"));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_LIST, NULL, 0));
	CHECK_OK(newsdoc_block_add_item(block, "Alpha", 5));

	CHECK_OK(newsdoc_document_add_quote(&quote, doc, "We urge every Member State to act,"));
	CHECK_OK(newsdoc_quote_set_speaker(quote, "the representative"));
	CHECK_OK(newsdoc_quote_set_cue(quote, "said"));
	CHECK_OK(newsdoc_quote_set_span(quote, 1, 1, 35));
	CHECK_OK(newsdoc_document_add_quote(&quote, doc, "Each time I hear people speak up for us"));
	CHECK_OK(newsdoc_quote_set_speaker(quote, "Ji Seong-ho"));
	CHECK_OK(newsdoc_quote_set_speaker_resolved(quote, "Ji Seong-ho"));
	CHECK_OK(newsdoc_quote_set_cue(quote, ":"));

	CHECK_OK(newsdoc_document_add_related(&related, doc, "Ceasefire praised", "https://example.org/news/ceasefire"));
	CHECK_OK(newsdoc_related_set_author(related, "Victoria Coates"));
	CHECK_OK(newsdoc_related_set_summary(related, "The ceasefire was brokered by the United States."));
	CHECK_OK(newsdoc_related_set_image(related, "https://example.org/img/ceasefire.jpg"));
	CHECK_OK(newsdoc_document_add_related(NULL, doc, NULL, "https://example.org/news/other"));

	/* 0 is a stated count, not an unknown one. */
	CHECK_OK(newsdoc_document_set_comment_count(doc, 0));

	CHECK_OK(newsdoc_document_add_image(&image, doc, "https://example.org/img/hall.jpg"));
	CHECK_OK(newsdoc_image_set_alt(image, "The assembly hall"));
	CHECK_OK(newsdoc_image_set_caption(image, "The hall on May 20"));
	CHECK_OK(newsdoc_image_set_credit(image, "UN Photo"));
	CHECK_OK(newsdoc_image_set_lead(image, 1));
	CHECK_OK(newsdoc_document_add_image(NULL, doc, "https://example.org/img/second.png"));

	/* Set out of field order: the export lists them by field number. */
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_BODY, "html"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_TITLE, "json-ld"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_PUBLISHED, "opengraph"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_AUTHORS, "byline"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_COMMENTS, "html"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_PAGE_TYPE, "classifier"));
	return doc;
}

static const char full_json[] =
	"{\n"
	"  \"url\": \"https://example.org/news/2025/05/21/zurich-summit?ref=rss\",\n"
	"  \"canonical_url\": \"https://example.org/news/zurich-summit\",\n"
	"  \"site_name\": \"Example News\",\n"
	"  \"language\": \"de-CH\",\n"
	"  \"title\": \"Zürich summit: “We are not forgotten”\",\n"
	"  \"subtitle\": \"Delegates from 116 countries met\",\n"
	"  \"description\": \"A \\\"summary\\\" with a back\\\\slash\",\n"
	"  \"section\": \"World\",\n"
	"  \"page_type\": \"forum\",\n"
	"  \"tags\": [\n"
	"    \"Human rights\",\n"
	"    \"지성호\"\n"
	"  ],\n"
	"  \"authors\": [\n"
	"    {\n"
	"      \"name\": \"Federico Borello\",\n"
	"      \"role\": \"Interim Executive Director\",\n"
	"      \"affiliation\": \"Human Rights Watch\",\n"
	"      \"url\": \"https://example.org/authors/borello\",\n"
	"      \"kind\": \"person\"\n"
	"    },\n"
	"    {\n"
	"      \"name\": \"Ji Seong-ho\",\n"
	"      \"role\": null,\n"
	"      \"affiliation\": null,\n"
	"      \"url\": null,\n"
	"      \"kind\": null\n"
	"    }\n"
	"  ],\n"
	"  \"published\": \"2025-05-21T15:42:10-04:00\",\n"
	"  \"modified\": \"2025-05-22T08:00:00+02:00\",\n"
	"  \"body\": [\n"
	"    {\n"
	"      \"type\": \"heading\",\n"
	"      \"text\": \"Summit opens\",\n"
	"      \"level\": 1\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"paragraph\",\n"
	"      \"text\": \"“We urge every Member State to act,” said the representative. 📰\"\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"list\",\n"
	"      \"text\": \"First\\nSecond\",\n"
	"      \"ordered\": true,\n"
	"      \"items\": [\n"
	"        \"First\",\n"
	"        \"Second\"\n"
	"      ]\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"blockquote\",\n"
	"      \"text\": \"Change is possible.\"\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"preformatted\",\n"
	"      \"text\": \"line 1\\n\\tline 2\"\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"table\",\n"
	"      \"text\": \"Country\\tVotes\\nKorea\\t116\",\n"
	"      \"rows\": [\n"
	"        [\n"
	"          \"Country\",\n"
	"          \"Votes\"\n"
	"        ],\n"
	"        [\n"
	"          \"Korea\",\n"
	"          \"116\"\n"
	"        ]\n"
	"      ]\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"figure\",\n"
	"      \"text\": \"The hall on May 20\",\n"
	"      \"image\": \"https://example.org/img/hall.jpg\",\n"
	"      \"alt\": \"The assembly hall\",\n"
	"      \"caption\": \"The hall on May 20\",\n"
	"      \"credit\": \"UN Photo\"\n"
	"    },\n"
	"    {\n"
	"      \"type\": \"list\",\n"
	"      \"text\": \"Alpha\",\n"
	"      \"ordered\": false,\n"
	"      \"items\": [\n"
	"        \"Alpha\"\n"
	"      ]\n"
	"    }\n"
	"  ],\n"
	"  \"text\": \"Summit opens\\n\\n“We urge every Member State to act,” said the representative. 📰"
	"\\n\\nFirst\\nSecond\\n\\nChange is possible.\\n\\nline 1\\n\\tline 2\\n\\nCountry\\tVotes\\nKorea\\t116"
	"\\n\\nThe hall on May 20\\n\\nAlpha\",\n"
	"  \"quotes\": [\n"
	"    {\n"
	"      \"text\": \"We urge every Member State to act,\",\n"
	"      \"speaker\": \"the representative\",\n"
	"      \"speaker_resolved\": null,\n"
	"      \"cue\": \"said\",\n"
	"      \"block\": 1,\n"
	"      \"start\": 1,\n"
	"      \"end\": 35\n"
	"    },\n"
	"    {\n"
	"      \"text\": \"Each time I hear people speak up for us\",\n"
	"      \"speaker\": \"Ji Seong-ho\",\n"
	"      \"speaker_resolved\": \"Ji Seong-ho\",\n"
	"      \"cue\": \":\",\n"
	"      \"block\": null,\n"
	"      \"start\": null,\n"
	"      \"end\": null\n"
	"    }\n"
	"  ],\n"
	"  \"related\": [\n"
	"    {\n"
	"      \"title\": \"Ceasefire praised\",\n"
	"      \"url\": \"https://example.org/news/ceasefire\",\n"
	"      \"author\": \"Victoria Coates\",\n"
	"      \"summary\": \"The ceasefire was brokered by the United States.\",\n"
	"      \"image\": \"https://example.org/img/ceasefire.jpg\"\n"
	"    },\n"
	"    {\n"
	"      \"title\": null,\n"
	"      \"url\": \"https://example.org/news/other\",\n"
	"      \"author\": null,\n"
	"      \"summary\": null,\n"
	"      \"image\": null\n"
	"    }\n"
	"  ],\n"
	"  \"comments\": {\n"
	"    \"count\": 0\n"
	"  },\n"
	"  \"images\": [\n"
	"    {\n"
	"      \"url\": \"https://example.org/img/hall.jpg\",\n"
	"      \"alt\": \"The assembly hall\",\n"
	"      \"caption\": \"The hall on May 20\",\n"
	"      \"credit\": \"UN Photo\",\n"
	"      \"is_lead\": true\n"
	"    },\n"
	"    {\n"
	"      \"url\": \"https://example.org/img/second.png\",\n"
	"      \"alt\": null,\n"
	"      \"caption\": null,\n"
	"      \"credit\": null,\n"
	"      \"is_lead\": false\n"
	"    }\n"
	"  ],\n"
	"  \"parser\": \"generic\",\n"
	"  \"provenance\": {\n"
	"    \"title\": \"json-ld\",\n"
	"    \"published\": \"opengraph\",\n"
	"    \"authors\": \"byline\",\n"
	"    \"body\": \"html\",\n"
	"    \"comments\": \"html\",\n"
	"    \"page_type\": \"classifier\"\n"
	"  }\n"
	"}";

/* ---- export ---- */

static void test_export_empty_document(void **state)
{
	newsdoc_document *doc;

	(void)state;
	CHECK_OK(newsdoc_document_new(&doc));
	expect_export(NULL, doc, "json", 0, empty_json);
	newsdoc_document_free(doc);
}

static void test_export_full_document(void **state)
{
	newsdoc_document *doc = build_full_document();

	(void)state;
	expect_export(NULL, doc, "json", 0, full_json);
	newsdoc_document_free(doc);
}

/* The public entry with no registry and no options: built-in "json", indented. */
static void test_export_public_entry_defaults(void **state)
{
	newsdoc_document *doc = build_full_document();
	newsdoc_buf buf = NEWSDOC_BUF_INIT;

	(void)state;
	CHECK_OK(newsdoc_export(&buf, NULL, doc, "json", NULL));
	assert_non_null(buf.ptr);
	assert_int_equal(buf.size, strlen(full_json));
	assert_memory_equal(buf.ptr, full_json, buf.size);
	newsdoc_buf_dispose(&buf);
	assert_null(buf.ptr);
	assert_int_equal(buf.size, 0);
	newsdoc_document_free(doc);
}

static void test_export_compact_is_one_line(void **state)
{
	newsdoc_document *doc;
	char *json;

	(void)state;
	CHECK_OK(newsdoc_document_new(&doc));
	json = export_to_string(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT);
	assert_string_equal(json,
		"{\"url\":null,\"canonical_url\":null,\"site_name\":null,\"language\":null,"
		"\"title\":null,\"subtitle\":null,\"description\":null,\"section\":null,\"page_type\":null,"
		"\"tags\":[],\"authors\":[],\"published\":null,\"modified\":null,\"body\":[],"
		"\"text\":\"\",\"quotes\":[],\"related\":[],\"comments\":{\"count\":null},"
		"\"images\":[],\"parser\":null,\"provenance\":{}}");
	free(json);
	newsdoc_document_free(doc);

	/* A full document too: its newlines and tabs are escaped, never raw. */
	doc = build_full_document();
	json = export_to_string(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT);
	assert_null(strchr(json, '\n'));
	assert_null(strchr(json, '\t'));
	assert_non_null(strstr(json, "\"comments\":{\"count\":0}"));
	free(json);
	newsdoc_document_free(doc);
}

/* Non-ASCII text is written as UTF-8, not as \u escapes, and reads back. */
static void test_utf8_survives(void **state)
{
	static const char title[] = "Zürich – 지성호 says “hello” 📰";
	newsdoc_document *doc, *copy;
	char *json;

	(void)state;
	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, title));
	json = export_to_string(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT);
	assert_non_null(strstr(json, "\"title\":\"Zürich – 지성호 says “hello” 📰\""));
	assert_null(strstr(json, "\\u"));
	copy = import_json(json);
	assert_string_equal(newsdoc_document_title(copy), title);
	free(json);
	newsdoc_document_free(copy);
	newsdoc_document_free(doc);

	/* \u escapes (a surrogate pair too) are decoded on import. */
	copy = import_json("{\"title\": \"Z\\u00fcrich \\ud83d\\udcf0\"}");
	assert_string_equal(newsdoc_document_title(copy), "Zürich 📰");
	newsdoc_document_free(copy);
}

/* ---- import ---- */

static void test_import_round_trip_is_exact(void **state)
{
	newsdoc_document *doc;
	char *json;

	(void)state;
	doc = import_json(full_json);
	expect_export(NULL, doc, "json", 0, full_json);

	/* Through the compact form as well. */
	json = export_to_string(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT);
	newsdoc_document_free(doc);
	doc = import_json(json);
	expect_export(NULL, doc, "json", NEWSDOC_EXPORT_COMPACT, json);
	free(json);
	newsdoc_document_free(doc);

	doc = import_json(empty_json);
	json = export_to_string(NULL, doc, "json", 0);
	assert_string_equal(json, empty_json);
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	free(json);
	newsdoc_document_free(doc);
}

/* A UTF-8 byte order mark before the JSON (Windows editors write one) is
 * skipped, as RFC 8259 allows; the document is the same. */
static void test_import_byte_order_mark(void **state)
{
	size_t len = strlen(full_json);
	char *with_mark = malloc(len + 4);
	newsdoc_document *doc = NULL;

	(void)state;
	assert_non_null(with_mark);
	memcpy(with_mark, "\xEF\xBB\xBF", 3);
	memcpy(with_mark + 3, full_json, len + 1);
	CHECK_OK(newsdoc_document_from_json(&doc, with_mark, len + 3));
	expect_export(NULL, doc, "json", 0, full_json);
	newsdoc_document_free(doc);
	free(with_mark);
}

/* The imported model, checked through the getters rather than re-export. */
static void test_import_fills_the_model(void **state)
{
	newsdoc_document *doc;
	const newsdoc_block *block;
	const newsdoc_quote *quote;

	(void)state;
	doc = import_json(full_json);
	assert_string_equal(newsdoc_document_title(doc), "Zürich summit: “We are not forgotten”");
	assert_string_equal(newsdoc_document_description(doc), "A \"summary\" with a back\\slash");
	assert_int_equal(newsdoc_document_tag_count(doc), 2);
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_null(newsdoc_author_role(newsdoc_document_author_at(doc, 1)));
	assert_int_equal(newsdoc_document_block_count(doc), 8);
	block = newsdoc_document_block_at(doc, 5);
	assert_int_equal(newsdoc_block_type(block), NEWSDOC_BLOCK_TABLE);
	assert_int_equal(newsdoc_block_row_count(block), 2);
	assert_string_equal(newsdoc_block_cell_at(block, 1, 1), "116");
	block = newsdoc_document_block_at(doc, 6);
	assert_string_equal(newsdoc_block_credit(block), "UN Photo");
	quote = newsdoc_document_quote_at(doc, 1);
	assert_int_equal(newsdoc_quote_block(quote), -1);
	assert_int_equal(newsdoc_quote_end(newsdoc_document_quote_at(doc, 0)), 35);
	assert_int_equal(newsdoc_document_comment_count(doc), 0);
	assert_true(newsdoc_image_is_lead(newsdoc_document_image_at(doc, 0)));
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "byline");
	assert_null(newsdoc_document_provenance(doc, NEWSDOC_FIELD_URL));
	assert_string_equal(newsdoc_document_page_type(doc), "forum");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PAGE_TYPE), "classifier");
	newsdoc_document_free(doc);
}

/* Unknown keys (a newer writer, the CLI's "source") are ignored, missing
 * keys are unknown, and the derived "text" is rebuilt, not trusted. */
static void test_import_is_lenient_where_safe(void **state)
{
	newsdoc_document *doc;

	(void)state;
	doc = import_json("{\"source\": \"a.html\", \"x-future\": {\"a\": [1]}, \"title\": \"T\","
		" \"text\": \"not this\", \"body\": [{\"type\": \"paragraph\", \"text\": \"P\", \"extra\": 1}],"
		" \"provenance\": {\"title\": \"meta\", \"no_such_field\": \"x\"}}");
	assert_string_equal(newsdoc_document_title(doc), "T");
	assert_string_equal(newsdoc_document_text(doc), "P");
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	assert_int_equal(newsdoc_block_level(newsdoc_document_block_at(doc, 0)), 0);
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "meta");
	newsdoc_document_free(doc);
}

static void test_import_invalid_json(void **state)
{
	(void)state;
	expect_import_error("{\"title\": }", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 11: a value expected, found '}'");
	expect_import_error("{\"title\": \"a\"}\n{", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 2, column 1: end of input expected");
	expect_import_error("[]", NEWSDOC_EPARSE, "JSON import: the top level must be an object");
}

/* The reader is ours (libnewsdoc/json/json_parse.c): strict RFC 8259. */
static void test_import_strict_json(void **state)
{
	(void)state;
	expect_import_error("{\"title\": \"a\",}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 15: a string key expected");
	expect_import_error("{\"title\": 'a'}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 11: a value expected, found '''");
	expect_import_error("{\"title\": \"a\\u0000b\"}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 19: \\u0000 in a string");
	expect_import_error("{\"title\": \"\\ud800\"}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 18: a high surrogate without its low surrogate");
	expect_import_error("{\"title\": \"a\tb\"}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 13: control character in a string");
	expect_import_error("{\"title\": \"\xC3\"}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 14: a string is not valid UTF-8");
	expect_import_error("{\"comments\": {\"count\": 01}}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 25: invalid number");
	expect_import_error("{\"title\": \"a\"", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 14: unexpected end of input");
	expect_import_error("{\"title\": tru}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 11: invalid token");
	expect_import_error("{\"title\": nullx}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 11: invalid token");
}

static void test_import_deep_nesting(void **state)
{
	char deep[4200];
	size_t i, n = 0;
	(void)state;
	/* 600 levels of arrays inside "tags": over the 512 limit, refused
	 * without recursion (the reader keeps its own stack). */
	n += (size_t)sprintf(deep, "{\"tags\": ");
	for (i = 0; i < 600; i++)
		deep[n++] = '[';
	for (i = 0; i < 600; i++)
		deep[n++] = ']';
	deep[n++] = '}';
	deep[n] = '\0';
	expect_import_error(deep, NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 521: nested too deep");
}

static void test_import_duplicate_keys(void **state)
{
	(void)state;
	expect_import_error("{\"title\": \"a\", \"title\": \"b\"}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 16: duplicate object key \"title\"");
	expect_import_error("{\"authors\": [{\"name\": \"a\", \"name\": \"b\"}]}", NEWSDOC_EPARSE,
		"JSON import: invalid JSON at line 1, column 28: duplicate object key \"name\"");
}

static void test_import_wrong_types(void **state)
{
	(void)state;
	expect_import_error("{\"title\": 42}", NEWSDOC_EPARSE,
		"JSON import: \"title\" must be a string or null");
	expect_import_error("{\"authors\": {\"name\": \"A\"}}", NEWSDOC_EPARSE,
		"JSON import: \"authors\" must be an array");
	expect_import_error("{\"authors\": [{\"name\": \"A\"}, {\"role\": \"Editor\"}]}", NEWSDOC_EPARSE,
		"JSON import: \"authors[1].name\" must be a string");
	expect_import_error("{\"authors\": [\"A\"]}", NEWSDOC_EPARSE,
		"JSON import: \"authors[0]\" must be an object");
	expect_import_error("{\"tags\": [\"a\", 2]}", NEWSDOC_EPARSE,
		"JSON import: \"tags[1]\" must be a string");
	expect_import_error("{\"body\": [{\"type\": \"aside\"}]}", NEWSDOC_EPARSE,
		"JSON import: \"body[0].type\" must be one of \"paragraph\", \"heading\", \"list\", "
		"\"blockquote\", \"preformatted\", \"table\", \"figure\"");
	expect_import_error("{\"body\": [{\"type\": \"heading\", \"text\": \"H\", \"level\": 9}]}", NEWSDOC_EPARSE,
		"JSON import: \"body[0].level\" must be an integer from 1 to 6");
	expect_import_error("{\"body\": [{\"type\": \"list\", \"ordered\": 1}]}", NEWSDOC_EPARSE,
		"JSON import: \"body[0].ordered\" must be true or false");
	expect_import_error("{\"body\": [{\"type\": \"table\", \"rows\": [[\"a\"], [\"b\", 3]]}]}", NEWSDOC_EPARSE,
		"JSON import: \"body[0].rows[1][1]\" must be a string");
	expect_import_error("{\"quotes\": [{\"text\": \"q\", \"start\": -2}]}", NEWSDOC_EPARSE,
		"JSON import: \"quotes[0].start\" must be a non-negative integer or null");
	expect_import_error("{\"related\": [{\"author\": \"A\"}]}", NEWSDOC_EPARSE,
		"JSON import: \"related[0]\" needs a \"title\" or a \"url\" string");
	expect_import_error("{\"comments\": {\"count\": \"12\"}}", NEWSDOC_EPARSE,
		"JSON import: \"comments.count\" must be a non-negative integer or null");
	expect_import_error("{\"images\": [{\"url\": \"u\", \"is_lead\": \"yes\"}]}", NEWSDOC_EPARSE,
		"JSON import: \"images[0].is_lead\" must be true or false");
	expect_import_error("{\"provenance\": []}", NEWSDOC_EPARSE,
		"JSON import: \"provenance\" must be an object");
}

/* Values of the right type that the model refuses: the builder's reason
 * comes through, prefixed with where the value was. */
static void test_import_values_the_model_refuses(void **state)
{
	(void)state;
	expect_import_error("{\"quotes\": [{\"text\": \"q\", \"block\": 0, \"start\": 5, \"end\": 2}]}",
		NEWSDOC_EPARSE,
		"JSON import: \"quotes[0]\": newsdoc_quote_set_span: bad span (block 0, start 5, end 2)");
	expect_import_error("{\"page_type\": \"blog\"}", NEWSDOC_EPARSE,
		"JSON import: \"page_type\": page_type: the value is not a page type (article, forum, product, "
		"collection, listing, documentation, service)");
	expect_import_error("{\"page_type\": 3}", NEWSDOC_EPARSE,
		"JSON import: \"page_type\" must be a string or null");
	expect_import_error("{\"provenance\": {\"title\": \"\"}}", NEWSDOC_EPARSE,
		"JSON import: \"provenance.title\": newsdoc_document_set_provenance: source of 'title' is empty");
}

static void test_import_bad_arguments(void **state)
{
	static const char json[] = "{}";
	newsdoc_document *doc = (newsdoc_document *)&doc;

	(void)state;
	assert_int_equal(newsdoc_document_from_json(NULL, json, 2), NEWSDOC_EINVAL);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_document_from_json: invalid argument 'out'");

	assert_int_equal(newsdoc_document_from_json(&doc, NULL, 2), NEWSDOC_EINVAL);
	assert_null(doc);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_document_from_json: invalid argument 'data'");

	doc = (newsdoc_document *)&doc;
	assert_int_equal(newsdoc_document_from_json(&doc, json, 0), NEWSDOC_EINVAL);
	assert_null(doc);
	assert_int_equal(newsdoc_error_last()->code, NEWSDOC_EINVAL);
	assert_string_equal(newsdoc_error_last()->message,
		"newsdoc_document_from_json: invalid argument 'len': the input is empty");

	/* Only `len` bytes are read: the rest of the string is not JSON. */
	assert_int_equal(newsdoc_document_from_json(&doc, "{}garbage", 2), NEWSDOC_OK);
	assert_non_null(doc);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_export_empty_document),
		cmocka_unit_test(test_export_full_document),
		cmocka_unit_test(test_export_public_entry_defaults),
		cmocka_unit_test(test_export_compact_is_one_line),
		cmocka_unit_test(test_utf8_survives),
		cmocka_unit_test(test_import_round_trip_is_exact),
		cmocka_unit_test(test_import_byte_order_mark),
		cmocka_unit_test(test_import_fills_the_model),
		cmocka_unit_test(test_import_is_lenient_where_safe),
		cmocka_unit_test(test_import_invalid_json),
		cmocka_unit_test(test_import_duplicate_keys),
		cmocka_unit_test(test_import_strict_json),
		cmocka_unit_test(test_import_deep_nesting),
		cmocka_unit_test(test_import_wrong_types),
		cmocka_unit_test(test_import_values_the_model_refuses),
		cmocka_unit_test(test_import_bad_arguments),
	};
	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
