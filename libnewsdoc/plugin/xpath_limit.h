/*
 * Operation limits for the XPath expressions a manifest brings (rules and
 * probes). libxml2 counts the steps and node visits of an evaluation
 * against xmlXPathContext.opLimit and stops it there; the string functions
 * are replaced on our contexts by ones that also charge the string values
 * they build (a node's string value is its whole subtree). The limit grows
 * with the page, so an expression may do a bounded amount of work per node
 * but not, say, visit every node once per node.
 */
#ifndef NEWSDOC_XPATH_LIMIT_H
#define NEWSDOC_XPATH_LIMIT_H

#include <stddef.h>

struct _xmlDoc;
struct _xmlXPathContext;

/* The limit for one rule or probe on a page: a base, so that small pages
 * allow any reasonable expression, plus a share per node, up to a ceiling. */
#define NEWSDOC__XPATH_OPS_BASE 200000UL
#define NEWSDOC__XPATH_OPS_PER_NODE 200UL
#define NEWSDOC__XPATH_OPS_MAX 100000000UL

typedef struct newsdoc__xpath_limit {
	size_t nodes;        /* of the page: elements, attributes, text, comments */
	unsigned long ops;   /* the limit that follows from it */
} newsdoc__xpath_limit;

/* Count the page's nodes (one walk) and work out the limit. */
void newsdoc__xpath_limit_for(newsdoc__xpath_limit *limit, const struct _xmlDoc *html);

/* An XPath context on `html` whose string functions charge their work;
 * NULL when memory ran out. Free it with xmlXPathFreeContext. */
struct _xmlXPathContext *newsdoc__xpath_limited_context(struct _xmlDoc *html);

/* Start a new allowance of `limit` operations on `ctx`; every evaluation
 * until the next start draws from it. */
void newsdoc__xpath_limit_start(struct _xmlXPathContext *ctx, const newsdoc__xpath_limit *limit);

/* After an evaluation that gave `result`: 1 when it was stopped at the
 * limit (libxml2 then gives no result and pins the count at the limit). */
int newsdoc__xpath_limit_hit(const struct _xmlXPathContext *ctx, const void *result);

#endif
