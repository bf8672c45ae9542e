/*
 * The built-in "json" exporter: a document as one JSON object.
 *
 * The document is read through the public getters only, so this file is
 * also a check that the read API is complete: whatever the JSON carries,
 * a user of the library can reach too. The shape is described by
 * docs/newsdoc.schema.json and read back by json_import.c.
 *
 * The text is written straight into a byte buffer by the streaming writer
 * (json_write.c), in the documented key order, in exactly the layout
 * jansson's json_dump gave when this exporter built a jansson tree (a
 * tree and its dump cost several times the writing itself). Allocation
 * failures are sticky in the buffer: the functions here write on without
 * checking, and the one check at the end turns any failure into
 * NEWSDOC_ENOMEM and frees the partial text, so the caller never sees it.
 */
#include "../internal.h"
#include "json_write.h"

/* -1 is the model's "unknown" for counts and offsets. */
static void write_integer_or_null(newsdoc__json_writer *w, long value)
{
	if (value < 0)
		newsdoc__json_null(w);
	else
		newsdoc__json_integer(w, value);
}

/* One "key": value member; a NULL string is the model's "not known". */
static void member_string(newsdoc__json_writer *w, const char *key, const char *value)
{
	newsdoc__json_key(w, key);
	newsdoc__json_string_or_null(w, value);
}

static void member_integer_or_null(newsdoc__json_writer *w, const char *key, long value)
{
	newsdoc__json_key(w, key);
	write_integer_or_null(w, value);
}

/* Tags, list items and table cells are never NULL within their counts;
 * the _or_null form only keeps a broken model from crashing the writer. */
static void write_tags(newsdoc__json_writer *w, const newsdoc_document *doc)
{
	size_t i, count = newsdoc_document_tag_count(doc);

	newsdoc__json_begin_array(w);
	for (i = 0; i < count; i++)
		newsdoc__json_string_or_null(w, newsdoc_document_tag_at(doc, i));
	newsdoc__json_end_array(w);
}

static void write_author(newsdoc__json_writer *w, const newsdoc_author *author)
{
	newsdoc__json_begin_object(w);
	member_string(w, "name", newsdoc_author_name(author));
	member_string(w, "role", newsdoc_author_role(author));
	member_string(w, "affiliation", newsdoc_author_affiliation(author));
	member_string(w, "url", newsdoc_author_url(author));
	member_string(w, "kind", newsdoc_author_kind_name(newsdoc_author_kind(author)));
	newsdoc__json_end_object(w);
}

static void write_list_items(newsdoc__json_writer *w, const newsdoc_block *block)
{
	size_t i, count = newsdoc_block_item_count(block);

	newsdoc__json_begin_array(w);
	for (i = 0; i < count; i++)
		newsdoc__json_string_or_null(w, newsdoc_block_item_at(block, i));
	newsdoc__json_end_array(w);
}

static void write_table_rows(newsdoc__json_writer *w, const newsdoc_block *block)
{
	size_t r, c, row_count = newsdoc_block_row_count(block);

	newsdoc__json_begin_array(w);
	for (r = 0; r < row_count; r++) {
		size_t cell_count = newsdoc_block_cell_count(block, r);

		newsdoc__json_begin_array(w);
		for (c = 0; c < cell_count; c++)
			newsdoc__json_string_or_null(w, newsdoc_block_cell_at(block, r, c));
		newsdoc__json_end_array(w);
	}
	newsdoc__json_end_array(w);
}

