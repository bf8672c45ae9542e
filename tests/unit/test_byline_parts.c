/*
 * A byline element's parts are set apart by style, not by spaces in the
 * markup: "<a>Jane Doe</a><span>Political Editor</span>" shows a name and
 * a title, never the name "Jane DoePolitical". Every element inside a
 * byline is read as a word break; names written over several elements stay
 * whole.
 */
#include <stdlib.h>
#include <string.h>

#include "test_metadata_util.h"

typedef struct parts_case {
	const char *lang;
	const char *byline; /* markup before the article text */
	size_t count;
	const char *names[2];
	const char *role;        /* of the first person */
	const char *affiliation; /* of the first person */
} parts_case;

static void check_parts_case(const parts_case *c)
{
	char html[8192];
	newsdoc_document *doc;
	size_t i;

	snprintf(html, sizeof(html), "<html lang=\"%s\"><head><title>A headline for the test</title></head>"
		"<body><h1>A headline for the test</h1>%s"
		"<p>The article text follows the byline and is long enough to read.</p></body></html>",
		c->lang, c->byline);
	doc = parse_page(html, NULL);
	if (newsdoc_document_author_count(doc) != c->count)
		fail_msg("%s: %zu authors, expected %zu (first: %s)", c->byline, newsdoc_document_author_count(doc),
			c->count, newsdoc_document_author_count(doc) ?
			newsdoc_author_name(newsdoc_document_author_at(doc, 0)) : "none");
	for (i = 0; i < c->count; i++)
		assert_author(doc, i, c->names[i], i ? NULL : c->role, i ? NULL : c->affiliation);
	newsdoc_document_free(doc);
}

static void check_parts_cases(const parts_case *cases, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		check_parts_case(&cases[i]);
}

static void test_parts_of_a_byline(void **state)
{
	static const parts_case cases[] = {
		/* name and title side by side, no space between in the markup */
		{ "en", "<div class=\"byline\"><a href=\"/people/nell\">Nell Harrow</a><span>Political Editor</span></div>",
		  1, { "Nell Harrow" }, "Political Editor", NULL },
		{ "en", "<div class=\"byline\"><span class=\"name\">Orla Penrice</span><span class=\"job\">Chief "
		  "Correspondent</span><span class=\"org\">Harbour Times</span></div>",
		  1, { "Orla Penrice" }, "Chief Correspondent", "Harbour Times" },
		{ "fr", "<div class=\"article-author\"><span class=\"author-name\">Marie Lestrade</span><span "
		  "class=\"author-job\">Journaliste</span></div>", 1, { "Marie Lestrade" }, "Journaliste", NULL },
		{ "de", "<div class=\"autor\"><a href=\"/p/anna\">Anna Feldmann</a><span>Korrespondentin</span></div>",
		  1, { "Anna Feldmann" }, "Korrespondentin", NULL },
		/* names over several elements stay whole; two links stay two people */
		{ "en", "<div class=\"byline\">By <span>Tam</span> <span>Ruiz</span></div>", 1, { "Tam Ruiz" }, NULL, NULL },
		{ "en", "<div class=\"byline\">By <a href=\"/p/a\">Mara Quill</a> and <a href=\"/p/b\">Owen Tate</a></div>",
		  2, { "Mara Quill", "Owen Tate" }, NULL, NULL },
		{ "en", "<p class=\"byline\">By <a href=\"/p/a\">Mara Quill</a>, <b>Senior Reporter</b></p>",
		  1, { "Mara Quill" }, "Senior Reporter", NULL },
		/* punctuation after an element still belongs to what precedes it */
		{ "en", "<div class=\"byline\">By <a href=\"/p/a\">Mara Quill</a>, <a href=\"/p/b\">Owen Tate</a></div>",
		  2, { "Mara Quill", "Owen Tate" }, NULL, NULL },
		{ "en", "<div class=\"byline\">By <a href=\"/p/a\">Mara Quill</a> (<span>Political Editor</span>)</div>",
		  1, { "Mara Quill" }, "Political Editor", NULL },
	};
	(void)state;
	check_parts_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* The same inside an author's link and in an unmarked credit line. */
static void test_parts_of_a_link_or_line(void **state)
{
	static const parts_case cases[] = {
		{ "en", "<div><a rel=\"author\" href=\"/author/nell\"><span>Nell Harrow</span><span>Senior Writer</span>"
		  "</a></div>", 1, { "Nell Harrow" }, "Senior Writer", NULL },
		{ "en", "<p>By <a href=\"/people/nell\">Nell Harrow</a><span>Senior Writer</span></p>",
		  1, { "Nell Harrow" }, "Senior Writer", NULL },
		{ "fr", "<p>Par <a href=\"/auteur/marie\">Marie Lestrade</a><span>Journaliste</span></p>",
		  1, { "Marie Lestrade" }, "Journaliste", NULL },
	};
	(void)state;
	check_parts_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A byline whose name is missing names nobody: its opening word ("By")
 * is no author, whether the name's element is empty or nested deeper than
 * a byline's text is read (a hostile page: 200 <span>s). */
static void test_prefix_without_a_name(void **state)
{
	static char deep[4096];
	static const parts_case cases[] = {
		{ "en", "<div class=\"byline\">By</div>", 0, { NULL }, NULL, NULL },
		{ "en", "<div class=\"byline\">By <span></span>, Political Editor</div>", 0, { NULL }, NULL, NULL },
		{ "fr", "<div class=\"byline\">Par :</div>", 0, { NULL }, NULL, NULL },
		{ "en", "<div class=\"byline\">Byron Tate, Political Editor</div>", 1, { "Byron Tate" },
		  "Political Editor", NULL },
	};
	parts_case nested = { "en", deep, 0, { NULL }, NULL, NULL };
	size_t i, at;

	(void)state;
	check_parts_cases(cases, sizeof(cases) / sizeof(cases[0]));
	at = (size_t)sprintf(deep, "<div class=\"byline\">By ");
	for (i = 0; i < 200; i++)
		at += (size_t)sprintf(deep + at, "<span>");
	at += (size_t)sprintf(deep + at, "Jane Doe");
	for (i = 0; i < 200; i++)
		at += (size_t)sprintf(deep + at, "</span>");
	sprintf(deep + at, ", Political Editor</div>");
	check_parts_case(&nested);
}

/* An unmarked credit line inside a link to another story is that teaser's
 * credit, not the page's; inside a link to the author's page it is the
 * page's byline. */
static void test_credit_line_in_a_teaser_link(void **state)
{
	static const parts_case cases[] = {
		{ "de", "<p>Von Lena Marquardt</p><div><a href=\"/wirtschaft/banken-1\"><span>Banken in Not</span>"
		  "<span>Von Ines Brandt, Washington</span></a></div>", 1, { "Lena Marquardt" }, NULL, NULL },
		{ "de", "<div><a href=\"/wirtschaft/banken-1\"><span>Banken in Not</span>"
		  "<span>Von Ines Brandt, Washington</span></a></div>", 0, { NULL }, NULL, NULL },
		{ "en", "<div><a href=\"/author/nell-harrow\"><span>By Nell Harrow</span></a></div>",
		  1, { "Nell Harrow" }, NULL, NULL },
	};
	(void)state;
	check_parts_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parts_of_a_byline),
		cmocka_unit_test(test_parts_of_a_link_or_line),
		cmocka_unit_test(test_prefix_without_a_name),
		cmocka_unit_test(test_credit_line_in_a_teaser_link),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
