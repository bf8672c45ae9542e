/*
 * Comment counts stated in words and links as the metadata walk
 * (meta_walk.c) passes the page's elements: a counter named for comments
 * ("<span class=comment-count>12</span>"), a link to this page's comment
 * section ("<a href=#comments>36 Kommentare</a>"), the first words of the
 * comment section ("Forum: 5 Postings", "36 Comments") and a comment
 * button's aria-label. The first count found is kept (source HTML). Failing
 * those, the counts that are tallied and believed when all agree: in words
 * in an element named for nothing ("Responses (18)"), on a link to the
 * story's forum thread ("23 Kommentare lesen"), deeper in the comment
 * section ("0 Comments" under its form); else the counts stated in boxes
 * of other content (meta_comment_boxed.c). meta_comment_markup.c reads the
 * ones stated by microdata.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"
#include "../html/dom_hidden.h"

/* Words that name a comment section in an address's fragment:
 * "#comments", "#respond", "#disqus_thread", "#ulCommentWidget",
 * "#comentarios", "#komentarze", "#replies". */
static const char *const comment_fragment_words[] = {
	"comment", "coment", "komment", "koment", "respond", "disqus", "replies", NULL
};

/* Do the first `before` bytes of a link's address (up to its fragment)
 * name this page: nothing ("#comments"), "/stories/x" on
 * "https://site/stories/x", or the full address? */
static int addresses_this_page(const char *href, size_t before, const char *page_url)
{
	size_t page_len;

	while (before && href[before - 1] == '/')
		before--;
	if (!before)
		return 1;
	if (!page_url)
		return 0;
	page_len = strcspn(page_url, "?#");
	while (page_len && page_url[page_len - 1] == '/')
		page_len--;
	return before <= page_len && !strncmp(page_url + page_len - before, href, before);
}

/*
 * A link to this page's comment section, alone or after this page's own
 * address (a link to another story's comments is that story's count), or
 * to this page with a query naming comments:
 * 0 when it is none, 1 for a comment anchor, 2 for the section's anchor
 * ("#comments", no digit: not one comment's "#comment-123"), where a bare
 * number is the count.
 */
static int comments_href_kind(const char *href, const char *page_url)
{
	const char *hash = href ? strchr(href, '#') : NULL, *p;
	size_t k;
	int kind = 2;

	/* "/story?comments=1": this page showing its comments, when its
	 * own address has no query to tell it from another page's (most
	 * links with a query are to other pages: that is told first) */
	if (!hash && href && page_url && !strchr(page_url, '?') && (p = strchr(href, '?')) != NULL &&
	    addresses_this_page(href, (size_t)(p - href), page_url))
		hash = p;
	if (!hash)
		return 0;
	for (k = 0; comment_fragment_words[k] && !newsdoc__meta_icontains(hash + 1, comment_fragment_words[k]); k++)
		;
	if (!comment_fragment_words[k])
		return 0;
	for (p = hash + 1; *p; p++)
		if (*p >= '0' && *p <= '9')
			kind = 1;
	return addresses_this_page(href, (size_t)(hash - href), page_url) ? kind : 0;
}

/* Is the text a comment word alone ("Comentarios")? */
static int is_comment_word_alone(const char *text)
{
	size_t len = strlen(text), w;

	while (len && newsdoc__meta_is_space((unsigned char)text[len - 1]))
		len--;
	while (len && newsdoc__meta_is_space((unsigned char)*text)) {
		text++;
		len--;
	}
	return len && (w = newsdoc__meta_comment_word_at(text, len)) == len;
}

/* Add a statement of the count to a tally believed when all agree. */
static void tally_count(long *count, int *disagree, long n)
{
	if (n < 0)
		return;
	if (*count < 0)
		*count = n;
	else if (*count != n)
		*disagree = 1;
}

/* A count the page states: kept when it is the first, or, stated in a box
 * of other content (`boxed`), tallied with the others stated there. */
