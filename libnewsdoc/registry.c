/*
 * The registry: built-in parsers and exporters, and what plugins add.
 * Immutable once made (but for the lazy loading of plugin libraries,
 * which takes the registry's lock), so threads may share it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "registry_impl.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static newsdoc_plugin_info builtin_plugin = {
	"builtin", NEWSDOC_VERSION_STRING, NULL, "builtin", NULL, NULL,
	NEWSDOC_PLUGIN_INTERFACE_VERSION, NEWSDOC_PLUGIN_INTERFACE_VERSION,
	NEWSDOC__LOAD_OK, NULL, NULL, NULL, NULL
};

static newsdoc_parser_info builtin_generic = {
	"generic", &builtin_plugin, 0, NULL, 0, NULL, 0, NULL, NULL
};

static newsdoc_exporter_info builtin_json = {
	"json", "json", "application/json", "json", &builtin_plugin, newsdoc__export_json
};

static void *builtin_plugin_list[] = { &builtin_plugin };
static void *builtin_parser_list[] = { &builtin_generic };
static void *builtin_exporter_list[] = { &builtin_json };

/* What calls with reg == NULL use: the built-ins, no plugins. */
static newsdoc_registry builtin_registry = {
	0,
	{ builtin_plugin_list, COUNT_OF(builtin_plugin_list), COUNT_OF(builtin_plugin_list) },
	{ builtin_parser_list, COUNT_OF(builtin_parser_list), COUNT_OF(builtin_parser_list) },
	{ builtin_exporter_list, COUNT_OF(builtin_exporter_list), COUNT_OF(builtin_exporter_list) },
	{ NULL, 0, 0 },
	0, 1, PTHREAD_MUTEX_INITIALIZER,
	NEWSDOC__STR_MAP_INIT, NEWSDOC__STR_MAP_INIT, NEWSDOC__STR_MAP_INIT,
	{ 0, 0, 0 }, NEWSDOC__STR_MAP_INIT, { NULL, 0, 0 },
	NEWSDOC__STR_MAP_INIT, { NULL, 0, 0 }
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

void newsdoc__plugin_log(const newsdoc_registry *reg, const char *fmt, ...)
{
	va_list ap;
	if (!reg || !reg->debug)
		return;
	va_start(ap, fmt);
	fputs("newsdoc: plugins: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

int newsdoc__registry_warn(newsdoc_registry *reg, const char *fmt, ...)
{
	char message[1024];
	char *copy;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	newsdoc__plugin_log(reg, "warning: %s", message);
	if (!(copy = newsdoc__strdup(message)))
		return newsdoc__error_oom();
	if (newsdoc__vec_push(&reg->warnings, copy) != 0) {
		newsdoc__free(copy);
		return NEWSDOC_ENOMEM;
	}
	return 0;
}

static void free_strings(char **strings, size_t count)
{
	size_t i;
	for (i = 0; i < count; i++)
		newsdoc__free(strings[i]);
	newsdoc__free(strings);
}

void newsdoc__parser_info_free(newsdoc_parser_info *parser)
{
	if (!parser)
		return;
	newsdoc__free(parser->id);
	free_strings(parser->hosts, parser->host_count);
	free_strings(parser->paths, parser->path_count);
	newsdoc__free(parser->probe);
	newsdoc__rules_free(parser->rules);
	newsdoc__free(parser);
}

void newsdoc__exporter_info_free(newsdoc_exporter_info *exporter)
{
	if (!exporter)
		return;
	newsdoc__free(exporter->id);
	newsdoc__free(exporter->format);
	newsdoc__free(exporter->mime_type);
	newsdoc__free(exporter->extension);
	newsdoc__free(exporter);
}

void newsdoc_registry_free(newsdoc_registry *reg)
{
	size_t i;

	if (!reg || reg->is_static)
		return;
	for (i = 0; i < reg->parsers.count; i++) {
		newsdoc_parser_info *parser = reg->parsers.items[i];
		if (parser->owner != &builtin_plugin)
			newsdoc__parser_info_free(parser);
	}
	for (i = 0; i < reg->exporters.count; i++) {
		newsdoc_exporter_info *exporter = reg->exporters.items[i];
		if (exporter->owner != &builtin_plugin)
			newsdoc__exporter_info_free(exporter);
	}
	/* Plugins last, in reverse: fini may still want what others set up. */
	for (i = reg->plugins.count; i-- > 0;) {
		newsdoc_plugin_info *plugin = reg->plugins.items[i];
		if (plugin == &builtin_plugin)
			continue;
		newsdoc__plugin_unload(plugin);
		newsdoc__free(plugin->name);
		newsdoc__free(plugin->version);
		newsdoc__free(plugin->manifest);
		newsdoc__free(plugin->skip_reason);
		newsdoc__free(plugin->library);
		newsdoc__free(plugin->load_error);
		newsdoc__free(plugin);
	}
	newsdoc__free(reg->plugins.items);
	newsdoc__free(reg->parsers.items);
	newsdoc__free(reg->exporters.items);
	for (i = 0; i < reg->warnings.count; i++)
		newsdoc__free(reg->warnings.items[i]);
	newsdoc__free(reg->warnings.items);
	newsdoc__str_map_free(&reg->plugin_names);
	newsdoc__str_map_free(&reg->parser_ids);
	newsdoc__str_map_free(&reg->formats);
	newsdoc__trust_cache_free(reg);
	pthread_mutex_destroy(&reg->lock);
	newsdoc__free(reg);
}

int newsdoc_registry_new(newsdoc_registry **out, const newsdoc_registry_options *opts)
{
	newsdoc__identity who;

	newsdoc__identity_current(&who);
	return newsdoc__registry_new_as(out, opts, &who);
}

int newsdoc__registry_new_as(newsdoc_registry **out, const newsdoc_registry_options *opts,
	const newsdoc__identity *who)
{
	static const newsdoc_registry_options defaults = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg;
	int error;

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
	if (!opts)
		opts = &defaults;
	if (!(reg = newsdoc__calloc(1, sizeof(*reg))))
		return newsdoc__error_oom();
	if (pthread_mutex_init(&reg->lock, NULL) != 0) {
		newsdoc__free(reg);
		return newsdoc__error_set(NEWSDOC_ERROR, "newsdoc_registry_new: cannot create a mutex");
	}
	reg->flags = opts->flags;
	reg->identity = *who;
	if (!(reg->flags & NEWSDOC_REGISTRY_NO_ENVIRONMENT)) {
		const char *debug = secure_getenv("NEWSDOC_DEBUG");
		reg->debug = debug && strstr(debug, "plugins") != NULL;
	}
	/* Plugins first, built-ins last: a plugin may replace a built-in format. */
	newsdoc__xml_clear_oom();
	error = newsdoc__vec_push(&reg->plugins, &builtin_plugin);
	if (!error)
		error = newsdoc__discover_plugins(reg, opts);
	/* XPath checks of site rules use libxml2. */
	if (!error && newsdoc__xml_oom())
		error = newsdoc__error_oom();
	if (!error)
		error = newsdoc__vec_push(&reg->parsers, &builtin_generic);
	/* Listed only when no plugin replaced it: the list holds each format
	 * once, the one newsdoc_export uses. */
	if (!error && !newsdoc__str_map_get(&reg->formats, builtin_json.format))
		error = newsdoc__vec_push(&reg->exporters, &builtin_json);
	if (!error)
		error = newsdoc__report_host_ties(reg);
	if (error) {
		newsdoc_registry_free(reg);
		return error;
	}
	*out = reg;
	return 0;
}

const newsdoc_registry *newsdoc__registry_effective(const newsdoc_registry *reg)
{
	return reg ? reg : &builtin_registry;
}

const newsdoc_exporter_info *newsdoc__registry_find_exporter(const newsdoc_registry *reg, const char *format)
{
	size_t i;
	reg = newsdoc__registry_effective(reg);
	for (i = 0; i < reg->exporters.count; i++) {
		const newsdoc_exporter_info *exporter = reg->exporters.items[i];
		if (!strcmp(exporter->format, format))
			return exporter;
	}
	return NULL;
}

const newsdoc_exporter_info *newsdoc__registry_builtin_exporter(const char *format)
{
	return newsdoc__registry_find_exporter(&builtin_registry, format);
}

const newsdoc_parser_info *newsdoc__registry_find_parser(const newsdoc_registry *reg, const char *id)
{
	size_t i;
	reg = newsdoc__registry_effective(reg);
	for (i = 0; i < reg->parsers.count; i++) {
		const newsdoc_parser_info *parser = reg->parsers.items[i];
		if (!strcmp(parser->id, id))
			return parser;
	}
	return NULL;
}

int newsdoc_registry_plugin_load(const newsdoc_registry *reg, size_t i)
{
	newsdoc_plugin_info *plugin;

	if (!reg)
		return newsdoc__error_arg("newsdoc_registry_plugin_load", "reg");
	if (i >= reg->plugins.count)
		return newsdoc__error_set(NEWSDOC_ENOTFOUND,
			"newsdoc_registry_plugin_load: no plugin %zu (the registry has %zu)", i, reg->plugins.count);
	plugin = reg->plugins.items[i];
	if (plugin->skip_reason)
		return newsdoc__error_set(NEWSDOC_EPLUGIN, "plugin %s (%s) was skipped: %s",
			plugin->name ? plugin->name : "?", plugin->manifest ? plugin->manifest : "?",
			plugin->skip_reason);
	return newsdoc__plugin_ensure_loaded(reg, plugin);
}

/* ---- introspection ---- */

size_t newsdoc_registry_plugin_count(const newsdoc_registry *reg) { return reg ? reg->plugins.count : 0; }
const newsdoc_plugin_info *newsdoc_registry_plugin_at(const newsdoc_registry *reg, size_t i)
{
	return reg && i < reg->plugins.count ? reg->plugins.items[i] : NULL;
}
const char *newsdoc_plugin_info_name(const newsdoc_plugin_info *info) { return info ? info->name : NULL; }
const char *newsdoc_plugin_info_version(const newsdoc_plugin_info *info) { return info ? info->version : NULL; }
const char *newsdoc_plugin_info_manifest(const newsdoc_plugin_info *info) { return info ? info->manifest : NULL; }
const char *newsdoc_plugin_info_kind(const newsdoc_plugin_info *info) { return info ? info->kind : NULL; }
const char *newsdoc_plugin_info_skip_reason(const newsdoc_plugin_info *info) { return info ? info->skip_reason : NULL; }
const char *newsdoc_plugin_info_library(const newsdoc_plugin_info *info) { return info ? info->library : NULL; }

size_t newsdoc_registry_parser_count(const newsdoc_registry *reg) { return reg ? reg->parsers.count : 0; }
const newsdoc_parser_info *newsdoc_registry_parser_at(const newsdoc_registry *reg, size_t i)
{
	return reg && i < reg->parsers.count ? reg->parsers.items[i] : NULL;
}
const char *newsdoc_parser_info_id(const newsdoc_parser_info *info) { return info ? info->id : NULL; }
const char *newsdoc_parser_info_plugin(const newsdoc_parser_info *info) { return info ? info->owner->name : NULL; }
int newsdoc_parser_info_priority(const newsdoc_parser_info *info) { return info ? info->priority : 0; }
size_t newsdoc_parser_info_host_count(const newsdoc_parser_info *info) { return info ? info->host_count : 0; }
const char *newsdoc_parser_info_host_at(const newsdoc_parser_info *info, size_t i)
{
	return info && i < info->host_count ? info->hosts[i] : NULL;
}
size_t newsdoc_parser_info_path_count(const newsdoc_parser_info *info) { return info ? info->path_count : 0; }
const char *newsdoc_parser_info_path_at(const newsdoc_parser_info *info, size_t i)
{
	return info && i < info->path_count ? info->paths[i] : NULL;
}
int newsdoc_parser_info_declarative(const newsdoc_parser_info *info) { return info && info->rules ? 1 : 0; }

size_t newsdoc_registry_exporter_count(const newsdoc_registry *reg) { return reg ? reg->exporters.count : 0; }
const newsdoc_exporter_info *newsdoc_registry_exporter_at(const newsdoc_registry *reg, size_t i)
{
	return reg && i < reg->exporters.count ? reg->exporters.items[i] : NULL;
}
const char *newsdoc_exporter_info_id(const newsdoc_exporter_info *info) { return info ? info->id : NULL; }
const char *newsdoc_exporter_info_format(const newsdoc_exporter_info *info) { return info ? info->format : NULL; }
const char *newsdoc_exporter_info_mime_type(const newsdoc_exporter_info *info) { return info ? info->mime_type : NULL; }
const char *newsdoc_exporter_info_extension(const newsdoc_exporter_info *info) { return info ? info->extension : NULL; }
const char *newsdoc_exporter_info_plugin(const newsdoc_exporter_info *info) { return info ? info->owner->name : NULL; }

size_t newsdoc_registry_warning_count(const newsdoc_registry *reg) { return reg ? reg->warnings.count : 0; }
const char *newsdoc_registry_warning_at(const newsdoc_registry *reg, size_t i)
{
	return reg && i < reg->warnings.count ? reg->warnings.items[i] : NULL;
}
