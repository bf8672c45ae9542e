/*
 * What an element is: its kind for extraction, and what its class, id,
 * role and style attributes say about it. The hint words come from what
 * page templates actually call things (WordPress, Arc, Drupal, news CMSs);
 * matching is on lowercase class/id text, so "storyBody" and "story-body"
 * both count.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../html/dom_attr.h"
#include "../html/dom_hidden.h"
#include "../html/dom_walk.h"
#include "../text/text_util.h"
#include "../util/work.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
/* A heading anchor spells at least this many letters and digits (not
 * "top", "main"), of a heading read through at most this many nodes. */
#define ANCHOR_MIN_LETTERS 8
#define ANCHOR_MAX_NODES 64
/* Letters of a heading or an id compared at most. */
#define ANCHOR_MAX_LETTERS 256

struct tag_entry {
	const char *name;
	unsigned char tag;
};

/* Sorted by name for bsearch. libxml2 lowercases HTML element names. */
static const struct tag_entry tag_table[] = {
	{ "a", TAG_A }, { "abbr", TAG_INLINE }, { "address", TAG_DIV }, { "article", TAG_DIV },
	{ "aside", TAG_BOILER }, { "audio", TAG_SKIP }, { "b", TAG_INLINE }, { "bdi", TAG_INLINE },
	{ "bdo", TAG_INLINE }, { "big", TAG_INLINE }, { "blockquote", TAG_BLOCKQUOTE },
	{ "body", TAG_DIV }, { "br", TAG_BR }, { "button", TAG_SKIP }, { "canvas", TAG_SKIP },
	{ "center", TAG_DIV }, { "cite", TAG_INLINE }, { "code", TAG_INLINE }, { "data", TAG_INLINE },
	{ "datalist", TAG_SKIP }, { "dd", TAG_P }, { "del", TAG_SKIP }, { "details", TAG_DIV },
	{ "dfn", TAG_INLINE }, { "dialog", TAG_SKIP }, { "div", TAG_DIV }, { "dl", TAG_DIV },
	{ "dt", TAG_P }, { "em", TAG_INLINE }, { "embed", TAG_SKIP }, { "fieldset", TAG_DIV },
	{ "figcaption", TAG_DIV }, { "figure", TAG_FIGURE }, { "font", TAG_INLINE },
	{ "footer", TAG_BOILER }, { "form", TAG_DIV }, { "h1", TAG_HEADING }, { "h2", TAG_HEADING },
	{ "h3", TAG_HEADING }, { "h4", TAG_HEADING }, { "h5", TAG_HEADING }, { "h6", TAG_HEADING },
	{ "head", TAG_SKIP }, { "header", TAG_DIV }, { "hr", TAG_BR }, { "i", TAG_INLINE },
	{ "iframe", TAG_SKIP }, { "img", TAG_IMG }, { "input", TAG_SKIP }, { "ins", TAG_INLINE },
	{ "kbd", TAG_INLINE }, { "label", TAG_INLINE }, { "li", TAG_LI }, { "link", TAG_SKIP },
	{ "main", TAG_DIV }, { "map", TAG_SKIP }, { "mark", TAG_INLINE }, { "math", TAG_SKIP },
	{ "menu", TAG_BOILER }, { "meta", TAG_SKIP }, { "meter", TAG_SKIP }, { "nav", TAG_BOILER },
	{ "noscript", TAG_SKIP }, { "object", TAG_SKIP }, { "ol", TAG_LIST }, { "optgroup", TAG_SKIP },
	{ "option", TAG_SKIP }, { "output", TAG_SKIP }, { "p", TAG_P }, { "param", TAG_SKIP },
	{ "picture", TAG_INLINE }, { "pre", TAG_PRE }, { "progress", TAG_SKIP }, { "q", TAG_INLINE },
	{ "rp", TAG_SKIP }, { "rt", TAG_INLINE }, { "ruby", TAG_INLINE }, { "s", TAG_INLINE },
	{ "samp", TAG_INLINE }, { "script", TAG_SKIP }, { "section", TAG_DIV }, { "select", TAG_SKIP },
	{ "small", TAG_INLINE }, { "source", TAG_SKIP }, { "span", TAG_INLINE }, { "strike", TAG_INLINE },
	{ "strong", TAG_INLINE }, { "style", TAG_SKIP }, { "sub", TAG_INLINE }, { "summary", TAG_P },
	{ "sup", TAG_INLINE }, { "svg", TAG_SKIP }, { "table", TAG_TABLE }, { "template", TAG_SKIP },
	{ "textarea", TAG_SKIP }, { "time", TAG_INLINE }, { "title", TAG_SKIP }, { "track", TAG_SKIP },
	{ "tt", TAG_INLINE }, { "u", TAG_INLINE }, { "ul", TAG_LIST }, { "var", TAG_INLINE },
	{ "video", TAG_SKIP }, { "wbr", TAG_INLINE }
};