static void state_count(meta_store *store, int boxed, long n)
{
	if (boxed)
		tally_count(&store->boxed_comment_count, &store->boxed_comment_disagree, n);
	else if (n >= 0 && store->comments[META_SRC_HTML] < 0)
		store->comments[META_SRC_HTML] = n;
}

/* `number_only`: the element is a counter, its bare number is the count;
 * `named`: its class names it a counter, whose words may hold the count
 * ("reader comments 75"). */
static void on_comment_counter(meta_store *store, const xmlNode *node, int number_only, int named, int boxed)
{
	char *text;
	long n;

	/* a counter hidden until a script fills it states nothing yet */
	if (store->comments[META_SRC_HTML] >= 0 || newsdoc__element_hidden(node) ||
	    !(text = newsdoc__meta_element_text(store, node)))
		return;
	n = newsdoc__meta_comment_count_in_text(text, strlen(text), number_only);
	if (n < 0 && named)
		n = newsdoc__meta_comment_count_in_label(text, strlen(text));
	state_count(store, boxed, n);
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

/* Unnamed words state a count only in a short element: "0 Kommentare",
 * "Responses (18)", "Vos réactions (11)". */
#define WORDS_COUNT_TEXT_MAX 64
#define WORDS_COUNT_NODES 16

/* The text of an element holding only it: can newsdoc__meta_comment_count_in_text
 * read a count from it? A number must be followed by a comment word, or
 * the text open with one (`opens_with_word`, found by the caller); a
 * count in words ("Un commentaire") has no digit. */
static int lone_text_may_state_count(const char *s, int opens_with_word)
{
	size_t len = strlen(s), i = 0, used;

	while (i < len && newsdoc__meta_is_space((unsigned char)s[i]))
		i++;
	if (s[i] != '(' && s[i] != '[' && !(s[i] >= '0' && s[i] <= '9'))
		return opens_with_word;
	while (i < len && (newsdoc__meta_is_space((unsigned char)s[i]) || s[i] == '(' || s[i] == '['))
		i++;
	if (newsdoc__meta_read_count(s + i, len - i, &used) < 0)
		return newsdoc__meta_comment_word_at(s + i, len - i) != 0;
	for (i += used; i < len && (newsdoc__meta_is_space((unsigned char)s[i]) || s[i] == ')' || s[i] == ']'); i++)
		;
	return i < len && newsdoc__meta_comment_word_at(s + i, len - i) != 0;
}

/* Can the element's text be a count in words? Its own text is short and
 * holds a digit ("Responses (18)") or opens with a comment word
 * ("<span>0</span> Kommentare"): a cheap test before its text is put
 * together, which stops after WORDS_COUNT_TEXT_MAX visible bytes. */
static int may_state_count(const xmlNode *node)
{
	const xmlNode *child, *lone_text = NULL;
	const char *p;
	size_t seen = 0;
	int first = 1, digit = 0, opens_with_word = 0, lone = 1;

	for (child = node->children; child; child = child->next) {
		if (child->type != XML_TEXT_NODE || !child->content) {
			lone = 0;
			continue;
		}
		lone = lone && !lone_text;
		lone_text = child;
		for (p = (const char *)child->content; *p; p++) {
			/* (white space is left out of the text put together) */
			if (newsdoc__meta_is_space((unsigned char)*p))
				continue;
			if (++seen > WORDS_COUNT_TEXT_MAX)
				return 0;
			if (*p >= '0' && *p <= '9')
				digit = 1;
			else if (first && newsdoc__meta_comment_word_at(p, strnlen(p, 32)))
				digit = opens_with_word = 1;
			first = 0;
		}
	}
	/* A table's cells ("2024", "cell 5"): an element of one text is read
	 * only when the text could state a count, not put together first. */
	if (digit && lone && lone_text)
		return lone_text_may_state_count((const char *)lone_text->content, opens_with_word);
	return digit;
}

#define LINK_DEPTH 6

/* Is the element in a link (or one) to another page, whose count it
 * states: "<a href=/other-story>9 Comments</a>"? */
static int in_link_elsewhere(const xmlNode *node, const char *page_url)
{
	const char *href;
	int depth;

	for (depth = 0; node && node->type == XML_ELEMENT_NODE && depth < LINK_DEPTH; depth++, node = node->parent)
		if (!strcasecmp((const char *)node->name, "a") && (href = newsdoc__attr_text(node, "href")) != NULL)
			return !addresses_this_page(href, strcspn(href, "#"), page_url);
	return 0;
}

/*
 * A count stated in words by an element named for nothing ("<p><span>0
 * </span> Kommentare</p>" in an unclassed line under the headline). Lists
 * of other stories state their counts the same way ("604 COMMENTS" under
 * each teaser), so the count is believed only when every such statement
 * outside boxes agrees (newsdoc__meta_comments_words_result).
 */
static void on_count_in_words(meta_store *store, const xmlNode *node)
{
	int cut;
	char *text = newsdoc__meta_element_text_capped(store, node, WORDS_COUNT_TEXT_MAX + 2, WORDS_COUNT_NODES, &cut);
	long n;

	if (text && !cut && (n = newsdoc__meta_comment_count_in_text(text, strlen(text), 0)) >= 0 &&
	    !in_link_elsewhere(node, store->page_url))
		tally_count(&store->words_comment_count, &store->words_comment_disagree, n);
	newsdoc__free(text);
}

/* Words of an address's path that name a page holding a story's
 * comments: a forum thread ("/forum/.../comment/"), "/kommentare/". A
 * word starts a part of the path: "/nocomment" is a programme's page. */
static const char *const comment_page_words[] = { "forum", "comment", "kommentar", "koment", NULL };

static int addresses_comment_page(const char *href, const char *page_url)
{
	size_t path = strcspn(href, "?#"), i, k;

	if (addresses_this_page(href, path, page_url))
		return 0;
	for (i = 1; i < path; i++) {
		if (href[i - 1] != '/' && href[i - 1] != '-' && href[i - 1] != '_' && href[i - 1] != '.')
			continue;
		for (k = 0; comment_page_words[k]; k++)
			if ((href[i] | 32) == comment_page_words[k][0] && newsdoc__meta_istarts(href + i, comment_page_words[k]) &&
			    i + strlen(comment_page_words[k]) <= path)
				return 1;
	}
	return 0;
}

static int has_digit(const char *s)
{
	for (; *s; s++)
		if (*s >= '0' && *s <= '9')
			return 1;
	return 0;
}

/*
 * A link to the story's comments on a page of their own, stating their
 * count: "<a href=/forum/story/comment/><span>23</span> <span>Kommentare
 * lesen</span></a>", "Kommentare lesen (1 Beitrag)". Lists of other
 * stories link to their forums the same way, so such counts are tallied
 * like counts in unnamed words (in a box, with the box's).
 */
static void on_comment_page_link(meta_store *store, const xmlNode *node, int boxed)
{
	const char *href = newsdoc__attr_text(node, "href");
	char *text;
	size_t len;
	long n;
	int cut;

	if (!href || !addresses_comment_page(href, store->page_url))
		return;
	text = newsdoc__meta_element_text_capped(store, node, WORDS_COUNT_TEXT_MAX + 2, WORDS_COUNT_NODES, &cut);
	/* (a count in words, "No Comment", is as often a name) */
	if (text && !cut && has_digit(text)) {
		len = strlen(text);
		if ((n = newsdoc__meta_comment_count_in_text(text, len, 0)) < 0)
			n = newsdoc__meta_comment_count_in_label(text, len);
		if (boxed)
			tally_count(&store->boxed_comment_count, &store->boxed_comment_disagree, n);
		else
			tally_count(&store->words_comment_count, &store->words_comment_disagree, n);
	}
	newsdoc__free(text);
}

/*
 * A statement of the count deeper in the comment section than its first
 * words: wpDiscuz's "<div class=wpd-thread-info><span>0</span> Comments
 * </div>" below the form. Only a short element stating nothing but the
 * count ("0 Comments", "Comments (3)"), tallied like unnamed words: a
 * comment's own words may say "3 comments".
 */
/* The count heads the comment section, above or beside its form, before
 * the comments: no further than its first elements (a long thread's
 * comments need not be read for it). */
#define SECTION_STATEMENT_ELEMENTS 200

static void on_section_statement(meta_store *store, const xmlNode *node)
{
	int cut;
	char *text = newsdoc__meta_element_text_capped(store, node, WORDS_COUNT_TEXT_MAX + 2, WORDS_COUNT_NODES, &cut);

	if (text && !cut)
		tally_count(&store->words_comment_count, &store->words_comment_disagree,
			newsdoc__meta_comment_count_whole(text, strlen(text)));
	newsdoc__free(text);
}

void newsdoc__meta_comments_words_result(meta_store *store)
{
	if (store->comments[META_SRC_HTML] < 0 && store->words_comment_count >= 0 && !store->words_comment_disagree)
		store->comments[META_SRC_HTML] = store->words_comment_count;
	if (store->comments[META_SRC_HTML] < 0 && store->words_comment_count < 0 && store->boxed_comment_count >= 0 &&
	    !store->boxed_comment_disagree)
		store->comments[META_SRC_HTML] = store->boxed_comment_count;
}

/*
 * A link to the comment section saying only "Comentarios", its count in
 * the element beside it: "<div><a href=#comentarios>Comentarios</a>
 * <span>15</span></div>". The parent's words, when short, state the count
 * whole.
 */
static void on_comment_link_beside_count(meta_store *store, const xmlNode *node, int boxed)
{
	char *text, *around;
	int cut;

	if (store->comments[META_SRC_HTML] >= 0 || !node->parent || node->parent->type != XML_ELEMENT_NODE ||
	    !(text = newsdoc__meta_element_text_capped(store, node, WORDS_COUNT_TEXT_MAX + 2, WORDS_COUNT_NODES, &cut)))
		return;
	if (!cut && is_comment_word_alone(text) &&
	    (around = newsdoc__meta_element_text_capped(store, node->parent, WORDS_COUNT_TEXT_MAX + 2, WORDS_COUNT_NODES,
		    &cut)) != NULL) {
		if (!cut)
			state_count(store, boxed, newsdoc__meta_comment_count_whole(around, strlen(around)));
		newsdoc__free(around);
	}
	newsdoc__free(text);
}

/* The first words of the comment section: "36 Comments" as a counter
 * (on_comment_counter's test), else "Forum: 5 Postings", the count inside
 * the words heading the section. The element's text is read once for
 * both. */
static void on_comment_section_words(meta_store *store, const xmlNode *node, int boxed)
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
	state_count(store, boxed, n);
	newsdoc__free(text);
}

