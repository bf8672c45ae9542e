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

/* A clause before the refusal in marks: who speaks, and the cue. */
typedef struct front_case {
	const char *clause, *speaker, *cue;
} front_case;

static void assert_fronts(const front_case *fronts, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		char paragraph[256];
		speaker_case one;

		snprintf(paragraph, sizeof(paragraph), "%s%s%s", LEAD, fronts[i].clause, QUOTED);
		one.paragraph = paragraph;
		one.speaker = fronts[i].speaker;
		one.cue = fronts[i].cue;
		one.quote = REFUSAL_WORDS;
		assert_speaker_cases(&one, 1);
	}
}

/* The phrase after a focus particle is the subject, whatever the verb;
 * an object after the particle still leaves the subject after the verb.
 * "der" before a feminine noun, perhaps after an adjective in "-en", is
 * a dative; before a masculine noun the front stays the subject. */
static void test_front_phrases(void **state)
{
	static const front_case fronts[] = {
		{ "Auch Karl Weber h\xC3\xA4lt den Plan f\xC3\xBCr falsch: ", "Karl Weber", ":" },
		{ "Nur die Ministerin widersprach: ", "die Ministerin", ":" },
		{ "Sogar der Stadtrat sieht das so: ", "der Stadtrat", ":" },
		{ "Auch den Plan lobte der B\xC3\xBCrgermeister: ", "der B\xC3\xBCrgermeister", "lobte" },
		{ "Auch dazu sagte die Ministerin: ", "die Ministerin", "sagte" },
		{ "Der Zeitung sagte Karl Weber: ", "Karl Weber", "sagte" },
		{ "Der Deutschen Presse-Agentur sagte die Ministerin: ", "die Ministerin", "sagte" },
		{ "Der Polizei sagte der Fahrer: ", "der Fahrer", "sagte" },
		{ "Der Minister sagte der Zeitung: ", "Der Minister", "sagte" },
		{ "Der Sprecher der Regierung sagte: ", "Der Sprecher der Regierung", "sagte" },
	};
	(void)state;
	assert_fronts(fronts, sizeof(fronts) / sizeof(fronts[0]));
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

/* A singular determiner's front before a verb in "-en" is no subject;
 * joined by "und" it may be. */
static void test_number_disagrees(void **state)
{
	static const front_case fronts[] = {
		{ "Ein Ende forderten gestern die Stadtr\xC3\xA4te: ", "die Stadtr\xC3\xA4te", "forderten" },
		{ "Der Minister und die Kanzlerin sagten: ", "Der Minister", "sagten" },
	};
	(void)state;
	assert_fronts(fronts, sizeof(fronts) / sizeof(fronts[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_front_phrases),
		cmocka_unit_test(test_focus_particle_sentence_before),
		cmocka_unit_test(test_number_disagrees),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
