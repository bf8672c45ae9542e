/*
 * Comment counts stated in words and links as the metadata walk
 * (meta_walk.c) passes the page's elements: a counter named for comments
 * ("<span class=comment-count>12</span>"), a link to this page's comment
 * section ("<a href=#comments>36 Kommentare</a>"), the first words of the
 * comment section ("Forum: 5 Postings", "36 Comments") and a comment
 * button's aria-label. The first count found is kept (source HTML);
 * meta_comment_markup.c reads the ones stated by microdata.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"
#include "../html/dom_hidden.h"

/* Words that name a comment section in an address's fragment:
 * "#comments", "#respond", "#disqus_thread", "#ulCommentWidget",
 * "#comentarios", "#replies". */
static const char *const comment_fragment_words[] = {
	"comment", "coment", "komment", "respond", "disqus", "replies", NULL
};

/*
 * A link to this page's comment section, alone or after this page's own
 * address (a link to another story's comments is that story's count):
 * 0 when it is none, 1 for a comment anchor, 2 for the section's anchor
 * ("#comments", no digit: not one comment's "#comment-123"), where a bare
 * number is the count.
 */
static int comments_href_kind(const char *href, const char *page_url)
{
	const char *hash = href ? strchr(href, '#') : NULL, *p;
	size_t before, page_len, k;
	int kind = 2;

	if (!hash)
		return 0;
	for (k = 0; comment_fragment_words[k] && !newsdoc__meta_icontains(hash + 1, comment_fragment_words[k]); k++)
		;
	if (!comment_fragment_words[k])
		return 0;
	for (p = hash + 1; *p; p++)
		if (*p >= '0' && *p <= '9')
			kind = 1;
	before = (size_t)(hash - href);
	while (before && href[before - 1] == '/')
		before--;
	if (!before)
		return kind;
	if (!page_url)
		return 0;
	page_len = strcspn(page_url, "?#");
	while (page_len && page_url[page_len - 1] == '/')
		page_len--;
	/* "/stories/x#comments" on "https://site/stories/x", or the full address */
	if (before <= page_len && !strncmp(page_url + page_len - before, href, before))
		return kind;
	return 0;
}

/* `number_only`: the element is a counter, its bare number is the count. */
static void on_comment_counter(meta_store *store, const xmlNode *node, int number_only)
{
	char *text;
	long n;

	/* a counter hidden until a script fills it states nothing yet */
	if (store->comments[META_SRC_HTML] >= 0 || newsdoc__element_hidden(node) ||
	    !(text = newsdoc__meta_element_text(store, node)))
		return;
	n = newsdoc__meta_comment_count_in_text(text, strlen(text), number_only);
	if (n >= 0)
		store->comments[META_SRC_HTML] = n;
	newsdoc__free(text);
}

/* Does the element hold a text of its own (not only its children's)? */
static int has_own_words(const xmlNode *node)
{
	const xmlNode *child;

	for (child = node->children; child; child = child->next)
		if (child->type == XML_TEXT_NODE && child->content && !newsdoc__meta_is_blank((const char *)child->content))
			return 1;
	return 0;
}

/* The first words of the comment section: "36 Comments" as a counter
 * (on_comment_counter's test), else "Forum: 5 Postings", the count inside
 * the words heading the section. The element's text is read once for
 * both. */
static void on_comment_section_words(meta_store *store, const xmlNode *node)
{
	char *text;
	long n = -1;

	if (store->comments[META_SRC_HTML] >= 0 || !(text = newsdoc__meta_element_text(store, node)))
		return;
	/* (a counter hidden until a script fills it states nothing yet) */
	if (!newsdoc__element_hidden(node))
		n = newsdoc__meta_comment_count_in_text(text, strlen(text), 0);
	if (n < 0)
		n = newsdoc__meta_comment_count_in_label(text, strlen(text));
	if (n >= 0)
		store->comments[META_SRC_HTML] = n;
	newsdoc__free(text);
}

/* A comment button drawn as an icon, its count said only to screen
 * readers: "<button class=comment-button aria-label='View comments (0)'>". */
static void on_comment_label(meta_store *store, const xmlNode *node)
{
	const char *label = newsdoc__attr_text(node, "aria-label");
	long n;

	if (store->comments[META_SRC_HTML] < 0 && label &&
	    (n = newsdoc__meta_comment_count_in_label(label, strlen(label))) >= 0)
		store->comments[META_SRC_HTML] = n;
}

void newsdoc__meta_comments_enter(meta_comment_walk *walk, const struct _xmlNode *section)
{
	walk->section = section;
	walk->text_seen = 0;
}

void newsdoc__meta_comments_element(meta_store *store, meta_comment_walk *walk, const struct _xmlNode *node,
	int is_counter, int outside_boxes, int kind)
{
	int href_kind;

	if (is_counter)
		on_comment_counter(store, node, 1);
	else if (outside_boxes && kind == META_COMMENT_EL_LINK &&
		 (href_kind = comments_href_kind(newsdoc__attr_text(node, "href"), store->page_url)) != 0)
		on_comment_counter(store, node, href_kind == 2);
	else if (walk->section && kind == META_COMMENT_EL_SUBHEADING)
		on_comment_counter(store, node, 0);
	/* "<span class=entry-meta__comments><i class=icon></i> 4</span>": a
	 * small element named for comments whose text is a bare number */
	else if (walk->section == node && (kind == META_COMMENT_EL_LINK || !strcasecmp((const char *)node->name, "span")))
		on_comment_counter(store, node, 1);
	if (walk->section == node)
		on_comment_label(store, node);
	/* The comment section's first words head it: "36 Comments" in a
	 * <div> as much as in a heading. */
	if (walk->section && !walk->text_seen && has_own_words(node)) {
		walk->text_seen = 1;
		on_comment_section_words(store, node);
	}
}
