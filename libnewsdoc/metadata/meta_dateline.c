/*
 * Visible datelines. When no source states when the article appeared (no
 * JSON-LD, meta, microdata, <time> or date-classed element outside boxes
 * of other content), the page still shows it to the reader, next to the
 * headline: "March 12, 2024" under the <h1>, "By Jane Doe » Tue Aug 27,
 * 2019 1:47 am", "12. März 2024" above it, a <time> in the article's own
 * <aside> or <footer>. This pass reads the text around the first <h1> and
 * takes the date nearest to it.
 *
 * What it never takes: a date inside a box of other content (related
 * stories, comments, navigation: the walk's junk tokens), a date in a
 * sentence (a line longer than LINE_LIMIT), a date on a copyright line,
 * and a date labelled as an update ("Updated", "Aktualisiert"), which
 * becomes the modification date instead.
 *
 * Past AFTER_LIMIT bytes of text after the headline only a date labelled
 * as the publication counts ("Published" over a facts box beside the
 * text, "Posted on ... by" under it). The pass runs only when the cheap
 * sources gave nothing.
 *
 * Where it reads: reading a text for a date costs thousands of
 * instructions (month names and labels of every language), so only the
 * region where a dateline can be is read: BEFORE_READ bytes of text above
 * the headline (a first walk finds where it starts) and FAR_LIMIT bytes or
 * FAR_NODES texts below it. A data table of 100,000 cells around the
 * article was read cell by cell (40% of the run on such a page).
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

/* Bytes of text between a date above the headline and the headline. */
#define BEFORE_LIMIT 400
/* Bytes of text after the headline looked through. */
#define AFTER_LIMIT 2000
/* The longest line (the text of the block holding the date) a dateline
 * is, in bytes other than spaces; the most words the text around the date
 * (its own text node) has. A date inside a sentence is longer. */
#define LINE_LIMIT 240
#define LINE_WORDS 12
/* Bytes of text above the headline read for a date: a date further up is
 * not the article's (BEFORE_LIMIT), and an update label so far above is a
 * box's. Past it texts are only counted. */
#define BEFORE_READ 2000
/* Where the walk stops below the headline: bytes of text after it and
 * texts (nodes) from its start. On 2,148 benchmark pages the last labelled
 * date taken sits 33 KB and 1,600 texts below it. */
#define FAR_LIMIT 65536
#define FAR_NODES 4096
/* Elements looked at to measure a line: past that it is no dateline. */
#define LINE_NODES 200
/* How far up an element's ancestors are followed. */
#define MAX_UP 256

typedef struct pass {
	meta_store *store;
	const xmlNode *h1;
	size_t text;               /* bytes of visible text passed */
	size_t h1_start, h1_end;   /* where the headline's text starts and ends; SIZE_MAX: not yet */
	size_t h1_at;              /* where it starts, found by a first walk; SIZE_MAX: never reached */
	size_t texts_below;        /* text nodes met since the headline's start */
	int slash_month_first;
	int label;                 /* META_DATE_ kind of the last short text, a label before a date */
	char *before;              /* the last date above the headline */
	size_t before_at;
	char *after;               /* the first date below it */
	size_t after_at;
	char *updated;             /* the first date labelled as an update */
	int updated_near;          /* it was found near the headline */
	char *labelled;            /* the first date labelled as the publication, past AFTER_LIMIT */
	int far;                   /* past AFTER_LIMIT: only labelled dates count */
	int done;
} pass;

static int name_is(const xmlNode *node, const char *name)
{
	return node->name && !strcasecmp((const char *)node->name, name);
}

/* Subtrees that hold no visible text. */
static int is_invisible(const xmlNode *node)
{
	static const char *const names[] = {
		"head", "script", "style", "noscript", "template", "svg", "select", "textarea", "iframe", NULL
	};
	size_t i;

	for (i = 0; names[i]; i++)
		if (name_is(node, names[i]))
			return 1;
	return 0;
}

/* Elements inside a line of text: the line is their block ancestor's. */
static int is_inline(const xmlNode *node)
{
	static const char *const names[] = {
		"a", "span", "b", "strong", "em", "i", "time", "small", "abbr", "font", "u", "sup", "sub",
		"mark", "label", "bdi", "cite", NULL
	};
	size_t i;

	for (i = 0; names[i]; i++)
		if (name_is(node, names[i]))
			return 1;
	return 0;
}

