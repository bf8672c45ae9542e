/*
 * The JSON exporter plugin. The JSON shape is the library's own contract
 * (docs/newsdoc.schema.json) and the core needs the same writer for the
 * JSON round trip and for programs that run without plugins, so this
 * plugin writes through the host's serializer instead of keeping a second
 * copy of it. What it provides is the seam: "json" is chosen like every
 * other format, and installing another plugin that claims "json" earlier
 * in the search path replaces it.
 */
#include <newsdoc/sys/plugin.h>

static int json_init(void **state, const newsdoc_host_api *host)
{
	*state = (void *)host;
	return 0;
}

static int json_export(void *state, const char *exporter_id, newsdoc_buf *out,
	const newsdoc_document *doc, unsigned int flags)
{
	const newsdoc_host_api *host = state;
	(void)exporter_id;
	return host->export_json(out, doc, flags);
}

NEWSDOC_PLUGIN_DEFINE("export-json", json_init, NULL, NULL, json_export)
