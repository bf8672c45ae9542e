/*
 * One walk over the page that hands every metadata source its elements:
 * <meta> (OpenGraph, article:*, name=...: meta_walk_meta.c), <link rel=canonical>, JSON-LD
 * scripts, itemprop microdata, <time>, rel=author links, byline markup,
 * comment counters, <title>, the first <h1> and <html lang>. The walk is
 * iterative (deep pages cannot exhaust the stack) and looks at each
 * element once; boxes of other articles (related, teasers, comments,
 * navigation) are marked so that their bylines and dates are not taken for
 * the article's.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "meta_byline.h"
#include "../html/dom_attr.h"
#include "../text/text_util.h"

#define MAX_TEXT 4096
#define MAX_TEXT_DEPTH 64
#define MAX_MICRODATA_AUTHORS 12
#define MAX_REL_AUTHORS 12

typedef struct walk {
	meta_store *store;
	const xmlNode *junk;       /* the outermost box of other content we are in */
	const xmlNode *byline;     /* the byline element we are in */
	int byline_is_signature;   /* it is classed only as a signature */
	int signature_pushed;      /* and its text is the last of store->bylines */
	size_t byline_pushed;      /* 1 + the index of its text in store->bylines, or 0 */
	const xmlNode *figure;     /* the outermost <figure> or <figcaption> we are in */
	meta_comment_walk comments; /* the comment section we are in, if any */
	const xmlNode *reply;      /* the outermost microdata Answer or Comment we are in */
	const xmlNode *noscript;   /* the outermost <noscript> we are in */
	int seen_h1;
	const xmlNode *tokens_of;  /* the element whose token kinds are cached */
	unsigned int token_kinds;  /* META_TOKEN_ kinds of its class and id tokens */
} walk;

static int name_is(const xmlNode *node, const char *name)
{
	return !strcasecmp((const char *)node->name, name);
}

/* Folded text of an element, scripts, styles and drawings left out (the
 * lean copy of a page has them empty: html_lean.c). Inline elements join
 * their neighbours' words, unless `split_inline`: then every element is a
 * word break, as for the parts of a date line ("<a>Health</a><span>December
 * 22, 2022</span><span>Updated: January 2, 2026</span>"), which pages set
 * apart by style, and whose words glued together mix two dates. */
static void text_into(newsdoc__sb *sb, const xmlNode *node, int depth, int *pending, int split_inline, size_t cap,
	size_t *nodes_left)
{
	const xmlNode *child;

	for (child = node->children; child && sb->len < cap && *nodes_left; child = child->next) {
		--*nodes_left;
		if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
			if (child->content)
				newsdoc__append_folded(sb, (const char *)child->content,
					strlen((const char *)child->content), pending);
		} else if (child->type == XML_ELEMENT_NODE && depth < MAX_TEXT_DEPTH &&
			   !name_is(child, "script") && !name_is(child, "style") && !name_is(child, "noscript") &&
			   !name_is(child, "svg")) {
			int block = split_inline || (!name_is(child, "a") && !name_is(child, "span") && !name_is(child, "b") &&
				!name_is(child, "strong") && !name_is(child, "em") && !name_is(child, "i"));
			if (block)
				*pending = 1;
			text_into(sb, child, depth + 1, pending, split_inline, cap, nodes_left);
			if (block)
				*pending = 1;
		}
	}
}

/* The text read up to `cap` bytes and `max_nodes` nodes; *cut is set when
 * either stopped the reading (the text may go on). */
static char *element_text_within(meta_store *store, const xmlNode *node, int split_inline, size_t cap,
	size_t max_nodes, int *cut)
{
	newsdoc__sb sb = NEWSDOC__SB_INIT;
	size_t nodes_left = max_nodes;
	int pending = 0;

	text_into(&sb, node, 0, &pending, split_inline, cap, &nodes_left);
	*cut = sb.len >= cap || !nodes_left;
	newsdoc__sb_trim(&sb);
	if (sb.failed)
		store->failed = 1;
	if (!sb.len || sb.failed) {
		newsdoc__sb_free(&sb);
		return NULL;
	}
	return sb.ptr;
}

