/*
 * The names an element of a teaser shows as its credit (issue 14 item 3:
 * an item's author without label or date): its text without the label
 * before the names ("By", "Von", "Redacción:"), also when the label is an
 * element of its own set against the names with no space between them
 * ("<span>by</span><a>Jane Doe</a>" reads "byJane Doe": the page spaces the
 * two by style), and without the date, reading time or place after them.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"

/* Nodes read for the credit's first text: a label is among the first few. */
#define LABEL_WALK 16

static int is_space(char c)
{
	return c && strchr(" \t\r\n\f\v", c) != NULL;
}

/* The length of the label that is the first text of `credit`, an element
 * of its own ("<span>by</span>"), or 0. */
static size_t label_element_length(const xmlNode *credit)
{
	xmlNode *node = (xmlNode *)credit;
	size_t walked = 0;

	while ((node = newsdoc__walk_next(node, (xmlNode *)credit, 1)) != NULL && walked++ < LABEL_WALK) {
		const char *text = (const char *)node->content;
		size_t len;
		if (node->type != XML_TEXT_NODE || !text)
			continue;
		while (is_space(*text))
			text++;
		len = strlen(text);
		while (len && is_space(text[len - 1]))
			len--;
		if (!len)
			continue;
		/* the label alone, and not the credit's only text */
		return node->parent != credit && newsdoc__content_is_credit_word(text, len) ? len : 0;
	}
	return 0;
}

int newsdoc__related_credit_text(newsdoc__sb *text, const xmlNode *credit)
{
	size_t skip, len;
	int error = newsdoc__content_text_of(text, credit), oom = 0;

	if (!error && text->failed)
		error = newsdoc__error_oom();
	if (error || !text->len)
		return error;
	skip = label_element_length(credit);
	if (skip > text->len)
		skip = 0;
	while (skip < text->len && text->ptr[skip] == ' ')
		skip++;
	skip += newsdoc__content_credit_label_length(text->ptr + skip, text->len - skip);
	len = newsdoc__content_credit_length_before_date(text->ptr + skip, text->len - skip, &oom);
	if (oom)
		return newsdoc__error_oom();
	memmove(text->ptr, text->ptr + skip, len);
	text->len = len;
	text->ptr[len] = '\0';
	return 0;
}
