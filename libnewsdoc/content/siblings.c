/*
 * The body split over sibling containers of one kind: an article whose
 * sections are each a <div class="story-text">, a thread whose posts are
 * each an <article class="message">, a reference page of
 * <section class="content-section">s. The scorer picks one of them; the
 * others, with the same tag and the same class list, inside the same
 * article or main region, holding prose of their own, join it.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

/* The voting prose a sibling must hold to join. */
#define JOIN_MIN_PROSE 50u

static int is_article_or_main(const xmlNode *node)
{
	return !strcmp((const char *)node->name, "article") || newsdoc__content_is_main_region(node);
}

static int same_kind(const xmlNode *node, const xmlNode *container, const char *classes)
{
	const char *theirs;

	if (node == container || strcmp((const char *)node->name, (const char *)container->name))
		return 0;
	theirs = newsdoc__attr_text(node, "class");
	return theirs && !strcmp(theirs, classes);
}

static int holds_prose(const content_stat *stat)
{
	return stat->good_text >= JOIN_MIN_PROSE && stat->link_text * 3 < stat->text;
}

void newsdoc__content_join_siblings(content_ctx *ctx)
{
	xmlNode *container = ctx->container, *scope, *node;
	const char *classes = container ? newsdoc__attr_text(container, "class") : NULL;
	size_t count = 0;
	int seen_container = 0;

	ctx->part_count = 0;
	if (!classes || !*classes || container == ctx->body)
		return;
	for (scope = container->parent; scope && scope != ctx->body && !is_article_or_main(scope); scope = scope->parent)
		;
	if (!scope || scope == ctx->body)
		return;
	/* In document order: the container and its kin, none inside furniture
	 * (muted subtrees are not entered) nor inside one another. */
	for (node = scope; node;) {
		const content_stat *stat = content_stat_of(node);
		int descend = stat && stat->tag != TAG_SKIP && !(stat->flags & (NODE_HIDDEN | NODE_NEGATIVE | NODE_RELATED));
		if (node == container) {
			seen_container = 1;
			descend = 0;
		}
		if (node != scope && descend && same_kind(node, container, classes) && holds_prose(stat)) {
			if (count == CONTENT_MAX_PARTS - 1)
				return;
			ctx->parts[count++] = node;
			descend = 0;
		} else if (node == container) {
			if (count == CONTENT_MAX_PARTS - 1)
				return;
			ctx->parts[count++] = node;
		}
		node = newsdoc__walk_next(node, scope, descend);
	}
	if (seen_container && count > 1) {
		size_t i;
		ctx->part_count = count;
		ctx->container_para_text = 0;
		for (i = 0; i < count; i++)
			ctx->container_para_text += content_stat_of(ctx->parts[i])->para_text;
	}
}
