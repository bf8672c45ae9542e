/*
 * Reading back what the "json" exporter writes (json_export.c).
 *
 * The document is built with the public builder API only, so an imported
 * document obeys exactly the rules of one made by a parser, and the round
 * trip export(import(export(doc))) == export(doc) holds byte for byte.
 *
 * Leniency, chosen for forward compatibility: keys this version does not
 * know are ignored at every level (a newer library may add fields), a
 * missing key means "unknown" (or an empty list), and the derived "text"
 * values are ignored because the model rebuilds them from the blocks.
 * What is present must have the right type; a wrong one fails the whole
 * import with NEWSDOC_EPARSE and a message naming the key by its path,
 * e.g. "authors[1].name".
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "../internal.h"
#include "json_load.h"

/* Long enough for the deepest path, "body[N].rows[N][N]". */
#define PATH_MAX_LEN 96

/* ---- error reporting ---- */

/* `prefix` names the enclosing element ("authors[1]") or is NULL at the
 * top level; `key` names the value inside it. */
static void make_path(char *path, size_t size, const char *prefix, const char *key)
{
	if (prefix && key)
		snprintf(path, size, "%s.%s", prefix, key);
	else
		snprintf(path, size, "%s", prefix ? prefix : key);
}

static int type_error(const char *prefix, const char *key, const char *expected)
{
	char path[PATH_MAX_LEN];
	make_path(path, sizeof(path), prefix, key);
	return newsdoc__error_set(NEWSDOC_EPARSE, "JSON import: \"%s\" %s", path, expected);
}

/*
 * A builder call refused a value (a heading level of 9, a span that ends
 * before it starts, an empty provenance source). Its message says what was
 * wrong; prefix it with where the value was (newsdoc__error_set may take
 * the current message as an argument).
 */
static int builder_error(int code, const char *prefix, const char *key)
{
	char path[PATH_MAX_LEN];

	if (code == NEWSDOC_ENOMEM)
		return code;
	make_path(path, sizeof(path), prefix, key);
	return newsdoc__error_set(NEWSDOC_EPARSE, "JSON import: \"%s\": %s", path, newsdoc_error_last()->message);
}

/* ---- typed access to one key ---- */

/* A string, or NULL when the key is missing or null. */
static int get_optional_string(const char **value, const json_t *object, const char *prefix, const char *key)
{
	const json_t *json = json_object_get(object, key);

	*value = NULL;
	if (!json || json_is_null(json))
		return 0;
	if (!json_is_string(json))
		return type_error(prefix, key, "must be a string or null");
	*value = json_string_value(json);
	return 0;
}

static int get_required_string(const char **value, const json_t *object, const char *prefix, const char *key)
{
	const json_t *json = json_object_get(object, key);

	*value = NULL;
	if (!json_is_string(json))
		return type_error(prefix, key, "must be a string");
	*value = json_string_value(json);
	return 0;
}

/* A count or an offset: -1 when missing or null. */
static int get_optional_count(long *value, const json_t *object, const char *prefix, const char *key)
{
	const json_t *json = json_object_get(object, key);

	*value = -1;
	if (!json || json_is_null(json))
		return 0;
	if (!json_is_integer(json) || json_integer_value(json) < 0 || json_integer_value(json) > LONG_MAX)
		return type_error(prefix, key, "must be a non-negative integer or null");
	*value = (long)json_integer_value(json);
	return 0;
}

static int get_optional_bool(int *value, const json_t *object, const char *prefix, const char *key)
{
	const json_t *json = json_object_get(object, key);

	*value = 0;
	if (!json)
		return 0;
	if (!json_is_boolean(json))
		return type_error(prefix, key, "must be true or false");
	*value = json_is_true(json);
	return 0;
}

/* A list field: NULL when missing (an empty list), else it must be an array. */
static int get_optional_array(const json_t **array, const json_t *object, const char *prefix, const char *key)
{
	*array = json_object_get(object, key);
	if (*array && !json_is_array(*array))
		return type_error(prefix, key, "must be an array");
	return 0;
}

