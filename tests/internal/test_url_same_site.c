/*
 * newsdoc__host_same_site on the hosts newsdoc__url_host gives (text/text_util.c):
 * the one test of "the same site" that related blocks and forum member
 * links share; and newsdoc__url_trim, the white space around an href.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "text/text_util.h"

/* The two addresses' hosts, as blocks.c and meta_member.c compare them:
 * 0 when either has no host. */
static int url_same_site(const char *url, const char *other)
{
	const char *host, *other_host;
	size_t len, other_len;

	if (!url || !other || !(host = newsdoc__url_host(url, &len)) || !(other_host = newsdoc__url_host(other, &other_len)))
		return 0;
	return newsdoc__host_same_site(host, len, other_host, other_len);
}

static void test_exact_and_case(void **state)
{
	(void)state;
	assert_true(url_same_site("https://example.test/a", "http://example.test/b"));
	assert_true(url_same_site("https://EXAMPLE.Test/a", "https://example.test"));
	assert_true(url_same_site("//example.test/a", "https://example.test/"));
	assert_false(url_same_site("https://example.test/", "https://example.org/"));
}

static void test_subdomain_and_parent(void **state)
{
	(void)state;
	assert_true(url_same_site("https://m.example.test/a", "https://example.test/b"));
	assert_true(url_same_site("https://example.test/a", "https://edition.news.example.test/b"));
	assert_true(url_same_site("https://www.example.test/a", "https://example.test/b"));
	assert_true(url_same_site("https://www.example.test/a", "https://m.example.test/b"));
	/* siblings under one parent are two sites to this test */
	assert_false(url_same_site("https://a.example.test/", "https://b.example.test/"));
}

static void test_look_alikes(void **state)
{
	(void)state;
	assert_false(url_same_site("https://evilexample.test/", "https://example.test/"));
	assert_false(url_same_site("https://example.test/", "https://evilexample.test/"));
	assert_false(url_same_site("https://example.test.evil.org/", "https://example.test/"));
	assert_false(url_same_site("https://wwwexample.test/", "https://example.test/"));
	/* a host in the path or the query is no host */
	assert_false(url_same_site("https://evil.org/example.test", "https://example.test/"));
	assert_false(url_same_site("https://evil.org?example.test", "https://example.test/"));
}

static void test_ports_and_dots(void **state)
{
	(void)state;
	assert_true(url_same_site("https://example.test:8443/a", "http://example.test/b"));
	assert_true(url_same_site("https://m.example.test:80/", "https://example.test:443/"));
	assert_true(url_same_site("https://example.test./a", "https://example.test/"));
}

static void test_addresses(void **state)
{
	(void)state;
	assert_true(url_same_site("http://192.0.2.10/a", "http://192.0.2.10:8080/b"));
	/* an address has no subdomains: 10.192.0.2.10 is not "under" 192.0.2.10 */
	assert_false(url_same_site("http://10.192.0.2.10/", "http://192.0.2.10/"));
	assert_false(url_same_site("http://2.10/", "http://192.0.2.10/"));
	assert_true(url_same_site("http://[2001:db8::1]:8080/a", "http://[2001:db8::1]/b"));
	assert_false(url_same_site("http://[2001:db8::1]/", "http://[2001:db8::2]/"));
}

static void test_no_host(void **state)
{
	(void)state;
	assert_false(url_same_site("", "https://example.test/"));
	assert_false(url_same_site("https://", "https://"));
	assert_false(url_same_site("/members/x", "https://example.test/"));
	assert_false(url_same_site("mailto:a@example.test", "https://example.test/"));
	assert_false(url_same_site(NULL, "https://example.test/"));
	assert_false(url_same_site("https://example.test/", NULL));
	assert_false(url_same_site("http://[2001:db8::1", "http://[2001:db8::1"));
	assert_false(newsdoc__host_same_site("example.test", 12, NULL, 0));
	assert_false(newsdoc__host_same_site("", 0, "", 0));
}

/* newsdoc__url_trim: the address inside an href's white space. */
static void assert_trimmed(const char *href, const char *want)
{
	size_t len;
	const char *start = newsdoc__url_trim(href, &len);

	assert_int_equal(len, strlen(want));
	assert_memory_equal(start, want, len);
}

static void test_url_trim(void **state)
{
	(void)state;
	assert_trimmed("https://example.test/a", "https://example.test/a");
	assert_trimmed("  /news/a.html \t\n ", "/news/a.html");
	assert_trimmed("\r\n\fpage?id=1 x\n", "page?id=1 x");
	assert_trimmed(" \t\n", "");
	assert_trimmed("", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact_and_case),
		cmocka_unit_test(test_subdomain_and_parent),
		cmocka_unit_test(test_look_alikes),
		cmocka_unit_test(test_ports_and_dots),
		cmocka_unit_test(test_addresses),
		cmocka_unit_test(test_no_host),
		cmocka_unit_test(test_url_trim),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
