/*
 * The registry's private layout: the built-in parsers and exporters, and
 * (from the plugin issue on) the plugins found through manifests.
 */
#ifndef NEWSDOC_REGISTRY_IMPL_H
#define NEWSDOC_REGISTRY_IMPL_H

#include "internal.h"

struct newsdoc_plugin_info {
	const char *name;
	const char *version;
	const char *manifest;    /* NULL for built-ins */
	const char *kind;        /* "builtin", "library", "declarative" */
	const char *skip_reason; /* NULL when in use */
};

struct newsdoc_parser_info {
	const char *id;
	const char *plugin;
	int priority;
	const char *const *hosts;
	size_t host_count;
};

typedef int (*newsdoc__export_fn)(newsdoc_buf *out, const newsdoc_document *doc, unsigned int flags);

struct newsdoc_exporter_info {
	const char *id;
	const char *format;
	const char *mime_type;
	const char *extension;
	const char *plugin;
	newsdoc__export_fn builtin; /* set for built-in exporters */
};

struct newsdoc_registry {
	unsigned int flags;
	const newsdoc_plugin_info **plugins;
	size_t plugin_count;
	const newsdoc_parser_info **parsers;
	size_t parser_count;
	const newsdoc_exporter_info **exporters;
	size_t exporter_count;
};

/* `reg`, or the built-in registry when reg is NULL. */
const newsdoc_registry *newsdoc__registry_effective(const newsdoc_registry *reg);
/* The exporter for `format`, or NULL. */
const newsdoc_exporter_info *newsdoc__registry_find_exporter(const newsdoc_registry *reg, const char *format);
/* The parser with `id`, or NULL. */
const newsdoc_parser_info *newsdoc__registry_find_parser(const newsdoc_registry *reg, const char *id);

#endif