/* ---- document parts ---- */

static int import_string_fields(newsdoc_document *doc, const json_t *root)
{
	int field, error;

	for (field = 0; field < NEWSDOC_FIELD_COUNT; field++) {
		const char *key = newsdoc_field_name(field);
		const char *value;

		if (!newsdoc__is_string_field(field))
			continue;
		if ((error = get_optional_string(&value, root, NULL, key)) != 0)
			return error;
		if (value && (error = newsdoc_document_set(doc, field, value)) != 0)
			return builder_error(error, NULL, key);
	}
	return 0;
}

static int import_tags(newsdoc_document *doc, const json_t *root)
{
	const json_t *tags, *tag;
	char path[PATH_MAX_LEN];
	size_t i;
	int error;

	if ((error = get_optional_array(&tags, root, NULL, "tags")) != 0)
		return error;
	json_array_foreach(tags, i, tag) {
		snprintf(path, sizeof(path), "tags[%zu]", i);
		if (!json_is_string(tag))
			return type_error(path, NULL, "must be a string");
		if ((error = newsdoc_document_add_tag(doc, json_string_value(tag))) != 0)
			return builder_error(error, path, NULL);
	}
	return 0;
}

/* "person" or "organization" (newsdoc_author_kind_name); missing or null
 * is NEWSDOC_AUTHOR_UNKNOWN (JSON written before 1.2 has no "kind"). */
static int get_author_kind(int *kind, const json_t *object, const char *path)
{
	const char *name;
	int error;

	*kind = NEWSDOC_AUTHOR_UNKNOWN;
	if ((error = get_optional_string(&name, object, path, "kind")) != 0 || !name)
		return error;
	for (*kind = NEWSDOC_AUTHOR_UNKNOWN + 1; *kind < NEWSDOC_AUTHOR_KIND_COUNT; ++*kind)
		if (!strcmp(newsdoc_author_kind_name(*kind), name))
			return 0;
	return type_error(path, "kind", "must be \"person\", \"organization\" or null");
}

static int import_author(newsdoc_document *doc, const json_t *object, const char *path)
{
	const char *name, *role, *affiliation, *url;
	newsdoc_author *author;
	int error, kind;

	if ((error = get_required_string(&name, object, path, "name")) != 0 ||
	    (error = get_optional_string(&role, object, path, "role")) != 0 ||
	    (error = get_optional_string(&affiliation, object, path, "affiliation")) != 0 ||
	    (error = get_optional_string(&url, object, path, "url")) != 0 ||
	    (error = get_author_kind(&kind, object, path)) != 0)
		return error;
	if ((error = newsdoc_document_add_author(&author, doc, name)) != 0 ||
	    (error = newsdoc_author_set_role(author, role)) != 0 ||
	    (error = newsdoc_author_set_affiliation(author, affiliation)) != 0 ||
	    (error = newsdoc_author_set_url(author, url)) != 0 ||
	    (error = newsdoc_author_set_kind(author, kind)) != 0)
		return builder_error(error, path, NULL);
	return 0;
}

/* The strings of `array` (named `key` within `path`) added one by one:
 * a list's items, a table row's cells. */
static int import_block_strings(newsdoc_block *block, const json_t *array, const char *path, const char *key,
	int (*add)(newsdoc_block *block, const char *text, size_t len))
{
	const json_t *string;
	char element[PATH_MAX_LEN];
	size_t i;
	int error;

	json_array_foreach(array, i, string) {
		snprintf(element, sizeof(element), "%s[%zu]", key, i);
		if (!json_is_string(string))
			return type_error(path, element, "must be a string");
		if ((error = add(block, json_string_value(string), json_string_length(string))) != 0)
			return builder_error(error, path, element);
	}
	return 0;
}

static int import_list_items(newsdoc_block *block, const json_t *object, const char *path)
{
	const json_t *items;
	int error;

	if ((error = get_optional_array(&items, object, path, "items")) != 0)
		return error;
	return import_block_strings(block, items, path, "items", newsdoc_block_add_item);
}

