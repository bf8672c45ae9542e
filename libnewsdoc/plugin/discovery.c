/*
 * Where manifests are found, in order:
 *   1. the caller's folders or files (registry options), then
 *      NEWSDOC_ADD_PLUGIN_PATH (the CLI's --plugin-path goes in the first);
 *   2. NEWSDOC_PLUGIN_PATH when set, which replaces 3 and 4;
 *   3. $XDG_DATA_HOME and each of $XDG_DATA_DIRS, + /newsdoc/1/plugins.d;
 *   4. the installed folder of the recorded prefix (the configured one,
 *      or in libnewsdoc.a the one `cmake --install --prefix` gave), and
 *      the same folder under the prefix that the shared library was really
 *      found in, when it was moved (a relocated package); install_dirs.c.
 * Variables are read with secure_getenv, so a setuid program ignores them.
 * Their entries must be absolute paths: a relative one would name a folder
 * under whatever the current folder happens to be, where anyone who can
 * write there could plant a plugin, so it is ignored (the XDG Base
 * Directory spec says the same of its variables) and logged. The caller's
 * own paths (1) may be relative: that is the program's choice.
 * A folder's *.json files are read in name order; the first plugin of a
 * name wins, so earlier folders override later ones.
 */
#include <dirent.h>
#include <limits.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../registry_impl.h"
#include "install_dirs.h"

#define XDG_SUFFIX "/newsdoc/1/plugins.d"

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_json_suffix(const char *name)
{
	size_t len = strlen(name);
	return len > 5 && !strcmp(name + len - 5, ".json") && name[0] != '.';
}

static int read_folder(newsdoc_registry *reg, const char *folder)
{
	newsdoc__vec names = { NULL, 0, 0 };
	struct dirent *entry;
	DIR *dir;
	size_t i;
	int error = 0;

	if (!(dir = opendir(folder))) {
		newsdoc__plugin_log(reg, "skip folder %s: %s", folder, strerror(errno));
		return 0;
	}
	while (!error && (entry = readdir(dir)) != NULL) {
		char *name;
		if (!has_json_suffix(entry->d_name))
			continue;
		if (!(name = newsdoc__strdup(entry->d_name)) || newsdoc__vec_push(&names, name) != 0) {
			newsdoc__free(name);
			error = newsdoc__error_oom();
		}
	}
	closedir(dir);
	if (names.count)
		qsort(names.items, names.count, sizeof(char *), compare_names);
	for (i = 0; i < names.count; i++) {
		if (!error) {
			size_t len = strlen(folder) + strlen(names.items[i]) + 2;
			char *path = newsdoc__malloc(len);
			if (!path) {
				error = newsdoc__error_oom();
			} else {
				snprintf(path, len, "%s/%s", folder, (const char *)names.items[i]);
				error = newsdoc__manifest_read(reg, path);
				newsdoc__free(path);
			}
		}
		newsdoc__free(names.items[i]);
	}
	newsdoc__free(names.items);
	return error;
}

/*
 * Whether `entry` was searched already, remembering it when not. The same
 * folder often comes twice (XDG_DATA_DIRS's /usr/local/share and the
 * installed folder; a relocated prefix that is the compiled-in one under
 * another name): read twice, its plugins would be skipped as duplicates of
 * themselves and the debug log would list it twice. Entries are compared
 * by their resolved path when they exist, else as written. 1: seen; 0:
 * new; NEWSDOC_ENOMEM.
 */
static int entry_seen(newsdoc_registry *reg, const char *entry)
{
	char resolved[PATH_MAX];
	const char *key = realpath(entry, resolved) ? resolved : entry;
	char *copy;

	if (newsdoc__str_map_get(&reg->searched_entries, key))
		return 1;
	if (!(copy = newsdoc__strdup(key)))
		return newsdoc__error_oom();
	if (newsdoc__vec_push(&reg->searched_entry_names, copy) != 0) {
		newsdoc__free(copy);
		return newsdoc__error_oom();
	}
	if (newsdoc__str_map_put(&reg->searched_entries, copy, copy) != 0)
		return newsdoc__error_oom();
	return 0;
}

/* One search entry: a folder, or a manifest file named directly. A file
 * named directly that is missing is reported as a skipped plugin; a
 * missing folder is only logged (most default folders do not exist). */
static int read_entry(newsdoc_registry *reg, const char *entry)
{
	struct stat st;
	int seen;

	if (!*entry)
		return 0;
	if ((seen = entry_seen(reg, entry)) != 0)
		return seen < 0 ? seen : 0;
	if (stat(entry, &st) == 0 && S_ISDIR(st.st_mode))
		return read_folder(reg, entry);
	if (has_json_suffix(entry) || stat(entry, &st) == 0)
		return newsdoc__manifest_read(reg, entry);
	newsdoc__plugin_log(reg, "skip folder %s: %s", entry, strerror(ENOENT));
	return 0;
}

/* Whether `len` bytes of `entry`, from the environment variable
 * `variable`, may be used: only an absolute path may. */
static int entry_is_absolute(const newsdoc_registry *reg, const char *variable, const char *entry, size_t len)
{
	if (entry[0] == '/')
		return 1;
	newsdoc__plugin_log(reg, "ignore %s '%.*s': not an absolute path", variable, (int)len, entry);
	return 0;
}

/* The colon-separated list of environment variable `variable`, each
 * absolute part with `suffix` appended. */
