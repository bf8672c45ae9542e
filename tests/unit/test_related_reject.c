/*
 * What a related box lets in that is no related article (related_reject.c,
 * related_reject_words.c): a tag page, a category page, a date archive, a
 * partner's offer behind "/go/", a product, a newsletter sign-up among a
 * box's articles; a box named related that is also named a trending or
 * most-read list (without a related heading), a paid widget or a
 * navigation; a box headed "Next article" (Nächster Artikel), "The
 * latest", "Recent posts", "Related categories" or "Related jobs". An
 * article whose address ends with a year and month after its slug, or
 * with a date and a number, or files it under a category with its own
 * slug after, stays an item.
 */
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

static void test_related_reject(void **state)
{
	static const char *const kept[] = {
		"https://harbour.example/harbour/storm-took-the-old-pier-201",
		"https://harbour.example/harbour/what-the-new-pier-means-for-walkers/2026/03",
		"https://harbour.example/news/2024/10/14/2003825248",
		"https://harbour.example/category/harbour/why-the-pier-closed-early",
		/* a headline's slug that opens with "newsletter" is no sign-up */
		"https://harbour.example/2025/01/15/newsletters-are-the-new-harbour-blogs",
	};
	newsdoc_document *doc = parse_file(FIXTURE("related-reject.html"),
		"https://harbour.example/harbour/new-pier-opens-200", NEWSDOC_INPUT_HTML);
	size_t i;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 5);
	for (i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, i)), kept[i]);
	/* a box headed so is no related box but leaves the story all the same */
	assert_null(strstr(newsdoc_document_text(doc), "Related jobs"));
	assert_null(strstr(newsdoc_document_text(doc), "Harbour master wanted"));
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_reject),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