static void write_block(newsdoc__json_writer *w, const newsdoc_block *block)
{
	int type = newsdoc_block_type(block);

	newsdoc__json_begin_object(w);
	/* A type this exporter does not know cannot come from the builder;
	 * write null rather than invent a name, and the schema flags it. */
	member_string(w, "type", newsdoc_block_type_name(type));
	newsdoc__json_key(w, "text");
	newsdoc__json_string(w, newsdoc_block_text(block), newsdoc_block_text_len(block));
	switch (type) {
	case NEWSDOC_BLOCK_HEADING:
		newsdoc__json_key(w, "level");
		newsdoc__json_integer(w, newsdoc_block_level(block));
		break;
	case NEWSDOC_BLOCK_LIST:
		newsdoc__json_key(w, "ordered");
		newsdoc__json_boolean(w, newsdoc_block_ordered(block));
		newsdoc__json_key(w, "items");
		write_list_items(w, block);
		break;
	case NEWSDOC_BLOCK_TABLE:
		newsdoc__json_key(w, "rows");
		write_table_rows(w, block);
		break;
	case NEWSDOC_BLOCK_FIGURE:
		member_string(w, "image", newsdoc_block_image_url(block));
		member_string(w, "alt", newsdoc_block_image_alt(block));
		member_string(w, "caption", newsdoc_block_caption(block));
		member_string(w, "credit", newsdoc_block_credit(block));
		break;
	default:
		break;
	}
	newsdoc__json_end_object(w);
}

static void write_quote(newsdoc__json_writer *w, const newsdoc_quote *quote)
{
	newsdoc__json_begin_object(w);
	member_string(w, "text", newsdoc_quote_text(quote));
	member_string(w, "speaker", newsdoc_quote_speaker(quote));
	member_string(w, "speaker_resolved", newsdoc_quote_speaker_resolved(quote));
	member_string(w, "cue", newsdoc_quote_cue(quote));
	member_integer_or_null(w, "block", newsdoc_quote_block(quote));
	member_integer_or_null(w, "start", newsdoc_quote_start(quote));
	member_integer_or_null(w, "end", newsdoc_quote_end(quote));
	newsdoc__json_end_object(w);
}

static void write_related(newsdoc__json_writer *w, const newsdoc_related *item)
{
	newsdoc__json_begin_object(w);
	member_string(w, "title", newsdoc_related_title(item));
	member_string(w, "url", newsdoc_related_url(item));
	member_string(w, "author", newsdoc_related_author(item));
	member_string(w, "summary", newsdoc_related_summary(item));
	member_string(w, "image", newsdoc_related_image(item));
	newsdoc__json_end_object(w);
}

static void write_image(newsdoc__json_writer *w, const newsdoc_image *image)
{
	newsdoc__json_begin_object(w);
	member_string(w, "url", newsdoc_image_url(image));
	member_string(w, "alt", newsdoc_image_alt(image));
	member_string(w, "caption", newsdoc_image_caption(image));
	member_string(w, "credit", newsdoc_image_credit(image));
	newsdoc__json_key(w, "is_lead");
	newsdoc__json_boolean(w, newsdoc_image_is_lead(image));
	newsdoc__json_end_object(w);
}

/*
 * The list fields differ only in how one element is read and written,
 * so one loop serves them all through these adapters.
 */
typedef void (*write_element_fn)(newsdoc__json_writer *w, const newsdoc_document *doc, size_t i);

static void author_element(newsdoc__json_writer *w, const newsdoc_document *doc, size_t i)
{
	write_author(w, newsdoc_document_author_at(doc, i));
}

static void block_element(newsdoc__json_writer *w, const newsdoc_document *doc, size_t i)
{
	write_block(w, newsdoc_document_block_at(doc, i));
}

static void quote_element(newsdoc__json_writer *w, const newsdoc_document *doc, size_t i)
{
	write_quote(w, newsdoc_document_quote_at(doc, i));
}

static void related_element(newsdoc__json_writer *w, const newsdoc_document *doc, size_t i)
{
	write_related(w, newsdoc_document_related_at(doc, i));
}

static void image_element(newsdoc__json_writer *w, const newsdoc_document *doc, size_t i)
{
	write_image(w, newsdoc_document_image_at(doc, i));
}

static void member_array(newsdoc__json_writer *w, const char *key, const newsdoc_document *doc,
	size_t count, write_element_fn element)
{
	size_t i;

	newsdoc__json_key(w, key);
	newsdoc__json_begin_array(w);
	for (i = 0; i < count; i++)
		element(w, doc, i);
	newsdoc__json_end_array(w);
}

