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
#include "../html/html_lean.h"

/* Nodes read for the credit's first text: a label is among the first few. */
#define LABEL_WALK 16
/* Bytes of a text node read for the label: the longest credit word is far
 * shorter, and a label text this long is no label. */
#define LABEL_MAX_BYTES 64

/* An element whose text newsdoc__content_text_of leaves out (script,
 * style, a hidden "sr-only" span): the label must be read from the same
 * text the credit's text is, or its length cuts the wrong bytes. */
static int is_unread(const xmlNode *node)
{
	content_stat *stat = content_stat_of(node);
	unsigned char level;
	int tag;

	if (node->type != XML_ELEMENT_NODE)
		return 0;
	tag = stat ? stat->tag : newsdoc__content_tag_of(node, &level);
	return tag == TAG_SKIP || (stat && (stat->flags & NODE_HIDDEN));
}

/* The length of the label that is the first text of `credit`, an element
 * of its own ("<span>by</span>"), or 0. */
static size_t label_element_length(const xmlNode *credit)
{
	xmlNode *node = (xmlNode *)credit;
	size_t walked = 0;
	int descend = 1;

	while ((node = newsdoc__walk_next(node, credit, descend)) != NULL && walked++ < LABEL_WALK) {
		const char *text = (const char *)node->content;
		size_t len;
		descend = !is_unread(node);
		if (node->type != XML_TEXT_NODE || !text)
			continue;
		while (newsdoc__html_is_space(*text))
			text++;
		len = strnlen(text, LABEL_MAX_BYTES);
		while (len && newsdoc__html_is_space(text[len - 1]))
			len--;
		if (!len)
			continue;
		if (len == LABEL_MAX_BYTES)
			return 0;
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
	/* cut only a credit word the collected text starts with, and only
	 * on a character's first byte */
	if (skip > text->len || !newsdoc__content_is_credit_word(text->ptr, skip) ||
		(skip < text->len && ((unsigned char)text->ptr[skip] & 0xC0) == 0x80))
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
