/*
 * Reading an element's attributes in place. libxml2's HTML parser
 * lowercases attribute names, so names compare exactly.
 */
#ifndef NEWSDOC_DOM_ATTR_H
#define NEWSDOC_DOM_ATTR_H

#include <string.h>

#include <libxml/tree.h>

/* The attribute `name` of `node`, or NULL. */
static inline const xmlAttr *newsdoc__attr_find(const xmlNode *node, const char *name)
{
	const xmlAttr *attr;

	for (attr = node->properties; attr; attr = attr->next)
		if (attr->name && !strcmp((const char *)attr->name, name))
			return attr;
	return NULL;
}

/* An attribute's text without a copy (the first text child; entities stay
 * as the parser left them): "" when empty. */
static inline const char *newsdoc__attr_value(const xmlAttr *attr)
{
	return attr->children && attr->children->content ? (const char *)attr->children->content : "";
}

/* The text of the attribute `name` of `node`; NULL when there is none. */
static inline const char *newsdoc__attr_text(const xmlNode *node, const char *name)
{
	const xmlAttr *attr = newsdoc__attr_find(node, name);

	return attr ? newsdoc__attr_value(attr) : NULL;
}

/* The next token of a class list after *p (tokens part at spaces, tabs
 * and newlines), or NULL at the end; *len is its length and *p moves past
 * it. */
static inline const char *newsdoc__attr_next_token(const char **p, size_t *len)
{
	const char *start;

	while (**p == ' ' || **p == '\t' || **p == '\n')
		(*p)++;
	start = *p;
	while (**p && **p != ' ' && **p != '\t' && **p != '\n')
		(*p)++;
	*len = (size_t)(*p - start);
	return *len ? start : NULL;
}

#endif