static int compare_tag(const void *key, const void *entry)
{
	return strcmp((const char *)key, ((const struct tag_entry *)entry)->name);
}

int newsdoc__content_tag_of(const xmlNode *node, unsigned char *level)
{
	const struct tag_entry *found;

	*level = 0;
	if (node->type != XML_ELEMENT_NODE || !node->name)
		return TAG_SKIP;
	found = bsearch(node->name, tag_table, sizeof(tag_table) / sizeof(tag_table[0]),
		sizeof(tag_table[0]), compare_tag);
	if (!found)
		/* Custom elements (<amp-img>, <my-widget>) hold text like divs. */
		return TAG_DIV;
	if (found->tag == TAG_HEADING)
		*level = (unsigned char)(node->name[1] - '0');
	return found->tag;
}

xmlChar *newsdoc__content_attr(const xmlNode *node, const char *name)
{
	const xmlAttr *attr = newsdoc__attr_find(node, name);

	return attr ? xmlNodeGetContent((const xmlNode *)attr) : NULL;
}

xmlChar *newsdoc__content_class_lower(const xmlNode *node)
{
	xmlChar *names = newsdoc__content_attr(node, "class");
	size_t i;

	for (i = 0; names && names[i]; i++)
		if (names[i] >= 'A' && names[i] <= 'Z')
			names[i] = (xmlChar)(names[i] + 32);
	return names;
}

/* The attributes hints look at, read in one walk over the element's
 * attribute list (this runs for every element of the page). */
typedef struct hint_attrs {
	const char *class_names, *id, *style, *role, *itemprop;
	int hidden;
} hint_attrs;

static void read_hint_attrs(const xmlNode *node, hint_attrs *attrs)
{
	const xmlAttr *attr;

	memset(attrs, 0, sizeof(*attrs));
	for (attr = node->properties; attr; attr = attr->next) {
		const char *name = (const char *)attr->name, *value;
		if (!name)
			continue;
		value = newsdoc__attr_value(attr);
		switch (name[0]) {
		case 'c':
			if (!strcmp(name, "class"))
				attrs->class_names = value;
			break;
		case 'i':
			if (!strcmp(name, "id"))
				attrs->id = value;
			else if (!strcmp(name, "itemprop"))
				attrs->itemprop = value;
			break;
		case 's':
			if (!strcmp(name, "style"))
				attrs->style = value;
			break;
		case 'r':
			if (!strcmp(name, "role"))
				attrs->role = value;
			break;
		case 'h':
			if (!strcmp(name, "hidden"))
				attrs->hidden = 1;
			break;
		default:
			break;
		}
	}
}

/*
 * Class tokens that style an element rather than name it: Tailwind
 * variants and arbitrary values ("md:hidden", "pt-[var(--banner-h)]", a
 * ':' or '[' in the token) and modifiers that say what the element has,
 * lacks or clips ("has-sidebar", "no-extra-padding", "overflow-hidden").
 * Their words are not names.
 */
static const char *const utility_prefixes[] = { "overflow-", "no-", "has-", "hide-" };

static int is_utility_token(const char *token, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (token[i] == ':' || token[i] == '[')
			return 1;
	for (i = 0; i < COUNT(utility_prefixes); i++) {
		size_t n = strlen(utility_prefixes[i]);
		if (len > n && !strncasecmp(token, utility_prefixes[i], n))
			return 1;
	}
	return 0;
}

/* Append `len` bytes of `s` lowercased after a space (when not first). */
static size_t put_lower(char *out, size_t n, size_t size, const char *s, size_t len)
{
	size_t i;

	if (n && n + 1 < size)
		out[n++] = ' ';
	for (i = 0; i < len && n + 1 < size; i++)
		out[n++] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
	return n;
}

/*
 * A post's tags and categories as class slugs (WordPress "tag-age-related-
 * beliefs", "category-related-news"): the topics of the post, not a name
 * of the element. Left out when asking whether a class names a related
 * box only: the body's scores keep them (leaving them out there moved
 * body figures both ways).
 */
static const char *const topic_prefixes[] = { "tag-", "category-" };

