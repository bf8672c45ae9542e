/*
 * The XML exporter plugin: a document as one <document> element in the
 * namespace https://libnewsdoc.org/ns/document/1, written with libxml2's
 * xmlTextWriter. docs/newsdoc.rng is the RELAX NG schema of the output
 * (tests/xml validates against it).
 *
 * The content is the JSON export's, shaped for XML: an unknown value is an
 * absent element or attribute (never an empty string), an empty list is an
 * absent container, scalars that qualify an element (heading level, list
 * order, quote offsets, lead image, comment count) are attributes.
 *
 * The writer streams into the host's buffer through an xmlOutputBuffer
 * whose write callback is host->buf_append, so the bytes the caller gets
 * are the host's to free. Plugins do not link libnewsdoc: everything about
 * the document is read through the host table.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>

#include <newsdoc/sys/plugin.h>

#include "exporter_host.h"

#define XML_NAMESPACE "https://libnewsdoc.org/ns/document/1"

/*
 * Field names as the JSON export spells them (the enum values are ABI, so
 * a copy is safe; the host table has no newsdoc_field_name). A field added
 * by a newer host has no name here and its provenance is left out.
 */
static const char *const field_names[] = {
	"url", "canonical_url", "site_name", "language", "title", "subtitle",
	"description", "section", "published", "modified", "parser", "tags",
	"authors", "body", "quotes", "related", "comments", "images", "page_type"
};
#define FIELD_NAME_COUNT (sizeof(field_names) / sizeof(field_names[0]))

/* One export in progress. */
typedef struct xml_export {
	const newsdoc_host_api *host;
	const newsdoc_document *doc;
	newsdoc_buf *out;
	xmlTextWriterPtr writer;
	/* The first status buf_append returned, which the host has already
	 * recorded as the thread's error; 0 while appends succeed. */
	int append_status;
	int text_failed; /* the host could not make the plain text */
} xml_export;

static int xml_init(void **state, const newsdoc_host_api *host)
{
	/* image_is_lead is the last member this plugin calls. */
	return exporter_init(state, host, HOST_HAS(host, image_is_lead),
		"export-xml: the host's function table is too old");
}

/* ---- output ---- */

/*
 * libxml2 hands over its buffered output here. A failed append is kept
 * and the bytes are reported as taken: answering -1 would make libxml2
 * print an I/O error on the caller's stderr. The rest of the document then
 * goes nowhere, and the export returns the kept status.
 */
static int write_to_host(void *context, const char *data, int len)
{
	xml_export *x = context;

	if (x->append_status == 0)
		x->append_status = x->host->buf_append(x->out, data, (size_t)len);
	return len;
}

/* The host owns the buffer; there is nothing to close. */
static int close_host_output(void *context)
{
	(void)context;
	return 0;
}

/* ---- text that XML can carry ---- */

/* Bytes of a character XML 1.0 cannot carry at all (not even as a
 * character reference) starting at `s`, or 0. The model allows any UTF-8
 * without NUL, so C0 controls and U+FFFE/U+FFFF can occur in page text. */
