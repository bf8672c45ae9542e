/*
 * A quotation that ends in its own period takes a cue after it only when
 * that cue is the whole next sentence and short ("…missing.” Trump
 * said."), unless the sentence plainly goes on: a comma or a lower-case
 * word right after the closing mark ("„Wir bleiben hier.“ sagte der
 * Minister am Montag vor Journalisten in Berlin."; attribution.c). Each
 * text is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define DONE_WORDS "Wir bleiben hier, solange die Stadt nicht zahlt."
#define DONE DQ_OPEN DONE_WORDS DQ_CLOSE
/* Cues longer than the short-sentence reach, with no comma and with one. */
#define LONG_CUE " sagte der Vorsitzende der Partei der Gr\xC3\xBCnen vor Journalisten."
#define LONG_CUE_COMMA ", betonte Anna Roth am Montag vor den Journalisten in Berlin."

static void test_long_cue_after_period(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD DONE LONG_CUE, "der Vorsitzende der Partei der Gr\xC3\xBCnen", "sagte", DONE_WORDS },
		{ LEAD DONE LONG_CUE_COMMA, "Anna Roth", "betonte", DONE_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A capital after the closing mark opens a sentence of its own: its
 * verb is no cue of the quotation. */
static void test_new_sentence_is_no_cue(void **state)
{
	newsdoc_document *doc = parse_text("Titel\n\n" LEAD DONE
		" Die Ministerin sagte am Montag vor den Journalisten in Berlin nichts dazu.\n");
	const char *cue;

	(void)state;
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	cue = newsdoc_quote_cue(newsdoc_document_quote_at(doc, 0));
	assert_true(cue == NULL || strcmp(cue, "sagte") != 0);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_long_cue_after_period),
		cmocka_unit_test(test_new_sentence_is_no_cue),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
