/*
 * Author kinds (since 1.2): the model and builder calls, the JSON round
 * trip, and the extractor telling organisations credited as authors (the
 * site, an agency, a desk) from persons -- never a person made an
 * organisation on a guess. Every page here is written for the test.
 */
#include "test_metadata_util.h"
#include "export_test_util.h"

#define BODY_TEXT "<p>The harbour office printed new tide tables for the spring, with two extra columns for the evening ferries.</p>"

/* The kind of the author named `name` in `doc` (fails when absent). */
static int kind_of(const newsdoc_document *doc, const char *name)
{
	size_t i;

	for (i = 0; i < newsdoc_document_author_count(doc); i++) {
		const newsdoc_author *author = newsdoc_document_author_at(doc, i);
		if (!strcmp(newsdoc_author_name(author), name))
			return newsdoc_author_kind(author);
	}
	fail_msg("no author named \"%s\"", name);
	return -1;
}

static void expect_kind(const char *html, const char *url, const char *name, int kind)
{
	newsdoc_document *doc = parse_page(html, url);
	int got = kind_of(doc, name);

	if (got != kind)
		fail_msg("\"%s\": kind %d, expected %d", name, got, kind);
	newsdoc_document_free(doc);
}

static void test_kind_model(void **state)
{
	newsdoc_document *doc;
	newsdoc_author *author;

	(void)state;
	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_document_add_author(&author, doc, "Ola Berg"), 0);
	assert_int_equal(newsdoc_author_kind(author), NEWSDOC_AUTHOR_UNKNOWN);
	assert_int_equal(newsdoc_author_kind(NULL), NEWSDOC_AUTHOR_UNKNOWN);
	assert_int_equal(newsdoc_author_set_kind(author, NEWSDOC_AUTHOR_ORGANIZATION), 0);
	assert_int_equal(newsdoc_author_kind(author), NEWSDOC_AUTHOR_ORGANIZATION);
	assert_int_equal(newsdoc_author_set_kind(author, NEWSDOC_AUTHOR_PERSON), 0);
	assert_int_equal(newsdoc_author_kind(author), NEWSDOC_AUTHOR_PERSON);
	/* Out of range: refused, the kind stays. */
	assert_int_equal(newsdoc_author_set_kind(author, NEWSDOC_AUTHOR_KIND_COUNT), NEWSDOC_EINVAL);
	assert_int_equal(newsdoc_author_set_kind(author, -1), NEWSDOC_EINVAL);
	assert_non_null(strstr(newsdoc_error_last()->message, "author kind"));
	assert_int_equal(newsdoc_author_kind(author), NEWSDOC_AUTHOR_PERSON);
	assert_int_equal(newsdoc_author_set_kind(NULL, NEWSDOC_AUTHOR_PERSON), NEWSDOC_EINVAL);
	/* UNKNOWN clears it. */
	assert_int_equal(newsdoc_author_set_kind(author, NEWSDOC_AUTHOR_UNKNOWN), 0);
	assert_int_equal(newsdoc_author_kind(author), NEWSDOC_AUTHOR_UNKNOWN);
	newsdoc_document_free(doc);

	assert_string_equal(newsdoc_author_kind_name(NEWSDOC_AUTHOR_PERSON), "person");
	assert_string_equal(newsdoc_author_kind_name(NEWSDOC_AUTHOR_ORGANIZATION), "organization");
	assert_null(newsdoc_author_kind_name(NEWSDOC_AUTHOR_UNKNOWN));
	assert_null(newsdoc_author_kind_name(NEWSDOC_AUTHOR_KIND_COUNT));
	assert_null(newsdoc_author_kind_name(-1));
}

static newsdoc_document *import(const char *json)
{
	newsdoc_document *doc = NULL;
	int rc = newsdoc_document_from_json(&doc, json, strlen(json));

	if (rc != 0)
		fail_msg("import failed: %s", newsdoc_error_last()->message);
	return doc;
}

