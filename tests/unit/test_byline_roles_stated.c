/*
 * Roles and affiliations only where the page states them with the name,
 * and read from the shapes a byline states them in (meta_role_stated.c,
 * meta_byline_staff.c): metadata's job title is no role the reader sees;
 * the visible byline's role beats metadata's. Each page is written for
 * the test.
 */
#include <stdlib.h>
#include <string.h>

#include "test_metadata_util.h"

/* JSON-LD naming Ada Finch with a job title and an employer. */
#define ADA_WITH_TITLE "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": " \
	"{\"@type\": \"Person\", \"name\": \"Ada Finch\", \"jobTitle\": \"Editor\", " \
	"\"worksFor\": {\"@type\": \"Organization\", \"name\": \"Hollow Post\"}}}</script>"

/* Parse a story page in `lang` with `head` and the byline markup `body`;
 * expect `count` authors, the one at `index` with these fields. */
static void expect_author(const char *lang, const char *head, const char *body, size_t count, size_t index,
	const char *name, const char *role, const char *affiliation)
{
	char html[4096];
	newsdoc_document *doc;
	const newsdoc_author *a;

	snprintf(html, sizeof(html), "<html lang=\"%s\"><head><title>A story for the test</title>%s</head>"
		"<body><article><h1>A story for the test</h1>%s"
		"<p>The story's first paragraph is long enough to be read as the text of an article.</p>"
		"<p>Its second paragraph makes sure that the page reads as a news article.</p>"
		"</article></body></html>", lang, head, body);
	doc = parse_page(html, "https://news.example/2025/story");
	assert_int_equal(newsdoc_document_author_count(doc), count);
	a = newsdoc_document_author_at(doc, index);
	assert_field(newsdoc_author_name(a), name);
	assert_field(newsdoc_author_role(a), role);
	assert_field(newsdoc_author_affiliation(a), affiliation);
	newsdoc_document_free(doc);
}

/* JSON-LD's jobTitle and worksFor: kept when the byline shows them or
 * the page shows no byline, dropped when a byline shows the name alone,
 * beaten by the byline's own. */
static void test_metadata_details_only_when_shown(void **state)
{
	(void)state;
	expect_author("en", ADA_WITH_TITLE, "<p class=\"byline\">By Ada Finch</p>", 1, 0, "Ada Finch", NULL, NULL);
	expect_author("en", ADA_WITH_TITLE, "<p class=\"byline\">By Ada Finch, Editor, Hollow Post</p>", 1, 0,
		"Ada Finch", "Editor", "Hollow Post");
	expect_author("en", ADA_WITH_TITLE, "<p class=\"byline\">By Ada Finch, Political Editor</p>", 1, 0,
		"Ada Finch", "Political Editor", NULL);
	/* no byline on the page: metadata is the page's only statement of
	 * who wrote it, and its job title stands with the name */
	expect_author("en", ADA_WITH_TITLE, "", 1, 0, "Ada Finch", "Editor", "Hollow Post");
	/* a short detail inside a name's letters is not stated */
	expect_author("en", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": "
		"{\"@type\": \"Person\", \"name\": \"Ada Appleby\", \"worksFor\": {\"@type\": \"Organization\", "
		"\"name\": \"AP\"}}}</script>", "<p class=\"byline\">By Ada Appleby</p>", 1, 0, "Ada Appleby", NULL, NULL);
	/* a title in another script, as written in <meta name=author> */
	expect_author("ko", "<meta name=\"author\" content=\"\xEB\xB0\x95\xEC\xA4\x80\xEC\x84\x9D \xEA\xB8\xB0\xEC\x9E\x90"
		" \xEC\x99\xB8 1\xEB\xAA\x85\">", "<p>x</p>", 1, 0, "\xEB\xB0\x95\xEC\xA4\x80\xEC\x84\x9D",
		"\xEA\xB8\xB0\xEC\x9E\x90", NULL);
}

/* "/ Harbour Shimbun Staff Writers": each writer's title and paper; a
 * singular title the last person's, when a publication's word names the
 * paper; a person's name before a title stays a person. */
