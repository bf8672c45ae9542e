/*
 * Where the visible-date pass reads (meta_dateline.c): 2,000 bytes of
 * text above the headline and, below it, 64 KB of text or 4,096 texts.
 * Past those a dateline is no longer looked for: a data table of 100,000
 * cells was read cell by cell for a date. Each test has a date inside the
 * region (found) and the same date past it (not found); the second fails
 * when the bound is taken out. Small pages written for the test.
 */
#include "test_metadata_util.h"

/* A page with no machine-readable date: `before` and `after` go around
 * the <h1>. */
static newsdoc_document *region_page(const char *before, const char *after)
{
	static const char head[] = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
		"<title>Rivers rise after a week of rain</title></head><body><main><article>";
	static const char h1[] = "<h1>Rivers rise after a week of rain</h1>";
	static const char tail[] = "<p>The rivers of the region rose through the night after a week of rain.</p>"
		"</article></main></body></html>";
	size_t len = strlen(head) + strlen(before) + strlen(h1) + strlen(after) + strlen(tail);
	char *html = malloc(len + 1);
	newsdoc_document *doc;

	assert_non_null(html);
	snprintf(html, len + 1, "%s%s%s%s%s", head, before, h1, after, tail);
	doc = parse_page(html, NULL);
	free(html);
	return doc;
}

/* `count` table cells of a short text with a digit ("cell 7"), then `line`. */
static char *cells_then(size_t count, const char *line)
{
	size_t i, used = 0, size = count * 24 + strlen(line) + 32;
	char *out = malloc(size);

	assert_non_null(out);
	used += (size_t)snprintf(out + used, size - used, "<table><tr>");
	for (i = 0; i < count; i++)
		used += (size_t)snprintf(out + used, size - used, "<td>cell %zu</td>", i % 10);
	snprintf(out + used, size - used, "</tr></table>%s", line);
	return out;
}

/* `first`, a paragraph of `bytes` letters, then `last`. */
static char *around_prose(const char *first, size_t bytes, const char *last)
{
	size_t lead = strlen(first), size = lead + bytes + strlen(last) + 16;
	char *out = malloc(size);

	assert_non_null(out);
	snprintf(out, size, "%s<p>", first);
	memset(out + lead + 3, 'x', bytes);
	snprintf(out + lead + 3 + bytes, size - lead - 3 - bytes, "</p>%s", last);
	return out;
}

static void check_published(newsdoc_document *doc, const char *published, const char *modified)
{
	assert_field(newsdoc_document_published(doc), published);
	assert_field(newsdoc_document_modified(doc), modified);
	newsdoc_document_free(doc);
}

/* Below the headline, a labelled date after a data table: read after
 * 1,000 cells, no longer after 6,000 (past FAR_NODES texts). */
static void test_far_texts(void **state)
{
	const char *line = "<p>Published: March 12, 2024</p>";
	char *after;

	(void)state;
	after = cells_then(1000, line);
	check_published(region_page("", after), "2024-03-12", NULL);
	free(after);
	after = cells_then(6000, line);
	check_published(region_page("", after), NULL, NULL);
	free(after);
}

/* Below the headline, a labelled date after prose: read after 30 KB, no
 * longer after 70 KB (past FAR_LIMIT bytes). */
static void test_far_bytes(void **state)
{
	const char *line = "<div>Posted on March 12, 2024 by <a href=\"/me\">me</a></div>";
	char *after;

	(void)state;
	after = around_prose("", 30000, line);
	check_published(region_page("", after), "2024-03-12", NULL);
	free(after);
	after = around_prose("", 70000, line);
	check_published(region_page("", after), NULL, NULL);
	free(after);
}

/* Above the headline, an update label 1,000 bytes up is read (the page's
 * only date: its publication too); 3,000 bytes up it is not (past
 * BEFORE_READ). */
static void test_before_read(void **state)
{
	const char *line = "<p>Last updated: March 12, 2024</p>";
	char *before;

	(void)state;
	before = around_prose(line, 1000, "");
	check_published(region_page(before, ""), "2024-03-12", "2024-03-12");
	free(before);
	before = around_prose(line, 3000, "");
	check_published(region_page(before, ""), NULL, NULL);
	free(before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_far_texts),
		cmocka_unit_test(test_far_bytes),
		cmocka_unit_test(test_before_read),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
