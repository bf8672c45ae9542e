/*
 * A plugin to copy: one parser for example.org that reads the page's
 * "kicker" (<p class="kicker">Opinion</p>) as the section and leaves
 * everything else to libnewsdoc's generic extractor, and one exporter
 * ("title") that writes the title alone. It does not link libnewsdoc:
 * it calls the host table it is given.
 */
#include <string.h>

#include <newsdoc/sys/plugin.h>

static const newsdoc_host_api *host;

static int template_init(void **state, const newsdoc_host_api *api)
{
	/* Read only as much of the table as this host has. */
	if (api->struct_size < sizeof(newsdoc_host_api))
		return api->error_set(NEWSDOC_EVERSION, "this plugin needs a newer libnewsdoc");
	host = api;
	*state = NULL;
	return 0;
}

/*
 * page->data is exactly page->len bytes with no NUL after them, so the
 * page is searched with host->bytes_find (or memchr, memcmp), never with
 * strstr or strlen, which would read past its end.
 */
static int template_parse(void *state, const char *parser_id, newsdoc_document *doc,
	const newsdoc_plugin_page *page)
{
	static const char open_tag[] = "<p class=\"kicker\">";
	const char *page_end = page->data + page->len;
	const char *start, *end;
	char section[128];
	size_t len;
	int error;

	(void)state;
	(void)parser_id;
	start = host->bytes_find(page->data, page->len, open_tag);
	if (!start)
		return 0; /* nothing of ours: the generic extractor does it all */
	start += sizeof(open_tag) - 1;
	end = host->bytes_find(start, (size_t)(page_end - start), "</p>");
	len = end ? (size_t)(end - start) : 0;
	if (!len || len >= sizeof(section))
		return 0;
	memcpy(section, start, len);
	section[len] = '\0';
	if ((error = host->document_set(doc, NEWSDOC_FIELD_SECTION, section)) != 0)
		return error;
	return host->document_set_provenance(doc, NEWSDOC_FIELD_SECTION, "plugin");
}

static int template_export(void *state, const char *exporter_id, newsdoc_buf *out,
	const newsdoc_document *doc, unsigned int flags)
{
	const char *title = host->document_get(doc, NEWSDOC_FIELD_TITLE);
	int error;

	(void)state;
	(void)exporter_id;
	(void)flags;
	if (title && (error = host->buf_append(out, title, strlen(title))) != 0)
		return error;
	return host->buf_append(out, "\n", 1);
}

NEWSDOC_PLUGIN_DEFINE("template", template_init, NULL, template_parse, template_export)