/* A comment button drawn as an icon, its count said only to screen
 * readers: "<button class=comment-button aria-label='View comments (0)'>". */
static void on_comment_label(meta_store *store, const xmlNode *node, int boxed)
{
	const char *label = newsdoc__attr_text(node, "aria-label");

	if (store->comments[META_SRC_HTML] < 0 && label)
		state_count(store, boxed, newsdoc__meta_comment_count_in_label(label, strlen(label)));
}

void newsdoc__meta_comments_enter(meta_comment_walk *walk, const struct _xmlNode *section)
{
	walk->section = section;
	walk->text_seen = 0;
	walk->elsewhere = -1;
	walk->boxed = 0;
	walk->elements_seen = 0;
}

/* Is the counter inside a link to another page ("<a href=/other-story>...
 * <span class=thumbnail__comments>(3)</span></a>", a teaser's card)? Its
 * number is that page's count. A link to this page's comments, or a
 * counter that is the link itself (a comment link to a forum thread), is
 * the page's own. */
static int counter_of_another_page(meta_comment_walk *walk, const xmlNode *node, const char *page_url)
{
	const xmlNode *up = node->parent;
	const char *href;
	int depth;

	for (depth = 1; up && up->type == XML_ELEMENT_NODE && depth < LINK_DEPTH; depth++, up = up->parent)
		if (!strcasecmp((const char *)up->name, "a") && (href = newsdoc__attr_text(up, "href")) != NULL) {
			/* The counters of one link share its answer: its address,
			 * however long, is read once, not once per counter. */
			if (up != walk->link) {
				walk->link = up;
				walk->link_elsewhere = !comments_href_kind(href, page_url) &&
					!addresses_this_page(href, strcspn(href, "#"), page_url);
			}
			return walk->link_elsewhere;
		}
	return 0;
}