static void test_kind_json(void **state)
{
	static const char json[] =
		"{\"authors\": [{\"name\": \"Harbour Desk\", \"kind\": \"organization\"},"
		" {\"name\": \"Ola Berg\", \"kind\": \"person\"}, {\"name\": \"Ana Ruiz\", \"kind\": null},"
		" {\"name\": \"Tom Roe\"}]}";
	newsdoc_document *doc = import(json), *again;
	char *first, *second;

	(void)state;
	assert_int_equal(newsdoc_author_kind(newsdoc_document_author_at(doc, 0)), NEWSDOC_AUTHOR_ORGANIZATION);
	assert_int_equal(newsdoc_author_kind(newsdoc_document_author_at(doc, 1)), NEWSDOC_AUTHOR_PERSON);
	assert_int_equal(newsdoc_author_kind(newsdoc_document_author_at(doc, 2)), NEWSDOC_AUTHOR_UNKNOWN);
	assert_int_equal(newsdoc_author_kind(newsdoc_document_author_at(doc, 3)), NEWSDOC_AUTHOR_UNKNOWN);
	first = export_to_string(NULL, doc, "json", 0);
	assert_non_null(strstr(first, "\"kind\": \"organization\""));
	assert_non_null(strstr(first, "\"kind\": \"person\""));
	assert_non_null(strstr(first, "\"kind\": null"));
	/* The round trip is exact. */
	again = import(first);
	second = export_to_string(NULL, again, "json", 0);
	assert_string_equal(first, second);
	free(first);
	free(second);
	newsdoc_document_free(again);
	newsdoc_document_free(doc);

	/* A kind outside the vocabulary, or not a string, fails naming the key. */
	doc = NULL;
	assert_int_equal(newsdoc_document_from_json(&doc, "{\"authors\": [{\"name\": \"A\", \"kind\": \"robot\"}]}",
		strlen("{\"authors\": [{\"name\": \"A\", \"kind\": \"robot\"}]}")), NEWSDOC_EPARSE);
	assert_null(doc);
	assert_non_null(strstr(newsdoc_error_last()->message, "authors[0].kind"));
	assert_int_equal(newsdoc_document_from_json(&doc, "{\"authors\": [{\"name\": \"A\", \"kind\": 2}]}",
		strlen("{\"authors\": [{\"name\": \"A\", \"kind\": 2}]}")), NEWSDOC_EPARSE);
	assert_non_null(strstr(newsdoc_error_last()->message, "authors[0].kind"));
}

/* JSON-LD and microdata types: an Organization is one, a Person beside it
 * a person, even with a word publications use ("Press"). */
static void test_stated_types(void **state)
{
	static const char jsonld[] = PAGE(
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tide tables change\","
		"\"author\":[{\"@type\":\"Person\",\"name\":\"Nora Press\"},"
		"{\"@type\":\"NewsMediaOrganization\",\"name\":\"Harbour Wire Collective\"}]}</script>",
		"<h1>Tide tables change</h1>" BODY_TEXT);
	static const char microdata[] = PAGE("",
		"<article itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">Tide tables change</h1>"
		"<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Organization\">"
		"<span itemprop=\"name\">Coastal Ferries Council</span></span>" BODY_TEXT "</article>");
	newsdoc_document *doc = parse_page(jsonld, "https://tides.example/news/1");

	(void)state;
	assert_int_equal(newsdoc_document_author_count(doc), 2);
	assert_int_equal(kind_of(doc, "Nora Press"), NEWSDOC_AUTHOR_PERSON);
	assert_int_equal(kind_of(doc, "Harbour Wire Collective"), NEWSDOC_AUTHOR_ORGANIZATION);
	newsdoc_document_free(doc);
	expect_kind(microdata, "https://tides.example/news/2", "Coastal Ferries Council", NEWSDOC_AUTHOR_ORGANIZATION);
}