static int import_table_rows(newsdoc_block *block, const json_t *object, const char *path)
{
	const json_t *rows, *row;
	char key[PATH_MAX_LEN];
	size_t r;
	int error;

	if ((error = get_optional_array(&rows, object, path, "rows")) != 0)
		return error;
	json_array_foreach(rows, r, row) {
		snprintf(key, sizeof(key), "rows[%zu]", r);
		if (!json_is_array(row))
			return type_error(path, key, "must be an array of strings");
		if ((error = newsdoc_block_add_row(block)) != 0)
			return builder_error(error, path, key);
		if ((error = import_block_strings(block, row, path, key, newsdoc_block_add_cell)) != 0)
			return error;
	}
	return 0;
}

static int import_figure(newsdoc_block *block, const json_t *object, const char *path)
{
	const char *image, *alt, *caption, *credit;
	int error;

	if ((error = get_optional_string(&image, object, path, "image")) != 0 ||
	    (error = get_optional_string(&alt, object, path, "alt")) != 0 ||
	    (error = get_optional_string(&caption, object, path, "caption")) != 0 ||
	    (error = get_optional_string(&credit, object, path, "credit")) != 0)
		return error;
	if ((image || alt) && (error = newsdoc_block_set_image(block, image, alt)) != 0)
		return builder_error(error, path, "image");
	/* The block was made from "text", which for a figure already is the
	 * caption; an explicit caption wins. */
	if (caption && (error = newsdoc_block_set_caption(block, caption)) != 0)
		return builder_error(error, path, "caption");
	if ((error = newsdoc_block_set_credit(block, credit)) != 0)
		return builder_error(error, path, "credit");
	return 0;
}

/* The block type from its name, or -1. */
static int block_type_from_name(const char *name)
{
	int type;

	for (type = 0; newsdoc_block_type_name(type); type++) {
		if (strcmp(newsdoc_block_type_name(type), name) == 0)
			return type;
	}
	return -1;
}

static int import_block(newsdoc_document *doc, const json_t *object, const char *path)
{
	const json_t *level_json;
	const char *type_name, *text;
	newsdoc_block *block;
	int type, ordered, error;
	size_t text_len;

	if ((error = get_required_string(&type_name, object, path, "type")) != 0)
		return error;
	if ((type = block_type_from_name(type_name)) < 0)
		return type_error(path, "type", "must be one of \"paragraph\", \"heading\", \"list\", "
			"\"blockquote\", \"preformatted\", \"table\", \"figure\"");
	if ((error = get_optional_string(&text, object, path, "text")) != 0)
		return error;
	/* A list's or a table's text is derived from its items or rows. */
	if (type == NEWSDOC_BLOCK_LIST || type == NEWSDOC_BLOCK_TABLE)
		text = NULL;
	text_len = text ? json_string_length(json_object_get(object, "text")) : 0;
	if ((error = newsdoc_document_add_block(&block, doc, type, text, text_len)) != 0)
		return builder_error(error, path, "text");

	switch (type) {
	case NEWSDOC_BLOCK_HEADING:
		level_json = json_object_get(object, "level");
		if (!level_json)
			break;
		if (!json_is_integer(level_json) || json_integer_value(level_json) < 1 ||
		    json_integer_value(level_json) > 6)
			return type_error(path, "level", "must be an integer from 1 to 6");
		if ((error = newsdoc_block_set_level(block, (int)json_integer_value(level_json))) != 0)
			return builder_error(error, path, "level");
		break;
	case NEWSDOC_BLOCK_LIST:
		if ((error = get_optional_bool(&ordered, object, path, "ordered")) != 0)
			return error;
		if ((error = newsdoc_block_set_ordered(block, ordered)) != 0)
			return builder_error(error, path, "ordered");
		return import_list_items(block, object, path);
	case NEWSDOC_BLOCK_TABLE:
		return import_table_rows(block, object, path);
	case NEWSDOC_BLOCK_FIGURE:
		return import_figure(block, object, path);
	default:
		break;
	}
	return 0;
}

