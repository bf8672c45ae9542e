/*
 * Blocks from a container the caller names (a site rule's "body"), using
 * the same scoring and emitting as the generic extractor, so that a site
 * rule's body reads exactly like a generic one: boilerplate inside the
 * container is still dropped, the headline is still kept out.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"

/* Forget the per-element records before the side array goes away: the
 * tree outlives this call and other passes look at node->_private. */
static void clear_private(xmlNode *top)
{
	xmlNode *node;
	/* Unmetered: every mark must go, budget spent or not. */
	for (node = top; node; node = newsdoc__walk_step(node, top, node->type == XML_ELEMENT_NODE))
		if (node->type == XML_ELEMENT_NODE)
			node->_private = NULL;
}

int newsdoc__content_from_container(newsdoc_document *doc, xmlDoc *html, xmlNode *container,
	const char *url, const newsdoc_parse_options *opts)
{
	content_ctx ctx;
	int error;

	(void)html;
	memset(&ctx, 0, sizeof(ctx));
	ctx.doc = doc;
	ctx.body = container;
	ctx.url = url;
	ctx.max_depth = opts && opts->max_depth ? opts->max_depth : 256;
	ctx.max_related = opts && opts->max_related ? opts->max_related : 100;
	ctx.title = newsdoc_document_title(doc);
	error = newsdoc__content_score(&ctx);
	if (!error) {
		ctx.container = container;
		error = newsdoc__content_emit(&ctx);
	}
	clear_private(container);
	newsdoc__free(ctx.stats);
	newsdoc__content_images_free(&ctx);
	return error;
}
