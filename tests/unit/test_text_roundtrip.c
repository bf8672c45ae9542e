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

/* (a) A byline of twelve people is longer than a header line may be
 * (120 bytes); in the exporter's header it is still the byline, and its
 * date lines are still read. */
static void test_long_byline(void **state)
{
	static const expected_author want[] = {
		{ "Iris Calloway", NULL, NULL }, { "Velvet Lantern", NULL, NULL }, { "Ned Frost", NULL, NULL },
		{ "Fergus O\xE2\x80\x99" "Rourke", NULL, NULL }, { "Owen McAllister", NULL, NULL },
		{ "TJ Hallorsen", NULL, NULL }, { "Wade Pemberton", NULL, NULL }, { "Lydia Farrow", NULL, NULL },
		{ "Hal Rook", NULL, NULL }, { "Simon Ashcombe", NULL, NULL }, { "Ross Whitley", NULL, NULL },
		{ "Ada M Quillon", NULL, NULL },
	};
	static const char byline[] = "By Iris Calloway, Velvet Lantern, Ned Frost, Fergus O\xE2\x80\x99" "Rourke, "
		"Owen McAllister, TJ Hallorsen, Wade Pemberton, Lydia Farrow, Hal Rook, Simon Ashcombe, "
		"Ross Whitley and Ada M Quillon";
	char text[1024];
	newsdoc_document *doc;
	(void)state;

	assert_true(strlen(byline) > 120);
	snprintf(text, sizeof(text), "Sea wall vote\n\n%s\nPublished: 2025-05-21T15:42:10-04:00\n"
		"Updated: 2025-05-22T08:00:00+00:00" BODY, byline);
	doc = parse_text(text);
	assert_authors(doc, want, 12);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_PUBLISHED), "2025-05-21T15:42:10-04:00");
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_MODIFIED), "2025-05-22T08:00:00+00:00");
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
	/* the same line alone under the title (a page without dates) */
	snprintf(text, sizeof(text), "Sea wall vote\n\n%s" BODY, byline);
	doc = parse_text(text);
	assert_authors(doc, want, 12);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
}

/* (b) Names as the page spelled them: lowercase, a handle. */
static void test_byline_names_as_written(void **state)
{
	static const expected_author lower[] = { { "marla pennick", NULL, NULL } };
	static const expected_author handles[] = {
		{ "qtbrenner", NULL, NULL }, { "Paul Verdi", NULL, NULL }, { "Ask4TheOwl", NULL, NULL }
	};
	newsdoc_document *doc = parse_text("Sea wall vote\n\nBy marla pennick" BODY);
	(void)state;

	assert_authors(doc, lower, 1);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
	doc = parse_text("Sea wall vote\n\nBy qtbrenner, Paul Verdi and Ask4TheOwl\n"
		"Published: 2009-05-02T00:01:21+00:00" BODY);
	assert_authors(doc, handles, 3);
	assert_string_equal(newsdoc_document_get(doc, NEWSDOC_FIELD_PUBLISHED), "2009-05-02T00:01:21+00:00");
	newsdoc_document_free(doc);
}

/* (c) "Ron B." ends with the period of an initial, not of a sentence. */
static void test_byline_initial(void **state)
{
	static const expected_author want[] = { { "Ron B.", NULL, NULL } };
	newsdoc_document *doc = parse_text("Sea wall vote\n\nBy Ron B." BODY);
	(void)state;

	assert_authors(doc, want, 1);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
}

/* Sentences that start with "By" under the title stay body text: a long
 * one, a short one, and one whose pieces are not a few words each; past
 * 2 KB a "By" line is never the exporter's byline. */
static void test_by_sentences_stay_body(void **state)
{
	static const char *const pages[] = {
		"Sea wall vote\n\nBy the time the council voted on Monday, the sea wall that had held since 1890 "
		"had already given way to the first of the winter storms." BODY,
		"Sea wall vote\n\nBy noon." BODY,
		"Sea wall vote\n\nBy the time the council had voted, the old sea wall was gone" BODY,
	};
	char text[4096];
	newsdoc_document *doc;
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		doc = parse_text(pages[i]);
		assert_int_equal(newsdoc_document_author_count(doc), 0);
		assert_int_equal(newsdoc_document_block_count(doc), 2);
		newsdoc_document_free(doc);
	}
	memcpy(text, "Sea wall vote\n\nBy ", 18);
	for (i = 18; i < 18 + 2100; i += 7)
		memcpy(text + i, "Ann Li ", 7);
	snprintf(text + i, sizeof(text) - i, "\nPublished: 2025-05-21T15:42:10-04:00" BODY);
	doc = parse_text(text);
	assert_int_equal(newsdoc_document_author_count(doc), 0);
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
		cmocka_unit_test(test_long_byline),
		cmocka_unit_test(test_byline_names_as_written),
		cmocka_unit_test(test_byline_initial),
		cmocka_unit_test(test_by_sentences_stay_body),
		cmocka_unit_test(test_export_round_trip),
	};

	return cmocka_run_group_tests(tests, registry_setup, registry_teardown);
}
