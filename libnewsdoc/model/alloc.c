/*
 * Allocation: every allocation of the library goes through here, so that
 * a test build (NEWSDOC_ALLOC_HOOKS) can make the n-th one fail and check
 * that every failure path gives a clean error and leaks nothing. In that
 * build jansson's allocator is routed through the same counter
 * (newsdoc__alloc_hooks_install); a normal build never touches that
 * process-wide setting, which belongs to the host program.
 *
 * libxml2's allocations go through the counter too, except in two places
 * of libxml2 2.9.14 that do not survive a failure, where the counter is
 * paused for libxml2: its HTML parser (html_load.c), which with one
 * allocation failing inside htmlParseDocument loops forever in xmlNextChar
 * (seen with this test), and its text writer (export.c, around exporter
 * plugins), whose node list ignores a failed insertion (list.c) and then
 * writes wrong XML without an error. Everything else we ask of libxml2
 * (attributes, node text, XPath for site rules, URIs) is failed like our
 * own allocations.
 */
#include <stdlib.h>
#include <string.h>

#include "../internal.h"

#ifdef NEWSDOC_ALLOC_HOOKS
#include <jansson.h>
#include <libxml/xmlmemory.h>

#include "alloc_hooks.h"

/* Per thread, so that a test's countdown is not spent by other threads. */
static _Thread_local unsigned long allocations;
static _Thread_local unsigned long fail_at;
static _Thread_local int failed;
/* Who is allocating: libnewsdoc itself unless a library's hook says. */
static _Thread_local int caller = NEWSDOC__ALLOC_SITE_NEWSDOC;
static _Thread_local int failed_site;
static _Thread_local int paused;

void newsdoc__alloc_pause(int pause)
{
	paused = pause;
}

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
	if (paused && caller == NEWSDOC__ALLOC_SITE_LIBXML2)
		return 0;
	allocations++;
	if (fail_at && allocations == fail_at) {
		failed = 1;
		failed_site = caller;
		return 1;
	}
	return 0;
}

/* The libraries' allocations, marked as theirs. */
#define AS(site, call) do { int saved = caller; caller = (site); call; caller = saved; } while (0)

static void *json_malloc(size_t size) { void *p; AS(NEWSDOC__ALLOC_SITE_JANSSON, p = newsdoc__malloc(size)); return p; }
static void *xml_malloc(size_t size) { void *p; AS(NEWSDOC__ALLOC_SITE_LIBXML2, p = newsdoc__malloc(size)); return p; }
static void *xml_realloc(void *ptr, size_t size) { void *p; AS(NEWSDOC__ALLOC_SITE_LIBXML2, p = newsdoc__realloc(ptr, size)); return p; }
static char *xml_strdup(const char *s) { char *p; AS(NEWSDOC__ALLOC_SITE_LIBXML2, p = newsdoc__strdup(s)); return p; }

void newsdoc__alloc_hooks_install(void)
{
	json_set_alloc_funcs(json_malloc, newsdoc__free);
	xmlMemSetup(newsdoc__free, xml_malloc, xml_realloc, xml_strdup);
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
