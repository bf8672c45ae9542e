/*
 * newsdoc command-line tool: reading an input fully into memory, and
 * telling the user plainly when it is not a page at all (a directory, an
 * empty file, an image, a gzip file) before the library is asked to parse
 * it, in words about the file rather than about a parse.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fstat, fileno */
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* Initial buffer for inputs of unknown size (pipes, stdin). */
#define UNKNOWN_SIZE_START (64 * 1024)

static int fail(char *reason_buf, size_t reason_size, const char **reason, const char *what, int error_number)
{
	if (error_number)
		snprintf(reason_buf, reason_size, "%s: %s", what, strerror(error_number));
	else
		snprintf(reason_buf, reason_size, "%s", what);
	*reason = reason_buf;
	return -1;
}

int cli_read_input(cli_input *input, const char *path, char *reason_buf, size_t reason_size, const char **reason)
{
	int from_stdin = strcmp(path, "-") == 0;
	/* Reading stops one byte past the limit, which is how "too large" is seen. */
	size_t read_limit = CLI_MAX_INPUT_SIZE + 1;
	size_t capacity = UNKNOWN_SIZE_START;
	size_t size = 0;
	char *data;
	FILE *file;
	struct stat info;

	input->data = NULL;
	input->size = 0;
	*reason = NULL;

	if (from_stdin) {
		file = stdin;
	} else {
		file = fopen(path, "rb");
		if (!file)
			return fail(reason_buf, reason_size, reason, "cannot open", errno);
	}

	/* fopen() happily opens a directory on Linux; only reading it fails, and
	 * with a less clear message, so look first. */
	if (fstat(fileno(file), &info) == 0) {
		if (S_ISDIR(info.st_mode)) {
			if (!from_stdin)
				fclose(file);
			return fail(reason_buf, reason_size, reason, "is a directory", 0);
		}
		/* A regular file says its size: one allocation instead of a doubling
		 * series. Room for one byte more than that lets the first read
		 * come up short and so see the end of the file; one more is the NUL. */
		if (S_ISREG(info.st_mode) && info.st_size > 0)
			capacity = (unsigned long long)info.st_size < read_limit ? (size_t)info.st_size + 2 : read_limit + 1;
	}

	data = malloc(capacity);
	if (!data) {
		if (!from_stdin)
			fclose(file);
		return fail(reason_buf, reason_size, reason, "out of memory", 0);
	}
	for (;;) {
		size_t wanted, got;

		/* Keep one byte free for the terminating NUL. */
		if (size + 1 >= capacity) {
			size_t new_capacity = capacity * 2;
			char *grown;

			if (new_capacity > read_limit + 1)
				new_capacity = read_limit + 1;
			if (new_capacity <= capacity)
				break; /* the limit is reached; the size check below reports it */
			grown = realloc(data, new_capacity);
			if (!grown) {
				free(data);
				if (!from_stdin)
					fclose(file);
				return fail(reason_buf, reason_size, reason, "out of memory", 0);
			}
			data = grown;
			capacity = new_capacity;
		}
		wanted = capacity - 1 - size;
		got = fread(data + size, 1, wanted, file);
		size += got;
		if (got < wanted) {
			if (ferror(file)) {
				int error_number = errno;

				free(data);
				if (!from_stdin)
					fclose(file);
				return fail(reason_buf, reason_size, reason, "read error", error_number);
			}
			break; /* end of file */
		}
	}
	if (!from_stdin)
		fclose(file);

	if (size > CLI_MAX_INPUT_SIZE) {
		free(data);
		snprintf(reason_buf, reason_size, "is larger than %zu MiB, the most newsdoc reads",
			CLI_MAX_INPUT_SIZE / (1024 * 1024));
		*reason = reason_buf;
		return -1;
	}
	data[size] = '\0';
	input->data = data;
	input->size = size;
	return 0;
}

void cli_input_dispose(cli_input *input)
{
	free(input->data);
	input->data = NULL;
	input->size = 0;
}

/* ---- what the bytes look like ---- */

static const char *input_kind_noun(int input_kind)
{
	switch (input_kind) {
	case NEWSDOC_INPUT_TEXT: return "a text page";
	case NEWSDOC_INPUT_JSON: return "a JSON document";
	default: return "an HTML page";
	}
}

static int is_blank_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

const char *cli_check_input(const cli_input *input, int input_kind, char *reason_buf, size_t reason_size)
{
	const unsigned char *bytes = (const unsigned char *)input->data;
	const char *binary;
	size_t i;

	if (input->size == 0)
		return "is empty";
	/* The library's own test, so that what it would refuse is refused
	 * here in the same words and what it reads (legacy charsets, UTF-16
	 * without a byte order mark) is not. */
	if ((binary = newsdoc_binary_format(input->data, input->size)) != NULL) {
		snprintf(reason_buf, reason_size, "looks like %s, not %s", binary, input_kind_noun(input_kind));
		return reason_buf;
	}
	for (i = 0; i < input->size && is_blank_byte(bytes[i]); i++)
		;
	if (i == input->size)
		return "contains only whitespace";
	return NULL;
}
