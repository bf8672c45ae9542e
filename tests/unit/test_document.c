/*
 * The document model: builder and getters, including bad arguments.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "error_test_util.h"

static void test_new_document_is_empty(void **state)
{
	newsdoc_document *doc = NULL;
	int field;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_non_null(doc);
	for (field = 0; field <= NEWSDOC_FIELD_LAST_STRING; field++)
		assert_null(newsdoc_document_get(doc, field));
	for (field = 0; field < NEWSDOC_FIELD_COUNT; field++)
		assert_null(newsdoc_document_provenance(doc, field));
	assert_null(newsdoc_document_title(doc));
	assert_string_equal(newsdoc_document_text(doc), "");
	assert_int_equal(newsdoc_document_text_len(doc), 0);
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	assert_int_equal(newsdoc_document_author_count(doc), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 0);
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	assert_int_equal(newsdoc_document_related_count(doc), 0);
	assert_int_equal(newsdoc_document_image_count(doc), 0);
	assert_int_equal(newsdoc_document_tag_count(doc), 0);
	assert_null(newsdoc_document_author_at(doc, 0));
	assert_null(newsdoc_document_block_at(doc, 0));
	assert_null(newsdoc_document_quote_at(doc, 0));
	assert_null(newsdoc_document_related_at(doc, 0));
	assert_null(newsdoc_document_image_at(doc, 0));
	assert_null(newsdoc_document_tag_at(doc, 0));
	newsdoc_document_free(doc);
	newsdoc_document_free(NULL);
}

static void test_string_fields(void **state)
{
	static const struct {
		int field;
		const char *(*getter)(const newsdoc_document *);
		const char *name;
	} fields[] = {
		{ NEWSDOC_FIELD_URL, newsdoc_document_url, "url" },
		{ NEWSDOC_FIELD_CANONICAL_URL, newsdoc_document_canonical_url, "canonical_url" },
		{ NEWSDOC_FIELD_SITE_NAME, newsdoc_document_site_name, "site_name" },
		{ NEWSDOC_FIELD_LANGUAGE, newsdoc_document_language, "language" },
		{ NEWSDOC_FIELD_TITLE, newsdoc_document_title, "title" },
		{ NEWSDOC_FIELD_SUBTITLE, newsdoc_document_subtitle, "subtitle" },
		{ NEWSDOC_FIELD_DESCRIPTION, newsdoc_document_description, "description" },
		{ NEWSDOC_FIELD_SECTION, newsdoc_document_section, "section" },
		{ NEWSDOC_FIELD_PUBLISHED, newsdoc_document_published, "published" },
		{ NEWSDOC_FIELD_MODIFIED, newsdoc_document_modified, "modified" },
		{ NEWSDOC_FIELD_PARSER, newsdoc_document_parser, "parser" },
	};
	newsdoc_document *doc;
	size_t i;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		char value[64];
		snprintf(value, sizeof(value), "value of %s – ünïcode", fields[i].name);
		assert_string_equal(newsdoc_field_name(fields[i].field), fields[i].name);
		assert_int_equal(newsdoc_document_set(doc, fields[i].field, value), 0);
		assert_string_equal(fields[i].getter(doc), value);
		assert_string_equal(newsdoc_document_get(doc, fields[i].field), value);
		assert_null(fields[i].getter(NULL));
		assert_int_equal(newsdoc_document_set_provenance(doc, fields[i].field, "json-ld"), 0);
		assert_string_equal(newsdoc_document_provenance(doc, fields[i].field), "json-ld");
	}
	/* NULL clears; unknown stays unknown. */
	assert_int_equal(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, NULL), 0);
	assert_null(newsdoc_document_title(doc));
	assert_int_equal(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_TITLE, NULL), 0);
	assert_null(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE));
	/* List fields take provenance too. */
	assert_int_equal(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_AUTHORS, "byline"), 0);
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "byline");
	assert_string_equal(newsdoc_field_name(NEWSDOC_FIELD_IMAGES), "images");
	assert_null(newsdoc_field_name(NEWSDOC_FIELD_COUNT));
	assert_null(newsdoc_field_name(-1));
	assert_null(newsdoc_document_get(doc, NEWSDOC_FIELD_TAGS));
	assert_null(newsdoc_document_get(doc, -1));
	assert_null(newsdoc_document_provenance(doc, NEWSDOC_FIELD_COUNT));
	newsdoc_document_free(doc);
}

