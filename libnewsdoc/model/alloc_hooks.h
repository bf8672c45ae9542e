/*
 * Allocation-failure injection, compiled in only with NEWSDOC_ALLOC_HOOKS
 * (the tests' own copy of the library, tests/alloc/). Not installed.
 */
#ifndef NEWSDOC_ALLOC_HOOKS_H
#define NEWSDOC_ALLOC_HOOKS_H

/* Make the n-th allocation from now on this thread fail (1-based); 0 never. */
void newsdoc__alloc_fail_at(unsigned long n);
/* Allocations on this thread since the last newsdoc__alloc_fail_at. */
unsigned long newsdoc__alloc_count(void);
/* 1 when the planned failure happened. */
int newsdoc__alloc_injected(void);
/* Where the planned failure happened. */
enum { NEWSDOC__ALLOC_SITE_NEWSDOC = 1, NEWSDOC__ALLOC_SITE_LIBXML2 = 2, NEWSDOC__ALLOC_SITE_JANSSON = 3 };
int newsdoc__alloc_failed_site(void);
/* Neither count nor fail libxml2's allocations on this thread while
 * `pause` is set (its HTML parser and text writer: see alloc.c). */
void newsdoc__alloc_pause(int pause);
/* Route jansson's and libxml2's allocations through the counter too. */
void newsdoc__alloc_hooks_install(void);

#endif
