/*
 * Related boxes headed in the languages and phrasings of
 * related_words_more.c: Danish "Læs også", Indonesian "Baca juga", German
 * "Mehr zu <topic>", Lithuanian "Susiję straipsniai", English "Stories
 * chosen for you". Each box's links are items, in page order.
 */
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

static void test_related_headings_more(void **state)
{
	static const char *const urls[] = {
		"https://havn.example/havn/nye-lys-paa-kajen-101",
		"https://havn.example/havn/besaetning-traener-102",
		"https://havn.example/pelabuhan/jadwal-kapal-baru-103",
		"https://havn.example/energie/windpark-am-kai-104",
		"https://havn.example/uostas/naujas-keltas-105",
		"https://havn.example/harbour/old-mill-bakery-106",
	};
	newsdoc_document *doc = parse_file(FIXTURE("related-headings-more.html"),
		"https://havn.example/havn/ny-faerge-100", NEWSDOC_INPUT_HTML);
	size_t i;
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 6);
	for (i = 0; i < sizeof(urls) / sizeof(urls[0]); i++)
		assert_field(newsdoc_related_url(newsdoc_document_related_at(doc, i)), urls[i]);
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)),
		"Nye lys p\xC3\xA5 nordkajen virker endelig");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_headings_more),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
