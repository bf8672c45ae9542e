/*
 * The document model, write side. Every setter validates its input
 * (strict UTF-8, no NUL) so that readers never see a malformed string, and
 * leaves the document unchanged when it fails.
 */
#include <string.h>

#include "document_impl.h"

#define CHECK_ARG(cond, fn, arg) \
	do { if (!(cond)) return newsdoc__error_arg(fn, arg); } while (0)

/* Replace *slot with a checked copy of value (NULL clears). */
static int set_string_len(char **slot, const char *value, size_t len, const char *what)
{
	char *copy = NULL;

	if (value) {
		if (!newsdoc__utf8_valid(value, len))
			return newsdoc__error_set(NEWSDOC_EINVAL,
				"%s: value is not valid UTF-8 (or contains a NUL byte)", what);
		if (!(copy = newsdoc__strndup(value, len)))
			return newsdoc__error_oom();
	}
	newsdoc__free(*slot);
	*slot = copy;
	return 0;
}

int newsdoc__set_string(char **slot, const char *value, const char *what)
{
	return set_string_len(slot, value, value ? strlen(value) : 0, what);
}

int newsdoc_document_new(newsdoc_document **out)
{
	newsdoc_document *doc;

	CHECK_ARG(out, "newsdoc_document_new", "out");
	*out = NULL;
	if (!(doc = newsdoc__calloc(1, sizeof(*doc))))
		return newsdoc__error_oom();
	doc->comment_count = -1;
	doc->text_stale = 1;
	*out = doc;
	return 0;
}

int newsdoc_document_set(newsdoc_document *doc, int field, const char *value)
{
	const char *name = newsdoc_field_name(field);

	CHECK_ARG(doc, "newsdoc_document_set", "doc");
	if (!newsdoc__is_string_field(field))
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_document_set: field %d is not a string field", field);
	/* A closed vocabulary: readers may switch on the name. */
	if (field == NEWSDOC_FIELD_PAGE_TYPE && value && newsdoc__page_type_from_name(value) == PAGE_TYPE_COUNT)
		return newsdoc__error_set(NEWSDOC_EINVAL, "page_type: the value is not a page type (article, forum, "
			"product, collection, listing, documentation, service)");
	return newsdoc__set_string(&doc->strings[field], value, name);
}

int newsdoc_document_set_provenance(newsdoc_document *doc, int field, const char *source)
{
	CHECK_ARG(doc, "newsdoc_document_set_provenance", "doc");
	if (field < 0 || field >= NEWSDOC_FIELD_COUNT)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_document_set_provenance: unknown field %d", field);
	if (source && !*source)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_document_set_provenance: source of '%s' is empty", newsdoc_field_name(field));
	return newsdoc__set_string(&doc->provenance[field], source, "provenance");
}

/* Push a checked copy of (value, len) onto a string list. */
static int push_string(newsdoc__vec *vec, const char *value, size_t len, const char *what)
{
	char *copy = NULL;
	int error;

	if ((error = set_string_len(&copy, value, len, what)) != 0)
		return error;
	if ((error = newsdoc__vec_push(vec, copy)) != 0)
		newsdoc__free(copy);
	return error;
}

int newsdoc_document_add_tag(newsdoc_document *doc, const char *tag)
{
	CHECK_ARG(doc, "newsdoc_document_add_tag", "doc");
	CHECK_ARG(tag, "newsdoc_document_add_tag", "tag");
	return push_string(&doc->tags, tag, strlen(tag), "tag");
}

int newsdoc_document_set_comment_count(newsdoc_document *doc, long count)
{
	CHECK_ARG(doc, "newsdoc_document_set_comment_count", "doc");
	doc->comment_count = count < 0 ? -1 : count;
	return 0;
}

/* ---- authors ---- */

int newsdoc_document_add_author(newsdoc_author **out, newsdoc_document *doc, const char *name)
{
	newsdoc_author *author;
	int error;

	if (out)
		*out = NULL;
	CHECK_ARG(doc, "newsdoc_document_add_author", "doc");
	CHECK_ARG(name, "newsdoc_document_add_author", "name");
	if (!(author = newsdoc__calloc(1, sizeof(*author))))
		return newsdoc__error_oom();
	if ((error = newsdoc__set_string(&author->name, name, "author name")) != 0 ||
	    (error = newsdoc__vec_push(&doc->authors, author)) != 0) {
		newsdoc__free(author->name);
		newsdoc__free(author);
		return error;
	}
	if (out)
		*out = author;
	return 0;
}

