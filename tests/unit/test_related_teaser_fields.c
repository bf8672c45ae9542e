/*
 * The author and summary of a related item read from where its teaser
 * puts them relative to its title (issue 14 item 3), and a teaser shown
 * twice keeping the fields of both showings: a lead's kicker set in
 * capitals, a credit heading under the lead, the lead block of a card that
 * is one link, a section's name in a block named summary, a meta line
 * ("By X · 3 min read", an element named author, "By X | 5 min read"),
 * names beside a date's block, the teaser's meta cut from the names ("3
 * hours ago", "| Updated ...", "September, 2017"); and what must stay.
 */
#include <string.h>

#include "content_test_util.h"
#include "test_metadata_util.h"

#define AUTHOR(doc, i) newsdoc_related_author(newsdoc_document_related_at(doc, i))
#define SUMMARY(doc, i) newsdoc_related_summary(newsdoc_document_related_at(doc, i))

static void test_related_teaser_field_places(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-teaser-fields.html"),
		"https://coast.example/coast/2024/lighthouse-lamp", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	assert_int_equal(newsdoc_document_related_count(doc), 15);
	/* a kicker in capitals with its own question mark */
	assert_field(SUMMARY(doc, 0), "The lighthouse trust wants the old lamp tended by hand again this summer.");
	/* "<h6>By ...</h6>" under the lead */
	assert_field(AUTHOR(doc, 1), "Jane Example and Tom Trial");
	/* a card link's lead block after its headline block */
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 2)), "Sounds of the Tide");
	assert_field(SUMMARY(doc, 2), "Wind and waves inspire a new piece for the harbour choir.");
	/* a section's name is no summary */
	assert_field(SUMMARY(doc, 3), NULL);
	/* a reading time after the names */
	assert_field(AUTHOR(doc, 4), "Ann Sample");
	/* a meta paragraph: the element named author, no summary */
	assert_field(AUTHOR(doc, 5), "MARIA MUSTER");
	assert_field(SUMMARY(doc, 5), NULL);
	/* a credit paragraph: no summary, its names the author */
	assert_field(AUTHOR(doc, 6), "Paul Placeholder");
	assert_field(SUMMARY(doc, 6), NULL);
	/* "By the end of May" opens a lead */
	assert_field(AUTHOR(doc, 7), NULL);
	assert_field(SUMMARY(doc, 7), "By the end of May, the yard will lift its boats with it.");
	/* names beside a date's block; a media mark there is none */
	assert_field(AUTHOR(doc, 8), "Sam Minor");
	assert_field(AUTHOR(doc, 9), NULL);
	/* the teaser's meta after the names: a time, a label, a month */
	assert_field(AUTHOR(doc, 10), "Mary Major");
	assert_field(AUTHOR(doc, 11), "Sam Sample");
	assert_field(AUTHOR(doc, 12), "Jane Writer");
	/* a lead ending with its author's element is no meta line */
	assert_non_null(SUMMARY(doc, 13));
	assert_true(!strncmp(SUMMARY(doc, 13), "The new lights were paid for by the trust.", 42));
	/* eight CJK characters (24 bytes): a lead, not a one-word label */
	assert_field(SUMMARY(doc, 14), "\xE7\x81\xAF\xE5\x8F\xB0\xE5\xAE\x88\xE3\x81\x8C"
		"\xE6\x88\xBB\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82");
	newsdoc_document_free(doc);
}

static void test_related_teaser_repeats(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("related-teaser-repeats.html"),
		"https://bay.example/news/2024/dredging", NEWSDOC_INPUT_HTML);
	(void)state;

	assert_non_null(doc);
	/* three in the list, one more in the cards: the repeats are merged */
	assert_int_equal(newsdoc_document_related_count(doc), 4);
	/* a title in the list, its credit, lead and picture in a card */
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)),
		"The sand bar that closed the harbour in 1953");
	assert_field(AUTHOR(doc, 0), "Jane Example");
	assert_field(SUMMARY(doc, 0), "Old photographs show the boats stranded inside the harbour for three weeks that winter.");
	assert_field(newsdoc_related_image(newsdoc_document_related_at(doc, 0)), "https://bay.example/img/sand-bar.jpg");
	/* the first showing's author stays; the card adds the lead */
	assert_field(AUTHOR(doc, 1), "Ann Sample");
	assert_field(SUMMARY(doc, 1), "Passengers should allow ten more minutes to reach the boat from the car park.");
	assert_field(SUMMARY(doc, 2), NULL);
	assert_field(SUMMARY(doc, 3), "The crew showed the new boat to more than two thousand visitors on Sunday.");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_teaser_field_places),
		cmocka_unit_test(test_related_teaser_repeats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
