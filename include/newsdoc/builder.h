/*
 * libnewsdoc: the document model, write side.
 *
 * Parsers, importers and tests build documents with these functions.
 * Every setter copies its string argument; NULL clears the value. Strings
 * must be valid UTF-8 without NUL bytes, else the call fails with
 * NEWSDOC_EINVAL and a message naming the field. Items handed out through
 * `out` parameters are owned by the document.
 */
#ifndef NEWSDOC_BUILDER_H
#define NEWSDOC_BUILDER_H

#include "document.h"

NEWSDOC_BEGIN_DECL

/* A new, empty document (every field unknown, comment count -1). */
NEWSDOC_EXTERN(int) newsdoc_document_new(newsdoc_document **out);

/* Set a string field (NEWSDOC_FIELD_URL .. NEWSDOC_FIELD_PARSER,
 * NEWSDOC_FIELD_PAGE_TYPE). A page type must be one of the names
 * newsdoc_document_page_type lists, else NEWSDOC_EINVAL. */
NEWSDOC_EXTERN(int) newsdoc_document_set(newsdoc_document *doc, int field, const char *value);

/* Record where a field's value came from (see newsdoc_document_provenance). */
NEWSDOC_EXTERN(int) newsdoc_document_set_provenance(newsdoc_document *doc, int field, const char *source);

NEWSDOC_EXTERN(int) newsdoc_document_add_tag(newsdoc_document *doc, const char *tag);

/* -1 (or any negative value) marks the count unknown. */
NEWSDOC_EXTERN(int) newsdoc_document_set_comment_count(newsdoc_document *doc, long count);

/* Authors: name is required. */
NEWSDOC_EXTERN(int) newsdoc_document_add_author(newsdoc_author **out, newsdoc_document *doc, const char *name);
NEWSDOC_EXTERN(int) newsdoc_author_set_name(newsdoc_author *author, const char *name);
NEWSDOC_EXTERN(int) newsdoc_author_set_role(newsdoc_author *author, const char *role);
NEWSDOC_EXTERN(int) newsdoc_author_set_affiliation(newsdoc_author *author, const char *affiliation);
NEWSDOC_EXTERN(int) newsdoc_author_set_url(newsdoc_author *author, const char *url);
/* A NEWSDOC_AUTHOR_* value (UNKNOWN clears it); any other is NEWSDOC_EINVAL.
 * Since 1.2. */
NEWSDOC_EXTERN(int) newsdoc_author_set_kind(newsdoc_author *author, int kind);

/*
 * Body blocks. `text` is `len` bytes (need not be NUL-terminated). For a
 * list or a table pass NULL/0 and add items or rows; for a figure the text
 * is its caption. Blocks are appended in document order.
 */
NEWSDOC_EXTERN(int) newsdoc_document_add_block(newsdoc_block **out, newsdoc_document *doc, int type, const char *text, size_t len);
NEWSDOC_EXTERN(int) newsdoc_block_set_level(newsdoc_block *block, int level);
NEWSDOC_EXTERN(int) newsdoc_block_set_ordered(newsdoc_block *block, int ordered);
NEWSDOC_EXTERN(int) newsdoc_block_add_item(newsdoc_block *block, const char *text, size_t len);
/* Start a new table row; cells are added to the last row. */
NEWSDOC_EXTERN(int) newsdoc_block_add_row(newsdoc_block *block);
NEWSDOC_EXTERN(int) newsdoc_block_add_cell(newsdoc_block *block, const char *text, size_t len);
NEWSDOC_EXTERN(int) newsdoc_block_set_image(newsdoc_block *block, const char *url, const char *alt);
NEWSDOC_EXTERN(int) newsdoc_block_set_caption(newsdoc_block *block, const char *caption);
NEWSDOC_EXTERN(int) newsdoc_block_set_credit(newsdoc_block *block, const char *credit);

/* Quotes: text is required. */
NEWSDOC_EXTERN(int) newsdoc_document_add_quote(newsdoc_quote **out, newsdoc_document *doc, const char *text);
NEWSDOC_EXTERN(int) newsdoc_quote_set_speaker(newsdoc_quote *quote, const char *speaker);
NEWSDOC_EXTERN(int) newsdoc_quote_set_speaker_resolved(newsdoc_quote *quote, const char *name);
NEWSDOC_EXTERN(int) newsdoc_quote_set_cue(newsdoc_quote *quote, const char *cue);
/* Block index and code point offsets; -1 for unknown. start <= end. */
NEWSDOC_EXTERN(int) newsdoc_quote_set_span(newsdoc_quote *quote, long block, long start, long end);

/* Related items: title or url (at least one) is required. */
NEWSDOC_EXTERN(int) newsdoc_document_add_related(newsdoc_related **out, newsdoc_document *doc, const char *title, const char *url);
NEWSDOC_EXTERN(int) newsdoc_related_set_title(newsdoc_related *item, const char *title);
NEWSDOC_EXTERN(int) newsdoc_related_set_url(newsdoc_related *item, const char *url);
NEWSDOC_EXTERN(int) newsdoc_related_set_author(newsdoc_related *item, const char *author);
NEWSDOC_EXTERN(int) newsdoc_related_set_summary(newsdoc_related *item, const char *summary);
NEWSDOC_EXTERN(int) newsdoc_related_set_image(newsdoc_related *item, const char *image_url);

/* Images: url is required. */
NEWSDOC_EXTERN(int) newsdoc_document_add_image(newsdoc_image **out, newsdoc_document *doc, const char *url);
NEWSDOC_EXTERN(int) newsdoc_image_set_alt(newsdoc_image *image, const char *alt);
NEWSDOC_EXTERN(int) newsdoc_image_set_caption(newsdoc_image *image, const char *caption);
NEWSDOC_EXTERN(int) newsdoc_image_set_credit(newsdoc_image *image, const char *credit);
NEWSDOC_EXTERN(int) newsdoc_image_set_lead(newsdoc_image *image, int is_lead);

NEWSDOC_END_DECL

#endif
