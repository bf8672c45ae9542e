/*
 * The registry: built-in parsers and exporters, and what plugins add.
 * Immutable once made, so threads may share it without locks.
 */
#include <string.h>

#include "registry_impl.h"

#define NEWSDOC__BUILTIN_PLUGIN "builtin"

static const newsdoc_plugin_info builtin_plugin = {
	NEWSDOC__BUILTIN_PLUGIN, NEWSDOC_VERSION_STRING, NULL, "builtin", NULL
};

static const newsdoc_parser_info builtin_parsers[] = {
	{ "generic", NEWSDOC__BUILTIN_PLUGIN, 0, NULL, 0 },
};

static const newsdoc_exporter_info builtin_exporters[] = {
	{ "json", "json", "application/json", "json", NEWSDOC__BUILTIN_PLUGIN, newsdoc__export_json },
};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* A registry made without options, shared by calls that pass reg == NULL. */
static const newsdoc_plugin_info *const default_plugin_list[] = { &builtin_plugin };
static const newsdoc_parser_info *const default_parser_list[] = { &builtin_parsers[0] };
static const newsdoc_exporter_info *const default_exporter_list[] = { &builtin_exporters[0] };

static const newsdoc_registry builtin_registry = {
	0,
	(const newsdoc_plugin_info **)default_plugin_list, COUNT_OF(default_plugin_list),
	(const newsdoc_parser_info **)default_parser_list, COUNT_OF(default_parser_list),
	(const newsdoc_exporter_info **)default_exporter_list, COUNT_OF(default_exporter_list),
};

int newsdoc_registry_options_init(newsdoc_registry_options *opts, unsigned int version)
{
	static const newsdoc_registry_options defaults = NEWSDOC_REGISTRY_OPTIONS_INIT;

	if (!opts)
		return newsdoc__error_arg("newsdoc_registry_options_init", "opts");
	if (version != NEWSDOC_REGISTRY_OPTIONS_VERSION)
		return newsdoc__error_set(NEWSDOC_EVERSION,
			"newsdoc_registry_options_init: unknown options version %u (this library knows %d)",
			version, NEWSDOC_REGISTRY_OPTIONS_VERSION);
	*opts = defaults;
	return 0;
}

int newsdoc_registry_new(newsdoc_registry **out, const newsdoc_registry_options *opts)
{
	newsdoc_registry *reg;

	if (!out)
		return newsdoc__error_arg("newsdoc_registry_new", "out");
	*out = NULL;
	if (opts && opts->version != NEWSDOC_REGISTRY_OPTIONS_VERSION)
		return newsdoc__error_set(NEWSDOC_EVERSION,
			"newsdoc_registry_new: unknown options version %u (this library knows %d)",
			opts->version, NEWSDOC_REGISTRY_OPTIONS_VERSION);
	if (opts && opts->plugin_path_count && !opts->plugin_paths)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_registry_new: plugin_path_count is %zu but plugin_paths is NULL",
			opts->plugin_path_count);
	if (!(reg = newsdoc__calloc(1, sizeof(*reg))))
		return newsdoc__error_oom();
	*reg = builtin_registry;
	reg->flags = opts ? opts->flags : 0;
	*out = reg;
	return 0;
}

void newsdoc_registry_free(newsdoc_registry *reg)
{
	newsdoc__free(reg);
}

const newsdoc_registry *newsdoc__registry_effective(const newsdoc_registry *reg)
{
	return reg ? reg : &builtin_registry;
}

const newsdoc_exporter_info *newsdoc__registry_find_exporter(const newsdoc_registry *reg, const char *format)
{
	size_t i;
	reg = newsdoc__registry_effective(reg);
	for (i = 0; i < reg->exporter_count; i++)
		if (!strcmp(reg->exporters[i]->format, format))
			return reg->exporters[i];
	return NULL;
}

const newsdoc_parser_info *newsdoc__registry_find_parser(const newsdoc_registry *reg, const char *id)
{
	size_t i;
	reg = newsdoc__registry_effective(reg);
	for (i = 0; i < reg->parser_count; i++)
		if (!strcmp(reg->parsers[i]->id, id))
			return reg->parsers[i];
	return NULL;
}

/* ---- introspection ---- */

size_t newsdoc_registry_plugin_count(const newsdoc_registry *reg) { return reg ? reg->plugin_count : 0; }
const newsdoc_plugin_info *newsdoc_registry_plugin_at(const newsdoc_registry *reg, size_t i)
{
	return reg && i < reg->plugin_count ? reg->plugins[i] : NULL;
}
const char *newsdoc_plugin_info_name(const newsdoc_plugin_info *info) { return info ? info->name : NULL; }
const char *newsdoc_plugin_info_version(const newsdoc_plugin_info *info) { return info ? info->version : NULL; }
const char *newsdoc_plugin_info_manifest(const newsdoc_plugin_info *info) { return info ? info->manifest : NULL; }
const char *newsdoc_plugin_info_kind(const newsdoc_plugin_info *info) { return info ? info->kind : NULL; }
const char *newsdoc_plugin_info_skip_reason(const newsdoc_plugin_info *info) { return info ? info->skip_reason : NULL; }

size_t newsdoc_registry_parser_count(const newsdoc_registry *reg) { return reg ? reg->parser_count : 0; }
const newsdoc_parser_info *newsdoc_registry_parser_at(const newsdoc_registry *reg, size_t i)
{
	return reg && i < reg->parser_count ? reg->parsers[i] : NULL;
}
const char *newsdoc_parser_info_id(const newsdoc_parser_info *info) { return info ? info->id : NULL; }
const char *newsdoc_parser_info_plugin(const newsdoc_parser_info *info) { return info ? info->plugin : NULL; }
int newsdoc_parser_info_priority(const newsdoc_parser_info *info) { return info ? info->priority : 0; }
size_t newsdoc_parser_info_host_count(const newsdoc_parser_info *info) { return info ? info->host_count : 0; }
const char *newsdoc_parser_info_host_at(const newsdoc_parser_info *info, size_t i)
{
	return info && i < info->host_count ? info->hosts[i] : NULL;
}

size_t newsdoc_registry_exporter_count(const newsdoc_registry *reg) { return reg ? reg->exporter_count : 0; }
const newsdoc_exporter_info *newsdoc_registry_exporter_at(const newsdoc_registry *reg, size_t i)
{
	return reg && i < reg->exporter_count ? reg->exporters[i] : NULL;
}
const char *newsdoc_exporter_info_id(const newsdoc_exporter_info *info) { return info ? info->id : NULL; }
const char *newsdoc_exporter_info_format(const newsdoc_exporter_info *info) { return info ? info->format : NULL; }
const char *newsdoc_exporter_info_mime_type(const newsdoc_exporter_info *info) { return info ? info->mime_type : NULL; }
const char *newsdoc_exporter_info_extension(const newsdoc_exporter_info *info) { return info ? info->extension : NULL; }
const char *newsdoc_exporter_info_plugin(const newsdoc_exporter_info *info) { return info ? info->plugin : NULL; }
