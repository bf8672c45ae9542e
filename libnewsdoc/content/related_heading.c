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

/* A box (a block, not a paragraph or list item that opens with a bold
 * "Read more:") opening with a <header> or a <span> of its own: markup a
 * box heading takes where the page has no heading element. */
static int plain_heading_markup(const xmlNode *box, const xmlNode *opening)
{
	const content_stat *stat = content_stat_of(box);

	if (!stat || (stat->tag != TAG_DIV && stat->tag != TAG_BOILER))
		return 0;
	return !strcmp((const char *)opening->name, "header") || !strcmp((const char *)opening->name, "span");
}

/* Does `node`'s short text read as a related heading word for word? */
static int says_whole_related(const xmlNode *node, newsdoc__sb *scratch)
{
	int too_big;

	scratch->len = 0;
	if (newsdoc__content_collect_short_text(scratch, node, HEADING_MAX_NODES, &too_big) != 0 || too_big)
		return 0;
	newsdoc__sb_trim(scratch);
	return newsdoc__content_is_whole_related_heading(scratch->ptr, scratch->len);
}

/* The heading that opens `node`: its first element child when it is a
 * heading or a short titled element, or when, in other markup ("<header>
 * Related News</header>", "<span>Mehr zum Thema</span><ul>"), it holds no
 * link and its whole text is a related heading (a prefix is not enough
 * there: "Related to the budget, ..." opens a paragraph). */
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
			return stat->link_text == 0 && plain_heading_markup(node, child) && says_whole_related(child, scratch);
		return newsdoc__related_says_related(child, scratch);
	}
	return 0;
}

/* The one element child of `node`; NULL when it has none or several. */
static const xmlNode *only_element(const xmlNode *node)
{
	const xmlNode *child, *only = NULL;

	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if (only)
			return NULL;
		only = child;
	}
	return only;
}

/* A link to the section that holds the box's heading ("<a href=/politics/>
 * <h2>Politics Latest Articles</h2></a>"): the heading is read through it. */
static int heading_in_link(const xmlNode *opening)
{
	const xmlNode *inner;
	const content_stat *stat;

	if (strcmp((const char *)opening->name, "a") != 0 || (inner = only_element(opening)) == NULL)
		return 0;
	stat = content_stat_of(inner);
	return stat && stat->tag == TAG_HEADING;
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
			if (content_stat_of(opening)->tag != TAG_HEADING && !newsdoc__related_class_has(opening, heading_names) &&
				!heading_in_link(opening))
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
		node = only_element(node);
		stat = content_stat_of(node);
	}
	return 0;
}

/*
 * An inline "Read also: <link>" paragraph: a paragraph, heading or list
 * item that is mostly links (not any block: a block of links after such a
 * cue was a box of other things on real pages), whose words before the first link are a
 * box heading from the table ("Read also", "Lesen Sie auch", "Leggi
 * anche" ...), marks around them aside (">> Read also »"), and whose text
 * after it is more article links and marks between them ("Read also: <a>
 * | <a>"). One item per link; the paragraph leaves the body.
 */
#define INLINE_MAX_TEXT 300
/* Text nodes after the first link read at most: a line of a few links. */
#define INLINE_MAX_NODES 32

/* Marks that set a cue off from its links, or its links from each other. */
static const char *const inline_marks[] = {
	"\xC2\xBB", "\xC2\xAB", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\xA2", "\xC2\xB7", /* » « – — • · */
	"\xE2\x80\xBA", "\xE2\x86\x92", "\xE2\x96\xBA", "\xE2\x96\xB6", "\xC2\xA0",        /* › → ► ▶ nbsp */
};

/* The length of the mark at `s` (`len` bytes), or 0. */
static size_t inline_mark_at(const char *s, size_t len)
{
	size_t i;

	if (len && strchr(" \t\r\n:;,.|/-><()", s[0]))
		return 1;
	for (i = 0; i < sizeof(inline_marks) / sizeof(inline_marks[0]); i++) {
		size_t ml = strlen(inline_marks[i]);
		if (len >= ml && !memcmp(s, inline_marks[i], ml))
			return ml;
	}
	return 0;
}

/* The length of `len` bytes without the marks they end with. */
static size_t without_trailing_marks(const char *s, size_t len)
{
	for (;;) {
		size_t i, before = len;
		for (i = 1; i <= 3 && i <= len; i++)
			if (inline_mark_at(s + len - i, i) == i) {
				len -= i;
				break;
			}
		if (len == before)
			return len;
	}
}

static int is_link(const xmlNode *node)
{
	return node->type == XML_ELEMENT_NODE && !strcmp((const char *)node->name, "a");
}

/*
 * Nodes walked for the first link of a paragraph, heading or list item: a
 * few words of cue come before it (its text is read to HEADING_MAX_NODES
 * nodes), so the bound only stops a walk that would read a list item
 * whole for each list item it sits in.
 */
#define FIRST_LINK_WALK (4 * HEADING_MAX_NODES)

static xmlNode *first_link(xmlNode *node)
{
	xmlNode *at = node;
	size_t walked = 0;

	while ((at = newsdoc__walk_next(at, node, 1)) != NULL && walked++ < FIRST_LINK_WALK)
		if (is_link(at))
			return at;
	return NULL;
}

xmlNode *newsdoc__related_next_link(xmlNode *link, const xmlNode *top)
{
	xmlNode *at = link;

	while ((at = newsdoc__walk_next(at, top, !is_link(at))) != NULL)
		if (is_link(at))
			return at;
	return NULL;
}

