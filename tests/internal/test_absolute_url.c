#define _POSIX_C_SOURCE 200809L
/*
 * newsdoc__content_absolute_url (content/figure.c): an href trimmed of the
 * white space around it and made absolute against the page. The href is
 * trimmed where it lies, not copied for that: libxml2's allocations are
 * counted (xmlMemSetup before anything else), and resolving an href costs
 * what xmlBuildURI alone costs for it, or one copy when there is no page
 * address.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/uri.h>

#include "content/content.h"
#include "../unit/xml_alloc_count_util.h"

#define PAGE_URL "https://news.example.org/2025/03/story.html"

/* The address made of `href` with `ctx`; its libxml2 allocations in
 * *allocations (the result freed). */
static char *resolved(const content_ctx *ctx, const char *href, unsigned long *allocations)
{
	xmlChar *absolute;
	char *copy;

	xml_allocations = 0;
	absolute = newsdoc__content_absolute_url(ctx, (const xmlChar *)href);
	*allocations = xml_allocations;
	copy = absolute ? strdup((const char *)absolute) : NULL;
	xmlFree(absolute);
	return copy;
}

/* libxml2's allocations of xmlBuildURI alone for `uri` against the page. */
static unsigned long build_allocations(const char *uri)
{
	xmlChar *built;
	unsigned long allocations;

	xml_allocations = 0;
	built = xmlBuildURI((const xmlChar *)uri, (const xmlChar *)PAGE_URL);
	allocations = xml_allocations;
	assert_non_null(built);
	xmlFree(built);
	return allocations;
}

static void check(const content_ctx *ctx, const char *href, const char *expected, unsigned long expected_allocations)
{
	unsigned long allocations;
	char *got = resolved(ctx, href, &allocations);

	assert_non_null(got);
	assert_string_equal(got, expected);
	free(got);
	if (allocations != expected_allocations)
		fail_msg("'%s': %lu libxml2 allocations, %lu expected", href, allocations, expected_allocations);
}

static void test_resolved_without_a_copy(void **state)
{
	content_ctx ctx;
	(void)state;

	memset(&ctx, 0, sizeof(ctx));
	ctx.url = PAGE_URL;
	check(&ctx, "/news/harbour-wall", "https://news.example.org/news/harbour-wall", build_allocations("/news/harbour-wall"));
	check(&ctx, "\n\t /news/harbour-wall", "https://news.example.org/news/harbour-wall",
		build_allocations("/news/harbour-wall"));
	check(&ctx, "https://other.example.com/a", "https://other.example.com/a",
		build_allocations("https://other.example.com/a"));
}

/* White space after the address: it is copied once to end there. */
static void test_trailing_space(void **state)
{
	content_ctx ctx;
	(void)state;

	memset(&ctx, 0, sizeof(ctx));
	ctx.url = PAGE_URL;
	check(&ctx, " /news/harbour-wall \n", "https://news.example.org/news/harbour-wall",
		build_allocations("/news/harbour-wall") + 1);
}

/* No page address: the trimmed href, copied once. */
static void test_no_page_address(void **state)
{
	content_ctx ctx;
	(void)state;

	memset(&ctx, 0, sizeof(ctx));
	check(&ctx, "  /news/harbour-wall\t", "/news/harbour-wall", 1);
	check(&ctx, "/news/harbour-wall", "/news/harbour-wall", 1);
}

/* What is no web link gives nothing, and allocates nothing. */
static void test_not_a_link(void **state)
{
	content_ctx ctx;
	unsigned long allocations;
	(void)state;

	memset(&ctx, 0, sizeof(ctx));
	ctx.url = PAGE_URL;
	assert_null(resolved(&ctx, "  #top", &allocations));
	assert_int_equal(allocations, 0);
	assert_null(resolved(&ctx, " javascript:void(0)", &allocations));
	assert_null(resolved(&ctx, " \t ", &allocations));
	assert_int_equal(allocations, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_resolved_without_a_copy),
		cmocka_unit_test(test_trailing_space),
		cmocka_unit_test(test_no_page_address),
		cmocka_unit_test(test_not_a_link),
	};
	if (xml_alloc_count_install() != 0) {
		fprintf(stderr, "xmlMemSetup failed\n");
		return 1;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
