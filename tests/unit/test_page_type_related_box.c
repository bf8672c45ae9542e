/*
 * A box named as related stories that holds most of the page's text but
 * not its prose is left out of the page-type features
 * (pagetype_features.c is_related_box): an article followed by a
 * "related-posts" box of 3,000 links stays an article whose body is its
 * prose (the links made it a listing whose body was the links). The same
 * box holding the paragraphs too is the page and counts. Small pages
 * written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#define LINKS 3000

static const char paragraph[] = "<p>The council met on Tuesday to discuss the harbour wall, which the storm of "
	"last winter broke in two places. Residents said the work was overdue and that the water had reached "
	"the houses of the lower town twice since then.</p>";

/* An article of eight paragraphs, then a related box of LINKS links;
 * `prose_in_box`: the paragraphs sit inside the box too. */
static char *page_with_box(int prose_in_box)
{
	size_t size = 2048 + 8 * sizeof(paragraph) + LINKS * 96, used = 0, i;
	char *html = malloc(size);

	assert_non_null(html);
	used += (size_t)snprintf(html + used, size - used, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
		"<title>Harbour wall</title></head><body>%s<article><h1>Harbour wall</h1>",
		prose_in_box ? "<div class=\"related-posts\">" : "");
	for (i = 0; i < 8; i++)
		used += (size_t)snprintf(html + used, size - used, "%s", paragraph);
	used += (size_t)snprintf(html + used, size - used, "</article>%s<h3>Related</h3><ul>",
		prose_in_box ? "" : "<div class=\"related-posts\">");
	for (i = 0; i < LINKS; i++)
		used += (size_t)snprintf(html + used, size - used,
			"<li><a href=\"/news/2024/story-%zu\">A headline of several words %zu</a></li>", i, i);
	snprintf(html + used, size - used, "</ul></div></body></html>");
	return html;
}

static newsdoc_document *parse(const char *html)
{
	newsdoc_document *doc = NULL;

	if (newsdoc_parse(&doc, NULL, html, strlen(html), "https://gazette.example.com/news/2024/05/harbour-wall", NULL))
		fail_msg("newsdoc_parse: %s", newsdoc_error_last()->message);
	return doc;
}

static void test_big_box_beside_article(void **state)
{
	char *html = page_with_box(0);
	newsdoc_document *doc = parse(html);
	const char *text;

	(void)state;
	assert_string_equal(newsdoc_document_page_type(doc), "article");
	text = newsdoc_document_text(doc);
	assert_non_null(text);
	assert_non_null(strstr(text, "The council met on Tuesday"));
	assert_null(strstr(text, "A headline of several words 2999"));
	newsdoc_document_free(doc);
	free(html);
}

/* The box holds the prose: it is the page, its links count (no article). */
static void test_box_holding_prose(void **state)
{
	char *html = page_with_box(1);
	newsdoc_document *doc = parse(html);

	(void)state;
	assert_string_not_equal(newsdoc_document_page_type(doc), "article");
	newsdoc_document_free(doc);
	free(html);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_big_box_beside_article),
		cmocka_unit_test(test_box_holding_prose),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
