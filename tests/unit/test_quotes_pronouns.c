/*
 * English pronoun speakers resolved to the nearest preceding compatible
 * full name (speaker_resolved): "she" passes over a name a title ("Mr.")
 * gives the other sex (lang_en.c male_words / female_words). The speaker
 * stays as written. Every sentence here is invented.
 */
#include "quote_test_util.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

static const char *resolved_at(const newsdoc_document *doc, size_t i)
{
	return newsdoc_quote_speaker_resolved(newsdoc_document_quote_at(doc, i));
}

/* A title's sex: "she" passes over the nearer Mr. to the Mrs. */
static void test_she_passes_over_a_mister(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"Mrs. Helga Brandt chairs the harbour board.\n\n"
		"Mr. Oskar Lind runs the ferry line.\n\n"
		LQ "We will not raise the fees," RQ " she said.\n\n"
		LQ "The boats are full," RQ " he said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)), "she");
	assert_string_equal(resolved_at(doc, 0), "Helga Brandt");
	assert_string_equal(resolved_at(doc, 1), "Oskar Lind");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_she_passes_over_a_mister),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
