/*
 * Roles and affiliations of issue 14 item 4 (meta_byline_role.c,
 * meta_byline_card.c): a title word that qualifies the next ("Head
 * Winemaker"), two titles of one role ("Editor, Founder"), the title
 * line an author card sets beside the name, a bio's sentence. Each page is written for the test.
 */
#include <stdlib.h>
#include <string.h>

#include "test_metadata_util.h"

typedef struct role_case {
	const char *lang;
	const char *body;   /* markup before the article text */
	const char *head;   /* markup in <head> */
	size_t count;
	const char *name, *role, *affiliation; /* the first person */
} role_case;

static int same(const char *got, const char *expected)
{
	return got && expected ? !strcmp(got, expected) : got == expected;
}

/* A story page in `lang` with `head` and the byline markup `body`. */
static newsdoc_document *story(const char *lang, const char *head, const char *body)
{
	char html[4096];

	snprintf(html, sizeof(html), "<html lang=\"%s\"><head><title>A headline for the test</title>%s</head>"
		"<body><article><h1>A headline for the test</h1>%s"
		"<p>The article text follows the byline and is long enough to read as a story.</p>"
		"<p>A second paragraph of the story, so that the page reads as an article.</p>"
		"</article></body></html>", lang, head ? head : "", body);
	return parse_page(html, "https://news.example/2024/story");
}

static void check_role_cases(const role_case *cases, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const role_case *c = &cases[i];
		newsdoc_document *doc = story(c->lang, c->head, c->body);
		const newsdoc_author *a;

		if (newsdoc_document_author_count(doc) != c->count)
			fail_msg("case %zu: %zu authors, expected %zu", i, newsdoc_document_author_count(doc), c->count);
		a = newsdoc_document_author_at(doc, 0);
		if (c->count && (!same(newsdoc_author_name(a), c->name) || !same(newsdoc_author_role(a), c->role) ||
		    !same(newsdoc_author_affiliation(a), c->affiliation)))
			fail_msg("case %zu: \"%s\" / \"%s\" / \"%s\"", i, newsdoc_author_name(a),
				newsdoc_author_role(a) ? newsdoc_author_role(a) : "(none)",
				newsdoc_author_affiliation(a) ? newsdoc_author_affiliation(a) : "(none)");
		newsdoc_document_free(doc);
	}
}

#define CHECK(cases) check_role_cases(cases, sizeof(cases) / sizeof(cases[0]))

/* The byline states the role: where it ends, and what goes on after it. */
static void test_role_words_in_bylines(void **state)
{
	static const role_case cases[] = {
		/* a qualifying title word takes the next word into the title */
		{ "en", "<div class=\"byline\">By Ada Finch, Senior Gardener at Hollow Farm</div>", NULL, 1,
		  "Ada Finch", "Senior Gardener", "Hollow Farm" },
		{ "en", "<div class=\"byline\">By Ada Finch, Head Beekeeper</div>", NULL, 1,
		  "Ada Finch", "Head Beekeeper", NULL },
		/* two titles, one role; the card's name and title set apart */
		{ "en", "<div class=\"author-card\"><h2>Matt Rowan</h2><div>Head Cellarman, Co-Founder</div></div>",
		  NULL, 1, "Matt Rowan", "Head Cellarman, Co-Founder", NULL },
		{ "en", "<div class=\"byline\">By Ada Finch, Editor, Founder</div>", NULL, 1,
		  "Ada Finch", "Editor, Founder", NULL },
		/* after "and", a person, not where the one before works */
		{ "en", "<div class=\"byline\">By Ada Finch, Political Editor, and Bo Lund</div>", NULL, 2,
		  "Ada Finch", "Political Editor", NULL },
		/* a title after a name that is not the title's: no second title */
		{ "en", "<div class=\"byline\">By Ada Finch, Editor, and Bo Lund, Founder</div>", NULL, 2,
		  "Ada Finch", "Editor", NULL },
	};

	(void)state;
	CHECK(cases);
}

