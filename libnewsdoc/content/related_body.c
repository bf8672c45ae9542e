/*
 * Related items set inside the story itself (related.c): a teaser card
 * between its paragraphs, and a list of links to the site's own articles
 * set between them with no heading ("<p>...</p><ul><li><a>Marathon: all
 * closed streets</a></li>...</ul><p>...</p>", issue 14: links to other
 * articles tied to the story, inside it). Told by where they stand (a
 * paragraph of the story just before or after) and by what they hold.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"
#include "../text/text_util.h"

/* A paragraph of the story: a few lines, links a quarter of its text at most. */
static int prose_paragraph(const xmlNode *node)
{
	content_stat *stat = node ? content_stat_of((xmlNode *)node) : NULL;

	return stat && stat->tag == TAG_P && stat->text >= 80 && stat->link_text * 4 < stat->text;
}

/* How many nodes that are not elements (white space, comments) may stand
 * between an element and a paragraph still counted as beside it. A bound,
 * not a taste: every card of a box asks about the same wrappers, and an
 * unbounded skip read a long run of comments once per card. */
#define PROSE_SIBLING_SKIP 4

/* The element just before (or after) `node`, or NULL when more than
 * PROSE_SIBLING_SKIP other nodes stand between them. */
static const xmlNode *near_sibling_element(const xmlNode *node, int forward)
{
	int skipped = 0;

	for (node = forward ? node->next : node->prev; node && node->type != XML_ELEMENT_NODE;
		node = forward ? node->next : node->prev)
		if (++skipped > PROSE_SIBLING_SKIP)
			return NULL;
	return node;
}

/* A paragraph of the story, bare or in a block of its own that holds no
 * other text ("<div><p>...</p></div><div><ul>..</ul></div><div><p>...":
 * pages that wrap each paragraph). Only the wrapper's first element is
 * read: the texts counted for both say whether it holds the rest. */
static int prose_block(const xmlNode *node)
{
	const content_stat *stat = node ? content_stat_of((xmlNode *)node) : NULL;
	const xmlNode *first;

	if (!stat || stat->tag != TAG_DIV)
		return prose_paragraph(node);
	if ((first = node->children) != NULL && first->type != XML_ELEMENT_NODE)
		first = near_sibling_element(first, 1);
	return first && prose_paragraph(first) && content_stat_of((xmlNode *)first)->text == stat->text;
}

/* Is an element set between the story's paragraphs: a paragraph just
 * before or after it, or after one of its wrappers, up to this many?
 * PROSE_BARE when a bare paragraph is, PROSE_WRAPPED when only a wrapped
 * one is, else 0. */
#define PROSE_WRAPPER_DEPTH 3
enum { PROSE_BARE = 1, PROSE_WRAPPED = 2 };

static int beside_prose(const xmlNode *node)
{
	int depth, wrapped = 0;

	for (depth = 0; node && node->type == XML_ELEMENT_NODE && depth <= PROSE_WRAPPER_DEPTH; depth++, node = node->parent) {
		const xmlNode *before = near_sibling_element(node, 0), *after = near_sibling_element(node, 1);
		if (prose_paragraph(before) || prose_paragraph(after))
			return PROSE_BARE;
		if (!wrapped && (prose_block(before) || prose_block(after)))
			wrapped = PROSE_WRAPPED;
	}
	return wrapped;
}

/* An <article> element inside another one (a few levels up), set
 * between paragraphs. */
#define NESTED_ARTICLE_DEPTH 12

int newsdoc__related_nested_article(const xmlNode *node)
{
	const xmlNode *up;
	int level;

	if (strcmp((const char *)node->name, "article"))
		return 0;
	/* (the climb first: few <article> elements are nested, so most stop here) */
	for (up = node->parent, level = 0; up && up->type == XML_ELEMENT_NODE && level < NESTED_ARTICLE_DEPTH;
		up = up->parent, level++)
		if (!strcmp((const char *)up->name, "article"))
			return beside_prose(node);
	return 0;
}

/* Nodes walked inside a card or a list item for its link or heading: a
 * teaser is a few elements; a bound, as every element of the story may ask. */
#define CARD_WALK 48

static int is_element(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE && !strcmp((const char *)node->name, name);
}

/* The first link inside `top`, within CARD_WALK nodes, or NULL. */
static const xmlNode *first_link_in(const xmlNode *top)
{
	const xmlNode *at = top;
	size_t walked = 0;

	while ((at = newsdoc__walk_next((xmlNode *)at, (xmlNode *)top, 1)) != NULL && walked++ < CARD_WALK)
		if (is_element(at, "a"))
			return at;
	return NULL;
}

/* Does `link` hold a heading (within CARD_WALK nodes)? */
static int holds_heading(const xmlNode *link)
{
	const xmlNode *at = link;
	size_t walked = 0;

	while ((at = newsdoc__walk_next((xmlNode *)at, (xmlNode *)link, 1)) != NULL && walked++ < CARD_WALK) {
		const content_stat *stat = at->type == XML_ELEMENT_NODE ? content_stat_of((xmlNode *)at) : NULL;
		if (stat && stat->tag == TAG_HEADING && stat->text > 0)
			return 1;
	}
	return 0;
}

