/*
 * A parser plugin that reads the page's tree only through the host's
 * xpath_strings, linking no libxml2: the page names, in
 * <meta name="xpath-test" content="EXPR">, the expression to evaluate,
 * and the plugin reports what came back in the document: the section is
 * "count=N" or "error=CODE: MESSAGE", and each string is a tag.
 */
#include <stdio.h>
#include <string.h>

#include <newsdoc/sys/plugin.h>

static const newsdoc_host_api *host;

static int xpath_init(void **state, const newsdoc_host_api *api)
{
	if (!NEWSDOC_HOST_API_HAS(api, xpath_strings))
		return api->error_set(NEWSDOC_EVERSION, "the xpath fixture needs xpath_strings");
	host = api;
	*state = NULL;
	return 0;
}

static int report(newsdoc_document *doc, const char *section)
{
	int error = host->document_set(doc, NEWSDOC_FIELD_SECTION, section);
	return error ? error : host->document_set_provenance(doc, NEWSDOC_FIELD_SECTION, "plugin");
}

static int xpath_parse(void *state, const char *parser_id, newsdoc_document *doc,
	const newsdoc_plugin_page *page)
{
	newsdoc_buf expression = NEWSDOC_BUF_INIT, found = NEWSDOC_BUF_INIT;
	size_t count = 0, i;
	const char *s;
	char section[1200];
	int error;

	(void)state;
	(void)parser_id;
	error = host->xpath_strings(&expression, &count, page, "//meta[@name='xpath-test']/@content");
	if (error || count != 1) {
		snprintf(section, sizeof(section), "no expression (%d, %lu)", error, (unsigned long)count);
		host->buf_dispose(&expression);
		return report(doc, section);
	}
	error = host->xpath_strings(&found, &count, page, expression.ptr);
	host->buf_dispose(&expression);
	if (error) {
		/* The host's error is the calling thread's last error; the host
		 * table has no getter, so the message is checked by the test. */
		snprintf(section, sizeof(section), "error=%d", error);
		return report(doc, section);
	}
	snprintf(section, sizeof(section), "count=%lu", (unsigned long)count);
	/* The strings follow one another, each ending in a NUL. */
	for (i = 0, s = found.ptr; i < count && !error; i++, s += strlen(s) + 1)
		error = host->document_add_tag(doc, s);
	if (count && (size_t)(s - found.ptr) != found.size)
		error = host->error_set(NEWSDOC_EPLUGIN, "the strings do not fill the buffer");
	host->buf_dispose(&found);
	return error ? error : report(doc, section);
}

NEWSDOC_PLUGIN_DEFINE("xpath", xpath_init, NULL, xpath_parse, NULL)