static char *element_text_split(meta_store *store, const xmlNode *node, int split_inline)
{
	int cut;

	return element_text_within(store, node, split_inline, MAX_TEXT, SIZE_MAX, &cut);
}

char *newsdoc__meta_element_text(meta_store *store, const xmlNode *node)
{
	return element_text_split(store, node, 0);
}

char *newsdoc__meta_element_text_capped(meta_store *store, const xmlNode *node, size_t cap, size_t max_nodes,
	int *cut)
{
	return element_text_within(store, node, 0, cap, max_nodes, cut);
}

unsigned int newsdoc__meta_element_kinds(const xmlNode *node)
{
	unsigned int kinds = 0;
	size_t k;

	for (k = 0; k < 2; k++) {
		const char *p = newsdoc__attr_text(node, k == 0 ? "class" : "id");
		while (p && *p) {
			char token[64];
			size_t used = 0;
			while (*p && newsdoc__meta_is_space((unsigned char)*p))
				p++;
			while (*p && !newsdoc__meta_is_space((unsigned char)*p)) {
				/* Long tokens are cut: the tests look for short words. */
				if (used < sizeof(token) - 1)
					token[used++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
				p++;
			}
			token[used] = '\0';
			if (used)
				kinds |= newsdoc__meta_token_kinds(token);
		}
	}
	return kinds;
}

/*
 * Is the element's class or id a token of one of `kinds` (META_TOKEN_)?
 * The kinds of the element being looked at are worked out once into the
 * walk's cache, as several tests ask.
 */
static int tokens_match(walk *w, const xmlNode *node, unsigned int kinds)
{
	if (w->tokens_of != node) {
		w->token_kinds = newsdoc__meta_element_kinds(node);
		w->tokens_of = node;
	}
	return (w->token_kinds & kinds) != 0;
}

/* ---- <meta> ---- */


/* ---- microdata ---- */

const xmlNode *newsdoc__meta_find_itemprop(const xmlNode *node, const char *prop, int depth)
{
	const xmlNode *child, *found;
	for (child = node->children; child; child = child->next) {
		const char *p;
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if ((p = newsdoc__attr_text(child, "itemprop")) != NULL && newsdoc__meta_ieq(p, prop))
			return child;
		if (depth < 8 && (found = newsdoc__meta_find_itemprop(child, prop, depth + 1)) != NULL)
			return found;
	}
	return NULL;
}

/* What an author element's itemtype states: schema.org/Person, or an
 * Organization ("NewsMediaOrganization" ends so too). */
static int microdata_kind(const xmlNode *node)
{
	const char *type = newsdoc__attr_text(node, "itemtype");
	size_t len;

	if (!type)
		return NEWSDOC_AUTHOR_UNKNOWN;
	len = strcspn(type, " \t\r\n");
	if (len >= 6 && !strncmp(type + len - 6, "Person", 6))
		return NEWSDOC_AUTHOR_PERSON;
	if (len >= 12 && !strncmp(type + len - 12, "Organization", 12))
		return NEWSDOC_AUTHOR_ORGANIZATION;
	return NEWSDOC_AUTHOR_UNKNOWN;
}

static void on_microdata_author(walk *w, const xmlNode *node)
{
	meta_store *store = w->store;
	meta_authors *list = &store->authors[META_SRC_MICRODATA];
	const xmlNode *name = newsdoc__meta_find_itemprop(node, "name", 0);
	const char *content;
	char *text = NULL;

	/* The author of a picture is its photographer. The walk carries the
	 * figure it is in down the tree (an element is not its own ancestor),
	 * as walking up from every author is quadratic in nested authors. */
	if (list->count >= MAX_MICRODATA_AUTHORS || (w->figure && w->figure != node))
		return;
	/* The author of an answer or a comment (a Q&A page's, a forum's
	 * replies) wrote that reply, not the page's question or first post. */
	if (w->reply && w->reply != node)
		return;
	if (!name)
		name = node;
	if ((content = newsdoc__meta_tag_content(name, 1)) != NULL && *content) {
		if (!(text = newsdoc__strdup(content)))
			store->failed = 1;
	} else
		text = newsdoc__meta_element_text(store, name);
	if (text && !newsdoc__meta_is_url_value(text)) {
		size_t before = list->count;
		newsdoc__meta_store_byline(store, list, text);
		if (list->count == before + 1)
			list->items[before].stated_kind = microdata_kind(node);
	}
	newsdoc__free(text);
}

static void offer_element_value(walk *w, const xmlNode *node, int slot, int source, int is_date)
{
	const char *value = newsdoc__meta_tag_content(node, is_date);
	char *text = NULL;

	if (!value || !*value)
		value = newsdoc__attr_text(node, "datetime");
	if (!value || !*value)
		value = text = newsdoc__meta_element_text(w->store, node);
	if (value && is_date)
		newsdoc__meta_offer_date(w->store, slot, source, value, strlen(value));
	else if (value)
		newsdoc__meta_offer(w->store, slot, source, value, strlen(value));
	newsdoc__free(text);
}

static void on_itemprop(walk *w, const xmlNode *node, const char *prop)
{
	if (newsdoc__meta_ieq(prop, "headline"))
		offer_element_value(w, node, META_SLOT_TITLE, META_SRC_MICRODATA, 0);
	else if (newsdoc__meta_ieq(prop, "datePublished"))
		offer_element_value(w, node, META_SLOT_PUBLISHED, META_SRC_MICRODATA, 1);
	else if (newsdoc__meta_ieq(prop, "dateModified"))
		offer_element_value(w, node, META_SLOT_MODIFIED, META_SRC_MICRODATA, 1);
	else if (newsdoc__meta_ieq(prop, "author") || newsdoc__meta_ieq(prop, "creator"))
		on_microdata_author(w, node);
	else if (newsdoc__meta_ieq(prop, "articleSection"))
		offer_element_value(w, node, META_SLOT_SECTION, META_SRC_MICRODATA, 0);
	else if (newsdoc__meta_ieq(prop, "description") && name_is(node, "meta"))
		offer_element_value(w, node, META_SLOT_DESCRIPTION, META_SRC_MICRODATA, 0);
}

/* ---- everything else ---- */

static void on_time(walk *w, const xmlNode *node)
{
	const char *value = newsdoc__attr_text(node, "datetime");
	char *text = NULL;

	if (!value || !*value)
		value = text = newsdoc__meta_element_text(w->store, node);
	if (value) {
		size_t n = strlen(value);
		if (newsdoc__attr_text(node, "pubdate") || tokens_match(w, node, META_TOKEN_PUBLISHED))
			newsdoc__meta_offer_date(w->store, META_SLOT_PUBLISHED, META_SRC_TIME, value, n);
		else if (tokens_match(w, node, META_TOKEN_MODIFIED))
			newsdoc__meta_offer_date(w->store, META_SLOT_MODIFIED, META_SRC_TIME, value, n);
		else
			newsdoc__meta_offer_date(w->store, META_SLOT_PUBLISHED, META_SRC_HTML, value, n);
	}
	newsdoc__free(text);
}

/* A short element classed as a date: "erstellt: 01. April 2025, 15:25". */
static void on_date_text(walk *w, const xmlNode *node)
{
	char *text = element_text_split(w->store, node, 1);
	if (text && strlen(text) < 80)
		newsdoc__meta_offer_date(w->store, META_SLOT_PUBLISHED, META_SRC_HTML, text, strlen(text));
	newsdoc__free(text);
}

static void on_rel_author(walk *w, const xmlNode *node)
{
	meta_authors *list = &w->store->authors[META_SRC_REL_AUTHOR];
	size_t before = list->count;
	const char *href = newsdoc__attr_text(node, "href");
	char *text;

	if (list->count >= MAX_REL_AUTHORS)
		return;
	/* Word breaks at elements, as in a byline element: "<a><span>Jane
	 * Doe</span><span>Staff Writer</span></a>". */
	if ((text = element_text_split(w->store, node, 1)) != NULL) {
		size_t href_len = 0;
		if (href)
			href = newsdoc__url_trim(href, &href_len);
		if (newsdoc__meta_store_byline(w->store, list, text) >= 0 && list->count == before + 1 && href_len &&
		    newsdoc__meta_is_url_value(href) && newsdoc__meta_author_set(&list->items[before].url, href, href_len) != 0)
			w->store->failed = 1;
	}
	newsdoc__free(text);
}

/* Keep the element's text in `list` when it is shorter than `max`. */
static void on_link(walk *w, const xmlNode *node)
{
	const char *rel = newsdoc__attr_text(node, "rel"), *href = newsdoc__attr_text(node, "href");

	if (rel && href && *href && newsdoc__meta_ieq(rel, "canonical"))
		newsdoc__meta_offer(w->store, META_SLOT_CANONICAL, META_SRC_HTML, href, strlen(href));
}

static void on_script(walk *w, const xmlNode *node)
{
	const char *type = newsdoc__attr_text(node, "type");
	newsdoc__sb sb = NEWSDOC__SB_INIT;
	const xmlNode *child;

	if (!type || !newsdoc__meta_icontains(type, "ld+json"))
		return;
	for (child = node->children; child; child = child->next)
		if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content)
			newsdoc__sb_puts(&sb, (const char *)child->content);
	if (sb.failed)
		w->store->failed = 1;
	else if (sb.len)
		newsdoc__meta_jsonld_read(w->store, sb.ptr, sb.len);
	newsdoc__sb_free(&sb);
}