static int is_topic_token(const char *token, size_t len)
{
	size_t i;

	/* (asked of every token: most start with another letter) */
	if (!len || ((token[0] | 0x20) != 't' && (token[0] | 0x20) != 'c'))
		return 0;
	for (i = 0; i < COUNT(topic_prefixes); i++) {
		size_t n = strlen(topic_prefixes[i]);
		if (len > n && !strncasecmp(token, topic_prefixes[i], n))
			return 1;
	}
	return 0;
}

/* Lowercase copy of the class tokens that name (utility tokens left out,
 * and topic slugs unless `topics_too`) + " " + id, bounded. *topics (when
 * given) is set when a topic slug was among the tokens. */
static size_t join_names(const char *class_names, const char *id, char *out, size_t size, int topics_too,
	int *topics)
{
	const char *p = class_names ? class_names : "", *token;
	size_t n = 0, len;

	while ((token = newsdoc__attr_next_token(&p, &len)) != NULL) {
		if (is_utility_token(token, len))
			continue;
		if (topics && !*topics && is_topic_token(token, len))
			*topics = 1;
		if (topics_too || !is_topic_token(token, len))
			n = put_lower(out, n, size, token, len);
	}
	if (id)
		n = put_lower(out, n, size, id, strlen(id));
	out[n] = '\0';
	return n;
}

static int is_hidden(const hint_attrs *attrs)
{
	return (attrs->class_names && newsdoc__has_hiding_class(attrs->class_names)) || newsdoc__style_hides(attrs->style);
}

static int role_is_furniture(const char *role)
{
	static const char *const roles[] = {
		"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
		"alertdialog", "menu", "menubar", "toolbar", "tablist"
	};
	size_t i;

	if (!role)
		return 0;
	for (i = 0; i < COUNT(roles); i++)
		if (!strcasecmp(role, roles[i]))
			return 1;
	return 0;
}

/* The flags that the attributes read into `attrs` and the name sets of
 * class and id (NAME_SET bits) give. */
static unsigned int flags_of(const hint_attrs *attrs, int tag, unsigned int sets)
{
	unsigned int flags = 0;

	if (is_hidden(attrs))
		flags |= NODE_HIDDEN;
	/* (the body still leaves it out: what small screens show first) */
	if ((flags & NODE_HIDDEN) && !newsdoc__style_hides(attrs->style) &&
	    newsdoc__class_shows_from_a_width(attrs->class_names))
		flags |= NODE_HIDDEN_NARROW;
	if (sets & NAME_SET(INLINE))
		flags |= NODE_CAPTION_NAME;
	/* The hidden attribute also parks content that scripts reveal (streamed
	 * server rendering): furniture unless it turns out to hold the prose. */
	if (attrs->hidden)
		flags |= NODE_NEGATIVE | NODE_WEAK;
	if (attrs->itemprop && (strstr(attrs->itemprop, "articleBody") || strstr(attrs->itemprop, "reviewBody")))
		return flags | NODE_POSITIVE;
	if (tag == TAG_BOILER || role_is_furniture(attrs->role))
		flags |= NODE_NEGATIVE;
	if (sets & NAME_SET(POSITIVE))
		return (flags & ~NODE_NEGATIVE) | NODE_POSITIVE;
	/* Inline elements inside running text keep their words whatever they
	 * are called; only captions and credits set in a <span> of their own
	 * are furniture (they matter only outside a paragraph). */
	if (tag == TAG_INLINE || tag == TAG_A)
		return (sets & NAME_SET(INLINE)) ? flags | NODE_NEGATIVE | NODE_WEAK : flags;
	/* Embedded posts (tweets, Instagram) quote sources: article text,
	 * even inside a wrapper named "social-media-embed". */
	if ((sets & NAME_SET(EMBED)) && !(sets & NAME_SET(COMMERCIAL)))
		return flags;
	if (sets & (NAME_SET(NEGATIVE) | NAME_SET(NEGATIVE_WORD)))
		flags |= NODE_NEGATIVE | ((sets & NAME_SET(COMMENTS)) ? NODE_COMMENTS : 0);
	else if ((sets & (NAME_SET(WEAK) | NAME_SET(WEAK_WORD))) && !(sets & NAME_SET(PROSE)))
		/* "article-widget-text" is a text block in a widget layout */
		flags |= NODE_NEGATIVE | NODE_WEAK;
	return flags;
}

static int is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* The heading's ASCII letters and digits, lowercased, read through at most
 * ANCHOR_MAX_NODES nodes; 0 when the heading is longer than that or than
 * `size - 1` letters. */
