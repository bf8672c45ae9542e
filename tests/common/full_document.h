/*
 * The fully populated document of the schema dump tools (tests/schema/
 * dump_full.c, tests/xml/dump_xml.c): every field, every block type,
 * unknown values of every kind, and text that XML cannot carry as it is
 * (markup characters, CR, C0 controls, U+FFFF) or JSON must escape.
 * Include after dump_util.h (it uses check()).
 */
#ifndef FULL_DOCUMENT_H
#define FULL_DOCUMENT_H

#include <stdio.h>
#include <string.h>

#include <newsdoc.h>

static void add_text_block(newsdoc_document *doc, int type, const char *text)
{
	check(newsdoc_document_add_block(NULL, doc, type, text, strlen(text)), "add block");
}

static newsdoc_document *build_full_document(void)
{
	newsdoc_document *doc;
	newsdoc_author *author;
	newsdoc_block *block;
	newsdoc_quote *quote;
	newsdoc_related *related;
	newsdoc_image *image;
	int field;

	check(newsdoc_document_new(&doc), "newsdoc_document_new");
	for (field = 0; field <= NEWSDOC_FIELD_LAST_STRING; field++) {
		char value[96];
		snprintf(value, sizeof(value), "value of %s – ü <&> \"'", newsdoc_field_name(field));
		check(newsdoc_document_set(doc, field, value), "newsdoc_document_set");
	}
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_LANGUAGE, "en"), "set language");
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_PAGE_TYPE, "article"), "set page type");
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_PUBLISHED, "2025-05-21T15:42:10-04:00"), "set published");
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_MODIFIED, "2025-05-22T08:00:00Z"), "set modified");
	/* Known to be empty: an empty element, not an absent one. */
	check(newsdoc_document_set(doc, NEWSDOC_FIELD_SECTION, ""), "set section");
	check(newsdoc_document_add_tag(doc, "Korea"), "add tag");
	check(newsdoc_document_add_tag(doc, "]]> & <tag>"), "add tag");

	check(newsdoc_document_add_author(&author, doc, "Federico Borello"), "add author");
	check(newsdoc_author_set_role(author, "Interim Executive Director"), "author role");
	check(newsdoc_author_set_affiliation(author, "Human Rights Watch"), "author affiliation");
	check(newsdoc_author_set_url(author, "https://example.org/borello?a=1&b=2"), "author url");
	check(newsdoc_author_set_kind(author, NEWSDOC_AUTHOR_PERSON), "author kind");
	check(newsdoc_document_add_author(NULL, doc, "Ji Seong-ho"), "add author");

	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Heading", 7), "add heading");
	check(newsdoc_block_set_level(block, 3), "heading level");
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH, "“We urge every Member State to act,” said the representative.");
	/* Characters XML 1.0 cannot carry, and a CR that must survive. */
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH, "bell\a escape\x1b form\f end\xEF\xBF\xBF cr\r\nlf");
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH, "");
	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_LIST, NULL, 0), "add list");
	check(newsdoc_block_set_ordered(block, 1), "list ordered");
	check(newsdoc_block_add_item(block, "one", 3), "list item");
	check(newsdoc_block_add_item(block, "two", 3), "list item");
	check(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_LIST, NULL, 0), "add empty list");
	add_text_block(doc, NEWSDOC_BLOCK_BLOCKQUOTE, "Quoted.");
	add_text_block(doc, NEWSDOC_BLOCK_PREFORMATTED, "  a\n\tb  ");
	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_TABLE, NULL, 0), "add table");
	check(newsdoc_block_add_row(block), "table row");
	check(newsdoc_block_add_cell(block, "h1", 2), "table cell");
	check(newsdoc_block_add_cell(block, "h2", 2), "table cell");
	check(newsdoc_block_add_row(block), "table row");
	check(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_TABLE, NULL, 0), "add empty table");
	check(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0), "add figure");
	check(newsdoc_block_set_image(block, "https://example.org/a.jpg", "alt text"), "figure image");
	check(newsdoc_block_set_caption(block, "Caption"), "figure caption");
	check(newsdoc_block_set_credit(block, "Credit"), "figure credit");
	/* A figure with nothing known. */
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
	check(newsdoc_document_add_related(NULL, doc, NULL, "https://example.org/url-only"), "add related");

	/* Zero comments is a known count, written, unlike an unknown one. */
	check(newsdoc_document_set_comment_count(doc, 0), "comment count");

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

#endif