static void on_text_slot(walk *w, const xmlNode *node, int slot)
{
	char *text = newsdoc__meta_element_text(w->store, node);
	if (text)
		newsdoc__meta_offer(w->store, slot, META_SRC_HTML, text, strlen(text));
	newsdoc__free(text);
}

/* Every <h1> counts; the first few <h1>s and <h2>s are kept with their
 * text. */
static void on_heading(walk *w, const xmlNode *node, int level)
{
	meta_store *store = w->store;
	meta_heading *heading;

	if (level == 1)
		store->h1_total++;
	if ((level == 1 ? store->heading_count - store->h2_count : store->h2_count) >= META_MAX_HEADINGS)
		return;
	store->h2_count += level == 2;
	heading = &store->headings[store->heading_count++];
	heading->node = node;
	heading->text = newsdoc__meta_element_text(store, node);
	heading->level = level;
	heading->in_junk = w->junk != NULL;
}

/* The elements the walk treats apart, told once per element. */
enum element_kind {
	EL_OTHER, EL_META, EL_SCRIPT, EL_SKIP, EL_NOSCRIPT, EL_LINK, EL_TITLE, EL_PAGE, EL_BOX, EL_A, EL_H1,
	EL_H2_4, EL_TIME, EL_FIGURE
};

static int element_kind(const xmlNode *node)
{
	static const struct { const char *name; int kind; } kinds[] = {
		{ "a", EL_A }, { "meta", EL_META }, { "script", EL_SCRIPT }, { "style", EL_SKIP },
		{ "noscript", EL_NOSCRIPT }, { "template", EL_SKIP }, { "svg", EL_SKIP }, { "link", EL_LINK },
		{ "title", EL_TITLE }, { "body", EL_PAGE }, { "html", EL_PAGE }, { "main", EL_PAGE },
		{ "article", EL_PAGE }, { "nav", EL_BOX }, { "footer", EL_BOX }, { "aside", EL_BOX },
		{ "h1", EL_H1 }, { "h2", EL_H2_4 }, { "h3", EL_H2_4 }, { "h4", EL_H2_4 }, { "time", EL_TIME },
		{ "figure", EL_FIGURE }, { "figcaption", EL_FIGURE }
	};
	const char *name = (const char *)node->name;
	char first;
	size_t i;

	if (!name || !*name)
		return EL_OTHER;
	/* Most elements are div, span, p, li, img: one comparison of the
	 * first letter rules out all but a few names. */
	first = (char)(name[0] >= 'A' && name[0] <= 'Z' ? name[0] + 32 : name[0]);
	if (!strchr("amsntlbhf", first))
		return EL_OTHER;
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].name[0] == first && !strcasecmp(name, kinds[i].name))
			return kinds[i].kind;
	return EL_OTHER;
}