/* The byline names the person; a card beside the name states her title. */
static void test_author_cards(void **state)
{
	static const char jsonld[] = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
		" \"author\": {\"@type\": \"Person\", \"name\": \"Ada Finch\"}}</script>";
	static const role_case cases[] = {
		/* the title line after the heading the name ends */
		{ "en", "<div class=\"card\"><h3><a href=\"/author/ada-finch\">Ada Finch</a></h3>"
		  "<div class=\"person-title\"><div>Special Assistant to the Director</div></div></div>", jsonld, 1,
		  "Ada Finch", "Special Assistant to the Director", NULL },
		/* the line after the name is a bio's sentence: read as a bio */
		{ "en", "<div class=\"card\"><h4><a href=\"/author/ada-finch\">Ada Finch</a></h4>"
		  "<p>Ada is a senior editor at Hollow Gazette.</p></div>", jsonld, 1,
		  "Ada Finch", "senior editor", "Hollow Gazette" },
		/* the separator after the name is no part of the title */
		{ "en", "<div class=\"card\"><span class=\"author-name\"><a href=\"/author/ada-finch\">Ada Finch</a>"
		  "<span>, Home Garden Consultant</span></span></div>", jsonld, 1, "Ada Finch", "Home Garden Consultant", NULL },
		{ "en", "<div class=\"card\"><h4><a href=\"/author/ada-finch\">Ada Finch</a></h4>"
		  "<p>| Senior Editor</p></div>", jsonld, 1, "Ada Finch", "Senior Editor", NULL },
		/* classed as the author's title, with no title word */
		{ "en", "<div><span class=\"author-name\"><a href=\"/author/ada-finch\">Ada Finch</a></span> "
		  "<span class=\"author-title\">Gardener &amp; Beekeeper</span></div>", NULL, 1,
		  "Ada Finch", "Gardener & Beekeeper", NULL },
		{ "de", "<div><a href=\"/ada\">Ada Finch</a> <span class=\"autor__funktion\">Gartenbau</span></div>",
		  jsonld, 1, "Ada Finch", "Gartenbau", NULL },
		/* a sentence-like line: role, then where she works */
		{ "en", "<div><a href=\"https://people.example/ada\">Ada Finch</a><p>Senior editor at Hollow Post.</p></div>",
		  jsonld, 1, "Ada Finch", "Senior editor", "Hollow Post" },
		/* a bio opening with the title in brackets */
		{ "en", "<footer><h6><a rel=\"author\" href=\"/author/ada\">Ada Finch</a></h6>"
		  "<p>(Editor / Journalist) \xE2\x80\x93 Ada comes from a family of gardeners and writes every week.</p></footer>",
		  jsonld, 1, "Ada Finch", "Editor / Journalist", NULL },
		/* the name after the byline's opening word, with a no-break space */
		{ "en", "<div><span>By Ada&nbsp;Finch</span><span class=\"author-role\">Garden Desk</span></div>",
		  jsonld, 1, "Ada Finch", "Garden Desk", NULL },
		{ "de", "<div><span>Von ADA FINCH</span> <span class=\"autor-funktion\">Gartenbau</span></div>",
		  jsonld, 1, "Ada Finch", "Gartenbau", NULL },
		/* before the name, only a line classed as a role */
		{ "en", "<div class=\"byline\"><span class=\"role\">Political Editor</span> <a href=\"/author/ada\">Ada Finch</a></div>",
		  jsonld, 1, "Ada Finch", "Political Editor", NULL },
		{ "en", "<div><span>Political Editor</span> <a href=\"/author/ada\">Ada Finch</a></div>",
		  jsonld, 1, "Ada Finch", NULL, NULL },
		/* the line's pieces at commas: a title, then where she works */
		{ "en", "<div><a href=\"/ada\">Ada Finch</a><span class=\"author-title\">Vice President of Sales,"
		  " Harbour Group</span></div>", jsonld, 1, "Ada Finch", "Vice President of Sales", "Harbour Group" },
		{ "en", "<div><a href=\"/ada\">Ada Finch</a><span>Former Senior Editor, Garden</span></div>", jsonld, 1,
		  "Ada Finch", "Former Senior Editor", "Garden" },
		/* Norwegian "i": the place is the title's */
		{ "nb", "<div><a href=\"/ada\">Ada Finch</a><span class=\"author__role\">Journalist i Paris</span></div>",
		  jsonld, 1, "Ada Finch", "Journalist i Paris", NULL },
		/* not a title line: a headline classed only as a title, a date,
		 * a long line, text between the name and the line */
		{ "en", "<div><span class=\"author\">Ada Finch</span><h4 class=\"title\">Garden notes for May</h4></div>",
		  jsonld, 1, "Ada Finch", NULL, NULL },
		{ "en", "<div><a href=\"/ada\">Ada Finch</a><span>Editor, 12 May 2024</span></div>", jsonld, 1,
		  "Ada Finch", NULL, NULL },
		{ "en", "<div><a href=\"/ada\">Ada Finch</a><p>Editor of the garden pages and of many other pages for"
		  " readers who love their garden and its birds and bees</p></div>", jsonld, 1, "Ada Finch", NULL, NULL },
		{ "en", "<div><a href=\"/ada\">Ada Finch</a> wrote this with <span>Senior Editor</span></div>", jsonld, 1,
		  "Ada Finch", NULL, NULL },
		/* a line that links elsewhere, a box of other people */
		{ "en", "<div><a href=\"/ada\">Ada Finch</a><span><a href=\"/bo\">Bo Lund, Senior Editor</a></span></div>",
		  jsonld, 1, "Ada Finch", NULL, NULL },
		{ "en", "<p>Words by <a href=\"/author/ada\">Ada Finch</a></p><div class=\"related\">Senior Editor</div>",
		  jsonld, 1, "Ada Finch", NULL, NULL },
	};

	(void)state;
	CHECK(cases);
}

