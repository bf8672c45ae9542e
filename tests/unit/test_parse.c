/*
 * newsdoc_parse: arguments, options, input checks, the built-in parser.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "error_test_util.h"

static const char page[] =
	"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
	"<title>  Harbour   ferry returns\n after repairs </title>"
	"<script>var x = '<p>not text</p>';</script></head>"
	"<body><nav><p>Home</p></nav><h1>Harbour ferry returns</h1>"
	"<p>The ferry  sailed again on <b>Monday</b>.</p>"
	"<p>\xE2\x80\x9CIt is good to be back,\xE2\x80\x9D said the captain.</p>"
	"<p>   </p></body></html>";

static void test_parse_minimal_html(void **state)
{
	newsdoc_document *doc = NULL;
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, NULL, page, sizeof(page) - 1,
		"https://example.org/ferry", NULL), 0);
	assert_non_null(doc);
	assert_string_equal(newsdoc_document_title(doc), "Harbour ferry returns after repairs");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "html");
	assert_string_equal(newsdoc_document_language(doc), "en-GB");
	assert_string_equal(newsdoc_document_url(doc), "https://example.org/ferry");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_URL), "api");
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	/* Navigation and scripts are not text; empty paragraphs are dropped. */
	assert_int_equal(newsdoc_document_block_count(doc), 2);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)),
		"The ferry sailed again on Monday.");
	assert_string_equal(newsdoc_document_text(doc),
		"The ferry sailed again on Monday.\n\n"
		"\xE2\x80\x9CIt is good to be back,\xE2\x80\x9D said the captain.");
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	newsdoc_document_free(doc);
}

static void test_parse_without_paragraphs(void **state)
{
	static const char bare[] = "<html><body>Just <i>some</i> text\nhere</body></html>";
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, NULL, bare, sizeof(bare) - 1, NULL, NULL), 0);
	assert_null(newsdoc_document_title(doc));
	assert_null(newsdoc_document_url(doc));
	assert_string_equal(newsdoc_document_text(doc), "Just some text here");
	newsdoc_document_free(doc);
}

static void test_parse_latin1_and_invalid_utf8(void **state)
{
	static const char latin1[] =
		"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9</title></head>"
		"<body><p>Cr\xE8me br\xFBl\xE9" "e</p></body></html>";
	static const char broken[] = "<html><head><title>Bad \xC3 byte</title></head><body><p>x\xFFy</p></body></html>";
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, NULL, latin1, sizeof(latin1) - 1, NULL, NULL), 0);
	assert_string_equal(newsdoc_document_title(doc), "Caf\xC3\xA9");
	assert_string_equal(newsdoc_document_text(doc), "Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e");
	newsdoc_document_free(doc);

	/* Whatever libxml2 makes of broken bytes, what comes out is valid UTF-8. */
	assert_int_equal(newsdoc_parse(&doc, NULL, broken, sizeof(broken) - 1, NULL, NULL), 0);
	assert_non_null(newsdoc_document_title(doc));
	assert_int_equal(newsdoc_document_set(doc, NEWSDOC_FIELD_SUBTITLE, newsdoc_document_title(doc)), 0);
	assert_int_equal(newsdoc_document_set(doc, NEWSDOC_FIELD_DESCRIPTION, newsdoc_document_text(doc)), 0);
	newsdoc_document_free(doc);
}

static void test_parse_text_input(void **state)
{
	static const char text[] =
		"\xEF\xBB\xBFHarbour ferry returns\n"
		"By Ann Smith\n"
		"\n"
		"The ferry sailed\nagain on Monday.\n"
		"\n\n"
		"  It carried 200 people.  \n";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	(void)state;

	opts.input = NEWSDOC_INPUT_TEXT;
	assert_int_equal(newsdoc_parse(&doc, NULL, text, sizeof(text) - 1, NULL, &opts), 0);
	assert_string_equal(newsdoc_document_title(doc), "Harbour ferry returns");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_TITLE), "text");
	/* The byline line under the title gives the author and is no paragraph. */
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Ann Smith");
	assert_int_equal(newsdoc_document_block_count(doc), 2);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), "The ferry sailed again on Monday.");
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 1)), "It carried 200 people.");
	newsdoc_document_free(doc);

	assert_error(newsdoc_parse(&doc, NULL, " \n\n\t\n", 5, NULL, &opts), NEWSDOC_EEMPTY,
		"the text input has no visible text");
	assert_null(doc);
}