static int import_quote(newsdoc_document *doc, const json_t *object, const char *path)
{
	const char *text, *speaker, *speaker_resolved, *cue;
	long block, start, end;
	newsdoc_quote *quote;
	int error;

	if ((error = get_required_string(&text, object, path, "text")) != 0 ||
	    (error = get_optional_string(&speaker, object, path, "speaker")) != 0 ||
	    (error = get_optional_string(&speaker_resolved, object, path, "speaker_resolved")) != 0 ||
	    (error = get_optional_string(&cue, object, path, "cue")) != 0 ||
	    (error = get_optional_count(&block, object, path, "block")) != 0 ||
	    (error = get_optional_count(&start, object, path, "start")) != 0 ||
	    (error = get_optional_count(&end, object, path, "end")) != 0)
		return error;
	if ((error = newsdoc_document_add_quote(&quote, doc, text)) != 0 ||
	    (error = newsdoc_quote_set_speaker(quote, speaker)) != 0 ||
	    (error = newsdoc_quote_set_speaker_resolved(quote, speaker_resolved)) != 0 ||
	    (error = newsdoc_quote_set_cue(quote, cue)) != 0 ||
	    (error = newsdoc_quote_set_span(quote, block, start, end)) != 0)
		return builder_error(error, path, NULL);
	return 0;
}

static int import_related(newsdoc_document *doc, const json_t *object, const char *path)
{
	const char *title, *url, *author, *summary, *image;
	newsdoc_related *item;
	int error;

	if ((error = get_optional_string(&title, object, path, "title")) != 0 ||
	    (error = get_optional_string(&url, object, path, "url")) != 0 ||
	    (error = get_optional_string(&author, object, path, "author")) != 0 ||
	    (error = get_optional_string(&summary, object, path, "summary")) != 0 ||
	    (error = get_optional_string(&image, object, path, "image")) != 0)
		return error;
	if (!title && !url)
		return type_error(path, NULL, "needs a \"title\" or a \"url\" string");
	if ((error = newsdoc_document_add_related(&item, doc, title, url)) != 0 ||
	    (error = newsdoc_related_set_author(item, author)) != 0 ||
	    (error = newsdoc_related_set_summary(item, summary)) != 0 ||
	    (error = newsdoc_related_set_image(item, image)) != 0)
		return builder_error(error, path, NULL);
	return 0;
}

static int import_image(newsdoc_document *doc, const json_t *object, const char *path)
{
	const char *url, *alt, *caption, *credit;
	newsdoc_image *image;
	int is_lead, error;

	if ((error = get_required_string(&url, object, path, "url")) != 0 ||
	    (error = get_optional_string(&alt, object, path, "alt")) != 0 ||
	    (error = get_optional_string(&caption, object, path, "caption")) != 0 ||
	    (error = get_optional_string(&credit, object, path, "credit")) != 0 ||
	    (error = get_optional_bool(&is_lead, object, path, "is_lead")) != 0)
		return error;
	if ((error = newsdoc_document_add_image(&image, doc, url)) != 0 ||
	    (error = newsdoc_image_set_alt(image, alt)) != 0 ||
	    (error = newsdoc_image_set_caption(image, caption)) != 0 ||
	    (error = newsdoc_image_set_credit(image, credit)) != 0 ||
	    (error = newsdoc_image_set_lead(image, is_lead)) != 0)
		return builder_error(error, path, NULL);
	return 0;
}

typedef int (*import_element_fn)(newsdoc_document *doc, const json_t *object, const char *path);

