/*
 * newsdoc__xml_build_uri (html/uri_build.c) checks that what xmlBuildURI
 * built has every part the reference or the base gives it, to catch the
 * copies libxml2 makes without recording a failure (tests/alloc fails
 * them). Here memory never runs out: every kind of reference resolves as
 * libxml2 resolves it, none taken for a failure.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/uri.h>

#include "internal.h"

static void check(const char *ref, const char *base)
{
	xmlChar *expected = xmlBuildURI((const xmlChar *)ref, (const xmlChar *)base);
	char *built = NULL;
	int error = newsdoc__xml_build_uri(ref, base, &built);

	if (error)
		fail_msg("'%s' against '%s': %d (%s)", ref, base, error, newsdoc_error_last()->message);
	if (!expected)
		assert_null(built);
	else
		assert_string_equal(built, (const char *)expected);
	xmlFree(expected);
	xmlFree(built);
}

static void test_every_kind_of_reference(void **state)
{
	static const char *const refs[] = {
		"/authors/jane-doe", "authors/jane-doe", "../jane", "./", ".", "..", "", "#", "#top", "?", "?page=2",
		"?page=2#c", "//cdn.example.net", "//cdn.example.net/a.jpg?w=1#x", "https://other.example/a",
		"mailto:desk@example.org", "a:b", "/a//b", "jane%20doe", "/a?b#", "not a url"
	};
	static const char *const bases[] = {
		"https://bay.example/news/2025/ferry", "https://bay.example", "https://bay.example/",
		"https://bay.example/news/?id=7#comments", "http://user@bay.example:8080/a/b", "file:///srv/page.html"
	};
	size_t i, k;
	(void)state;

	for (k = 0; k < sizeof(bases) / sizeof(bases[0]); k++)
		for (i = 0; i < sizeof(refs) / sizeof(refs[0]); i++)
			check(refs[i], bases[k]);
}

/* A reference that climbs a few levels resolves as libxml2 resolves it;
 * one (or a base) with more dot segments than a real address has is not
 * resolved (libxml2's time grows with their count times the length). */
static void test_dot_segments_bounded(void **state)
{
	char ref[3 * 70 + 8], base[64 + 2 * 70];
	xmlChar *built;
	size_t i;
	(void)state;

	check("../../../../news/x", "https://bay.example/a/b/c/d/e/f");
	strcpy(base, "https://bay.example/");
	for (i = 0; i < 64; i++)
		strcat(base, "a/");
	ref[0] = '\0';
	for (i = 0; i < 64; i++)
		strcat(ref, "../");
	strcat(ref, "x");
	check(ref, base);
	built = newsdoc__uri_resolve(ref, base);
	assert_non_null(built);
	xmlFree(built);
	/* 65 levels, in the reference or shared with the base */
	strcat(ref, "/..");
	assert_null(newsdoc__uri_resolve(ref, base));
	assert_null(newsdoc__uri_resolve("./x", "https://bay.example/./././././././././././././././././././././././././././."
		"/././././././././././././././././././././././././././././././././././././a"));
	assert_null(newsdoc__uri_resolve(ref, "https://bay.example/"));
	/* dot segments in the query or fragment are not the path's */
	built = newsdoc__uri_resolve("x?../../../../../../../../../../../../../../../../../../../../../../../../../../../../"
		"../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../..",
		"https://bay.example/a/");
	assert_non_null(built);
	xmlFree(built);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_kind_of_reference),
		cmocka_unit_test(test_dot_segments_bounded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