static void test_parse_json_input(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc, *copy;
	newsdoc_buf first = NEWSDOC_BUF_INIT, second = NEWSDOC_BUF_INIT;
	(void)state;

	assert_int_equal(newsdoc_parse(&doc, NULL, page, sizeof(page) - 1, "https://example.org/ferry", NULL), 0);
	assert_int_equal(newsdoc_export(&first, NULL, doc, "json", NULL), 0);
	opts.input = NEWSDOC_INPUT_JSON;
	assert_int_equal(newsdoc_parse(&copy, NULL, first.ptr, first.size, NULL, &opts), 0);
	assert_int_equal(newsdoc_export(&second, NULL, copy, "json", NULL), 0);
	assert_string_equal(first.ptr, second.ptr);
	newsdoc_buf_dispose(&first);
	newsdoc_buf_dispose(&second);
	newsdoc_document_free(doc);
	newsdoc_document_free(copy);
}

static void test_parse_bad_arguments(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = (newsdoc_document *)&opts; /* must be reset to NULL */
	static const char binary[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
	(void)state;

	assert_error(newsdoc_parse(NULL, NULL, page, 10, NULL, NULL), NEWSDOC_EINVAL,
		"newsdoc_parse: invalid argument 'out'");
	assert_error(newsdoc_parse(&doc, NULL, NULL, 10, NULL, NULL), NEWSDOC_EINVAL,
		"newsdoc_parse: invalid argument 'data'");
	assert_null(doc);
	assert_error(newsdoc_parse(&doc, NULL, page, 0, NULL, NULL), NEWSDOC_EEMPTY,
		"newsdoc_parse: the input is empty (0 bytes)");
	assert_error(newsdoc_parse(&doc, NULL, binary, sizeof(binary) - 1, NULL, NULL), NEWSDOC_EPARSE,
		"newsdoc_parse: the input looks like an executable program, not an HTML page");
	assert_error(newsdoc_parse(&doc, NULL, "\xEF\xBB\xBF", 3, NULL, NULL), NEWSDOC_EPARSE,
		"the input has nothing after its byte order mark");
	assert_error(newsdoc_parse(&doc, NULL, "\xFF\xFE", 2, NULL, NULL), NEWSDOC_EPARSE,
		"the input has nothing after its byte order mark");
	assert_error(newsdoc_parse(&doc, NULL, page, sizeof(page) - 1, "https://bad\xFF/", NULL), NEWSDOC_EINVAL,
		"newsdoc_parse: the URL is not valid UTF-8");

	opts.max_input_size = 16;
	assert_error(newsdoc_parse(&doc, NULL, page, 17, NULL, &opts), NEWSDOC_ELIMIT,
		"newsdoc_parse: the input is 17 bytes, over the limit of 16 (max_input_size)");
	opts.max_input_size = 0;
	opts.input = 7;
	assert_error(newsdoc_parse(&doc, NULL, page, 10, NULL, &opts), NEWSDOC_EINVAL,
		"newsdoc_parse: unknown input kind 7 (html 0, text 1, json 2)");
	opts.input = NEWSDOC_INPUT_HTML;
	opts.flags = NEWSDOC_PARSE_QUOTES_BY_SENTENCE | 0x80u;
	assert_error(newsdoc_parse(&doc, NULL, page, 10, NULL, &opts), NEWSDOC_EINVAL,
		"newsdoc_parse: unknown flags 0x80");
	opts.flags = 0;
	opts.parser = "no-such-parser";
	assert_error(newsdoc_parse(&doc, NULL, page, 10, NULL, &opts), NEWSDOC_ENOTFOUND,
		"newsdoc_parse: no parser with id 'no-such-parser'");
	opts.parser = "generic";
	assert_int_equal(newsdoc_parse(&doc, NULL, page, sizeof(page) - 1, NULL, &opts), 0);
	assert_string_equal(newsdoc_document_parser(doc), "generic");
	newsdoc_document_free(doc);
	opts.parser = NULL;
	opts.version = 3;
	assert_error(newsdoc_parse(&doc, NULL, page, 10, NULL, &opts), NEWSDOC_EVERSION,
		"newsdoc_parse: unknown options version 3 (this library knows 1 to 2)");
	opts.version = 0;
	assert_error(newsdoc_parse(&doc, NULL, page, 10, NULL, &opts), NEWSDOC_EVERSION,
		"newsdoc_parse: unknown options version 0 (this library knows 1 to 2)");
}

static void test_parse_options_init(void **state)
{
	newsdoc_parse_options opts;
	(void)state;

	memset(&opts, 0xAB, sizeof(opts));
	assert_int_equal(newsdoc_parse_options_init(&opts, NEWSDOC_PARSE_OPTIONS_VERSION), 0);
	assert_int_equal(opts.version, NEWSDOC_PARSE_OPTIONS_VERSION);
	assert_int_equal(opts.input, NEWSDOC_INPUT_HTML);
	assert_null(opts.parser);
	assert_null(opts.charset);
	assert_int_equal(opts.max_input_size, 0);
	assert_int_equal(opts.max_related, 0);
	assert_int_equal(opts.max_work, 0);
	assert_error(newsdoc_parse_options_init(&opts, 99), NEWSDOC_EVERSION,
		"newsdoc_parse_options_init: unknown options version 99 (this library knows 1 to 2)");
	assert_error(newsdoc_parse_options_init(NULL, 1), NEWSDOC_EINVAL,
		"newsdoc_parse_options_init: invalid argument 'opts'");
}

/*
 * Version 1 of the options, as a caller built against it lays them out:
 * the struct ended with max_related. What follows it in the caller's
 * memory is not the library's to read or write.
 */
typedef struct options_v1 {
	unsigned int version;
	int input;
	const char *parser;
	const char *charset;
	unsigned int flags;
	size_t max_input_size, max_depth, max_nodes, max_jsonld_size, max_quotes, max_related;
} options_v1;

typedef struct v1_in_memory {
	options_v1 opts;
	size_t after; /* where version 2 has max_work */
} v1_in_memory;

static void test_parse_options_version_1(void **state)
{
	static const char ferry[] = "<html><head><title>Ferry back</title></head><body><p>The ferry is back.</p></body></html>";
	newsdoc_parse_options v2 = NEWSDOC_PARSE_OPTIONS_INIT;
	v1_in_memory v1;
	newsdoc_document *doc;
	(void)state;

	assert_int_equal(sizeof(options_v1), offsetof(newsdoc_parse_options, max_work));
	/* init of version 1 writes the version 1 struct and nothing after it */
	memset(&v1, 0xAB, sizeof(v1));
	assert_int_equal(newsdoc_parse_options_init((newsdoc_parse_options *)(void *)&v1, 1), 0);
	assert_int_equal(v1.opts.version, 1);
	assert_int_equal(v1.opts.input, NEWSDOC_INPUT_HTML);
	assert_null(v1.opts.parser);
	assert_int_equal(v1.opts.max_related, 0);
	assert_true(v1.after == (size_t)0xABABABABABABABABull);
	/* parse reads the version 1 fields only: a budget of one step right
	 * after the struct is not max_work */
	v1.after = 1;
	v1.opts.max_quotes = 1;
	assert_int_equal(newsdoc_parse(&doc, NULL, ferry, sizeof(ferry) - 1, NULL,
		(const newsdoc_parse_options *)(const void *)&v1), 0);
	assert_string_equal(newsdoc_document_title(doc), "Ferry back");
	newsdoc_document_free(doc);
	/* the same budget in version 2 is read */
	v2.max_work = 1;
	assert_error(newsdoc_parse(&doc, NULL, ferry, sizeof(ferry) - 1, NULL, &v2), NEWSDOC_ELIMIT,
		"newsdoc_parse: the page needed more than 1 steps of work (max_work)");
	assert_null(doc);
}

static void test_parse_charset_hint(void **state)
{
	static const char latin1[] = "<html><head><title>Stra\xDF" "e</title></head><body><p>x</p></body></html>";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	(void)state;

	opts.charset = "ISO-8859-1";
	assert_int_equal(newsdoc_parse(&doc, NULL, latin1, sizeof(latin1) - 1, NULL, &opts), 0);
	assert_string_equal(newsdoc_document_title(doc), "Stra\xC3\x9F" "e");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_minimal_html),
		cmocka_unit_test(test_parse_without_paragraphs),
		cmocka_unit_test(test_parse_latin1_and_invalid_utf8),
		cmocka_unit_test(test_parse_text_input),
		cmocka_unit_test(test_parse_json_input),
		cmocka_unit_test(test_parse_bad_arguments),
		cmocka_unit_test(test_parse_options_init),
		cmocka_unit_test(test_parse_options_version_1),
		cmocka_unit_test(test_parse_charset_hint),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
