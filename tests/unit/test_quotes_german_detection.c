/*
 * Which quoted words in German text are quotations (quote detection, not
 * speakers): a quotation nested with the outer mark (marks.c), names
 * after a label or an article (name_quote.c), a quoted noun phrase after
 * a speech cue (fragment.c), words chanted "wie" a noun says. Each text
 * is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define SPEAKER "Karl Weber"

/* The number of quotations in a text of a title line and one paragraph,
 * and, when `quote` is given, that the first one reads so. */
static void assert_quotes_in(const char *paragraph, size_t count, const char *quote)
{
	char text[768];
	newsdoc_document *doc;

	snprintf(text, sizeof(text), "Titel\n\n%s\n", paragraph);
	doc = parse_text(text);
	if (newsdoc_document_quote_count(doc) != count)
		fail_msg("%zu quotes, expected %zu, in \"%s\"", newsdoc_document_quote_count(doc), count,
			paragraph);
	if (quote)
		assert_string_equal(newsdoc_quote_text(newsdoc_document_quote_at(doc, 0)), quote);
	newsdoc_document_free(doc);
}

/* „ inside „…“ where ‚ was meant: the inner quotation stays inside, the
 * outer one is whole (it was cut at the inner mark). */
static void test_nested_low_marks(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD DQ_OPEN "Wir haben viele Anfragen f\xC3\xBCr " DQ_OPEN "Kleine Firmen" DQ_CLOSE
			" bekommen. Die Nachfrage ist gro\xC3\x9F" DQ_CLOSE ", sagte " SPEAKER ".", SPEAKER, "sagte",
			"Wir haben viele Anfragen f\xC3\xBCr " DQ_OPEN "Kleine Firmen" DQ_CLOSE
			" bekommen. Die Nachfrage ist gro\xC3\x9F" },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	/* an opening mark left unclosed before a new quotation still starts
	 * over there */
	assert_quotes_in(LEAD "Die Zeitung schrieb von " DQ_OPEN "Chaos. " SPEAKER " sagte: " DQ_OPEN
		REFUSAL_WORDS "." DQ_CLOSE, 1, REFUSAL_WORDS ".");
}

/* A translation or a short form after a label and a colon is a name. */
static void test_label_before_colon(void **state)
{
	(void)state;
	assert_quotes_in(LEAD "Er trat der Partei " DQ_OPEN "Phak Thai" DQ_CLOSE " (etwa: " DQ_OPEN
		"Partei der Thai" DQ_CLOSE ") bei.", 0, NULL);
	assert_quotes_in(LEAD "Das Bundesamt f\xC3\xBCr Naturschutz, kurz: " DQ_OPEN "BfN" DQ_CLOSE
		", legte den Bericht vor.", 0, NULL);
	assert_quotes_in(LEAD "Das B\xC3\xBCndnis " DQ_OPEN "United Front" DQ_CLOSE
		" (\xC3\xBC" "bersetzt etwa: " DQ_OPEN "Vereinigte Front f\xC3\xBCr die Demokratie" DQ_CLOSE
		") rief zur Kundgebung auf.", 0, NULL);
	/* a colon after a speaker still introduces a quotation */
	assert_quotes_in(LEAD SPEAKER " sagte etwa: " DQ_OPEN REFUSAL_WORDS "." DQ_CLOSE, 1,
		REFUSAL_WORDS ".");
}

/* One capitalised word right after an article is a name or a term. */
static void test_one_word_after_article(void **state)
{
	(void)state;
	assert_quotes_in(LEAD DQ_OPEN REFUSAL_WORDS DQ_CLOSE ", sagte " SPEAKER " zum " DQ_OPEN
		"Streit" DQ_CLOSE " um die Br\xC3\xBC" "cke.", 1, REFUSAL_WORDS);
	assert_quotes_in(LEAD "Den Fund hielt man damals f\xC3\xBCr einen " DQ_OPEN "Drachen" DQ_CLOSE
		".", 0, NULL);
	/* after "als" it is the word somebody used */
	assert_quotes_in(LEAD SPEAKER " bezeichnete den Plan als " DQ_OPEN "Unsinn" DQ_CLOSE ".", 1,
		"Unsinn");
}

/* Capitalised nouns that no name is made of make a quoted fragment after
 * a speech cue; a newspaper's name stays a name. */
static void test_fragment_of_nouns(void **state)
{
	(void)state;
	assert_quotes_in(LEAD "Der Forscher " SPEAKER " riet zu " DQ_OPEN "Gelassenheit und Vorsicht"
		DQ_CLOSE ".", 1, "Gelassenheit und Vorsicht");
	assert_quotes_in(LEAD "Der Minister sagte der " DQ_OPEN "Berliner Zeitung" DQ_CLOSE
		", dass die Stadt zahlen muss.", 0, NULL);
}

/* "Seiner Ansicht nach „…“": the quoted words are the person's; one word
 * there is a scare quote. */
static void test_opinion_phrase(void **state)
{
	(void)state;
	assert_quotes_in(LEAD SPEAKER " kennt die Lage. Seiner Ansicht nach " DQ_OPEN
		"ist der Plan l\xC3\xA4ngst gescheitert" DQ_CLOSE ".", 1, "ist der Plan l\xC3\xA4ngst gescheitert");
	assert_quotes_in(LEAD "Ihren Worten zufolge " DQ_OPEN "wird die Stadt nicht zahlen" DQ_CLOSE ".", 1,
		"wird die Stadt nicht zahlen");
	assert_quotes_in(LEAD "Der Plan war meiner Meinung nach " DQ_OPEN "gut" DQ_CLOSE " gemeint.", 0, NULL);
}

/* "als „…“ bezeichnet": what a naming verb after the words calls
 * something, nouns in capitals too; one word stays the writer's term. */
static void test_named_before_the_verb(void **state)
{
	(void)state;
	assert_quotes_in(LEAD "Seine Bauten werden von Kritikern als " DQ_OPEN "Denkmal der Moderne" DQ_CLOSE
		" bezeichnet.", 1, "Denkmal der Moderne");
	assert_quotes_in(LEAD "Die Gruppe wird von der Polizei als " DQ_OPEN "Bande" DQ_CLOSE " bezeichnet.", 0,
		NULL);
}

/* A title after a colon that no cue word introduces; a quotation its
 * speaker introduces stays one, in capitals too. */
static void test_title_after_colon(void **state)
{
	(void)state;
	assert_quotes_in(LEAD "Sein erstes gro\xC3\x9F" "es Werk entstand in den 1970er Jahren: " DQ_OPEN
		"Die Neue Stadt" DQ_CLOSE ". Kinofans kennen es.", 0, NULL);
	assert_quotes_in(LEAD SPEAKER " sagte: " DQ_OPEN "Die Neue Stadt" DQ_CLOSE ".", 1, "Die Neue Stadt");
}

/* "skandierten Sprüche wie „…“": chanted words. */
static void test_chants_like(void **state)
{
	(void)state;
	assert_quotes_in(LEAD "Die Demonstranten skandierten Spr\xC3\xBC" "che wie " DQ_OPEN
		"Falsche Politik" DQ_CLOSE ".", 1, "Falsche Politik");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nested_low_marks),
		cmocka_unit_test(test_label_before_colon),
		cmocka_unit_test(test_one_word_after_article),
		cmocka_unit_test(test_fragment_of_nouns),
		cmocka_unit_test(test_opinion_phrase),
		cmocka_unit_test(test_named_before_the_verb),
		cmocka_unit_test(test_title_after_colon),
		cmocka_unit_test(test_chants_like),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
