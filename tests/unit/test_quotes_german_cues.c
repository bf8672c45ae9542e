/*
 * German cue phrases that issue 15 names ("so X", "hieß es", "nach
 * Angaben von X", "laut X"): where the source stands when the phrase is
 * not right after the quotation. Each text is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "quote_test_util.h"
#include "quote_test_german.h"

#define REFUSAL "Das kommt f\xC3\xBCr uns nicht in Frage, solange die Stadt nicht zahlt."
#define QUOTED DQ_OPEN REFUSAL DQ_CLOSE

/* "Die Lage sei ernst, so Müller weiter: „…“": the source phrase that
 * follows a quotation may close the reported clause before a colon, a
 * name or a determined phrase with only adverbs after it; "so dass"
 * opens a clause and is no source. */
static void test_so_source_before_colon(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Die Lage sei ernst, so B\xC3\xBCrgermeister Karl Weber weiter: " QUOTED,
			"B\xC3\xBCrgermeister Karl Weber", "so", REFUSAL },
		{ LEAD "Auch diese Pl\xC3\xA4ne h\xC3\xA4tten Methode, so Weber: " QUOTED, "Weber", "so", REFUSAL },
		{ LEAD "Das sei nicht richtig, so die Gewerkschaft: " QUOTED, "die Gewerkschaft", "so", REFUSAL },
		{ LEAD "Die Stadt sparte, so dass Weber schrieb: " QUOTED, "Weber", "schrieb", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "In der Erklärung hatte es geheißen: „…“": the impersonal subject
 * stands after a finite auxiliary and the participle closes the clause;
 * the phrase in front is the source, as with "hieß es". */
static void test_impersonal_after_auxiliary(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "In einer Erkl\xC3\xA4rung der Regierung hatte es am Montag gehei\xC3\x9F" "en: " QUOTED,
			"einer Erkl\xC3\xA4rung der Regierung", "gehei\xC3\x9F" "en", REFUSAL },
		{ LEAD "In der Mitteilung des Vereins hat es gehei\xC3\x9F" "en: " QUOTED, "der Mitteilung des Vereins",
			"gehei\xC3\x9F" "en", REFUSAL },
		{ LEAD "In der Mitteilung des Vereins hie\xC3\x9F es: " QUOTED, "der Mitteilung des Vereins",
			"hie\xC3\x9F", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "Nach Angaben der Polizei sagte der Fahrer: „…“": a source phrase in
 * front of a verb-second clause ("laut X", "nach Angaben von X", "X
 * zufolge") only reports; when the finite verb is a reporting verb, or
 * an auxiliary whose participle is one, that verb's subject speaks.
 * Without such a verb, or with an impersonal "heißt es", the source
 * speaks. */
static void test_fronted_source_then_verb(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Nach Angaben der Polizei sagte der Fahrer: " QUOTED, "der Fahrer", "sagte", REFUSAL },
		{ LEAD "Laut Polizei hat der Fahrer gesagt: " QUOTED, "der Fahrer", "gesagt", REFUSAL },
		{ LEAD "Der Polizei zufolge sagte der Fahrer: " QUOTED, "der Fahrer", "sagte", REFUSAL },
		{ LEAD "Karl Weber zufolge ist die Lage ernst: " QUOTED, "Karl Weber", "zufolge", REFUSAL },
		{ LEAD "Laut Karl Weber ist die Lage ernst: " QUOTED, "Karl Weber", "Laut", REFUSAL },
		{ LEAD "Laut Polizei hei\xC3\x9Ft es in dem Bericht: " QUOTED, "Polizei", "Laut", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "Wie X der Zeitung sagte, „…“", "„…“, wie X mitteilte": a clause
 * opened by "wie" ends with its verb, and its subject follows "wie"
 * directly; the object before the verb ("der Zeitung") is nobody. */
static void test_wie_clause_names_source(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Wie Karl Weber der Zeitung sagte, " QUOTED, "Karl Weber", "sagte", REFUSAL },
		{ LEAD "Die Lage ist ernst, wie der Sprecher dem Sender sagte: " QUOTED, "der Sprecher", "sagte",
			REFUSAL },
		{ LEAD DQ_OPEN "Das kommt nicht in Frage" DQ_CLOSE ", wie Karl Weber der Zeitung sagte.",
			"Karl Weber", "sagte", "Das kommt nicht in Frage" },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "Für Trainer X ist …: „…“": a name after a fronted "für" that the
 * finite verb follows is the source; "für die Opfer" (a short determined
 * phrase) is a purpose and leaves the subject after the verb. */
static void test_fronted_fuer_names_source(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "F\xC3\xBCr Trainer Karl Weber ist dieses Duell noch fern: " QUOTED, "Trainer Karl Weber",
			"F\xC3\xBCr", REFUSAL },
		{ LEAD "F\xC3\xBCr den Theologen Hans Weber ist der Plan gut: " QUOTED, "den Theologen Hans Weber",
			"F\xC3\xBCr", REFUSAL },
		{ LEAD "F\xC3\xBCr die Opfer sagte der Minister: " QUOTED, "der Minister", "sagte", REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_so_source_before_colon),
		cmocka_unit_test(test_impersonal_after_auxiliary),
		cmocka_unit_test(test_fronted_source_then_verb),
		cmocka_unit_test(test_wie_clause_names_source),
		cmocka_unit_test(test_fronted_fuer_names_source),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
