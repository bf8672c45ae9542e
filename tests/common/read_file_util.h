/*
 * Read a whole file into memory: shared by the unit tests (through
 * tests/unit/content_test_util.h), tests/alloc and tests/threads. Plain C,
 * no CMocka, so that programs without a test framework can use it.
 */
#ifndef READ_FILE_UTIL_H
#define READ_FILE_UTIL_H

#include <stdio.h>
#include <stdlib.h>

/* The whole file, NUL-terminated, its length in *len; NULL when it cannot
 * be read (then *len is left alone). */
static inline char *read_whole_file(const char *path, size_t *len)
{
	FILE *file = fopen(path, "rb");
	char *data = NULL;
	long size;

	if (!file)
		return NULL;
	if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0 &&
		(data = malloc((size_t)size + 1)) != NULL) {
		if (fread(data, 1, (size_t)size, file) != (size_t)size) {
			free(data);
			data = NULL;
		} else {
			data[size] = '\0';
			*len = (size_t)size;
		}
	}
	fclose(file);
	return data;
}

#endif
