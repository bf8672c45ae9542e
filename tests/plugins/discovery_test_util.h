/*
 * What the discovery tests share: a scratch folder per test, files written
 * into it, a registry of named paths only, and finding a plugin by the
 * end of its manifest path. Include after <cmocka.h> and <newsdoc.h>, in a
 * file that defines _GNU_SOURCE before its first #include.
 */
#ifndef DISCOVERY_TEST_UTIL_H
#define DISCOVERY_TEST_UTIL_H

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A manifest of a declarative plugin `name` claiming `name`.test. */
#define DECLARATIVE_MANIFEST \
	"{\"file_format_version\":\"1.0.0\",\"plugin\":{\"name\":\"%s\",\"version\":\"1.0.0\"}," \
	"\"parsers\":[{\"id\":\"%s\",\"hosts\":[\"%s.test\"],\"rules\":{\"title\":\"//h1\"}}]}\n"

static char scratch[1024];

static inline int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* A fresh, empty scratch folder (mode 0755), named in `scratch`. */
static inline const char *scratch_make(void)
{
	const char *tmp = getenv("TMPDIR");
	snprintf(scratch, sizeof(scratch), "%s/newsdoc-discovery.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	assert_non_null(mkdtemp(scratch));
	assert_int_equal(chmod(scratch, 0755), 0);
	return scratch;
}

static inline void scratch_remove(void)
{
	if (scratch[0])
		nftw(scratch, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	scratch[0] = '\0';
}

/* scratch/relative, in a static buffer (one at a time per `slot`). */
static inline const char *scratch_path(int slot, const char *relative)
{
	static char paths[4][4096];
	snprintf(paths[slot], sizeof(paths[slot]), "%s/%s", scratch, relative);
	return paths[slot];
}

static inline void write_file(const char *path, const char *text, size_t len)
{
	FILE *file = fopen(path, "wb");
	assert_non_null(file);
	assert_int_equal(fwrite(text, 1, len, file), len);
	assert_int_equal(fclose(file), 0);
}

/* Write the declarative manifest of plugin `name` at `path`. */
static inline void write_manifest(const char *path, const char *name)
{
	char text[1024];
	int len = snprintf(text, sizeof(text), DECLARATIVE_MANIFEST, name, name, name);
	write_file(path, text, (size_t)len);
}

static inline void make_folder(const char *path, mode_t mode)
{
	assert_int_equal(mkdir(path, 0755), 0);
	assert_int_equal(chmod(path, mode), 0);
}

/* A registry that sees `paths` only: no environment, no default folders. */
static inline newsdoc_registry *registry_of_paths(const char *const *paths, size_t count)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;

	opts.plugin_paths = paths;
	opts.plugin_path_count = count;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	assert_int_equal(newsdoc_registry_new(&reg, &opts), 0);
	return reg;
}

/* The plugin whose manifest path ends in `suffix`, or NULL. */
static inline const newsdoc_plugin_info *plugin_by_manifest(const newsdoc_registry *reg, const char *suffix)
{
	size_t i, len = strlen(suffix);
	for (i = 0; i < newsdoc_registry_plugin_count(reg); i++) {
		const newsdoc_plugin_info *info = newsdoc_registry_plugin_at(reg, i);
		const char *manifest = newsdoc_plugin_info_manifest(info);
		if (manifest && strlen(manifest) >= len && !strcmp(manifest + strlen(manifest) - len, suffix))
			return info;
	}
	return NULL;
}

/* The plugin from `suffix` was skipped, and its reason is exactly `reason`. */
static inline void assert_skip_reason(const newsdoc_registry *reg, const char *suffix, const char *reason)
{
	const newsdoc_plugin_info *info = plugin_by_manifest(reg, suffix);
	if (!info)
		fail_msg("no plugin from a manifest ending in %s", suffix);
	if (!newsdoc_plugin_info_skip_reason(info))
		fail_msg("%s was not skipped (expected: %s)", suffix, reason);
	assert_string_equal(newsdoc_plugin_info_skip_reason(info), reason);
}

/* The plugin from `suffix` is in use. */
static inline void assert_in_use(const newsdoc_registry *reg, const char *suffix)
{
	const newsdoc_plugin_info *info = plugin_by_manifest(reg, suffix);
	if (!info)
		fail_msg("no plugin from a manifest ending in %s", suffix);
	if (newsdoc_plugin_info_skip_reason(info))
		fail_msg("%s was skipped: %s", suffix, newsdoc_plugin_info_skip_reason(info));
}

#endif
