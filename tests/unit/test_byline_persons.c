/*
 * Byline persons (issue 14): who is a person, and where a name ends. The
 * site's own account typed Person is the site, and so is a lower-case
 * handle that is part of the host; a legal form makes a company; "in
 * Section" after a name ends it; a byline listing ten thousand names
 * gives its first ones. Every page is written for the test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_metadata_util.h"

#define STORY "<h1>Ferry timetable changes</h1>" \
	"<p>The harbour office printed new tide tables for the spring, with two extra columns for the evening ferries.</p>"

static int kind_of(const newsdoc_document *doc, const char *name)
{
	size_t i;

	for (i = 0; i < newsdoc_document_author_count(doc); i++)
		if (!strcmp(newsdoc_author_name(newsdoc_document_author_at(doc, i)), name))
			return newsdoc_author_kind(newsdoc_document_author_at(doc, i));
	fail_msg("no author named \"%s\"", name);
	return -1;
}

static void expect_names(const char *html, const char *url, size_t count, const char *first, const char *second)
{
	newsdoc_document *doc = parse_page(html, url);

	if (newsdoc_document_author_count(doc) != count)
		fail_msg("%zu authors, expected %zu (first: %s)", newsdoc_document_author_count(doc), count,
			newsdoc_document_author_count(doc) ? newsdoc_author_name(newsdoc_document_author_at(doc, 0)) : "none");
	if (count > 0)
		assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), first);
	if (count > 1)
		assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 1)), second);
	newsdoc_document_free(doc);
}

/* A Person named as the site's stated name and read as a publication's is
 * the site's account; a site named after its writer keeps its person. */
static void test_site_account_typed_person(void **state)
{
	static const char account[] = PAGE("<meta property=\"og:site_name\" content=\"Harbour Times\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable changes\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"Harbour Times\"}}</script>", STORY);
	static const char writer[] = PAGE("<meta property=\"og:site_name\" content=\"Mara Lindqvist\">"
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable changes\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"}}</script>", STORY);
	newsdoc_document *doc;

	(void)state;
	doc = parse_page(account, "https://harbourtimes.example/news/1");
	assert_int_equal(kind_of(doc, "Harbour Times"), NEWSDOC_AUTHOR_ORGANIZATION);
	newsdoc_document_free(doc);
	doc = parse_page(writer, "https://lindqvist.example/notes/1");
	assert_int_equal(kind_of(doc, "Mara Lindqvist"), NEWSDOC_AUTHOR_PERSON);
	newsdoc_document_free(doc);
}

/* A lower-case handle that is a part of the host is the site's account;
 * the same handle on another host, a capitalised name, stay persons. */
static void test_host_handle(void **state)
{
	static const char page[] = PAGE("<meta name=\"author\" content=\"tidenotes\">", STORY);
	static const char named[] = PAGE("<meta name=\"author\" content=\"Tidenotes\">", STORY);
	newsdoc_document *doc;

	(void)state;
	doc = parse_page(page, "https://tidenotes.blogplatform.example/post/1");
	assert_int_equal(kind_of(doc, "tidenotes"), NEWSDOC_AUTHOR_ORGANIZATION);
	newsdoc_document_free(doc);
	doc = parse_page(page, "https://harbour-tide.example/post/1");
	assert_int_equal(kind_of(doc, "tidenotes"), NEWSDOC_AUTHOR_PERSON);
	newsdoc_document_free(doc);
	doc = parse_page(page, "https://tidenotes-harbour.example/post/1");
	assert_int_equal(kind_of(doc, "tidenotes"), NEWSDOC_AUTHOR_ORGANIZATION);
	newsdoc_document_free(doc);
	doc = parse_page(named, "https://www.example/tidenotes/1");
	assert_int_equal(kind_of(doc, "Tidenotes"), NEWSDOC_AUTHOR_PERSON);
	newsdoc_document_free(doc);
}