/* A byline that names the site: its og:site_name, its host's brand. */
static void test_site_named(void **state)
{
	static const char by_site[] = PAGE("<meta property=\"og:site_name\" content=\"Harbour Times\">",
		"<h1>Tide tables change</h1><div class=\"byline\">By Harbour Times</div>" BODY_TEXT);
	static const char by_brand[] = PAGE("<meta name=\"author\" content=\"TIDEWIRE\">",
		"<h1>Tide tables change</h1>" BODY_TEXT);
	/* A site named after its writer keeps its person. */
	static const char own_name[] = PAGE("<meta property=\"og:site_name\" content=\"Mara Lindqvist\">"
		"<meta name=\"author\" content=\"Mara Lindqvist\">",
		"<h1>Tide tables change</h1>" BODY_TEXT);
	/* So does a brand the page types as a Person. */
	static const char typed_person[] = PAGE(
		"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tide tables change\","
		"\"author\":{\"@type\":\"Person\",\"name\":\"Tidewire\"}}</script>",
		"<h1>Tide tables change</h1>" BODY_TEXT);

	(void)state;
	expect_kind(by_site, "https://harbour.example/news/1", "Harbour Times", NEWSDOC_AUTHOR_ORGANIZATION);
	expect_kind(by_brand, "https://www.tidewire.example/news/1", "TIDEWIRE", NEWSDOC_AUTHOR_ORGANIZATION);
	expect_kind(own_name, "https://lindqvist.example/notes/1", "Mara Lindqvist", NEWSDOC_AUTHOR_PERSON);
	expect_kind(typed_person, "https://www.tidewire.example/news/1", "Tidewire", NEWSDOC_AUTHOR_PERSON);
}

/* The name alone: agencies, desks, domains, English "The". */
static void test_name_alone(void **state)
{
	static const char *const organisations[] = {
		"Reuters", "dpa/AFP", "Kyodo", "Harbour Staff", "Weekend News Desk", "Online-Redaktion",
		"harbourtimes.de", "The Harbour Gazette", NULL
	};
	/* Persons whose names hold a publication's word; a person with her
	 * paper glued on in capitals; an e-mail address; initials. */
	static const char *const persons[] = {
		"Tom Service", "Lena Post", "Jo Newsome", "Ana Ruiz HARBOUR NEWS", "ana.ruiz@harbour.studio",
		"J.R. Tolkien", NULL
	};
	const char *const *lists[2] = { organisations, persons };
	const int kinds[2] = { NEWSDOC_AUTHOR_ORGANIZATION, NEWSDOC_AUTHOR_PERSON };
	size_t list, i;

	(void)state;
	for (list = 0; list < 2; list++)
		for (i = 0; lists[list][i]; i++) {
			char html[1024];
			snprintf(html, sizeof(html), PAGE(
				"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tide tables change\","
				"\"author\":{\"name\":\"%s\"}}</script>", "<h1>Tide tables change</h1>" BODY_TEXT), lists[list][i]);
			expect_kind(html, "https://coast.example/news/1", lists[list][i], kinds[list]);
		}
}

/* Text input has no markup: the names alone tell. */
static void test_text_input(void **state)
{
	static const char text[] =
		"Tide tables change for the spring\n\nBy Reuters Staff\n\n"
		"The harbour office printed new tide tables for the spring, with two extra columns.\n";
	newsdoc_parse_options opts;
	newsdoc_document *doc;
	size_t i;

	(void)state;
	newsdoc_parse_options_init(&opts, NEWSDOC_PARSE_OPTIONS_VERSION);
	opts.input = NEWSDOC_INPUT_TEXT;
	doc = parse_with(text, NULL, &opts);
	assert_true(newsdoc_document_author_count(doc) >= 1);
	for (i = 0; i < newsdoc_document_author_count(doc); i++)
		assert_int_equal(newsdoc_author_kind(newsdoc_document_author_at(doc, i)), NEWSDOC_AUTHOR_ORGANIZATION);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_model),
		cmocka_unit_test(test_kind_json),
		cmocka_unit_test(test_stated_types),
		cmocka_unit_test(test_site_named),
		cmocka_unit_test(test_name_alone),
		cmocka_unit_test(test_text_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
