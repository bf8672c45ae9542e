/*
 * The built-in "json" exporter: a document as one JSON object.
 *
 * The document is read through the public getters only, so this file is
 * also a check that the read API is complete: whatever the JSON carries,
 * a user of the library can reach too. The shape is described by
 * docs/newsdoc.schema.json and read back by json_import.c.
 *
 * Building the tree: every json_object_set_new / json_array_append_new
 * steals its value (even on failure) and fails when handed NULL, so a
 * failed allocation anywhere below shows up as a -1 from the call that
 * attaches it. Each builder function chains its attaches with ||: that
 * keeps the keys in the documented order (C leaves the order of | operands
 * unspecified) and stops at the first failure, so no value is made that
 * nothing would own. The caller turns a failure into NEWSDOC_ENOMEM.
 */
#include <jansson.h>

#include "internal.h"

/* A string value, or JSON null when the document does not know it. */
static json_t *string_or_null(const char *value)
{
	return value ? json_string(value) : json_null();
}

/* -1 is the model's "unknown" for counts and offsets. */
static json_t *integer_or_null(long value)
{
	return value < 0 ? json_null() : json_integer((json_int_t)value);
}

/* Attach helpers: 0 on success, -1 when the value (or the attach) failed. */
static int set(json_t *object, const char *key, json_t *value)
{
	return json_object_set_new(object, key, value);
}

static int set_string(json_t *object, const char *key, const char *value)
{
	return set(object, key, string_or_null(value));
}

static int append(json_t *array, json_t *value)
{
	return json_array_append_new(array, value);
}

static json_t *export_tags(const newsdoc_document *doc)
{
	json_t *tags = json_array();
	size_t i, count = newsdoc_document_tag_count(doc);

	for (i = 0; tags && i < count; i++) {
		if (append(tags, json_string(newsdoc_document_tag_at(doc, i))) != 0) {
			json_decref(tags);
			return NULL;
		}
	}
	return tags;
}

static json_t *export_author(const newsdoc_author *author)
{
	json_t *object = json_object();
	int failed;

	if (!object)
		return NULL;
	failed = set_string(object, "name", newsdoc_author_name(author))
		|| set_string(object, "role", newsdoc_author_role(author))
		|| set_string(object, "affiliation", newsdoc_author_affiliation(author))
		|| set_string(object, "url", newsdoc_author_url(author));
	if (failed) {
		json_decref(object);
		return NULL;
	}
	return object;
}

static json_t *export_list_items(const newsdoc_block *block)
{
	json_t *items = json_array();
	size_t i, count = newsdoc_block_item_count(block);

	for (i = 0; items && i < count; i++) {
		if (append(items, json_string(newsdoc_block_item_at(block, i))) != 0) {
			json_decref(items);
			return NULL;
		}
	}
	return items;
}

static json_t *export_table_rows(const newsdoc_block *block)
{
	json_t *rows = json_array();
	size_t r, c, row_count = newsdoc_block_row_count(block);

	for (r = 0; rows && r < row_count; r++) {
		json_t *cells = json_array();
		size_t cell_count = newsdoc_block_cell_count(block, r);
		int failed = 0;

		for (c = 0; cells && !failed && c < cell_count; c++)
			failed = append(cells, json_string(newsdoc_block_cell_at(block, r, c)));
		if (failed) {
			json_decref(cells);
			cells = NULL;
		}
		if (append(rows, cells) != 0) {
			json_decref(rows);
			return NULL;
		}
	}
	return rows;
}