#define ITEM_SETTER(type, noun, member, label, required) \
	int newsdoc_##noun##_set_##member(type *item, const char *value) \
	{ \
		CHECK_ARG(item, "newsdoc_" #noun "_set_" #member, #noun); \
		if ((required) && !value) \
			return newsdoc__error_arg("newsdoc_" #noun "_set_" #member, #member); \
		return newsdoc__set_string(&item->member, value, label); \
	}

ITEM_SETTER(newsdoc_author, author, name, "author name", 1)
ITEM_SETTER(newsdoc_author, author, role, "author role", 0)
ITEM_SETTER(newsdoc_author, author, affiliation, "author affiliation", 0)
ITEM_SETTER(newsdoc_author, author, url, "author url", 0)

int newsdoc_author_set_kind(newsdoc_author *author, int kind)
{
	CHECK_ARG(author, "newsdoc_author_set_kind", "author");
	if (kind < 0 || kind >= NEWSDOC_AUTHOR_KIND_COUNT)
		return newsdoc__error_set(NEWSDOC_EINVAL, "newsdoc_author_set_kind: unknown author kind %d", kind);
	author->kind = kind;
	return 0;
}

/* ---- blocks ---- */

static void block_changed(newsdoc_block *block)
{
	block->doc->text_stale = 1;
}

int newsdoc_document_add_block(newsdoc_block **out, newsdoc_document *doc, int type,
	const char *text, size_t len)
{
	newsdoc_block *block;
	int error = 0;

	if (out)
		*out = NULL;
	CHECK_ARG(doc, "newsdoc_document_add_block", "doc");
	if (!newsdoc_block_type_name(type))
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_document_add_block: unknown block type %d", type);
	CHECK_ARG(text || !len, "newsdoc_document_add_block", "text");
	if (text && !newsdoc__utf8_valid(text, len))
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"block text: value is not valid UTF-8 (or contains a NUL byte)");
	if (!(block = newsdoc__calloc(1, sizeof(*block))))
		return newsdoc__error_oom();
	block->doc = doc;
	block->type = type;
	if (type == NEWSDOC_BLOCK_HEADING)
		block->level = 2;
	if ((type == NEWSDOC_BLOCK_LIST || type == NEWSDOC_BLOCK_TABLE || type == NEWSDOC_BLOCK_FIGURE) &&
		!(block->parts = newsdoc__calloc(1, sizeof(*block->parts))))
		error = newsdoc__error_oom();
	if (!error && text && len && type == NEWSDOC_BLOCK_FIGURE)
		error = set_string_len(&block->parts->caption, text, len, "figure caption");
	if (!error && text && type != NEWSDOC_BLOCK_LIST && type != NEWSDOC_BLOCK_TABLE)
		error = newsdoc__sb_put_exact(&block->text, text, len);
	if (!error)
		error = newsdoc__vec_push(&doc->blocks, block);
	if (error) {
		newsdoc__sb_free(&block->text);
		if (block->parts)
			newsdoc__free(block->parts->caption);
		newsdoc__free(block->parts);
		newsdoc__free(block);
		return error;
	}
	block_changed(block);
	if (out)
		*out = block;
	return 0;
}

int newsdoc_block_set_level(newsdoc_block *block, int level)
{
	CHECK_ARG(block, "newsdoc_block_set_level", "block");
	if (block->type != NEWSDOC_BLOCK_HEADING)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_block_set_level: a %s block has no level", newsdoc_block_type_name(block->type));
	if (level < 1 || level > 6)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_block_set_level: level %d is outside 1..6", level);
	block->level = level;
	return 0;
}

int newsdoc_block_set_ordered(newsdoc_block *block, int ordered)
{
	CHECK_ARG(block, "newsdoc_block_set_ordered", "block");
	if (block->type != NEWSDOC_BLOCK_LIST)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_block_set_ordered: a %s block is not a list", newsdoc_block_type_name(block->type));
	block->parts->ordered = ordered ? 1 : 0;
	return 0;
}

/* Append to the derived text with a separator; undo the list push on failure. */
static int append_derived(newsdoc_block *block, const char *sep, const char *text, size_t len)
{
	size_t old_len = block->text.len;
	int error = 0;

	if (sep && old_len)
		error = newsdoc__sb_puts(&block->text, sep);
	if (!error)
		error = newsdoc__sb_put(&block->text, text, len);
	if (error) {
		block->text.failed = 0;
		block->text.len = old_len;
		if (block->text.ptr)
			block->text.ptr[old_len] = '\0';
		return error;
	}
	block_changed(block);
	return 0;
}

int newsdoc_block_add_item(newsdoc_block *block, const char *text, size_t len)
{
	int error;

	CHECK_ARG(block, "newsdoc_block_add_item", "block");
	CHECK_ARG(text || !len, "newsdoc_block_add_item", "text");
	if (block->type != NEWSDOC_BLOCK_LIST)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_block_add_item: a %s block is not a list", newsdoc_block_type_name(block->type));
	if ((error = push_string(&block->parts->items, text ? text : "", len, "list item")) != 0)
		return error;
	if ((error = append_derived(block, "\n", text ? text : "", len)) != 0) {
		newsdoc__free(block->parts->items.items[--block->parts->items.count]);
		return error;
	}
	return 0;
}

int newsdoc_block_add_row(newsdoc_block *block)
{
	newsdoc__row *row;
	int error;

	CHECK_ARG(block, "newsdoc_block_add_row", "block");
	if (block->type != NEWSDOC_BLOCK_TABLE)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_block_add_row: a %s block is not a table", newsdoc_block_type_name(block->type));
	if (!(row = newsdoc__calloc(1, sizeof(*row))))
		return newsdoc__error_oom();
	if ((error = newsdoc__vec_push(&block->parts->rows, row)) != 0) {
		newsdoc__free(row);
		return error;
	}
	return 0;
}

int newsdoc_block_add_cell(newsdoc_block *block, const char *text, size_t len)
{
	newsdoc__row *row;
	int error;

	CHECK_ARG(block, "newsdoc_block_add_cell", "block");
	CHECK_ARG(text || !len, "newsdoc_block_add_cell", "text");
	if (block->type != NEWSDOC_BLOCK_TABLE)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_block_add_cell: a %s block is not a table", newsdoc_block_type_name(block->type));
	if (!block->parts->rows.count)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_block_add_cell: the table has no row; call newsdoc_block_add_row first");
	row = block->parts->rows.items[block->parts->rows.count - 1];
	if ((error = push_string(&row->cells, text ? text : "", len, "table cell")) != 0)
		return error;
	/* Cells are tab-separated; a new row starts on a new line. */
	error = append_derived(block, row->cells.count > 1 ? "\t" : (block->parts->rows.count > 1 ? "\n" : NULL),
		text ? text : "", len);
	if (error) {
		newsdoc__free(row->cells.items[--row->cells.count]);
		return error;
	}
	return 0;
}

static int require_figure(const newsdoc_block *block, const char *fn)
{
	if (!block)
		return newsdoc__error_arg(fn, "block");
	if (block->type != NEWSDOC_BLOCK_FIGURE)
		return newsdoc__error_set(NEWSDOC_EINVAL, "%s: a %s block is not a figure",
			fn, newsdoc_block_type_name(block->type));
	return 0;
}

int newsdoc_block_set_image(newsdoc_block *block, const char *url, const char *alt)
{
	char *new_url = NULL, *new_alt = NULL;
	int error;

	if ((error = require_figure(block, "newsdoc_block_set_image")) != 0)
		return error;
	if ((error = newsdoc__set_string(&new_url, url, "figure image url")) != 0)
		return error;
	if ((error = newsdoc__set_string(&new_alt, alt, "figure image alt")) != 0) {
		newsdoc__free(new_url);
		return error;
	}
	newsdoc__free(block->parts->image_url);
	newsdoc__free(block->parts->image_alt);
	block->parts->image_url = new_url;
	block->parts->image_alt = new_alt;
	return 0;
}

int newsdoc_block_set_caption(newsdoc_block *block, const char *caption)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int error;

	if ((error = require_figure(block, "newsdoc_block_set_caption")) != 0)
		return error;
	/* The caption is also the figure's text: build the copy first. */
	if (caption && (error = newsdoc__sb_puts(&text, caption)) != 0)
		return error;
	if ((error = newsdoc__set_string(&block->parts->caption, caption, "figure caption")) != 0) {
		newsdoc__sb_free(&text);
		return error;
	}
	newsdoc__sb_free(&block->text);
	block->text = text;
	block_changed(block);
	return 0;
}

