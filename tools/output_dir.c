/*
 * newsdoc command-line tool: --output-dir, one output file per input.
 *
 * The name of a source's file is its name relative to what was named on
 * the command line (the base name of a file named there, the path under
 * the folder for a file found in a folder), with a .gz and then an .html
 * or .htm suffix taken off and the format's extension put on:
 * site/2024/a.html.gz under the folder `site` gives 2024/a.json. Two
 * sources that would still share a name (a/index.html and b/index.html
 * both named on the command line) are told apart by the order of the
 * batch: the later one gets index-2.json, then index-3.json, so a run
 * writes the same names every time. Other suffixes are kept (notes.txt
 * gives notes.txt.md), so an output never takes the name of its input.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* mkdir */
#endif

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

/* ---- a set of the names given so far ---- */

typedef struct name_set {
	const char **slots; /* borrowed names; NULL is free */
	size_t mask;        /* slot count - 1, a power of two minus one */
} name_set;

static uint64_t hash_name(const char *name)
{
	uint64_t hash = 1469598103934665603ULL; /* FNV-1a */

	while (*name) {
		hash ^= (unsigned char)*name++;
		hash *= 1099511628211ULL;
	}
	return hash;
}

/* Room for `count` names at most half full, so probing stays short. */
static int name_set_init(name_set *set, size_t count)
{
	size_t slots = 16;

	while (slots < count * 2) {
		if (slots > SIZE_MAX / 4 / sizeof(*set->slots))
			return -1;
		slots *= 2;
	}
	set->slots = calloc(slots, sizeof(*set->slots));
	set->mask = slots - 1;
	return set->slots ? 0 : -1;
}

/* Add `name` unless present; returns 1 when added, 0 when already there. */
static int name_set_add(name_set *set, const char *name)
{
	size_t slot = (size_t)hash_name(name) & set->mask;

	while (set->slots[slot]) {
		if (strcmp(set->slots[slot], name) == 0)
			return 0;
		slot = (slot + 1) & set->mask;
	}
	set->slots[slot] = name;
	return 1;
}

/* ---- names ---- */

/* The length of `name` without `suffix` (any case), or its whole length. */
static size_t strip_suffix(const char *name, size_t len, const char *suffix)
{
	size_t suffix_len = strlen(suffix);

	if (len > suffix_len && strncasecmp(name + len - suffix_len, suffix, suffix_len) == 0)
		return len - suffix_len;
	return len;
}

/* STEM[-N].EXTENSION in a new string (N only when above 1). */
static char *make_name(const char *stem, size_t stem_len, unsigned long number, const char *extension)
{
	char counter[32] = "";
	size_t size;
	char *name;

	if (number > 1)
		snprintf(counter, sizeof(counter), "-%lu", number);
	size = stem_len + strlen(counter) + 1 + strlen(extension) + 1;
	name = malloc(size);
	if (name)
		snprintf(name, size, "%.*s%s.%s", (int)stem_len, stem, counter, extension);
	return name;
}

int cli_output_names(cli_sources *sources, const char *extension)
{
	name_set taken;
	size_t i;

	if (name_set_init(&taken, sources->count) < 0) {
		cli_error("out of memory");
		return -1;
	}
	for (i = 0; i < sources->count; i++) {
		cli_source *source = &sources->items[i];
		const char *stem = strcmp(source->path, "-") == 0 ? "stdin" : source->relative;
		size_t stem_len = strlen(stem);
		size_t html_len;
		unsigned long number;

		stem_len = strip_suffix(stem, stem_len, ".gz");
		html_len = strip_suffix(stem, stem_len, ".html");
		stem_len = html_len != stem_len ? html_len : strip_suffix(stem, stem_len, ".htm");
		for (number = 1;; number++) {
			free(source->output_name);
			source->output_name = make_name(stem, stem_len, number, extension);
			if (!source->output_name) {
				free(taken.slots);
				cli_error("out of memory");
				return -1;
			}
			if (name_set_add(&taken, source->output_name))
				break;
		}
	}
	free(taken.slots);
	return 0;
}

/* ---- writing ---- */

/* Make each folder of FOLDER/NAME up to NAME's last component, in `path`
 * (which holds FOLDER/NAME and is restored). */
static int make_folders(char *path, size_t folder_len)
{
	char *slash;

	for (slash = strchr(path + folder_len + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(path, 0777) != 0 && errno != EEXIST) {
			*slash = '/';
			return -1;
		}
		*slash = '/';
	}
	return 0;
}

FILE *cli_output_open(const char *folder, const char *name, char *reason_buf, size_t reason_size)
{
	size_t folder_len = strlen(folder);
	size_t size = folder_len + 1 + strlen(name) + 1;
	char *path = malloc(size);
	FILE *file = NULL;

	if (!path) {
		snprintf(reason_buf, reason_size, "out of memory");
		return NULL;
	}
	snprintf(path, size, "%s/%s", folder, name);
	if (make_folders(path, folder_len) == 0)
		file = fopen(path, "wb");
	if (!file)
		snprintf(reason_buf, reason_size, "cannot write %s: %s", path, strerror(errno));
	free(path);
	return file;
}

int cli_output_close(FILE *file, char *reason_buf, size_t reason_size)
{
	int failed;

	errno = 0;
	failed = ferror(file) || fflush(file) != 0;
	if (fclose(file) != 0)
		failed = 1;
	if (failed) {
		snprintf(reason_buf, reason_size, "cannot write the output file: %s",
			errno ? strerror(errno) : "write error");
		return -1;
	}
	return 0;
}
