/*
 * newsdoc command-line tool: reading an input fully into memory, and
 * telling the user plainly when it is not a page at all (a directory, an
 * empty file, an image) before the library is asked to parse it, in words
 * about the file rather than about a parse. Gzip-compressed input is
 * decompressed on the way in (zlib), within the same size limit.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fstat, dup, O_CLOEXEC */
#endif

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>

#include "cli.h"

/* Initial buffer for inputs of unknown size (pipes, stdin, gzip files). */
#define UNKNOWN_SIZE_START (64 * 1024)

/* zlib's own buffer: larger than its 8 KiB default, fewer read calls. */
#define GZIP_BUFFER_SIZE (128 * 1024)

/* A file that cannot be read: NEWSDOC_EIO, with the reason. */
static int fail(char *reason_buf, size_t reason_size, const char **reason, const char *what, int error_number)
{
	if (error_number)
		snprintf(reason_buf, reason_size, "%s: %s", what, strerror(error_number));
	else
		snprintf(reason_buf, reason_size, "%s", what);
	*reason = reason_buf;
	return NEWSDOC_EIO;
}

static int fail_no_memory(const char **reason)
{
	*reason = "out of memory";
	return NEWSDOC_ENOMEM;
}

/*
 * Why gzread() stopped: a read error of the file (errno's words) or a
 * broken gzip stream (zlib's words, "unexpected end of file").
 */
static int fail_gzip(gzFile file, char *reason_buf, size_t reason_size, const char **reason)
{
	int zlib_error = Z_OK;
	const char *message = gzerror(file, &zlib_error);

	if (zlib_error == Z_ERRNO)
		return fail(reason_buf, reason_size, reason, "read error", errno);
	/* zlib names the file "<fd:N>: " first; the caller names it better. */
	if (message && strncmp(message, "<fd:", 4) == 0 && strstr(message, ": "))
		message = strstr(message, ": ") + 2;
	snprintf(reason_buf, reason_size, "cannot decompress (gzip): %s", message ? message : "bad data");
	*reason = reason_buf;
	return NEWSDOC_EIO;
}

/*
 * Open `path` ("-": a duplicate of standard input, so that closing the
 * gzFile leaves stdin open) for reading through zlib, which passes bytes
 * that are not gzip through unchanged: a page and its .gz read alike.
 * *size_hint gets the size of a regular file, else 0. Returns 0 or the
 * failure's newsdoc_status, with *reason.
 */
static int open_input(gzFile *out, const char *path, size_t *size_hint, char *reason_buf,
	size_t reason_size, const char **reason)
{
	struct stat info;
	gzFile file;
	int fd;

	*size_hint = 0;
	fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return fail(reason_buf, reason_size, reason, "cannot open", errno);
	/* open() happily opens a directory on Linux; only reading it fails, and
	 * with a less clear message, so look first. */
	if (fstat(fd, &info) == 0) {
		if (S_ISDIR(info.st_mode)) {
			close(fd);
			return fail(reason_buf, reason_size, reason, "is a directory", 0);
		}
		if (S_ISREG(info.st_mode) && info.st_size > 0)
			*size_hint = (unsigned long long)info.st_size < SIZE_MAX / 2 ? (size_t)info.st_size : SIZE_MAX / 2;
	}
	file = gzdopen(fd, "rb");
	if (!file) {
		close(fd);
		return fail_no_memory(reason);
	}
	gzbuffer(file, GZIP_BUFFER_SIZE);
	*out = file;
	return 0;
}

int cli_read_input(cli_input *input, const char *path, char *reason_buf, size_t reason_size, const char **reason)
{
	/* Reading stops one byte past the limit, which is how "too large" is
	 * seen. The limit counts the bytes after decompression, so a small
	 * gzip file that inflates without end (a gzip bomb) stops there too. */
	size_t read_limit = CLI_MAX_INPUT_SIZE + 1;
	size_t capacity = UNKNOWN_SIZE_START;
	size_t size = 0;
	size_t size_hint;
	int compressed;
	char *data;
	gzFile file = NULL;
	int status;

	input->data = NULL;
	input->size = 0;
	*reason = NULL;

	if ((status = open_input(&file, path, &size_hint, reason_buf, reason_size, reason)) != 0)
		return status;
	/* A regular file says its size: one allocation instead of a doubling
	 * series for a page read as is. Room for one byte more than that lets
	 * the first read come up short and so see the end of the file; one
	 * more is the NUL. A gzip file grows past its size by doubling. */
	if (size_hint)
		capacity = size_hint < read_limit ? size_hint + 2 : read_limit + 1;

	data = malloc(capacity);
	if (!data) {
		gzclose(file);
		return fail_no_memory(reason);
	}
	for (;;) {
		size_t wanted;
		int got;

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
				gzclose(file);
				return fail_no_memory(reason);
			}
			data = grown;
			capacity = new_capacity;
		}
		/* At most the limit plus two, far below INT_MAX: gzread's count fits. */
		wanted = capacity - 1 - size;
		got = gzread(file, data + size, (unsigned int)wanted);
		if (got < 0) {
			int result = fail_gzip(file, reason_buf, reason_size, reason);

			free(data);
			gzclose(file);
			return result;
		}
		size += (size_t)got;
		if ((size_t)got < wanted)
			break; /* end of file */
	}
	compressed = !gzdirect(file);
	/* gzread() hands over what a cut gzip file held up to the cut and
	 * leaves the cut to gzerror(); a page cut short fails here rather than
	 * passing for a whole one. */
	if (compressed && size <= CLI_MAX_INPUT_SIZE) {
		int zlib_error = Z_OK;

		gzerror(file, &zlib_error);
		if (zlib_error != Z_OK) {
			int result = fail_gzip(file, reason_buf, reason_size, reason);

			free(data);
			gzclose(file);
			return result;
		}
	}
	gzclose(file);

	if (size > CLI_MAX_INPUT_SIZE) {
		free(data);
		snprintf(reason_buf, reason_size, "%s than %zu MiB, the most newsdoc reads",
			compressed ? "decompresses to more" : "is larger", CLI_MAX_INPUT_SIZE / (1024 * 1024));
		*reason = reason_buf;
		return NEWSDOC_ELIMIT;
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

const char *cli_check_input(const cli_input *input, int input_kind, char *reason_buf, size_t reason_size,
	int *status)
{
	const unsigned char *bytes = (const unsigned char *)input->data;
	const char *binary;
	size_t i;

	*status = NEWSDOC_EEMPTY;
	if (input->size == 0)
		return "is empty";
	/* The library's own test, so that what it would refuse is refused
	 * here in the same words and what it reads (legacy charsets, UTF-16
	 * without a byte order mark) is not. */
	if ((binary = newsdoc_binary_format(input->data, input->size)) != NULL) {
		snprintf(reason_buf, reason_size, "looks like %s, not %s", binary, input_kind_noun(input_kind));
		*status = NEWSDOC_EPARSE;
		return reason_buf;
	}
	for (i = 0; i < input->size && is_blank_byte(bytes[i]); i++)
		;
	if (i == input->size)
		return "contains only whitespace";
	*status = NEWSDOC_OK;
	return NULL;
}