static int read_list(newsdoc_registry *reg, const char *variable, const char *list, const char *suffix)
{
	const char *start = list;
	int error = 0;

	while (!error && start) {
		const char *colon = strchr(start, ':');
		size_t len = colon ? (size_t)(colon - start) : strlen(start);
		if (len && entry_is_absolute(reg, variable, start, len)) {
			size_t size = len + strlen(suffix) + 1;
			char *entry = newsdoc__malloc(size);
			if (!entry)
				return newsdoc__error_oom();
			snprintf(entry, size, "%.*s%s", (int)len, start, suffix);
			error = read_entry(reg, entry);
			newsdoc__free(entry);
		}
		start = colon ? colon + 1 : NULL;
	}
	return error;
}

/* Whether some entry of the colon-separated `list` is absolute. */
static int list_has_absolute(const char *list)
{
	const char *entry = list;
	while (entry) {
		const char *colon = strchr(entry, ':');
		if (*entry == '/')
			return 1;
		entry = colon ? colon + 1 : NULL;
	}
	return 0;
}

/* $XDG_DATA_HOME, or $HOME/.local/share when it is unset, empty or not
 * absolute (XDG_DATA_HOME names one folder, not a list). */
static int read_data_home(newsdoc_registry *reg, const char *data_home, const char *home)
{
	const char *base = NULL, *middle = "";
	char *path;
	size_t size;
	int error;

	if (data_home && *data_home && entry_is_absolute(reg, "XDG_DATA_HOME", data_home, strlen(data_home))) {
		base = data_home;
	} else if (home && *home && entry_is_absolute(reg, "HOME", home, strlen(home))) {
		base = home;
		middle = "/.local/share";
	}
	if (!base)
		return 0;
	size = strlen(base) + strlen(middle) + sizeof(XDG_SUFFIX);
	if (!(path = newsdoc__malloc(size)))
		return newsdoc__error_oom();
	snprintf(path, size, "%s%s%s", base, middle, XDG_SUFFIX);
	error = read_entry(reg, path);
	newsdoc__free(path);
	return error;
}

static int read_defaults(newsdoc_registry *reg, int use_environment)
{
	const char *data_home = use_environment ? secure_getenv("XDG_DATA_HOME") : NULL;
	const char *data_dirs = use_environment ? secure_getenv("XDG_DATA_DIRS") : NULL;
	const char *home = use_environment ? secure_getenv("HOME") : NULL;
	int error = read_data_home(reg, data_home, home);

	/* With no absolute entry, XDG_DATA_DIRS is as good as unset: the
	 * default folders are read (read_list only logs what it ignores). */
	if (!error && data_dirs && *data_dirs && !list_has_absolute(data_dirs)) {
		error = read_list(reg, "XDG_DATA_DIRS", data_dirs, XDG_SUFFIX);
		data_dirs = NULL;
	}
	if (!error)
		error = read_list(reg, "XDG_DATA_DIRS", data_dirs && *data_dirs ? data_dirs : "/usr/local/share:/usr/share",
			XDG_SUFFIX);
	if (!error) {
		char recorded[PATH_MAX], located[PATH_MAX], real[PATH_MAX];
		newsdoc__recorded_dir(recorded, sizeof(recorded), NEWSDOC_INSTALL_MANIFEST_DIR);
		newsdoc__located_dir(located, sizeof(located), NEWSDOC_INSTALL_MANIFEST_DIR);
		error = read_entry(reg, recorded);
		/* The located folder is a real path; the same folder is read once. */
		if (!error && located[0] && strcmp(located, recorded) != 0 &&
		    !(realpath(recorded, real) && !strcmp(located, real)))
			error = read_entry(reg, located);
	}
	return error;
}

static int discover(newsdoc_registry *reg, const newsdoc_registry_options *opts)
{
	int use_environment = !(opts->flags & NEWSDOC_REGISTRY_NO_ENVIRONMENT);
	const char *add_path = use_environment ? secure_getenv("NEWSDOC_ADD_PLUGIN_PATH") : NULL;
	const char *replace_path = use_environment ? secure_getenv("NEWSDOC_PLUGIN_PATH") : NULL;
	size_t i;
	int error = 0;

	for (i = 0; !error && i < opts->plugin_path_count; i++) {
		if (!opts->plugin_paths[i])
			return newsdoc__error_set(NEWSDOC_EINVAL,
				"newsdoc_registry_new: plugin_paths[%zu] is NULL", i);
		error = read_entry(reg, opts->plugin_paths[i]);
	}
	if (!error && add_path)
		error = read_list(reg, "NEWSDOC_ADD_PLUGIN_PATH", add_path, "");
	if (error)
		return error;
	/* Set, it replaces the default folders even when none of its entries
	 * can be used: it is how a caller keeps the user's plugins out. */
	if (replace_path)
		return read_list(reg, "NEWSDOC_PLUGIN_PATH", replace_path, "");
	if (opts->flags & NEWSDOC_REGISTRY_NO_DEFAULT_PATHS)
		return 0;
	return read_defaults(reg, use_environment);
}

int newsdoc__discover_plugins(newsdoc_registry *reg, const newsdoc_registry_options *opts)
{
	size_t i;
	int error = discover(reg, opts);

	/* The entries searched matter only while searching. */
	for (i = 0; i < reg->searched_entry_names.count; i++)
		newsdoc__free(reg->searched_entry_names.items[i]);
	newsdoc__free(reg->searched_entry_names.items);
	memset(&reg->searched_entry_names, 0, sizeof(reg->searched_entry_names));
	newsdoc__str_map_free(&reg->searched_entries);
	return error;
}
