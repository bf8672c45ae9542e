/*
 * Helpers shared by the quote tests (test_quotes.c, test_quotes_headlines.c):
 * parse a small text or page, and check a quote with its span.
 */
#ifndef QUOTE_TEST_UTIL_H
#define QUOTE_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

static inline newsdoc_document *parse_with_flags(const char *data, int input, size_t max_quotes, unsigned int flags)
{
	newsdoc_parse_options opts;
	newsdoc_document *doc = NULL;

	assert_int_equal(newsdoc_parse_options_init(&opts, NEWSDOC_PARSE_OPTIONS_VERSION), 0);
	opts.input = input;
	opts.max_quotes = max_quotes;
	opts.flags = flags;
	assert_int_equal(newsdoc_parse(&doc, NULL, data, strlen(data), NULL, &opts), 0);
	assert_non_null(doc);
	return doc;
}

static inline newsdoc_document *parse_as(const char *data, int input, size_t max_quotes)
{
	return parse_with_flags(data, input, max_quotes, 0);
}

/* Plain text: the first line is the title, blank lines part paragraphs. */
static inline newsdoc_document *parse_text(const char *text)
{
	return parse_as(text, NEWSDOC_INPUT_TEXT, 0);
}

static inline newsdoc_document *parse_html(const char *html)
{
	return parse_as(html, NEWSDOC_INPUT_HTML, 0);
}

/* Byte offset of code point `cp` in `s`. */
static inline size_t byte_at(const char *s, long cp)
{
	size_t i = 0;

	while (cp > 0 && s[i]) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		cp--;
	}
	return i;
}

/* The span of a quote (block, code point offsets) holds exactly `text`. */
static inline void assert_span_is(const newsdoc_document *doc, const newsdoc_quote *quote, const char *text)
{
	const newsdoc_block *block;
	const char *block_text;
	size_t from, to;

	assert_true(newsdoc_quote_block(quote) >= 0);
	block = newsdoc_document_block_at(doc, (size_t)newsdoc_quote_block(quote));
	assert_non_null(block);
	block_text = newsdoc_block_text(block);
	assert_true(newsdoc_quote_start(quote) <= newsdoc_quote_end(quote));
	from = byte_at(block_text, newsdoc_quote_start(quote));
	to = byte_at(block_text, newsdoc_quote_end(quote));
	assert_int_equal(to - from, strlen(text));
	assert_memory_equal(block_text + from, text, to - from);
}

/* Check one quote's text, speaker and cue. A NULL speaker must be
 * unknown; a NULL cue is not checked (callers leave it open where the cue
 * is not what the test is about). */
static inline void assert_quote(const newsdoc_document *doc, size_t i, const char *text,
	const char *speaker, const char *cue)
{
	const newsdoc_quote *quote = newsdoc_document_quote_at(doc, i);

	assert_non_null(quote);
	assert_string_equal(newsdoc_quote_text(quote), text);
	if (speaker)
		assert_string_equal(newsdoc_quote_speaker(quote), speaker);
	else
		assert_null(newsdoc_quote_speaker(quote));
	if (cue)
		assert_string_equal(newsdoc_quote_cue(quote), cue);
}

/* One paragraph with one quote: its speaker, its cue and its text (a NULL
 * cue or text is not checked). */
typedef struct speaker_case {
	const char *paragraph, *speaker, *cue, *quote;
} speaker_case;

/* Each case's paragraph after a title line holds exactly one quote with
 * the case's text, speaker and cue; a failure names the case. */
static inline void assert_speaker_cases(const speaker_case *cases, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		char text[512];
		newsdoc_document *doc;
		const newsdoc_quote *quote;

		snprintf(text, sizeof(text), "Title\n\n%s\n", cases[i].paragraph);
		doc = parse_text(text);
		if (newsdoc_document_quote_count(doc) != 1)
			fail_msg("case %zu: %zu quotes in \"%s\"", i, newsdoc_document_quote_count(doc),
				cases[i].paragraph);
		quote = newsdoc_document_quote_at(doc, 0);
		if (cases[i].quote && strcmp(newsdoc_quote_text(quote), cases[i].quote))
			fail_msg("case %zu: quote '%s', expected '%s'", i, newsdoc_quote_text(quote), cases[i].quote);
		if (!newsdoc_quote_speaker(quote) || strcmp(newsdoc_quote_speaker(quote), cases[i].speaker))
			fail_msg("case %zu: speaker '%s', expected '%s'", i,
				newsdoc_quote_speaker(quote) ? newsdoc_quote_speaker(quote) : "(null)",
				cases[i].speaker);
		if (cases[i].cue && (!newsdoc_quote_cue(quote) || strcmp(newsdoc_quote_cue(quote), cases[i].cue)))
			fail_msg("case %zu: cue '%s', expected '%s'", i,
				newsdoc_quote_cue(quote) ? newsdoc_quote_cue(quote) : "(null)", cases[i].cue);
		newsdoc_document_free(doc);
	}
}

#endif
