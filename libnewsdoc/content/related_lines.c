/*
 * The lines of a teaser card (issue 14 item 3): an element whose children
 * show text inline only is a line (a credit under the title, a lead); a
 * text that ends as a sentence reads as a lead, not as a label.
 */
#include <string.h>

#include "content.h"

int newsdoc__related_is_line(const xmlNode *node)
{
	const xmlNode *child;

	for (child = node->children; child; child = child->next) {
		const content_stat *stat = child->type == XML_ELEMENT_NODE ? content_stat_of((xmlNode *)child) : NULL;
		if (stat && stat->text > 0 && stat->tag != TAG_INLINE && stat->tag != TAG_OTHER && stat->tag != TAG_A)
			return 0;
		if (stat && stat->tag == TAG_OTHER && strcmp((const char *)child->name, "span") != 0 && stat->text > 0)
			return 0;
	}
	return 1;
}

int newsdoc__related_element_child(const xmlNode *node)
{
	for (node = node->children; node; node = node->next)
		if (node->type == XML_ELEMENT_NODE)
			return 1;
	return 0;
}

int newsdoc__related_ends_sentence(const char *text, size_t len)
{
	static const char *const marks[] = { "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", NULL };
	const char *const *mark;

	if (len && strchr(".!?", text[len - 1]))
		return 1;
	for (mark = marks; *mark; mark++)
		if (len >= 3 && !memcmp(text + len - 3, *mark, 3))
			return 1;
	return 0;
}
