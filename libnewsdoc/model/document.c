/*
 * The document model, read side: getters and the document's lifetime.
 */
#include <string.h>

#include "document_impl.h"

static const char *const field_names[NEWSDOC_FIELD_COUNT] = {
	"url", "canonical_url", "site_name", "language", "title", "subtitle",
	"description", "section", "published", "modified", "parser", "tags",
	"authors", "body", "quotes", "related", "comments", "images", "page_type"
};

/* The vocabulary of NEWSDOC_FIELD_PAGE_TYPE, by enum newsdoc__page_type. */
static const char *const page_type_names[PAGE_TYPE_COUNT] = {
	"article", "forum", "product", "collection", "listing", "documentation", "service"
};

static const char *const block_type_names[NEWSDOC_BLOCK_KIND_COUNT] = {
	"paragraph", "heading", "list", "blockquote", "preformatted", "table", "figure"
};

const char *newsdoc_field_name(int field)
{
	if (field < 0 || field >= NEWSDOC_FIELD_COUNT)
		return NULL;
	return field_names[field];
}

int newsdoc__is_string_field(int field)
{
	return (field >= 0 && field <= NEWSDOC_FIELD_LAST_STRING) || field == NEWSDOC_FIELD_PAGE_TYPE;
}

const char *newsdoc__page_type_name(int type)
{
	if (type < 0 || type >= PAGE_TYPE_COUNT)
		return NULL;
	return page_type_names[type];
}

int newsdoc__page_type_from_name(const char *name)
{
	int type;

	for (type = 0; name && type < PAGE_TYPE_COUNT; type++)
		if (!strcmp(page_type_names[type], name))
			return type;
	return PAGE_TYPE_COUNT;
}

const char *newsdoc_block_type_name(int type)
{
	if (type < 0 || type >= NEWSDOC_BLOCK_KIND_COUNT)
		return NULL;
	return block_type_names[type];
}

int newsdoc__vec_push(newsdoc__vec *vec, void *item)
{
	if (vec->count == vec->cap) {
		size_t cap = vec->cap ? vec->cap * 2 : 4;
		void **items = newsdoc__realloc(vec->items, cap * sizeof(*items));
		if (!items)
			return newsdoc__error_oom();
		vec->items = items;
		vec->cap = cap;
	}
	vec->items[vec->count++] = item;
	return 0;
}

static void free_strings(newsdoc__vec *vec)
{
	size_t i;
	for (i = 0; i < vec->count; i++)
		newsdoc__free(vec->items[i]);
	newsdoc__free(vec->items);
}

static void free_block(newsdoc_block *block)
{
	newsdoc__block_parts *parts = block->parts;
	size_t i;

	if (parts) {
		free_strings(&parts->items);
		for (i = 0; i < parts->rows.count; i++) {
			newsdoc__row *row = parts->rows.items[i];
			free_strings(&row->cells);
			newsdoc__free(row);
		}
		newsdoc__free(parts->rows.items);
		newsdoc__free(parts->image_url);
		newsdoc__free(parts->image_alt);
		newsdoc__free(parts->caption);
		newsdoc__free(parts->credit);
		newsdoc__free(parts);
	}
	newsdoc__sb_free(&block->text);
	newsdoc__free(block);
}

int newsdoc__document_has_words(const newsdoc_document *doc)
{
	size_t i;

	for (i = 0; doc && i < doc->blocks.count; i++) {
		const newsdoc_block *block = doc->blocks.items[i];
		/* A captioned picture says something: a gallery stays a gallery. */
		if (block->type != NEWSDOC_BLOCK_FIGURE || (block->parts->caption && *block->parts->caption))
			return 1;
	}
	return 0;
}

void newsdoc__document_drop_blocks(newsdoc_document *doc, size_t first, size_t count)
{
	size_t i;

	if (!doc || first >= doc->blocks.count)
		return;
	if (count > doc->blocks.count - first)
		count = doc->blocks.count - first;
	for (i = first; i < first + count; i++)
		free_block(doc->blocks.items[i]);
	memmove(doc->blocks.items + first, doc->blocks.items + first + count,
		(doc->blocks.count - first - count) * sizeof(*doc->blocks.items));
	doc->blocks.count -= count;
	doc->text_stale = 1;
}