/* The first text under the element, up to three first children down
 * ("<div><span>Par</span> <a>Jean</a></div>"), after its indentation;
 * NULL when an element without text comes first. */
static const char *first_text(const xmlNode *node)
{
	const xmlNode *child = node->children;
	int depth;

	for (depth = 0; child && depth < 3; depth++) {
		while (child && child->type == XML_TEXT_NODE && child->content &&
		       newsdoc__meta_is_blank((const char *)child->content))
			child = child->next;
		if (!child)
			return NULL;
		if (child->type == XML_TEXT_NODE && child->content) {
			const char *text = (const char *)child->content;
			while (newsdoc__meta_is_space((unsigned char)*text))
				text++;
			return text;
		}
		if (child->type != XML_ELEMENT_NODE)
			return NULL;
		child = child->children;
	}
	return NULL;
}

/* Does the element open a microdata item of a reply: itemtype
 * "https://schema.org/Answer" or ".../Comment"? */
static int is_reply_scope(const xmlNode *node)
{
	static const char *const reply_types[] = { "/answer", "/comment", NULL };
	const char *type = newsdoc__attr_text(node, "itemtype");
	size_t len, k;

	if (!type)
		return 0;
	len = strlen(type);
	for (k = 0; reply_types[k]; k++) {
		size_t n = strlen(reply_types[k]);
		if (len >= n && !strcasecmp(type + len - n, reply_types[k]))
			return 1;
	}
	return 0;
}

