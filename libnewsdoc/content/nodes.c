/*
 * What an element is: its kind for extraction, and what its class, id,
 * role and style attributes say about it. The hint words come from what
 * page templates actually call things (WordPress, Arc, Drupal, news CMSs);
 * matching is on lowercase class/id text, so "storyBody" and "story-body"
 * both count.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "content.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

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
	const xmlAttr *attr;

	/* libxml2 lowercases HTML attribute names. */
	for (attr = node->properties; attr; attr = attr->next)
		if (attr->name && !strcmp((const char *)attr->name, name))
			return xmlNodeGetContent((const xmlNode *)attr);
	return NULL;
}

/* Raw attribute text without copying: the first text child of the attr. */
static const char *attr_text(const xmlNode *node, const char *name)
{
	const xmlAttr *attr;

	for (attr = node->properties; attr; attr = attr->next)
		if (attr->name && !strcmp((const char *)attr->name, name))
			return attr->children && attr->children->content ?
				(const char *)attr->children->content : "";
	return NULL;
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
		value = attr->children && attr->children->content ? (const char *)attr->children->content : "";
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

/* Lowercase copy of class + " " + id, bounded. */
static size_t join_names(const char *class_names, const char *id, char *out, size_t size)
{
	const char *parts[2];
	size_t n = 0, i;

	parts[0] = class_names;
	parts[1] = id;
	for (i = 0; i < 2; i++) {
		const char *s = parts[i];
		if (!s)
			continue;
		if (n && n + 1 < size)
			out[n++] = ' ';
		for (; *s && n + 1 < size; s++)
			out[n++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
	}
	out[n] = '\0';
	return n;
}

static size_t names_of(const xmlNode *node, char *out, size_t size)
{
	return join_names(attr_text(node, "class"), attr_text(node, "id"), out, size);
}

/* A word of class/id text starts at `p`: the text's start, or after a
 * non-letter (space, -, _, digit; camelCase humps are lowercased away). */
static int at_word_start(const char *names, const char *p)
{
	return p == names || !(p[-1] >= 'a' && p[-1] <= 'z');
}

/* Names that mark the article body itself. */
static const char *const positive_strong[] = {
	"articlebody", "article-body", "article_body", "article__body", "articletext",
	"article-text", "article-content", "article__content", "articlecontent",
	"story-body", "storybody", "story-text", "story-content", "storycontent",
	"entry-content", "entrycontent", "post-content", "postcontent", "post-body", "post-text",
	"body-text", "bodytext", "main-text", "article-main", "news-text", "newstext",
	"content-body", "text-body", "rich-text", "richtext", "article-detail", "single-content",
	"field-body", "td-post-content", "c-entry-content", "paywall", "article-copy"
};

/* Names of page furniture, matched at a word start. Strong names are
 * furniture at any size; weak ones (bylines, meta rows, captions) only
 * while they hold little prose (see clear_false_furniture in score.c). */
static const char *const negative_starts[] = {
	"comment", "disqus", "share", "sharing", "social", "related", "newsletter", "subscri",
	"cookie", "consent", "gdpr", "promo", "sponsor", "advert",
	"breadcrumb", "pagination", "pager", "popup", "modal", "footer", "masthead",
	"navbar", "navigation", "menu", "toolbar", "signup", "sign-up", "recommend", "trending",
	"popular", "most-read", "mostread", "readmore", "read-more", "more-from", "morefrom",
	"more-stories", "outbrain", "taboola", "skip", "screen-reader", "sr-only",
	"visually-hidden", "visuallyhidden", "dfp", "ad-", "ads-", "ad_", "adslot", "adunit",
	"also-read", "alsoread", "see-also", "app-download", "newsticker", "ticker", "pswp",
	"login", "follow", "rodape"
};

static const char *const weak_starts[] = {
	"sidebar", "widget", "banner", "byline", "dateline", "timestamp", "caption", "credit", "hidden", "print",
	"tags", "keywords", "topics", "author", "bio", "meta", "date", "jump", "rating",
	"feedback", "donate", "overlay", "rail", "lightbox", "gallery-nav", "tooltip",
	"video-player", "headline-list", "next-article", "prev-article", "article-list",
	"copyright", "disclaimer", "inline-list"
};

/* Names of page furniture that only count as whole words ("ad" is also a
 * prefix of "address", "nav" of "navigable"). */
static const char *const negative_words[] = {
	"ad", "ads", "nav", "aside", "share", "sponsored", "promoted"
};

static const char *const weak_words[] = {
	"extra", "links", "tools", "utility", "alert", "header", "partner", "partners", "more",
	"list", "notice"
};

static const char *const embed_names[] = {
	"tweet", "embed", "instagram-media", "tiktok", "bluesky"
};

static const char *const commercial_starts[] = {
	"newsletter", "subscri", "signup", "sign-up", "promo", "advert", "ad-", "ads-", "sponsor",
	"related", "recommend", "share", "sharing"
};

/* Names that say "text" and excuse a weak furniture name next to them. */
static const char *const prose_names[] = {
	"text", "paragraph", "body", "content", "prose", "copy"
};

static const char *const inline_furniture[] = {
	"caption", "credit", "byline", "dateline", "timestamp", "photo-credit", "image-credit"
};

static const char *const related_names[] = {
	"related", "more-from", "morefrom", "read-more", "readmore", "recommend",
	"more-stories", "morestories", "also-like", "may-like", "you-may", "youmay", "also-read",
	"alsoread", "see-also", "more-articles", "more-news", "further-reading"
};

/*
 * Matching runs once per element with a class or id, against about a
 * hundred names: scan the text once, skip positions whose two letters
 * start no name of the list (a 65536-bit set), compare the rest with
 * known lengths.
 */
typedef struct name_index {
	const char *const *names;
	size_t count;
	unsigned char len[128];
	uint64_t pairs[1024]; /* bit (first letter << 8 | second letter) */
} name_index;

static void index_names(name_index *index, const char *const *names, size_t count)
{
	size_t i;

	index->names = names;
	index->count = count < 128 ? count : 128;
	for (i = 0; i < index->count; i++) {
		unsigned int pair = (unsigned int)(unsigned char)names[i][0] << 8 | (unsigned char)names[i][1];
		index->len[i] = (unsigned char)strlen(names[i]);
		index->pairs[pair >> 6] |= UINT64_C(1) << (pair & 63);
	}
}

/* mode 0: anywhere; 1: at a word start; 2: a whole word (words split at
 * space, - and _) */
static int any_match(const char *names, const name_index *index, int mode)
{
	const char *p;
	size_t i;

	for (p = names; *p; p++) {
		unsigned int pair = (unsigned int)(unsigned char)p[0] << 8 | (unsigned char)p[1];
		if (!(index->pairs[pair >> 6] & (UINT64_C(1) << (pair & 63))))
			continue;
		if (mode == 1 && !at_word_start(names, p))
			continue;
		if (mode == 2 && p != names && p[-1] != ' ' && p[-1] != '-' && p[-1] != '_')
			continue;
		for (i = 0; i < index->count; i++) {
			char after;
			if (index->names[i][0] != *p || strncmp(p, index->names[i], index->len[i]))
				continue;
			after = p[index->len[i]];
			if (mode != 2 || after == '\0' || after == ' ' || after == '-' || after == '_')
				return 1;
		}
	}
	return 0;
}

static name_index negative_word_index, weak_word_index, prose_index, inline_index, positive_index, negative_index, weak_index, embed_index, commercial_index, related_index;
static pthread_once_t indexes_once = PTHREAD_ONCE_INIT;

static void build_indexes(void)
{
	index_names(&negative_word_index, negative_words, COUNT(negative_words));
	index_names(&weak_word_index, weak_words, COUNT(weak_words));
	index_names(&prose_index, prose_names, COUNT(prose_names));
	index_names(&inline_index, inline_furniture, COUNT(inline_furniture));
	index_names(&positive_index, positive_strong, COUNT(positive_strong));
	index_names(&negative_index, negative_starts, COUNT(negative_starts));
	index_names(&weak_index, weak_starts, COUNT(weak_starts));
	index_names(&embed_index, embed_names, COUNT(embed_names));
	index_names(&commercial_index, commercial_starts, COUNT(commercial_starts));
	index_names(&related_index, related_names, COUNT(related_names));
}



/* A class token (space separated, exact) that hides the element in every
 * layout: "hidden", "sr-only" ... ("hidden-xs" hides on phones only). */
static int has_hiding_class(const char *classes)
{
	static const char *const hiding[] = {
		"hidden", "hide", "d-none", "display-none", "sr-only", "visually-hidden",
		"visuallyhidden", "screen-reader-text", "screenreader-only", "invisible"
	};
	const char *p = classes;
	size_t i;

	while (*p) {
		const char *start;
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		start = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n')
			p++;
		for (i = 0; i < COUNT(hiding); i++)
			if ((size_t)(p - start) == strlen(hiding[i]) && !strncasecmp(start, hiding[i], (size_t)(p - start)))
				return 1;
	}
	return 0;
}

static int is_hidden(const hint_attrs *attrs)
{
	const char *style = attrs->style;
	char compact[96];
	size_t n = 0;

	if (attrs->class_names && has_hiding_class(attrs->class_names))
		return 1;
	if (!style)
		return 0;
	for (; *style && n + 1 < sizeof(compact); style++)
		if (*style != ' ' && *style != '\t')
			compact[n++] = (char)((*style >= 'A' && *style <= 'Z') ? *style + 32 : *style);
	compact[n] = '\0';
	return strstr(compact, "display:none") || strstr(compact, "visibility:hidden");
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

unsigned int newsdoc__content_hints(const xmlNode *node, int tag)
{
	char names[384];
	unsigned int flags = 0;
	hint_attrs attrs;

	if (!node->properties)
		return tag == TAG_BOILER ? NODE_NEGATIVE : 0;
	read_hint_attrs(node, &attrs);
	if (is_hidden(&attrs))
		flags |= NODE_HIDDEN;
	/* The hidden attribute also parks content that scripts reveal (streamed
	 * server rendering): furniture unless it turns out to hold the prose. */
	if (attrs.hidden)
		flags |= NODE_NEGATIVE | NODE_WEAK;
	if (attrs.itemprop && (strstr(attrs.itemprop, "articleBody") || strstr(attrs.itemprop, "reviewBody")))
		return flags | NODE_POSITIVE;
	if (tag == TAG_BOILER || role_is_furniture(attrs.role))
		flags |= NODE_NEGATIVE;
	if (!join_names(attrs.class_names, attrs.id, names, sizeof(names)))
		return flags;
	pthread_once(&indexes_once, build_indexes);
	if (any_match(names, &positive_index, 0))
		return (flags & ~NODE_NEGATIVE) | NODE_POSITIVE;
	/* Inline elements inside running text keep their words whatever they
	 * are called; only captions and credits set in a <span> of their own
	 * are furniture (they matter only outside a paragraph). */
	if (tag == TAG_INLINE || tag == TAG_A)
		return any_match(names, &inline_index, 1) ? flags | NODE_NEGATIVE | NODE_WEAK : flags;
	/* Embedded posts (tweets, Instagram) quote sources: article text,
	 * even inside a wrapper named "social-media-embed". */
	if (any_match(names, &embed_index, 0) &&
		!any_match(names, &commercial_index, 1))
		return flags;
	if (any_match(names, &negative_index, 1) || any_match(names, &negative_word_index, 2))
		flags |= NODE_NEGATIVE;
	else if ((any_match(names, &weak_index, 1) || any_match(names, &weak_word_index, 2)) &&
		!any_match(names, &prose_index, 1))
		/* "article-widget-text" is a text block in a widget layout */
		flags |= NODE_NEGATIVE | NODE_WEAK;
	return flags;
}

int newsdoc__content_is_related_name(const xmlNode *node)
{
	char names[384];

	if (!names_of(node, names, sizeof(names)))
		return 0;
	pthread_once(&indexes_once, build_indexes);
	return any_match(names, &related_index, 0);
}

int newsdoc__content_is_related_heading(const char *text, size_t len)
{
	static const char *const headings[] = {
		"related", "more from", "read more", "recommended", "you may also like",
		"you might also like", "more stories", "more on this", "see also", "also read",
		"read also", "more news", "further reading", "more articles", "recommended for you",
		"related articles", "related stories", "related news", "related content",
		"related posts", "related coverage", "related reading", "you may like",
		"more like this", "more to read",
		/* the same in the languages of the news pages we see most */
		"mehr zum thema", "lesen sie auch", "auch interessant", "das k\xC3\xB6nnte sie auch interessieren",
		"weitere artikel", "lire aussi", "\xC3\xA0 lire aussi", "sur le m\xC3\xAAme sujet",
		"lee tambi\xC3\xA9n", "te puede interesar", "leia tamb\xC3\xA9m", "veja tamb\xC3\xA9m",
		"leggi anche", "czytaj te\xC5\xBC", "czytaj tak\xC5\xBC" "e", "les ogs\xC3\xA5", "l\xC3\xA4s ocks\xC3\xA5",
		"lees ook", "meer over", "read also", "explore further"
	};
	size_t i;

	while (len && (text[len - 1] == ':' || text[len - 1] == ' '))
		len--;
	if (len == 0 || len > 60)
		return 0;
	for (i = 0; i < COUNT(headings); i++) {
		size_t hl = strlen(headings[i]);
		/* "Related", "Related articles", "More from DC News Line" */
		if (len >= hl && !strncasecmp(text, headings[i], hl) &&
			(len == hl || text[hl] == ' ' || text[hl] == ':'))
			return 1;
	}
	return 0;
}

/*
 * Folded text of a subtree, walked without recursion so that any depth is
 * fine. Block elements separate words; inline ones continue them.
 */
int newsdoc__content_collect_text(newsdoc__sb *sb, const xmlNode *start, int *pending_space)
{
	const xmlNode *node = start->children;
	int error = 0;

	while (node && !error) {
		int descend = 0;
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
			}
		}
		if (node == start)
			break;
		node = node->next;
	}
	return error ? error : (sb->failed ? NEWSDOC_ENOMEM : 0);
}
