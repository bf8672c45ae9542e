/*
 * newsdoc command-line tool: reading an input fully into memory, and
 * telling the user plainly when it is not a page at all (a directory, an
 * empty file, an image, a gzip file) before the library is asked to parse
 * it, since the library can only say that parsing failed.
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

/* The first bytes looked at to tell text from binary data. */
#define SNIFF_SIZE 1024

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

/* Signatures of the binary formats people most often feed a page tool by mistake. */
static const struct {
	const char *magic;
	size_t magic_len;
	const char *what;
} binary_signatures[] = {
	{ "\x1f\x8b", 2, "gzip-compressed data (decompress it first)" },
	{ "\x28\xb5\x2f\xfd", 4, "zstd-compressed data (decompress it first)" },
	{ "\xfd" "7zXZ", 5, "xz-compressed data (decompress it first)" },
	{ "PK\x03\x04", 4, "a zip archive" },
	{ "%PDF-", 5, "a PDF document" },
	{ "\x89PNG\r\n\x1a\n", 8, "a PNG image" },
	{ "\xff\xd8\xff", 3, "a JPEG image" },
	{ "GIF87a", 6, "a GIF image" },
	{ "GIF89a", 6, "a GIF image" },
	{ "\x7f" "ELF", 4, "an executable program" },
};

static const char *input_kind_noun(int input_kind)
{
	switch (input_kind) {
	case NEWSDOC_INPUT_TEXT: return "a text page";
	case NEWSDOC_INPUT_JSON: return "a JSON document";
	default: return "an HTML page";
	}
}

/* UTF-16 and UTF-32 text has NUL bytes but announces itself with a BOM,
 * which the library decodes; such input must not be called binary. */
static int starts_with_wide_bom(const unsigned char *bytes, size_t size)
{
	return size >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
		|| (size >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF));
}

static int is_blank_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Length of the UTF-8-shaped sequence at `s` (2..4 for non-ASCII), or 0.
 * `s` is inside a NUL-terminated buffer, so looking ahead stops at its end.
 * Only the shape is checked, unlike json_string.c's validator: overlong
 * forms and surrogates are text the library sanitizes, not binary data
 * (tests/hostile's bad-utf8.html).
 */
static int utf8_valid_length(const unsigned char *s)
{
	int length, i;

	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		length = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		length = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		length = 4;
	else
		return 0;
	for (i = 1; i < length; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	}
	return length;
}

const char *cli_check_input(const cli_input *input, int input_kind, char *reason_buf, size_t reason_size)
{
	const unsigned char *bytes = (const unsigned char *)input->data;
	size_t sample_size = input->size < SNIFF_SIZE ? input->size : SNIFF_SIZE;
	size_t control_bytes = 0, undecodable_bytes = 0;
	int has_nul = 0;
	size_t i;

	if (input->size == 0)
		return "is empty";

	for (i = 0; i < sizeof(binary_signatures) / sizeof(binary_signatures[0]); i++) {
		if (input->size >= binary_signatures[i].magic_len
			&& memcmp(bytes, binary_signatures[i].magic, binary_signatures[i].magic_len) == 0) {
			snprintf(reason_buf, reason_size, "looks like %s, not %s", binary_signatures[i].what,
				input_kind_noun(input_kind));
			return reason_buf;
		}
	}

	if (!starts_with_wide_bom(bytes, input->size)) {
		for (i = 0; i < sample_size; i++) {
			unsigned char c = bytes[i];

			if (c == 0) {
				has_nul = 1;
				break;
			}
			if ((c < 0x20 && !is_blank_byte(c) && c != 0x1B) || c == 0x7F) {
				control_bytes++;
			} else if (c >= 0x80) {
				int length = utf8_valid_length(bytes + i);

				if (length == 0)
					undecodable_bytes++;
				else
					i += (size_t)length - 1;
			}
		}
		/*
		 * Text never holds NUL; it holds few control characters; and even
		 * in a legacy 8-bit charset, bytes that are not UTF-8 are a minority
		 * (accented letters). Random or compressed data fails all three.
		 */
		if (has_nul || control_bytes * 16 > sample_size || undecodable_bytes * 3 > sample_size) {
			snprintf(reason_buf, reason_size, "looks like binary data, not %s", input_kind_noun(input_kind));
			return reason_buf;
		}
	}

	for (i = 0; i < input->size && is_blank_byte(bytes[i]); i++)
		;
	if (i == input->size)
		return "contains only whitespace";
	return NULL;
}
