/*
 * Extraction profiles by page type (pagetype.c says which): what the body
 * of a page that is not an article is made of, as small changes to the
 * generic pipeline at three points:
 *
 *   prepare    after scoring and classifying, before related boxes:
 *              changes to what is visible (and a new scoring when so);
 *   container  after the container is chosen: a wider one when the
 *              type's body is a set of repeated items;
 *   emission   blocks.c asks whether the type keeps what an article
 *              drops (newsdoc__profile_keeps_links).
 *
 * The article profile is the generic pipeline unchanged but for one
 * rule every type shares: hidden panels that a click opens (tab panels,
 * accordions, a "product details" box named as a dialog) are shown
 * (panels.c), so that product pages typed otherwise keep them too. Each
 * rule is kept only when the check half of bench/run's pages says so and
 * no set loses.
 *
 * Forum: no profile. A climb to the parent of all the posts and the
 * <noscript> crawler view (Discourse) were tried: with the generic
 * pipeline's own shell-page rescue and sibling joining they no longer help
 * the check half (forum body F1 0.807 without, 0.803 with), so forum pages
 * take the article pipeline.
 *
 * Service: the body is every section of <main> (hero, feature cards,
 * questions, calls to action), which the scorer splits; <main> is the
 * container when it holds >= 1.2x the container's text, is not named as
 * furniture and is not mostly links.
 *
 * Product: customer reviews are not the description. Boxes whose class
 * or id names them (a table in pagetype_words.c), and shelves of other
 * products (most of a box's text in a run of cards, each with a picture
 * and a link; not the page's largest run of items, which on a shop
 * category typed product is the page itself), leave the page unless they
 * hold the <h1>; hidden tab panels and details boxes named as furniture
 * are shown (panels.c); the page is scored again; then <main> is the
 * container as on a service page (price, description, specifications).
 *
 * Listing and collection: the body is the items, whose titles are links.
 * blocks.c keeps link-heavy paragraphs, headings, lists and tables, and
 * the container is the parent of the page's largest run of repeated
 * items (pagetype_features.c found it) when the run holds >= 30% of the
 * page's text. Only the two together help (alone, each loses text).
 *
 * Documentation: an index page names its pages in linked headings and
 * lists of links, a reference page its members; blocks.c keeps them as on
 * a listing, inside the container the scorer chose (no widening).
 */
#include <string.h>

#include "pagetype.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

/* At most this many boxes are removed from a page. */
#define MAX_DROPS 64

/*
 * Flag every element around an <h1> (the page's own title: a box holding
 * it is not one to drop) with NODE_HOLDS_H1, once for the page: asked of
 * each box in turn, a walk of the box's subtree made shelves nested in
 * one another quadratic. A climb stops at an element already flagged, so
 * each is flagged once; elements without a record (inside a hidden or
 * skipped one, where the drop walk never goes) cannot be flagged, so the
 * rest of such a stretch is not walked again after its first <h1>.
 */
static void flag_h1_holders(xmlNode *top)
{
	xmlNode *node = top, *up, *unrecorded;

	while (node) {
		if (node->type != XML_ELEMENT_NODE || strcmp((const char *)node->name, "h1")) {
			node = newsdoc__walk_next(node, top, node->type == XML_ELEMENT_NODE);
			continue;
		}
		unrecorded = node;
		for (up = node; up && up != top->parent; up = up->parent) {
			content_stat *stat = content_stat_of(up);
			if (!stat) {
				unrecorded = up;
				continue;
			}
			if (stat->flags & NODE_HOLDS_H1)
				break;
			stat->flags |= NODE_HOLDS_H1;
		}
		node = newsdoc__walk_next(unrecorded, top, 0);
	}
}

/* 1 when `node` holds an element named `name` (within a bound). */
#define CARD_MAX_NODES 200

static int holds_element(const xmlNode *top, const char *name)
{
	const xmlNode *node;
	size_t seen = 0;

	for (node = top; node && seen < CARD_MAX_NODES; node = newsdoc__walk_next((xmlNode *)node, (xmlNode *)top, 1), seen++)
		if (node->type == XML_ELEMENT_NODE && !strcmp((const char *)node->name, name))
			return 1;
	return 0;
}

/*
 * A shelf of other products: most of `box`'s text is in a run of at least
 * three repeated items (item_runs.c), each a card with a picture and a
 * link. The product's own features and specifications are no such run.
 */
#define SHELF_MIN_ITEMS 3

static int is_product_shelf(const xmlNode *box, const content_stat *stat)
{
	item_run run;
	const xmlNode *item;
	unsigned int kind;

	if (stat->text == 0 || !newsdoc__item_run_find(box, SHELF_MIN_ITEMS, &run) || run.text * 10 < stat->text * 7)
		return 0;
	kind = run.kind;
	for (item = run.first; item; item = item->next) {
		if (item->type != XML_ELEMENT_NODE || newsdoc__item_kind(item) != kind)
			continue;
		if (!holds_element(item, "img") || !holds_element(item, "a"))
			return 0;
		if (item == run.last)
			break;
	}
	return 1;
}

