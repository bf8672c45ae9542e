/* C helpers for the Go binding; see shim.h. */
#include <string.h>
#include "shim.h"

const char newsdoc_go_empty[1] = { 0 };

/* Copy of the calling thread's last error message (malloc'd, or NULL). */
static char *error_copy(void)
{
	const char *m = newsdoc_error_last()->message;
	size_t n;
	char *p;

	if (!m)
		m = "";
	n = strlen(m) + 1;
	p = malloc(n);
	if (p)
		memcpy(p, m, n);
	return p;
}

static int fail(int rc, char **msg)
{
	if (rc != 0 && msg)
		*msg = error_copy();
	return rc;
}

int newsdoc_go_registry_new(newsdoc_registry **out, char **paths, size_t npaths,
	unsigned int flags, char **msg)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	opts.plugin_paths = (const char *const *)paths;
	opts.plugin_path_count = npaths;
	opts.flags = flags;
	return fail(newsdoc_registry_new(out, &opts), msg);
}

int newsdoc_go_parse(newsdoc_document **out, const newsdoc_registry *reg,
	const char *data, size_t len, const char *url, int input, const char *parser,
	const char *charset, unsigned int flags, const size_t *limits, char **msg)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	opts.input = input;
	opts.parser = parser;
	opts.charset = charset;
	opts.flags = flags;
	if (limits) {
		opts.max_input_size = limits[0];
		opts.max_depth = limits[1];
		opts.max_nodes = limits[2];
		opts.max_jsonld_size = limits[3];
		opts.max_quotes = limits[4];
		opts.max_related = limits[5];
		opts.max_work = limits[6];
	}
	return fail(newsdoc_parse(out, reg, data, len, url, &opts), msg);
}

int newsdoc_go_from_json(newsdoc_document **out, const char *data, size_t len, char **msg)
{
	return fail(newsdoc_document_from_json(out, data, len), msg);
}

int newsdoc_go_export(newsdoc_buf *buf, const newsdoc_registry *reg,
	const newsdoc_document *doc, const char *format, unsigned int flags, char **msg)
{
	newsdoc_export_options opts = NEWSDOC_EXPORT_OPTIONS_INIT;
	opts.flags = flags;
	return fail(newsdoc_export(buf, reg, doc, format, &opts), msg);
}

int newsdoc_go_plugin_load(const newsdoc_registry *reg, size_t i, char **msg)
{
	return fail(newsdoc_registry_plugin_load(reg, i), msg);
}
