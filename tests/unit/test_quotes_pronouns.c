/*
 * Pronoun speakers resolved to the nearest preceding compatible full name
 * (speaker_resolved): a person's for "he" and "she", never an
 * organisation's, of the sex a title ("Mr.", "Mrs.") or first name tells;
 * "they" may stand for an organisation. The speaker stays as written.
 * Every sentence here is invented.
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

/* "Mr. Brandt" later tells the sex of the full name learnt before. */
static void test_title_on_surname_alone(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"Kim Varga opened the bakery in 1990.\n\n"
		"Elin Moss bought the shop next door, and Mr. Varga sold her flour.\n\n"
		"Kim Varga hired two bakers this year.\n\n"
		LQ "Bread is a small luxury," RQ " she said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_string_equal(resolved_at(doc, 0), "Elin Moss");
	newsdoc_document_free(doc);
}

/* A first name's sex counts too; with none to go by, the nearest name. */
static void test_first_name_sex(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"Mary Okafor leads the tenants' group.\n\n"
		"She met John Pell, the landlord, on Friday.\n\n"
		LQ "The repairs are overdue," RQ " she said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_string_equal(resolved_at(doc, 0), "Mary Okafor");
	newsdoc_document_free(doc);

	doc = parse_text("Title\n\n"
		"Mary Okafor leads the tenants' group.\n\n"
		"She met Robin Pell, the landlord, on Friday.\n\n"
		LQ "The repairs are overdue," RQ " she said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_string_equal(resolved_at(doc, 0), "Robin Pell");
	newsdoc_document_free(doc);
}

/* "they" may stand for an organisation, "he" never. */
static void test_they_takes_an_organisation(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"Councillor Nadia Ferris voted against the budget.\n\n"
		"The Harbour City Council approved it on Monday.\n\n"
		LQ "The budget protects the libraries," RQ " they said.\n\n"
		LQ "It does not," RQ " she said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)), "they");
	assert_string_equal(resolved_at(doc, 0), "Harbour City Council");
	assert_string_equal(resolved_at(doc, 1), "Councillor Nadia Ferris");
	newsdoc_document_free(doc);

	/* No organisation before it: "they" stays unresolved, not a person. */
	doc = parse_text("Title\n\n"
		"Nadia Ferris and Tom Wells voted against the budget.\n\n"
		LQ "The budget cuts the libraries," RQ " they said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_null(resolved_at(doc, 0));
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_she_passes_over_a_mister),
		cmocka_unit_test(test_title_on_surname_alone),
		cmocka_unit_test(test_first_name_sex),
		cmocka_unit_test(test_they_takes_an_organisation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