static void write_comments(newsdoc__json_writer *w, const newsdoc_document *doc)
{
	newsdoc__json_begin_object(w);
	member_integer_or_null(w, "count", newsdoc_document_comment_count(doc));
	newsdoc__json_end_object(w);
}

/* Only the fields whose source is known, keyed by their JSON name (the
 * names are distinct, so no key is written twice). */
static void write_provenance(newsdoc__json_writer *w, const newsdoc_document *doc)
{
	int field;

	newsdoc__json_begin_object(w);
	for (field = 0; field < NEWSDOC_FIELD_COUNT; field++) {
		const char *source = newsdoc_document_provenance(doc, field);
		const char *name = newsdoc_field_name(field);
		if (source && name)
			member_string(w, name, source);
	}
	newsdoc__json_end_object(w);
}

/*
 * The derived plain text. newsdoc_document_text() answers "" when it runs
 * out of memory building it, and cannot say so; but a body with any block
 * text cannot have an empty plain text, so that case is the failure:
 * -1, with nothing written.
 */
static int write_text(newsdoc__json_writer *w, const newsdoc_document *doc)
{
	size_t i, count = newsdoc_document_block_count(doc);
	size_t len = newsdoc_document_text_len(doc);

	for (i = 0; len == 0 && i < count; i++) {
		if (newsdoc_block_text_len(newsdoc_document_block_at(doc, i)) > 0)
			return -1;
	}
	newsdoc__json_string(w, newsdoc_document_text(doc), len);
	return 0;
}

/* The whole document, keys in the documented order; -1 when the plain
 * text could not be built (other failures stay in the writer's buffer). */
static int write_document(newsdoc__json_writer *w, const newsdoc_document *doc)
{
	newsdoc__json_begin_object(w);
	member_string(w, "url", newsdoc_document_url(doc));
	member_string(w, "canonical_url", newsdoc_document_canonical_url(doc));
	member_string(w, "site_name", newsdoc_document_site_name(doc));
	member_string(w, "language", newsdoc_document_language(doc));
	member_string(w, "title", newsdoc_document_title(doc));
	member_string(w, "subtitle", newsdoc_document_subtitle(doc));
	member_string(w, "description", newsdoc_document_description(doc));
	member_string(w, "section", newsdoc_document_section(doc));
	member_string(w, "page_type", newsdoc_document_page_type(doc));
	newsdoc__json_key(w, "tags");
	write_tags(w, doc);
	member_array(w, "authors", doc, newsdoc_document_author_count(doc), author_element);
	member_string(w, "published", newsdoc_document_published(doc));
	member_string(w, "modified", newsdoc_document_modified(doc));
	member_array(w, "body", doc, newsdoc_document_block_count(doc), block_element);
	newsdoc__json_key(w, "text");
	if (write_text(w, doc) != 0)
		return -1;
	member_array(w, "quotes", doc, newsdoc_document_quote_count(doc), quote_element);
	member_array(w, "related", doc, newsdoc_document_related_count(doc), related_element);
	newsdoc__json_key(w, "comments");
	write_comments(w, doc);
	member_array(w, "images", doc, newsdoc_document_image_count(doc), image_element);
	member_string(w, "parser", newsdoc_document_parser(doc));
	newsdoc__json_key(w, "provenance");
	write_provenance(w, doc);
	newsdoc__json_end_object(w);
	return 0;
}

int newsdoc__export_json(newsdoc_buf *out, const newsdoc_document *doc, unsigned int flags)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	newsdoc__json_writer writer;

	if (!out)
		return newsdoc__error_arg("newsdoc__export_json", "out");
	if (!doc)
		return newsdoc__error_arg("newsdoc__export_json", "doc");

	/* Compact is jansson's JSON_COMPACT, the default its JSON_INDENT(2). */
	newsdoc__json_writer_init(&writer, &text, (flags & NEWSDOC_EXPORT_COMPACT) ? 0 : 2);
	if (write_document(&writer, doc) != 0) {
		newsdoc__sb_free(&text);
		return newsdoc__error_oom();
	}
	/* Fails, and frees the text, if any append ran out of memory. */
	return newsdoc__sb_to_buf(&text, out);
}
