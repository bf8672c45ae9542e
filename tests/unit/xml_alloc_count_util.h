/*
 * libxml2's allocations counted, for tests that check what a parse or a
 * rule allocates through libxml2: xml_alloc_count_install() before
 * libxml2 is used at all. xml_allocations counts every allocation made;
 * xml_live_blocks those not freed yet.
 */
#ifndef NEWSDOC_XML_ALLOC_COUNT_UTIL_H
#define NEWSDOC_XML_ALLOC_COUNT_UTIL_H

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlmemory.h>

static unsigned long xml_allocations;
static long xml_live_blocks;

static void *counting_malloc(size_t size)
{
	void *p = malloc(size);
	if (p) {
		xml_allocations++;
		xml_live_blocks++;
	}
	return p;
}

static void *counting_realloc(void *old, size_t size)
{
	void *p = realloc(old, size);
	if (p && !old) {
		xml_allocations++;
		xml_live_blocks++;
	}
	return p;
}

static void counting_free(void *p)
{
	if (p)
		xml_live_blocks--;
	free(p);
}

static char *counting_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = counting_malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}

/* 0 when libxml2 now allocates through the counters. */
static int xml_alloc_count_install(void)
{
	return xmlMemSetup(counting_free, counting_malloc, counting_realloc, counting_strdup);
}

#endif