/* Product: boxes named as reviews or ratings, and shelves of other
 * products but the page's largest run of items, leave the page (a removal, as a site rule's drop: the generic
 * extractor reads its own copy of the page). 1 when one went. */
static int drop_reviews(content_ctx *ctx)
{
	xmlNode *node = ctx->body, *found[MAX_DROPS];
	size_t count = 0, i;

	flag_h1_holders(ctx->body);
	while (node && count < MAX_DROPS) {
		const content_stat *stat = content_stat_of(node);
		int descend = stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN);
		if (descend && node != ctx->body) {
			const char *class_names = newsdoc__attr_text(node, "class"), *id = newsdoc__attr_text(node, "id");
			if (((class_names && newsdoc__page_name_types(PAGE_WORDS_LEAVE_OUT, class_names)) ||
				(id && newsdoc__page_name_types(PAGE_WORDS_LEAVE_OUT, id)) ||
				(node != ctx->items_parent && is_product_shelf(node, stat))) && !(stat->flags & NODE_HOLDS_H1)) {
				found[count++] = node;
				descend = 0;
			}
		}
		node = newsdoc__walk_next(node, ctx->body, descend);
	}
	for (i = 0; i < count; i++) {
		xmlUnlinkNode(found[i]);
		xmlFreeNode(found[i]);
	}
	/* The item run the features found may have been in a freed box. */
	if (count)
		ctx->items_parent = NULL;
	return count > 0;
}

/* Score again after the tree changed. */
static int rescore(content_ctx *ctx)
{
	newsdoc__content_forget(ctx);
	/* The subtree the scorer saw hidden may have been freed: look again. */
	ctx->unseen = NULL;
	ctx->unseen_text = 0;
	return newsdoc__content_score(ctx);
}

int newsdoc__profile_prepare(content_ctx *ctx)
{
	int changed = 0;

	if (ctx->page_type == PAGE_TYPE_PRODUCT)
		changed = drop_reviews(ctx);
	/* Every type: a product page the classifier typed otherwise keeps its
	 * panels, and so do the questions of a service page. */
	if (newsdoc__panels_find(ctx))
		changed = 1;
	return changed ? rescore(ctx) : 0;
}

/* The page's <main> (or role="main"), or NULL. */
static xmlNode *find_main(const content_ctx *ctx)
{
	xmlNode *node = ctx->body;

	while (node) {
		const content_stat *stat = content_stat_of(node);
		int descend = stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN);
		if (descend && node != ctx->body) {
			const char *role;
			if (!strcmp((const char *)node->name, "main"))
				return node;
			role = newsdoc__attr_text(node, "role");
			if (role && !strcmp(role, "main"))
				return node;
		}
		node = newsdoc__walk_next(node, ctx->body, descend);
	}
	return NULL;
}

/* Service: every section of <main> (hero, features, questions, calls to
 * action), not the one section with the most prose. */
static void widen_to_main(content_ctx *ctx)
{
	xmlNode *main = find_main(ctx);
	const content_stat *stat = content_stat_of(main), *mine = content_stat_of(ctx->container);

	if (!stat || !mine || (stat->flags & NODE_NEGATIVE) || stat->text * 10 < mine->text * 12 ||
		stat->link_text * 2 > stat->text)
		return;
	ctx->container = main;
	ctx->container_para_text = stat->para_text;
}

/* Listing and collection: the items are the body; their parent is the
 * container when they hold a real share of the page. */
static void widen_to_items(content_ctx *ctx)
{
	const content_stat *items = content_stat_of(ctx->items_parent), *body = content_stat_of(ctx->body);

	if (!items || !body || ctx->items_parent == ctx->body || (items->flags & NODE_NEGATIVE) ||
		items->text * 10 < body->text * 3)
		return;
	ctx->container = ctx->items_parent;
	ctx->container_para_text = items->para_text;
}

/* The type's body is a set of repeated items, each a link. */
static int items_are_links(const content_ctx *ctx)
{
	return ctx->page_type == PAGE_TYPE_LISTING || ctx->page_type == PAGE_TYPE_COLLECTION;
}

int newsdoc__profile_keeps_links(const content_ctx *ctx)
{
	return items_are_links(ctx) || ctx->page_type == PAGE_TYPE_DOCUMENTATION;
}

void newsdoc__profile_container(content_ctx *ctx)
{
	xmlNode *chosen = ctx->container;

	if (!ctx->container)
		return;
	if (ctx->page_type == PAGE_TYPE_SERVICE || ctx->page_type == PAGE_TYPE_PRODUCT)
		widen_to_main(ctx);
	else if (items_are_links(ctx))
		widen_to_items(ctx);
	/* The kin joined to the old container (siblings.c) are not parts of
	 * the new one: it holds its own. */
	if (ctx->container != chosen)
		ctx->part_count = 0;
}