static size_t heading_letters(const xmlNode *heading, char *out, size_t size)
{
	const xmlNode *node = heading->children;
	size_t n = 0, visited = 0;

	while (node && ++visited <= ANCHOR_MAX_NODES) {
		int descend = 0;
		if (node->type == XML_TEXT_NODE && node->content) {
			const unsigned char *t;
			for (t = node->content; *t; t++) {
				if (!is_ascii_alnum(*t))
					continue;
				if (n + 1 >= size)
					return 0;
				out[n++] = (char)(*t | (*t >= 'A' ? 32 : 0));
			}
		} else if (node->type == XML_ELEMENT_NODE) {
			descend = 1;
		}
		node = newsdoc__walk_next((xmlNode *)node, heading, descend);
	}
	if (visited > ANCHOR_MAX_NODES)
		return 0;
	out[n] = '\0';
	return n;
}

/*
 * Do the letters and digits of `id` spell most of the heading's text, case
 * aside? Anchor generators leave a number or the end of a long heading out
 * ("10. The noob guide" as "the-noob-guide") and add a short prefix and a
 * count ("h-future-trends", "nav_phishing__0", "summary-2").
 */
static int spells_heading(const char *id, const xmlNode *heading)
{
	char text[ANCHOR_MAX_LETTERS], spelled[ANCHOR_MAX_LETTERS];
	size_t text_len = heading_letters(heading, text, sizeof(text)), n = 0, first = 0, last_start = 0;
	int segment = 0, in_segment = 0, last_digits = 1;
	const unsigned char *p;

	if (!text_len)
		return 0;
	for (p = (const unsigned char *)id; *p; p++) {
		if (!is_ascii_alnum(*p)) {
			in_segment = 0;
			continue;
		}
		if (!in_segment) {
			in_segment = 1;
			if (segment++ == 1)
				first = n;
			last_start = n;
			last_digits = 1;
		}
		if (n + 1 >= sizeof(spelled))
			return 0;
		last_digits &= *p >= '0' && *p <= '9';
		spelled[n++] = (char)(*p | (*p >= 'A' ? 32 : 0));
	}
	/* a trailing count, then a prefix of at most three letters */
	if (segment > 1 && last_digits) {
		n = last_start;
		segment--;
	}
	if (segment < 2 || first > 3)
		first = 0;
	spelled[n] = '\0';
	n -= first;
	return n >= ANCHOR_MIN_LETTERS && n * 2 >= text_len && strstr(text, spelled + first) != NULL;
}

/*
 * An id that spells the section's own heading ("sharing-with-a-single-
 * developer" over "Sharing with a single developer"): the anchor that
 * documentation generators, Markdown renderers and contents plug-ins give
 * each section. Its words are the author's, not a template's name.
 */
static int id_is_heading_anchor(const xmlNode *node, const char *id)
{
	const xmlNode *child;
	int elements = 0;

	for (child = node->children; child && elements < 2; child = child->next) {
		unsigned char level;
		if (child->type != XML_ELEMENT_NODE)
			continue;
		elements++;
		if (newsdoc__content_tag_of(child, &level) == TAG_HEADING)
			return spells_heading(id, child);
	}
	return 0;
}

unsigned int newsdoc__content_hints(const xmlNode *node, int tag)
{
	char names[384];
	unsigned int sets = 0;
	hint_attrs attrs;
	const char *id;
	int related, topics = 0;

	if (!node->properties)
		return tag == TAG_BOILER ? NODE_NEGATIVE : 0;
	read_hint_attrs(node, &attrs);
	/* Scanned once here; the related-box search (related.c) reads the
	 * verdict from the flags. */
	if (join_names(attrs.class_names, attrs.id, names, sizeof(names), 1, &topics))
		sets = newsdoc__content_name_sets(names);
	/* A furniture word only in a heading's anchor names nothing. */
	id = attrs.id;
	if (sets && attrs.id && (tag == TAG_HEADING ? spells_heading(attrs.id, node) : id_is_heading_anchor(node, attrs.id))) {
		id = NULL;
		sets = join_names(attrs.class_names, NULL, names, sizeof(names), 1, NULL) ? newsdoc__content_name_sets(names) : 0;
	}
	/* "related" only inside a post's tag slug names no related box: the
	 * names are joined again without the slugs only when there were some
	 * (without them the verdict is the scan's above). */
	related = (sets & NAME_SET(RELATED)) && !(sets & NAME_SET(SHOP)) &&
		(!topics || (join_names(attrs.class_names, id, names, sizeof(names), 0, NULL) &&
			(newsdoc__content_name_sets(names) & NAME_SET(RELATED))));
	return flags_of(&attrs, tag, sets) | (related ? NODE_RELATED_NAME : 0);
}

