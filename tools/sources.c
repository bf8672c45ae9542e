/*
 * newsdoc command-line tool: the inputs of `extract`, with the folders
 * among them expanded into the pages they hold.
 *
 * A folder is walked recursively; the files taken from it are those whose
 * names end in .html, .htm or .gz (any case; .html.gz and .htm.gz are .gz
 * files). The entries of each folder are taken in the byte order of their
 * names, a subfolder's files at the subfolder's place in that order, so
 * the same tree gives the same batch in the same order on every machine.
 * Symbolic links to files are followed; links to folders are not (a link
 * back up the tree would otherwise never end), as with find(1) without -L.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* lstat, fdopendir */
#endif

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

/* Deeper than any real site's tree; a deeper one (made on purpose) fails
 * as one input instead of exhausting the stack. */
#define MAX_FOLDER_DEPTH 64

static const char *const page_suffixes[] = { ".html", ".htm", ".gz" };

static int has_page_suffix(const char *name)
{
	size_t len = strlen(name);
	size_t i;

	for (i = 0; i < sizeof(page_suffixes) / sizeof(page_suffixes[0]); i++) {
		size_t suffix_len = strlen(page_suffixes[i]);

		/* A bare ".gz" or ".html" is a hidden file with no name, not a page. */
		if (len > suffix_len && strcasecmp(name + len - suffix_len, page_suffixes[i]) == 0)
			return 1;
	}
	return 0;
}

static char *copy_text(const char *text)
{
	size_t len = strlen(text);
	char *copy = malloc(len + 1);

	if (copy)
		memcpy(copy, text, len + 1);
	return copy;
}

static char *join_path(const char *folder, const char *name)
{
	size_t folder_len = strlen(folder);
	size_t name_len = strlen(name);
	/* "dir/" given on the command line: no second slash. */
	int slash = folder_len == 0 || folder[folder_len - 1] != '/';
	char *path = malloc(folder_len + (size_t)slash + name_len + 1);

	if (!path)
		return NULL;
	memcpy(path, folder, folder_len);
	if (slash)
		path[folder_len] = '/';
	memcpy(path + folder_len + (size_t)slash, name, name_len + 1);
	return path;
}

/*
 * Append a source; takes `path` (NULL: out of memory, reported here). Its
 * name relative to the folder it was found in starts at `relative_start`.
 * `error`, when not NULL, is why the source already failed.
 */
