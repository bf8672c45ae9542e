/*
 * Repeated items among an element's children: the posts of a thread, the
 * teasers of a listing, the products of a category page. Items are
 * children of one tag whose class begins with the same word ("post bg1"
 * and "post bg2" are one kind; a row of class "athing" and the rows
 * between them are two), not necessarily next to each other.
 *
 * Each child is hashed into a small table of kinds; the kind with the
 * most text (among those with enough items) is the answer. Linear in the
 * number of children; kinds past the table's size are not counted.
 */
#include <string.h>

#include "pagetype.h"
#include "../html/dom_attr.h"

#define KIND_SLOTS 32

/* Repeated items are block containers: list items, rows, divs, articles;
 * paragraphs in a row are prose, not items. */
static int can_be_item(const xmlNode *node, const content_stat *stat)
{
	(void)node;
	/* tr, td and other names the tag table does not list count as divs */
	return stat->tag == TAG_DIV || stat->tag == TAG_LI;
}

/* FNV-1a of the tag name and the class's first word. */
static unsigned int kind_of(const xmlNode *node, const char *class_names)
{
	unsigned int hash = 2166136261u;
	const unsigned char *p;

	for (p = node->name; *p; p++)
		hash = (hash ^ *p) * 16777619u;
	hash = (hash ^ ' ') * 16777619u;
	if (class_names) {
		while (*class_names == ' ' || *class_names == '\t' || *class_names == '\n')
			class_names++;
		for (p = (const unsigned char *)class_names; *p && *p != ' ' && *p != '\t' && *p != '\n'; p++)
			hash = (hash ^ *p) * 16777619u;
	}
	return hash | 1u; /* 0 marks an empty slot */
}

int newsdoc__item_run_find(const xmlNode *parent, unsigned int min_items, item_run *best)
{
	struct kind {
		unsigned int hash;
		item_run run;
	} kinds[KIND_SLOTS];
	const xmlNode *child;
	size_t i, used = 0;
	int found = 0;

	memset(kinds, 0, sizeof(kinds));
	memset(best, 0, sizeof(*best));
	for (child = parent->children; child; child = child->next) {
		const content_stat *stat = content_stat_of(child);
		unsigned int hash;
		if (!stat || stat->tag == TAG_SKIP || (stat->flags & NODE_HIDDEN) || !can_be_item(child, stat))
			continue;
		hash = kind_of(child, newsdoc__attr_text(child, "class"));
		for (i = hash % KIND_SLOTS; kinds[i].hash && kinds[i].hash != hash; i = (i + 1) % KIND_SLOTS)
			;
		if (!kinds[i].hash) {
			/* A new kind: only while a slot stays free, so probes end. */
			if (used + 1 >= KIND_SLOTS)
				continue;
			used++;
			kinds[i].hash = hash;
			kinds[i].run.first = child;
		}
		kinds[i].run.items++;
		kinds[i].run.text += stat->text;
		kinds[i].run.link_text += stat->link_text;
		kinds[i].run.good_text += stat->good_text;
		kinds[i].run.last = child;
	}
	for (i = 0; i < KIND_SLOTS; i++)
		if (kinds[i].hash && kinds[i].run.items >= min_items && (!found || kinds[i].run.text > best->text)) {
			*best = kinds[i].run;
			found = 1;
		}
	if (found)
		best->kind = newsdoc__item_kind(best->first);
	return found;
}

unsigned int newsdoc__item_kind(const xmlNode *node)
{
	return kind_of(node, newsdoc__attr_text(node, "class"));
}
