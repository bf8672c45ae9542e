/*
 * libnewsdoc: the document model, read side.
 *
 * A newsdoc_document is opaque. Getters return borrowed pointers that live
 * as long as the document (or until the item is changed through the
 * builder API). Strings are UTF-8, NUL-terminated and never contain a NUL
 * byte, so strlen() gives their length; the body-sized ones also have an
 * O(1) _len getter. A string getter returns NULL when the value is unknown;
 * unknown is never turned into an empty string or a zero.
 */
#ifndef NEWSDOC_DOCUMENT_H
#define NEWSDOC_DOCUMENT_H

#include "common.h"

NEWSDOC_BEGIN_DECL

typedef struct newsdoc_document newsdoc_document;
typedef struct newsdoc_author newsdoc_author;
typedef struct newsdoc_block newsdoc_block;
typedef struct newsdoc_quote newsdoc_quote;
typedef struct newsdoc_related newsdoc_related;
typedef struct newsdoc_image newsdoc_image;

/*
 * Document fields. The string fields come first; the list fields exist so
 * that provenance can be asked for them. Values are ABI: never renumbered;
 * fields added later are appended, whatever their kind (PAGE_TYPE, since
 * 1.1, is a string field after the list fields).
 */
typedef enum newsdoc_field {
	NEWSDOC_FIELD_URL = 0,
	NEWSDOC_FIELD_CANONICAL_URL = 1,
	NEWSDOC_FIELD_SITE_NAME = 2,
	NEWSDOC_FIELD_LANGUAGE = 3,
	NEWSDOC_FIELD_TITLE = 4,
	NEWSDOC_FIELD_SUBTITLE = 5,
	NEWSDOC_FIELD_DESCRIPTION = 6,
	NEWSDOC_FIELD_SECTION = 7,
	NEWSDOC_FIELD_PUBLISHED = 8,
	NEWSDOC_FIELD_MODIFIED = 9,
	NEWSDOC_FIELD_PARSER = 10,
	NEWSDOC_FIELD_TAGS = 11,
	NEWSDOC_FIELD_AUTHORS = 12,
	NEWSDOC_FIELD_BODY = 13,
	NEWSDOC_FIELD_QUOTES = 14,
	NEWSDOC_FIELD_RELATED = 15,
	NEWSDOC_FIELD_COMMENTS = 16,
	NEWSDOC_FIELD_IMAGES = 17,
	NEWSDOC_FIELD_PAGE_TYPE = 18
} newsdoc_field;

/* The string fields are NEWSDOC_FIELD_URL .. NEWSDOC_FIELD_LAST_STRING and
 * NEWSDOC_FIELD_PAGE_TYPE. */
#define NEWSDOC_FIELD_LAST_STRING NEWSDOC_FIELD_PARSER
#define NEWSDOC_FIELD_COUNT 19

/* The JSON key of a field ("canonical_url"), or NULL for an unknown value. */
NEWSDOC_EXTERN(const char *) newsdoc_field_name(int field);

/* ---- document ---- */

/* Free a document and everything borrowed from it. Accepts NULL. */
NEWSDOC_EXTERN(void) newsdoc_document_free(newsdoc_document *doc);

/* Any string field (NEWSDOC_FIELD_URL .. NEWSDOC_FIELD_PARSER,
 * NEWSDOC_FIELD_PAGE_TYPE) by number. */
NEWSDOC_EXTERN(const char *) newsdoc_document_get(const newsdoc_document *doc, int field);