/* JSON-LD naming Ada Finch and Bo Lund. */
#define TWO_AUTHORS "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": [" \
	"{\"@type\": \"Person\", \"name\": \"Ada Finch\"}, {\"@type\": \"Person\", \"name\": \"Bo Lund\"}]}</script>"

/* Cards in a row read as one byline: the first person's role is not the
 * next person's name and title. JSON-LD names the author without her
 * page: the byline's link to it, by the same name, gives the address,
 * made absolute. */
static void test_cards_in_a_row_and_links(void **state)
{
	newsdoc_document *doc = story("en", TWO_AUTHORS, "<div class=\"authors\">"
		"<div><a href=\"/author/ada\">Ada Finch</a><span class=\"role\">Editor</span></div>"
		"<div><a href=\"/author/bo\">Bo Lund</a><span class=\"role\">Reporter</span></div></div>");

	(void)state;
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_field(newsdoc_author_role(newsdoc_document_author_at(doc, 0)), "Editor");
	assert_field(newsdoc_author_role(newsdoc_document_author_at(doc, 1)), "Reporter");
	assert_field(newsdoc_author_url(newsdoc_document_author_at(doc, 1)), "https://news.example/author/bo");
	newsdoc_document_free(doc);
	doc = story("en", TWO_AUTHORS, "<p>By <a href=\"/author/ada-finch\">Ada Finch</a>, Political Editor,"
		" and Bo Lund</p>");
	assert_field(newsdoc_author_role(newsdoc_document_author_at(doc, 0)), "Political Editor");
	assert_field(newsdoc_author_url(newsdoc_document_author_at(doc, 0)), "https://news.example/author/ada-finch");
	assert_null(newsdoc_author_url(newsdoc_document_author_at(doc, 1)));
	newsdoc_document_free(doc);
}

/* A bio's sentence after the name: the role after the verb, an
 * article and a possessive; the organisation after its word, to the end
 * of the clause. */
static void test_bio_sentences(void **state)
{
	static const char jsonld[] = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
		" \"author\": {\"@type\": \"Person\", \"name\": \"Ada Finch\"}}</script>";
	static const role_case cases[] = {
		{ "en", "<p>Ada Finch is the paper&#39;s Political Editor.</p>", jsonld, 1,
		  "Ada Finch", "Political Editor", NULL },
		{ "en", "<div class=\"about\"><p>Author <a href=\"/team/ada\">Ada Finch</a> is the Head Cellarman and"
		  " Co-Founder of Hollow Beast Winehouse, bringing a decade of work.</p></div>", jsonld, 1,
		  "Ada Finch", "Head Cellarman and Co-Founder", "Hollow Beast Winehouse" },
		{ "en", "<p>Ada Finch is a breaking news reporter for Hollow Post and is based in Leeds.</p>", jsonld, 1,
		  "Ada Finch", "breaking news reporter", "Hollow Post" },
		{ "en", "<p>Ada Finch is Director of Communications.</p>", jsonld, 1,
		  "Ada Finch", "Director of Communications", NULL },
		{ "de", "<p>Ada Finch ist Redakteurin bei der Hollow Post.</p>", jsonld, 1,
		  "Ada Finch", "Redakteurin", "Hollow Post" },
		/* the sentence's article is no part of the paper's name; a named
		 * possessor is where she works */
		{ "en", "<p>Ada Finch is a reporter for the Hollow Post.</p>", jsonld, 1,
		  "Ada Finch", "reporter", "Hollow Post" },
		{ "en", "<p>Ada Finch is the Hollow Times&#39; political editor.</p>", jsonld, 1,
		  "Ada Finch", "political editor", "Hollow Times" },
		{ "en", "<p>Ada Finch is Hollow Gazette&#8217;s senior editor.</p>", jsonld, 1,
		  "Ada Finch", "senior editor", "Hollow Gazette" },
		{ "pl", "<p>Ada Finch jest dziennikarka dla Hollow Post.</p>", jsonld, 1,
		  "Ada Finch", "dziennikarka", "Hollow Post" },
		/* no title word soon after the verb: no role */
		{ "en", "<p>Ada Finch is a keen gardener who once worked as an editor.</p>", jsonld, 1,
		  "Ada Finch", NULL, NULL },
		{ "en", "<p>Ada Finch said the editor was right.</p>", jsonld, 1, "Ada Finch", NULL, NULL },
	};

	(void)state;
	CHECK(cases);
}