/*
 * Folded text of a subtree, walked without recursion so that any depth is
 * fine. Block elements separate words; inline ones continue them. The walk
 * stops after `max_nodes` nodes, with *cut set.
 */
/* <q> elements met by one walk: how deep they nest, and for each level
 * (up to 32) whether its marks were written. */
typedef struct q_walk {
	unsigned int depth;
	uint32_t marked;
} q_walk;

static int open_q(newsdoc__sb *sb, const xmlNode *q, int *pending_space, q_walk *walk)
{
	unsigned int level = walk->depth++;
	const char *mark;

	if (level >= 32 || newsdoc__content_ends_in_mark(sb->ptr, sb->len))
		return 0;
	walk->marked |= (uint32_t)1 << level;
	mark = newsdoc__content_q_mark(q, level & 1, 0);
	return newsdoc__append_folded(sb, mark, strlen(mark), pending_space);
}

static int close_q(newsdoc__sb *sb, const xmlNode *q, int *pending_space, q_walk *walk)
{
	unsigned int level = --walk->depth;
	const char *mark;

	if (level >= 32 || !(walk->marked & ((uint32_t)1 << level)))
		return 0;
	walk->marked &= ~((uint32_t)1 << level);
	mark = newsdoc__content_q_mark(q, level & 1, 1);
	return newsdoc__append_folded(sb, mark, strlen(mark), pending_space);
}

static int collect_text(newsdoc__sb *sb, const xmlNode *start, int *pending_space, size_t max_nodes, int *cut)
{
	const xmlNode *node = start->children;
	size_t visited = 0;
	q_walk quotes = { 0, 0 };
	int error = 0;

	if (node && newsdoc__content_is_q(start))
		error = open_q(sb, start, pending_space, &quotes);

	/* A walk like dom_walk.h's, charged the same way: texts are collected
	 * for each block and each candidate heading, so nested ones add up. */
	while (node && !error && !newsdoc__work_charge(1)) {
		int descend = 0;
		if (++visited > max_nodes) {
			*cut = 1;
			break;
		}
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			if (node->content)
				error = newsdoc__append_folded(sb, (const char *)node->content,
					strlen((const char *)node->content), pending_space);
		} else if (node->type == XML_ELEMENT_NODE) {
			content_stat *stat = content_stat_of(node);
			unsigned char level;
			int tag = stat ? stat->tag : newsdoc__content_tag_of(node, &level);
			int hidden = stat ? (stat->flags & NODE_HIDDEN) : 0;
			if (tag != TAG_SKIP && !hidden) {
				if (tag != TAG_INLINE && tag != TAG_A)
					*pending_space = 1;
				descend = node->children != NULL;
				if (descend && tag == TAG_INLINE && newsdoc__content_is_q(node))
					error = open_q(sb, node, pending_space, &quotes);
			}
		}
		if (descend) {
			node = node->children;
			continue;
		}
		while (node != start && !node->next) {
			node = node->parent;
			if (node != start && node->type == XML_ELEMENT_NODE) {
				content_stat *stat = content_stat_of(node);
				unsigned char level;
				int tag = stat ? stat->tag : newsdoc__content_tag_of(node, &level);
				if (tag != TAG_INLINE && tag != TAG_A)
					*pending_space = 1;
				else if (quotes.depth && tag == TAG_INLINE && newsdoc__content_is_q(node))
					error = close_q(sb, node, pending_space, &quotes);
			}
		}
		if (node == start)
			break;
		node = node->next;
	}
	if (!error && quotes.depth && newsdoc__content_is_q(start) && !*cut)
		error = close_q(sb, start, pending_space, &quotes);
	return error ? error : (sb->failed ? NEWSDOC_ENOMEM : 0);
}

int newsdoc__content_collect_text(newsdoc__sb *sb, const xmlNode *start, int *pending_space)
{
	int cut = 0;

	return collect_text(sb, start, pending_space, SIZE_MAX, &cut);
}

int newsdoc__content_text_of(newsdoc__sb *sb, const xmlNode *node)
{
	int pending = 0, error;

	sb->len = 0;
	if (sb->ptr)
		sb->ptr[0] = '\0';
	error = newsdoc__content_collect_text(sb, node, &pending);
	newsdoc__sb_trim(sb);
	return error;
}

int newsdoc__content_collect_short_text(newsdoc__sb *sb, const xmlNode *start, size_t max_nodes, int *too_big)
{
	int pending = 0;

	*too_big = 0;
	return collect_text(sb, start, &pending, max_nodes, too_big);
}