NEWSDOC_EXTERN(const char *) newsdoc_document_url(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_canonical_url(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_site_name(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_language(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_title(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_subtitle(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_description(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_section(const newsdoc_document *doc);
/* ISO 8601, with the page's UTC offset when the page gave one. */
NEWSDOC_EXTERN(const char *) newsdoc_document_published(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_modified(const newsdoc_document *doc);
/* Id of the parser that produced the document ("generic", a plugin's id). */
NEWSDOC_EXTERN(const char *) newsdoc_document_parser(const newsdoc_document *doc);
/*
 * What kind of page the document came from: "article", "forum" (a
 * discussion thread), "product", "collection" (a category or archive page
 * of articles or products), "listing" (a page of entries: search results,
 * directories, events, jobs), "documentation" or "service" (a company's or
 * an organisation's page about what it offers); NULL when unknown. The
 * generic extractor always gives one; its provenance says how it was
 * found ("json-ld", "opengraph", "microdata", "classifier", "site-rule",
 * "plugin", "import"). Since 1.1.
 */
NEWSDOC_EXTERN(const char *) newsdoc_document_page_type(const newsdoc_document *doc);

/*
 * Where a field's value came from: "json-ld", "opengraph", "meta",
 * "microdata", "time", "rel-author", "byline", "html", "url",
 * "modified" (a publication date copied from the page's only stated
 * date, its last update), "text",
 * "classifier", "site-rule", "plugin", "import", "api" -- or NULL when
 * unset.
 */
NEWSDOC_EXTERN(const char *) newsdoc_document_provenance(const newsdoc_document *doc, int field);

/*
 * The body as plain text: block texts joined by blank lines (list items
 * and table rows one per line). Never NULL: "" for an empty body.
 */
NEWSDOC_EXTERN(const char *) newsdoc_document_text(const newsdoc_document *doc);
NEWSDOC_EXTERN(size_t) newsdoc_document_text_len(const newsdoc_document *doc);

NEWSDOC_EXTERN(size_t) newsdoc_document_tag_count(const newsdoc_document *doc);
NEWSDOC_EXTERN(const char *) newsdoc_document_tag_at(const newsdoc_document *doc, size_t i);

/* Comment count as stated by the page; -1 when the page does not say. */
NEWSDOC_EXTERN(long) newsdoc_document_comment_count(const newsdoc_document *doc);

/* List accessors: _at returns NULL when i >= count or doc is NULL. */
NEWSDOC_EXTERN(size_t) newsdoc_document_author_count(const newsdoc_document *doc);
NEWSDOC_EXTERN(const newsdoc_author *) newsdoc_document_author_at(const newsdoc_document *doc, size_t i);
NEWSDOC_EXTERN(size_t) newsdoc_document_block_count(const newsdoc_document *doc);
NEWSDOC_EXTERN(const newsdoc_block *) newsdoc_document_block_at(const newsdoc_document *doc, size_t i);
NEWSDOC_EXTERN(size_t) newsdoc_document_quote_count(const newsdoc_document *doc);
NEWSDOC_EXTERN(const newsdoc_quote *) newsdoc_document_quote_at(const newsdoc_document *doc, size_t i);
NEWSDOC_EXTERN(size_t) newsdoc_document_related_count(const newsdoc_document *doc);
NEWSDOC_EXTERN(const newsdoc_related *) newsdoc_document_related_at(const newsdoc_document *doc, size_t i);
NEWSDOC_EXTERN(size_t) newsdoc_document_image_count(const newsdoc_document *doc);
NEWSDOC_EXTERN(const newsdoc_image *) newsdoc_document_image_at(const newsdoc_document *doc, size_t i);

/* ---- authors ---- */

NEWSDOC_EXTERN(const char *) newsdoc_author_name(const newsdoc_author *author);
/* Job title as written ("Interim Executive Director"). */
NEWSDOC_EXTERN(const char *) newsdoc_author_role(const newsdoc_author *author);
/* Organisation the person writes for or belongs to ("Human Rights Watch"). */
NEWSDOC_EXTERN(const char *) newsdoc_author_affiliation(const newsdoc_author *author);
NEWSDOC_EXTERN(const char *) newsdoc_author_url(const newsdoc_author *author);

/*
 * What an author is: a person, or an organisation credited as the author
 * (the publisher, a news agency, "Staff", a desk). Values are ABI: never
 * renumbered. Since 1.2.
 *
 * UNKNOWN (0) is what nobody has said: an author made with
 * newsdoc_document_add_author, read from JSON without a "kind", or given by
 * a plugin that left it. The generic extractor gives every author of the
 * documents it makes a kind, PERSON unless the page says otherwise (a
 * JSON-LD or microdata Organization, the site's own name, a news agency, a
 * name that reads as a desk or a newsroom): a person is never turned into
 * an organisation on a guess, so an ORGANIZATION is one the page shows.
 * Organisations stay in the author list (some readers count the publisher
 * as the author); a reader that wants the people skips them.
 */
typedef enum newsdoc_author_kind_value {
	NEWSDOC_AUTHOR_UNKNOWN = 0,
	NEWSDOC_AUTHOR_PERSON = 1,
	NEWSDOC_AUTHOR_ORGANIZATION = 2
} newsdoc_author_kind_value;

/* How many author kinds there are: valid kinds are 0 to COUNT - 1. */
#define NEWSDOC_AUTHOR_KIND_COUNT 3

/* NEWSDOC_AUTHOR_UNKNOWN for NULL. Since 1.2. */
NEWSDOC_EXTERN(int) newsdoc_author_kind(const newsdoc_author *author);
/* "person", "organization" (the JSON values); NULL for UNKNOWN and any
 * other value. Since 1.2. */
NEWSDOC_EXTERN(const char *) newsdoc_author_kind_name(int kind);

/* ---- body blocks ---- */

/* Block types. Values are ABI: never renumbered. */
typedef enum newsdoc_block_kind {
	NEWSDOC_BLOCK_PARAGRAPH = 0,
	NEWSDOC_BLOCK_HEADING = 1,
	NEWSDOC_BLOCK_LIST = 2,
	NEWSDOC_BLOCK_BLOCKQUOTE = 3,
	NEWSDOC_BLOCK_PREFORMATTED = 4,
	NEWSDOC_BLOCK_TABLE = 5,
	NEWSDOC_BLOCK_FIGURE = 6
} newsdoc_block_kind;

/* How many block types there are: valid types are 0 to COUNT - 1, so a
 * table indexed by type can be sized and walked with it. A later release
 * may add types (and raise it) but never renumbers one. */
#define NEWSDOC_BLOCK_KIND_COUNT 7

/* "paragraph", "heading", "list", "blockquote", "preformatted", "table",
 * "figure"; NULL for an unknown value. */
NEWSDOC_EXTERN(const char *) newsdoc_block_type_name(int type);

NEWSDOC_EXTERN(int) newsdoc_block_type(const newsdoc_block *block);
/*
 * The block's text. Paragraph, heading, blockquote, preformatted: their
 * text. List: the items, one per line. Table: rows one per line, cells
 * separated by a tab. Figure: the caption. Never NULL ("" when empty).
 */
NEWSDOC_EXTERN(const char *) newsdoc_block_text(const newsdoc_block *block);
NEWSDOC_EXTERN(size_t) newsdoc_block_text_len(const newsdoc_block *block);
/* Heading level 1..6; 0 for other blocks. */
NEWSDOC_EXTERN(int) newsdoc_block_level(const newsdoc_block *block);
/* List: 1 when numbered (<ol>), else 0. */
NEWSDOC_EXTERN(int) newsdoc_block_ordered(const newsdoc_block *block);
/* List items. */
NEWSDOC_EXTERN(size_t) newsdoc_block_item_count(const newsdoc_block *block);
NEWSDOC_EXTERN(const char *) newsdoc_block_item_at(const newsdoc_block *block, size_t i);
/* Table rows and cells. */
NEWSDOC_EXTERN(size_t) newsdoc_block_row_count(const newsdoc_block *block);
NEWSDOC_EXTERN(size_t) newsdoc_block_cell_count(const newsdoc_block *block, size_t row);
NEWSDOC_EXTERN(const char *) newsdoc_block_cell_at(const newsdoc_block *block, size_t row, size_t col);
/* Figure: image URL, alternative text, caption and credit (NULL if unknown). */
NEWSDOC_EXTERN(const char *) newsdoc_block_image_url(const newsdoc_block *block);
NEWSDOC_EXTERN(const char *) newsdoc_block_image_alt(const newsdoc_block *block);
NEWSDOC_EXTERN(const char *) newsdoc_block_caption(const newsdoc_block *block);
NEWSDOC_EXTERN(const char *) newsdoc_block_credit(const newsdoc_block *block);

/* ---- quotes ---- */

/* The quoted words, without the quotation marks. */
NEWSDOC_EXTERN(const char *) newsdoc_quote_text(const newsdoc_quote *quote);
/* The speaker as written ("Ji Seong-ho", "the representative", "she"). */
NEWSDOC_EXTERN(const char *) newsdoc_quote_speaker(const newsdoc_quote *quote);
/* The full name the speaker mention refers to, when the article gives it. */
NEWSDOC_EXTERN(const char *) newsdoc_quote_speaker_resolved(const newsdoc_quote *quote);
/* The cue as written ("said", "stated", ":"). */
NEWSDOC_EXTERN(const char *) newsdoc_quote_cue(const newsdoc_quote *quote);
/* Index of the body block the quote starts in; -1 when unknown. */
NEWSDOC_EXTERN(long) newsdoc_quote_block(const newsdoc_quote *quote);
/* Offsets of the quoted text in that block's text, in Unicode code points
 * (start inclusive, end exclusive); -1 when unknown. */
NEWSDOC_EXTERN(long) newsdoc_quote_start(const newsdoc_quote *quote);
NEWSDOC_EXTERN(long) newsdoc_quote_end(const newsdoc_quote *quote);

/* ---- related items ---- */

NEWSDOC_EXTERN(const char *) newsdoc_related_title(const newsdoc_related *item);
NEWSDOC_EXTERN(const char *) newsdoc_related_url(const newsdoc_related *item);
NEWSDOC_EXTERN(const char *) newsdoc_related_author(const newsdoc_related *item);
NEWSDOC_EXTERN(const char *) newsdoc_related_summary(const newsdoc_related *item);
NEWSDOC_EXTERN(const char *) newsdoc_related_image(const newsdoc_related *item);

/* ---- images ---- */

NEWSDOC_EXTERN(const char *) newsdoc_image_url(const newsdoc_image *image);
NEWSDOC_EXTERN(const char *) newsdoc_image_alt(const newsdoc_image *image);
NEWSDOC_EXTERN(const char *) newsdoc_image_caption(const newsdoc_image *image);
NEWSDOC_EXTERN(const char *) newsdoc_image_credit(const newsdoc_image *image);
/* 1 for the article's lead image, else 0. */
NEWSDOC_EXTERN(int) newsdoc_image_is_lead(const newsdoc_image *image);

NEWSDOC_END_DECL

#endif