/* A list of objects: check each element is one, then hand it on with its path. */
static int import_objects(newsdoc_document *doc, const json_t *root, const char *key, import_element_fn element)
{
	const json_t *array, *object;
	char path[PATH_MAX_LEN];
	size_t i;
	int error;

	if ((error = get_optional_array(&array, root, NULL, key)) != 0)
		return error;
	json_array_foreach(array, i, object) {
		snprintf(path, sizeof(path), "%s[%zu]", key, i);
		if (!json_is_object(object))
			return type_error(path, NULL, "must be an object");
		if ((error = element(doc, object, path)) != 0)
			return error;
	}
	return 0;
}

static int import_comments(newsdoc_document *doc, const json_t *root)
{
	const json_t *comments = json_object_get(root, "comments");
	long count;
	int error;

	if (!comments)
		return 0;
	if (!json_is_object(comments))
		return type_error("comments", NULL, "must be an object");
	if ((error = get_optional_count(&count, comments, "comments", "count")) != 0)
		return error;
	if ((error = newsdoc_document_set_comment_count(doc, count)) != 0)
		return builder_error(error, "comments", "count");
	return 0;
}

/* Field name -> source. Names this version does not know are skipped. */
static int import_provenance(newsdoc_document *doc, const json_t *root)
{
	const json_t *provenance = json_object_get(root, "provenance");
	const char *source;
	int field, error;

	if (!provenance)
		return 0;
	if (!json_is_object(provenance))
		return type_error("provenance", NULL, "must be an object");
	for (field = 0; field < NEWSDOC_FIELD_COUNT; field++) {
		const char *name = newsdoc_field_name(field);
		if ((error = get_optional_string(&source, provenance, "provenance", name)) != 0)
			return error;
		if (source && (error = newsdoc_document_set_provenance(doc, field, source)) != 0)
			return builder_error(error, "provenance", name);
	}
	return 0;
}

static int import_document(newsdoc_document *doc, const json_t *root)
{
	int error;

	if ((error = import_string_fields(doc, root)) != 0 ||
	    (error = import_tags(doc, root)) != 0 ||
	    (error = import_objects(doc, root, "authors", import_author)) != 0 ||
	    (error = import_objects(doc, root, "body", import_block)) != 0 ||
	    (error = import_objects(doc, root, "quotes", import_quote)) != 0 ||
	    (error = import_objects(doc, root, "related", import_related)) != 0 ||
	    (error = import_comments(doc, root)) != 0 ||
	    (error = import_objects(doc, root, "images", import_image)) != 0 ||
	    (error = import_provenance(doc, root)) != 0)
		return error;
	return 0;
}

int newsdoc__import_json(newsdoc_document **out, const char *data, size_t len)
{
	newsdoc_document *doc = NULL;
	newsdoc__json_error json_error;
	json_t *root;
	int error, oom;

	*out = NULL;
	/* RFC 8259 lets a reader ignore a UTF-8 byte order mark, and editors
	 * on Windows write one. */
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		data += 3;
		len -= 3;
	}
	root = newsdoc__json_parse(data, len, 0, 0, &json_error, &oom);
	if (!root) {
		if (oom)
			return newsdoc__error_oom();
		return newsdoc__error_set(NEWSDOC_EPARSE, "JSON import: invalid JSON at line %d, column %d: %s",
			json_error.line, json_error.column, json_error.text);
	}
	if (!json_is_object(root)) {
		json_decref(root);
		return newsdoc__error_set(NEWSDOC_EPARSE, "JSON import: the top level must be an object");
	}
	error = newsdoc_document_new(&doc);
	if (!error)
		error = import_document(doc, root);
	json_decref(root);
	if (error) {
		newsdoc_document_free(doc);
		return error;
	}
	*out = doc;
	return 0;
}

int newsdoc_document_from_json(newsdoc_document **out, const char *data, size_t len)
{
	if (!out)
		return newsdoc__error_arg("newsdoc_document_from_json", "out");
	*out = NULL;
	if (!data)
		return newsdoc__error_arg("newsdoc_document_from_json", "data");
	if (!len)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_document_from_json: invalid argument 'len': the input is empty");
	return newsdoc__import_json(out, data, len);
}
