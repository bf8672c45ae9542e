/*
 * The front of a German verb-second clause before a quotation
 * (front_phrase.c): a focus particle stands outside it ("Auch Karl Weber
 * hält …:" fronts Karl Weber), "der" before a feminine noun fronts a
 * dative ("Der Zeitung sagte X:"), and a front of one thing is no
 * subject of a plural verb ("Ein Ende forderten die Stadträte:"). Each
 * text is written for the test.
 */
#include "quote_test_util.h"
#include "quote_test_german.h"

#define QUOTED DQ_OPEN REFUSAL_WORDS DQ_CLOSE

/* The phrase after the particle is the subject, whatever the verb; an
 * object after the particle still leaves the subject after the verb. */
static void test_focus_particle(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Auch Karl Weber h\xC3\xA4lt den Plan f\xC3\xBCr falsch: " QUOTED, "Karl Weber", ":",
			REFUSAL_WORDS },
		{ LEAD "Nur die Ministerin widersprach: " QUOTED, "die Ministerin", ":", REFUSAL_WORDS },
		{ LEAD "Sogar der Stadtrat sieht das so: " QUOTED, "der Stadtrat", ":", REFUSAL_WORDS },
		{ LEAD "Auch den Plan lobte der B\xC3\xBCrgermeister: " QUOTED, "der B\xC3\xBCrgermeister", "lobte",
			REFUSAL_WORDS },
		{ LEAD "Auch dazu sagte die Ministerin: " QUOTED, "die Ministerin", "sagte", REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* The cue-less quotation after a sentence with a particle in front takes
 * that sentence's subject, not its object. */
static void test_focus_particle_sentence_before(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Auch Karl Weber h\xC3\xA4lt den Plan f\xC3\xBCr falsch. " QUOTED, "Karl Weber", NULL,
			REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "der" before a feminine noun, perhaps after an adjective in "-en", is
 * a dative; before a masculine noun the front stays the subject. */
static void test_dative_front(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Der Zeitung sagte Karl Weber: " QUOTED, "Karl Weber", "sagte", REFUSAL_WORDS },
		{ LEAD "Der Deutschen Presse-Agentur sagte die Ministerin: " QUOTED, "die Ministerin", "sagte",
			REFUSAL_WORDS },
		{ LEAD "Der Polizei sagte der Fahrer: " QUOTED, "der Fahrer", "sagte", REFUSAL_WORDS },
		{ LEAD "Der Minister sagte der Zeitung: " QUOTED, "Der Minister", "sagte", REFUSAL_WORDS },
		{ LEAD "Der Sprecher der Regierung sagte: " QUOTED, "Der Sprecher der Regierung", "sagte",
			REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A singular determiner's front before a verb in "-en" is no subject;
 * joined by "und" it may be. */
static void test_number_disagrees(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Ein Ende forderten gestern die Stadtr\xC3\xA4te: " QUOTED, "die Stadtr\xC3\xA4te",
			"forderten", REFUSAL_WORDS },
		{ LEAD "Der Minister und die Kanzlerin sagten: " QUOTED, "Der Minister", "sagten",
			REFUSAL_WORDS },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_focus_particle),
		cmocka_unit_test(test_focus_particle_sentence_before),
		cmocka_unit_test(test_dative_front),
		cmocka_unit_test(test_number_disagrees),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