int newsdoc_block_set_credit(newsdoc_block *block, const char *credit)
{
	int error;
	if ((error = require_figure(block, "newsdoc_block_set_credit")) != 0)
		return error;
	return newsdoc__set_string(&block->parts->credit, credit, "figure credit");
}

/* ---- quotes ---- */

int newsdoc_document_add_quote(newsdoc_quote **out, newsdoc_document *doc, const char *text)
{
	newsdoc_quote *quote;
	int error;

	if (out)
		*out = NULL;
	CHECK_ARG(doc, "newsdoc_document_add_quote", "doc");
	CHECK_ARG(text, "newsdoc_document_add_quote", "text");
	if (!(quote = newsdoc__calloc(1, sizeof(*quote))))
		return newsdoc__error_oom();
	quote->block = quote->start = quote->end = -1;
	if ((error = newsdoc__set_string(&quote->text, text, "quote text")) != 0 ||
	    (error = newsdoc__vec_push(&doc->quotes, quote)) != 0) {
		newsdoc__free(quote->text);
		newsdoc__free(quote);
		return error;
	}
	if (out)
		*out = quote;
	return 0;
}

ITEM_SETTER(newsdoc_quote, quote, speaker, "quote speaker", 0)
ITEM_SETTER(newsdoc_quote, quote, speaker_resolved, "quote resolved speaker", 0)
ITEM_SETTER(newsdoc_quote, quote, cue, "quote cue", 0)

