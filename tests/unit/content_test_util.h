/*
 * Helpers shared by the content, related, text-input, quote-headline and
 * title tests: read a fixture or seed file and parse it through the public
 * API. A parse that fails stops the test with the library's message.
 */
#ifndef CONTENT_TEST_UTIL_H
#define CONTENT_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "../common/read_file_util.h"

/* Parse a file as `input` (NEWSDOC_INPUT_HTML or _TEXT) with the generic
 * parser. */
static inline newsdoc_document *parse_file(const char *path, const char *url, int input)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	size_t len = 0;
	char *data = read_whole_file(path, &len);
	int rc;

	if (!data)
		fail_msg("cannot read %s", path);
	opts.input = input;
	opts.parser = "generic";
	rc = newsdoc_parse(&doc, NULL, data, len, url, &opts);
	free(data);
	if (rc != NEWSDOC_OK)
		fail_msg("newsdoc_parse %s failed (%d): %s", path, rc, newsdoc_error_last()->message);
	return doc;
}

static inline newsdoc_document *parse_string(const char *html, const char *url)
{
	newsdoc_document *doc = NULL;
	int rc = newsdoc_parse(&doc, NULL, html, strlen(html), url, NULL);

	if (rc != NEWSDOC_OK)
		fail_msg("newsdoc_parse failed (%d): %s", rc, newsdoc_error_last()->message);
	return doc;
}

/* `len` bytes as `input` (NEWSDOC_INPUT_HTML or _TEXT), no registry. */
static inline newsdoc_document *parse_bytes(const char *bytes, size_t len, int input)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	int rc;

	opts.input = input;
	rc = newsdoc_parse(&doc, NULL, bytes, len, NULL, &opts);
	if (rc != NEWSDOC_OK)
		fail_msg("newsdoc_parse failed (%d): %s", rc, newsdoc_error_last()->message);
	return doc;
}

/* The body text holds `needle`. */
static inline int body_has(const newsdoc_document *doc, const char *needle)
{
	const char *text = newsdoc_document_text(doc);

	return text && strstr(text, needle) != NULL;
}

/* Parse `page`: its body holds `want` and not `unwanted` (when given). */
static inline void check_body(const char *page, const char *want, const char *unwanted)
{
	newsdoc_document *doc = parse_string(page, NULL);

	assert_non_null(doc);
	if (!body_has(doc, want))
		fail_msg("the body lacks \"%s\": %s", want, newsdoc_document_text(doc));
	if (unwanted && body_has(doc, unwanted))
		fail_msg("the body holds \"%s\"", unwanted);
	newsdoc_document_free(doc);
}

#define FIXTURE(name) NEWSDOC_SOURCE_DIR "/tests/fixtures/content/" name
#define SEED(name) NEWSDOC_SHARED_DIR "/seed/" name
#define SEED_URL "https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-high-level-meeting"

/* The shared seed (../shared) is not in every checkout: without the file
 * the running test is skipped, saying so, rather than failed. */
static inline void skip_without_seed(const char *path)
{
	if (access(path, R_OK) != 0) {
		print_message("shared seed %s not present: skipped\n", path);
		skip();
	}
}

#endif
