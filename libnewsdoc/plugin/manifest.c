/*
 * Plugin manifests: one JSON file per plugin, read without opening any
 * library, so that the registry can choose a parser or exporter by the
 * manifest alone (docs/PLUGINS.md describes the format).
 *
 * A manifest that cannot be used never fails the registry: it is recorded
 * as a skipped plugin with the reason, and discovery goes on.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "../registry_impl.h"
#include "../json/json_load.h"
#include "install_dirs.h"

#define REASON_MAX 512
/* The largest interface version a manifest may name: far above any there
 * will be, low enough that no conversion can wrap it. */
#define INTERFACE_VERSION_MAX 65535

typedef struct manifest_reader {
	newsdoc_registry *reg;
	const char *path;
	char reason[REASON_MAX];
	unsigned int minor;   /* of file_format_version */
	int lenient;          /* a newer minor version: unknown keys are ignored */
} manifest_reader;

/* The newest minor version of file_format_version 1 this library knows:
 * 1.1 added exporters[].replaces_builtin. */
#define FORMAT_MINOR_KNOWN 1

static int fail(manifest_reader *r, const char *fmt, ...) NEWSDOC__PRINTF(2, 3);

/* Record why the manifest is skipped; returns 1 so callers can `return fail(...)`. */
static int fail(manifest_reader *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->reason, sizeof(r->reason), fmt, ap);
	va_end(ap);
	return 1;
}

/* Unknown keys are an error in a manifest of a minor version we know
 * (a typo should not pass silently), ignored in a newer one; x-* keys are
 * always the user's own. */
static int check_keys(manifest_reader *r, json_t *object, const char *where, const char *const *known)
{
	const char *key;
	json_t *value;

	if (r->lenient)
		return 0;
	json_object_foreach(object, key, value) {
		size_t i;
		int found = !strncmp(key, "x-", 2);
		for (i = 0; known[i] && !found; i++)
			found = !strcmp(key, known[i]);
		if (!found)
			return fail(r, "unknown key '%s' in %s", key, where);
	}
	return 0;
}

static int get_string(manifest_reader *r, json_t *object, const char *key, const char *where,
	int required, const char **out)
{
	json_t *value = json_object_get(object, key);
	*out = NULL;
	if (!value) {
		if (required)
			return fail(r, "%s has no '%s'", where, key);
		return 0;
	}
	if (!json_is_string(value) || !json_string_length(value))
		return fail(r, "'%s' in %s must be a non-empty string", key, where);
	*out = json_string_value(value);
	return 0;
}

/*
 * One number of a version: decimal digits only, no sign, space or other
 * digit. Returns what follows it, or NULL when there is no digit; sets
 * *too_large when it is over UINT_MAX (sscanf's %u would wrap it, and
 * accept a sign or leading space).
 */
static const char *version_number(const char *p, unsigned int *out, int *too_large)
{
	const char *start = p;
	unsigned int value = 0;

	for (; *p >= '0' && *p <= '9'; p++) {
		unsigned int digit = (unsigned int)(*p - '0');
		if (value > (UINT_MAX - digit) / 10)
			*too_large = 1;
		else
			value = value * 10 + digit;
	}
	*out = value;
	return p == start ? NULL : p;
}

/* file_format_version: MAJOR.MINOR.PATCH, each a number of at most
 * UINT_MAX. 0, or 1 with the reason. */
static int parse_version(manifest_reader *r, const char *text, unsigned int parts[3])
{
	const char *p = text;
	int too_large = 0;
	size_t i;

	for (i = 0; i < 3 && p; i++) {
		if (i && *p++ != '.')
			p = NULL;
		else
			p = version_number(p, &parts[i], &too_large);
	}
	if (!p || *p)
		return fail(r, "file_format_version '%s' is not MAJOR.MINOR.PATCH "
			"(three numbers of decimal digits, no sign or spaces)", text);
	if (too_large)
		return fail(r, "file_format_version '%s' has a number larger than %u", text, UINT_MAX);
	return 0;
}


