/*
 * Allocation: every allocation of the library goes through here, so that
 * a test build (NEWSDOC_ALLOC_HOOKS) can make the n-th one fail and check
 * that every failure path gives a clean error and leaks nothing. In that
 * build jansson's allocator is routed through the same counter
 * (newsdoc__alloc_hooks_install); a normal build never touches that
 * process-wide setting, which belongs to the host program.
 *
 * libxml2's allocations are not failed on purpose: libxml2 2.9.14 does not
 * survive it. With one allocation failing inside htmlParseDocument it
 * loops forever in xmlNextChar (seen with this test), so there is nothing
 * a caller could check. Our side of it is still covered: html_load.c turns
 * libxml2's XML_ERR_NO_MEMORY into NEWSDOC_ENOMEM.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#ifdef NEWSDOC_ALLOC_HOOKS
#include <jansson.h>

#include "alloc_hooks.h"

/* Per thread, so that a test's countdown is not spent by other threads. */
static _Thread_local unsigned long allocations;
static _Thread_local unsigned long fail_at;
static _Thread_local int failed;
/* Who is allocating: libnewsdoc itself unless a library's hook says. */
static _Thread_local int caller = NEWSDOC__ALLOC_SITE_NEWSDOC;
static _Thread_local int failed_site;

void newsdoc__alloc_fail_at(unsigned long n)
{
	allocations = 0;
	fail_at = n;
	failed = 0;
	failed_site = 0;
}

int newsdoc__alloc_failed_site(void)
{
	return failed_site;
}

unsigned long newsdoc__alloc_count(void)
{
	return allocations;
}

int newsdoc__alloc_injected(void)
{
	return failed;
}

static int should_fail(void)
{
	allocations++;
	if (fail_at && allocations == fail_at) {
		failed = 1;
		failed_site = caller;
		return 1;
	}
	return 0;
}

/* jansson's allocations (values built by json_parse.c and the JSON-LD
 * reader, and the JSON writer), marked as its own. */
static void *json_malloc(size_t size)
{
	void *p;
	int saved = caller;
	caller = NEWSDOC__ALLOC_SITE_JANSSON;
	p = newsdoc__malloc(size);
	caller = saved;
	return p;
}

void newsdoc__alloc_hooks_install(void)
{
	json_set_alloc_funcs(json_malloc, newsdoc__free);
}

#define NEWSDOC__SHOULD_FAIL() should_fail()
#else
#define NEWSDOC__SHOULD_FAIL() 0
#endif

void *newsdoc__malloc(size_t size)
{
	if (NEWSDOC__SHOULD_FAIL())
		return NULL;
	return malloc(size ? size : 1);
}

void *newsdoc__calloc(size_t count, size_t size)
{
	if (NEWSDOC__SHOULD_FAIL())
		return NULL;
	return calloc(count ? count : 1, size ? size : 1);
}

void *newsdoc__realloc(void *ptr, size_t size)
{
	if (NEWSDOC__SHOULD_FAIL())
		return NULL;
	return realloc(ptr, size ? size : 1);
}

void newsdoc__free(void *ptr)
{
	free(ptr);
}

char *newsdoc__strndup(const char *s, size_t len)
{
	char *copy = newsdoc__malloc(len + 1);
	if (!copy)
		return NULL;
	memcpy(copy, s, len);
	copy[len] = '\0';
	return copy;
}

char *newsdoc__strdup(const char *s)
{
	return newsdoc__strndup(s, strlen(s));
}