/* The organisation after a role is where the person works, whatever
 * stands between: a name's own title, a bracket. */
static void test_affiliation_after_role(void **state)
{
	static const role_case cases[] = {
		/* name, title and paper in one run (a line break between) */
		{ "en", "<div class=\"byline\"><a rel=\"author\" href=\"/people/ada-finch\">Ada Finch</a><br>"
		  "Senior Correspondent, Hollow Gazette</div>", NULL, 1, "Ada Finch", "Senior Correspondent",
		  "Hollow Gazette" },
		{ "en", "<div class=\"byline\">By Ada Finch Senior Correspondent, Hollow Gazette</div>", NULL, 1,
		  "Ada Finch", "Senior Correspondent", "Hollow Gazette" },
		/* a bracket holding both */
		{ "en", "<div class=\"byline\">By Ada Finch (Senior Correspondent, Hollow Gazette)</div>", NULL, 1,
		  "Ada Finch", "Senior Correspondent", "Hollow Gazette" },
		/* a publication's name after the person, no title between */
		{ "en", "<div class=\"byline\">By Ada Finch, Hollow Gazette</div>", NULL, 1,
		  "Ada Finch", NULL, "Hollow Gazette" },
		{ "en", "<div class=\"byline\">By Ada Finch, Bo Lund</div>", NULL, 2, "Ada Finch", NULL, NULL },
		/* a second person after the bracket stays a person */
		{ "en", "<div class=\"byline\">By Ada Finch (Senior Correspondent) and Bo Lund</div>", NULL, 2,
		  "Ada Finch", "Senior Correspondent", NULL },
	};
	(void)state;
	CHECK(cases);
}

/* Role words are data per language: a title in lower case after the
 * name is her role, not a second person; a title word after the noun it
 * qualifies stays in the role. */
static void test_role_words_per_language(void **state)
{
	static const role_case cases[] = {
		{ "nl", "<div class=\"byline\">Door Anna de Wit, verslaggever</div>", NULL, 1,
		  "Anna de Wit", "verslaggever", NULL },
		{ "cs", "<div class=\"byline\">Jana Horká, zpravodajka</div>", NULL, 1, "Jana Horká", "zpravodajka", NULL },
		{ "lt", "<div class=\"byline\">Rasa Kalnė, žurnalistė</div>", NULL, 1, "Rasa Kalnė", "žurnalistė", NULL },
		{ "tr", "<div class=\"byline\">Ayla Derin, muhabir</div>", NULL, 1, "Ayla Derin", "muhabir", NULL },
		{ "en", "<div class=\"byline\">By Ada Finch, Nutritionist</div>", NULL, 1, "Ada Finch", "Nutritionist", NULL },
		{ "en", "<div class=\"byline\">Ada Finch, Software Engineer</div>", NULL, 1,
		  "Ada Finch", "Software Engineer", NULL },
		{ "ru", "<div class=\"byline\">Анна Волкова, корреспондент</div>", NULL, 1,
		  "Анна Волкова", "корреспондент", NULL },
		{ "es", "<div class=\"byline\">Por Ana Brezo, redactora jefa</div>", NULL, 1,
		  "Ana Brezo", "redactora jefa", NULL },
		{ "fr", "<div class=\"byline\">Par Marie Lande, envoyée spéciale à Lyon</div>", NULL, 1,
		  "Marie Lande", "envoyée spéciale", NULL },
	};
	(void)state;
	CHECK(cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_words_in_bylines),
		cmocka_unit_test(test_author_cards),
		cmocka_unit_test(test_bio_sentences),
		cmocka_unit_test(test_cards_in_a_row_and_links),
		cmocka_unit_test(test_affiliation_after_role),
		cmocka_unit_test(test_role_words_per_language),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