/* A byline line is shorter than this, and made of fewer nodes than
 * BYLINE_LINE_NODES: every element whose first text opens like a byline
 * is read, so the reading stops there. (Two bytes more are read than the
 * limit: the folded text may hold a space at either end, which the trim
 * drops.) */
#define BYLINE_LINE_MAX 80
#define BYLINE_LINE_NODES 256
/* A wire credit names a few people per task: bytes and nodes read. */
#define WIRE_CREDIT_MAX 400
#define WIRE_CREDIT_NODES 64

/* Levels looked up for a link around a byline line: a teaser card sets its
 * credit a few elements inside the link. */
#define TEASER_LINK_LEVELS 6

/* The line sits inside a link to another page that is not a person's: a
 * teaser's credit ("<a href=/story><span>Title</span><span>Von Ines Zöttl,
 * Washington</span></a>"), not the page's. */
static int in_teaser_link(const xmlNode *node)
{
	const xmlNode *up;
	int levels;

	for (up = node->parent, levels = 0; up && up->type == XML_ELEMENT_NODE && levels < TEASER_LINK_LEVELS;
		up = up->parent, levels++) {
		const char *href;
		if (!name_is(up, "a"))
			continue;
		href = newsdoc__attr_text(up, "href");
		return href && *href && *href != '#' && !newsdoc__meta_is_author_href(href);
	}
	return 0;
}

/* "<p>Par Jean Dupont</p>" with no byline class: kept, short, for a page
 * whose marked-up sources name nobody. */
static void on_byline_line(walk *w, const xmlNode *node)
{
	int cut;
	char *text;

	if (in_teaser_link(node))
		return;
	text = element_text_within(w->store, node, 1, BYLINE_LINE_MAX + 2, BYLINE_LINE_NODES, &cut);

	if (text && !cut && strlen(text) < BYLINE_LINE_MAX)
		newsdoc__meta_strings_push(w->store, &w->store->byline_lines, text, strlen(text));
	newsdoc__free(text);
}

/* "(Reporting by Ada Finch; Editing by Bo Lund)" closing a wire story:
 * the first is kept, for a page whose other sources name nobody. */
static void on_wire_credit(walk *w, const xmlNode *node)
{
	int cut;
	char *text;

	if (in_teaser_link(node))
		return;
	text = element_text_within(w->store, node, 1, WIRE_CREDIT_MAX, WIRE_CREDIT_NODES, &cut);
	if (text && !cut)
		w->store->wire_credit = text;
	else
		newsdoc__free(text);
}

/* Is a byline line still looked for? Once the byline is found and the
 * wire credit kept, no element's first text need be looked up. */
