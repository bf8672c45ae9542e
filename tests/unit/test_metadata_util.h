/*
 * Shared by the metadata tests: parse a small page with the generic
 * parser and compare fields exactly (NULL meaning "unknown").
 */
#ifndef TEST_METADATA_UTIL_H
#define TEST_METADATA_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

static inline newsdoc_document *parse_with(const char *html, const char *url, const newsdoc_parse_options *opts)
{
	newsdoc_document *doc = NULL;
	int rc = newsdoc_parse(&doc, NULL, html, strlen(html), url, opts);
	if (rc != 0)
		fail_msg("newsdoc_parse failed: %s", newsdoc_error_last()->message);
	assert_non_null(doc);
	return doc;
}

static inline newsdoc_document *parse_page(const char *html, const char *url)
{
	return parse_with(html, url, NULL);
}

/* Compare a possibly-NULL string. */
#define assert_field(actual, expected) \
	do { \
		const char *a_ = (actual), *e_ = (expected); \
		if (!e_) \
			assert_null(a_); \
		else { \
			assert_non_null(a_); \
			assert_string_equal(a_, e_); \
		} \
	} while (0)

static inline void assert_author(const newsdoc_document *doc, size_t i, const char *name, const char *role,
	const char *affiliation)
{
	const newsdoc_author *author = newsdoc_document_author_at(doc, i);
	assert_non_null(author);
	assert_field(newsdoc_author_name(author), name);
	assert_field(newsdoc_author_role(author), role);
	assert_field(newsdoc_author_affiliation(author), affiliation);
}

/* The comment count of a page whose body is `markup` and one paragraph,
 * and its source when `source` is not NULL. */
static inline void check_comment_count(const char *markup, const char *url, long expected, const char *source)
{
	char html[2048];
	newsdoc_document *doc;

	snprintf(html, sizeof(html), "<html><head><title>Comment count test page</title></head><body>%s"
		"<p>The article text follows and is long enough to be a body.</p></body></html>", markup);
	doc = parse_page(html, url);
	if (newsdoc_document_comment_count(doc) != expected)
		fail_msg("%s: comment count %ld, expected %ld", markup, newsdoc_document_comment_count(doc), expected);
	if (source)
		assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_COMMENTS), source);
	newsdoc_document_free(doc);
}

/* A table of comment-count cases on the page https://e.org/story: the
 * markup and the count expected (-1: none, else from the HTML). */
typedef struct comment_count_case {
	const char *markup;
	long expected;
} comment_count_case;

static inline void check_comment_cases(const comment_count_case *cases, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		check_comment_count(cases[i].markup, "https://e.org/story", cases[i].expected,
			cases[i].expected >= 0 ? "html" : NULL);
}

#define CHECK_COMMENT_CASES(cases) check_comment_cases(cases, sizeof(cases) / sizeof(cases[0]))

/* A page whose <head> and <body> are given; the body gets one paragraph. */
#define PAGE(head, body) \
	"<!DOCTYPE html><html><head><meta charset=\"utf-8\">" head "</head><body>" body \
	"<p>The article text is here, long enough to be the body of the page.</p></body></html>"

#endif
