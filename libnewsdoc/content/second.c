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
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

/* The container's share of the page's voting prose below which the main
 * region is read instead, in percent. */
#define SECOND_MIN_SHARE 35u

int newsdoc__content_is_main_region(const xmlNode *node)
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
		if (stat && stat->tag == TAG_DIV && !(stat->flags & NODE_HIDDEN) && newsdoc__content_is_main_region(node))
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
	ctx->part_count = 0;
	ctx->container_para_text = content_stat_of(node)->para_text;
}

/* The voting prose of the container, or of all its parts. */
static unsigned long chosen_prose(const content_ctx *ctx)
{
	unsigned long prose = 0;
	size_t i;

	if (!ctx->part_count)
		return content_stat_of(ctx->container)->good_text;
	for (i = 0; i < ctx->part_count; i++)
		prose += content_stat_of(ctx->parts[i])->good_text;
	return prose;
}

void newsdoc__content_second_opinion(content_ctx *ctx)
{
	const content_stat *page = content_stat_of(ctx->body), *chosen = content_stat_of(ctx->container);
	unsigned long prose;
	xmlNode *region;

	if (!page || !chosen || ctx->container == ctx->body)
		return;
	prose = chosen_prose(ctx);
	if (prose * 100 >= (unsigned long)page->good_text * SECOND_MIN_SHARE)
		return;
	region = find_main_region(ctx);
	if (!region) {
		use_container(ctx, ctx->body);
		return;
	}
	/* A page that marks its main region: read it when it holds the
	 * container and adds prose to it; a container outside it, or one
	 * that holds most of it, stays. */
	if (is_inside(ctx->container, region) && content_stat_of(region)->good_text * 10ul >= prose * 15)
		use_container(ctx, region);
}

void newsdoc__content_choose(content_ctx *ctx)
{
	xmlNode *picked = newsdoc__content_pick_container(ctx);

	newsdoc__content_second_opinion(ctx);
	if (ctx->container == picked)
		newsdoc__content_join_siblings(ctx);
}

/* The share of the page's paragraph text (in percent) the densest region
 * must hold. */
#define FLOOR_REGION_SHARE 75u

/*
 * The densest region: from the body down, while one child holds most of
 * the page's paragraph text (names not asked: para_text counts furniture
 * too), go into it.
 */
static xmlNode *densest_region(const content_ctx *ctx)
{
	xmlNode *region = ctx->body;
	unsigned long page = content_stat_of(ctx->body)->para_text;

	while (page) {
		xmlNode *child, *next = NULL;
		for (child = region->children; child && !next; child = child->next) {
			const content_stat *stat = content_stat_of(child);
			if (stat && !(stat->flags & NODE_HIDDEN) && stat->tag != TAG_SKIP &&
				stat->para_text * 100ul >= page * FLOOR_REGION_SHARE)
				next = child;
		}
		if (!next)
			break;
		region = next;
	}
	return region;
}

/* The blocks from `first` on say nothing (pictures alone): take them back,
 * so that the next reading starts from the same place. */
static void drop_pictures_from(content_ctx *ctx, size_t first)
{
	size_t count = newsdoc_document_block_count(ctx->doc);

	if (count > first && !newsdoc__document_has_words(ctx->doc))
		newsdoc__document_drop_blocks(ctx->doc, first, count - first);
}

/*
 * The floor, when the ordinary reading gave no words: at most pictures
 * (`pictures` figure blocks already in the document, a product grid's
 * images). Each reading below replaces them only when it finds words;
 * without any the pictures stay, and the page's description joins them.
 */
int newsdoc__content_floor(content_ctx *ctx)
{
	const char *description;
	size_t pictures = newsdoc_document_block_count(ctx->doc);
	int error = 0, level;

	if (!content_stat_of(ctx->body))
		return 0;
	/* What the scorer skipped holds more than what is visible: read it
	 * the ordinary way first. */
	if ((error = newsdoc__content_reveal_for_floor(ctx, &level)) != 0)
		return error;
	if (level) {
		newsdoc__content_choose(ctx);
		ctx->saw_heading_title = 0;
		if ((error = newsdoc__content_emit(ctx)) != 0)
			return error;
		drop_pictures_from(ctx, pictures);
	}
	for (level = FLOOR_NAMES; level <= FLOOR_LINKS && !error && !newsdoc__document_has_words(ctx->doc); level++) {
		ctx->floor = level;
		ctx->saw_heading_title = 0;
		use_container(ctx, level == FLOOR_NAMES ? densest_region(ctx) : ctx->body);
		error = newsdoc__content_emit(ctx);
		drop_pictures_from(ctx, pictures);
	}
	ctx->floor = FLOOR_NONE;
	if (!error && pictures && newsdoc__document_has_words(ctx->doc))
		newsdoc__document_drop_blocks(ctx->doc, 0, pictures);
	/* Nothing visible at all (a page that loads its text by script): what
	 * the page says it is about. */
	description = newsdoc_document_description(ctx->doc);
	if (!error && !newsdoc__document_has_words(ctx->doc) && description && *description)
		error = newsdoc_document_add_block(NULL, ctx->doc, NEWSDOC_BLOCK_PARAGRAPH, description, strlen(description));
	return error;
}
