/*
 * Links to an author's page ("/autoren/name/x", "/author/jane-doe"), which
 * the metadata walk reads as rel=author links, and the menu they may stand
 * in: a site's navigation that lists its columnists, one link an item
 *
 *   <ul><li><a href="/blogs/author/ada-finch/">Ada Finch</a></li>
 *       <li><a href="/blogs/author/bo-lund/">Bo Lund</a></li> ... </ul>
 *
 * credits none of them with the story. A byline's few authors may be
 * items of a list too, so only a list of many counts as a menu.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"

/* Items of a list of author links that make it a menu; items looked at
 * on each side of the link's own; levels between the link and its item,
 * and from an item down to its link. */
#define MENU_MIN_ITEMS 4
#define MENU_MAX_SIBLINGS 8
#define MENU_ITEM_DEPTH 2

int newsdoc__meta_is_author_href(const char *href)
{
	static const char *const paths[] = {
		"/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/auteurs/", "/journalist/",
		"/journalists/", "/redakteur/", "/reporter/", "/reporters/", "/writers/", "/by/", NULL
	};
	size_t k;

	if (!href)
		return 0;
	/* Addresses are lower case in practice; strstr is much faster. */
	for (k = 0; paths[k]; k++)
		if (strstr(href, paths[k]))
			return 1;
	return 0;
}

static int is_item(const xmlNode *node)
{
	return node->type == XML_ELEMENT_NODE && node->name && !strcasecmp((const char *)node->name, "li");
}

/* Does the list item lead with a link to an author's page (a few first
 * children down)? */
static int item_links_author(const xmlNode *item)
{
	const xmlNode *at = item->children;
	int depth = 0;

	while (at && depth <= MENU_ITEM_DEPTH) {
		while (at && at->type != XML_ELEMENT_NODE)
			at = at->next;
		if (!at)
			return 0;
		if (!strcasecmp((const char *)at->name, "a"))
			return newsdoc__meta_is_author_href(newsdoc__attr_text(at, "href"));
		at = at->children;
		depth++;
	}
	return 0;
}

int newsdoc__meta_in_author_menu(const xmlNode *link)
{
	const xmlNode *item = link->parent, *at;
	int depth, items = 1, looked;

	for (depth = 0; item && !is_item(item) && depth < MENU_ITEM_DEPTH; depth++)
		item = item->parent;
	if (!item || !is_item(item))
		return 0;
	for (at = item->prev, looked = 0; at && looked < MENU_MAX_SIBLINGS; at = at->prev)
		if (is_item(at)) {
			looked++;
			items += item_links_author(at);
		}
	for (at = item->next, looked = 0; at && looked < MENU_MAX_SIBLINGS; at = at->next)
		if (is_item(at)) {
			looked++;
			items += item_links_author(at);
		}
	return items >= MENU_MIN_ITEMS;
}
