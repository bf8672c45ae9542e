/*
 * Comment counts stated by markup rather than by words: microdata
 * (itemprop=commentCount, the older itemprop=interactionCount
 * "UserComments:12", an itemprop=interactionStatistic scope whose
 * interactionType is a CommentAction). The tree walk (meta_walk.c) hands
 * over the elements that carry an itemprop, outside boxes of other
 * articles; the count goes to the MICRODATA source.
 */
#include <string.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"

/* The count an element states alone: its content attribute, else its
 * text ("<meta itemprop=commentCount content=12>", "<span ...>12</span>"). */
static long stated_count(meta_store *store, const xmlNode *node, int interaction)
{
	const char *content = newsdoc__attr_text(node, "content");
	char *text = NULL;
	long n;

	if (!content || !*content)
		content = text = newsdoc__meta_element_text(store, node);
	if (!content)
		return -1;
	n = interaction ? newsdoc__meta_comment_interaction_count(content) :
		newsdoc__meta_bare_count(content, strlen(content));
	newsdoc__free(text);
	return n;
}

/* The interaction an interactionType element names: <meta content=...>,
 * <link href=...>, else its text. */
static int counts_comments(meta_store *store, const xmlNode *type)
{
	const char *value = newsdoc__attr_text(type, "content");
	char *text = NULL;
	int yes;

	if (!value || !*value)
		value = newsdoc__attr_text(type, "href");
	if (!value || !*value)
		value = text = newsdoc__meta_element_text(store, type);
	yes = newsdoc__meta_is_comment_interaction(value);
	newsdoc__free(text);
	return yes;
}

void newsdoc__meta_itemprop_comments(meta_store *store, const xmlNode *node, const char *prop)
{
	const xmlNode *type, *count;
	long n = -1;

	if (store->comment_itemprop_seen)
		return;
	if (newsdoc__meta_ieq(prop, "commentCount"))
		n = stated_count(store, node, 0);
	else if (newsdoc__meta_ieq(prop, "interactionCount"))
		n = stated_count(store, node, 1);
	else if (newsdoc__meta_ieq(prop, "interactionStatistic") &&
		 (type = newsdoc__meta_find_itemprop(node, "interactionType", 0)) != NULL && counts_comments(store, type) &&
		 (count = newsdoc__meta_find_itemprop(node, "userInteractionCount", 0)) != NULL)
		n = stated_count(store, count, 0);
	else
		return;
	/* The first count belongs to the page's own item; later ones to the
	 * items inside it (the answers of a question), even when the first
	 * is empty. A count of likes or views is no count of comments. */
	if (n >= 0 || !newsdoc__meta_ieq(prop, "interactionCount"))
		store->comment_itemprop_seen = 1;
	if (n >= 0)
		store->comments[META_SRC_MICRODATA] = n;
}