void newsdoc_document_free(newsdoc_document *doc)
{
	size_t i;

	if (!doc)
		return;
	for (i = 0; i < NEWSDOC_FIELD_COUNT; i++) {
		newsdoc__free(doc->strings[i]);
		newsdoc__free(doc->provenance[i]);
	}
	free_strings(&doc->tags);
	for (i = 0; i < doc->authors.count; i++) {
		newsdoc_author *a = doc->authors.items[i];
		newsdoc__free(a->name);
		newsdoc__free(a->role);
		newsdoc__free(a->affiliation);
		newsdoc__free(a->url);
		newsdoc__free(a);
	}
	newsdoc__free(doc->authors.items);
	for (i = 0; i < doc->blocks.count; i++)
		free_block(doc->blocks.items[i]);
	newsdoc__free(doc->blocks.items);
	for (i = 0; i < doc->quotes.count; i++) {
		newsdoc_quote *q = doc->quotes.items[i];
		newsdoc__free(q->text);
		newsdoc__free(q->speaker);
		newsdoc__free(q->speaker_resolved);
		newsdoc__free(q->cue);
		newsdoc__free(q);
	}
	newsdoc__free(doc->quotes.items);
	for (i = 0; i < doc->related.count; i++) {
		newsdoc_related *r = doc->related.items[i];
		newsdoc__free(r->title);
		newsdoc__free(r->url);
		newsdoc__free(r->author);
		newsdoc__free(r->summary);
		newsdoc__free(r->image);
		newsdoc__free(r);
	}
	newsdoc__free(doc->related.items);
	for (i = 0; i < doc->images.count; i++) {
		newsdoc_image *im = doc->images.items[i];
		newsdoc__free(im->url);
		newsdoc__free(im->alt);
		newsdoc__free(im->caption);
		newsdoc__free(im->credit);
		newsdoc__free(im);
	}
	newsdoc__free(doc->images.items);
	newsdoc__sb_free(&doc->text);
	newsdoc__free(doc);
}

const char *newsdoc_document_get(const newsdoc_document *doc, int field)
{
	if (!doc || !newsdoc__is_string_field(field))
		return NULL;
	return doc->strings[field];
}

const char *newsdoc_document_url(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_URL); }
const char *newsdoc_document_canonical_url(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_CANONICAL_URL); }
const char *newsdoc_document_site_name(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_SITE_NAME); }
const char *newsdoc_document_language(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_LANGUAGE); }
const char *newsdoc_document_title(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_TITLE); }
const char *newsdoc_document_subtitle(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_SUBTITLE); }
const char *newsdoc_document_description(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_DESCRIPTION); }
const char *newsdoc_document_section(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_SECTION); }
const char *newsdoc_document_published(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_PUBLISHED); }
const char *newsdoc_document_modified(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_MODIFIED); }
const char *newsdoc_document_parser(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_PARSER); }
const char *newsdoc_document_page_type(const newsdoc_document *doc) { return newsdoc_document_get(doc, NEWSDOC_FIELD_PAGE_TYPE); }

const char *newsdoc_document_provenance(const newsdoc_document *doc, int field)
{
	if (!doc || field < 0 || field >= NEWSDOC_FIELD_COUNT)
		return NULL;
	return doc->provenance[field];
}

/*
 * The derived text is rebuilt only when a block changed since the last
 * request. A document belongs to one thread at a time (DESIGN.md), so the
 * cache needs no lock even though the getter takes a const pointer.
 */
static void refresh_text(newsdoc_document *doc)
{
	size_t i;

	if (!doc->text_stale && doc->text.ptr)
		return;
	doc->text.len = 0;
	doc->text.failed = 0;
	for (i = 0; i < doc->blocks.count; i++) {
		const newsdoc_block *block = doc->blocks.items[i];
		if (!block->text.len)
			continue;
		if (doc->text.len)
			newsdoc__sb_put(&doc->text, "\n\n", 2);
		newsdoc__sb_put(&doc->text, block->text.ptr, block->text.len);
	}
	if (!doc->text.ptr)
		newsdoc__sb_grow(&doc->text, 0);
	if (doc->text.failed) {
		/* Out of memory: answer "" and try again next time. */
		newsdoc__sb_free(&doc->text);
		return;
	}
	doc->text_stale = 0;
}

const char *newsdoc_document_text(const newsdoc_document *doc)
{
	newsdoc_document *mutable_doc = (newsdoc_document *)doc;
	if (!doc)
		return "";
	refresh_text(mutable_doc);
	return doc->text.ptr ? doc->text.ptr : "";
}

size_t newsdoc_document_text_len(const newsdoc_document *doc)
{
	newsdoc_document *mutable_doc = (newsdoc_document *)doc;
	if (!doc)
		return 0;
	refresh_text(mutable_doc);
	return doc->text.ptr ? doc->text.len : 0;
}

#define LIST_ACCESSORS(noun, member, type) \
	size_t newsdoc_document_##noun##_count(const newsdoc_document *doc) \
	{ \
		return doc ? doc->member.count : 0; \
	} \
	const type *newsdoc_document_##noun##_at(const newsdoc_document *doc, size_t i) \
	{ \
		if (!doc || i >= doc->member.count) \
			return NULL; \
		return doc->member.items[i]; \
	}

