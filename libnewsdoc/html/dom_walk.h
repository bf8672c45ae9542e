/*
 * Walking a libxml2 subtree in document order without recursion (pages
 * can nest deeper than any C stack allows).
 */
#ifndef NEWSDOC_DOM_WALK_H
#define NEWSDOC_DOM_WALK_H

#include <libxml/tree.h>

#include "../util/work.h"

/*
 * The node after `node` in document order inside `top`'s subtree: its
 * first child when `descend` is true and it has one, else the next node
 * that is not below it. NULL when the walk is back at `top`. Start with
 * node == top. Not metered: for walks that must finish, such as clearing
 * the marks a pass left on the tree.
 */
static inline xmlNode *newsdoc__walk_step(xmlNode *node, const xmlNode *top, int descend)
{
	if (descend && node->children)
		return node->children;
	while (node != top && !node->next)
		node = node->parent;
	if (node == top)
		return NULL;
	return node->next;
}

/* newsdoc__walk_step, charged to the parse's work budget (work.h): one
 * step a node, and NULL, as at the end of the subtree, once the budget is
 * spent. Passes that walk a subtree for each node of the page are what a
 * hostile page makes quadratic; this is where they stop. */
static inline xmlNode *newsdoc__walk_next(xmlNode *node, const xmlNode *top, int descend)
{
	if (newsdoc__work_charge(1))
		return NULL;
	return newsdoc__walk_step(node, top, descend);
}

#endif
