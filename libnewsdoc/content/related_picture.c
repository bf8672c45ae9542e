/*
 * Boxes of picture cards whose links hold no text (related.c): "<aside
 * id=related-box><strong>Auch interessant</strong><article><a href=..
 * title='Rea leaves Kawasaki'></a><figure>..</figure><header><strong>Rea
 * leaves Kawasaki</strong></header></article>..". The link lies over the
 * card, empty; its title attribute names the article. A box named as
 * related (by class or id) counts as one of links when it holds at least
 * two such links, though none of its text is link text.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"

/* Elements walked in a box: a few cards of a few dozen elements each; a
 * bound, as a page may name any block related. */
#define PICTURE_BOX_WALK 600
#define PICTURE_BOX_MIN_LINKS 2

/* The title attribute of `a`, when written as one text (read in place). */
static const char *title_attribute(const xmlNode *a)
{
	const xmlAttr *title = xmlHasProp(a, (const xmlChar *)"title");

	if (!title || !title->children || title->children->next || title->children->type != XML_TEXT_NODE)
		return NULL;
	return (const char *)title->children->content;
}

int newsdoc__related_picture_box(xmlNode *box)
{
	xmlNode *at = box;
	size_t walked = 0;
	int links = 0;

	while ((at = newsdoc__walk_next(at, box, 1)) != NULL && walked++ < PICTURE_BOX_WALK) {
		const content_stat *stat;
		const char *title;
		if (at->type != XML_ELEMENT_NODE || strcmp((const char *)at->name, "a"))
			continue;
		stat = content_stat_of(at);
		if (stat && stat->text == 0 && (title = title_attribute(at)) != NULL && title[0] &&
			newsdoc__related_is_article_link(at) && ++links >= PICTURE_BOX_MIN_LINKS)
			return 1;
	}
	return 0;
}

int newsdoc__related_link_title(newsdoc__sb *title, const xmlNode *link)
{
	const char *text = title_attribute(link);

	title->len = 0;
	if (title->ptr)
		title->ptr[0] = '\0';
	if (!text)
		return 0;
	if (newsdoc__sb_puts(title, text) != 0)
		return NEWSDOC_ENOMEM;
	newsdoc__sb_trim(title);
	return 0;
}
