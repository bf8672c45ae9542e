/*
 * A plugin to copy: one parser for example.org that reads the page's
 * "kicker" (<p class="kicker">Opinion</p>) as the section and leaves
 * everything else to libnewsdoc's generic extractor, and one exporter
 * ("title") that writes the title alone. It links neither libnewsdoc
 * nor libxml2: it calls the host table it is given, XPath included.
 */
#include <string.h>

#include <newsdoc/sys/plugin.h>

static const newsdoc_host_api *host;

static int template_init(void **state, const newsdoc_host_api *api)
{
	/* Read only as much of the table as this host has: check the last
	 * member the plugin calls (xpath_strings came after 1.0.0). */
	if (!NEWSDOC_HOST_API_HAS(api, xpath_strings))
		return api->error_set(NEWSDOC_EVERSION, "this plugin needs a newer libnewsdoc");
	host = api;
	*state = NULL;
	return 0;
}

/*
 * The page's tree is read with the host's XPath (host->xpath_strings), so
 * the plugin does not link libxml2. Should a plugin read the bytes
 * instead: page->data is exactly page->len bytes with no NUL after them,
 * so search it with host->bytes_find (or memchr, memcmp), never with
 * strstr or strlen, which would read past its end.
 */
static int template_parse(void *state, const char *parser_id, newsdoc_document *doc,
	const newsdoc_plugin_page *page)
{
	static const char kicker[] = "//p[contains(concat(' ', normalize-space(@class), ' '), ' kicker ')]";
	newsdoc_buf found = NEWSDOC_BUF_INIT;
	size_t count = 0;
	int error;

	(void)state;
	(void)parser_id;
	if (!page->html)
		return 0; /* text input: nothing of ours */
	if ((error = host->xpath_strings(&found, &count, page, kicker)) != 0)
		return error;
	/* The strings follow one another, each ending in a NUL: the first
	 * kicker is found.ptr itself. An empty one is not a section. */
	if (count && found.ptr[0])
		error = host->document_set(doc, NEWSDOC_FIELD_SECTION, found.ptr);
	if (count && found.ptr[0] && !error)
		error = host->document_set_provenance(doc, NEWSDOC_FIELD_SECTION, "plugin");
	host->buf_dispose(&found);
	return error;
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
