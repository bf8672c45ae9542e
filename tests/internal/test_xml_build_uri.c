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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_kind_of_reference),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
