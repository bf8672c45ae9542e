/*
 * Writes the JSON of a few documents for validate.py to check against
 * docs/newsdoc.schema.json: a fully populated one (every field, every block
 * type, unknown values of every kind), an empty one, the full one in
 * compact form, and the full one after an import round trip.
 *
 * Usage: dump_full OUTPUT_DIR   (prints the names of the files written)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsdoc.h>

#define DUMP_PROGRAM "dump_full"
#include "../common/dump_util.h"

static newsdoc_document *build_full(void)
{
	static const char paragraph[] = "“We urge every Member State to act,” said the representative.";
	newsdoc_document *doc;
	newsdoc_author *author;
	newsdoc_block *block;
	newsdoc_quote *quote;
	newsdoc_related *related;
	newsdoc_image *image;
	int field;

	check(newsdoc_document_new(&doc), "newsdoc_document_new");
	for (field = 0; field <= NEWSDOC_FIELD_LAST_STRING; field++) {
		char value[64];
		snprintf(value, sizeof(value), "value of %s – ü", newsdoc_field_name(field));
		check(newsdoc_document_set(doc, field, value), "newsdoc_document_set");
	}
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_LANGUAGE, "en"), "set language");
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_PAGE_TYPE, "article"), "set page type");
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_PUBLISHED, "2025-05-21T15:42:10-04:00"), "set published");
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_MODIFIED, "2025-05-22T08:00:00Z"), "set modified");
	check(newsdoc_document_add_tag(doc, "Korea"), "add tag");
	check(newsdoc_document_add_tag(doc, "UN"), "add tag");

	check(newsdoc_document_add_author(&author, doc, "Federico Borello"), "add author");
	check(newsdoc_author_set_role(author, "Interim Executive Director"), "author role");
	check(newsdoc_author_set_affiliation(author, "Human Rights Watch"), "author affiliation");
	check(newsdoc_author_set_url(author, "https://example.org/borello"), "author url");
	check(newsdoc_document_add_author(NULL, doc, "Ji Seong-ho"), "add author");

	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Heading", 7), "add heading");
	check(newsdoc_block_set_level(block, 3), "heading level");
	check(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, paragraph, strlen(paragraph)), "add paragraph");
	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_LIST, NULL, 0), "add list");
	check(newsdoc_block_set_ordered(block, 1), "list ordered");
	check(newsdoc_block_add_item(block, "one", 3), "list item");
	check(newsdoc_block_add_item(block, "two", 3), "list item");
	check(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_BLOCKQUOTE, "Quoted.", 7), "add blockquote");
	check(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PREFORMATTED, "a\n\tb", 4), "add preformatted");
	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_TABLE, NULL, 0), "add table");
	check(newsdoc_block_add_row(block), "table row");
	check(newsdoc_block_add_cell(block, "h1", 2), "table cell");
	check(newsdoc_block_add_cell(block, "h2", 2), "table cell");
	check(newsdoc_block_add_row(block), "table row");
	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0), "add figure");
	check(newsdoc_block_set_image(block, "https://example.org/a.jpg", "alt text"), "figure image");
	check(newsdoc_block_set_caption(block, "Caption"), "figure caption");
	check(newsdoc_block_set_credit(block, "Credit"), "figure credit");
	/* A figure with nothing known: image, alt, caption and credit null. */
	check(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0), "add bare figure");

	check(newsdoc_document_add_quote(&quote, doc, "We urge every Member State to act,"), "add quote");
	check(newsdoc_quote_set_speaker(quote, "the representative"), "quote speaker");
	check(newsdoc_quote_set_speaker_resolved(quote, "Jane Doe"), "quote resolved");
	check(newsdoc_quote_set_cue(quote, "said"), "quote cue");
	check(newsdoc_quote_set_span(quote, 1, 1, 35), "quote span");
	check(newsdoc_document_add_quote(NULL, doc, "Unplaced words"), "add quote");

	check(newsdoc_document_add_related(&related, doc, "Related", "https://example.org/r"), "add related");
	check(newsdoc_related_set_author(related, "Victoria Coates"), "related author");
	check(newsdoc_related_set_summary(related, "Summary."), "related summary");
	check(newsdoc_related_set_image(related, "https://example.org/r.jpg"), "related image");
	check(newsdoc_document_add_related(NULL, doc, "Title only", NULL), "add related");

	check(newsdoc_document_set_comment_count(doc, 12), "comment count");

	check(newsdoc_document_add_image(&image, doc, "https://example.org/a.jpg"), "add image");
	check(newsdoc_image_set_alt(image, "alt text"), "image alt");
	check(newsdoc_image_set_caption(image, "Caption"), "image caption");
	check(newsdoc_image_set_credit(image, "Credit"), "image credit");
	check(newsdoc_image_set_lead(image, 1), "image lead");
	check(newsdoc_document_add_image(NULL, doc, "https://example.org/b.png"), "add image");

	for (field = 0; field < NEWSDOC_FIELD_COUNT; field++)
		check(newsdoc_document_set_provenance(doc, field, "api"), "set provenance");
	return doc;
}

int main(int argc, char **argv)
{
	newsdoc_document *full, *empty, *copy;
	newsdoc_buf buf = NEWSDOC_BUF_INIT;

	if (argc != 2) {
		fprintf(stderr, "usage: dump_full OUTPUT_DIR\n");
		return 2;
	}
	full = build_full();
	check(newsdoc_document_new(&empty), "newsdoc_document_new");
	write_export(NULL, argv[1], "full.json", full, "json", 0);
	write_export(NULL, argv[1], "empty.json", empty, "json", 0);
	write_export(NULL, argv[1], "full-compact.json", full, "json", NEWSDOC_EXPORT_COMPACT);

	check(newsdoc_export(&buf, NULL, full, "json", NULL), "newsdoc_export");
	check(newsdoc_document_from_json(&copy, buf.ptr, buf.size), "newsdoc_document_from_json");
	newsdoc_buf_dispose(&buf);
	write_export(NULL, argv[1], "full-roundtrip.json", copy, "json", 0);

	newsdoc_document_free(copy);
	newsdoc_document_free(empty);
	newsdoc_document_free(full);
	return 0;
}
