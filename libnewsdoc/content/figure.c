/*
 * Figures and images: the picture's address made absolute against the
 * page, its alternative text, caption and credit; each one also goes to
 * the document's image list once.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/uri.h>

#include "content.h"
#include "../html/dom_walk.h"
#include "../text/text_util.h"

xmlChar *newsdoc__content_absolute_url(const content_ctx *ctx, const xmlChar *href)
{
	xmlChar *absolute = NULL, *terminated = NULL;
	const char *h;
	size_t len;

	if (!href)
		return NULL;
	/* Trimmed where it lies: the address is `len` bytes at h. */
	h = newsdoc__url_trim((const char *)href, &len);
	if (!len || *h == '#' || !strncasecmp(h, "javascript:", 11) || !strncasecmp(h, "mailto:", 7) ||
		!strncasecmp(h, "data:", 5) || !strncasecmp(h, "tel:", 4))
		return NULL;
	/* xmlBuildURI reads a string to its NUL: one that ends in white space
	 * is copied for it (rare); else what it builds is the only copy. */
	if (ctx->url) {
		if (h[len] && (terminated = xmlStrndup((const xmlChar *)h, (int)len)) == NULL)
			return NULL;
		absolute = newsdoc__uri_resolve(terminated ? (const char *)terminated : h, ctx->url);
	}
	/* No page address, or the address does not resolve: kept as written. */
	if (!absolute) {
		absolute = terminated ? terminated : xmlStrndup((const xmlChar *)h, (int)len);
		terminated = NULL;
	}
	xmlFree(terminated);
	if (absolute && !newsdoc__utf8_valid((const char *)absolute, strlen((const char *)absolute))) {
		xmlFree(absolute);
		return NULL;
	}
	return absolute;
}

/* The first URL of a srcset ("a.jpg 1x, b.jpg 2x"). */
static xmlChar *first_of_srcset(const xmlChar *srcset)
{
	const char *s = (const char *)srcset;
	size_t n = 0;

	while (*s == ' ' || *s == ',')
		s++;
	while (s[n] && s[n] != ' ' && s[n] != ',')
		n++;
	return n ? xmlStrndup((const xmlChar *)s, (int)n) : NULL;
}

xmlChar *newsdoc__content_img_source(const content_ctx *ctx, const xmlNode *img)
{
	/* Lazy loaders keep the real address in a data attribute and put a
	 * placeholder (a data: URI, a 1x1 gif) in src. */
	static const char *const lazy[] = { "data-src", "data-lazy-src", "data-original", "data-url", "data-srcset", "srcset" };
	xmlChar *src = newsdoc__content_attr(img, "src"), *absolute = NULL;
	size_t i;

	if (src && (!*src || !strncasecmp((const char *)src, "data:", 5) || strstr((const char *)src, "placeholder") ||
		strstr((const char *)src, "blank.gif") || strstr((const char *)src, "spacer"))) {
		xmlFree(src);
		src = NULL;
	}
	for (i = 0; !src && i < sizeof(lazy) / sizeof(lazy[0]); i++) {
		xmlChar *value = newsdoc__content_attr(img, lazy[i]);
		if (value && *value)
			src = strstr(lazy[i], "srcset") ? first_of_srcset(value) : value;
		if (value && value != src)
			xmlFree(value);
	}
	if (src) {
		absolute = newsdoc__content_absolute_url(ctx, src);
		xmlFree(src);
	}
	return absolute;
}

/* Icons, avatars and tracking pixels declare a small size. */
static int is_small(const xmlNode *img)
{
	xmlChar *width = newsdoc__content_attr(img, "width"), *height = newsdoc__content_attr(img, "height");
	int small = (width && atoi((const char *)width) > 0 && atoi((const char *)width) < 100) ||
		(height && atoi((const char *)height) > 0 && atoi((const char *)height) < 80);

	if (width)
		xmlFree(width);
	if (height)
		xmlFree(height);
	return small;
}

static const xmlNode *find_descendant(const xmlNode *start, const char *name)
{
	const xmlNode *node = start->children;

	/* The walk never writes to the tree: the casts only satisfy libxml2's
	 * non-const node type. */
	for (; node; node = newsdoc__walk_next((xmlNode *)node, start, node->type == XML_ELEMENT_NODE))
		if (node->type == XML_ELEMENT_NODE && !strcmp((const char *)node->name, name))
			return node;
	return NULL;
}

