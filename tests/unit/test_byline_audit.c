/*
 * Issue 14 item 4, language by language (en, de, fr, es, it, pt, pl): name
 * particles, organisations, picture credits, placeholders, and role and
 * affiliation from "Name, Role, Organisation". Each page is a byline
 * element before the article text; the persons it names, in order, with
 * their role and affiliation (NULL when none is stated).
 */
#include <stdlib.h>
#include <string.h>

#include "test_metadata_util.h"

typedef struct audit_person {
	const char *name;
	const char *role;
	const char *affiliation;
} audit_person;

typedef struct audit_case {
	const char *lang;
	const char *byline;  /* the byline element's inner markup */
	size_t count;
	audit_person persons[2];
} audit_case;

static int same(const char *got, const char *expected)
{
	return got && expected ? !strcmp(got, expected) : got == expected;
}

static const char *show(const char *s)
{
	return s ? s : "(none)";
}

static void check_audit_case(const audit_case *c)
{
	char html[2048];
	newsdoc_document *doc;
	size_t i;

	snprintf(html, sizeof(html), "<html lang=\"%s\"><head><title>A headline for the test</title></head>"
		"<body><article><h1>A headline for the test</h1><div class=\"byline\">%s</div>"
		"<p>The article text follows the byline and is long enough to read as a story.</p>"
		"</article></body></html>", c->lang, c->byline);
	doc = parse_page(html, NULL);
	if (newsdoc_document_author_count(doc) != c->count)
		fail_msg("%s \"%s\": %zu authors, expected %zu (first: %s)", c->lang, c->byline,
			newsdoc_document_author_count(doc), c->count,
			newsdoc_document_author_count(doc) ?
			newsdoc_author_name(newsdoc_document_author_at(doc, 0)) : "-");
	for (i = 0; i < c->count; i++) {
		const newsdoc_author *a = newsdoc_document_author_at(doc, i);
		if (!same(newsdoc_author_name(a), c->persons[i].name) || !same(newsdoc_author_role(a), c->persons[i].role) ||
		    !same(newsdoc_author_affiliation(a), c->persons[i].affiliation))
			fail_msg("%s \"%s\": person %zu is \"%s\" / \"%s\" / \"%s\"", c->lang, c->byline, i,
				show(newsdoc_author_name(a)), show(newsdoc_author_role(a)),
				show(newsdoc_author_affiliation(a)));
	}
	newsdoc_document_free(doc);
}

static void check_cases(const audit_case *cases, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		check_audit_case(&cases[i]);
}

#define CHECK_CASES(cases) check_cases(cases, sizeof(cases) / sizeof(cases[0]))

/* "Name, Role, Organisation": the role from each language's table, the
 * organisation after it the person's affiliation, never a second author. */
