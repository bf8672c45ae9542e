/*
 * Many bylines (tests/hostile bylines-many; real-page-shapes.py's
 * bylines-10k): 10,000 bylines on one page keep a bounded author list that
 * starts with the first byline's names, not none and not 10,000. The page
 * is built for the test.
 */
#include <stdio.h>
#include <stdlib.h>

#include "test_metadata_util.h"

#define BYLINES 10000
#define AUTHORS_AT_MOST 12

static const char *const given[] = { "Ann", "Bob", "Carla", "David", "Emma", "Frank", "Grace", "Henry", "Irene", "James" };
static const char *const family[] = { "Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas",
	"Roberts", "Walker" };

/* A page of `count` bylines, each naming another person, linked with
 * rel=author when `linked`. */
static char *many_bylines_page(size_t count, int linked)
{
	size_t size = count * 160 + 1024, used;
	char *html = malloc(size);
	size_t i;

	assert_non_null(html);
	used = (size_t)snprintf(html, size, "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour wall</title></head>"
				"<body><article><h1>Harbour wall</h1>");
	for (i = 0; i < count; i++) {
		const char *first = given[i % 10], *last = family[(i / 10) % 10], *second = family[(i / 100) % 10];
		if (linked)
			used += (size_t)snprintf(html + used, size - used, "<div class=\"byline\">By <a rel=\"author\" "
						 "href=\"/author/%zu\">%s %s-%s</a></div>", i, first, last, second);
		else
			used += (size_t)snprintf(html + used, size - used, "<div class=\"byline\">By %s %s-%s</div>",
						 first, last, second);
	}
	snprintf(html + used, size - used, "<p>The council met on Tuesday to discuss the harbour wall, and residents "
		 "said the work was overdue and that the storm had made it worse.</p></article></body></html>");
	return html;
}

static void check_bounded(int linked)
{
	char *html = many_bylines_page(BYLINES, linked);
	newsdoc_document *doc = parse_page(html, NULL);
	size_t count = newsdoc_document_author_count(doc);

	if (count < 1 || count > AUTHORS_AT_MOST)
		fail_msg("%zu authors from %d bylines (linked %d)", count, BYLINES, linked);
	assert_author(doc, 0, "Ann Smith-Smith", NULL, NULL);
	newsdoc_document_free(doc);
	free(html);
}

static void test_many_linked_bylines(void **state)
{
	(void)state;
	check_bounded(1);
}

static void test_many_plain_bylines(void **state)
{
	(void)state;
	check_bounded(0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_many_linked_bylines),
		cmocka_unit_test(test_many_plain_bylines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