/* Copy a JSON array of non-empty strings. */
static int get_string_array(manifest_reader *r, json_t *value, const char *where,
	char ***out, size_t *count, int *oom)
{
	size_t i, n;

	*out = NULL;
	*count = 0;
	if (!value)
		return 0;
	if (!json_is_array(value))
		return fail(r, "%s must be an array of strings", where);
	n = json_array_size(value);
	if (!n)
		return 0;
	if (!(*out = newsdoc__calloc(n, sizeof(char *)))) {
		*oom = 1;
		return 1;
	}
	for (i = 0; i < n; i++) {
		json_t *item = json_array_get(value, i);
		if (!json_is_string(item) || !json_string_length(item))
			return fail(r, "%s[%zu] must be a non-empty string", where, i);
		if (!((*out)[i] = newsdoc__strdup(json_string_value(item)))) {
			*oom = 1;
			return 1;
		}
		*count = i + 1;
	}
	return 0;
}

static int name_is_valid(const char *name)
{
	const char *p;
	for (p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.'))
			return 0;
	return 1;
}

/* The trust checks of a file (`what` at `path`) and of its folder: 0 to
 * go on, 1 to skip the plugin (r->reason set, or *oom). */
static int check_trust(manifest_reader *r, const struct stat *st, const char *what, const char *path, int *oom)
{
	int verdict = newsdoc__trust_file(r->reg, st, what, path, r->reason, sizeof(r->reason));

	if (verdict == 0)
		verdict = newsdoc__trust_folder_of(r->reg, path, r->reason, sizeof(r->reason));
	if (verdict < 0)
		*oom = 1;
	return verdict != 0;
}

/* Whether `path` lies in `folder`; never in "" (an install folder whose
 * path did not fit, see install_dirs.h). */
static int path_is_inside(const char *path, const char *folder)
{
	size_t len = strlen(folder);
	return len && !strncmp(path, folder, len) && (path[len] == '/' || (len && folder[len - 1] == '/'));
}

/*
 * An installed layout: a manifest in PREFIX/share/newsdoc/1/plugins.d may
 * name a library in a PREFIX/.../newsdoc/1/plugins folder (lib, lib64 or a
 * multiarch lib), whatever PREFIX the package was installed under.
 */
static int installed_sibling(const char *real_library, const char *real_folder)
{
	static const char manifest_suffix[] = "/share/newsdoc/1/plugins.d";
	static const char library_folder[] = "/newsdoc/1/plugins/";
	size_t folder_len = strlen(real_folder), suffix_len = sizeof(manifest_suffix) - 1;
	const char *slash = strrchr(real_library, '/'), *found;
	size_t prefix_len;

	if (folder_len <= suffix_len || strcmp(real_folder + folder_len - suffix_len, manifest_suffix) != 0)
		return 0;
	prefix_len = folder_len - suffix_len;
	if (strncmp(real_library, real_folder, prefix_len) != 0 || real_library[prefix_len] != '/')
		return 0;
	/* The library's own folder must be the plugin folder itself. */
	found = strstr(real_library + prefix_len, library_folder);
	return found && found + sizeof(library_folder) - 2 == slash;
}

/*
 * Resolve library_path against the manifest's folder. The library must lie
 * inside that folder, inside the installed plugin folder of this copy of
 * the library (of the prefix it really lies in when it was moved, so an
 * error names that one), or in the plugin folder of the prefix the
 * manifest is installed in, unless the caller
 * allowed any place: a manifest is data and must not be able to point the
 * process at an arbitrary file.
 */
static int resolve_library(manifest_reader *r, const char *library_path, char **out, int *oom)
{
	char folder[PATH_MAX], joined[PATH_MAX * 2], real_folder[PATH_MAX], real_library[PATH_MAX];
	char plugin_dir[PATH_MAX];
	const char *slash = strrchr(r->path, '/');
	int allow_outside = (r->reg->flags & NEWSDOC_REGISTRY_ALLOW_OUTSIDE) != 0;
	struct stat st;

	newsdoc__installed_dir(plugin_dir, sizeof(plugin_dir), NEWSDOC_INSTALL_PLUGIN_DIR);
	if (library_path[0] == '/' && !allow_outside && !path_is_inside(library_path, plugin_dir))
		return fail(r, "library_path '%s' is absolute and outside the allowed folders "
			"(the manifest's folder and %s)", library_path, plugin_dir);
	if (slash)
		snprintf(folder, sizeof(folder), "%.*s", (int)(slash - r->path), r->path);
	else
		snprintf(folder, sizeof(folder), ".");
	if (!folder[0])
		snprintf(folder, sizeof(folder), "/");
	if (library_path[0] == '/')
		snprintf(joined, sizeof(joined), "%s", library_path);
	else
		snprintf(joined, sizeof(joined), "%s/%s", folder, library_path);
	if (!realpath(joined, real_library)) {
		if (errno == ENOMEM)
			*oom = 1;
		return fail(r, "library not found: %s (%s)", joined, strerror(errno));
	}
	if (stat(real_library, &st) != 0 || !S_ISREG(st.st_mode))
		return fail(r, "library is not a regular file: %s", real_library);
	if (!allow_outside) {
		if (!realpath(folder, real_folder))
			return fail(r, "cannot resolve the manifest's folder %s: %s", folder, strerror(errno));
		if (!path_is_inside(real_library, real_folder) &&
		    !path_is_inside(real_library, plugin_dir) &&
		    !installed_sibling(real_library, real_folder))
			return fail(r, "library_path '%s' leads outside the allowed folders (%s and %s)",
				library_path, real_folder, plugin_dir);
	}
	if (check_trust(r, &st, "the library", real_library, oom))
		return 1;
	if (!(*out = newsdoc__strdup(real_library)))
		*oom = 1;
	return *oom;
}

static int read_parser(manifest_reader *r, json_t *entry, size_t index, int declarative,
	newsdoc_plugin_info *owner, newsdoc_parser_info **out, int *oom)
{
	static const char *const known[] = { "id", "hosts", "paths", "priority", "probe", "rules", NULL };
	char where[64];
	const char *id, *probe;
	json_t *priority, *rules;
	newsdoc_parser_info *parser;

	*out = NULL;
	snprintf(where, sizeof(where), "parsers[%zu]", index);
	if (!json_is_object(entry))
		return fail(r, "%s must be an object", where);
	if (check_keys(r, entry, where, known) || get_string(r, entry, "id", where, 1, &id) ||
	    get_string(r, entry, "probe", where, 0, &probe))
		return 1;
	if (!strcmp(id, "generic"))
		return fail(r, "%s: the id 'generic' is the built-in parser's", where);
	priority = json_object_get(entry, "priority");
	if (priority && !json_is_integer(priority))
		return fail(r, "'priority' in %s must be an integer", where);
	if (priority && (json_integer_value(priority) < INT_MIN || json_integer_value(priority) > INT_MAX))
		return fail(r, "'priority' in %s is %lld, outside %d..%d", where,
			(long long)json_integer_value(priority), INT_MIN, INT_MAX);
	rules = json_object_get(entry, "rules");
	if (rules && !json_is_object(rules))
		return fail(r, "'rules' in %s must be an object", where);
	if (declarative && !rules)
		return fail(r, "%s has no 'rules' and the manifest has no 'library_path'", where);
	if (!(parser = newsdoc__calloc(1, sizeof(*parser)))) {
		*oom = 1;
		return 1;
	}
	*out = parser;
	parser->owner = owner;
	parser->priority = priority ? (int)json_integer_value(priority) : 0;
	if (!(parser->id = newsdoc__strdup(id)) || (probe && !(parser->probe = newsdoc__strdup(probe)))) {
		*oom = 1;
		return 1;
	}
	snprintf(where, sizeof(where), "parsers[%zu].hosts", index);
	if (get_string_array(r, json_object_get(entry, "hosts"), where, &parser->hosts, &parser->host_count, oom))
		return 1;
	snprintf(where, sizeof(where), "parsers[%zu].paths", index);
	if (get_string_array(r, json_object_get(entry, "paths"), where, &parser->paths, &parser->path_count, oom))
		return 1;
	if (!parser->host_count && !parser->probe)
		return fail(r, "parsers[%zu] ('%s') claims no 'hosts' and has no 'probe'", index, id);
	if (rules && newsdoc__rules_compile(&parser->rules, rules, id, owner->name, r->reason, sizeof(r->reason)) != 0) {
		if (newsdoc_error_last()->code == NEWSDOC_ENOMEM)
			*oom = 1;
		return 1;
	}
	return 0;
}

static int read_exporter(manifest_reader *r, json_t *entry, size_t index,
	newsdoc_plugin_info *owner, newsdoc_exporter_info **out, int *oom)
{
	static const char *const known[] = { "id", "format", "mime_type", "extension", "replaces_builtin", NULL };
	char where[64];
	const char *id, *format, *mime, *extension;
	json_t *replaces;
	newsdoc_exporter_info *exporter;

	*out = NULL;
	snprintf(where, sizeof(where), "exporters[%zu]", index);
	if (!json_is_object(entry))
		return fail(r, "%s must be an object", where);
	if (check_keys(r, entry, where, known) || get_string(r, entry, "id", where, 1, &id) ||
	    get_string(r, entry, "format", where, 1, &format) ||
	    get_string(r, entry, "mime_type", where, 1, &mime) ||
	    get_string(r, entry, "extension", where, 1, &extension))
		return 1;
	replaces = json_object_get(entry, "replaces_builtin");
	if (replaces && r->minor < 1)
		return fail(r, "'replaces_builtin' in %s needs file_format_version 1.1.0 or later", where);
	if (replaces && !json_is_boolean(replaces))
		return fail(r, "'replaces_builtin' in %s must be true or false", where);
	/* Any plugin could otherwise take over the default format. */
	if (newsdoc__registry_builtin_exporter(format) && !json_is_true(replaces))
		return fail(r, "%s ('%s') offers format '%s', which is built in; a plugin replaces a built-in "
			"format only when its exporter says \"replaces_builtin\": true", where, id, format);
	if (!(exporter = newsdoc__calloc(1, sizeof(*exporter)))) {
		*oom = 1;
		return 1;
	}
	*out = exporter;
	exporter->owner = owner;
	if (!(exporter->id = newsdoc__strdup(id)) || !(exporter->format = newsdoc__strdup(format)) ||
	    !(exporter->mime_type = newsdoc__strdup(mime)) || !(exporter->extension = newsdoc__strdup(extension)))
		*oom = 1;
	return *oom;
}

/*
 * Read the manifest at r->path into `plugin`, its parsers and exporters
 * into the vectors. Returns 0, or 1 with r->reason set (or *oom).
 */
static int read_manifest(manifest_reader *r, newsdoc_plugin_info *plugin,
	newsdoc__vec *parsers, newsdoc__vec *exporters, int *oom)
{
	static const char *const known[] = {
		"file_format_version", "plugin", "library_path", "interface_version", "parsers", "exporters", NULL
	};
	static const char *const plugin_keys[] = { "name", "version", "description", NULL };
	static const char *const interface_keys[] = { "min", "max", NULL };
	newsdoc__json_error jerror;
	newsdoc__sb text = NEWSDOC__SB_INIT;
	struct stat st;
	json_t *root, *info, *iface, *list;
	const char *format_version, *name, *version, *library_path;
	const newsdoc_plugin_info *first;
	unsigned int parts[3];
	size_t i;
	int failed = 1;

	if (newsdoc__manifest_file_read(r->path, &text, &st, r->reason, sizeof(r->reason), oom) ||
	    check_trust(r, &st, "the manifest", r->path, oom)) {
		newsdoc__sb_free(&text);
		return 1;
	}
	root = newsdoc__json_parse(text.ptr ? text.ptr : "", text.len, 0, 0, &jerror, oom);
	newsdoc__sb_free(&text);
	if (!root) {
		if (*oom)
			return 1;
		return fail(r, "not valid JSON at line %d, column %d: %s", jerror.line, jerror.column, jerror.text);
	}
	if (!json_is_object(root)) {
		fail(r, "the manifest must be a JSON object");
		goto done;
	}
	if (get_string(r, root, "file_format_version", "the manifest", 1, &format_version))
		goto done;
	if (parse_version(r, format_version, parts))
		goto done;
	if (parts[0] != 1) {
		fail(r, "file_format_version %s has major version %u; this library reads 1.x",
			format_version, parts[0]);
		goto done;
	}
	r->minor = parts[1];
	r->lenient = parts[1] > FORMAT_MINOR_KNOWN;
	if (check_keys(r, root, "the manifest", known))
		goto done;
	info = json_object_get(root, "plugin");
	if (!json_is_object(info)) {
		fail(r, "the manifest has no 'plugin' object");
		goto done;
	}
	if (check_keys(r, info, "'plugin'", plugin_keys) ||
	    get_string(r, info, "name", "'plugin'", 1, &name) ||
	    get_string(r, info, "version", "'plugin'", 1, &version) ||
	    get_string(r, root, "library_path", "the manifest", 0, &library_path))
		goto done;
	plugin->kind = library_path ? "library" : "declarative";
	if (!(plugin->name = newsdoc__strdup(name)) || !(plugin->version = newsdoc__strdup(version))) {
		*oom = 1;
		goto done;
	}
	if (!name_is_valid(name)) {
		fail(r, "plugin name '%s' may only hold a-z, 0-9, '-', '_' and '.'", name);
		goto done;
	}
	/* Built-in parsers and exporters say "builtin" as their plugin, which
	 * the bindings turn into "no plugin": a manifest may not take it. */
	if (!strcmp(name, "builtin")) {
		fail(r, "plugin name 'builtin' is reserved for the library's own parsers and exporters");
		goto done;
	}
	if ((first = newsdoc__str_map_get(&r->reg->plugin_names, name)) != NULL) {
		fail(r, "a plugin named '%s' was already found in %s", name, first->manifest);
		goto done;
	}
	iface = json_object_get(root, "interface_version");
	if (library_path && !iface) {
		fail(r, "the manifest has a 'library_path' but no 'interface_version'");
		goto done;
	}
	if (iface) {
		json_t *min = json_object_get(iface, "min"), *max = json_object_get(iface, "max");
		json_int_t low = json_integer_value(min), high = json_integer_value(max);
		if (!json_is_object(iface) || check_keys(r, iface, "'interface_version'", interface_keys) ||
		    !json_is_integer(min) || !json_is_integer(max) || low < 1 || high < low ||
		    high > INTERFACE_VERSION_MAX) {
			if (!r->reason[0])
				fail(r, "'interface_version' must be {\"min\": N, \"max\": M}: integers with "
					"1 <= N <= M <= %d", INTERFACE_VERSION_MAX);
			goto done;
		}
		plugin->interface_min = (unsigned int)low;
		plugin->interface_max = (unsigned int)high;
		if (plugin->interface_min > NEWSDOC_PLUGIN_INTERFACE_VERSION ||
		    plugin->interface_max < NEWSDOC_PLUGIN_INTERFACE_VERSION) {
			fail(r, "interface versions %u..%u are outside what this library offers (%d..%d)",
				plugin->interface_min, plugin->interface_max,
				NEWSDOC_PLUGIN_INTERFACE_VERSION, NEWSDOC_PLUGIN_INTERFACE_VERSION);
			goto done;
		}
	}
	list = json_object_get(root, "parsers");
	if (list && !json_is_array(list)) {
		fail(r, "'parsers' must be an array");
		goto done;
	}
	for (i = 0; i < json_array_size(list); i++) {
		newsdoc_parser_info *parser;
		int bad = read_parser(r, json_array_get(list, i), i, !library_path, plugin, &parser, oom);
		if (parser && newsdoc__vec_push(parsers, parser) != 0) {
			newsdoc__parser_info_free(parser);
			*oom = 1;
			goto done;
		}
		if (bad)
			goto done;
	}
	list = json_object_get(root, "exporters");
	if (list && !json_is_array(list)) {
		fail(r, "'exporters' must be an array");
		goto done;
	}
	if (json_array_size(list) && !library_path) {
		fail(r, "exporters need a 'library_path'; rules can only describe parsers");
		goto done;
	}
	for (i = 0; i < json_array_size(list); i++) {
		newsdoc_exporter_info *exporter;
		int bad = read_exporter(r, json_array_get(list, i), i, plugin, &exporter, oom);
		if (exporter && newsdoc__vec_push(exporters, exporter) != 0) {
			newsdoc__exporter_info_free(exporter);
			*oom = 1;
			goto done;
		}
		if (bad)
			goto done;
	}
	if (!parsers->count && !exporters->count) {
		fail(r, "the manifest offers no parsers and no exporters");
		goto done;
	}
	if (library_path && resolve_library(r, library_path, &plugin->library, oom))
		goto done;
	failed = 0;
done:
	json_decref(root);
	return failed || *oom;
}

/* Parser ids are global: a later plugin may not take one already in use. */
static int check_parser_ids(manifest_reader *r, const newsdoc__vec *parsers, int *oom)
{
	newsdoc__str_map mine = NEWSDOC__STR_MAP_INIT;
	size_t i;
	int bad = 0;

	for (i = 0; i < parsers->count && !bad && !*oom; i++) {
		newsdoc_parser_info *parser = parsers->items[i];
		const newsdoc_parser_info *theirs = newsdoc__str_map_get(&r->reg->parser_ids, parser->id);
		if (theirs)
			bad = fail(r, "parser id '%s' is already provided by plugin '%s'", parser->id, theirs->owner->name);
		else if (newsdoc__str_map_get(&mine, parser->id))
			bad = fail(r, "parser id '%s' appears twice", parser->id);
		else if (newsdoc__str_map_put(&mine, parser->id, parser) != 0)
			*oom = 1;
	}
	newsdoc__str_map_free(&mine);
	return bad;
}

/* A format is the first exporter's that offers it; a later one is never
 * used, which its plugin's author and the user should know. */
static int report_format_tie(newsdoc_registry *reg, const newsdoc_exporter_info *first,
	const newsdoc_exporter_info *exporter)
{
	return newsdoc__registry_warn(reg,
		"exporters '%s' (plugin '%s') and '%s' (plugin '%s') both offer format %s; '%s' is used",
		first->id, first->owner->name, exporter->id, exporter->owner->name, exporter->format, first->id);
}

/* Take the parsers and exporters of an accepted plugin into the registry
 * and its indexes; the vectors' items are the registry's after. */
static int accept_plugin(newsdoc_registry *reg, newsdoc_plugin_info *plugin, newsdoc__vec *parsers,
	newsdoc__vec *exporters)
{
	size_t i;

	for (i = 0; i < parsers->count; i++) {
		newsdoc_parser_info *parser = parsers->items[i];
		if (newsdoc__vec_push(&reg->parsers, parser) != 0)
			return NEWSDOC_ENOMEM;
		parsers->items[i] = NULL;
		if (newsdoc__str_map_put(&reg->parser_ids, parser->id, parser) != 0)
			return NEWSDOC_ENOMEM;
	}
	/* The exporter list holds each format once, so a caller looping over
	 * it exports each format once: a tied exporter is only warned about
	 * and stays in `exporters` for the caller to free. */
	for (i = 0; i < exporters->count; i++) {
		newsdoc_exporter_info *exporter = exporters->items[i];
		const newsdoc_exporter_info *first = newsdoc__str_map_get(&reg->formats, exporter->format);
		if (first) {
			if (report_format_tie(reg, first, exporter) != 0)
				return NEWSDOC_ENOMEM;
			continue;
		}
		if (newsdoc__vec_push(&reg->exporters, exporter) != 0)
			return NEWSDOC_ENOMEM;
		exporters->items[i] = NULL;
		if (newsdoc__str_map_put(&reg->formats, exporter->format, exporter) != 0)
			return NEWSDOC_ENOMEM;
	}
	return newsdoc__str_map_put(&reg->plugin_names, plugin->name, plugin);
}

int newsdoc__manifest_read(newsdoc_registry *reg, const char *path)
{
	manifest_reader reader;
	newsdoc__vec parsers = { NULL, 0, 0 }, exporters = { NULL, 0, 0 };
	newsdoc_plugin_info *plugin;
	int oom = 0, bad;
	size_t i;

	memset(&reader, 0, sizeof(reader));
	reader.reg = reg;
	reader.path = path;
	if (!(plugin = newsdoc__calloc(1, sizeof(*plugin))))
		return newsdoc__error_oom();
	plugin->kind = "unknown";
	if (!(plugin->manifest = newsdoc__strdup(path)) || newsdoc__vec_push(&reg->plugins, plugin) != 0) {
		newsdoc__free(plugin->manifest);
		newsdoc__free(plugin);
		return newsdoc__error_oom();
	}
	bad = read_manifest(&reader, plugin, &parsers, &exporters, &oom);
	if (!bad && !oom)
		bad = check_parser_ids(&reader, &parsers, &oom);
	if (!bad && !oom && accept_plugin(reg, plugin, &parsers, &exporters) != 0)
		oom = 1;
	for (i = 0; i < parsers.count; i++)
		newsdoc__parser_info_free(parsers.items[i]);
	for (i = 0; i < exporters.count; i++)
		newsdoc__exporter_info_free(exporters.items[i]);
	newsdoc__free(parsers.items);
	newsdoc__free(exporters.items);
	if (oom)
		return newsdoc__error_oom();
	if (bad) {
		if (!(plugin->skip_reason = newsdoc__strdup(reader.reason)))
			return newsdoc__error_oom();
		newsdoc__plugin_log(reg, "skip %s: %s", path, reader.reason);
		return 0;
	}
	newsdoc__plugin_log(reg, "accept %s: plugin '%s' %s (%s)", path, plugin->name, plugin->version, plugin->kind);
	return 0;
}