/* A credit inside a caption: an element named credit/copyright/source. */
static const xmlNode *find_credit(const xmlNode *caption)
{
	const xmlNode *node = caption->children;

	for (; node; node = newsdoc__walk_next((xmlNode *)node, caption, node->type == XML_ELEMENT_NODE)) {
		xmlChar *names;
		int credit;
		if (node->type != XML_ELEMENT_NODE)
			continue;
		names = newsdoc__content_attr(node, "class");
		credit = names && (strstr((const char *)names, "credit") ||
			strstr((const char *)names, "copyright") || strstr((const char *)names, "source") ||
			strstr((const char *)names, "photographer"));
		if (names)
			xmlFree(names);
		if (credit)
			return node;
	}
	return NULL;
}

/*
 * Images are kept in the document's list up to this many: a page with more
 * is a gallery dump or an attack, and the body's figure blocks still have
 * every picture (include/newsdoc/parse.h lists it with the other limits).
 */
#define MAX_IMAGES 1000

/* The index of the image with this address in the document's list, by
 * hashing: a page may hold a hundred thousand <img>. Images that others
 * (metadata, site rules) added since the last call are indexed first. */
static int find_image(content_ctx *ctx, const char *url, size_t *index, int *found)
{
	size_t count = newsdoc_document_image_count(ctx->doc);
	int error;

	for (; ctx->images_indexed < count; ctx->images_indexed++) {
		const char *known = newsdoc_image_url(newsdoc_document_image_at(ctx->doc, ctx->images_indexed));
		size_t ignored;
		/* The list may repeat an address (a site rule's own images): the
		 * first one is the one to find. */
		if (!newsdoc__str_set_find(&ctx->image_urls, known, &ignored) &&
			(error = newsdoc__str_set_add(&ctx->image_urls, known, ctx->images_indexed)) != 0)
			return error;
	}
	*found = newsdoc__str_set_find(&ctx->image_urls, url, index);
	return 0;
}

/* Add the picture to images[] unless it is there (the lead image from
 * metadata often reappears as the first figure); a known picture only
 * gains the caption it lacked. */
static int add_image(content_ctx *ctx, const char *url, const char *alt, const char *caption, const char *credit)
{
	newsdoc_image *image;
	size_t index;
	int error, found;

	if ((error = find_image(ctx, url, &index, &found)) != 0)
		return error;
	if (found) {
		/* the document owns it; the getter is only const for readers */
		image = (newsdoc_image *)newsdoc_document_image_at(ctx->doc, index);
		if (caption && !newsdoc_image_caption(image) && (error = newsdoc_image_set_caption(image, caption)) != 0)
			return error;
		return 0;
	}
	if (newsdoc_document_image_count(ctx->doc) >= MAX_IMAGES)
		return 0;
	if ((error = newsdoc_document_add_image(&image, ctx->doc, url)) != 0)
		return error;
	if (alt && *alt && (error = newsdoc_image_set_alt(image, alt)) != 0)
		return error;
	if (caption && (error = newsdoc_image_set_caption(image, caption)) != 0)
		return error;
	if (credit && (error = newsdoc_image_set_credit(image, credit)) != 0)
		return error;
	return 0;
}