static void test_staff_title_after_names(void **state)
{
	static const char plural[] = "<p class=\"byline\">By Ada Finch and Bo Lund / Harbour Shimbun Staff Writers</p>";
	(void)state;
	expect_author("en", "", plural, 2, 0, "Ada Finch", "Staff Writer", "Harbour Shimbun");
	expect_author("en", "", plural, 2, 1, "Bo Lund", "Staff Writer", "Harbour Shimbun");
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, Hollow Times Staff Writer</p>", 1, 0,
		"Ada Finch", "Staff Writer", "Hollow Times");
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, Bo Lund Staff Writer</p>", 2, 0,
		"Ada Finch", NULL, NULL);
	/* a two-word name before a title is a person, not part of a title */
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, Bo Lund Reporter</p>", 2, 0,
		"Ada Finch", NULL, NULL);
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, Bo Lund Reporter</p>", 2, 1,
		"Bo Lund", "Reporter", NULL);
	/* an agency's acronym opens a title */
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, AP Garden Writer</p>", 1, 0,
		"Ada Finch", "AP Garden Writer", NULL);
}

/* "By Ada Finch, Reuters": the agency is her affiliation and still
 * credited; after "and", or after two people, it is nobody's. */
static void test_agency_after_one_person(void **state)
{
	(void)state;
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, Reuters</p>", 2, 0, "Ada Finch", NULL, "Reuters");
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, Reuters</p>", 2, 1, "Reuters", NULL, NULL);
	expect_author("en", "", "<p class=\"byline\">By Ada Finch and AP</p>", 2, 0, "Ada Finch", NULL, NULL);
	expect_author("de", "", "<p class=\"byline\">Ada Finch, Bo Lund, dpa</p>", 3, 1, "Bo Lund", NULL, NULL);
}

/* Two author cards side by side, each a name and ", <title>": set apart
 * from the name, "Expert" ends a title as "Editor" does. */
static void test_side_by_side_cards(void **state)
{
	static const char cards[] = "<span class=\"author-meta\"><a href=\"/a/ada\">Ada Finch</a>"
		"<span>, Garden Safety Expert</span></span><span>&amp;</span><span class=\"author-meta\">"
		"<a href=\"/a/bo\">Bo Lund</a><span>, Home Garden Expert</span></span>";
	static const char two[] = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": ["
		"{\"@type\": \"Person\", \"name\": \"Ada Finch\"}, {\"@type\": \"Person\", \"name\": \"Bo Lund\"}]}"
		"</script>";
	(void)state;
	expect_author("en", "", cards, 1, 0, "Ada Finch", "Garden Safety Expert", NULL);
	expect_author("en", two, cards, 2, 1, "Bo Lund", "Home Garden Expert", NULL);
	/* run on after a name, "Expert" ends a brand, not a title */
	expect_author("en", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": "
		"{\"@type\": \"Person\", \"name\": \"Hollow Garden Expert\"}}</script>", "", 1, 0,
		"Hollow Garden Expert", NULL, NULL);
}

/* "Anna Roth, NDR": a short name in capitals after a person is her
 * affiliation and an organisation, not a second person; a city in
 * capitals is not one. */
static void test_acronym_after_person(void **state)
{
	(void)state;
	expect_author("de", "", "<p class=\"byline\">Anna Roth, NDR</p>", 2, 0, "Anna Roth", NULL, "NDR");
	expect_author("de", "", "<p class=\"byline\">Von Anna Roth, ARD-Hauptstadtstudio</p>", 2, 0,
		"Anna Roth", NULL, "ARD-Hauptstadtstudio");
	expect_author("en", "", "<p class=\"byline\">By Ada Finch, ROME</p>", 2, 0, "Ada Finch", NULL, NULL);
}

static void test_acronym_is_organisation(void **state)
{
	newsdoc_document *doc = parse_page("<html lang=\"de\"><head><title>Ein Artikel</title></head><body>"
		"<article><h1>Ein Artikel</h1><p class=\"byline\">Anna Roth, Bo Lund, NDR</p>"
		"<p>Der erste Absatz des Artikels ist lang genug, um als Text gelesen zu werden.</p></article>"
		"</body></html>", "https://news.example/2025/artikel");

	(void)state;
	assert_int_equal(newsdoc_document_author_count(doc), 3);
	assert_int_equal(newsdoc_author_kind(newsdoc_document_author_at(doc, 2)), NEWSDOC_AUTHOR_ORGANIZATION);
	assert_null(newsdoc_author_affiliation(newsdoc_document_author_at(doc, 1)));
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_metadata_details_only_when_shown),
		cmocka_unit_test(test_staff_title_after_names),
		cmocka_unit_test(test_agency_after_one_person),
		cmocka_unit_test(test_side_by_side_cards),
		cmocka_unit_test(test_acronym_after_person),
		cmocka_unit_test(test_acronym_is_organisation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