static size_t forbidden_length(const unsigned char *s)
{
	if (s[0] < 0x20 && s[0] != '\t' && s[0] != '\n' && s[0] != '\r')
		return 1;
	if (s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
		return 3;
	return 0;
}

/*
 * `text` with every forbidden character replaced by U+FFFD, so the output
 * stays well-formed. *copy is NULL when the text needs no change (the
 * usual case, which costs no allocation). -1 when out of memory.
 */
static int make_xml_safe(const char *text, char **copy)
{
	const unsigned char *in = (const unsigned char *)text;
	size_t len = strlen(text), i, n, skip, forbidden = 0;
	char *safe;

	*copy = NULL;
	for (i = 0; i < len; i += skip ? skip : 1) {
		skip = forbidden_length(in + i);
		forbidden += skip != 0;
	}
	if (!forbidden)
		return 0;
	/* Each replacement is at most 3 bytes, and at least 1 byte goes. */
	if (!(safe = malloc(len + 2 * forbidden + 1)))
		return -1;
	for (i = n = 0; i < len; ) {
		skip = forbidden_length(in + i);
		if (skip) {
			memcpy(safe + n, "\xEF\xBF\xBD", 3);
			n += 3;
			i += skip;
		} else {
			safe[n++] = text[i++];
		}
	}
	safe[n] = '\0';
	*copy = safe;
	return 0;
}

/* ---- writer helpers: 0 on success, nonzero on failure ---- */

static int start(xml_export *x, const char *name)
{
	return xmlTextWriterStartElement(x->writer, BAD_CAST name) < 0;
}

static int end(xml_export *x)
{
	return xmlTextWriterEndElement(x->writer) < 0;
}

/* Character data, escaped by the writer (& < > and CR included). */
static int text(xml_export *x, const char *value)
{
	char *safe;
	int failed;

	if (make_xml_safe(value, &safe) != 0)
		return 1;
	failed = xmlTextWriterWriteString(x->writer, BAD_CAST (safe ? safe : value)) < 0;
	free(safe);
	return failed;
}

static int attribute(xml_export *x, const char *name, const char *value)
{
	char *safe;
	int failed;

	if (make_xml_safe(value, &safe) != 0)
		return 1;
	failed = xmlTextWriterWriteAttribute(x->writer, BAD_CAST name, BAD_CAST (safe ? safe : value)) < 0;
	free(safe);
	return failed;
}

/* A count or an offset: -1 (or any negative) is the model's "unknown". */
static int number_attribute(xml_export *x, const char *name, long value)
{
	if (value < 0)
		return 0;
	return xmlTextWriterWriteFormatAttribute(x->writer, BAD_CAST name, "%ld", value) < 0;
}

static int boolean_attribute(xml_export *x, const char *name, int value)
{
	return attribute(x, name, value ? "true" : "false");
}

/* <name>value</name>, even when value is "" (known to be empty). */
static int element(xml_export *x, const char *name, const char *value)
{
	return start(x, name) || text(x, value) || end(x);
}

/* <name>value</name> when the value is known; nothing when it is NULL. */
static int optional_element(xml_export *x, const char *name, const char *value)
{
	return value ? element(x, name, value) : 0;
}

static int string_field(xml_export *x, int field)
{
	return optional_element(x, field_names[field], x->host->document_get(x->doc, field));
}

/* ---- the parts of a document ---- */

/* Writes the document's i-th item of one list (tags, authors, ...). */
typedef int (*item_writer)(xml_export *x, size_t i);

/* <name>items</name>; an empty list is an absent container. */
static int write_container(xml_export *x, const char *name, size_t count, item_writer write_item)
{
	size_t i;
	int failed;

	if (count == 0)
		return 0;
	failed = start(x, name);
	for (i = 0; !failed && i < count; i++)
		failed = write_item(x, i);
	return failed || end(x);
}

static int write_tag(xml_export *x, size_t i)
{
	return element(x, "tag", x->host->document_tag_at(x->doc, i));
}

/* The JSON value of newsdoc_author_kind, as the host (1.2 on) tells it;
 * NULL (no element) for an unknown kind or an older host without one. */
static const char *author_kind_name(const newsdoc_host_api *host, const newsdoc_author *author)
{
	if (!HOST_HAS(host, author_kind))
		return NULL;
	switch (host->author_kind(author)) {
	case NEWSDOC_AUTHOR_PERSON: return "person";
	case NEWSDOC_AUTHOR_ORGANIZATION: return "organization";
	default: return NULL;
	}
}

static int write_author(xml_export *x, size_t i)
{
	const newsdoc_host_api *host = x->host;
	const newsdoc_author *author = host->document_author_at(x->doc, i);

	return start(x, "author")
		|| optional_element(x, "name", host->author_name(author))
		|| optional_element(x, "role", host->author_role(author))
		|| optional_element(x, "affiliation", host->author_affiliation(author))
		|| optional_element(x, "url", host->author_url(author))
		|| optional_element(x, "kind", author_kind_name(host, author))
		|| end(x);
}

static int write_list(xml_export *x, const newsdoc_block *block)
{
	const newsdoc_host_api *host = x->host;
	size_t i, count = host->block_item_count(block);
	int failed;

	failed = start(x, "list") || boolean_attribute(x, "ordered", host->block_ordered(block));
	for (i = 0; !failed && i < count; i++)
		failed = element(x, "item", host->block_item_at(block, i));
	return failed || end(x);
}

static int write_table(xml_export *x, const newsdoc_block *block)
{
	const newsdoc_host_api *host = x->host;
	size_t row, cell, row_count = host->block_row_count(block);
	int failed = start(x, "table");

	for (row = 0; !failed && row < row_count; row++) {
		size_t cell_count = host->block_cell_count(block, row);

		failed = start(x, "row");
		for (cell = 0; !failed && cell < cell_count; cell++)
			failed = element(x, "cell", host->block_cell_at(block, row, cell));
		failed = failed || end(x);
	}
	return failed || end(x);
}

static int write_figure(xml_export *x, const newsdoc_block *block)
{
	const newsdoc_host_api *host = x->host;

	return start(x, "figure")
		|| optional_element(x, "image", host->block_image_url(block))
		|| optional_element(x, "alt", host->block_image_alt(block))
		|| optional_element(x, "caption", host->block_caption(block))
		|| optional_element(x, "credit", host->block_credit(block))
		|| end(x);
}

static int write_block(xml_export *x, size_t i)
{
	const newsdoc_host_api *host = x->host;
	const newsdoc_block *block = host->document_block_at(x->doc, i);
	int type = host->block_type(block);

	switch (type) {
	case NEWSDOC_BLOCK_PARAGRAPH:
		return element(x, "paragraph", host->block_text(block));
	case NEWSDOC_BLOCK_HEADING:
		return start(x, "heading")
			|| number_attribute(x, "level", host->block_level(block))
			|| text(x, host->block_text(block))
			|| end(x);
	case NEWSDOC_BLOCK_LIST:
		return write_list(x, block);
	case NEWSDOC_BLOCK_BLOCKQUOTE:
		return element(x, "blockquote", host->block_text(block));
	case NEWSDOC_BLOCK_PREFORMATTED:
		/* Tells XML tools that the white space is content. */
		return start(x, "preformatted")
			|| attribute(x, "xml:space", "preserve")
			|| text(x, host->block_text(block))
			|| end(x);
	case NEWSDOC_BLOCK_TABLE:
		return write_table(x, block);
	case NEWSDOC_BLOCK_FIGURE:
		return write_figure(x, block);
	default:
		/* A type newer than this plugin. It is still written, as its
		 * number and text, because quotes refer to blocks by index. */
		return start(x, "block")
			|| number_attribute(x, "type", type)
			|| text(x, host->block_text(block))
			|| end(x);
	}
}

/* The derived plain text, left out when empty (like an empty body). */
static int write_plain_text(xml_export *x)
{
	const char *plain;

	if (!exporter_body_has_text(x->host, x->doc))
		return 0;
	plain = x->host->document_text(x->doc);
	if (!plain || !*plain) {
		x->text_failed = 1;
		return 1;
	}
	return element(x, "text", plain);
}

static int write_quote(xml_export *x, size_t i)
{
	const newsdoc_host_api *host = x->host;
	const newsdoc_quote *quote = host->document_quote_at(x->doc, i);

	return start(x, "quote")
		|| number_attribute(x, "block", host->quote_block(quote))
		|| number_attribute(x, "start", host->quote_start(quote))
		|| number_attribute(x, "end", host->quote_end(quote))
		|| optional_element(x, "text", host->quote_text(quote))
		|| optional_element(x, "speaker", host->quote_speaker(quote))
		|| optional_element(x, "speaker_resolved", host->quote_speaker_resolved(quote))
		|| optional_element(x, "cue", host->quote_cue(quote))
		|| end(x);
}

static int write_related_item(xml_export *x, size_t i)
{
	const newsdoc_host_api *host = x->host;
	const newsdoc_related *item = host->document_related_at(x->doc, i);

	return start(x, "item")
		|| optional_element(x, "title", host->related_title(item))
		|| optional_element(x, "url", host->related_url(item))
		|| optional_element(x, "author", host->related_author(item))
		|| optional_element(x, "summary", host->related_summary(item))
		|| optional_element(x, "image", host->related_image(item))
		|| end(x);
}

/* <comments count="N"/> only when the page states a count (0 included). */
static int write_comments(xml_export *x)
{
	long count = x->host->document_comment_count(x->doc);

	if (count < 0)
		return 0;
	return start(x, "comments") || number_attribute(x, "count", count) || end(x);
}

static int write_image(xml_export *x, size_t i)
{
	const newsdoc_host_api *host = x->host;
	const newsdoc_image *image = host->document_image_at(x->doc, i);

	return start(x, "image")
		|| boolean_attribute(x, "is_lead", host->image_is_lead(image))
		|| optional_element(x, "url", host->image_url(image))
		|| optional_element(x, "alt", host->image_alt(image))
		|| optional_element(x, "caption", host->image_caption(image))
		|| optional_element(x, "credit", host->image_credit(image))
		|| end(x);
}

/* <provenance><source field="title">html</source>...</provenance>, with
 * only the fields whose source is known. */
static int write_provenance(xml_export *x)
{
	const newsdoc_host_api *host = x->host;
	size_t field;
	int opened = 0, failed = 0;

	for (field = 0; !failed && field < FIELD_NAME_COUNT; field++) {
		const char *source = host->document_provenance(x->doc, (int)field);

		if (!source)
			continue;
		if (!opened) {
			failed = start(x, "provenance");
			opened = 1;
		}
		failed = failed || start(x, "source")
			|| attribute(x, "field", field_names[field])
			|| text(x, source)
			|| end(x);
	}
	return failed || (opened && end(x));
}

/* The whole document, elements in the order the schema fixes. */
static int write_document(xml_export *x)
{
	const newsdoc_host_api *host = x->host;
	const newsdoc_document *doc = x->doc;

	return xmlTextWriterStartDocument(x->writer, NULL, "UTF-8", NULL) < 0
		|| xmlTextWriterStartElementNS(x->writer, NULL, BAD_CAST "document", BAD_CAST XML_NAMESPACE) < 0
		|| string_field(x, NEWSDOC_FIELD_URL)
		|| string_field(x, NEWSDOC_FIELD_CANONICAL_URL)
		|| string_field(x, NEWSDOC_FIELD_SITE_NAME)
		|| string_field(x, NEWSDOC_FIELD_LANGUAGE)
		|| string_field(x, NEWSDOC_FIELD_TITLE)
		|| string_field(x, NEWSDOC_FIELD_SUBTITLE)
		|| string_field(x, NEWSDOC_FIELD_DESCRIPTION)
		|| string_field(x, NEWSDOC_FIELD_SECTION)
		|| string_field(x, NEWSDOC_FIELD_PAGE_TYPE)
		|| write_container(x, "tags", host->document_tag_count(doc), write_tag)
		|| write_container(x, "authors", host->document_author_count(doc), write_author)
		|| string_field(x, NEWSDOC_FIELD_PUBLISHED)
		|| string_field(x, NEWSDOC_FIELD_MODIFIED)
		|| write_container(x, "body", host->document_block_count(doc), write_block)
		|| write_plain_text(x)
		|| write_container(x, "quotes", host->document_quote_count(doc), write_quote)
		|| write_container(x, "related", host->document_related_count(doc), write_related_item)
		|| write_comments(x)
		|| write_container(x, "images", host->document_image_count(doc), write_image)
		|| string_field(x, NEWSDOC_FIELD_PARSER)
		|| write_provenance(x)
		|| end(x)
		|| xmlTextWriterEndDocument(x->writer) < 0
		|| xmlTextWriterFlush(x->writer) < 0;
}

static int xml_export_document(void *state, const char *exporter_id, newsdoc_buf *out,
	const newsdoc_document *doc, unsigned int flags)
{
	const newsdoc_host_api *host = state;
	xml_export x;
	xmlOutputBufferPtr output;
	int failed;

	(void)exporter_id;
	if (!out || !doc)
		return host->error_set(NEWSDOC_EINVAL, "export-xml: out and doc must not be NULL");
	memset(&x, 0, sizeof(x));
	x.host = host;
	x.doc = doc;
	x.out = out;

	/* NULL encoder: the model's UTF-8 goes out as it is. */
	output = xmlOutputBufferCreateIO(write_to_host, close_host_output, &x, NULL);
	if (!output)
		return host->error_set(NEWSDOC_ENOMEM, "export-xml: out of memory creating the output buffer");
	/* The writer owns `output` once made (xmlFreeTextWriter closes it);
	 * when it cannot be made, `output` is still ours to close. */
	x.writer = xmlNewTextWriter(output);
	if (!x.writer) {
		xmlOutputBufferClose(output);
		return host->error_set(NEWSDOC_ENOMEM, "export-xml: out of memory creating the XML writer");
	}
	if (!(flags & NEWSDOC_EXPORT_COMPACT)) {
		if (xmlTextWriterSetIndent(x.writer, 1) < 0 ||
		    xmlTextWriterSetIndentString(x.writer, BAD_CAST "  ") < 0) {
			xmlFreeTextWriter(x.writer);
			return host->error_set(NEWSDOC_ENOMEM, "export-xml: out of memory setting up indentation");
		}
	}
	failed = write_document(&x);
	xmlFreeTextWriter(x.writer);
	if (x.append_status != 0)
		return x.append_status; /* the host has set the error already */
	if (x.text_failed)
		return host->error_set(NEWSDOC_ENOMEM, "export-xml: the host could not make the document's text");
	if (failed)
		return host->error_set(NEWSDOC_ENOMEM, "export-xml: the libxml2 writer failed (out of memory)");
	return 0;
}

NEWSDOC_PLUGIN_DEFINE("export-xml", xml_init, NULL, NULL, xml_export_document)
