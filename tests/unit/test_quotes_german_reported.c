/*
 * Reported speech in the subjunctive before a German quotation: a
 * sentence built on "sei", "habe", "könne" with no reporting verb goes on
 * with the words of the source before it, whose quotation follows
 * (reported_speech.c). Each text is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define REFUSAL REFUSAL_WORDS
#define QUOTED DQ_OPEN REFUSAL DQ_CLOSE

/* After a colon and with no cue at all; one or two reported sentences
 * between the source and the quotation; the source in a "wie X
 * erklärte" clause. */
static void test_source_before_reported_speech(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Karl Weber bekr\xC3\xA4" "ftigte die Haltung des Vereins. Die Pflichten der Stadt "
			"seien im Vertrag festgelegt: " QUOTED, "Karl Weber", ":", REFUSAL },
		{ LEAD "Karl Weber kritisierte den Plan. Die Stadt habe zu lange gewartet. Nun sei es zu "
			"sp\xC3\xA4t: " QUOTED, "Karl Weber", ":", REFUSAL },
		{ LEAD "Wie Anna Roth der Zeitung erkl\xC3\xA4rte, habe der Verein lange gewartet. Die "
			"Stadt sei dazu verpflichtet: " QUOTED, "Anna Roth", "erkl\xC3\xA4rte", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* No source: the sentence before reports nothing (no reporting verb), or
 * the sentence at the colon is in the indicative. The earlier name is
 * then not the speaker. */
static void test_no_reported_source(void **state)
{
	static const char *const texts[] = {
		"Titel\n\n" LEAD "Karl Weber kam am Montag. Die Pflichten der Stadt seien klar: " QUOTED "\n",
		"Titel\n\n" LEAD "Karl Weber kritisierte den Plan. Die Pflichten der Stadt sind klar: " QUOTED
			"\n",
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		newsdoc_document *doc = parse_text(texts[i]);
		const char *speaker;
		if (newsdoc_document_quote_count(doc) != 1)
			fail_msg("case %zu: %zu quotes", i, newsdoc_document_quote_count(doc));
		speaker = newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0));
		if (speaker && strstr(speaker, "Weber"))
			fail_msg("case %zu: speaker '%s'", i, speaker);
		newsdoc_document_free(doc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_source_before_reported_speech),
		cmocka_unit_test(test_no_reported_source),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
