/*
 * Related items: boxes that a heading ("Related", "More from", "Read more",
 * "Recommended", "You may also like") or their class/id names as related,
 * turned into items before the body drops them. An item is the largest
 * element inside the box whose links all go to one article; its title is
 * its heading (or its longest link text), the author and summary come from
 * elements named so, or from its other short texts.
 */
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../dom_walk.h"

#define DEFAULT_MAX_RELATED 100

/* Does the lowercase class text hold one of `words` (NULL-ended)? */
static int class_holds(const xmlChar *names, const char *const *words)
{
	if (!names)
		return 0;
	for (; *words; words++)
		if (strstr((const char *)names, *words))
			return 1;
	return 0;
}

static int class_has(const xmlNode *node, const char *const *words)
{
	xmlChar *names = newsdoc__content_class_lower(node);
	int found = class_holds(names, words);

	if (names)
		xmlFree(names);
	return found;
}

/* A link classed "author" goes to a person; an item part classed "byline"
 * is its credit too. */
static const char *const author_link_names[] = { "author", NULL };
static const char *const author_names[] = { "author", "byline", NULL };
static const char *const summary_names[] = {
	"summary", "excerpt", "dek", "description", "teaser-text", "standfirst", "deck", NULL
};
static const char *const title_names[] = { "title", "headline", NULL };
static const char *const heading_names[] = { "title", "heading", "header", NULL };

/* Links to people and sections do not make an item. */
static int is_article_link(const xmlNode *a)
{
	xmlChar *href = newsdoc__content_attr(a, "href"), *rel;
	int article = href && *href && href[0] != '#' && !strstr((const char *)href, "/author") &&
		!strstr((const char *)href, "/people/") && !strstr((const char *)href, "/tag/") &&
		!strstr((const char *)href, "/topic") && strncasecmp((const char *)href, "javascript:", 11) &&
		strncasecmp((const char *)href, "mailto:", 7);

	if (article && (rel = newsdoc__content_attr(a, "rel")) != NULL) {
		if (strstr((const char *)rel, "author"))
			article = 0;
		xmlFree(rel);
	}
	if (article && class_has(a, author_link_names))
		article = 0;
	if (href)
		xmlFree(href);
	return article;
}

/* Number of distinct article links under `node`, counting up to 2;
 * `*first` gets the first one's href. */
static int distinct_links(xmlNode *node, xmlChar **first)
{
	xmlNode *walk = node;
	int count = 0;

	*first = NULL;
	while (walk && count < 2) {
		if (walk->type == XML_ELEMENT_NODE && !strcmp((const char *)walk->name, "a") && is_article_link(walk)) {
			xmlChar *href = newsdoc__content_attr(walk, "href");
			/* NULL when libxml2 could not copy the attribute (memory). */
			if (!href)
				;
			else if (!*first)
				*first = href, count = 1;
			else {
				if (strcmp((const char *)*first, (const char *)href))
					count = 2;
				xmlFree(href);
			}
		}
		walk = newsdoc__walk_next(walk, node, walk == node || walk->type == XML_ELEMENT_NODE);
	}
	return count;
}

static int text_in(newsdoc__sb *sb, const xmlNode *node)
{
	int pending = 0, error;
	sb->len = 0;
	if (sb->ptr)
		sb->ptr[0] = '\0';
	error = newsdoc__content_collect_text(sb, node, &pending);
	newsdoc__sb_trim(sb);
	return error;
}

/* The parts of one item, found by element names and kinds. */
typedef struct item_parts {
	const xmlNode *title, *title_link, *author, *summary, *image;
	size_t title_link_len;
} item_parts;