static void test_setter_errors(void **state)
{
	newsdoc_document *doc;
	(void)state;

	assert_error(newsdoc_document_new(NULL), NEWSDOC_EINVAL,
		"newsdoc_document_new: invalid argument 'out'");
	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_error(newsdoc_document_set(NULL, NEWSDOC_FIELD_TITLE, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_set: invalid argument 'doc'");
	assert_error(newsdoc_document_set(doc, NEWSDOC_FIELD_AUTHORS, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_set: field 12 is not a string field");
	assert_error(newsdoc_document_set(doc, 99, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_set: field 99 is not a string field");
	/* Invalid UTF-8: a lone continuation byte, an overlong slash, a surrogate. */
	assert_error(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "bad \x80 byte"), NEWSDOC_EINVAL,
		"title: value is not valid UTF-8 (or contains a NUL byte)");
	assert_error(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "\xC0\xAF"), NEWSDOC_EINVAL,
		"title: value is not valid UTF-8 (or contains a NUL byte)");
	assert_error(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "\xED\xA0\x80"), NEWSDOC_EINVAL,
		"title: value is not valid UTF-8 (or contains a NUL byte)");
	assert_error(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "\xF4\x90\x80\x80"), NEWSDOC_EINVAL,
		"title: value is not valid UTF-8 (or contains a NUL byte)");
	/* A failed set leaves the old value. */
	assert_int_equal(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "kept"), 0);
	assert_int_not_equal(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "\xFF"), 0);
	assert_string_equal(newsdoc_document_title(doc), "kept");
	assert_error(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_COUNT, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_set_provenance: unknown field 18");
	assert_error(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_TITLE, ""), NEWSDOC_EINVAL,
		"newsdoc_document_set_provenance: source of 'title' is empty");
	assert_error(newsdoc_document_set_provenance(NULL, NEWSDOC_FIELD_TITLE, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_set_provenance: invalid argument 'doc'");
	assert_error(newsdoc_document_add_tag(doc, NULL), NEWSDOC_EINVAL,
		"newsdoc_document_add_tag: invalid argument 'tag'");
	assert_error(newsdoc_document_add_tag(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_add_tag: invalid argument 'doc'");
	assert_error(newsdoc_document_set_comment_count(NULL, 1), NEWSDOC_EINVAL,
		"newsdoc_document_set_comment_count: invalid argument 'doc'");
	newsdoc_document_free(doc);
}

static void test_tags_and_comments(void **state)
{
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_document_add_tag(doc, "North Korea"), 0);
	assert_int_equal(newsdoc_document_add_tag(doc, "UN"), 0);
	assert_int_equal(newsdoc_document_tag_count(doc), 2);
	assert_string_equal(newsdoc_document_tag_at(doc, 0), "North Korea");
	assert_string_equal(newsdoc_document_tag_at(doc, 1), "UN");
	assert_null(newsdoc_document_tag_at(doc, 2));
	assert_int_equal(newsdoc_document_tag_count(NULL), 0);

	/* 0 is a value; negative means unknown. */
	assert_int_equal(newsdoc_document_set_comment_count(doc, 0), 0);
	assert_int_equal(newsdoc_document_comment_count(doc), 0);
	assert_int_equal(newsdoc_document_set_comment_count(doc, 12), 0);
	assert_int_equal(newsdoc_document_comment_count(doc), 12);
	assert_int_equal(newsdoc_document_set_comment_count(doc, -5), 0);
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	assert_int_equal(newsdoc_document_comment_count(NULL), -1);
	newsdoc_document_free(doc);
}

static void test_authors(void **state)
{
	newsdoc_document *doc;
	newsdoc_author *author;
	const newsdoc_author *read;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_document_add_author(&author, doc, "Federico Borello"), 0);
	assert_int_equal(newsdoc_author_set_role(author, "Interim Executive Director"), 0);
	assert_int_equal(newsdoc_author_set_affiliation(author, "Human Rights Watch"), 0);
	assert_int_equal(newsdoc_author_set_url(author, "https://example.org/people/fb"), 0);
	assert_int_equal(newsdoc_document_add_author(NULL, doc, "Second Person"), 0);
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	read = newsdoc_document_author_at(doc, 0);
	assert_ptr_equal(read, author);
	assert_string_equal(newsdoc_author_name(read), "Federico Borello");
	assert_string_equal(newsdoc_author_role(read), "Interim Executive Director");
	assert_string_equal(newsdoc_author_affiliation(read), "Human Rights Watch");
	assert_string_equal(newsdoc_author_url(read), "https://example.org/people/fb");
	read = newsdoc_document_author_at(doc, 1);
	assert_string_equal(newsdoc_author_name(read), "Second Person");
	assert_null(newsdoc_author_role(read));
	assert_null(newsdoc_author_affiliation(read));
	assert_null(newsdoc_author_url(read));
	assert_int_equal(newsdoc_author_set_name(author, "F. Borello"), 0);
	assert_string_equal(newsdoc_author_name(author), "F. Borello");
	assert_int_equal(newsdoc_author_set_role(author, NULL), 0);
	assert_null(newsdoc_author_role(author));

	assert_null(newsdoc_author_name(NULL));
	assert_null(newsdoc_author_role(NULL));
	assert_null(newsdoc_author_affiliation(NULL));
	assert_null(newsdoc_author_url(NULL));
	assert_error(newsdoc_document_add_author(&author, doc, NULL), NEWSDOC_EINVAL,
		"newsdoc_document_add_author: invalid argument 'name'");
	assert_null(author);
	assert_error(newsdoc_document_add_author(&author, NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_add_author: invalid argument 'doc'");
	assert_error(newsdoc_document_add_author(&author, doc, "\xC3"), NEWSDOC_EINVAL,
		"author name: value is not valid UTF-8 (or contains a NUL byte)");
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_error(newsdoc_author_set_name(newsdoc_document_author_at(NULL, 0) ? NULL : (newsdoc_author *)NULL, "x"),
		NEWSDOC_EINVAL, "newsdoc_author_set_name: invalid argument 'author'");
	assert_error(newsdoc_author_set_name((newsdoc_author *)newsdoc_document_author_at(doc, 0), NULL),
		NEWSDOC_EINVAL, "newsdoc_author_set_name: invalid argument 'name'");
	assert_error(newsdoc_author_set_role(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_author_set_role: invalid argument 'author'");
	assert_error(newsdoc_author_set_affiliation(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_author_set_affiliation: invalid argument 'author'");
	assert_error(newsdoc_author_set_url(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_author_set_url: invalid argument 'author'");
	newsdoc_document_free(doc);
}

static void test_blocks_and_text(void **state)
{
	newsdoc_document *doc;
	newsdoc_block *block;
	const newsdoc_block *read;
	int kind;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Background", 10), 0);
	assert_int_equal(newsdoc_block_level(block), 2);
	assert_int_equal(newsdoc_block_set_level(block, 3), 0);
	/* Text is taken by length: the rest of the buffer is not read. */
	assert_int_equal(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, "First para.XXX", 11), 0);
	assert_string_equal(newsdoc_document_text(doc), "Background\n\nFirst para.");

	assert_int_equal(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_LIST, NULL, 0), 0);
	assert_int_equal(newsdoc_block_set_ordered(block, 5), 0);
	assert_int_equal(newsdoc_block_add_item(block, "one", 3), 0);
	assert_int_equal(newsdoc_block_add_item(block, "two", 3), 0);
	assert_int_equal(newsdoc_block_ordered(block), 1);
	assert_int_equal(newsdoc_block_item_count(block), 2);
	assert_string_equal(newsdoc_block_item_at(block, 1), "two");
	assert_null(newsdoc_block_item_at(block, 2));
	assert_string_equal(newsdoc_block_text(block), "one\ntwo");

	assert_int_equal(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_TABLE, NULL, 0), 0);
	assert_error(newsdoc_block_add_cell(block, "x", 1), NEWSDOC_EINVAL,
		"newsdoc_block_add_cell: the table has no row; call newsdoc_block_add_row first");
	assert_int_equal(newsdoc_block_add_row(block), 0);
	assert_int_equal(newsdoc_block_add_cell(block, "Year", 4), 0);
	assert_int_equal(newsdoc_block_add_cell(block, "Count", 5), 0);
	assert_int_equal(newsdoc_block_add_row(block), 0);
	assert_int_equal(newsdoc_block_add_cell(block, "2020", 4), 0);
	assert_int_equal(newsdoc_block_add_cell(block, "600", 3), 0);
	assert_int_equal(newsdoc_block_row_count(block), 2);
	assert_int_equal(newsdoc_block_cell_count(block, 1), 2);
	assert_int_equal(newsdoc_block_cell_count(block, 2), 0);
	assert_string_equal(newsdoc_block_cell_at(block, 1, 0), "2020");
	assert_null(newsdoc_block_cell_at(block, 1, 2));
	assert_null(newsdoc_block_cell_at(block, 2, 0));
	assert_string_equal(newsdoc_block_text(block), "Year\tCount\n2020\t600");

	assert_int_equal(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_FIGURE, "A hall.", 7), 0);
	assert_string_equal(newsdoc_block_caption(block), "A hall.");
	assert_int_equal(newsdoc_block_set_image(block, "https://example.org/a.jpg", "The hall"), 0);
	assert_int_equal(newsdoc_block_set_credit(block, "Photo: UN"), 0);
	assert_int_equal(newsdoc_block_set_caption(block, "The General Assembly hall."), 0);
	assert_string_equal(newsdoc_block_image_url(block), "https://example.org/a.jpg");
	assert_string_equal(newsdoc_block_image_alt(block), "The hall");
	assert_string_equal(newsdoc_block_credit(block), "Photo: UN");
	assert_string_equal(newsdoc_block_caption(block), "The General Assembly hall.");
	assert_string_equal(newsdoc_block_text(block), "The General Assembly hall.");

	assert_int_equal(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_BLOCKQUOTE, "Quoted.", 7), 0);
	assert_int_equal(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PREFORMATTED, "a  b", 4), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 7);

	assert_string_equal(newsdoc_document_text(doc),
		"Background\n\nFirst para.\n\none\ntwo\n\nYear\tCount\n2020\t600\n\n"
		"The General Assembly hall.\n\nQuoted.\n\na  b");
	assert_int_equal(newsdoc_document_text_len(doc), strlen(newsdoc_document_text(doc)));

	read = newsdoc_document_block_at(doc, 0);
	assert_int_equal(newsdoc_block_type(read), NEWSDOC_BLOCK_HEADING);
	assert_int_equal(newsdoc_block_level(read), 3);
	assert_string_equal(newsdoc_block_text(read), "Background");
	assert_int_equal(newsdoc_block_text_len(read), 10);
	read = newsdoc_document_block_at(doc, 1);
	assert_int_equal(newsdoc_block_level(read), 0);
	assert_null(newsdoc_block_caption(read));
	assert_null(newsdoc_block_image_url(read));
	assert_string_equal(newsdoc_block_type_name(NEWSDOC_BLOCK_PREFORMATTED), "preformatted");
	/* Every type below the count has a name, none at or above it. */
	for (kind = 0; kind < NEWSDOC_BLOCK_KIND_COUNT; kind++)
		assert_non_null(newsdoc_block_type_name(kind));
	assert_int_equal(NEWSDOC_BLOCK_KIND_COUNT, NEWSDOC_BLOCK_FIGURE + 1);
	assert_null(newsdoc_block_type_name(NEWSDOC_BLOCK_KIND_COUNT));
	assert_null(newsdoc_block_type_name(-1));

	/* NULL blocks answer neutrally. */
	assert_int_equal(newsdoc_block_type(NULL), -1);
	assert_string_equal(newsdoc_block_text(NULL), "");
	assert_int_equal(newsdoc_block_text_len(NULL), 0);
	assert_int_equal(newsdoc_block_level(NULL), 0);
	assert_int_equal(newsdoc_block_ordered(NULL), 0);
	assert_int_equal(newsdoc_block_item_count(NULL), 0);
	assert_null(newsdoc_block_item_at(NULL, 0));
	assert_int_equal(newsdoc_block_row_count(NULL), 0);
	assert_int_equal(newsdoc_block_cell_count(NULL, 0), 0);
	assert_null(newsdoc_block_cell_at(NULL, 0, 0));
	assert_null(newsdoc_block_image_url(NULL));
	assert_null(newsdoc_block_image_alt(NULL));
	assert_null(newsdoc_block_caption(NULL));
	assert_null(newsdoc_block_credit(NULL));
	newsdoc_document_free(doc);
}

static void test_block_errors(void **state)
{
	newsdoc_document *doc;
	newsdoc_block *para, *list;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_error(newsdoc_document_add_block(&para, doc, 42, "x", 1), NEWSDOC_EINVAL,
		"newsdoc_document_add_block: unknown block type 42");
	assert_null(para);
	assert_error(newsdoc_document_add_block(&para, NULL, NEWSDOC_BLOCK_PARAGRAPH, "x", 1), NEWSDOC_EINVAL,
		"newsdoc_document_add_block: invalid argument 'doc'");
	assert_error(newsdoc_document_add_block(&para, doc, NEWSDOC_BLOCK_PARAGRAPH, NULL, 3), NEWSDOC_EINVAL,
		"newsdoc_document_add_block: invalid argument 'text'");
	assert_error(newsdoc_document_add_block(&para, doc, NEWSDOC_BLOCK_PARAGRAPH, "a\0b", 3), NEWSDOC_EINVAL,
		"block text: value is not valid UTF-8 (or contains a NUL byte)");
	assert_int_equal(newsdoc_document_block_count(doc), 0);

	assert_int_equal(newsdoc_document_add_block(&para, doc, NEWSDOC_BLOCK_PARAGRAPH, "p", 1), 0);
	assert_int_equal(newsdoc_document_add_block(&list, doc, NEWSDOC_BLOCK_LIST, NULL, 0), 0);
	assert_error(newsdoc_block_set_level(para, 2), NEWSDOC_EINVAL,
		"newsdoc_block_set_level: a paragraph block has no level");
	assert_error(newsdoc_block_set_ordered(para, 1), NEWSDOC_EINVAL,
		"newsdoc_block_set_ordered: a paragraph block is not a list");
	assert_error(newsdoc_block_add_item(para, "x", 1), NEWSDOC_EINVAL,
		"newsdoc_block_add_item: a paragraph block is not a list");
	assert_error(newsdoc_block_add_item(list, "\xE2\x82", 2), NEWSDOC_EINVAL,
		"list item: value is not valid UTF-8 (or contains a NUL byte)");
	assert_int_equal(newsdoc_block_item_count(list), 0);
	assert_error(newsdoc_block_add_row(list), NEWSDOC_EINVAL,
		"newsdoc_block_add_row: a list block is not a table");
	assert_error(newsdoc_block_add_cell(list, "x", 1), NEWSDOC_EINVAL,
		"newsdoc_block_add_cell: a list block is not a table");
	assert_error(newsdoc_block_set_image(para, "u", NULL), NEWSDOC_EINVAL,
		"newsdoc_block_set_image: a paragraph block is not a figure");
	assert_error(newsdoc_block_set_caption(para, "c"), NEWSDOC_EINVAL,
		"newsdoc_block_set_caption: a paragraph block is not a figure");
	assert_error(newsdoc_block_set_credit(para, "c"), NEWSDOC_EINVAL,
		"newsdoc_block_set_credit: a paragraph block is not a figure");
	assert_error(newsdoc_block_set_credit(NULL, "c"), NEWSDOC_EINVAL,
		"newsdoc_block_set_credit: invalid argument 'block'");
	assert_error(newsdoc_block_set_level(NULL, 1), NEWSDOC_EINVAL,
		"newsdoc_block_set_level: invalid argument 'block'");
	assert_error(newsdoc_block_set_ordered(NULL, 1), NEWSDOC_EINVAL,
		"newsdoc_block_set_ordered: invalid argument 'block'");
	assert_error(newsdoc_block_add_item(NULL, "x", 1), NEWSDOC_EINVAL,
		"newsdoc_block_add_item: invalid argument 'block'");
	assert_error(newsdoc_block_add_row(NULL), NEWSDOC_EINVAL,
		"newsdoc_block_add_row: invalid argument 'block'");
	assert_error(newsdoc_block_add_cell(NULL, "x", 1), NEWSDOC_EINVAL,
		"newsdoc_block_add_cell: invalid argument 'block'");
	assert_error(newsdoc_block_set_image(NULL, "u", NULL), NEWSDOC_EINVAL,
		"newsdoc_block_set_image: invalid argument 'block'");
	assert_error(newsdoc_block_set_caption(NULL, "c"), NEWSDOC_EINVAL,
		"newsdoc_block_set_caption: invalid argument 'block'");
	assert_int_equal(newsdoc_document_add_block(&para, doc, NEWSDOC_BLOCK_HEADING, "h", 1), 0);
	assert_error(newsdoc_block_set_level(para, 7), NEWSDOC_EINVAL,
		"newsdoc_block_set_level: level 7 is outside 1..6");
	newsdoc_document_free(doc);
}

static void test_quotes(void **state)
{
	newsdoc_document *doc;
	newsdoc_quote *quote;
	const newsdoc_quote *read;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_document_add_quote(&quote, doc, "Each time I hear people speak up for us"), 0);
	assert_int_equal(newsdoc_quote_block(quote), -1);
	assert_int_equal(newsdoc_quote_start(quote), -1);
	assert_int_equal(newsdoc_quote_end(quote), -1);
	assert_null(newsdoc_quote_speaker(quote));
	assert_int_equal(newsdoc_quote_set_speaker(quote, "Ji Seong-ho"), 0);
	assert_int_equal(newsdoc_quote_set_speaker_resolved(quote, "Ji Seong-ho"), 0);
	assert_int_equal(newsdoc_quote_set_cue(quote, ":"), 0);
	assert_int_equal(newsdoc_quote_set_span(quote, 6, 45, 142), 0);
	read = newsdoc_document_quote_at(doc, 0);
	assert_ptr_equal(read, quote);
	assert_string_equal(newsdoc_quote_text(read), "Each time I hear people speak up for us");
	assert_string_equal(newsdoc_quote_speaker(read), "Ji Seong-ho");
	assert_string_equal(newsdoc_quote_speaker_resolved(read), "Ji Seong-ho");
	assert_string_equal(newsdoc_quote_cue(read), ":");
	assert_int_equal(newsdoc_quote_block(read), 6);
	assert_int_equal(newsdoc_quote_start(read), 45);
	assert_int_equal(newsdoc_quote_end(read), 142);
	assert_int_equal(newsdoc_document_quote_count(doc), 1);

	assert_null(newsdoc_quote_text(NULL));
	assert_null(newsdoc_quote_speaker(NULL));
	assert_null(newsdoc_quote_speaker_resolved(NULL));
	assert_null(newsdoc_quote_cue(NULL));
	assert_int_equal(newsdoc_quote_block(NULL), -1);
	assert_int_equal(newsdoc_quote_start(NULL), -1);
	assert_int_equal(newsdoc_quote_end(NULL), -1);
	assert_error(newsdoc_quote_set_span(quote, 1, 10, 5), NEWSDOC_EINVAL,
		"newsdoc_quote_set_span: bad span (block 1, start 10, end 5)");
	assert_error(newsdoc_quote_set_span(quote, -2, 0, 0), NEWSDOC_EINVAL,
		"newsdoc_quote_set_span: bad span (block -2, start 0, end 0)");
	assert_int_equal(newsdoc_quote_start(quote), 45);
	assert_error(newsdoc_quote_set_span(NULL, 0, 0, 0), NEWSDOC_EINVAL,
		"newsdoc_quote_set_span: invalid argument 'quote'");
	assert_error(newsdoc_document_add_quote(&quote, doc, NULL), NEWSDOC_EINVAL,
		"newsdoc_document_add_quote: invalid argument 'text'");
	assert_error(newsdoc_document_add_quote(&quote, NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_document_add_quote: invalid argument 'doc'");
	assert_error(newsdoc_quote_set_speaker(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_quote_set_speaker: invalid argument 'quote'");
	assert_error(newsdoc_quote_set_speaker_resolved(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_quote_set_speaker_resolved: invalid argument 'quote'");
	assert_error(newsdoc_quote_set_cue(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_quote_set_cue: invalid argument 'quote'");
	newsdoc_document_free(doc);
}

static void test_related_and_images(void **state)
{
	newsdoc_document *doc;
	newsdoc_related *item;
	newsdoc_image *image;
	const newsdoc_related *r;
	const newsdoc_image *im;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_document_add_related(&item, doc, "Supreme Court rules", NULL), 0);
	assert_int_equal(newsdoc_related_set_url(item, "https://example.org/s/1"), 0);
	assert_int_equal(newsdoc_related_set_author(item, "Kevin D. Roberts"), 0);
	assert_int_equal(newsdoc_related_set_summary(item, "The Court has issued"), 0);
	assert_int_equal(newsdoc_related_set_image(item, "https://example.org/k.jpg"), 0);
	assert_int_equal(newsdoc_related_set_title(item, "Supreme Court rules against"), 0);
	assert_int_equal(newsdoc_document_add_related(NULL, doc, NULL, "https://example.org/s/2"), 0);
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	r = newsdoc_document_related_at(doc, 0);
	assert_string_equal(newsdoc_related_title(r), "Supreme Court rules against");
	assert_string_equal(newsdoc_related_url(r), "https://example.org/s/1");
	assert_string_equal(newsdoc_related_author(r), "Kevin D. Roberts");
	assert_string_equal(newsdoc_related_summary(r), "The Court has issued");
	assert_string_equal(newsdoc_related_image(r), "https://example.org/k.jpg");
	r = newsdoc_document_related_at(doc, 1);
	assert_null(newsdoc_related_title(r));
	assert_null(newsdoc_related_title(NULL));
	assert_null(newsdoc_related_url(NULL));
	assert_null(newsdoc_related_author(NULL));
	assert_null(newsdoc_related_summary(NULL));
	assert_null(newsdoc_related_image(NULL));
	assert_error(newsdoc_document_add_related(&item, doc, NULL, NULL), NEWSDOC_EINVAL,
		"newsdoc_document_add_related: a related item needs a title or a url");
	assert_error(newsdoc_document_add_related(&item, NULL, "t", NULL), NEWSDOC_EINVAL,
		"newsdoc_document_add_related: invalid argument 'doc'");
	assert_error(newsdoc_related_set_title(NULL, "t"), NEWSDOC_EINVAL,
		"newsdoc_related_set_title: invalid argument 'related'");
	assert_error(newsdoc_related_set_url(NULL, "t"), NEWSDOC_EINVAL,
		"newsdoc_related_set_url: invalid argument 'related'");
	assert_error(newsdoc_related_set_author(NULL, "t"), NEWSDOC_EINVAL,
		"newsdoc_related_set_author: invalid argument 'related'");
	assert_error(newsdoc_related_set_summary(NULL, "t"), NEWSDOC_EINVAL,
		"newsdoc_related_set_summary: invalid argument 'related'");
	assert_error(newsdoc_related_set_image(NULL, "t"), NEWSDOC_EINVAL,
		"newsdoc_related_set_image: invalid argument 'related'");

	assert_int_equal(newsdoc_document_add_image(&image, doc, "https://example.org/lead.jpg"), 0);
	assert_int_equal(newsdoc_image_set_alt(image, "The hall"), 0);
	assert_int_equal(newsdoc_image_set_caption(image, "Delegates in the hall"), 0);
	assert_int_equal(newsdoc_image_set_credit(image, "UN Photo"), 0);
	assert_int_equal(newsdoc_image_set_lead(image, 7), 0);
	assert_int_equal(newsdoc_document_add_image(NULL, doc, "https://example.org/2.jpg"), 0);
	im = newsdoc_document_image_at(doc, 0);
	assert_string_equal(newsdoc_image_url(im), "https://example.org/lead.jpg");
	assert_string_equal(newsdoc_image_alt(im), "The hall");
	assert_string_equal(newsdoc_image_caption(im), "Delegates in the hall");
	assert_string_equal(newsdoc_image_credit(im), "UN Photo");
	assert_int_equal(newsdoc_image_is_lead(im), 1);
	im = newsdoc_document_image_at(doc, 1);
	assert_int_equal(newsdoc_image_is_lead(im), 0);
	assert_null(newsdoc_image_alt(im));
	assert_int_equal(newsdoc_document_image_count(doc), 2);
	assert_null(newsdoc_image_url(NULL));
	assert_null(newsdoc_image_alt(NULL));
	assert_null(newsdoc_image_caption(NULL));
	assert_null(newsdoc_image_credit(NULL));
	assert_int_equal(newsdoc_image_is_lead(NULL), 0);
	assert_error(newsdoc_document_add_image(&image, doc, NULL), NEWSDOC_EINVAL,
		"newsdoc_document_add_image: invalid argument 'url'");
	assert_error(newsdoc_document_add_image(&image, NULL, "u"), NEWSDOC_EINVAL,
		"newsdoc_document_add_image: invalid argument 'doc'");
	assert_error(newsdoc_image_set_alt(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_image_set_alt: invalid argument 'image'");
	assert_error(newsdoc_image_set_caption(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_image_set_caption: invalid argument 'image'");
	assert_error(newsdoc_image_set_credit(NULL, "x"), NEWSDOC_EINVAL,
		"newsdoc_image_set_credit: invalid argument 'image'");
	assert_error(newsdoc_image_set_lead(NULL, 1), NEWSDOC_EINVAL,
		"newsdoc_image_set_lead: invalid argument 'image'");
	newsdoc_document_free(doc);
}

static void test_null_document_getters(void **state)
{
	(void)state;
	assert_null(newsdoc_document_canonical_url(NULL));
	assert_null(newsdoc_document_published(NULL));
	assert_null(newsdoc_document_provenance(NULL, NEWSDOC_FIELD_TITLE));
	assert_string_equal(newsdoc_document_text(NULL), "");
	assert_int_equal(newsdoc_document_text_len(NULL), 0);
	assert_int_equal(newsdoc_document_author_count(NULL), 0);
	assert_null(newsdoc_document_author_at(NULL, 0));
	assert_int_equal(newsdoc_document_block_count(NULL), 0);
	assert_int_equal(newsdoc_document_quote_count(NULL), 0);
	assert_int_equal(newsdoc_document_related_count(NULL), 0);
	assert_int_equal(newsdoc_document_image_count(NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_document_is_empty),
		cmocka_unit_test(test_string_fields),
		cmocka_unit_test(test_setter_errors),
		cmocka_unit_test(test_tags_and_comments),
		cmocka_unit_test(test_authors),
		cmocka_unit_test(test_blocks_and_text),
		cmocka_unit_test(test_block_errors),
		cmocka_unit_test(test_quotes),
		cmocka_unit_test(test_related_and_images),
		cmocka_unit_test(test_null_document_getters),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
