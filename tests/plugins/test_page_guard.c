/*
 * Every in-tree parser reads only the page it is given. The page is the
 * caller's buffer of exactly `len` bytes with no NUL after it
 * (include/newsdoc/sys/plugin.h), so each page here is placed with its
 * last byte just before a PROT_NONE page (mmap + mprotect) and parsed by
 * every parser of the in-tree plugins (plugins/site-*), the template
 * (plugins/_template, built into the fixture folder) and the fixture
 * plugin, by the generic parser and with the parser chosen by probes, as
 * HTML and as text. Reading one byte past the page faults.
 *
 * The pages are the examples, the content fixtures and the seed page when
 * present, each whole and cut short at several points (inside a tag, an
 * attribute, a comment, a script), and pages made to end where a parser
 * searching with strstr would go on looking.
 */
#define _GNU_SOURCE /* MAP_ANONYMOUS, memmem */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "../common/read_file_util.h"

/* The readable part of a mapping whose next page is PROT_NONE. */
typedef struct guarded {
	char *base;
	size_t readable;
	size_t mapped;
} guarded;

static guarded guard;
static newsdoc_registry *registry;

static void guard_init(size_t max_len)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	void *memory;

	guard.readable = (max_len + page - 1) / page * page;
	guard.mapped = guard.readable + page;
	memory = mmap(NULL, guard.mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(memory != MAP_FAILED);
	guard.base = memory;
	assert_int_equal(mprotect(guard.base + guard.readable, page, PROT_NONE), 0);
}

/* `len` bytes of `data`, placed so that the next byte cannot be read. */
static const char *guarded_copy(const char *data, size_t len)
{
	char *at;
	assert_true(len <= guard.readable);
	at = guard.base + guard.readable - len;
	memcpy(at, data, len);
	/* The page is read-only from here on: a parser must not write either. */
	return at;
}

/* Parse `len` bytes at the guard with `parser_id` (NULL: chosen from the
 * URL and probes); a fault ends the test. */
static int parse_guarded(const char *data, size_t len, const char *parser_id, int input, const char *url,
	newsdoc_document **out)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	const char *page = guarded_copy(data, len);
	newsdoc_document *doc = NULL;
	int rc;

	opts.parser = parser_id;
	opts.input = input;
	rc = newsdoc_parse(&doc, registry, page, len, url, &opts);
	if (out)
		*out = doc;
	else
		newsdoc_document_free(doc);
	return rc;
}

/* Every parser of the registry, the generic one and no choice at all, on
 * the page as HTML and as text. */
static void parse_with_every_parser(const char *data, size_t len)
{
	size_t i, n = newsdoc_registry_parser_count(registry);
	int input;

	for (input = NEWSDOC_INPUT_HTML; input <= NEWSDOC_INPUT_TEXT; input++) {
		parse_guarded(data, len, NULL, input, "https://www.example.org/news/1", NULL);
		for (i = 0; i < n; i++) {
			const char *id = newsdoc_parser_info_id(newsdoc_registry_parser_at(registry, i));
			int rc = parse_guarded(data, len, id, input, NULL, NULL);
			/* Declarative parsers refuse text; anything else must read the page. */
			if (rc != 0 && rc != NEWSDOC_EINVAL && rc != NEWSDOC_EPARSE && rc != NEWSDOC_EPLUGIN)
				fail_msg("parser '%s' on %zu bytes (input %d): %d %s", id, len, input, rc,
					newsdoc_error_last()->message);
		}
	}
}

/* The page, then the page cut short just after each of a few markers. */
static void parse_page_and_its_cuts(const char *data, size_t len)
{
	static const char *const markers[] = { "<", "<p", "class=\"", "<!--", "<script", "</", "\"", NULL };
	size_t i;

	parse_with_every_parser(data, len);
	for (i = 0; markers[i]; i++) {
		const char *at = NULL, *p = data;
		size_t left = len, m = strlen(markers[i]);
		/* the last occurrence: the page then ends inside it */
		while ((p = memmem(p, left, markers[i], m)) != NULL) {
			at = p;
			p += 1;
			left = len - (size_t)(p - data);
		}
		if (at && at + m > data)
			parse_with_every_parser(data, (size_t)(at - data) + m);
	}
}

static void parse_file(const char *path)
{
	size_t len = 0;
	char *data = read_whole_file(path, &len);

	if (!data)
		return;
	if (len > 0 && len <= guard.readable)
		parse_page_and_its_cuts(data, len);
	free(data);
}