/*
 * A teaser card between the story's paragraphs: a block that is one link
 * (all its text is link text) holding a heading ("<div class=news-link><a>
 * <img><h5>News</h5><h4>Witnesses appeal</h4></a></div>",
 * "<div class=plug><a><h2><small>Read also</small> A father for the big
 * days</h2></a></div>"), or an <aside> that is. A link holding a heading is
 * a teaser's, not a word of running text.
 */
static int own_site(const char *href, const char *page_url);

int newsdoc__related_body_card(const xmlNode *node, const content_stat *stat, const char *page_url)
{
	const xmlNode *link;
	xmlChar *href;
	int own, beside;

	/* (an <aside> too: "<p/><aside class=linkcard><a><picture/><h3>..</h3></a>
	 * </aside><p/>" is a card set aside from the story, not furniture) */
	if ((stat->tag != TAG_DIV && !is_element(node, "aside")) || stat->text == 0 || stat->link_text != stat->text)
		return 0;
	/* (the link holds all the text: one teaser, not a box of them) */
	if ((link = first_link_in(node)) == NULL || !content_stat_of((xmlNode *)link) ||
		content_stat_of((xmlNode *)link)->text != stat->text || !holds_heading(link))
		return 0;
	/* (beside wrapped paragraphs only, a card is the site's own: a shop's
	 * product cards between the reviews of a buying guide are not) */
	if ((beside = beside_prose(node)) != PROSE_WRAPPED)
		return beside;
	if ((href = newsdoc__content_attr(link, "href")) == NULL)
		return 0;
	own = own_site((const char *)href, page_url);
	xmlFree(href);
	return own;
}

/*
 * A list of links to the site's own articles set between the story's
 * paragraphs: each item one article link of a headline's few words, a
 * short label before it at most ("Hackerangriffe: <a>..</a>"), links at
 * least half of each item's text. At least two items, at most a short
 * list's many: a longer one is an index.
 */
#define BODY_LIST_MIN_ITEMS 3
#define BODY_LIST_MAX_ITEMS 8
#define BODY_ITEM_MAX_TEXT 200

/* Does `href` go to the page's own site? A relative address does. */
static int own_site(const char *href, const char *page_url)
{
	const char *host, *page_host;
	size_t host_len, page_host_len;

	if (strncmp(href, "//", 2) && !strstr(href, "://"))
		return 1;
	return page_url && (host = newsdoc__url_host(href, &host_len)) != NULL &&
		(page_host = newsdoc__url_host(page_url, &page_host_len)) != NULL &&
		newsdoc__host_same_site(host, host_len, page_host, page_host_len);
}

/*
 * An address that names one article: a part of its path holds an id (a
 * run of this many digits) or a headline's slug (this many hyphens or
 * underscores). A guide's or a section's address ("/themen/steuern",
 * "/shop/garden-tools") does not.
 */
#define ARTICLE_ID_DIGITS 4
#define ARTICLE_SLUG_JOINS 3

static int article_address(const char *href)
{
	const char *at = strstr(href, "://");
	size_t digits = 0, joins = 0;

	at = at ? strchr(at + 3, '/') : (!strncmp(href, "//", 2) ? strchr(href + 2, '/') : href);
	for (; at && *at && *at != '?' && *at != '#'; at++) {
		if (*at == '/') {
			digits = joins = 0;
			continue;
		}
		digits = *at >= '0' && *at <= '9' ? digits + 1 : 0;
		if (*at == '-' || *at == '_')
			joins++;
		if (digits >= ARTICLE_ID_DIGITS || joins >= ARTICLE_SLUG_JOINS)
			return 1;
	}
	return 0;
}

/* A list item of the kind: one own-site article link of a headline. */
static int article_item(const xmlNode *item, const char *page_url)
{
	const content_stat *stat = content_stat_of((xmlNode *)item);
	const xmlNode *link;
	xmlChar *href;
	int fits;

	if (!stat || stat->tag != TAG_LI || stat->text == 0 || stat->text > BODY_ITEM_MAX_TEXT ||
		stat->link_text * 2 < stat->text || (link = first_link_in(item)) == NULL)
		return 0;
	if ((href = newsdoc__related_article_href(link)) == NULL)
		return 0;
	fits = own_site((const char *)href, page_url) && article_address((const char *)href) &&
		newsdoc__related_headline_words(link);
	xmlFree(href);
	return fits;
}

/* An item without text: an ad's slot left empty in the HTML ("<li><span>
 * <div id=ad-slot></div></span></li>"), no item of the list either way. */
static int empty_item(const xmlNode *item)
{
	const content_stat *stat = content_stat_of((xmlNode *)item);

	return stat && stat->text == 0 && stat->link_text == 0;
}

int newsdoc__related_body_list(const xmlNode *list, const content_stat *stat, const char *page_url)
{
	const xmlNode *child;
	int items = 0;

	if (stat->tag != TAG_LIST || stat->link_text * 2 < stat->text || !beside_prose(list))
		return 0;
	for (child = list->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE || empty_item(child))
			continue;
		if (++items > BODY_LIST_MAX_ITEMS || !article_item(child, page_url))
			return 0;
	}
	return items >= BODY_LIST_MIN_ITEMS;
}
