/*
 * A teaser's title without the label set inside it: "Live", a section
 * kicker ("Abo", glued to the headline as "AboInfektionen mit ..."), the
 * source's name at its end ("... Medical Daily"). Issue 14 item 3: the
 * title without its kicker. The label is a part of the title's element
 * classed as one (words in label_names); its text is cut where it opens or
 * ends the title, with the separators beside it.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"

static const char *const label_names[] = { "kicker", "label", "attribution", "overline", "eyebrow", NULL };

/* Elements looked at inside a title for a label: a title is a few elements. */
#define TITLE_LABEL_WALK 48
/* What must be left of a title once its label is cut. */
#define TITLE_AFTER_LABEL 12

static const char label_separators[] = " :-|";

static void cut_label(newsdoc__sb *title, const newsdoc__sb *label)
{
	size_t cut;

	if (!strncmp(title->ptr, label->ptr, label->len)) {
		cut = label->len;
		while (cut < title->len && strchr(label_separators, title->ptr[cut]))
			cut++;
		memmove(title->ptr, title->ptr + cut, title->len - cut + 1);
		title->len -= cut;
	} else if (!strcmp(title->ptr + title->len - label->len, label->ptr)) {
		title->len -= label->len;
		while (title->len && strchr(label_separators, title->ptr[title->len - 1]))
			title->len--;
		title->ptr[title->len] = '\0';
	}
}

int newsdoc__related_drop_title_label(newsdoc__sb *title, const xmlNode *from)
{
	newsdoc__sb label = NEWSDOC__SB_INIT;
	xmlNode *node = (xmlNode *)from;
	size_t walked = 0;
	int error = 0;

	while ((node = newsdoc__walk_next(node, (xmlNode *)from, 1)) != NULL && walked++ < TITLE_LABEL_WALK) {
		if (node->type != XML_ELEMENT_NODE || !newsdoc__related_class_has(node, label_names))
			continue;
		if ((error = newsdoc__content_text_of(&label, node)) != 0)
			break;
		if (label.len && label.len + TITLE_AFTER_LABEL <= title->len)
			cut_label(title, &label);
		break;
	}
	newsdoc__sb_free(&label);
	return error;
}