static void find_parts(xmlNode *item, item_parts *parts)
{
	xmlNode *node = item;

	memset(parts, 0, sizeof(*parts));
	while (node) {
		int descend = 1;
		if (node->type == XML_ELEMENT_NODE && node != item) {
			content_stat *stat = content_stat_of(node);
			const char *name = (const char *)node->name;
			if (stat && (stat->tag == TAG_SKIP || (stat->flags & NODE_HIDDEN))) {
				descend = 0;
			} else if (!strcmp(name, "img")) {
				if (!parts->image)
					parts->image = node;
			} else if (!strcmp(name, "a") && is_article_link(node)) {
				size_t len = stat ? stat->text : 0;
				if (len > parts->title_link_len) {
					parts->title_link = node;
					parts->title_link_len = len;
				}
			} else if (stat && stat->tag == TAG_HEADING && !parts->title) {
				parts->title = node;
			} else {
				/* Read once: each test below looks at it. */
				xmlChar *names = newsdoc__content_class_lower(node);
				if (!parts->author && class_holds(names, author_names)) {
					parts->author = node;
					descend = 0;
				} else if (!parts->summary && (class_holds(names, summary_names) || !strcmp(name, "p"))) {
					if (stat && stat->text > 0 && stat->link_text * 2 < stat->text) {
						parts->summary = node;
						descend = 0;
					}
				} else if (!parts->title && class_holds(names, title_names)) {
					parts->title = node;
				}
				if (names)
					xmlFree(names);
			}
		}
		node = newsdoc__walk_next(node, item, descend);
	}
}

static int looks_like_headline(const char *text, size_t len)
{
	size_t words = 1, i;
	int wide = 0;

	for (i = 0; i < len; i++) {
		if (text[i] == ' ')
			words++;
		/* CJK headlines have no spaces */
		if ((unsigned char)text[i] >= 0xE3 && (unsigned char)text[i] <= 0xED)
			wide = 1;
	}
	if (words < 3 && !wide)
		return 0;
	return !newsdoc__content_is_related_heading(text, len) && !newsdoc__content_is_boiler_text(text, len);
}

static int add_item(content_ctx *ctx, xmlNode *item, xmlChar *href)
{
	newsdoc__sb title = NEWSDOC__SB_INIT, author = NEWSDOC__SB_INIT, summary = NEWSDOC__SB_INIT;
	newsdoc_related *related;
	item_parts parts;
	xmlChar *url = newsdoc__content_absolute_url(ctx, href), *image = NULL;
	int error = 0;

	find_parts(item, &parts);
	if (parts.title)
		error = text_in(&title, parts.title);
	if (!error && !title.len && parts.title_link)
		error = text_in(&title, parts.title_link);
	/* A headline has a few words; "Read more", "Cybersecurity" or a box
	 * heading is a link label, not an item. */
	if (error || title.len < 12 || !looks_like_headline(title.ptr, title.len))
		goto done;
	if (parts.author && !(error = text_in(&author, parts.author)) && author.len >= 3 &&
		!strncasecmp(author.ptr, "by ", 3)) {
		memmove(author.ptr, author.ptr + 3, author.len - 2);
		author.len -= 3;
	}
	if (!error && parts.summary)
		error = text_in(&summary, parts.summary);
	if (!error && parts.image)
		image = newsdoc__content_img_source(ctx, parts.image);
	if (!error)
		error = newsdoc_document_add_related(&related, ctx->doc, title.ptr, url ? (const char *)url : NULL);
	if (!error && author.len && author.len < 120)
		error = newsdoc_related_set_author(related, author.ptr);
	if (!error && summary.len && strcmp(summary.ptr, title.ptr))
		error = newsdoc_related_set_summary(related, summary.ptr);
	if (!error && image)
		error = newsdoc_related_set_image(related, (const char *)image);
done:
	if (!error && (title.failed || author.failed || summary.failed))
		error = newsdoc__error_oom();
	newsdoc__sb_free(&title);
	newsdoc__sb_free(&author);
	newsdoc__sb_free(&summary);
	if (url)
		xmlFree(url);
	if (image)
		xmlFree(image);
	return error;
}

/* Items of one box: for each article link, the largest element under the
 * box that links to that article only. */
