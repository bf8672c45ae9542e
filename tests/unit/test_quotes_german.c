/*
 * German speakers that the verb-second grammar decides (quotes/subject.c,
 * attribution.c, lang_de.c): which phrase of a clause is its subject when
 * the order of words does not say it. Each text is written for the test.
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

#define DQ_OPEN "\xE2\x80\x9E"   /* „ */
#define DQ_CLOSE "\xE2\x80\x9C"  /* “ */
/* Enough German words for the language vote (lang.c) before a short case. */
#define LEAD "Der Streit um die Pl\xC3\xA4ne der Stadt dauert nun schon seit vielen Jahren an. "
#define REFUSAL "Das kommt f\xC3\xBCr uns nicht in Frage, solange die Stadt nicht zahlt."

/* "Das Angebot lehnt er ab:": a pronoun that is only ever a subject
 * ("er", "ich", "wir"; lang_de.c nominative_pronouns) right after the
 * finite verb makes the phrase in front an object; "sie" may be an
 * object, so "Anna Berg lobte sie" keeps its front. */
static void test_nominative_pronoun_after_verb(void **state)
{
	static const speaker_case cases[] = {
		{ "Das Angebot der Stadt lehnt er jedoch ab: " DQ_OPEN REFUSAL DQ_CLOSE, "er", NULL, REFUSAL },
		{ "Den Plan des Rates kritisierten wir schon im Mai: " DQ_OPEN REFUSAL DQ_CLOSE, "wir", NULL,
			REFUSAL },
		{ "Anna Berg lobte sie am Montag: " DQ_OPEN REFUSAL DQ_CLOSE, "Anna Berg", NULL, REFUSAL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "„…“, sagte Lang. Anna Berg war eingeweiht. „…“": a sentence of its own
 * between the last quotation's cue and a quotation without one names
 * the next speaker when its subject is found; a sentence with no subject
 * to find ("Im Saal blieb es still.") leaves the last speaker. */
static void test_sentence_between_names_next_speaker(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Titel\n\n" DQ_OPEN "Wir bauen die Br\xC3\xBC" "cke noch in diesem Jahr neu" DQ_CLOSE
		", sagte B\xC3\xBCrgermeister Peter Lang am Montag. Die Stadtr\xC3\xA4tin Anna Berg war in die "
		"Pl\xC3\xA4ne seit langem eingeweiht. " DQ_OPEN "Ich kenne den Plan seit vielen Monaten." DQ_CLOSE
		"\n\n" DQ_OPEN "Wir bauen die Br\xC3\xBC" "cke noch in diesem Jahr neu" DQ_CLOSE
		", sagte B\xC3\xBCrgermeister Peter Lang am Montag. Im Saal blieb es danach lange still. "
		DQ_OPEN "Ich kenne den Plan seit vielen Monaten." DQ_CLOSE "\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 4);
	assert_quote(doc, 1, "Ich kenne den Plan seit vielen Monaten.", "Die Stadtr\xC3\xA4tin Anna Berg", NULL);
	assert_quote(doc, 3, "Ich kenne den Plan seit vielen Monaten.", "B\xC3\xBCrgermeister Peter Lang", "sagte");
	newsdoc_document_free(doc);
}

/* "Seine Bilder werden von Kritikern als „…“ bezeichnet": in a passive
 * clause that names quoted words the subject is what was named; the
 * agent after "von" speaks, else a phrase a preposition opens in front
 * ("In den Zeitungen war … bezeichnet worden"), else nobody. A passive
 * main clause leaves an active relative clause's subject speaking. */
static void test_passive_naming_gives_agent(void **state)
{
	static const speaker_case cases[] = {
		{ LEAD "Seine Bilder werden von Kritikern als " DQ_OPEN "Meisterwerke des Jahrhunderts" DQ_CLOSE
			" bezeichnet.", "Kritikern", NULL, "Meisterwerke des Jahrhunderts" },
		{ LEAD "In den Zeitungen war der Vertrag schon als " DQ_OPEN "Gesch\xC3\xA4" "ft des Jahrhunderts"
			DQ_CLOSE " bezeichnet worden.", "den Zeitungen", NULL, NULL },
		{ "Damit wird nun die Marke unterschritten, die Anna Roth im Jahr 2010 zum eigenen Ziel "
			"erkl\xC3\xA4rt hatte: " DQ_OPEN "Wir senken die Zahl bis zum Ende des Jahrzehnts." DQ_CLOSE,
			"Anna Roth", NULL, NULL },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("Titel\n\n" LEAD "Der Plan wurde im Rat als " DQ_OPEN "Ausverkauf unserer Stadt" DQ_CLOSE
		" kritisiert.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_null(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)));
	newsdoc_document_free(doc);
}

/* The speaker_resolved of the only quotation of a text, or NULL; the
 * document is freed by the caller. */
static const char *resolved_of(newsdoc_document *doc)
{
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	return newsdoc_quote_speaker_resolved(newsdoc_document_quote_at(doc, 0));
}

/* A pronoun resolves to the nearest earlier name it can stand for: never
 * an organisation's, by its first word as well as its last ("Gewerkschaft
 * …", "Deutsche Bahn …"; lang_de.c organisation_heads); never a name a
 * title gave the other sex ("Ministerin", "Herr"; a role noun ending in
 * "-in" opening the name, not a man's given name ending so); and "sie" with a plural verb stands for
 * several, so for no one name. Nearest: a name in the quotation's own
 * paragraph before its opening mark comes before any in earlier ones. */
static void test_pronoun_resolves_to_compatible_name(void **state)
{
	static const struct {
		const char *text;
		const char *resolved;
	} cases[] = {
		{ "Anna Roth leitet den Betrieb seit vielen Jahren.\n\nDie Gewerkschaft Nordbau Mitte hat "
			"gegen die Pl\xC3\xA4ne protestiert.\n\nZugleich warnte sie: " DQ_OPEN REFUSAL DQ_CLOSE "\n",
			"Anna Roth" },
		{ "Karl Weber leitet den Betrieb seit vielen Jahren.\n\nDie Deutsche Bahn Netz hat gegen "
			"die Pl\xC3\xA4ne protestiert.\n\n" DQ_OPEN REFUSAL DQ_CLOSE ", sagte er.\n", "Karl Weber" },
		{ "Ministerin Anna Roth besuchte am Montag das Werk.\n\nDanach sprach Herr Karl Weber mit "
			"den Arbeitern.\n\nIm Interview sagte sie: " DQ_OPEN REFUSAL DQ_CLOSE "\n", "Anna Roth" },
		{ "Herr Karl Weber besuchte am Montag das Werk.\n\nDanach sprach Verbandschefin Anna Roth "
			"mit den Arbeitern.\n\nIm Interview sagte er: " DQ_OPEN REFUSAL DQ_CLOSE "\n", "Karl Weber" },
		/* a man's given name that ends like a woman's role noun
		 * ("Konstantin", "Severin") opens no woman's name */
		{ "Konstantin Maria Huber besuchte am Montag das Werk.\n\nIm Interview sagte er: "
			DQ_OPEN REFUSAL DQ_CLOSE "\n", "Konstantin Maria Huber" },
		{ "Severin Paul Brandt besuchte am Montag das Werk.\n\nIm Interview sagte er: "
			DQ_OPEN REFUSAL DQ_CLOSE "\n", "Severin Paul Brandt" },
		{ "Anna Roth und Karl Weber besuchten am Montag das Werk.\n\nDanach sprachen beide mit den "
			"Arbeitern.\n\nIm Interview sagten sie: " DQ_OPEN REFUSAL DQ_CLOSE "\n", NULL },
		/* a name earlier in the pronoun's own paragraph is nearer than
		 * one in a paragraph before; one after the quotation is none */
		{ "Peter Lang leitet den Betrieb seit vielen Jahren.\n\nDer Sprecher des Vereins, Karl Weber, "
			"verteidigte am Montag die Pl\xC3\xA4ne. Er sagte: " DQ_OPEN REFUSAL DQ_CLOSE "\n", "Karl Weber" },
		{ "Peter Lang leitet den Betrieb seit vielen Jahren.\n\nIm Interview sagte er: " DQ_OPEN REFUSAL
			DQ_CLOSE " Danach sprach Karl Weber mit den Arbeitern.\n", "Peter Lang" },
		/* a quotation running on into the next paragraph, which names
		 * the person again: the mention before its mark still counts */
		{ "Peter Lang leitet den Betrieb seit vielen Jahren.\n\nDer Sprecher des Vereins, Karl Weber, "
			"verteidigte am Montag die Pl\xC3\xA4ne. Er sagte: " DQ_OPEN REFUSAL "\n\n" DQ_OPEN
			"Wir warten auf das Geld." DQ_CLOSE " Danach sprach Karl Weber mit den Arbeitern.\n",
			"Karl Weber" },
		/* a country closing a name ends an organisation's; a name's
		 * genitive before a noun ("Soleimanis Lebensweg") is a thing */
		{ "Karl Weber leitet den Betrieb seit vielen Jahren.\n\nDas Erwerbslosen Forum Deutschland hat "
			"gegen die Pl\xC3\xA4ne protestiert.\n\nZugleich warnte er: " DQ_OPEN REFUSAL DQ_CLOSE "\n",
			"Karl Weber" },
		{ "Qassem Soleimani starb am Freitag.\n\nKarl Weber ordnete eine Trauer an. In einer Nachricht "
			"w\xC3\xBCrdigte er Soleimanis Lebensweg: " DQ_OPEN REFUSAL DQ_CLOSE "\n", "Karl Weber" },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char text[1024];
		newsdoc_document *doc;
		const char *resolved;

		snprintf(text, sizeof(text), "Titel\n\n" LEAD "\n\n%s", cases[i].text);
		doc = parse_text(text);
		resolved = resolved_of(doc);
		if (cases[i].resolved) {
			if (!resolved || strcmp(resolved, cases[i].resolved) != 0)
				fail_msg("case %zu: resolved %s, wanted %s", i, resolved ? resolved : "(null)",
					cases[i].resolved);
		} else if (resolved) {
			fail_msg("case %zu: resolved %s, wanted none", i, resolved);
		}
		newsdoc_document_free(doc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nominative_pronoun_after_verb),
		cmocka_unit_test(test_sentence_between_names_next_speaker),
		cmocka_unit_test(test_passive_naming_gives_agent),
		cmocka_unit_test(test_pronoun_resolves_to_compatible_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
