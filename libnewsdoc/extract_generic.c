/*
 * The generic extractor: metadata from the head first (it is what the
 * publisher states, so it wins over heuristics), then the main content
 * (content/): scoring, related boxes, typed blocks. It fills only fields
 * still unknown, so that site rules and plugins that ran first keep what
 * they found.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>
#include <libxml/uri.h>

#include "content/content.h"
#include "metadata/metadata.h"
#include "html/dom_walk.h"
#include "text/text_util.h"

#define DEFAULT_MAX_DEPTH 256

static const xmlNode *find_element(const xmlNode *node, const char *name, size_t depth)
{
	for (; node && depth < DEFAULT_MAX_DEPTH; node = node->next) {
		const xmlNode *found;
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (!strcasecmp((const char *)node->name, name))
			return node;
		if ((found = find_element(node->children, name, depth + 1)) != NULL)
			return found;
	}
	return NULL;
}

/* Clear the side pointers before the tree goes back to libxml2's free. */
static void clear_private(xmlNode *start)
{
	xmlNode *node = start;

	/* Unmetered: every mark must go, budget spent or not. */
	for (; node; node = newsdoc__walk_step(node, start, node->type == XML_ELEMENT_NODE))
		node->_private = NULL;
}

/*
 * The address relative links resolve against: the page's <base href>
 * (itself resolved against the page address) when the head has one, as a
 * browser does. Only the head's own children are looked at. NULL when
 * there is none; caller frees with xmlFree.
 */
static xmlChar *base_of(const xmlNode *root, const char *page_url)
{
	const xmlNode *head = root->children, *node;
	xmlChar *attr, *href, *base = NULL;
	const char *start;
	size_t len;

	while (head && (head->type != XML_ELEMENT_NODE || strcasecmp((const char *)head->name, "head")))
		head = head->next;
	if (!head)
		return NULL;
	for (node = head->children; node; node = node->next) {
		if (node->type != XML_ELEMENT_NODE || strcasecmp((const char *)node->name, "base"))
			continue;
		if ((attr = xmlGetProp(node, (const xmlChar *)"href")) == NULL)
			continue;
		start = newsdoc__url_trim((const char *)attr, &len);
		href = len ? xmlStrndup((const xmlChar *)start, (int)len) : NULL;
		xmlFree(attr);
		if (href)
			base = page_url ? newsdoc__uri_resolve((const char *)href, page_url) : NULL;
		/* only an absolute address can stand for the page's */
		if (!base && href && strstr((const char *)href, "://"))
			base = xmlStrdup(href);
		xmlFree(href);
		break;
	}
	return base;
}

static int extract_content(newsdoc_document *doc, xmlNode *body, const char *url,
	const newsdoc_parse_options *opts)
{
	content_ctx ctx;
	xmlChar *base;
	int error;

	memset(&ctx, 0, sizeof(ctx));
	ctx.doc = doc;
	ctx.body = body;
	ctx.url = url ? url : newsdoc_document_canonical_url(doc);
	base = body->parent ? base_of(body->parent, ctx.url) : NULL;
	if (base)
		ctx.url = (const char *)base;
	ctx.max_depth = opts->max_depth ? opts->max_depth : DEFAULT_MAX_DEPTH;
	ctx.max_related = opts->max_related;
	ctx.title = newsdoc_document_title(doc);

	error = newsdoc__content_score(&ctx);
	if (!error)
		error = newsdoc__content_page_type(&ctx);
	if (!error)
		error = newsdoc__profile_prepare(&ctx);
	if (!error)
		error = newsdoc__content_reveal(&ctx);
	if (!error && !newsdoc_document_related_count(doc))
		error = newsdoc__content_related(&ctx);
	if (!error && !newsdoc_document_block_count(doc)) {
		newsdoc__content_choose(&ctx);
		newsdoc__profile_container(&ctx);
		error = newsdoc__content_emit(&ctx);
		if (!error && !newsdoc__document_has_words(doc))
			error = newsdoc__content_floor(&ctx);
		if (!error && newsdoc_document_block_count(doc))
			error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_BODY, "html");
	}
	if (ctx.stats)
		clear_private(body);
	newsdoc__free(ctx.stats);
	newsdoc__content_images_free(&ctx);
	if (base)
		xmlFree(base);
	return error;
}

int newsdoc__extract_generic(newsdoc_document *doc, xmlDoc *html, const char *url,
	const newsdoc_parse_options *opts)
{
	xmlNode *root = xmlDocGetRootElement(html);
	const xmlNode *body;
	int error;

	if (!root)
		return 0;
	if ((error = newsdoc__extract_metadata(doc, html, url, opts)) != 0)
		return error;
	/* The parse ends with NEWSDOC_ELIMIT: the body would be thrown away. */
	if (newsdoc__work_exceeded())
		return 0;
	body = find_element(root, "body", 0);
	if (!body)
		return 0;
	return extract_content(doc, (xmlNode *)body, url, opts);
}