static json_t *export_block(const newsdoc_block *block)
{
	json_t *object = json_object();
	int type = newsdoc_block_type(block);
	const char *type_name = newsdoc_block_type_name(type);
	int failed;

	if (!object)
		return NULL;
	/* A type this exporter does not know cannot come from the builder;
	 * write null rather than invent a name, and the schema flags it. */
	failed = set_string(object, "type", type_name)
		|| set(object, "text", json_stringn(newsdoc_block_text(block), newsdoc_block_text_len(block)));
	switch (type) {
	case NEWSDOC_BLOCK_HEADING:
		failed = failed || set(object, "level", json_integer(newsdoc_block_level(block)));
		break;
	case NEWSDOC_BLOCK_LIST:
		failed = failed || set(object, "ordered", json_boolean(newsdoc_block_ordered(block)))
			|| set(object, "items", export_list_items(block));
		break;
	case NEWSDOC_BLOCK_TABLE:
		failed = failed || set(object, "rows", export_table_rows(block));
		break;
	case NEWSDOC_BLOCK_FIGURE:
		failed = failed || set_string(object, "image", newsdoc_block_image_url(block))
			|| set_string(object, "alt", newsdoc_block_image_alt(block))
			|| set_string(object, "caption", newsdoc_block_caption(block))
			|| set_string(object, "credit", newsdoc_block_credit(block));
		break;
	default:
		break;
	}
	if (failed) {
		json_decref(object);
		return NULL;
	}
	return object;
}

static json_t *export_quote(const newsdoc_quote *quote)
{
	json_t *object = json_object();
	int failed;

	if (!object)
		return NULL;
	failed = set_string(object, "text", newsdoc_quote_text(quote))
		|| set_string(object, "speaker", newsdoc_quote_speaker(quote))
		|| set_string(object, "speaker_resolved", newsdoc_quote_speaker_resolved(quote))
		|| set_string(object, "cue", newsdoc_quote_cue(quote))
		|| set(object, "block", integer_or_null(newsdoc_quote_block(quote)))
		|| set(object, "start", integer_or_null(newsdoc_quote_start(quote)))
		|| set(object, "end", integer_or_null(newsdoc_quote_end(quote)));
	if (failed) {
		json_decref(object);
		return NULL;
	}
	return object;
}

static json_t *export_related(const newsdoc_related *item)
{
	json_t *object = json_object();
	int failed;

	if (!object)
		return NULL;
	failed = set_string(object, "title", newsdoc_related_title(item))
		|| set_string(object, "url", newsdoc_related_url(item))
		|| set_string(object, "author", newsdoc_related_author(item))
		|| set_string(object, "summary", newsdoc_related_summary(item))
		|| set_string(object, "image", newsdoc_related_image(item));
	if (failed) {
		json_decref(object);
		return NULL;
	}
	return object;
}

static json_t *export_image(const newsdoc_image *image)
{
	json_t *object = json_object();
	int failed;

	if (!object)
		return NULL;
	failed = set_string(object, "url", newsdoc_image_url(image))
		|| set_string(object, "alt", newsdoc_image_alt(image))
		|| set_string(object, "caption", newsdoc_image_caption(image))
		|| set_string(object, "credit", newsdoc_image_credit(image))
		|| set(object, "is_lead", json_boolean(newsdoc_image_is_lead(image)));
	if (failed) {
		json_decref(object);
		return NULL;
	}
	return object;
}

/*
 * The list fields differ only in how one element is read and converted,
 * so one loop serves them all through these adapters.
 */
typedef json_t *(*export_element_fn)(const newsdoc_document *doc, size_t i);

static json_t *author_element(const newsdoc_document *doc, size_t i)
{
	return export_author(newsdoc_document_author_at(doc, i));
}

static json_t *block_element(const newsdoc_document *doc, size_t i)
{
	return export_block(newsdoc_document_block_at(doc, i));
}

static json_t *quote_element(const newsdoc_document *doc, size_t i)
{
	return export_quote(newsdoc_document_quote_at(doc, i));
}

static json_t *related_element(const newsdoc_document *doc, size_t i)
{
	return export_related(newsdoc_document_related_at(doc, i));
}

static json_t *image_element(const newsdoc_document *doc, size_t i)
{
	return export_image(newsdoc_document_image_at(doc, i));
}

static json_t *export_array(const newsdoc_document *doc, size_t count, export_element_fn element)
{
	json_t *array = json_array();
	size_t i;

	for (i = 0; array && i < count; i++) {
		if (append(array, element(doc, i)) != 0) {
			json_decref(array);
			return NULL;
		}
	}
	return array;
}

static json_t *export_comments(const newsdoc_document *doc)
{
	json_t *object = json_object();

	if (object && set(object, "count", integer_or_null(newsdoc_document_comment_count(doc))) != 0) {
		json_decref(object);
		return NULL;
	}
	return object;
}