static int is_ancestor(const xmlNode *node, const xmlNode *of)
{
	int up;

	for (up = 0; of && up < MAX_UP; of = of->parent, up++)
		if (of == node)
			return 1;
	return 0;
}

static int inside_article(const xmlNode *node)
{
	int up;

	for (up = 0, node = node->parent; node && up < MAX_UP; node = node->parent, up++)
		if (node->type == XML_ELEMENT_NODE && name_is(node, "article"))
			return 1;
	return 0;
}

/*
 * A box of other content: a related list, comments, navigation (the
 * walk's junk tokens, and <nav>, <aside>, <footer>). A box that holds the
 * headline is the article's ("layout-with-sidebar" around the whole page),
 * and an <aside> or <footer> inside an <article> is that article's own
 * (its facts box, its footer line with the date).
 */
static int is_junk(const pass *ps, const xmlNode *node)
{
	int tag_box = name_is(node, "nav") || name_is(node, "aside") || name_is(node, "footer");
	unsigned int kinds;

	if (!tag_box && !((kinds = newsdoc__meta_element_kinds(node)) & META_TOKEN_JUNK))
		return 0;
	if (ps->h1 && is_ancestor(node, ps->h1))
		return 0;
	if (tag_box && !name_is(node, "nav") && !(newsdoc__meta_element_kinds(node) & META_TOKEN_JUNK) &&
	    inside_article(node))
		return 0;
	return 1;
}

/* Visible text bytes of `node` (at most `cap` + 1: enough to compare). */
static size_t text_bytes(const xmlNode *node, size_t cap, size_t max_nodes)
{
	xmlNode *cur = (xmlNode *)node;
	size_t bytes = 0, seen = 0;

	while (cur && bytes <= cap) {
		if (++seen > max_nodes)
			return cap + 1;
		if (cur->type == XML_TEXT_NODE && cur->content) {
			const char *s = (const char *)cur->content;
			for (; *s && bytes <= cap; s++)
				bytes += !newsdoc__meta_is_space((unsigned char)*s);
		}
		cur = newsdoc__walk_next(cur, node, cur->type == XML_ELEMENT_NODE && !is_invisible(cur));
	}
	return bytes;
}

/* Is the block holding `node` a short line, at most LINE_LIMIT bytes? */
static int in_short_line(const xmlNode *node)
{
	const xmlNode *block = node->parent;
	int up;

	for (up = 0; block && block->type == XML_ELEMENT_NODE && is_inline(block) && up < MAX_UP; up++)
		block = block->parent;
	return block && block->type == XML_ELEMENT_NODE && text_bytes(block, LINE_LIMIT, LINE_NODES) <= LINE_LIMIT;
}

static size_t word_count(const char *s)
{
	size_t words = 0;
	int in_word = 0;

	for (; *s; s++) {
		int space = newsdoc__meta_is_space((unsigned char)*s);
		words += !space && !in_word;
		in_word = !space;
	}
	return words;
}

/* The label among the last words of `text` (at most three): a date's
 * kind, or 0. A copyright sign, or a label of another event ("Joined:",
 * "Deadline:"), says the date is not the article's: -1. */
static int label_before(const char *text, size_t len)
{
	size_t end = len, words = 0;
	int label = 0;

	if (memmem(text, len, "\xC2\xA9", 2) || memmem(text, len, "opyright", 8))
		return -1;
	while (end > 0 && words < 3 && !label) {
		size_t start;
		while (end > 0 && !((unsigned char)text[end - 1] >= 0x80 ||
		       ((text[end - 1] | 32) >= 'a' && (text[end - 1] | 32) <= 'z')))
			end--;
		start = end;
		while (start > 0 && ((unsigned char)text[start - 1] >= 0x80 ||
		       ((text[start - 1] | 32) >= 'a' && (text[start - 1] | 32) <= 'z')))
			start--;
		if (start == end)
			break;
		label = newsdoc__meta_date_label(text + start, end - start);
		words++;
		end = start;
	}
	return label;
}

/* A date met at the current place: keep it where it belongs. */
static void take(pass *ps, char *iso, int label)
{
	if (label == META_DATE_UPDATED) {
		if (!ps->updated) {
			ps->updated = iso;
			ps->updated_near = !ps->far;
		} else
			newsdoc__free(iso);
		return;
	}
	if (ps->far) {
		if (label == META_DATE_PUBLISHED) {
			ps->labelled = iso;
			ps->done = 1;
		} else {
			newsdoc__free(iso);
		}
		return;
	}
	if (ps->h1 && ps->h1_start == SIZE_MAX) {
		newsdoc__free(ps->before);
		ps->before = iso;
		ps->before_at = ps->text;
		return;
	}
	ps->after = iso;
	ps->after_at = ps->text;
	ps->done = 1;
}