static int add_figure(content_ctx *ctx, const xmlNode *img, const xmlNode *caption_node)
{
	newsdoc__sb caption = NEWSDOC__SB_INIT, credit = NEWSDOC__SB_INIT, alt_text = NEWSDOC__SB_INIT;
	xmlChar *url = img ? newsdoc__content_img_source(ctx, img) : NULL, *alt = img ? newsdoc__content_attr(img, "alt") : NULL;
	const xmlNode *credit_node = caption_node ? find_credit(caption_node) : NULL;
	newsdoc_block *block;
	int error = 0;

	if (caption_node)
		error = newsdoc__content_text_of(&caption, caption_node);
	if (!error && credit_node) {
		error = newsdoc__content_text_of(&credit, credit_node);
		/* The credit sits at the caption's end: take it off the caption. */
		if (!error && credit.len && caption.len >= credit.len &&
			!memcmp(caption.ptr + caption.len - credit.len, credit.ptr, credit.len)) {
			caption.len -= credit.len;
			caption.ptr[caption.len] = '\0';
			newsdoc__sb_trim(&caption);
		}
	}
	if (!error && alt) {
		int pending = 0;
		error = newsdoc__append_folded(&alt_text, (const char *)alt, strlen((const char *)alt), &pending);
	}
	if (!error && (url || caption.len)) {
		error = newsdoc_document_add_block(&block, ctx->doc, NEWSDOC_BLOCK_FIGURE,
			caption.ptr ? caption.ptr : "", caption.len);
		if (!error && url)
			error = newsdoc_block_set_image(block, (const char *)url, alt_text.len ? alt_text.ptr : NULL);
		if (!error && caption.len)
			error = newsdoc_block_set_caption(block, caption.ptr);
		if (!error && credit.len)
			error = newsdoc_block_set_credit(block, credit.ptr);
		if (!error && url)
			error = add_image(ctx, (const char *)url, alt_text.ptr, caption.len ? caption.ptr : NULL,
				credit.len ? credit.ptr : NULL);
	}
	if (!error && (caption.failed || credit.failed || alt_text.failed))
		error = newsdoc__error_oom();
	newsdoc__sb_free(&caption);
	newsdoc__sb_free(&credit);
	newsdoc__sb_free(&alt_text);
	if (url)
		xmlFree(url);
	if (alt)
		xmlFree(alt);
	return error;
}

int newsdoc__content_emit_figure(content_ctx *ctx, const xmlNode *figure)
{
	const xmlNode *img = find_descendant(figure, "img");
	const xmlNode *caption = find_descendant(figure, "figcaption");

	if (img && is_small(img))
		img = NULL;
	if (!img && !caption)
		return 0;
	return add_figure(ctx, img, caption);
}

/* Nodes looked at when telling a table set as a figure. */
#define FIGURE_WALK_MAX 256u

static int is_picture(const char *name)
{
	static const char *const pictures[] = {
		"img", "picture", "video", "audio", "iframe", "svg", "canvas", "object", "embed", NULL
	};

	return newsdoc__word_in_table(pictures, name, strlen(name));
}

/*
 * A figure is any content with a caption (HTML): a data table set as a
 * figure (block editors wrap every table in one) is text of the article,
 * not a picture. True when the figure holds a table and, outside its
 * tables and caption, no picture. Bounded: the walk does not enter
 * tables, and a figure of more than FIGURE_WALK_MAX other nodes is a
 * picture as before.
 */
int newsdoc__content_figure_is_table(const xmlNode *figure)
{
	const xmlNode *node = figure->children;
	unsigned int seen = 0;
	int table = 0;

	/* The walk never writes to the tree: the casts only satisfy libxml2's
	 * non-const node type. */
	while (node && seen++ < FIGURE_WALK_MAX) {
		int descend = node->type == XML_ELEMENT_NODE;
		if (descend) {
			const char *name = (const char *)node->name;
			if (is_picture(name))
				return 0;
			if (!strcmp(name, "table"))
				table = 1;
			descend = strcmp(name, "table") && strcmp(name, "figcaption");
		}
		node = newsdoc__walk_next((xmlNode *)node, figure, descend);
	}
	return table && !node;
}

int newsdoc__content_is_figure_caption(const xmlNode *node)
{
	return !strcmp((const char *)node->name, "figcaption") && node->parent &&
		node->parent->type == XML_ELEMENT_NODE && !strcmp((const char *)node->parent->name, "figure");
}

int newsdoc__content_emit_caption(content_ctx *ctx, const xmlNode *caption)
{
	return add_figure(ctx, NULL, caption);
}

int newsdoc__content_emit_image(content_ctx *ctx, const xmlNode *img)
{
	if (is_small(img))
		return 0;
	return add_figure(ctx, img, NULL);
}

void newsdoc__content_images_free(content_ctx *ctx)
{
	newsdoc__str_set_free(&ctx->image_urls);
	ctx->images_indexed = 0;
}
