/*
 * Comment counters inside boxes of other content. The metadata walk
 * (meta_walk.c) reads no class names inside a box (a footer, an aside, a
 * navigation, a sidebar), yet the page's own count often sits in one: the
 * share bar's "<span class=disqus-comment-count>0</span>" in a <footer>,
 * WordPress's "<div class=entry-footer><span class=entry-meta__comments>
 * 0</span>", an "<aside class=article-aside><a class=article-comment-count>
 * 0 Kommentare</a>". Such an element is entered as a comment section whose
 * counts are only tallied (meta_comment_walk.c): a box may as well list
 * other stories with theirs, so the tally is believed only when every
 * count stated in boxes agrees and nothing outside them stated one.
 */
#include <string.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"

/* Words of a class or id that may name a comment counter or section
 * ("comment-count", "ArticleComments", "disqus-comment-count", "Disqus"):
 * a cheap test before the element's tokens are read, as most elements of
 * a box name nothing of the kind. Their first letter is left out so that
 * "Comment" and "comment" are one fast search. */
static const char *const comment_name_words[] = { "omment", "isqus", NULL };

static int names_comments(const char *name)
{
	size_t k;

	for (k = 0; name && comment_name_words[k]; k++)
		if (strstr(name, comment_name_words[k]))
			return 1;
	return 0;
}

static int may_name_comments(const xmlNode *node)
{
	return names_comments(newsdoc__attr_text(node, "class")) || names_comments(newsdoc__attr_text(node, "id"));
}

int newsdoc__meta_comments_boxed_enter(meta_comment_walk *walk, const xmlNode *node)
{
	unsigned int kinds;

	if (walk->section || !may_name_comments(node))
		return 0;
	kinds = newsdoc__meta_element_kinds(node);
	if (!(kinds & (META_TOKEN_COMMENT_BOX | META_TOKEN_COMMENT_COUNT)))
		return 0;
	newsdoc__meta_comments_enter(walk, node);
	walk->boxed = 1;
	return (kinds & META_TOKEN_COMMENT_COUNT) != 0;
}