static int wants_byline_line(const walk *w)
{
	return !w->byline && w->store->byline_lines.count < 8;
}

/* Handle one element; returns 1 when its children need no visit. */
static int on_element(walk *w, const xmlNode *node)
{
	const char *prop, *rel, *opening;
	int kind = element_kind(node);

	if (kind == EL_FIGURE && !w->figure)
		w->figure = node;
	if (!w->reply && is_reply_scope(node))
		w->reply = node;
	newsdoc__meta_note_forum_item(w->store, node);
	if (kind == EL_NOSCRIPT && !w->noscript)
		w->noscript = node;
	/* What a page shows without scripts is read for its microdata authors
	 * only: a forum's server-rendered copy of the thread ("<noscript><div
	 * itemscope itemtype=DiscussionForumPosting>...") names the first
	 * post's author there, and nowhere else in the markup. The rest of it
	 * repeats the page or holds tracking pixels. */
	if (w->noscript) {
		if ((prop = newsdoc__attr_text(node, "itemprop")) != NULL && !w->junk &&
		    (newsdoc__meta_ieq(prop, "author") || newsdoc__meta_ieq(prop, "creator")))
			on_microdata_author(w, node);
		return kind == EL_SCRIPT || kind == EL_SKIP || kind == EL_META;
	}
	switch (kind) {
	case EL_META:
		newsdoc__meta_on_meta_tag(w->store, node);
		if ((prop = newsdoc__attr_text(node, "itemprop")) != NULL && (!w->junk || w->comments.section))
			newsdoc__meta_itemprop_comments(w->store, node, prop);
		if (prop && !w->junk)
			on_itemprop(w, node, prop);
		return 1;
	case EL_SCRIPT:
		on_script(w, node);
		return 1;
	case EL_SKIP:
		return 1;
	case EL_LINK:
		on_link(w, node);
		return 1;
	case EL_TITLE:
		on_text_slot(w, node, META_SLOT_TITLE_TAG);
		return 1;
	default:
		break;
	}
	/* Page-level elements carry page-type classes ("segment--recommended"
	 * on <body>): never junk. */
	if (!w->junk && kind != EL_PAGE && (kind == EL_BOX || tokens_match(w, node, META_TOKEN_JUNK))) {
		w->junk = node;
		if (tokens_match(w, node, META_TOKEN_COMMENT_BOX))
			newsdoc__meta_comments_enter(&w->comments, node);
	}
	newsdoc__meta_comments_element(w->store, &w->comments, node,
		(!w->junk || w->comments.section) && tokens_match(w, node, META_TOKEN_COMMENT_COUNT),
		!w->junk, kind == EL_A ? META_COMMENT_EL_LINK : kind == EL_H2_4 ? META_COMMENT_EL_SUBHEADING : 0);
	if (kind == EL_H1 || (kind == EL_H2_4 && (node->name[1] == '2')))
		on_heading(w, node, kind == EL_H1 ? 1 : 2);
	/* A forum's replies are boxes of other content, but a second member
	 * there still tells that the page is a forum thread. */
	if (kind == EL_A && w->junk && w->store->member_links.count && w->store->member_pages < 2)
		newsdoc__meta_on_member_link(w->store, node);
	if (w->junk && !w->comments.section)
		return 0;
	/* the article's comment count may sit in its comment section */
	if ((prop = newsdoc__attr_text(node, "itemprop")) != NULL)
		newsdoc__meta_itemprop_comments(w->store, node, prop);
	if (w->junk)
		return 0;
	if (prop)
		on_itemprop(w, node, prop);
	if (kind == EL_TIME)
		on_time(w, node);
	else if (!w->store->value[META_SLOT_PUBLISHED][META_SRC_HTML] && tokens_match(w, node, META_TOKEN_DATE))
		on_date_text(w, node);
	else if (kind == EL_H1 && !w->seen_h1) {
		w->seen_h1 = 1;
		on_text_slot(w, node, META_SLOT_H1);
	} else if (kind == EL_A && (((rel = newsdoc__attr_text(node, "rel")) != NULL && newsdoc__meta_icontains(rel, "author")) ||
		   (newsdoc__meta_is_author_href(newsdoc__attr_text(node, "href")) && !newsdoc__meta_in_author_menu(node))))
		on_rel_author(w, node);
	else if (kind == EL_OTHER && (wants_byline_line(w) || !w->store->wire_credit) &&
		 (opening = first_text(node)) != NULL) {
		/* (the 64 bytes after the indentation) */
		if (wants_byline_line(w) && newsdoc__meta_opens_byline(opening, strnlen(opening, 64)))
			on_byline_line(w, node);
		else if (!w->store->wire_credit && *opening && strchr("RrWwAa([", *opening) &&
			 newsdoc__meta_opens_wire_credit(opening, strnlen(opening, 64)))
			on_wire_credit(w, node);
	}
	else if (kind == EL_A && w->store->member_pages < 2)
		newsdoc__meta_on_member_link(w->store, node);
	/* A byline inside a signature ("<span class=x-signature-1><span
	 * class=x-bylines-2>...</span><span>April 28</span>") is the
	 * credit itself: it takes the signature's place. */
	if ((!w->byline || w->byline_is_signature) && w->store->bylines.count < META_MAX_BYLINES &&
	    tokens_match(w, node, META_TOKEN_BYLINE | (w->byline ? 0 : META_TOKEN_SIGNATURE))) {
		/* Every element a word break: "<a>Jane Doe</a><span>Political
		 * Editor</span>" are parts a style sets apart, not one run of
		 * words ("Jane DoePolitical"). */
		char *text = element_text_split(w->store, node, 1);
		/* A long credit is read by the names that begin it. */
		if (text && strlen(text) >= NEWSDOC_BYLINE_TEXT_MAX)
			text[newsdoc__meta_byline_list_prefix(text, strlen(text), newsdoc__meta_store_language(w->store))] = '\0';
		if (text && *text) {
			size_t before;
			if (w->byline && w->signature_pushed)
				newsdoc__meta_strings_pop(&w->store->bylines);
			before = w->store->bylines.count;
			w->byline = node;
			w->byline_is_signature = !tokens_match(w, node, META_TOKEN_BYLINE);
			newsdoc__meta_strings_push(w->store, &w->store->bylines, text, strlen(text));
			w->signature_pushed = w->byline_is_signature && w->store->bylines.count > before;
			w->byline_pushed = w->store->bylines.count > before ? w->store->bylines.count : 0;
		}
		newsdoc__free(text);
	}
	return 0;
}

