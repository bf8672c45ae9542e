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

/*
 * A kicker set apart as its own element, with no class that says so:
 * "<h3><span>Risikofaktor Nahost</span><span>:</span><a>Iran ...</a></h3>"
 * or "<a><svg/><span>Alarmierende Klimadaten</span> Es zeigen sich ...</a>".
 * The first child of the title that shows text is a span or an emphasis of
 * a few words, the headline follows it; a colon or bar stands between the
 * two, or a space before a headline that is one node of its own and opens
 * anew (no lowercase letter: not "<em>Titanic</em> director ..."). Inline
 * elements glue their texts ("Nahost:Iran"): cutting the kicker also
 * mends that.
 */
#define KICKER_MAX 48   /* bytes of a kicker's text */
#define KICKER_WORDS 5

static const char *const kicker_tags[] = { "span", "strong", "b", "em", "i", "small", "mark", NULL };

static int shows_text(const xmlNode *node)
{
	const xmlChar *p;

	if (node->type == XML_ELEMENT_NODE) {
		const content_stat *stat = content_stat_of(node);
		return stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN) && stat->text > 0;
	}
	if (node->type != XML_TEXT_NODE || !node->content)
		return 0;
	for (p = node->content; *p; p++)
		if (!strchr(" \t\r\n", *p))
			return 1;
	return 0;
}

static int kicker_tag(const xmlNode *node)
{
	const char *const *tag;

	for (tag = kicker_tags; *tag; tag++)
		if (!strcmp((const char *)node->name, *tag))
			return 1;
	return 0;
}

static size_t count_words(const char *text, size_t len)
{
	size_t words = 1, i;

	for (i = 0; i < len; i++)
		words += text[i] == ' ';
	return words;
}

/* The bytes to cut from the front of `title` (the text of `from`): its
 * kicker and the separators after it, or 0. */
static size_t kicker_length(const newsdoc__sb *title, const xmlNode *from, newsdoc__sb *kicker, int *error)
{
	const xmlNode *first = from->children, *node;
	size_t cut, after = 0;
	int pending = 0, marked = 0;

	while (first && !shows_text(first))
		first = first->next;
	if (!first || first->type != XML_ELEMENT_NODE || !kicker_tag(first))
		return 0;
	kicker->len = 0;
	if ((*error = newsdoc__content_collect_text(kicker, first, &pending)) != 0)
		return 0;
	newsdoc__sb_trim(kicker);
	if (kicker->failed) {
		*error = newsdoc__error_oom();
		return 0;
	}
	if (!kicker->len || kicker->len > KICKER_MAX || count_words(kicker->ptr, kicker->len) > KICKER_WORDS ||
		title->len < kicker->len || strncmp(title->ptr, kicker->ptr, kicker->len))
		return 0;
	marked = kicker->ptr[kicker->len - 1] == ':' || kicker->ptr[kicker->len - 1] == '|';
	for (cut = kicker->len; cut < title->len && strchr(label_separators, title->ptr[cut]); cut++)
		marked |= title->ptr[cut] == ':' || title->ptr[cut] == '|';
	if (title->len - cut < TITLE_AFTER_LABEL || title->len - cut <= kicker->len)
		return 0;
	if (marked)
		return cut;
	/* Only a space between: the headline is one node and opens anew. */
	for (node = first->next; node; node = node->next)
		after += shows_text(node);
	if (cut == kicker->len || after != 1 || (title->ptr[cut] >= 'a' && title->ptr[cut] <= 'z'))
		return 0;
	return cut;
}

int newsdoc__related_drop_title_kicker(newsdoc__sb *title, const xmlNode *from)
{
	newsdoc__sb kicker = NEWSDOC__SB_INIT;
	int error = 0;
	size_t cut = kicker_length(title, from, &kicker, &error);

	if (cut) {
		memmove(title->ptr, title->ptr + cut, title->len - cut + 1);
		title->len -= cut;
	}
	newsdoc__sb_free(&kicker);
	return error;
}
