/*
 * Headings of related boxes (related.c): does an element say "Related",
 * "Mehr zum Thema", "Read also" ... as a heading, does a box open with such
 * a heading (or with one saying "Latest", "Most read"), and is a paragraph
 * an inline "Read also: <link>".
 */
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../html/dom_walk.h"

/* Class names of a heading in other markup than h1-h6. */
static const char *const heading_names[] = { "title", "heading", "header", "headline", NULL };

/*
 * Does the heading say "Related", "Read more" ...? Every element of the
 * page may be asked, so its text is read within a bound: a related-box
 * heading is a few elements, and one made of more is not a heading.
 */
#define HEADING_MAX_NODES 64

int newsdoc__related_says_related(const xmlNode *heading, newsdoc__sb *scratch)
{
	int too_big;

	scratch->len = 0;
	if (scratch->ptr)
		scratch->ptr[0] = '\0';
	if (newsdoc__content_collect_short_text(scratch, heading, HEADING_MAX_NODES, &too_big) != 0 || too_big)
		return 0;
	newsdoc__sb_trim(scratch);
	return newsdoc__content_is_related_heading(scratch->ptr, scratch->len);
}

/* The heading that opens `node`: its first element child when it is a
 * heading or a short titled element. */
int newsdoc__related_opens_with_related_heading(xmlNode *node, newsdoc__sb *scratch)
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
		if (stat->tag != TAG_HEADING && !newsdoc__related_class_has(child, heading_names))
			return 0;
		return newsdoc__related_says_related(child, scratch);
	}
	return 0;
}

/*
 * A box named related whose heading says it is something else ("<div
 * class=related-articles><div class=elements><div class=header>Latest from
 * the section</div>..."): the heading opens it, or opens its first block,
 * down a short chain.
 */
#define OPENING_HEADING_DEPTH 3

int newsdoc__related_opens_with_unrelated_heading(xmlNode *node, newsdoc__sb *scratch)
{
	int depth, too_big;

	for (depth = 0; node && depth < OPENING_HEADING_DEPTH; depth++) {
		xmlNode *child, *opening = NULL;
		for (child = node->children; child && !opening; child = child->next) {
			content_stat *stat = content_stat_of(child);
			if (stat && stat->tag != TAG_SKIP && stat->text > 0)
				opening = child;
		}
		if (!opening)
			return 0;
		if (content_stat_of(opening)->text <= 60) {
			if (content_stat_of(opening)->tag != TAG_HEADING && !newsdoc__related_class_has(opening, heading_names))
				return 0;
			scratch->len = 0;
			if (newsdoc__content_collect_short_text(scratch, opening, HEADING_MAX_NODES, &too_big) != 0 || too_big)
				return 0;
			newsdoc__sb_trim(scratch);
			return newsdoc__content_is_unrelated_heading(scratch->ptr, scratch->len);
		}
		node = opening;
	}
	return 0;
}

/* A heading in other markup than h1-h6: role="heading" or a heading class,
 * or a wrapper whose only element (down a short chain) is one
 * ("<div class=container><div class=header-title>Related</div></div>"). */
#define HEADING_WRAPPER_DEPTH 3

int newsdoc__related_is_heading_like(const xmlNode *node, const content_stat *stat)
{
	int depth;

	for (depth = 0; node && stat && depth <= HEADING_WRAPPER_DEPTH; depth++) {
		const xmlNode *child, *only = NULL;
		xmlChar *role;
		int heading = 0;
		if (stat->tag == TAG_HEADING)
			return 1;
		if (stat->tag != TAG_DIV && stat->tag != TAG_OTHER)
			return 0;
		if ((role = newsdoc__content_attr(node, "role")) != NULL) {
			heading = !strcasecmp((const char *)role, "heading");
			xmlFree(role);
		}
		if (heading || newsdoc__related_class_has(node, heading_names))
			return 1;
		for (child = node->children; child; child = child->next) {
			if (child->type != XML_ELEMENT_NODE)
				continue;
			if (only)
				return 0;
			only = child;
		}
		node = only;
		stat = content_stat_of(only);
	}
	return 0;
}

/*
 * An inline "Read also: <link>" paragraph: a paragraph or heading that is
 * mostly one link that ends it, whose words before the link are a box
 * heading from the table ("Read also", "Lesen Sie auch", "Leggi anche" ...).
 * One item per such paragraph; the paragraph leaves the body.
 */
#define INLINE_MAX_TEXT 300

static xmlNode *first_link(xmlNode *node)
{
	xmlNode *at = node;

	while ((at = newsdoc__walk_next(at, node, 1)) != NULL)
		if (at->type == XML_ELEMENT_NODE && !strcmp((const char *)at->name, "a"))
			return at;
	return NULL;
}

xmlNode *newsdoc__related_inline_read_also(xmlNode *node, const content_stat *stat, newsdoc__sb *scratch, newsdoc__sb *link_text)
{
	xmlNode *link;
	const char *at;
	size_t cue;
	int too_big;

	if ((stat->tag != TAG_P && stat->tag != TAG_HEADING) || stat->link_text == 0 ||
		stat->text > INLINE_MAX_TEXT || stat->link_text * 2 < stat->text || stat->link_text == stat->text)
		return NULL;
	if ((link = first_link(node)) == NULL || !newsdoc__related_is_article_link(link))
		return NULL;
	scratch->len = link_text->len = 0;
	if (newsdoc__content_collect_short_text(scratch, node, HEADING_MAX_NODES, &too_big) != 0 || too_big ||
		newsdoc__content_collect_short_text(link_text, link, HEADING_MAX_NODES, &too_big) != 0 || too_big)
		return NULL;
	newsdoc__sb_trim(scratch);
	newsdoc__sb_trim(link_text);
	if (!scratch->len || !link_text->len || (at = strstr(scratch->ptr, link_text->ptr)) == NULL)
		return NULL;
	/* the link ends the paragraph ("Read also: <a>", not a list of links) */
	if ((size_t)(at - scratch->ptr) + link_text->len + 2 < scratch->len)
		return NULL;
	/* the cue: the words before the link, without the colon or dash after them */
	cue = (size_t)(at - scratch->ptr);
	while (cue && strchr(" :-", scratch->ptr[cue - 1]))
		cue--;
	return cue > 0 && newsdoc__content_is_related_heading(scratch->ptr, cue) ? link : NULL;
}