static size_t visible_bytes(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += !newsdoc__meta_is_space((unsigned char)*s);
	return n;
}

static void on_text(pass *ps, const xmlNode *node)
{
	const char *text = (const char *)node->content;
	size_t len, start, end, digits = 0, i;
	char *iso;
	int label;

	if (!text)
		return;
	if (ps->h1_start == SIZE_MAX && ps->h1_at != SIZE_MAX && ps->text + BEFORE_READ < ps->h1_at) {
		/* Far above the headline: counted, not read. */
		ps->label = 0;
		ps->text += visible_bytes(text);
		return;
	}
	if (ps->h1_start != SIZE_MAX)
		ps->texts_below++;
	len = strlen(text);
	for (i = 0; i < len && !digits; i++)
		digits = text[i] >= '0' && text[i] <= '9';
	if (digits && len <= 2 * LINE_LIMIT && (iso = newsdoc__meta_date_find(text, len, ps->slash_month_first,
	    &start, &end, &ps->store->failed)) != NULL) {
		label = label_before(text, start);
		if (!label)
			label = ps->label;
		if (label < 0 || word_count(text) > LINE_WORDS || !in_short_line(node))
			newsdoc__free(iso);
		else
			take(ps, iso, label);
		ps->label = 0;
	} else if (len && visible_bytes(text)) {
		/* "Published", "Last updated:" in an element of its own. */
		ps->label = len < 48 ? label_before(text, len) : 0;
	}
	ps->text += visible_bytes(text);
}

/* <time datetime=...> (or its text): a date as good as a written one. */
static void on_time(pass *ps, const xmlNode *node)
{
	const char *value = newsdoc__attr_text(node, "datetime");
	char *iso = NULL;

	if (ps->h1_start == SIZE_MAX && ps->h1_at != SIZE_MAX && ps->text + BEFORE_READ < ps->h1_at)
		return;
	if (value && *value)
		iso = newsdoc__meta_date_parse(value, strlen(value), &ps->store->failed);
	if (iso && ps->label >= 0)
		take(ps, iso, ps->label);
	else
		newsdoc__free(iso);
	ps->label = 0;
}

/*
 * The walk: boxes of other content and invisible elements are passed
 * over whole. The headline's end is known on entering it (its text is
 * measured), as the step of dom_walk.h tells no leaving.
 */
static void walk(pass *ps, const xmlNode *root)
{
	xmlNode *node = (xmlNode *)root;

	while (node && !ps->done && !ps->store->failed) {
		int descend = 0;

		if (node->type == XML_TEXT_NODE) {
			on_text(ps, node);
		} else if (node->type == XML_ELEMENT_NODE && !is_invisible(node) && !is_junk(ps, node)) {
			descend = 1;
			if (node == ps->h1) {
				ps->h1_start = ps->text;
				ps->h1_end = ps->text + text_bytes(node, SIZE_MAX - 1, SIZE_MAX);
			}
			if (name_is(node, "time"))
				on_time(ps, node);
		}
		/* Past the zone around the headline, a date above it is the answer;
		 * without one, only a date labelled as the publication counts. */
		if (!ps->far && ps->h1_end != SIZE_MAX && ps->text > ps->h1_end &&
		    ps->text - ps->h1_end > AFTER_LIMIT) {
			if (ps->before)
				break;
			ps->far = 1;
		}
		if (ps->far && (ps->text - ps->h1_end > FAR_LIMIT || ps->texts_below > FAR_NODES))
			break;
		node = newsdoc__walk_next(node, root, descend);
	}
}

/* Where the headline's text starts (bytes of visible text before it, as
 * walk() counts them), or SIZE_MAX when the walk never meets it. */
static size_t headline_start(const pass *ps, const xmlNode *root)
{
	xmlNode *node = (xmlNode *)root;
	size_t text = 0;

	while (node) {
		int descend = 0;

		if (node == ps->h1)
			return text;
		if (node->type == XML_TEXT_NODE && node->content)
			text += visible_bytes((const char *)node->content);
		else if (node->type == XML_ELEMENT_NODE)
			descend = !is_invisible(node) && !is_junk(ps, node);
		node = newsdoc__walk_next(node, root, descend);
	}
	return SIZE_MAX;
}

