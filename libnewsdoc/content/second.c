/*
 * A second opinion on the container (issue 13): the scorer's choice is a
 * box of prose, and on pages that are not one article (service pages of
 * many sections, listings, product pages) or whose body is split into
 * small wrappers, that box may hold a small share of the page's prose.
 * When it does, the page's main region (<main>, else role="main", else the
 * body) read with the furniture filter is the better answer.
 */
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../dom_attr.h"
#include "../dom_walk.h"

/* The container's share of the page's voting prose below which the main
 * region is read instead, in percent. */
#define SECOND_MIN_SHARE 35u

static int is_main_region(const xmlNode *node)
{
	const xmlAttr *role;

	if (!strcmp((const char *)node->name, "main"))
		return 1;
	role = newsdoc__attr_find(node, "role");
	return role && !strcasecmp(newsdoc__attr_value(role), "main");
}

/* The first main region of the page, or NULL. */
static xmlNode *find_main_region(const content_ctx *ctx)
{
	xmlNode *node = ctx->body;

	for (; node; node = newsdoc__walk_next(node, ctx->body, node->type == XML_ELEMENT_NODE && node->_private)) {
		const content_stat *stat = content_stat_of(node);
		if (stat && stat->tag == TAG_DIV && !(stat->flags & NODE_HIDDEN) && is_main_region(node))
			return node;
	}
	return NULL;
}

static int is_inside(const xmlNode *node, const xmlNode *ancestor)
{
	for (; node; node = node->parent)
		if (node == ancestor)
			return 1;
	return 0;
}

static void use_container(content_ctx *ctx, xmlNode *node)
{
	ctx->container = node;
	ctx->container_para_text = content_stat_of(node)->para_text;
}

void newsdoc__content_second_opinion(content_ctx *ctx)
{
	const content_stat *page = content_stat_of(ctx->body), *chosen = content_stat_of(ctx->container);
	xmlNode *region;

	if (!page || !chosen || ctx->container == ctx->body ||
		(unsigned long)chosen->good_text * 100 >= (unsigned long)page->good_text * SECOND_MIN_SHARE)
		return;
	region = find_main_region(ctx);
	if (!region) {
		use_container(ctx, ctx->body);
		return;
	}
	/* A page that marks its main region: read it when it holds the
	 * container and adds prose to it; a container outside it, or one
	 * that holds most of it, stays. */
	if (is_inside(ctx->container, region) && content_stat_of(region)->good_text * 10 >= chosen->good_text * 15)
		use_container(ctx, region);
}