void newsdoc__meta_walk(meta_store *store, const struct _xmlDoc *html)
{
	const xmlNode *root = xmlDocGetRootElement((xmlDoc *)html), *node;
	const char *lang;
	walk w;

	if (!root)
		return;
	memset(&w, 0, sizeof(w));
	w.store = store;
	if ((lang = newsdoc__attr_text(root, "lang")) != NULL || (lang = newsdoc__attr_text(root, "xml:lang")) != NULL)
		newsdoc__meta_offer(store, META_SLOT_LANGUAGE, META_SRC_HTML, lang, strlen(lang));
	node = root;
	while (node && !store->failed) {
		int skip = node->type != XML_ELEMENT_NODE || on_element(&w, node);
		if (!skip && node->children) {
			node = node->children;
			continue;
		}
		/* Leave finished elements, clearing the marks they set. */
		for (;;) {
			if (node == w.junk)
				w.junk = NULL;
			if (node == w.comments.section)
				w.comments.section = NULL;
			if (node == w.byline) {
				if (w.byline_pushed)
					newsdoc__meta_byline_source(store, node, w.byline_pushed - 1);
				w.byline_pushed = 0;
				w.byline = NULL;
				w.byline_is_signature = 0;
				w.signature_pushed = 0;
			}
			if (node == w.figure)
				w.figure = NULL;
			if (node == w.reply)
				w.reply = NULL;
			if (node == w.noscript)
				w.noscript = NULL;
			if (node == root) {
				node = NULL;
				break;
			}
			if (node->next) {
				node = node->next;
				break;
			}
			node = node->parent;
		}
	}
	newsdoc__meta_comments_words_result(store);
}