/* A legal form closing the name is a company's; a name alone is not. */
static void test_legal_forms(void **state)
{
	static const char *const companies[] = { "SmartHarbour Inc", "Tidewire Media GmbH", "Coastal Ferries Ltd.",
		"Puerto Datos S.A.", "Harbour Labs LLC", NULL };
	size_t i;

	(void)state;
	for (i = 0; companies[i]; i++) {
		char html[1024];
		newsdoc_document *doc;
		snprintf(html, sizeof(html), PAGE("<meta name=\"author\" content=\"%s\">", STORY), companies[i]);
		doc = parse_page(html, "https://coast.example/news/1");
		assert_int_equal(kind_of(doc, companies[i]), NEWSDOC_AUTHOR_ORGANIZATION);
		newsdoc_document_free(doc);
	}
}

/* "Written by X in Section on Date": "in" and a capitalised word end the
 * name; a capitalised "In" inside a name does not. */
static void test_in_section(void **state)
{
	(void)state;
	expect_names(PAGE("", "<div class=\"byline\">Written by <a>Mika Larsen</a> in <a>Single Boards</a> on "
		"21 December 2024</div>" STORY), NULL, 1, "Mika Larsen", NULL);
	expect_names(PAGE("", "<div class=\"byline\">By Mika Larsen in Oslo</div>" STORY), NULL, 1, "Mika Larsen", NULL);
	expect_names(PAGE("", "<div class=\"byline\">By Park In Sook</div>" STORY), NULL, 1, "Park In Sook", NULL);
}

/* NEWSDOC_BYLINE_MAX_PERSONS (libnewsdoc/metadata/meta_byline.h). */
#define BYLINE_MAX_PERSONS 32

static const char *const given[] = { "Ann", "Bob", "Carla", "David", "Emma", "Frank", "Grace", "Henry", "Irene", "James" };
static const char *const family[] = { "Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas",
	"Roberts", "Walker" };

/* One byline element listing `count` names joined by `joiner`. */
static char *long_byline_page(size_t count, const char *joiner)
{
	size_t size = count * 64 + 1024, used, i;
	char *html = malloc(size);

	assert_non_null(html);
	used = (size_t)snprintf(html, size, "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour wall</title></head>"
		"<body><article><h1>Harbour wall</h1><p class=\"byline\">By ");
	for (i = 0; i < count; i++)
		used += (size_t)snprintf(html + used, size - used, "%s<a href=\"/author/%zu\">%s %s</a>", i ? joiner : "",
			i, given[i % 10], family[(i / 10) % 10]);
	snprintf(html + used, size - used, "</p><p>The council met on Tuesday to discuss the harbour wall, and "
		"residents said the work was overdue and that the storm had made it worse.</p></article></body></html>");
	return html;
}

/* Ten thousand names in one byline: its first names, at most the cap,
 * none cut short. A long paragraph classed byline that is no list stays
 * unread. */
static void test_long_byline(void **state)
{
	static const char *const joiners[] = { ", ", " and ", "; " };
	size_t j, i;

	(void)state;
	for (j = 0; j < sizeof(joiners) / sizeof(joiners[0]); j++) {
		char *html = long_byline_page(10000, joiners[j]);
		newsdoc_document *doc = parse_page(html, NULL);
		size_t count = newsdoc_document_author_count(doc);
		if (count < 3 || count > BYLINE_MAX_PERSONS)
			fail_msg("joiner \"%s\": %zu authors", joiners[j], count);
		for (i = 0; i < count; i++) {
			char expected[64];
			snprintf(expected, sizeof(expected), "%s %s", given[i % 10], family[(i / 10) % 10]);
			assert_author(doc, i, expected, NULL, NULL);
		}
		newsdoc_document_free(doc);
		free(html);
	}
	expect_names(PAGE("", "<p class=\"byline\">Tom Hale writes about the harbour and the ferries that leave it "
		"each morning before the fishing boats come back in with the night's catch; he has covered the port "
		"authority since the storm of the winter before last and the rebuilding of the sea wall that followed "
		"it, which took three summers and most of the council's reserves before the last stones were set</p>"
		STORY), NULL, 0, NULL, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_site_account_typed_person),
		cmocka_unit_test(test_host_handle),
		cmocka_unit_test(test_legal_forms),
		cmocka_unit_test(test_in_section),
		cmocka_unit_test(test_long_byline),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