/* A text node of marks only (or another kind of node). */
static int marks_only(const xmlNode *node)
{
	const char *text;
	size_t len, skip;

	if (node->type != XML_TEXT_NODE || !node->content)
		return 1;
	text = (const char *)node->content;
	len = strlen(text);
	while (len && (skip = inline_mark_at(text, len)) != 0) {
		text += skip;
		len -= skip;
	}
	return len == 0;
}

/* After `link`, inside `top`: only article links and marks between them. */
static int only_links_after(xmlNode *link, const xmlNode *top)
{
	xmlNode *at = link;
	int nodes = 0;

	while ((at = newsdoc__walk_next(at, top, !is_link(at))) != NULL) {
		if (++nodes > INLINE_MAX_NODES)
			return 0;
		if ((is_link(at) && !newsdoc__related_is_cued_article_link(at)) || !marks_only(at))
			return 0;
	}
	return 1;
}

/*
 * A cue in a paragraph of its own, its links in the next one ("<p>Leggi
 * anche</p><h2><a>...</a></h2>"): the cue is a box heading of at most this
 * many characters, the line after it article links and marks only.
 */
#define CUE_MAX_TEXT 40

/* A paragraph, heading or list item made of article links and marks
 * between them (the line after a cue of its own); its first link. */
static xmlNode *line_of_links(xmlNode *node)
{
	content_stat *stat = node ? content_stat_of(node) : NULL;
	xmlNode *link, *at;
	int nodes = 0;

	if (!stat || (stat->tag != TAG_P && stat->tag != TAG_HEADING && stat->tag != TAG_LI) ||
		stat->link_text == 0 || stat->text > INLINE_MAX_TEXT || stat->link_text * 2 < stat->text)
		return NULL;
	if ((link = first_link(node)) == NULL || !newsdoc__related_is_cued_article_link(link))
		return NULL;
	/* nothing but marks before the link either */
	for (at = node; (at = newsdoc__walk_next(at, node, 1)) != NULL && at != link;)
		if (++nodes > INLINE_MAX_NODES || !marks_only(at))
			return NULL;
	return only_links_after(link, node) ? link : NULL;
}

/* A short paragraph over a list, a cue of its own ("<p><strong>More games
 * news:</strong></p><ul>..."): a heading for that list, as a paragraph
 * over one line of links is (newsdoc__related_cue_line). The paragraph
 * may sit in wrappers that hold nothing else ("<div><div><p>Noticia
 * relacionada</p></div></div><ul>"), as a heading may. */
int newsdoc__related_cue_over_list(const xmlNode *cue, const content_stat *stat, const xmlNode *list)
{
	const content_stat *below = content_stat_of(list);
	int depth;

	/* (a paragraph is weaker than a heading: the list must be mostly
	 * links, not a "See also" list of sentences in a guide) */
	if (stat->text > CUE_MAX_TEXT || !below || below->tag != TAG_LIST || below->link_text * 2 < below->text)
		return 0;
	for (depth = 0; cue && stat && depth <= HEADING_WRAPPER_DEPTH; depth++) {
		if (stat->tag == TAG_P)
			return 1;
		if (stat->tag != TAG_DIV && stat->tag != TAG_OTHER)
			return 0;
		cue = only_element(cue);
		stat = content_stat_of(cue);
	}
	return 0;
}

xmlNode *newsdoc__related_cue_line(xmlNode *node, const content_stat *stat, newsdoc__sb *scratch, xmlNode **line)
{
	xmlNode *next;
	int skipped = 0;

	if (stat->tag != TAG_P || stat->link_text != 0 || stat->text == 0 || stat->text > CUE_MAX_TEXT)
		return NULL;
	/* the next element, past a few blanks or comments */
	for (next = node->next; next && next->type != XML_ELEMENT_NODE && skipped < 4; next = next->next)
		skipped++;
	if (!next || next->type != XML_ELEMENT_NODE || !newsdoc__related_says_related(node, scratch))
		return NULL;
	*line = next;
	return line_of_links(next);
}

xmlNode *newsdoc__related_inline_read_also(xmlNode *node, const content_stat *stat, newsdoc__sb *scratch, newsdoc__sb *link_text)
{
	xmlNode *link;
	const char *at, *cue;
	size_t cue_len, skip;
	int too_big;

	if ((stat->tag != TAG_P && stat->tag != TAG_HEADING && stat->tag != TAG_LI) ||
		stat->link_text == 0 || stat->text > INLINE_MAX_TEXT || stat->link_text * 2 < stat->text ||
		stat->link_text == stat->text)
		return NULL;
	if ((link = first_link(node)) == NULL || !newsdoc__related_is_cued_article_link(link))
		return NULL;
	scratch->len = link_text->len = 0;
	if (newsdoc__content_collect_short_text(scratch, node, HEADING_MAX_NODES, &too_big) != 0 || too_big ||
		newsdoc__content_collect_short_text(link_text, link, HEADING_MAX_NODES, &too_big) != 0 || too_big)
		return NULL;
	newsdoc__sb_trim(scratch);
	newsdoc__sb_trim(link_text);
	if (!scratch->len || !link_text->len || (at = strstr(scratch->ptr, link_text->ptr)) == NULL)
		return NULL;
	/* the cue: the words before the link, without the marks around them */
	cue = scratch->ptr;
	cue_len = without_trailing_marks(cue, (size_t)(at - cue));
	while (cue_len && (skip = inline_mark_at(cue, cue_len)) != 0) {
		cue += skip;
		cue_len -= skip;
	}
	if (!cue_len || !newsdoc__content_is_related_heading(cue, cue_len))
		return NULL;
	/* the links end the paragraph ("Read also: <a>", not a sentence on) */
	return only_links_after(link, node) ? link : NULL;
}