LIST_ACCESSORS(tag, tags, char)
LIST_ACCESSORS(author, authors, newsdoc_author)
LIST_ACCESSORS(block, blocks, newsdoc_block)
LIST_ACCESSORS(quote, quotes, newsdoc_quote)
LIST_ACCESSORS(related, related, newsdoc_related)
LIST_ACCESSORS(image, images, newsdoc_image)

long newsdoc_document_comment_count(const newsdoc_document *doc)
{
	return doc ? doc->comment_count : -1;
}

#define STRING_GETTER(type, noun, member) \
	const char *newsdoc_##noun##_##member(const type *item) \
	{ \
		return item ? item->member : NULL; \
	}

STRING_GETTER(newsdoc_author, author, name)
STRING_GETTER(newsdoc_author, author, role)
STRING_GETTER(newsdoc_author, author, affiliation)
STRING_GETTER(newsdoc_author, author, url)

int newsdoc_author_kind(const newsdoc_author *author)
{
	return author ? author->kind : NEWSDOC_AUTHOR_UNKNOWN;
}

const char *newsdoc_author_kind_name(int kind)
{
	switch (kind) {
	case NEWSDOC_AUTHOR_PERSON: return "person";
	case NEWSDOC_AUTHOR_ORGANIZATION: return "organization";
	default: return NULL;
	}
}

STRING_GETTER(newsdoc_quote, quote, text)
STRING_GETTER(newsdoc_quote, quote, speaker)
STRING_GETTER(newsdoc_quote, quote, speaker_resolved)
STRING_GETTER(newsdoc_quote, quote, cue)

long newsdoc_quote_block(const newsdoc_quote *quote) { return quote ? quote->block : -1; }
long newsdoc_quote_start(const newsdoc_quote *quote) { return quote ? quote->start : -1; }
long newsdoc_quote_end(const newsdoc_quote *quote) { return quote ? quote->end : -1; }

STRING_GETTER(newsdoc_related, related, title)
STRING_GETTER(newsdoc_related, related, url)
STRING_GETTER(newsdoc_related, related, author)
STRING_GETTER(newsdoc_related, related, summary)
STRING_GETTER(newsdoc_related, related, image)

STRING_GETTER(newsdoc_image, image, url)
STRING_GETTER(newsdoc_image, image, alt)
STRING_GETTER(newsdoc_image, image, caption)
STRING_GETTER(newsdoc_image, image, credit)

int newsdoc_image_is_lead(const newsdoc_image *image)
{
	return image ? image->is_lead : 0;
}

/* ---- blocks ---- */

int newsdoc_block_type(const newsdoc_block *block) { return block ? block->type : -1; }
int newsdoc_block_level(const newsdoc_block *block) { return block ? block->level : 0; }
int newsdoc_block_ordered(const newsdoc_block *block) { return block && block->parts ? block->parts->ordered : 0; }

const char *newsdoc_block_text(const newsdoc_block *block)
{
	if (!block || !block->text.ptr)
		return "";
	return block->text.ptr;
}

size_t newsdoc_block_text_len(const newsdoc_block *block)
{
	return block ? block->text.len : 0;
}

size_t newsdoc_block_item_count(const newsdoc_block *block)
{
	return block && block->parts ? block->parts->items.count : 0;
}

const char *newsdoc_block_item_at(const newsdoc_block *block, size_t i)
{
	if (!block || !block->parts || i >= block->parts->items.count)
		return NULL;
	return block->parts->items.items[i];
}

size_t newsdoc_block_row_count(const newsdoc_block *block)
{
	return block && block->parts ? block->parts->rows.count : 0;
}

size_t newsdoc_block_cell_count(const newsdoc_block *block, size_t row)
{
	if (!block || !block->parts || row >= block->parts->rows.count)
		return 0;
	return ((const newsdoc__row *)block->parts->rows.items[row])->cells.count;
}

const char *newsdoc_block_cell_at(const newsdoc_block *block, size_t row, size_t col)
{
	const newsdoc__row *r;
	if (!block || !block->parts || row >= block->parts->rows.count)
		return NULL;
	r = block->parts->rows.items[row];
	if (col >= r->cells.count)
		return NULL;
	return r->cells.items[col];
}

/* A figure's parts; NULL for any other block. */
static const newsdoc__block_parts *figure_parts(const newsdoc_block *block)
{
	return block && block->type == NEWSDOC_BLOCK_FIGURE ? block->parts : NULL;
}

const char *newsdoc_block_image_url(const newsdoc_block *block)
{
	return figure_parts(block) ? figure_parts(block)->image_url : NULL;
}

const char *newsdoc_block_image_alt(const newsdoc_block *block)
{
	return figure_parts(block) ? figure_parts(block)->image_alt : NULL;
}

const char *newsdoc_block_caption(const newsdoc_block *block)
{
	return figure_parts(block) ? figure_parts(block)->caption : NULL;
}

const char *newsdoc_block_credit(const newsdoc_block *block)
{
	return figure_parts(block) ? figure_parts(block)->credit : NULL;
}