/* "en", "en-US" and pages that do not say write 03/04 for March 4. */
static int slash_month_first(const meta_store *store)
{
	const char *lang = store->value[META_SLOT_LANGUAGE][META_SRC_HTML];

	if (!lang)
		lang = store->value[META_SLOT_LANGUAGE][META_SRC_OPENGRAPH];
	if (!lang || !newsdoc__meta_istarts(lang, "en"))
		return !lang;
	return lang[2] == '\0' || newsdoc__meta_istarts(lang + 3, "us");
}

/* Does the heading say the title, hold it, or is it held in it
 * ("Forum • View topic - Headline")? Eight letters at least. */
static int says_title(const meta_heading *h, const char *title, size_t title_len)
{
	size_t len = h->text ? strlen(h->text) : 0;

	return len && (newsdoc__meta_same_words(h->text, len, title, title_len) ||
		newsdoc__meta_words_within(h->text, len, title, title_len) >= 8 ||
		newsdoc__meta_words_within(title, title_len, h->text, len) >= 8);
}

/*
 * The headline: the first <h1> that says the title, else the first <h2>
 * that does (forums and blogs without an <h1> for the story), else the
 * first <h1> with text outside boxes of other content, else the first
 * <h1> with text. The site's logo is often the first <h1>; a
 * "newsletter-post" article is a junk name around the headline.
 */
static const xmlNode *headline(const meta_store *store, const char *title)
{
	size_t i, title_len = title ? strlen(title) : 0;
	const meta_heading *h = store->headings;
	int level;

	for (level = 1; title && level <= 2; level++)
		for (i = 0; i < store->heading_count; i++)
			if (h[i].level == level && says_title(&h[i], title, title_len))
				return h[i].node;
	for (i = 0; i < store->heading_count; i++)
		if (h[i].level == 1 && h[i].text && !h[i].in_junk)
			return h[i].node;
	for (i = 0; i < store->heading_count; i++)
		if (h[i].level == 1 && h[i].text)
			return h[i].node;
	return NULL;
}

void newsdoc__meta_dateline(meta_store *store, const struct _xmlDoc *html, const char *title)
{
	const xmlNode *root = xmlDocGetRootElement((xmlDoc *)html);
	pass ps;
	char **chosen = NULL;
	size_t after_distance;

	memset(&ps, 0, sizeof(ps));
	if (!root || !(ps.h1 = headline(store, title)))
		return;
	ps.store = store;
	ps.h1_start = ps.h1_end = SIZE_MAX;
	ps.h1_at = headline_start(&ps, root);
	ps.slash_month_first = slash_month_first(store);
	walk(&ps, root);
	if (ps.before && ps.h1_start != SIZE_MAX && ps.h1_start - ps.before_at > BEFORE_LIMIT) {
		newsdoc__free(ps.before);
		ps.before = NULL;
	}
	/* The nearer of the date above the headline and the one below (a date
	 * in the headline itself is nearest). */
	after_distance = ps.after_at > ps.h1_end ? ps.after_at - ps.h1_end : 0;
	if (ps.after && (!ps.before || after_distance < ps.h1_start - ps.before_at)) {
		chosen = &ps.after;
	} else if (ps.before) {
		chosen = &ps.before;
	} else if (ps.labelled) {
		chosen = &ps.labelled;
	}
	if (chosen && !store->value[META_SLOT_PUBLISHED][META_SRC_HTML]) {
		store->value[META_SLOT_PUBLISHED][META_SRC_HTML] = *chosen;
		*chosen = NULL;
	} else if (!chosen && ps.updated && ps.updated_near && !store->value[META_SLOT_PUBLISHED][META_SRC_HTML]) {
		/* The page shows no date but its last update: that is its date. */
		store->value[META_SLOT_PUBLISHED][META_SRC_HTML] = newsdoc__strdup(ps.updated);
		if (!store->value[META_SLOT_PUBLISHED][META_SRC_HTML])
			store->failed = 1;
	}
	if (ps.updated && !store->value[META_SLOT_MODIFIED][META_SRC_HTML]) {
		store->value[META_SLOT_MODIFIED][META_SRC_HTML] = ps.updated;
		ps.updated = NULL;
	}
	newsdoc__free(ps.before);
	newsdoc__free(ps.after);
	newsdoc__free(ps.updated);
	newsdoc__free(ps.labelled);
}
