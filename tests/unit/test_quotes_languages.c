/*
 * Speakers beyond English (libnewsdoc/quotes/subject.c, attribution.c and
 * the tables in quotes/lang_*.c): German verb-second clauses, impersonal
 * "heißt es", separable reporting verbs, naming verbs before a short
 * quoted fragment, and inverted cues after a quotation in French and
 * German. Each text is small and written for the test; its own words tell
 * the language.
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

#define BRIDGE_DE "Wir werden die Br\xC3\xBC" "cke noch in diesem Jahr bauen"
#define BRIDGE_FR "Nous allons construire le pont cette ann\xC3\xA9" "e"
#define DQ_OPEN "\xE2\x80\x9E"   /* „ */
#define DQ_CLOSE "\xE2\x80\x9C"  /* “ */
#define GUIL_OPEN "\xC2\xAB\xC2\xA0"    /* « and a no-break space */
#define GUIL_CLOSE "\xC2\xA0\xC2\xBB"   /* a no-break space and » */

/* A verb-second clause before the quotation: the subject follows the verb
 * when something else stands in front ("Dazu sagte X:"); a fronted subject
 * stays the speaker ("Anna Berg sagte der Zeitung:"). */
static void test_verb_second_before(void **state)
{
	static const speaker_case cases[] = {
		{ "Dazu sagte Anna Berg: " DQ_OPEN BRIDGE_DE "." DQ_CLOSE, "Anna Berg", "sagte", BRIDGE_DE "." },
		{ "Im Interview mit der Zeitung sagte sie: " DQ_OPEN BRIDGE_DE "." DQ_CLOSE, "sie", "sagte",
			BRIDGE_DE "." },
		{ "Anna Berg sagte der Zeitung am Montag: " DQ_OPEN BRIDGE_DE "." DQ_CLOSE, "Anna Berg", "sagte",
			BRIDGE_DE "." },
		/* "heißt es": the source is the phrase in front */
		{ "Auf der Homepage der Stadt hei\xC3\x9Ft es: " DQ_OPEN BRIDGE_DE "." DQ_CLOSE,
			"der Homepage der Stadt", "hei\xC3\x9Ft", BRIDGE_DE "." },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A clause that ends in a colon and whose verb the lexicon does not know:
 * the subject after the verb, not the phrase in front. */
static void test_verb_second_colon(void **state)
{
	static const speaker_case cases[] = {
		{ "Im Stadtrat warb Anna Berg mit den Worten: " DQ_OPEN BRIDGE_DE "." DQ_CLOSE, "Anna Berg", ":",
			BRIDGE_DE "." },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A quotation standing alone after a sentence: its speaker is that
 * sentence's subject, however long the sentence. */
static void test_verb_second_previous_sentence(void **state)
{
	static const speaker_case cases[] = {
		{ "Anna Berg, die Ingenieurin der Stadt, verteidigte den Plan am Montag vor dem Stadtrat. "
			DQ_OPEN BRIDGE_DE "." DQ_CLOSE, "Anna Berg", NULL, BRIDGE_DE "." },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A separable verb whose particle closes the clause ("teilte ... mit") is
 * a reporting verb; the particle is no part of the speaker. */
static void test_particle_verb(void **state)
{
	static const speaker_case cases[] = {
		{ DQ_OPEN BRIDGE_DE DQ_CLOSE ", teilte Anna Berg am Montag mit.", "Anna Berg", "teilte", BRIDGE_DE },
		{ DQ_OPEN BRIDGE_DE DQ_CLOSE ", lie\xC3\x9F Anna Berg verlauten.", "Anna Berg", "lie\xC3\x9F",
			BRIDGE_DE },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Inverted cues after the quotation: a pronoun written into the verb, an
 * auxiliary before the verb and its subject, and in German an auxiliary
 * before the subject with the participle at the end. */
static void test_inverted_cue_after(void **state)
{
	static const speaker_case cases[] = {
		{ GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", a-t-il dit devant les \xC3\xA9lus de la ville.", "il", "a-t-il dit",
			BRIDGE_FR },
		{ GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", a d\xC3\xA9" "clar\xC3\xA9 le ministre devant les \xC3\xA9lus "
			"de la ville.", "le ministre", "a d\xC3\xA9" "clar\xC3\xA9", BRIDGE_FR },
		{ DQ_OPEN BRIDGE_DE DQ_CLOSE ", hatte Anna Berg in einem Interview mit der Zeitung erkl\xC3\xA4rt.",
			"Anna Berg", "erkl\xC3\xA4rt", BRIDGE_DE },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Reporting verbs of the French and Spanish tables after a quotation,
 * their subject after them. */
static void test_report_verbs_fr_es(void **state)
{
	static const speaker_case cases[] = {
		{ GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", rapporte le minist\xC3\xA8re des Transports dans un "
			"communiqu\xC3\xA9.", "le minist\xC3\xA8re des Transports", "rapporte", BRIDGE_FR },
		{ "\xE2\x80\x9C" "Construiremos el puente de la ciudad este mismo a\xC3\xB1o para los "
			"vecinos\xE2\x80\x9D, recalc\xC3\xB3 la ministra.", "la ministra", "recalc\xC3\xB3", NULL },
		{ "\xC2\xAB" "Construiremos el puente este mismo a\xC3\xB1o\xC2\xBB, sosten\xC3\xAD" "a Ana Berg, "
			"que ya lo hab\xC3\xAD" "a prometido.", "Ana Berg", "sosten\xC3\xAD" "a", NULL },
		/* "évoquer" before a colon introduces what was said */
		{ "Dans un message, Paul Roux, le maire de la ville, a \xC3\xA9voqu\xC3\xA9 ses projets : "
			GUIL_OPEN BRIDGE_FR "." GUIL_CLOSE, "Paul Roux", "\xC3\xA9voqu\xC3\xA9", NULL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A naming verb gives the quoted words as its subject's, however short
 * („Gesindel“); quoted words after another preposition in the same clause
 * stay a name. */
static void test_naming_verb_fragment(void **state)
{
	static const speaker_case cases[] = {
		{ "Der Minister bezeichnete die Demonstranten vor dem Rathaus als " DQ_OPEN "Gesindel" DQ_CLOSE
			" und ging.", "Der Minister", "bezeichnete", "Gesindel" },
		{ "Anna Berg sprach am Montag von einer " DQ_OPEN "reinen Spekulation" DQ_CLOSE " der Opposition.",
			"Anna Berg", "sprach", "reinen Spekulation" },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("Titel\n\nDer Minister bezeichnete den Plan in einem Interview mit dem "
		DQ_OPEN "Stadtanzeiger" DQ_CLOSE " als gescheitert und ging.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

/* A short quoted fragment with no cue next to it is the speaker's words
 * when its clause holds a cue verb ("warnte … vor einem „…“", "lobte den
 * „…“"), not when a term word calls it a name (lang_de.c fragment_terms:
 * "die sogenannte „…“"), a preposition other than a naming link opens it
 * (a paper: "in der „…“"), or the cue after it has it as its subject
 * ("Wie „heise online“ berichtet"). */
#define FRAGMENT_TAIL " Das ist nicht neu, und die Stadt hat es auch nicht mit dem Rat besprochen."
static void test_cue_fragment(void **state)
{
	static const speaker_case cases[] = {
		{ "Die Ministerin warnte die Opposition vor einem " DQ_OPEN "populistischen Wahlkampf" DQ_CLOSE
			"." FRAGMENT_TAIL, "Die Ministerin", "warnte", "populistischen Wahlkampf" },
		{ "Die Ministerin lobte die neue " DQ_OPEN "schwarze Null" DQ_CLOSE " im Haushalt." FRAGMENT_TAIL,
			"Die Ministerin", "lobte", "schwarze Null" },
	};
	static const char *const names[] = {
		"Die Ministerin lobte die sogenannte " DQ_OPEN "schwarze Null" DQ_CLOSE " im Haushalt." FRAGMENT_TAIL,
		"Wie " DQ_OPEN "heise online" DQ_CLOSE " berichtet, sperrten die Beh\xC3\xB6rden das Netz." FRAGMENT_TAIL,
		"Die Ministerin lobte die Zahlen in der " DQ_OPEN "Zeitung von heute" DQ_CLOSE " am Montag." FRAGMENT_TAIL,
	};
	size_t i;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char text[512];
		newsdoc_document *doc;

		snprintf(text, sizeof(text), "Titel\n\n%s\n", names[i]);
		doc = parse_text(text);
		if (newsdoc_document_quote_count(doc) != 0)
			fail_msg("name case %zu: %zu quotes", i, newsdoc_document_quote_count(doc));
		newsdoc_document_free(doc);
	}
}

/* The text of the page's paragraph that starts with `start`. */
static const char *paragraph_of(const newsdoc_document *doc, const char *start)
{
	size_t i;

	for (i = 0; i < newsdoc_document_block_count(doc); i++) {
		const char *text = newsdoc_block_text(newsdoc_document_block_at(doc, i));
		if (!strncmp(text, start, strlen(start)))
			return text;
	}
	fail_msg("no paragraph starts with \"%s\"", start);
	return NULL;
}

#define Q_PAGE_HEAD(lang) "<html" lang "><head><title>Budget</title></head><body><article>" \
	"<p>Le ministre des Finances a pr\xC3\xA9sent\xC3\xA9 mardi son premier budget devant les " \
	"\xC3\xA9lus de la Chambre des communes \xC3\xA0 Ottawa, un document de quatre cents pages.</p>"
#define Q_PAGE_TAIL "<p>Le document pr\xC3\xA9voit des investissements dans le logement, la d\xC3\xA9" \
	"fense et les infrastructures du pays pour les cinq prochaines ann\xC3\xA9" "es.</p></article></body></html>"

/* <q> holds no marks: the body text gets the ones a browser draws in the
 * page's language, so its quotation is found; marks the page wrote
 * itself around the element are not doubled, and a <q> inside a <q> gets
 * the inner marks. */
static void test_q_element_marks(void **state)
{
	newsdoc_document *doc;
	size_t i;
	(void)state;

	doc = parse_html(Q_PAGE_HEAD(" lang=\"fr-CA\"") "<p>Il parle d\xE2\x80\x99un <q>plan</q>. <q>" BRIDGE_FR
		"</q>, a-t-il dit.</p><p>\xC2\xAB<q>Nous tiendrons parole</q>\xC2\xBB, a ajout\xC3\xA9 le ministre.</p>"
		Q_PAGE_TAIL);
	assert_string_equal(paragraph_of(doc, "Il parle"), "Il parle d\xE2\x80\x99un \xC2\xAB plan \xC2\xBB. "
		"\xC2\xAB " BRIDGE_FR " \xC2\xBB, a-t-il dit.");
	assert_string_equal(paragraph_of(doc, "\xC2\xAB"), "\xC2\xAB" "Nous tiendrons parole\xC2\xBB, a ajout\xC3\xA9 le ministre.");
	/* « plan » after "parler d'un" is a quoted word, left to the fragment rules. */
	assert_true(newsdoc_document_quote_count(doc) >= 2);
	i = newsdoc_document_quote_count(doc) - 2;
	assert_quote(doc, i, BRIDGE_FR, "il", NULL);
	assert_quote(doc, i + 1, "Nous tiendrons parole", "le ministre", NULL);
	newsdoc_document_free(doc);

	doc = parse_html(Q_PAGE_HEAD(" lang=\"de\"") "<p>Anna Berg sagte: <q>" BRIDGE_DE ", <q>sofort</q>.</q></p>"
		Q_PAGE_TAIL);
	assert_string_equal(paragraph_of(doc, "Anna Berg"), "Anna Berg sagte: " DQ_OPEN BRIDGE_DE ", "
		"\xE2\x80\x9A" "sofort\xE2\x80\x98." DQ_CLOSE);
	newsdoc_document_free(doc);

	/* No language: English marks. */
	doc = parse_html(Q_PAGE_HEAD("") "<p>She said: <q>We will build it</q>.</p>" Q_PAGE_TAIL);
	assert_string_equal(paragraph_of(doc, "She said"), "She said: \xE2\x80\x9CWe will build it\xE2\x80\x9D.");
	newsdoc_document_free(doc);
}

#define BRIDGE_ES "Construiremos el puente este mismo a\xC3\xB1o"
#define BRIDGE_IT "Costruiremo il ponte quest'anno"

/* Spanish, Italian and Portuguese leave a known subject out: a cue after
 * the quotation that is its verb alone ("ha señalado.", "se queja.",
 * "ha detto.") speaks for the subject of the sentence before, however
 * long; a sentence that left its own subject out names nobody. */
static void test_dropped_subject(void **state)
{
	static const speaker_case cases[] = {
		{ "Ana Berg defendi\xC3\xB3 el proyecto ante los vecinos del barrio durante m\xC3\xA1s de una hora "
			"en el pleno municipal del lunes. \xC2\xAB" BRIDGE_ES "\xC2\xBB, ha se\xC3\xB1" "alado.", "Ana Berg",
			"ha se\xC3\xB1" "alado", BRIDGE_ES },
		{ "La alcaldesa respondi\xC3\xB3 a las cr\xC3\xADticas. \xC2\xAB" BRIDGE_ES "\xC2\xBB, se queja, sin "
			"ocultar su enfado.", "La alcaldesa", "se queja", BRIDGE_ES },
		{ "Marco Rossi ha difeso il progetto davanti ai cittadini del quartiere per oltre un'ora "
			"luned\xC3\xAC sera. \xC2\xAB" BRIDGE_IT "\xC2\xBB, ha detto.", "Marco Rossi", "ha detto", BRIDGE_IT },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	/* "Se alegra de …": no subject to give. */
	doc = parse_text("T\xC3\xADtulo\n\nSe alegra de que el puente est\xC3\xA9 cerca para los vecinos del barrio. "
		"\xC2\xAB" BRIDGE_ES " para todos los vecinos\xC2\xBB, ha subrayado.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_null(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)));
	assert_string_equal(newsdoc_quote_cue(newsdoc_document_quote_at(doc, 0)), "ha subrayado");
	newsdoc_document_free(doc);
	/* French names its subjects: "a dit." alone is no cue of this kind. */
	doc = parse_text("Titre\n\nLe maire a d\xC3\xA9" "fendu le projet devant les habitants du quartier pendant plus "
		"d'une heure lundi soir. " GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", a dit.\n");
	assert_true(newsdoc_document_quote_count(doc) == 0 ||
		newsdoc_quote_cue(newsdoc_document_quote_at(doc, 0)) == NULL);
	newsdoc_document_free(doc);
}

/* A description and the name it describes, set off by a comma: the name
 * speaks ("le PDG, Pekka Lundmark"). A one-word name stays with its
 * description, and a name is no description. */
static void test_apposed_name(void **state)
{
	static const speaker_case cases[] = {
		{ GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", a d\xC3\xA9" "clar\xC3\xA9 le maire de la ville, Jean Dupont.",
			"Jean Dupont", NULL, BRIDGE_FR },
		{ "\xC2\xAB" BRIDGE_ES "\xC2\xBB, explic\xC3\xB3 el alcalde del pueblo, Domingo Jos\xC3\xA9 Ramos.",
			"Domingo Jos\xC3\xA9 Ramos", "explic\xC3\xB3", BRIDGE_ES },
		{ "The company's chief executive, Jane Doe, said: \xE2\x80\x9CWe will build the bridge this year.\xE2\x80\x9D",
			"Jane Doe", "said", NULL },
		{ "\xE2\x80\x9CWe will build the bridge this year,\xE2\x80\x9D said the mayor, Smith.", "the mayor",
			"said", NULL },
		{ "\xE2\x80\x9CWe will build the bridge this year,\xE2\x80\x9D said Jane Doe, Sam Roe.", "Jane Doe",
			"said", NULL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Spanish verbs of saying after a quotation (lang_es.c), a surname with
 * a Dutch or German particle ("Von der Leyen"), and a sentence adverb
 * that opens the sentence before a quotation, which speaks for nobody. */
static void test_spanish_cues_and_names(void **state)
{
	static const speaker_case cases[] = {
		{ "\xC2\xAB" BRIDGE_ES "\xC2\xBB, espet\xC3\xB3 el entrenador.", "el entrenador", "espet\xC3\xB3", BRIDGE_ES },
		{ "\xC2\xAB" BRIDGE_ES "\xC2\xBB, replic\xC3\xB3 el alcalde.", "el alcalde", "replic\xC3\xB3", BRIDGE_ES },
		{ "\xC2\xAB" BRIDGE_ES "\xC2\xBB, afirm\xC3\xB3 Von der Leyen ante el pleno del Parlamento con los diputados.", "Von der Leyen", "afirm\xC3\xB3", BRIDGE_ES },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("T\xC3\xADtulo\n\nQuiz\xC3\xA1 lo intenten otra vez. \xC2\xAB" BRIDGE_ES " para todos los "
		"vecinos del barrio\xC2\xBB.\n");
	if (newsdoc_document_quote_count(doc) > 0)
		assert_null(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)));
	newsdoc_document_free(doc);
}

/* "„…“, heißt es in dem Schreiben": after the quotation too, the source
 * is the phrase after the impersonal subject's preposition, never "es". */
static void test_impersonal_after(void **state)
{
	static const speaker_case cases[] = {
		{ DQ_OPEN BRIDGE_DE DQ_CLOSE ", hei\xC3\x9Ft es in dem Schreiben der Stadt an die Anwohner.",
			"dem Schreiben der Stadt", "hei\xC3\x9Ft", BRIDGE_DE },
	};
	newsdoc_document *doc;
	const char *speaker;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("Titel\n\nDie Stadt hat den Plan am Montag vorgestellt. " DQ_OPEN BRIDGE_DE DQ_CLOSE
		", hie\xC3\x9F es.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	speaker = newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0));
	assert_true(speaker == NULL || strcmp(speaker, "es") != 0);
	newsdoc_document_free(doc);
}

/* Italian narrates in the imperfect ("scriveva il giornale") and agrees
 * the participle with its object ("l'ha definita"). */
static void test_italian_imperfect(void **state)
{
	static const speaker_case cases[] = {
		{ "Il Messaggero Veneto scriveva ieri: \xC2\xAB" BRIDGE_IT " per tutti i cittadini\xC2\xBB.",
			"Il Messaggero Veneto", "scriveva", NULL },
		{ "\xC2\xAB" BRIDGE_IT " per tutti i cittadini\xC2\xBB, raccontava il sindaco della citt\xC3\xA0.",
			"il sindaco della citt\xC3\xA0", "raccontava", NULL },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A verb-second clause whose front is its subject gives the name that
 * opens it, not the words before the verb ("… in Heidelberg erläutert",
 * "Anna Berg, Sprecherin der Stadt (SPD) nannte"), also after a comma
 * that follows another quotation; with an auxiliary as the finite verb
 * and the reporting participle at the end, the subject next to the
 * auxiliary ("Im Mai 2005 hatte Anna Berg in einer Rede verkündet:"); a
 * front that is one adverb ("Unmissverständlich", lang_de.c
 * adverb_suffixes) is no subject. */
static void test_verb_second_front(void **state)
{
	static const speaker_case cases[] = {
		{ "Anna Berg vom Institut f\xC3\xBCr Stadtplanung in Heidelberg erl\xC3\xA4utert den Plan so: "
			DQ_OPEN BRIDGE_DE "." DQ_CLOSE, "Anna Berg", "erl\xC3\xA4utert", BRIDGE_DE "." },
		{ "Anna Berg, Sprecherin der Stadt (SPD) nannte den Plan " DQ_OPEN "sehr respektabel" DQ_CLOSE
			" und ging.", "Anna Berg", "nannte", "sehr respektabel" },
		{ "Bereits im Mai 2005 hatte Anna Berg in einer Rede verk\xC3\xBC" "ndet: " DQ_OPEN BRIDGE_DE "."
			DQ_CLOSE, "Anna Berg", NULL, BRIDGE_DE "." },
		{ "Unmissverst\xC3\xA4ndlich sagte das Gericht: " DQ_OPEN BRIDGE_DE "." DQ_CLOSE
			" Das ist nicht neu, und die Stadt hat es auch nicht mit dem Rat besprochen.",
			"das Gericht", "sagte", BRIDGE_DE "." },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("Titel\n\nHans Roe nannte den Plan " DQ_OPEN "gescheitert" DQ_CLOSE ", Anna Berg bezeichnete "
		"die Kosten der Stadt als " DQ_OPEN "viel zu hoch" DQ_CLOSE ".\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 1, "viel zu hoch", "Anna Berg", "bezeichnete");
	newsdoc_document_free(doc);
}

/* The subject of a sentence before a quotation without a cue, or of a
 * clause whose verb stands far from the quotation: a phrase in front,
 * opened by a preposition or an adverb and closed by a comma, is passed
 * over ("En la plaza del pueblo,", "Visiblemente emocionado,"); a
 * description with its name in apposition gives the name; a name that an
 * apposition follows ("Jane Doe, a professor,") is the subject too. */
static void test_fronted_phrase_and_apposition(void **state)
{
	static const speaker_case cases[] = {
		{ "Visiblemente emocionado, el alcalde del pueblo, Domingo Ramos, apenas encontraba palabras. "
			"\xC2\xAB" BRIDGE_ES " para todos los vecinos del pueblo\xC2\xBB.", "Domingo Ramos", NULL, NULL },
		{ "En la plaza del pueblo, la teniente de alcalde, Antonia Mart\xC3\xAD" "nez, asegur\xC3\xB3: "
			"\xC2\xAB" BRIDGE_ES "\xC2\xBB.", "Antonia Mart\xC3\xAD" "nez", "asegur\xC3\xB3", BRIDGE_ES },
		{ "Jane Doe, a professor at the state university, agreed. \xE2\x80\x9CWe will build the bridge "
			"this year for everybody.\xE2\x80\x9D", "Jane Doe", NULL, NULL },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	/* A one-word sentence adverb before its comma is no subject. */
	doc = parse_text("Title\n\nHowever, the plan went ahead. \xE2\x80\x9CWe will build the bridge this year for "
		"everybody.\xE2\x80\x9D\n");
	if (newsdoc_document_quote_count(doc) > 0 && newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)))
		assert_string_not_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)), "However");
	newsdoc_document_free(doc);
}

/* An inverted verb after a quotation with a short prepositional phrase
 * before its subject ("a rapporté sur Facebook le porte-parole", "dijo a
 * la prensa el ministro", "ha detto ai giornalisti il sindaco"); in
 * German, an adverb before it ("sagte dazu der Sprecher"). A phrase with
 * no subject after it gives none. */
static void test_phrase_before_inverted_subject(void **state)
{
	static const speaker_case cases[] = {
		{ GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", a rapport\xC3\xA9 sur Facebook le porte-parole de la mairie.",
			"le porte-parole de la mairie", NULL, BRIDGE_FR },
		{ "\xC2\xAB" BRIDGE_ES "\xC2\xBB, dijo a la prensa el ministro de Fomento.", "el ministro de Fomento",
			"dijo", BRIDGE_ES },
		{ "\xC2\xAB" BRIDGE_IT "\xC2\xBB, ha detto ai giornalisti il sindaco della citt\xC3\xA0.",
			"il sindaco della citt\xC3\xA0", NULL, BRIDGE_IT },
		{ DQ_OPEN BRIDGE_DE DQ_CLOSE ", sagte dazu der Sprecher der Stadt.", "der Sprecher der Stadt", "sagte",
			BRIDGE_DE },
	};
	newsdoc_document *doc;
	const char *speaker;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("T\xC3\xADtulo\n\nEl ministro defendi\xC3\xB3 el proyecto ante los vecinos. \xC2\xAB" BRIDGE_ES
		" para todos los vecinos\xC2\xBB, dijo a la prensa local del barrio.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	speaker = newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0));
	assert_true(speaker == NULL || strstr(speaker, "prensa") == NULL);
	newsdoc_document_free(doc);
}

/* French and Spanish news count a quoted fragment inside a sentence as
 * its speaker's words when the cue follows it (lang.h
 * fragment_before_cue); English keeps such a fragment as reported speech,
 * as PolNeAR does. */
static void test_fragment_before_cue(void **state)
{
	static const speaker_case cases[] = {
		{ "Les usines de la r\xC3\xA9gion devraient rester " GUIL_OPEN "sous forte pression cette ann\xC3\xA9" "e"
			GUIL_CLOSE ", indique le ministre de l'Industrie dans un communiqu\xC3\xA9.",
			"le ministre de l'Industrie", "indique", "sous forte pression cette ann\xC3\xA9" "e" },
		{ "La part des communes endett\xC3\xA9" "es " GUIL_OPEN "repart l\xC3\xA9g\xC3\xA8rement \xC3\xA0 la hausse"
			GUIL_CLOSE ", note aussi le minist\xC3\xA8re dans son rapport.", "le minist\xC3\xA8re", "note", "repart l\xC3\xA9g\xC3\xA8rement "
			"\xC3\xA0 la hausse" },
		{ "Las obras del puente seguir\xC3\xA1n \xC2\xAB" "a muy buen ritmo este a\xC3\xB1o\xC2\xBB, dijo el alcalde "
			"a los vecinos.", "el alcalde", "dijo", "a muy buen ritmo este a\xC3\xB1o" },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("Title\n\nThe factories of the region should stay \xE2\x80\x9Cunder heavy pressure this "
		"year,\xE2\x80\x9D the minister of industry said in a statement.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

/* German pronouns resolve like English ones: "er" and "sie" (with a
 * singular verb) stand for the person named before; "sie sagten" is
 * several people, and a "sie" after an "er" is not the same person. A
 * capitalised noun and a name after a determiner ("der indonesischen
 * Insel Bali") is no person. */
static void test_pronoun_resolved_de(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_html("<html lang=\"de\"><body><article><h1>Haushaltsstreit</h1>"
		"<p>Tom Weber, der Stadtrat, lehnte den Plan am Montag ab.</p>"
		"<p>" DQ_OPEN "Der Haushalt l\xC3\xA4sst unsere Schulen im Stich" DQ_CLOSE ", sagte er.</p>"
		"<p>" DQ_OPEN "Wir finden das Geld" DQ_CLOSE ", sagte sie.</p>"
		"<p>Die B\xC3\xBCrgermeisterin Anna Berg verteidigte ihn bei der Deutschen Bank.</p>"
		"<p>Der Gipfel fand auf der indonesischen Insel Bali statt.</p>"
		"<p>" DQ_OPEN "Die Schulen bekommen mehr" DQ_CLOSE ", sagte sie.</p>"
		"<p>" DQ_OPEN "Das ist falsch" DQ_CLOSE ", sagten sie.</p>"
		"</article></body></html>");
	assert_int_equal(newsdoc_document_quote_count(doc), 4);
	quote = newsdoc_document_quote_at(doc, 0);
	assert_string_equal(newsdoc_quote_speaker(quote), "er");
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "Tom Weber");
	quote = newsdoc_document_quote_at(doc, 1);
	assert_string_equal(newsdoc_quote_speaker(quote), "sie");
	assert_null(newsdoc_quote_speaker_resolved(quote));
	/* A bank and an island (a noun after a determiner) are nobody. */
	quote = newsdoc_document_quote_at(doc, 2);
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "Anna Berg");
	quote = newsdoc_document_quote_at(doc, 3);
	assert_string_equal(newsdoc_quote_speaker(quote), "sie");
	assert_null(newsdoc_quote_speaker_resolved(quote));
	newsdoc_document_free(doc);
}

/* French lists no organisation words, so "il" stands for the last named
 * speaker only: a person merely mentioned since is not taken. */
static void test_pronoun_last_speaker_only_fr(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_html("<html lang=\"fr\"><body><article><h1>Budget</h1>"
		"<p>Le maire Jean Dupont a re\xC3\xA7u les \xC3\xA9lus lundi.</p>"
		"<p>\xC2\xAB\xC2\xA0Nous manquons d'argent\xC2\xA0\xC2\xBB, a-t-il dit.</p>"
		"<p>\xC2\xAB\xC2\xA0Le budget est juste\xC2\xA0\xC2\xBB, a d\xC3\xA9" "clar\xC3\xA9 Paul Martin.</p>"
		"<p>La s\xC3\xA9" "ance a eu lieu chez Marie Curie.</p>"
		"<p>\xC2\xAB\xC2\xA0Nous verrons\xC2\xA0\xC2\xBB, a-t-il ajout\xC3\xA9.</p>"
		"</article></body></html>");
	assert_int_equal(newsdoc_document_quote_count(doc), 3);
	quote = newsdoc_document_quote_at(doc, 0);
	assert_null(newsdoc_quote_speaker_resolved(quote));
	quote = newsdoc_document_quote_at(doc, 2);
	assert_string_equal(newsdoc_quote_speaker(quote), "il");
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "Paul Martin");
	newsdoc_document_free(doc);
}

/* A cue with no subject at the start of a paragraph speaks for the subject
 * of the paragraph before, however long its sentence ("El portavoz …
 * ante el ayuntamiento, Ana Berg, ha pedido … ¶ «…», subrayó."); a
 * caption with no sentence in it names no one. */
static void test_dropped_subject_previous_paragraph(void **state)
{
	static const char *const texts[] = {
		"T\xC3\xADtulo\n\nEl portavoz de la asociaci\xC3\xB3n ante el ayuntamiento, Ana Berg, ha pedido este "
			"lunes que el puente se construya pronto.\n\n\xC2\xAB" BRIDGE_ES "\xC2\xBB, subray\xC3\xB3.\n",
		"T\xC3\xADtulo\n\nO porta-voz da associa\xC3\xA7\xC3\xA3o, Ana Berg, pediu na segunda-feira que a ponte "
			"fosse constru\xC3\xAD" "da depressa.\n\n\xC2\xAB" "Vamos construir a ponte este ano\xC2\xBB, "
			"sublinhou.\n",
	};
	newsdoc_document *doc;
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		doc = parse_text(texts[i]);
		assert_int_equal(newsdoc_document_quote_count(doc), 1);
		assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)), "Ana Berg");
		newsdoc_document_free(doc);
	}
	doc = parse_text("T\xC3\xADtulo\n\nFoto del puente sobre el r\xC3\xADo Ana Berg\n\n\xC2\xAB" BRIDGE_ES
		"\xC2\xBB, subray\xC3\xB3.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_null(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)));
	newsdoc_document_free(doc);
	/* A "sentence" of 200 words with no end mark is no sentence whose
	 * subject speaks (and the walk back over it is bounded). */
	{
		static const char word[] = " puente y";
		char text[4096];
		size_t len, k;

		len = (size_t)snprintf(text, sizeof(text), "T\xC3\xADtulo\n\nAna Berg ha pedido");
		for (k = 0; k < 100; k++) {
			memcpy(text + len, word, sizeof(word) - 1);
			len += sizeof(word) - 1;
		}
		snprintf(text + len, sizeof(text) - len, " el r\xC3\xADo.\n\n\xC2\xAB" BRIDGE_ES "\xC2\xBB, subray\xC3\xB3.\n");
		doc = parse_text(text);
		assert_int_equal(newsdoc_document_quote_count(doc), 1);
		assert_null(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)));
		newsdoc_document_free(doc);
	}
}

/* A sentence that opens with its report verb ("Además insistió en …:")
 * left its subject out: the subject of the sentence before, past a fronted
 * phrase of any kind ("Minutos antes del pleno, Ana Berg ha pedido"). */
static void test_dropped_subject_before_quote(void **state)
{
	static const speaker_case cases[] = {
		{ "Minutos antes del pleno, Ana Berg ha pedido calma a los vecinos. Adem\xC3\xA1s insisti\xC3\xB3 en la "
			"propuesta: \xC2\xAB" BRIDGE_ES "\xC2\xBB.", "Ana Berg", NULL, BRIDGE_ES },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A cue with no subject after a quotation, followed by a prepositional
 * phrase that no subject closes ("«…», se preguntaba en unas declaraciones
 * a la radio."), takes the subject of the sentence before; that sentence
 * may hold a quoted fragment ("es «la única salida» para el barrio"). */
static void test_dropped_subject_past_phrase_and_fragment(void **state)
{
	static const speaker_case cases[] = {
		{ "Ana Berg ha pedido calma a los vecinos del barrio. \xC2\xAB" BRIDGE_ES "\xC2\xBB, se preguntaba en "
			"unas declaraciones a la emisora de radio p\xC3\xBA" "blica.", "Ana Berg", "se preguntaba", BRIDGE_ES },
		{ "Ana Berg ha reafirmado que el puente es la \xE2\x80\x9C\xC3\xBAnica salida\xE2\x80\x9D para el barrio. "
			"\xC2\xAB" BRIDGE_ES "\xC2\xBB, subray\xC3\xB3.", "Ana Berg", NULL, BRIDGE_ES },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* The cue inside the marks, between two sentences of one quotation
 * ("« A, dit le ministre. B »"), names the speaker, not the sentence
 * before; a speaker may open with an elided determiner ("l'ancien
 * ministre"). */
static void test_cue_inside_marks(void **state)
{
	static const speaker_case cases[] = {
		{ "Le budget a \xC3\xA9t\xC3\xA9 d\xC3\xA9pos\xC3\xA9 mardi. " GUIL_OPEN BRIDGE_FR ", dit le ministre. "
			"Les travaux commencent en mai." GUIL_CLOSE, "le ministre", "dit", NULL },
		{ "Le budget a \xC3\xA9t\xC3\xA9 d\xC3\xA9pos\xC3\xA9 mardi. " GUIL_OPEN BRIDGE_FR ", souligne-t-elle. "
			"Les travaux commencent en mai." GUIL_CLOSE, "elle", "souligne-t-elle", NULL },
		/* an elided determiner is a word of its own: "l'ancien ministre" */
		{ "Le budget a \xC3\xA9t\xC3\xA9 d\xC3\xA9pos\xC3\xA9 mardi. " GUIL_OPEN BRIDGE_FR ", dit l\xE2\x80\x99" "ancien "
			"ministre. Les travaux commencent en mai." GUIL_CLOSE, "l\xE2\x80\x99" "ancien ministre", "dit", NULL },
		{ GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", a d\xC3\xA9" "clar\xC3\xA9 l'avocat de la mairie.", "l'avocat de la mairie",
			NULL, BRIDGE_FR },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* After a conjunction or a fronted phrase opening the sentence, a subject
 * in lower case ("la alcaldesa", "the mayor") still names the speaker. */
static void test_subject_after_conjunction(void **state)
{
	static const speaker_case cases[] = {
		{ "Pero la alcaldesa ha sido muy clara con los vecinos: \xC2\xAB" BRIDGE_ES "\xC2\xBB.", "la alcaldesa",
			NULL, BRIDGE_ES },
		{ "Mais la maire a \xC3\xA9t\xC3\xA9 tr\xC3\xA8s claire devant les habitants : " GUIL_OPEN BRIDGE_FR "."
			GUIL_CLOSE, "la maire", NULL, BRIDGE_FR "." },
		{ "But the mayor has no doubt: \xE2\x80\x9CWe will build the bridge this year.\xE2\x80\x9D", "the mayor",
			NULL, "We will build the bridge this year." },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "« … », argumente-t-elle": a pronoun joined to its verb by "-t-"
 * follows a finite verb, the cue whether or not the table lists it. */
static void test_inverted_unlisted_verb(void **state)
{
	static const speaker_case cases[] = {
		{ "La maire a re\xC3\xA7u les habitants lundi. " GUIL_OPEN BRIDGE_FR GUIL_CLOSE ", argumente-t-elle.",
			"elle", "argumente-t-elle", BRIDGE_FR },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A fragment later in a sentence that opens with its source ("Selon X,",
 * "Pour la maire,") is that source's words in French; Spanish labels
 * take "Según X, … “…”" as reported speech, so Spanish keeps none. */
static void test_fragment_after_source(void **state)
{
	static const speaker_case cases[] = {
		{ "Selon Anne Dupont, le nouveau pont reste " GUIL_OPEN "beaucoup trop cher" GUIL_CLOSE " pour la ville.",
			"Anne Dupont", "Selon", "beaucoup trop cher" },
		{ "Pour la maire, il faut d\xC3\xA9sormais " GUIL_OPEN "construire le pont sans attendre" GUIL_CLOSE ".",
			"la maire", "Pour", "construire le pont sans attendre" },
	};
	newsdoc_document *doc;
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
	doc = parse_text("T\xC3\xADtulo\n\nSeg\xC3\xBAn Ana Berg, el nuevo puente sigue siendo \xE2\x80\x9C" "demasiado caro"
		"\xE2\x80\x9D para la ciudad.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

/* "“…“, apunta el juez": an opening mark typed for the closing one
 * before the punctuation that follows a quotation still closes it. */
static void test_left_mark_closes_before_punctuation(void **state)
{
	static const speaker_case cases[] = {
		{ "\xE2\x80\x9C" BRIDGE_ES "\xE2\x80\x9C, apunta el juez.", "el juez", "apunta", BRIDGE_ES },
		{ "Seg\xC3\xBAn la alcaldesa, \xE2\x80\x9Cno hay dinero para el puente\xE2\x80\x9C.", "la alcaldesa",
			"Seg\xC3\xBAn", "no hay dinero para el puente" },
	};
	(void)state;
	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verb_second_before),
		cmocka_unit_test(test_cue_fragment),
		cmocka_unit_test(test_verb_second_colon),
		cmocka_unit_test(test_verb_second_previous_sentence),
		cmocka_unit_test(test_particle_verb),
		cmocka_unit_test(test_inverted_cue_after),
		cmocka_unit_test(test_report_verbs_fr_es),
		cmocka_unit_test(test_naming_verb_fragment),
		cmocka_unit_test(test_q_element_marks),
		cmocka_unit_test(test_dropped_subject),
		cmocka_unit_test(test_apposed_name),
		cmocka_unit_test(test_spanish_cues_and_names),
		cmocka_unit_test(test_impersonal_after),
		cmocka_unit_test(test_italian_imperfect),
		cmocka_unit_test(test_verb_second_front),
		cmocka_unit_test(test_fronted_phrase_and_apposition),
		cmocka_unit_test(test_phrase_before_inverted_subject),
		cmocka_unit_test(test_pronoun_resolved_de),
		cmocka_unit_test(test_pronoun_last_speaker_only_fr),
		cmocka_unit_test(test_fragment_before_cue),
		cmocka_unit_test(test_dropped_subject_previous_paragraph),
		cmocka_unit_test(test_dropped_subject_before_quote),
		cmocka_unit_test(test_dropped_subject_past_phrase_and_fragment),
		cmocka_unit_test(test_cue_inside_marks),
		cmocka_unit_test(test_subject_after_conjunction),
		cmocka_unit_test(test_inverted_unlisted_verb),
		cmocka_unit_test(test_fragment_after_source),
		cmocka_unit_test(test_left_mark_closes_before_punctuation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
