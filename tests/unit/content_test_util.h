/*
 * Helpers shared by the content, related and text-input tests: read a
 * fixture file and parse it through the public API.
 */
#ifndef CONTENT_TEST_UTIL_H
#define CONTENT_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <newsdoc.h>

/* The whole file, NUL-terminated, or NULL when it cannot be read. */
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

/* Parse a file as `input` (NEWSDOC_INPUT_HTML or _TEXT) with the generic
 * parser; NULL when the file is missing. */
static inline newsdoc_document *parse_file(const char *path, const char *url, int input)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t len = 0;
	char *data = read_whole_file(path, &len);

	if (!data)
		return NULL;
	opts.input = input;
	opts.parser = "generic";
	if (newsdoc_parse(&doc, NULL, data, len, url, &opts) != 0)
		doc = NULL;
	free(data);
	return doc;
}

static inline newsdoc_document *parse_string(const char *html, const char *url)
{
	newsdoc_document *doc = NULL;

	if (newsdoc_parse(&doc, NULL, html, strlen(html), url, NULL) != 0)
		return NULL;
	return doc;
}

#define FIXTURE(name) NEWSDOC_SOURCE_DIR "/tests/fixtures/content/" name
#define SEED(name) NEWSDOC_SHARED_DIR "/seed/" name
#define SEED_URL "https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-high-level-meeting"

#endif
