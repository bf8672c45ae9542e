/*
 * A teaser's summary hidden on small screens only: "<div class='hidden
 * md:block'><p class=lead>Symboliczne zdjęcie ...</p></div>" under the
 * teaser's link. The class hides it on phones and shows it from a width on
 * (NODE_HIDDEN_NARROW), so wider layouts show it beside the title (issue
 * 14: a summary shown in the box is the item's summary). The scoring walk
 * leaves hidden elements unread, so the paragraph is told here from its
 * markup alone.
 */
#include <string.h>

#include "content.h"

/* A sentence's length at least, as for a card's lead (related.c). */
#define NARROW_SUMMARY_MIN 40

/* The visible bytes of a paragraph's own text, or -1 when it holds a link
 * or an element that is not inline text. */
static long paragraph_text(const xmlNode *p)
{
	const xmlNode *child;
	long len = 0;

	for (child = p->children; child; child = child->next) {
		if (child->type == XML_TEXT_NODE && child->content)
			len += (long)strlen((const char *)child->content);
		else if (child->type == XML_ELEMENT_NODE) {
			unsigned char level;
			if (newsdoc__content_tag_of(child, &level) != TAG_INLINE)
				return -1;
		}
	}
	return len;
}

xmlNode *newsdoc__related_narrow_summary(xmlNode *hidden)
{
	xmlNode *child, *only = NULL;

	for (child = hidden->children; child; child = child->next) {
		if (child->type == XML_TEXT_NODE && child->content) {
			const char *t = (const char *)child->content;
			if (t[strspn(t, " \t\r\n")])
				return NULL;
		} else if (child->type == XML_ELEMENT_NODE) {
			if (only)
				return NULL;
			only = child;
		}
	}
	if (!only || strcmp((const char *)only->name, "p") != 0 || paragraph_text(only) < NARROW_SUMMARY_MIN)
		return NULL;
	return only;
}
