/*
 * The words that join names in a byline are the page's language's: Dutch
 * "en" joins two people on a Dutch page, but on a Spanish page "RT en
 * Español" is one name. A page that states no language is read with every
 * language's conjunctions.
 */
#include <stdlib.h>
#include <string.h>

#include "test_metadata_util.h"

typedef struct language_case {
	const char *lang;   /* <html lang>, NULL for none */
	const char *head;   /* inside <head> */
	const char *body;   /* before the article text */
	size_t count;
	const char *names[3];
} language_case;

static void check_language_case(const language_case *c)
{
	char html[2048];
	newsdoc_document *doc;
	size_t i;

	snprintf(html, sizeof(html), "<html%s%s%s><head><title>Un titular para la prueba</title>%s</head>"
		"<body><h1>Un titular para la prueba</h1>%s"
		"<p>The article text follows the byline and is long enough to read.</p></body></html>",
		c->lang ? " lang=\"" : "", c->lang ? c->lang : "", c->lang ? "\"" : "", c->head, c->body);
	doc = parse_page(html, NULL);
	if (newsdoc_document_author_count(doc) != c->count)
		fail_msg("lang %s, %s%s: %zu authors, expected %zu", c->lang ? c->lang : "none", c->head, c->body,
			newsdoc_document_author_count(doc), c->count);
	for (i = 0; i < c->count; i++)
		assert_author(doc, i, c->names[i], NULL, NULL);
	newsdoc_document_free(doc);
}

static void test_conjunctions_per_language(void **state)
{
	static const language_case cases[] = {
		/* Spanish: "en" is "in", never between two people: the channel
		 * is not cut into "Canal Norte" and "Español" (a lower-case word
		 * inside makes it no plausible name, so nobody is named) */
		{ "es", "<meta name=\"author\" content=\"Canal Norte en Español\">", "", 0, { NULL } },
		{ "es-MX", "", "<div class=\"byline\">Por Lucía Ramos en Madrid</div>", 0, { NULL } },
		/* Dutch: "en" is "and" */
		{ "nl", "", "<div class=\"byline\">Door Anneke Visser en Joost Bakker</div>", 2,
		  { "Anneke Visser", "Joost Bakker" } },
		/* no language stated: every table's words */
		{ NULL, "", "<div class=\"byline\">Door Anneke Visser en Joost Bakker</div>", 2,
		  { "Anneke Visser", "Joost Bakker" } },
		/* a language's own words, and "&" in every language */
		{ "es", "", "<div class=\"byline\">Por Lucía Ramos y Tomás Vidal</div>", 2, { "Lucía Ramos", "Tomás Vidal" } },
		{ "pt_BR", "", "<div class=\"byline\">Por Ana Souza e Rui Lobo</div>", 2, { "Ana Souza", "Rui Lobo" } },
		{ "es", "", "<div class=\"byline\">Por Lucía Ramos &amp; Tomás Vidal</div>", 2, { "Lucía Ramos", "Tomás Vidal" } },
		{ "en", "", "<div class=\"byline\">By Mara Quill and Owen Tate</div>", 2, { "Mara Quill", "Owen Tate" } },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_language_case(&cases[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_conjunctions_per_language),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