static void test_role_and_affiliation_per_language(void **state)
{
	static const audit_case cases[] = {
		{ "en", "By Nell Harrow, Political Editor, Harbour Times", 1,
		  { { "Nell Harrow", "Political Editor", "Harbour Times" } } },
		{ "de", "Von Anna Schmidt, Korrespondentin, Norddeutscher Rundfunk", 1,
		  { { "Anna Schmidt", "Korrespondentin", "Norddeutscher Rundfunk" } } },
		{ "fr", "Par Marie Lebrun, correspondante, Ouest Matin", 1,
		  { { "Marie Lebrun", "correspondante", "Ouest Matin" } } },
		{ "fr", "Par Paul Vidal, chroniqueur", 1, { { "Paul Vidal", "chroniqueur", NULL } } },
		{ "es", "Por Ana de la Fuente, corresponsal, El Diario Sur", 1,
		  { { "Ana de la Fuente", "corresponsal", "El Diario Sur" } } },
		{ "es", "Por Lucía Ramos, columnista", 1, { { "Lucía Ramos", "columnista", NULL } } },
		{ "it", "di Marco Rossi, corrispondente, Corriere del Lago", 1,
		  { { "Marco Rossi", "corrispondente", "Corriere del Lago" } } },
		{ "it", "di Giulia Neri, redattrice", 1, { { "Giulia Neri", "redattrice", NULL } } },
		{ "pt", "Por João dos Santos, repórter, Folha do Vale", 1,
		  { { "João dos Santos", "repórter", "Folha do Vale" } } },
		{ "pt", "Por Rui Lobo, colunista", 1, { { "Rui Lobo", "colunista", NULL } } },
		{ "pl", "Jan Kowalski, dziennikarz, Gazeta Poranna", 1,
		  { { "Jan Kowalski", "dziennikarz", "Gazeta Poranna" } } },
		{ "pl", "Autor: Anna Nowak, korespondentka", 1, { { "Anna Nowak", "korespondentka", NULL } } },
		/* the name as a link, the title and organisation after it */
		{ "en", "<a href=\"/people/fb\">Federico Borello</a>, Interim Executive Director, Human Rights Watch", 1,
		  { { "Federico Borello", "Interim Executive Director", "Human Rights Watch" } } },
		{ "pl", "<a href=\"/autor/jk\">Jan Kowalski</a>, redaktor, Gazeta Poranna", 1,
		  { { "Jan Kowalski", "redaktor", "Gazeta Poranna" } } },
		/* "Name (Role)" and "Name | Role" */
		{ "de", "Von Anna Schmidt (Korrespondentin)", 1, { { "Anna Schmidt", "Korrespondentin", NULL } } },
		{ "pt", "Rui Lobo | colunista", 1, { { "Rui Lobo", "colunista", NULL } } },
		/* the title in a later segment, a date or a reading time right
		 * after it in the same segment */
		{ "en", "By <a href=\"/author/nh\" rel=\"author\"><span>Nell Harrow</span> - <span>Staff Writer</span></a> "
		  "<time datetime=\"2019-11-18\">2019-11-18T23:30:00Z</time> <a href=\"/health\">Health</a>", 1,
		  { { "Nell Harrow", "Staff Writer", NULL } } },
		{ "en", "By Nell Harrow - Staff Writer March 3, 2021", 1, { { "Nell Harrow", "Staff Writer", NULL } } },
		{ "de", "Von Anna Schmidt | Korrespondentin 12.03.2021", 1, { { "Anna Schmidt", "Korrespondentin", NULL } } },
		{ "fr", "Par Marie Lebrun | journaliste 5 min de lecture", 1, { { "Marie Lebrun", "journaliste", NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* Particles stay inside the name, in every language. */
static void test_particles_per_language(void **state)
{
	static const audit_case cases[] = {
		{ "en", "By Ahmed al-Sayed", 1, { { "Ahmed al-Sayed", NULL, NULL } } },
		{ "de", "Von Christoph von Ritter und Ursula von der Heide", 2,
		  { { "Christoph von Ritter", NULL, NULL }, { "Ursula von der Heide", NULL, NULL } } },
		{ "fr", "Par Jean de La Salle", 1, { { "Jean de La Salle", NULL, NULL } } },
		{ "es", "Por Ana de la Fuente y José dos Reis", 2,
		  { { "Ana de la Fuente", NULL, NULL }, { "José dos Reis", NULL, NULL } } },
		{ "it", "di Luca Di Stefano e Paola del Monte", 2,
		  { { "Luca Di Stefano", NULL, NULL }, { "Paola del Monte", NULL, NULL } } },
		{ "pt", "Por Maria da Silva", 1, { { "Maria da Silva", NULL, NULL } } },
		{ "pl", "Autor: Piotr van der Berg", 1, { { "Piotr van der Berg", NULL, NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* Picture credits and placeholders name no author. */
static void test_credits_and_placeholders_per_language(void **state)
{
	static const audit_case cases[] = {
		{ "en", "Photo: Owen Tate", 0, { { NULL, NULL, NULL } } },
		{ "en", "By No Author", 0, { { NULL, NULL, NULL } } },
		{ "en", "Staff and news service reports", 0, { { NULL, NULL, NULL } } },
		{ "de", "Bild: Hans Keller", 0, { { NULL, NULL, NULL } } },
		{ "de", "Redaktion", 0, { { NULL, NULL, NULL } } },
		{ "fr", "Photo : Jean Morel", 0, { { NULL, NULL, NULL } } },
		{ "fr", "La rédaction", 0, { { NULL, NULL, NULL } } },
		{ "es", "Redacción", 0, { { NULL, NULL, NULL } } },
		{ "it", "di Redazione", 0, { { NULL, NULL, NULL } } },
		{ "pt", "Da Redação", 0, { { NULL, NULL, NULL } } },
		/* Polish: "Fot." (fotografia) is the credit label, "Redakcja" the desk */
		{ "pl", "Fot. Jan Kowalski", 0, { { NULL, NULL, NULL } } },
		{ "pl", "Zdj. Anna Nowak", 0, { { NULL, NULL, NULL } } },
		{ "pl", "Redakcja", 0, { { NULL, NULL, NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* The words that open a byline, per language, before the names. */
static void test_cue_words_per_language(void **state)
{
	static const audit_case cases[] = {
		{ "it", "A cura di Marco Rossi", 1, { { "Marco Rossi", NULL, NULL } } },
		{ "it", "Scritto da Marco Rossi", 1, { { "Marco Rossi", NULL, NULL } } },
		/* capitalised "Di" opens an Italian byline before two names;
		 * "Di Maio" alone is a surname, and on a Spanish page it stays */
		{ "it", "Di Marco Rossi", 1, { { "Marco Rossi", NULL, NULL } } },
		{ "it", "Di Maio", 1, { { "Di Maio", NULL, NULL } } },
		{ "es", "Di Marco Rossi", 1, { { "Di Marco Rossi", NULL, NULL } } },
		/* the openers written in one case only (meta_byline_words.c's
		 * cased openers): "DI" in capitals as "Di"; one capitalised word
		 * after "Di" is too few; "di" and "de" in lower case open a byline
		 * in any language, and "De" is a name's */
		{ "it", "DI MARCO ROSSI", 1, { { "MARCO ROSSI", NULL, NULL } } },
		{ "it", "Di Marco e Anna Neri", 2, { { "Di Marco", NULL, NULL }, { "Anna Neri", NULL, NULL } } },
		{ "es", "di Marco Rossi", 1, { { "Marco Rossi", NULL, NULL } } },
		{ "pt", "de Rui Lobo", 1, { { "Rui Lobo", NULL, NULL } } },
		{ "pt", "De Souza Lobo", 1, { { "De Souza Lobo", NULL, NULL } } },
		{ "pl", "Napisa\xC5\x82 Jan Kowalski", 1, { { "Jan Kowalski", NULL, NULL } } },
		{ "pl", "Napisa\xC5\x82" "a Anna Nowak", 1, { { "Anna Nowak", NULL, NULL } } },
		{ "pl", "oprac. Jan Kowalski", 1, { { "Jan Kowalski", NULL, NULL } } },
		{ "pl", "Autorka: Anna Nowak", 1, { { "Anna Nowak", NULL, NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* A source credit after the names ends the byline, the names before it
 * kept; a particle piece after a person names where she works or is. */
static void test_source_and_place_after_names(void **state)
{
	static const audit_case cases[] = {
		{ "pl", "Autor: Anna Nowak, \xC5\xB9r\xC3\xB3" "d\xC5\x82o: PAP", 1, { { "Anna Nowak", NULL, NULL } } },
		{ "pl", "Autor: Anna Nowak \xC5\xB9r\xC3\xB3" "d\xC5\x82o: PAP", 1, { { "Anna Nowak", NULL, NULL } } },
		{ "es", "Por Lucía Ramos Fuente: EFE", 1, { { "Lucía Ramos", NULL, NULL } } },
		{ "de", "Von Anna Schmidt Foto: Hans Keller", 1, { { "Anna Schmidt", NULL, NULL } } },
		{ "pt", "Por Rui Lobo, da Reuters", 1, { { "Rui Lobo", NULL, "Reuters" } } },
		{ "pt", "Por Rui Lobo e Ana Souza, do Rio", 2, { { "Rui Lobo", NULL, NULL }, { "Ana Souza", NULL, NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* A title runs on after its joining word; a marker word leads to the
 * organisation. */
static void test_title_joiners_and_markers(void **state)
{
	static const audit_case cases[] = {
		{ "en", "By Nell Harrow, Editor at Harbour Times", 1, { { "Nell Harrow", "Editor", "Harbour Times" } } },
		{ "es", "Por Lucía Ramos, corresponsal para El Diario Sur", 1,
		  { { "Lucía Ramos", "corresponsal", "El Diario Sur" } } },
		{ "es", "Por Lucía Ramos, enviada especial", 1, { { "Lucía Ramos", "enviada especial", NULL } } },
		{ "it", "di Marco Rossi, inviato a Kiev", 1, { { "Marco Rossi", "inviato a Kiev", NULL } } },
		{ "pl", "Jan Kowalski, korespondent w Berlinie", 1, { { "Jan Kowalski", "korespondent w Berlinie", NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* "Read more articles by Nell Harrow…": an ellipsis after the name does
 * not make another person. */
static void test_name_before_ellipsis(void **state)
{
	static const audit_case cases[] = {
		{ "en", "By Nell Harrow\xE2\x80\xA6", 1, { { "Nell Harrow", NULL, NULL } } },
		{ "en", "By Nell Harrow...", 1, { { "Nell Harrow", NULL, NULL } } },
		{ "en", "By <a href=\"/author/nh\" rel=\"author\">Nell Harrow</a> and Nell Harrow\xE2\x80\xA6", 1,
		  { { "Nell Harrow", NULL, NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* A semicolon lists names like a comma, with or without spaces around it;
 * one that closes a character reference left in the text does not. */
static void test_semicolons(void **state)
{
	static const audit_case cases[] = {
		{ "en", "By Nell Harrow ; Owen Tate", 2, { { "Nell Harrow", NULL, NULL }, { "Owen Tate", NULL, NULL } } },
		{ "en", "By Nell Harrow;Owen Tate", 2, { { "Nell Harrow", NULL, NULL }, { "Owen Tate", NULL, NULL } } },
		{ "en", "By Nell Harrow (Political Editor) ; Owen Tate", 2,
		  { { "Nell Harrow", "Political Editor", NULL }, { "Owen Tate", NULL, NULL } } },
		{ "de", "Von Jan M&amp;uuml;ller ; Owen Tate", 2,
		  { { "Jan M&uuml;ller", NULL, NULL }, { "Owen Tate", NULL, NULL } } },
	};

	(void)state;
	CHECK_CASES(cases);
}

/* Metadata that names the site (meta author, og:site_name, a JSON-LD
 * Organization or a Person named like the site, the domain) yields to the
 * visible byline's persons. */
static void test_visible_byline_over_site_metadata(void **state)
{
	static const char *const heads[] = {
		"<meta name=\"author\" content=\"El Faro Sur\"><meta property=\"og:site_name\" content=\"El Faro Sur\">",
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Titular\", \"author\": "
		"{\"@type\": \"Organization\", \"name\": \"El Faro Sur\"}}</script>",
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Titular\", \"author\": "
		"{\"@type\": \"Person\", \"name\": \"El Faro Sur\"}}</script><meta property=\"og:site_name\" content=\"El Faro Sur\">",
		"<meta name=\"author\" content=\"elfarosur.cl\">",
	};
	char html[2048];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
		newsdoc_document *doc;
		snprintf(html, sizeof(html), "<html lang=\"es\"><head><title>Titular de la noticia</title>%s</head>"
			"<body><article><h1>Titular de la noticia</h1><div class=\"byline\">Por Laura Jord\xC3\xA1n / "
			"Javier Urbina</div><p>El texto del art\xC3\xAD" "culo sigue a la firma y es bastante largo para "
			"leerlo como una noticia.</p></article></body></html>", heads[i]);
		doc = parse_page(html, "https://www.elfarosur.cl/noticia/1");
		if (newsdoc_document_author_count(doc) != 2)
			fail_msg("%s: %zu authors, expected 2", heads[i], newsdoc_document_author_count(doc));
		assert_author(doc, 0, "Laura Jord\xC3\xA1n", NULL, NULL);
		assert_author(doc, 1, "Javier Urbina", NULL, NULL);
		newsdoc_document_free(doc);
	}
}

/* JSON-LD names the person, the visible byline her title: the metadata's
 * person takes the title the byline states beside the same name. */
static void test_metadata_person_takes_byline_title(void **state)
{
	const char *html = "<html lang=\"en\"><head><title>A headline for the test</title>"
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"A headline\","
		" \"author\": {\"@type\": \"Person\", \"name\": \"Nell Harrow\"}}</script></head>"
		"<body><article><h1>A headline for the test</h1><p class=\"byline\">By <a href=\"/author/nh\" "
		"rel=\"author\"><span>Nell Harrow</span> - <span>Staff Writer</span></a> <time "
		"datetime=\"2019-11-18\">2019-11-18T23:30:00Z</time> <a href=\"/health\">Health</a></p>"
		"<p>The article text follows the byline and is long enough to read as a story.</p>"
		"</article></body></html>";
	newsdoc_document *doc = parse_page(html, "https://news.example/story");

	(void)state;
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Nell Harrow", "Staff Writer", NULL);
	newsdoc_document_free(doc);
}

/* The same with no byline element: the author's link states the title. */
static void test_metadata_person_takes_link_title(void **state)
{
	const char *html = "<html lang=\"en\"><head><title>A headline for the test</title>"
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"A headline\","
		" \"author\": {\"@type\": \"Person\", \"name\": \"Nell Harrow\"}}</script></head>"
		"<body><article><h1>A headline for the test</h1><div><a href=\"/author/nh\" rel=\"author\">"
		"Nell Harrow | Political Editor</a></div>"
		"<p>The article text follows the byline and is long enough to read as a story.</p>"
		"</article></body></html>";
	newsdoc_document *doc = parse_page(html, "https://news.example/story");

	(void)state;
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Nell Harrow", "Political Editor", NULL);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_and_affiliation_per_language),
		cmocka_unit_test(test_particles_per_language),
		cmocka_unit_test(test_credits_and_placeholders_per_language),
		cmocka_unit_test(test_cue_words_per_language),
		cmocka_unit_test(test_source_and_place_after_names),
		cmocka_unit_test(test_title_joiners_and_markers),
		cmocka_unit_test(test_name_before_ellipsis),
		cmocka_unit_test(test_semicolons),
		cmocka_unit_test(test_visible_byline_over_site_metadata),
		cmocka_unit_test(test_metadata_person_takes_byline_title),
		cmocka_unit_test(test_metadata_person_takes_link_title),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
