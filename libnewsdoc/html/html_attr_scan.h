/*
 * The attributes libxml2's HTML parser will read on each start tag of a
 * page (html_attr_scan.c), for the guards of html_load.c.
 */
#ifndef NEWSDOC_HTML_ATTR_SCAN_H
#define NEWSDOC_HTML_ATTR_SCAN_H

#include <stddef.h>

typedef struct newsdoc__html_attr_count {
	/* The most attributes one start tag has: what the parser reads as
	 * attributes, repeated names and all. */
	size_t most;
	/* The sum over start tags of n(n-1)/2 for a tag of n attributes: the
	 * parser compares each attribute with the tag's earlier ones. */
	size_t pairs;
	/* The most ways of reading the page followed at once: 1 but where
	 * the parser's way depends on which elements are open (then both are
	 * counted, and the sums are an upper bound). */
	size_t ways;
} newsdoc__html_attr_count;

/*
 * Count the attributes in the `len` bytes that libxml2 will parse in
 * `charset` (as named to htmlReadMemory). The count stops at the first
 * tag with more than `cap` attributes (then out->most > cap). 0, or
 * NEWSDOC_ENOMEM.
 */
int newsdoc__html_attr_scan(newsdoc__html_attr_count *out, const char *data, size_t len, const char *charset,
	size_t cap);

#endif
