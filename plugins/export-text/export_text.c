/*
 * The plain-text exporter plugin: what a reader would keep of an article.
 *
 *   Title
 *
 *   By Name (Role, Affiliation), Name (Role), Name (at Affiliation) and Name
 *   Published: 2025-05-21T15:42:10-04:00
 *   Updated: 2025-05-22T08:00:00Z
 *
 *   The body as the host derives it (newsdoc_document_text): blocks
 *   separated by blank lines, list items and table rows one per line.
 *
 * The byline and the date lines form one header group, the layout that
 * `--input text` reads back exactly (libnewsdoc/text/text_header.c): a
 * document exported here and parsed as text keeps its title, authors with
 * role and affiliation, and both dates.
 *
 * Each part is left out when unknown (an empty document gives no bytes),
 * and the output ends with a newline when there is any. Everything goes
 * through host->buf_append; the first failing call's status is returned.
 */
#include <stddef.h>
#include <string.h>

#include <newsdoc/sys/plugin.h>

#include "exporter_host.h"

typedef struct text_export {
	const newsdoc_host_api *host;
	newsdoc_buf *out;
	int status;   /* the first failing host call's status, else 0 */
	size_t parts; /* parts written so far; after the first, a blank line */
} text_export;

static int text_init(void **state, const newsdoc_host_api *host)
{
	/* block_text is the last member this plugin calls. */
	return exporter_init(state, host, HOST_HAS(host, block_text),
		"export-text: the host's function table is too old");
}

static void put(text_export *t, const char *data)
{
	size_t len = strlen(data);

	if (t->status == 0 && len > 0)
		t->status = t->host->buf_append(t->out, data, len);
}

static void begin_part(text_export *t)
{
	if (t->parts > 0)
		put(t, "\n");
	t->parts++;
}

/* One line: its own line breaks would read as separate parts. Plain text
 * has no markup to escape, so runs between breaks are written as they are. */
static void put_line(text_export *t, const char *text)
{
	const char *stop;

	while ((stop = strpbrk(text, "\r\n")) != NULL) {
		size_t len = (size_t)(stop - text);

		if (t->status == 0 && len > 0)
			t->status = t->host->buf_append(t->out, text, len);
		put(t, " ");
		text = stop + (stop[0] == '\r' && stop[1] == '\n' ? 2 : 1);
	}
	put(t, text);
}

/* By A (Role, Affiliation), B and C */
static void write_authors(text_export *t, const newsdoc_document *doc)
{
	const newsdoc_host_api *host = t->host;
	size_t i, count = host->document_author_count(doc);

	if (count == 0)
		return;
	put(t, "By ");
	for (i = 0; i < count; i++) {
		const newsdoc_author *author = host->document_author_at(doc, i);
		const char *name = host->author_name(author);
		const char *role = host->author_role(author);
		const char *affiliation = host->author_affiliation(author);

		if (i > 0)
			put(t, i + 1 == count ? " and " : ", ");
		if (name)
			put_line(t, name);
		if (role || affiliation) {
			put(t, " (");
			if (!role)
				put(t, EXPORTER_AFFILIATION_CUE);
			if (role)
				put_line(t, role);
			if (role && affiliation)
				put(t, ", ");
			if (affiliation)
				put_line(t, affiliation);
			put(t, ")");
		}
	}
	put(t, "\n");
}

static int has_field(const text_export *t, const newsdoc_document *doc, newsdoc_field field)
{
	const char *value = t->host->document_get(doc, field);

	return value && *value;
}

/* "Published: <ISO date>": the labels are words the text input reads as
 * date labels (metadata/meta_date_words.c). */
static void write_date(text_export *t, const newsdoc_document *doc, newsdoc_field field, const char *label)
{
	if (!has_field(t, doc, field))
		return;
	put(t, label);
	put_line(t, t->host->document_get(doc, field));
	put(t, "\n");
}

/* The byline and the dates, one group of lines. */
static void write_header(text_export *t, const newsdoc_document *doc)
{
	if (t->host->document_author_count(doc) == 0 && !has_field(t, doc, NEWSDOC_FIELD_PUBLISHED) &&
		!has_field(t, doc, NEWSDOC_FIELD_MODIFIED))
		return;
	begin_part(t);
	write_authors(t, doc);
	write_date(t, doc, NEWSDOC_FIELD_PUBLISHED, "Published: ");
	write_date(t, doc, NEWSDOC_FIELD_MODIFIED, "Updated: ");
}

static int text_export_document(void *state, const char *exporter_id, newsdoc_buf *out,
	const newsdoc_document *doc, unsigned int flags)
{
	const newsdoc_host_api *host = state;
	const char *title, *body;
	text_export t;

	(void)exporter_id;
	(void)flags; /* plain text has no compact form */
	if (!out || !doc)
		return host->error_set(NEWSDOC_EINVAL, "export-text: out and doc must not be NULL");
	memset(&t, 0, sizeof(t));
	t.host = host;
	t.out = out;

	title = host->document_get(doc, NEWSDOC_FIELD_TITLE);
	if (title && *title) {
		begin_part(&t);
		put_line(&t, title);
		put(&t, "\n");
	}
	write_header(&t, doc);
	if (t.status == 0 && exporter_body_has_text(host, doc)) {
		size_t len;

		body = host->document_text(doc);
		if (!body || !*body)
			return host->error_set(NEWSDOC_ENOMEM, "export-text: the host could not make the document's text");
		len = strlen(body);
		begin_part(&t);
		put(&t, body);
		if (body[len - 1] != '\n')
			put(&t, "\n");
	}
	return exporter_finish(host, out, t.status);
}

NEWSDOC_PLUGIN_DEFINE("export-text", text_init, NULL, NULL, text_export_document)