int newsdoc_quote_set_span(newsdoc_quote *quote, long block, long start, long end)
{
	CHECK_ARG(quote, "newsdoc_quote_set_span", "quote");
	if (block < -1 || start < -1 || end < -1 || (start >= 0 && end >= 0 && end < start))
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_quote_set_span: bad span (block %ld, start %ld, end %ld)", block, start, end);
	quote->block = block;
	quote->start = start;
	quote->end = end;
	return 0;
}

/* ---- related items ---- */

int newsdoc_document_add_related(newsdoc_related **out, newsdoc_document *doc,
	const char *title, const char *url)
{
	newsdoc_related *item;
	int error;

	if (out)
		*out = NULL;
	CHECK_ARG(doc, "newsdoc_document_add_related", "doc");
	if (!title && !url)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_document_add_related: a related item needs a title or a url");
	if (!(item = newsdoc__calloc(1, sizeof(*item))))
		return newsdoc__error_oom();
	if ((error = newsdoc__set_string(&item->title, title, "related title")) != 0 ||
	    (error = newsdoc__set_string(&item->url, url, "related url")) != 0 ||
	    (error = newsdoc__vec_push(&doc->related, item)) != 0) {
		newsdoc__free(item->title);
		newsdoc__free(item->url);
		newsdoc__free(item);
		return error;
	}
	if (out)
		*out = item;
	return 0;
}

ITEM_SETTER(newsdoc_related, related, title, "related title", 0)
ITEM_SETTER(newsdoc_related, related, url, "related url", 0)
ITEM_SETTER(newsdoc_related, related, author, "related author", 0)
ITEM_SETTER(newsdoc_related, related, summary, "related summary", 0)
ITEM_SETTER(newsdoc_related, related, image, "related image", 0)

/* ---- images ---- */

int newsdoc_document_add_image(newsdoc_image **out, newsdoc_document *doc, const char *url)
{
	newsdoc_image *image;
	int error;

	if (out)
		*out = NULL;
	CHECK_ARG(doc, "newsdoc_document_add_image", "doc");
	CHECK_ARG(url, "newsdoc_document_add_image", "url");
	if (!(image = newsdoc__calloc(1, sizeof(*image))))
		return newsdoc__error_oom();
	if ((error = newsdoc__set_string(&image->url, url, "image url")) != 0 ||
	    (error = newsdoc__vec_push(&doc->images, image)) != 0) {
		newsdoc__free(image->url);
		newsdoc__free(image);
		return error;
	}
	if (out)
		*out = image;
	return 0;
}

ITEM_SETTER(newsdoc_image, image, alt, "image alt", 0)
ITEM_SETTER(newsdoc_image, image, caption, "image caption", 0)
ITEM_SETTER(newsdoc_image, image, credit, "image credit", 0)

int newsdoc_image_set_lead(newsdoc_image *image, int is_lead)
{
	CHECK_ARG(image, "newsdoc_image_set_lead", "image");
	image->is_lead = is_lead ? 1 : 0;
	return 0;
}
