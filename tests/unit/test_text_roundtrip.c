/*
 * The text exporter's header read back by --input text: the byline in
 * its "By Name (Role, Affiliation)" form, organisation and plain bylines,
 * the "Published:"/"Updated:" lines, and a whole document exported as
 * text and parsed again keeping title, authors and dates.
 *
 * The registry searches only the build's plugins.d (export-text).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <newsdoc.h>

#include "export_test_util.h"

typedef struct expected_author {
	const char *name, *role, *affiliation;
} expected_author;

static newsdoc_document *parse_text(const char *text)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;

	opts.input = NEWSDOC_INPUT_TEXT;
	CHECK_OK(newsdoc_parse(&doc, NULL, text, strlen(text), NULL, &opts));
	return doc;
}

static void assert_same(const char *want, const char *got)
{
	if (want)
		assert_string_equal(got, want);
	else
		assert_null(got);
}

static void assert_authors(const newsdoc_document *doc, const expected_author *want, size_t count)
{
	size_t i;

	assert_int_equal(newsdoc_document_author_count(doc), count);
	for (i = 0; i < count; i++) {
		const newsdoc_author *author = newsdoc_document_author_at(doc, i);
		assert_same(want[i].name, newsdoc_author_name(author));
		assert_same(want[i].role, newsdoc_author_role(author));
		assert_same(want[i].affiliation, newsdoc_author_affiliation(author));
	}
}

#define BODY "\n\nThe council voted on Monday to rebuild the sea wall before the winter storms.\n"

/* One person with role and affiliation, not three people; the line is the
 * byline, not the first paragraph. */
static void test_byline_role_affiliation(void **state)
{
	static const expected_author want[] = { { "Jane Roe", "Senior Reporter", "The Daily Example" } };
	newsdoc_document *doc = parse_text("Sea wall vote\n\nBy Jane Roe (Senior Reporter, The Daily Example)" BODY);
	(void)state;

	assert_authors(doc, want, 1);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
}

/* An organisation alone stays one author, with no role. */
static void test_byline_organisation(void **state)
{
	static const expected_author want[] = { { "The Associated Press", NULL, NULL } };
	static const expected_author reuters[] = { { "Jane Roe", NULL, "Reuters" } };
	newsdoc_document *doc = parse_text("Sea wall vote\n\nBy The Associated Press" BODY);
	(void)state;

	assert_authors(doc, want, 1);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
	/* an affiliation without a role is marked so, not read as a role */
	doc = parse_text("Sea wall vote\n\nBy Jane Roe (at Reuters)" BODY);
	assert_authors(doc, reuters, 1);
	newsdoc_document_free(doc);
}

static void test_byline_two_authors(void **state)
{
	static const expected_author plain[] = { { "Jane Roe", NULL, NULL }, { "John Doe", NULL, NULL } };
	static const expected_author full[] = {
		{ "Jane Roe", "Editor", NULL }, { "Ann Lee", NULL, NULL }, { "John Doe", "Reporter", "Harbour Times" }
	};
	newsdoc_document *doc = parse_text("Sea wall vote\n\nBy Jane Roe and John Doe" BODY);
	(void)state;

	assert_authors(doc, plain, 2);
	newsdoc_document_free(doc);
	doc = parse_text("Sea wall vote\n\nBy Jane Roe (Editor), Ann Lee and John Doe (Reporter, Harbour Times)" BODY);
	assert_authors(doc, full, 3);
	newsdoc_document_free(doc);
}

/* Labelled dates under the byline; the labels are the tables' words. Dates
 * come back in the parser's ISO form ("Z" is written "+00:00"), the form
 * every parsed document already has. */
static void test_dates(void **state)
{
	newsdoc_document *doc = parse_text("Sea wall vote\n\nBy Jane Roe\nPublished: 2025-05-21T15:42:10-04:00\n"
		"Updated: 2025-05-22T08:00:00+00:00" BODY);
	(void)state;

	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_PUBLISHED), "2025-05-21T15:42:10-04:00");
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_MODIFIED), "2025-05-22T08:00:00+00:00");
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_PUBLISHED), "text");
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
	/* German labels from the same tables */
	doc = parse_text("Sea wall vote\n\nVon Jane Roe\nAktualisiert: 2025-05-22T08:00:00+00:00" BODY);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_MODIFIED), "2025-05-22T08:00:00+00:00");
	newsdoc_document_free(doc);
}

static void add_author(newsdoc_document *doc, const expected_author *a)
{
	newsdoc_author *author;

	CHECK_OK(newsdoc_document_add_author(&author, doc, a->name));
	if (a->role)
		CHECK_OK(newsdoc_author_set_role(author, a->role));
	if (a->affiliation)
		CHECK_OK(newsdoc_author_set_affiliation(author, a->affiliation));
}

/* Export as text, parse the text: title, authors and dates are the same. */
static void test_export_round_trip(void **state)
{
	static const expected_author authors[] = {
		{ "Jane Roe", "Senior Reporter", "The Daily Example" },
		{ "Ji Seong-ho", NULL, NULL },
		{ "Kim Lo", "Editor", NULL },
		{ "Sam Poe", NULL, "Reuters" },
	};
	newsdoc_document *doc, *again;
	char *text;
	size_t i;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "Sea wall vote"));
	for (i = 0; i < sizeof(authors) / sizeof(authors[0]); i++)
		add_author(doc, &authors[i]);
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_PUBLISHED, "2025-05-21T15:42:10-04:00"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_MODIFIED, "2025-05-22T08:00:00+00:00"));
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, "The council voted.", 18));
	text = export_to_string(*state, doc, "text", 0);
	assert_string_equal(text, "Sea wall vote\n\n"
		"By Jane Roe (Senior Reporter, The Daily Example), Ji Seong-ho, Kim Lo (Editor) and Sam Poe (at Reuters)\n"
		"Published: 2025-05-21T15:42:10-04:00\n"
		"Updated: 2025-05-22T08:00:00+00:00\n"
		"\n"
		"The council voted.\n");
	again = parse_text(text);
	assert_string_equal(newsdoc_document_title(again), "Sea wall vote");
	assert_authors(again, authors, sizeof(authors) / sizeof(authors[0]));
	assert_string_equal(newsdoc_document_get(again, NEWSDOC_FIELD_PUBLISHED), "2025-05-21T15:42:10-04:00");
	assert_string_equal(newsdoc_document_get(again, NEWSDOC_FIELD_MODIFIED), "2025-05-22T08:00:00+00:00");
	assert_int_equal(newsdoc_document_block_count(again), 1);
	free(text);
	newsdoc_document_free(again);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_byline_role_affiliation),
		cmocka_unit_test(test_byline_organisation),
		cmocka_unit_test(test_byline_two_authors),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_export_round_trip),
	};

	return cmocka_run_group_tests(tests, registry_setup, registry_teardown);
}
