/*
 * Roles and affiliations of issue 14 item 4 (meta_byline_role.c,
 * meta_byline_card.c): a title word that qualifies the next ("Head
 * Winemaker"), two titles of one role ("Editor, Founder"), a marked
 * designation ("CFP®") that is no second person, and the title line an
 * author card sets beside the name. Each page is written for the test.
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

static void check_role_cases(const role_case *cases, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const role_case *c = &cases[i];
		char html[4096];
		newsdoc_document *doc;
		const newsdoc_author *a;

		snprintf(html, sizeof(html), "<html lang=\"%s\"><head><title>A headline for the test</title>%s</head>"
			"<body><article><h1>A headline for the test</h1>%s"
			"<p>The article text follows the byline and is long enough to read as a story.</p>"
			"<p>A second paragraph of the story, so that the page reads as an article.</p>"
			"</article></body></html>", c->lang, c->head ? c->head : "", c->body);
		doc = parse_page(html, "https://news.example/2024/story");
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
		/* a title after a name that is not the title's: no second title */
		{ "en", "<div class=\"byline\">By Ada Finch, Editor, and Bo Lund, Founder</div>", NULL, 2,
		  "Ada Finch", "Editor", NULL },
		/* a designation with its registered mark is no one's name */
		{ "en", "<div class=\"byline\">Written by Rhea Stone, CEPF\xC2\xAE | Edited by Mo White, CFP\xC2\xAE</div>",
		  NULL, 1, "Rhea Stone", NULL, NULL },
		{ "en", "<div class=\"byline\">By Rhea Stone, CFP\xE2\x84\xA2</div>", NULL, 1, "Rhea Stone", NULL, NULL },
	};

	(void)state;
	CHECK(cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_words_in_bylines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
