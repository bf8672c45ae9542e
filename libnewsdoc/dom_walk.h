/*
 * Walking a libxml2 subtree in document order without recursion (pages
 * can nest deeper than any C stack allows).
 */
#ifndef NEWSDOC_DOM_WALK_H
#define NEWSDOC_DOM_WALK_H

#include <libxml/tree.h>

/*
 * The node after `node` in document order inside `top`'s subtree: its
 * first child when `descend` is true and it has one, else the next node
 * that is not below it. NULL when the walk is back at `top`. Start with
 * node == top.
 */
static inline xmlNode *newsdoc__walk_next(xmlNode *node, const xmlNode *top, int descend)
{
	if (descend && node->children)
		return node->children;
	while (node != top && !node->next)
		node = node->parent;
	if (node == top)
		return NULL;
	return node->next;
}

#endif
