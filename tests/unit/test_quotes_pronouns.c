/*
 * Pronoun speakers resolved to the nearest preceding compatible full name
 * (speaker_resolved): "she" passes over a name a title ("Mr.", "Herr")
 * or a given name gives the other sex (lang_en.c male_words,
 * male_given_names and their female twins); a title on a surname alone
 * marks the full name learnt before; "they" stands for an organisation,
 * never a person. The speaker stays as written. Every sentence here is
 * invented.
 */
#include "quote_test_util.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

static const char *resolved_at(const newsdoc_document *doc, size_t i)
{
	return newsdoc_quote_speaker_resolved(newsdoc_document_quote_at(doc, i));
}

/* A text with one quotation whose pronoun speaker resolves to `expected`
 * (NULL: to nobody). */
static void expect_one_resolved(const char *text, const char *expected)
{
	newsdoc_document *doc = parse_text(text);

	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	if (expected)
		assert_string_equal(resolved_at(doc, 0), expected);
	else
		assert_null(resolved_at(doc, 0));
	newsdoc_document_free(doc);
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

/* "Mr. Varga" later tells the sex of the full name learnt before. */
static void test_title_on_surname_alone(void **state)
{
	(void)state;
	expect_one_resolved("Title\n\n"
		"Kim Varga opened the bakery in 1990.\n\n"
		"Elin Moss bought the shop next door, and Mr. Varga sold her flour.\n\n"
		"Kim Varga hired two bakers this year.\n\n"
		LQ "Bread is a small luxury," RQ " she said.\n", "Elin Moss");
	/* Two Vargas: the title marks neither, and the nearer is taken. */
	expect_one_resolved("Title\n\n"
		"Elin Moss bought the shop next door.\n\n"
		"Kim Varga and Lou Varga opened the bakery, and Mr. Varga sold flour.\n\n"
		LQ "Bread is a small luxury," RQ " she said.\n", "Lou Varga");
}

/* The same in German: "Herr Brandt" marks "Kai Brandt". */
static void test_title_on_surname_alone_german(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Titel\n\n"
		"Ute Sommer leitet den Hafen seit dem Jahr 2010 und ist mit der Arbeit der Stadt zufrieden.\n\n"
		"Kai Brandt f\xC3\xBChrt die F\xC3\xA4hre, und Herr Brandt ist damit nicht allein in der Stadt.\n\n"
		"\xE2\x80\x9E" "Die Geb\xC3\xBChren bleiben, wie sie sind\xE2\x80\x9C, sagte sie am Montag.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)), "sie");
	assert_string_equal(resolved_at(doc, 0), "Ute Sommer");
	newsdoc_document_free(doc);
}

/* A given name's sex counts too; with none to go by, the nearest name. */
static void test_given_name_sex(void **state)
{
	(void)state;
	expect_one_resolved("Title\n\n"
		"Mary Okafor leads the tenants' group.\n\n"
		"She met John Pell, the landlord, on Friday.\n\n"
		LQ "The repairs are overdue," RQ " she said.\n", "Mary Okafor");
	expect_one_resolved("Title\n\n"
		"Mary Okafor leads the tenants' group.\n\n"
		"She met Robin Pell, the landlord, on Friday.\n\n"
		LQ "The repairs are overdue," RQ " she said.\n", "Robin Pell");
}

/* "they" may stand for an organisation, "he" and "she" never. */
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
	expect_one_resolved("Title\n\n"
		"Nadia Ferris and Tom Wells voted against the budget.\n\n"
		LQ "The budget cuts the libraries," RQ " they said.\n", NULL);
}

/* A surname with an "s" written onto it is a German genitive ("Roberts
 * Haus" after "Tom Robert"); in English it is a name of its own: "Roberts
 * Kane" stays a person "he" may stand for (lang.h: genitive_suffixes). */
static void test_genitive_is_german_only(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_text("Title\n\nTom Robert ran the ferry line for ten years.\n\n"
		"Roberts Kane joined the harbour board in May.\n\n" LQ "The boats are full," RQ " he said.\n");
	quote = newsdoc_document_quote_at(doc, 0);
	assert_non_null(quote);
	assert_string_equal(newsdoc_quote_speaker(quote), "he");
	assert_non_null(newsdoc_quote_speaker_resolved(quote));
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "Roberts Kane");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_she_passes_over_a_mister),
		cmocka_unit_test(test_title_on_surname_alone),
		cmocka_unit_test(test_title_on_surname_alone_german),
		cmocka_unit_test(test_given_name_sex),
		cmocka_unit_test(test_they_takes_an_organisation),
		cmocka_unit_test(test_genitive_is_german_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