void newsdoc__meta_comments_element(meta_store *store, meta_comment_walk *walk, const struct _xmlNode *node,
	int is_counter, int outside_boxes, int kind)
{
	int href_kind, boxed;

	/* In a box, a comment counter or section is entered as a section
	 * whose counts are tallied (meta_comment_boxed.c). */
	if (!outside_boxes && !walk->section && store->comments[META_SRC_HTML] < 0 &&
	    newsdoc__meta_comments_boxed_enter(walk, node))
		is_counter = 1;
	/* (a section the walk entered as the box itself states the page's
	 * count: a comment section) */
	boxed = walk->section ? walk->boxed : !outside_boxes;
	/* (a comment section in such a link is the other page's as a whole) */
	if (walk->section == node)
		walk->elsewhere = counter_of_another_page(walk, node, store->page_url);
	if ((walk->section && walk->elsewhere) || (is_counter && counter_of_another_page(walk, node, store->page_url)))
		return;

	if (is_counter)
		on_comment_counter(store, node, 1, 1, boxed);
	/* A link to this page's comments. In a box (a share bar) it states
	 * the count in words ("21 comments"): a bare number there is a page
	 * of the comment section's pager. */
	else if ((outside_boxes || !walk->section) && kind == META_COMMENT_EL_LINK &&
		 (href_kind = comments_href_kind(newsdoc__attr_text(node, "href"), store->page_url)) != 0) {
		on_comment_counter(store, node, outside_boxes && href_kind == 2, 0, boxed);
		if (href_kind == 2)
			on_comment_link_beside_count(store, node, boxed);
	}
	else if (walk->section && kind == META_COMMENT_EL_SUBHEADING)
		on_comment_counter(store, node, 0, 0, boxed);
	/* "<span class=entry-meta__comments><i class=icon></i> 4</span>": a
	 * small element named for comments whose text is a bare number */
	else if (walk->section == node && (kind == META_COMMENT_EL_LINK || !strcasecmp((const char *)node->name, "span")))
		on_comment_counter(store, node, 1, 0, boxed);
	if (walk->section == node)
		on_comment_label(store, node, boxed);
	if (kind == META_COMMENT_EL_LINK && !walk->section && store->comments[META_SRC_HTML] < 0)
		on_comment_page_link(store, node, !outside_boxes);
	/* (once a named element has stated the count, words need not be read) */
	if (outside_boxes && store->comments[META_SRC_HTML] < 0 && may_state_count(node))
		on_count_in_words(store, node);
	else if (walk->section && !walk->boxed && walk->text_seen && store->comments[META_SRC_HTML] < 0 &&
		 walk->elements_seen < SECTION_STATEMENT_ELEMENTS && may_state_count(node))
		on_section_statement(store, node);
	if (walk->section && walk->elements_seen < SECTION_STATEMENT_ELEMENTS)
		walk->elements_seen++;
	/* The comment section's first words head it: "36 Comments" in a
	 * <div> as much as in a heading. */
	if (walk->section && !walk->text_seen && has_own_words(node)) {
		walk->text_seen = 1;
		on_comment_section_words(store, node, boxed);
	}
}