static void test_file_pages_end_at_a_guard(void **state)
{
	static const char *const files[] = {
		"/examples/article.html", "/examples/article.txt", "/tests/fixtures/content/blocks.html",
		"/tests/fixtures/content/boilerplate.html", "/tests/fixtures/content/related.html",
		"/tests/fixtures/content/article.txt", NULL
	};
	char path[4096];
	size_t i;
	(void)state;

	for (i = 0; files[i]; i++) {
		snprintf(path, sizeof(path), "%s%s", NEWSDOC_SOURCE_DIR, files[i]);
		parse_file(path);
	}
	snprintf(path, sizeof(path), "%s/seed/article.html", NEWSDOC_SHARED_DIR);
	parse_file(path);
}

/* Pages that end where a parser searching with strstr would go on: the
 * template's kicker and the fixture's headline without their end tags,
 * and no FAIL-PARSE anywhere. */
static void test_pages_ending_inside_what_plugins_look_for(void **state)
{
	static const char *const pages[] = {
		"<html><body><article><h1>Bridges reopen</h1><p>The bridges reopened.</p><p class=\"kicker\">Opinion",
		"<html><body><h2 class=\"headline\">Plugin headline",
		"<p class=\"kicker\">",
		"<h2 class=\"headline\">",
		"FAIL-PARS",
		NULL
	};
	size_t i;
	(void)state;

	for (i = 0; pages[i]; i++)
		parse_page_and_its_cuts(pages[i], strlen(pages[i]));
}

/* At the guard, the plugins still find what is there. */
static void test_plugins_read_guarded_pages(void **state)
{
	static const char kicker[] =
		"<html><body><article><h1>Bridges reopen</h1><p class=\"kicker\">Opinion</p>"
		"<p>The two river bridges reopened on Monday after a month of repairs to their decks.</p></article>";
	static const char headline[] = "<h2 class=\"headline\">Plugin headline</h2><p>FAIL-PARSE</p>";
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(parse_guarded(kicker, sizeof(kicker) - 1, "template", NEWSDOC_INPUT_HTML, NULL, &doc), 0);
	assert_string_equal(newsdoc_document_section(doc), "Opinion");
	newsdoc_document_free(doc);
	assert_int_equal(parse_guarded(headline, 41, "good-parser", NEWSDOC_INPUT_HTML, NULL, &doc), 0);
	assert_string_equal(newsdoc_document_title(doc), "Plugin headline");
	newsdoc_document_free(doc);
	assert_int_equal(parse_guarded(headline, sizeof(headline) - 1, "good-parser", NEWSDOC_INPUT_HTML, NULL, &doc),
		NEWSDOC_EPLUGIN);
	assert_string_equal(newsdoc_error_last()->message,
		"parser 'good-parser' (plugin 'test-good') failed: the page says FAIL-PARSE");
}

static int setup(void **state)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	const char *paths[] = { NEWSDOC_PLUGINS_DIR, NEWSDOC_FIXTURE_DIR "/template", NEWSDOC_FIXTURE_DIR "/good" };
	size_t i, library = 0, declarative = 0;
	(void)state;

	opts.plugin_paths = paths;
	opts.plugin_path_count = sizeof(paths) / sizeof(paths[0]);
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (newsdoc_registry_new(&registry, &opts) != 0)
		return -1;
	for (i = 0; i < newsdoc_registry_parser_count(registry); i++) {
		const newsdoc_parser_info *parser = newsdoc_registry_parser_at(registry, i);
		if (!strcmp(newsdoc_parser_info_id(parser), "generic"))
			continue;
		if (newsdoc_parser_info_declarative(parser))
			declarative++;
		else
			library++;
	}
	/* the site plugins in C, the template, the fixture; the declarative ones */
	if (library < 4 || declarative < 1) {
		fprintf(stderr, "test_page_guard: %zu library and %zu declarative parsers: are the plugins built?\n",
			library, declarative);
		return -1;
	}
	guard_init(1 << 20);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	munmap(guard.base, guard.mapped);
	newsdoc_registry_free(registry);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plugins_read_guarded_pages),
		cmocka_unit_test(test_pages_ending_inside_what_plugins_look_for),
		cmocka_unit_test(test_file_pages_end_at_a_guard),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