static int push_source(cli_sources *sources, char *path, size_t relative_start, const char *error,
	const char *error_code)
{
	cli_source *source;

	if (!path) {
		cli_error("out of memory");
		return -1;
	}
	if (sources->count == sources->capacity) {
		size_t new_capacity = sources->capacity ? sources->capacity * 2 : 16;
		cli_source *grown = realloc(sources->items, new_capacity * sizeof(*grown));

		if (!grown) {
			free(path);
			cli_error("out of memory");
			return -1;
		}
		sources->items = grown;
		sources->capacity = new_capacity;
	}
	source = &sources->items[sources->count];
	memset(source, 0, sizeof(*source));
	source->path = path;
	source->relative = path + relative_start;
	if (error) {
		source->error = copy_text(error);
		if (!source->error) {
			free(path);
			cli_error("out of memory");
			return -1;
		}
		source->error_code = error_code;
	}
	sources->count++;
	return 0;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in `folder` except "." and "..", sorted; NULL with errno set on failure. */
static char **list_folder(const char *folder, size_t *count)
{
	char **names = NULL;
	size_t capacity = 0;
	struct dirent *entry;
	int error_number = 0;
	DIR *dir = opendir(folder);

	*count = 0;
	if (!dir)
		return NULL;
	for (;;) {
		errno = 0;
		entry = readdir(dir);
		if (!entry) {
			error_number = errno; /* 0 at the end of the folder */
			break;
		}
		if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
			continue;
		if (*count == capacity) {
			size_t new_capacity = capacity ? capacity * 2 : 32;
			char **grown = realloc(names, new_capacity * sizeof(*grown));

			if (!grown) {
				error_number = ENOMEM;
				break;
			}
			names = grown;
			capacity = new_capacity;
		}
		names[*count] = copy_text(entry->d_name);
		if (!names[*count]) {
			error_number = ENOMEM;
			break;
		}
		(*count)++;
	}
	closedir(dir);
	/* An empty folder is no failure: it gets a list of nothing. */
	if (!error_number && !names && !(names = malloc(sizeof(*names))))
		error_number = ENOMEM;
	if (error_number) {
		while (*count)
			free(names[--*count]);
		free(names);
		errno = error_number;
		return NULL;
	}
	qsort(names, *count, sizeof(*names), compare_names);
	return names;
}

/*
 * Add the pages under `folder` (a path that starts with the folder named
 * on the command line, whose length is `root_len`). A folder that cannot
 * be read becomes a failed source, so the batch goes on and says so.
 */
static int walk_folder(cli_sources *sources, const char *folder, size_t root_len, int depth)
{
	size_t count, i;
	char **names;
	int result = 0;
	char reason[256];

	if (depth > MAX_FOLDER_DEPTH) {
		snprintf(reason, sizeof(reason), "folders nested deeper than %d levels", MAX_FOLDER_DEPTH);
		return push_source(sources, copy_text(folder), 0, reason, "ELIMIT");
	}
	names = list_folder(folder, &count);
	if (!names) {
		snprintf(reason, sizeof(reason), "cannot read the folder: %s", strerror(errno));
		return push_source(sources, copy_text(folder), 0, reason, "EIO");
	}
	for (i = 0; i < count && result == 0; i++) {
		char *path = join_path(folder, names[i]);
		struct stat info;
		size_t path_relative;

		if (!path) {
			cli_error("out of memory");
			result = -1;
			break;
		}
		/* Relative to the named folder: after its path and the slash that follows. */
		path_relative = root_len + (path[root_len] == '/' ? 1 : 0);
		if (lstat(path, &info) != 0) {
			snprintf(reason, sizeof(reason), "cannot open: %s", strerror(errno));
			result = push_source(sources, path, path_relative, reason, "EIO");
		} else if (S_ISDIR(info.st_mode)) {
			result = walk_folder(sources, path, root_len, depth + 1);
			free(path);
		} else if (has_page_suffix(names[i]) &&
				(S_ISREG(info.st_mode) || (S_ISLNK(info.st_mode) && stat(path, &info) == 0 &&
				S_ISREG(info.st_mode)))) {
			result = push_source(sources, path, path_relative, NULL, NULL);
		} else {
			free(path);
		}
	}
	for (i = 0; i < count; i++)
		free(names[i]);
	free(names);
	return result;
}

int cli_sources_add(cli_sources *sources, const char *argument)
{
	struct stat info;
	size_t before = sources->count;
	size_t root_len;
	char *root;

	/* Anything but a folder (a file, "-", a missing name) is one source,
	 * read or reported by the batch like any other; its relative name is
	 * its base name. */
	if (strcmp(argument, "-") == 0 || stat(argument, &info) != 0 || !S_ISDIR(info.st_mode)) {
		const char *slash = strrchr(argument, '/');

		return push_source(sources, copy_text(argument), slash ? (size_t)(slash + 1 - argument) : 0,
			NULL, NULL);
	}
	root = copy_text(argument);
	if (!root) {
		cli_error("out of memory");
		return -1;
	}
	/* "dir/" and "dir" name the same root; the relative names start after it. */
	root_len = strlen(root);
	while (root_len > 1 && root[root_len - 1] == '/')
		root_len--;
	root[root_len] = '\0';
	if (walk_folder(sources, root, root_len, 0) < 0) {
		free(root);
		return -1;
	}
	/* A folder named on the command line with no page in it is most likely
	 * a mistake (a wrong folder, pages without a suffix): a failed input. */
	if (sources->count == before) {
		if (push_source(sources, root, 0, "is a directory with no .html, .htm or .gz file in it", "EIO") < 0)
			return -1;
		return 0;
	}
	free(root);
	return 0;
}

void cli_sources_dispose(cli_sources *sources)
{
	size_t i;

	for (i = 0; i < sources->count; i++) {
		free(sources->items[i].path);
		free(sources->items[i].error);
		free(sources->items[i].output_name);
	}
	free(sources->items);
	memset(sources, 0, sizeof(*sources));
}
