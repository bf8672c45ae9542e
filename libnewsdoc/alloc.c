/*
 * Allocation: every allocation of the library goes through here, so that
 * a test build can make the n-th one fail (the hardening issue).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NEWSDOC__SHOULD_FAIL() 0

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