static int take_items(content_ctx *ctx, xmlNode *box, size_t limit)
{
	xmlNode *node = box, *last_item = NULL;
	int error = 0;

	while ((node = newsdoc__walk_next(node, box, node == box || node->type == XML_ELEMENT_NODE)) != NULL && !error) {
		xmlNode *item;
		xmlChar *href;
		if (node->type != XML_ELEMENT_NODE || strcmp((const char *)node->name, "a") || !is_article_link(node))
			continue;
		if (newsdoc_document_related_count(ctx->doc) >= limit)
			break;
		item = node;
		/* One climb for each link: charged, since a deep box of links
		 * makes the climbs add up to depth times links. */
		while (item->parent && item->parent != box && !newsdoc__work_charge(1)) {
			xmlChar *first;
			int count = distinct_links(item->parent, &first);
			if (first)
				xmlFree(first);
			if (count > 1)
				break;
			item = item->parent;
		}
		/* Inside the item already taken. */
		if (last_item && (item == last_item))
			continue;
		last_item = item;
		href = newsdoc__content_attr(node, "href");
		error = add_item(ctx, item, href);
		if (href)
			xmlFree(href);
	}
	return error;
}

/* The heading that opens `node`: its first element child when it is a
 * heading or a short titled element. */
static int opens_with_related_heading(xmlNode *node, newsdoc__sb *scratch)
{
	xmlNode *child;

	for (child = node->children; child; child = child->next) {
		content_stat *stat = content_stat_of(child);
		if (!stat)
			continue;
		if (stat->tag == TAG_SKIP || stat->text == 0)
			continue;
		if (stat->text > 60)
			return 0;
		if (stat->tag != TAG_HEADING && !class_has(child, heading_names))
			return 0;
		if (text_in(scratch, child) != 0)
			return 0;
		return newsdoc__content_is_related_heading(scratch->ptr, scratch->len);
	}
	return 0;
}

/* The element right after a heading when it is a box of links. */
static xmlNode *links_after(xmlNode *heading)
{
	xmlNode *next = heading->next;
	content_stat *stat;

	while (next && next->type != XML_ELEMENT_NODE)
		next = next->next;
	stat = content_stat_of(next);
	if (!stat || stat->link_text == 0 || stat->link_text * 2 < stat->text ||
		(stat->tag != TAG_LIST && stat->tag != TAG_DIV))
		return NULL;
	return next;
}

int newsdoc__content_related(content_ctx *ctx)
{
	newsdoc__sb scratch = NEWSDOC__SB_INIT;
	size_t limit = ctx->max_related ? ctx->max_related : DEFAULT_MAX_RELATED;
	xmlNode *node = ctx->body, *box;
	int error = 0;

	while (node && !error) {
		int descend = 1;
		content_stat *stat = content_stat_of(node);
		if (node->type != XML_ELEMENT_NODE || !stat) {
			descend = 0;
		} else if (stat->tag == TAG_SKIP || (stat->flags & (NODE_HIDDEN | NODE_RELATED)) ||
			!strcmp((const char *)node->name, "nav")) {
			descend = 0;
		} else if (node != ctx->body && stat->link_text > 0 && stat->link_text * 4 >= stat->text &&
			((stat->flags & NODE_RELATED_NAME) || opens_with_related_heading(node, &scratch))) {
			/* A box of links, not a long text that mentions "related". */
			stat->flags |= NODE_RELATED;
			error = take_items(ctx, node, limit);
			descend = 0;
		} else if (stat->tag == TAG_HEADING && stat->text <= 60 && (box = links_after(node)) != NULL &&
			!text_in(&scratch, node) && newsdoc__content_is_related_heading(scratch.ptr, scratch.len)) {
			/* "<h2>Related</h2><ul>...</ul>" as siblings in a larger block */
			stat->flags |= NODE_RELATED;
			content_stat_of(box)->flags |= NODE_RELATED;
			error = take_items(ctx, box, limit);
			descend = 0;
		}
		node = newsdoc__walk_next(node, ctx->body, descend);
	}
	if (!error && newsdoc_document_related_count(ctx->doc))
		error = newsdoc_document_set_provenance(ctx->doc, NEWSDOC_FIELD_RELATED, "html");
	newsdoc__sb_free(&scratch);
	return error;
}