/* Only the fields whose source is known, keyed by their JSON name. */
static json_t *export_provenance(const newsdoc_document *doc)
{
	json_t *object = json_object();
	int field;

	for (field = 0; object && field < NEWSDOC_FIELD_COUNT; field++) {
		const char *source = newsdoc_document_provenance(doc, field);
		const char *name = newsdoc_field_name(field);
		if (!source || !name)
			continue;
		if (set(object, name, json_string(source)) != 0) {
			json_decref(object);
			return NULL;
		}
	}
	return object;
}

/*
 * The derived plain text. newsdoc_document_text() answers "" when it runs
 * out of memory building it, and cannot say so; but a body with any block
 * text cannot have an empty plain text, so that case is the failure.
 */
static json_t *export_text(const newsdoc_document *doc)
{
	size_t i, count = newsdoc_document_block_count(doc);
	size_t len = newsdoc_document_text_len(doc);

	for (i = 0; len == 0 && i < count; i++) {
		if (newsdoc_block_text_len(newsdoc_document_block_at(doc, i)) > 0)
			return NULL;
	}
	return json_stringn(newsdoc_document_text(doc), len);
}

/* The whole document, keys in the documented order. */
static json_t *export_document(const newsdoc_document *doc)
{
	json_t *root = json_object();
	int failed;

	if (!root)
		return NULL;
	failed = set_string(root, "url", newsdoc_document_url(doc))
		|| set_string(root, "canonical_url", newsdoc_document_canonical_url(doc))
		|| set_string(root, "site_name", newsdoc_document_site_name(doc))
		|| set_string(root, "language", newsdoc_document_language(doc))
		|| set_string(root, "title", newsdoc_document_title(doc))
		|| set_string(root, "subtitle", newsdoc_document_subtitle(doc))
		|| set_string(root, "description", newsdoc_document_description(doc))
		|| set_string(root, "section", newsdoc_document_section(doc));
	failed = failed || set(root, "tags", export_tags(doc));
	failed = failed || set(root, "authors", export_array(doc, newsdoc_document_author_count(doc), author_element));
	failed = failed || set_string(root, "published", newsdoc_document_published(doc))
		|| set_string(root, "modified", newsdoc_document_modified(doc));
	failed = failed || set(root, "body", export_array(doc, newsdoc_document_block_count(doc), block_element));
	failed = failed || set(root, "text", export_text(doc));
	failed = failed || set(root, "quotes", export_array(doc, newsdoc_document_quote_count(doc), quote_element));
	failed = failed || set(root, "related", export_array(doc, newsdoc_document_related_count(doc), related_element));
	failed = failed || set(root, "comments", export_comments(doc));
	failed = failed || set(root, "images", export_array(doc, newsdoc_document_image_count(doc), image_element));
	failed = failed || set_string(root, "parser", newsdoc_document_parser(doc));
	failed = failed || set(root, "provenance", export_provenance(doc));
	if (failed) {
		json_decref(root);
		return NULL;
	}
	return root;
}

/* jansson hands the serialised text over in pieces; collect them. */
static int collect_output(const char *chunk, size_t size, void *data)
{
	return newsdoc__sb_put(data, chunk, size) == 0 ? 0 : -1;
}

int newsdoc__export_json(newsdoc_buf *out, const newsdoc_document *doc, unsigned int flags)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	size_t dump_flags = JSON_PRESERVE_ORDER;
	json_t *root;
	int failed;

	if (!out)
		return newsdoc__error_arg("newsdoc__export_json", "out");
	if (!doc)
		return newsdoc__error_arg("newsdoc__export_json", "doc");

	/* The model only holds valid UTF-8, so json_string() can fail here
	 * only for want of memory. */
	root = export_document(doc);
	if (!root)
		return newsdoc__error_oom();

	/* No JSON_ENSURE_ASCII: non-ASCII text stays readable UTF-8. */
	dump_flags |= (flags & NEWSDOC_EXPORT_COMPACT) ? JSON_COMPACT : JSON_INDENT(2);
	failed = json_dump_callback(root, collect_output, &text, dump_flags);
	json_decref(root);
	if (failed) {
		newsdoc__sb_free(&text);
		return newsdoc__error_oom();
	}
	return newsdoc__sb_to_buf(&text, out);
}
