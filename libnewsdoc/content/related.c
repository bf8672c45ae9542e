/*
 * Related items: boxes that a heading ("Related", "More from", "Read more",
 * "Recommended", "You may also like") or their class/id names as related,
 * turned into items before the body drops them. An item is the largest
 * element inside the box whose links all go to one article; its title is
 * its heading (or its longest link text), the author and summary come from
 * elements named so, or from its other short texts.
 */
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../html/dom_walk.h"

#define DEFAULT_MAX_RELATED 100

/* An item part classed "author" or "byline" is its credit. */
static const char *const author_names[] = { "author", "byline", NULL };
static const char *const summary_names[] = {
	"summary", "excerpt", "dek", "description", "teaser-text", "standfirst", "deck", NULL
};
static const char *const title_names[] = { "title", "headline", NULL };

/* The parts of one item, found by element names and kinds. */
typedef struct item_parts {
	const xmlNode *title, *title_link, *author, *summary, *image;
	const xmlNode *outer_title; /* the title the one inside it replaced */
	const xmlNode *empty_link;  /* the first article link without text */
	size_t title_link_len;
} item_parts;

/* May `node` be the title? When none was found yet, or when it lies inside
 * the one found: "<span class=teaser-headline><span class=overline>Kicker
 * </span><strong class=title>Title</strong></span>" has its title inside,
 * the kicker beside it. */
#define TITLE_INNER_DEPTH 4 /* how far inside a headline its title may sit */

static int title_open(const item_parts *parts, const xmlNode *node)
{
	const xmlNode *up;
	int level;

	if (!parts->title)
		return 1;
	/* A few levels up only: every heading of a deep chain asks, and each
	 * climbing to the top would make reading the item quadratic. */
	for (up = node->parent, level = 0; up && level < TITLE_INNER_DEPTH; up = up->parent, level++)
		if (up == parts->title)
			return 1;
	return 0;
}

static void set_title(item_parts *parts, const xmlNode *node)
{
	if (parts->title && !parts->outer_title)
		parts->outer_title = parts->title;
	parts->title = node;
}

/* Visible characters of a lead inside a card link: a sentence, not a
 * "Read more" label. */
#define CARD_LEAD_MIN 40
/* A lead in a bare block or span after the title: a longer sentence. */
#define CARD_LEAF_LEAD_MIN 60

/* `node` (with its class names `names`) is a teaser's summary: a block
 * named as one, a paragraph, or after the title a bare block of a
 * sentence's length not named as a title; mostly text that is no link,
 * unless it follows the title (a card that is one link holds its lead
 * inside the link too). */
static int is_summary(const item_parts *parts, const xmlNode *node, const content_stat *stat, const xmlChar *names)
{
	int after_title = parts->title != NULL;

	/* a part of the title's heading ("<h3><span>Kicker</span>:<span>Long
	 * headline</span></h3>") is none: the lead follows the heading */
	if (!stat || stat->text == 0 || (parts->title && title_open(parts, node)))
		return 0;
	if (!newsdoc__related_class_holds(names, summary_names) && strcmp((const char *)node->name, "p") != 0 &&
		!(after_title && stat->text >= CARD_LEAF_LEAD_MIN && !newsdoc__related_element_child(node) &&
		  !newsdoc__related_class_holds(names, title_names)))
		return 0;
	return stat->link_text * 2 < stat->text || (after_title && stat->text >= CARD_LEAD_MIN);
}

static void find_parts(xmlNode *item, item_parts *parts)
{
	xmlNode *node = item;

	memset(parts, 0, sizeof(*parts));
	while (node) {
		int descend = 1;
		if (node->type == XML_ELEMENT_NODE && node != item) {
			content_stat *stat = content_stat_of(node);
			const char *name = (const char *)node->name;
			if (stat && (stat->tag == TAG_SKIP || (stat->flags & NODE_HIDDEN))) {
				/* a summary hidden on small screens only */
				if (!parts->summary && (parts->title || parts->title_link) && (stat->flags & NODE_HIDDEN_NARROW))
					parts->summary = newsdoc__related_narrow_summary(node);
				descend = 0;
			} else if (!strcmp(name, "img")) {
				if (!parts->image)
					parts->image = node;
			} else if (!strcmp(name, "a") && !parts->author && newsdoc__related_person_link(node)) {
				/* (a profile picture's link names nobody: the name's link after it does) */
				if (stat && stat->text > 0)
					parts->author = node;
				descend = 0;
			} else if (!strcmp(name, "a") && newsdoc__related_is_article_link(node)) {
				size_t len = stat ? stat->text : 0;
				if (!len && !parts->empty_link)
					parts->empty_link = node;
				if (len > parts->title_link_len) {
					parts->title_link = node;
					parts->title_link_len = len;
				}
			} else if (stat && stat->tag == TAG_HEADING && title_open(parts, node)) {
				set_title(parts, node);
			} else {
				/* Read once: each test below looks at it. */
				xmlChar *names = newsdoc__content_class_lower(node);
				if (!parts->author && newsdoc__related_class_holds(names, author_names)) {
					parts->author = node;
					descend = 0;
				} else if (!parts->summary && is_summary(parts, node, stat, names)) {
					parts->summary = node;
					descend = 0;
				} else if (title_open(parts, node) && newsdoc__related_class_holds(names, title_names)) {
					/* A title-named paragraph too: inside a card that is
					 * one link it is all link text, so no summary. */
					set_title(parts, node);
				}
				if (names)
					xmlFree(names);
			}
		}
		node = newsdoc__walk_next(node, item, descend);
	}
}

static int looks_like_headline(const char *text, size_t len)
{
	size_t words = 1, i;
	int wide = 0;

	for (i = 0; i < len; i++) {
		if (text[i] == ' ')
			words++;
		/* CJK headlines have no spaces */
		if ((unsigned char)text[i] >= 0xE3 && (unsigned char)text[i] <= 0xED)
			wide = 1;
	}
	if (words < 3 && !wide)
		return 0;
	return !newsdoc__content_is_related_heading(text, len) && !newsdoc__content_is_boiler_text(text, len);
}

/* The headline link's text in place of a kicker heading's: read at most
 * HEADLINE_LINK_NODES nodes, since a headline link holds a few (links nested
 * in links hold the rest of the box, and reading it for each one was
 * quadratic); a bigger link leaves the title as it was. */
#define HEADLINE_LINK_NODES 64
static int headline_link_text(newsdoc__sb *title, const xmlNode **title_from, const xmlNode *link)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int too_big = 0, error = newsdoc__content_collect_short_text(&text, link, HEADLINE_LINK_NODES, &too_big);

	if (!error && text.failed)
		error = newsdoc__error_oom();
	if (!error && !too_big) {
		newsdoc__sb old = *title;
		newsdoc__sb_trim(&text);
		*title = text;
		text = old;
		*title_from = link;
	}
	newsdoc__sb_free(&text);
	return error;
}


/* A card that is one link: a picture or a block of text inside the link
 * (within a few elements), the link set among others (its parent mostly
 * link text). Its own text is its title when nothing inside is named one.
 * A link of running text is none; nor is a link with an icon (drawings
 * are emptied when a page is read lean, so they may not decide, nor may
 * the empty block around one). */
#define LINK_CARD_WALK 16

static int link_card(const xmlNode *item)
{
	const content_stat *around = item->parent ? content_stat_of(item->parent) : NULL;
	xmlNode *node = (xmlNode *)item;
	size_t walked = 0;

	if (strcmp((const char *)item->name, "a") || !around || around->link_text * 2 < around->text)
		return 0;
	while ((node = newsdoc__walk_next(node, (xmlNode *)item, 1)) != NULL && walked++ < LINK_CARD_WALK) {
		const content_stat *stat = node->type == XML_ELEMENT_NODE ? content_stat_of(node) : NULL;
		if (stat && (stat->tag == TAG_IMG || ((stat->tag == TAG_P || stat->tag == TAG_HEADING ||
			stat->tag == TAG_DIV || stat->tag == TAG_LIST) && stat->text > 0)))
			return 1;
	}
	return 0;
}

/* An item; its title is its own text when `self_titled` (an inline link). */
static int add_item(content_ctx *ctx, xmlNode *item, xmlChar *href, int self_titled)
{
	newsdoc__sb title = NEWSDOC__SB_INIT, author = NEWSDOC__SB_INIT, summary = NEWSDOC__SB_INIT;
	newsdoc_related *related, *shown = NULL; /* shown: the item's first showing, when this is a repeat */
	item_parts parts;
	xmlChar *url = newsdoc__content_absolute_url(ctx, href), *image = NULL;
	const xmlNode *title_from = NULL;
	size_t shown_at;
	int error = 0, listed, had_author = 0, had_summary = 0;

	if (url && (newsdoc__related_names_no_other_article((const char *)url, ctx->url) ||
		newsdoc__related_index_url((const char *)url, ctx->url)))
		goto done;
	if (url && (listed = newsdoc__related_already_listed(ctx, (const char *)url, &shown_at)) != 0) {
		if (listed < 0) {
			error = newsdoc__error_oom();
			goto done;
		}
		/* A repeat is the same item: it only adds what the first showing
		 * lacks (a box of titles, then cards with their credit and lead). */
		shown = (newsdoc_related *)newsdoc_document_related_at(ctx->doc, shown_at);
		had_author = !shown || newsdoc_related_author(shown) != NULL;
		had_summary = !shown || newsdoc_related_summary(shown) != NULL;
		if (had_author && had_summary)
			goto done;
	}
	find_parts(item, &parts);
	if (parts.title)
		error = newsdoc__content_text_of(&title, title_from = parts.title);
	if (!error && !title.len && parts.title_link)
		error = newsdoc__content_text_of(&title, title_from = parts.title_link);
	if (!error && !title.len && (self_titled || link_card(item)))
		error = newsdoc__content_text_of(&title, title_from = item);
	/* The inner title is a label ("Live", "Video"): the whole one is it. */
	if (!error && parts.outer_title && (title.len < 12 || !looks_like_headline(title.ptr, title.len)))
		error = newsdoc__content_text_of(&title, title_from = parts.outer_title);
	/* Nothing but a picture link and texts not named so: the link's title
	 * attribute (related_picture.c). */
	if (!error && !title.len && parts.empty_link)
		error = newsdoc__related_link_title(&title, parts.empty_link);
	/* The heading is a kicker over the headline's link ("<h3>Australian
	 * Open</h3><h2><a>Rodesch reaches the second round</a></h2>"). */
	if (!error && title_from == parts.title && parts.title_link && (title.len < 12 || !looks_like_headline(title.ptr, title.len)))
		error = headline_link_text(&title, &title_from, parts.title_link);
	if (!error && title.len && title_from)
		error = newsdoc__related_drop_title_label(&title, title_from);
	if (!error && title.len && title_from)
		error = newsdoc__related_drop_title_kicker(&title, title_from);
	/* a credit set under the headline inside the title's element */
	if (!error && title.len && title_from && !parts.author)
		error = newsdoc__related_title_credit(&title, title_from, &author);
	/* A headline has a few words; "Read more", "Cybersecurity" or a box
	 * heading is a link label, not an item. */
	if (error || title.len < 12 || !looks_like_headline(title.ptr, title.len) ||
		newsdoc__related_is_index_label(title.ptr, title.len))
		goto done;
	if (parts.author)
		error = newsdoc__related_credit_text(&author, parts.author);
	if (!error && parts.summary)
		error = newsdoc__content_text_of(&summary, parts.summary);
	if (!error && parts.image)
		image = newsdoc__content_img_source(ctx, parts.image);
	if (!error && shown)
		related = shown;
	else if (!error)
		error = newsdoc_document_add_related(&related, ctx->doc, title.ptr, url ? (const char *)url : NULL);
	if (!error && url && !shown)
		error = newsdoc__related_remember_listed(ctx, (const char *)url, newsdoc_document_related_count(ctx->doc) - 1);
	if (!error && author.len && author.len < 120 && !had_author)
		error = newsdoc_related_set_author(related, author.ptr);
	if (!error && summary.len && strcmp(summary.ptr, title.ptr) && !had_summary)
		error = newsdoc_related_set_summary(related, summary.ptr);
	if (!error && image && !newsdoc_related_image(related))
		error = newsdoc_related_set_image(related, (const char *)image);
	if (!error)
		error = newsdoc__related_finish_teaser(related, item, title_from, had_summary ? NULL : parts.summary);
done:
	if (!error && (title.failed || author.failed || summary.failed))
		error = newsdoc__error_oom();
	newsdoc__sb_free(&title);
	newsdoc__sb_free(&author);
	newsdoc__sb_free(&summary);
	if (url)
		xmlFree(url);
	if (image)
		xmlFree(image);
	return error;
}

/* The article links below one element: how many distinct addresses (0, 1,
 * or 2 for two and more), the first link in document order and its
 * address (the whole attribute value, as libxml2 reads it). */
typedef struct link_summary {
	const xmlNode *first;
	const xmlChar *href;
	int count;
} link_summary;

/* Add what `part` holds to what `whole` holds. */
static void merge_links(link_summary *whole, const link_summary *part)
{
	if (whole->count == 2 || part->count == 0)
		return;
	if (part->count == 2)
		whole->count = 2;
	else if (whole->count == 0)
		*whole = *part;
	else if (strcmp((const char *)whole->href, (const char *)part->href))
		whole->count = 2;
}

/* An element of the box being walked: the links seen below it so far,
 * its elements so far, and how many items were found before it. */
typedef struct item_frame {
	link_summary links;
	size_t elements;
	size_t items_before;
} item_frame;

/* An item: the element, its first article link, its elements. */
typedef struct box_item {
	xmlNode *item;
	const xmlNode *link;
	size_t elements;
} box_item;

typedef struct box_items {
	box_item *at;
	size_t count, cap;
} box_items;

static int push_item(box_items *items, xmlNode *item, const xmlNode *link, size_t elements)
{
	if (items->count == items->cap) {
		size_t cap = items->cap ? items->cap * 2 : 16;
		box_item *grown = cap <= SIZE_MAX / sizeof(box_item) ? newsdoc__realloc(items->at, cap * sizeof(box_item)) : NULL;
		if (!grown)
			return newsdoc__error_oom();
		items->at = grown;
		items->cap = cap;
	}
	items->at[items->count].item = item;
	items->at[items->count].link = link;
	items->at[items->count].elements = elements;
	items->count++;
	return 0;
}

static xmlNode *element_from(xmlNode *node)
{
	while (node && node->type != XML_ELEMENT_NODE)
		node = node->next;
	return node;
}

/*
 * The items of a box in document order. An item is the largest element
 * under the box whose article links all go to one article: its links go to
 * one article and its parent's to several (or its parent is the box). A
 * link that holds other links (pages nest them) is an item of its own too,
 * before the items inside it. One post-order walk finds them all: a link
 * takes its place when it is entered; an element that finishes with one
 * article replaces the items found inside it, as its parent may still
 * turn out to hold one article only. The frames of the open elements live
 * on the heap: a box nests as deep as the page does. *box_elements gets
 * the number of elements below the box.
 */
static int find_items(xmlNode *box, box_items *items, size_t *box_elements)
{
	newsdoc__vec hrefs = { NULL, 0, 0 }; /* the addresses the summaries point to */
	item_frame *frames = NULL;
	size_t depth = 0, capacity = 0, i;
	xmlNode *node = box, *child;
	xmlChar *href;
	int error = 0;

	*box_elements = 0;
	for (;;) {
		item_frame *entered;
		if (depth == capacity) {
			size_t bigger = capacity ? capacity * 2 : 32;
			item_frame *grown = bigger <= SIZE_MAX / sizeof(*frames) ?
				newsdoc__realloc(frames, bigger * sizeof(*frames)) : NULL;
			if (!grown) {
				error = newsdoc__error_oom();
				break;
			}
			frames = grown;
			capacity = bigger;
		}
		/* A step of work for each element of the box (work.h). */
		if (newsdoc__work_charge(1))
			break;
		entered = &frames[depth++];
		memset(entered, 0, sizeof(*entered));
		entered->elements = 1;
		entered->items_before = items->count;
		if (node != box && !strcmp((const char *)node->name, "a") && (href = newsdoc__related_article_href(node)) != NULL) {
			if ((error = newsdoc__vec_push(&hrefs, href)) != 0) {
				xmlFree(href);
				break;
			}
			entered->links.first = node;
			entered->links.href = href;
			entered->links.count = 1;
			if ((error = push_item(items, node, node, 0)) != 0)
				break;
		}
		if ((child = element_from(node->children)) != NULL) {
			node = child;
			continue;
		}
		/* Finish `node`, and each ancestor whose last element it was. */
		for (;;) {
			item_frame *finished = &frames[--depth];
			if (node == box) {
				*box_elements = finished->elements - 1;
				goto done;
			}
			if (finished->links.count == 1) {
				/* One article: it stands for the items inside it. */
				items->count = finished->items_before;
				if ((error = push_item(items, node, finished->links.first, finished->elements)) != 0)
					goto done;
			} else if (finished->links.first == node) {
				/* A link holding others: its place was taken on entry. */
				items->at[finished->items_before].elements = finished->elements;
			}
			merge_links(&frames[depth - 1].links, &finished->links);
			frames[depth - 1].elements += finished->elements;
			if ((child = element_from(node->next)) != NULL) {
				node = child;
				break;
			}
			node = node->parent;
		}
	}
done:
	for (i = 0; i < hrefs.count; i++)
		xmlFree(hrefs.items[i]);
	newsdoc__free(hrefs.items);
	newsdoc__free(frames);
	return error;
}

/*
 * Reading an item (add_item) walks its elements. Items are apart, so that
 * is one walk over the box, except where links nest: there an item holds
 * the items after it, and a chain of nested links would have each read all
 * the rest. Reading stops once the items read hold more elements than
 * this many walks over the box.
 */
#define ITEM_READS_PER_BOX 8

/* Boxes of fewer items are not judged as menus. */
#define MENU_MIN_ITEMS 4

/* Items of one box, each turned into a related item until the limit. */
static int take_items(content_ctx *ctx, xmlNode *box, size_t limit)
{
	box_items items = { NULL, 0, 0 };
	size_t i, box_elements, read = 0;
	int error;

	/* A link named so itself ("<a class=relatedLink>"): one item. */
	if (!strcmp((const char *)box->name, "a")) {
		xmlChar *href = newsdoc__related_article_href(box);
		error = href && newsdoc_document_related_count(ctx->doc) < limit ? add_item(ctx, box, href, 1) : 0;
		if (href)
			xmlFree(href);
		return error;
	}
	error = find_items(box, &items, &box_elements);
	/* Items mostly labels, not headlines: a menu (related_nav.c). */
	if (!error && items.count >= MENU_MIN_ITEMS) {
		size_t headlines = 0;
		for (i = 0; i < items.count; i++)
			headlines += (size_t)newsdoc__related_headline_words(items.at[i].item);
		if (headlines * 2 < items.count)
			items.count = 0;
	}

	for (i = 0; i < items.count && !error; i++) {
		xmlChar *href;
		if (newsdoc_document_related_count(ctx->doc) >= limit)
			break;
		read += items.at[i].elements;
		if (read > ITEM_READS_PER_BOX * box_elements)
			break;
		if (newsdoc__related_sponsored_card(items.at[i].item))
			continue;
		href = newsdoc__content_attr(items.at[i].link, "href");
		/* A bare link set in the box ("Related: <a>A</a><br><a>B</a>")
		 * is titled by its own text: nothing around it holds a title. */
		error = add_item(ctx, items.at[i].item, href,
			items.at[i].item == items.at[i].link && items.at[i].item->parent == box);
		if (href)
			xmlFree(href);
	}
	newsdoc__free(items.at);
	return error;
}

/* `node` when it is a list or block of links (mostly link text), else NULL. */
static xmlNode *link_box(xmlNode *node)
{
	content_stat *stat = content_stat_of(node);

	if (!stat || stat->link_text == 0 || stat->link_text * 2 < stat->text ||
		(stat->tag != TAG_LIST && stat->tag != TAG_DIV))
		return NULL;
	return node;
}

/*
 * A box of teasers: a related heading or name says what it is, but each
 * item shows a kicker, a summary and a date beside its link, so links are
 * less than half its text. Taken when it holds article items, at most
 * this much text for each, and links an eighth of its text at least: prose
 * under a "Related" heading holds far more text per link, and its links
 * are a few words in it.
 */
#define TEASER_MAX_TEXT 700
#define TEASER_MIN_LINK_SHARE 8

static int teaser_box(xmlNode *node, int *error)
{
	content_stat *stat = content_stat_of(node);
	box_items items = { NULL, 0, 0 };
	size_t elements;
	int teasers;

	if (!stat || stat->link_text == 0 || stat->link_text * TEASER_MIN_LINK_SHARE < stat->text ||
		(stat->tag != TAG_LIST && stat->tag != TAG_DIV))
		return 0;
	if ((*error = find_items(node, &items, &elements)) != 0) {
		newsdoc__free(items.at);
		return 0;
	}
	teasers = items.count > 0 && stat->text <= TEASER_MAX_TEXT * items.count;
	newsdoc__free(items.at);
	return teasers;
}

/* The element right after a heading when it may be a box of links or of
 * teasers: it holds links, and is a list or a block. */
static xmlNode *links_after(xmlNode *heading)
{
	xmlNode *next = element_from(heading->next);
	content_stat *stat = next ? content_stat_of(next) : NULL;

	return stat && stat->link_text > 0 && (stat->tag == TAG_LIST || stat->tag == TAG_DIV) ? next : NULL;
}

/* *href gets the address (caller frees with xmlFree) when every article
 * link below `card` goes to one article, else NULL. */
static int one_article(xmlNode *card, xmlChar **href)
{
	box_items items = { NULL, 0, 0 };
	size_t i, elements;
	int error = find_items(card, &items, &elements);

	*href = NULL;
	for (i = 0; i < items.count && !error; i++) {
		xmlChar *at = newsdoc__content_attr(items.at[i].link, "href");
		if (!at)
			continue;
		if (!*href) {
			*href = at;
			continue;
		}
		if (strcmp((const char *)at, (const char *)*href)) {
			xmlFree(*href);
			*href = NULL;
			xmlFree(at);
			break;
		}
		xmlFree(at);
	}
	newsdoc__free(items.at);
	return error;
}

/*
 * A heading set among its items: "<div role=heading>Related</div>" then
 * one card element per item, siblings of the heading. The cards after the
 * first are taken up to the next element that is not a box of links (a
 * heading, a paragraph): the heading covers that run only.
 */
#define CARDS_AFTER_HEADING 24

static int take_cards_after(content_ctx *ctx, xmlNode *first, size_t limit)
{
	xmlNode *card = first;
	size_t taken = 0;
	int error = 0;

	while (card && !error && taken < CARDS_AFTER_HEADING && (link_box(card) || teaser_box(card, &error))) {
		xmlChar *href = NULL;
		content_stat_of(card)->flags |= NODE_RELATED;
		/* A card whose links all go to one article is one item (its
		 * picture link and its title link); a list is a box of items. */
		error = one_article(card, &href);
		if (!error && href && newsdoc_document_related_count(ctx->doc) < limit && !newsdoc__related_sponsored_card(card))
			error = add_item(ctx, card, href, 0);
		else if (!error && !href)
			error = take_items(ctx, card, limit);
		if (href)
			xmlFree(href);
		taken++;
		card = element_from(card->next);
	}
	return error;
}

int newsdoc__content_related(content_ctx *ctx)
{
	newsdoc__sb scratch = NEWSDOC__SB_INIT, link_text = NEWSDOC__SB_INIT;
	size_t limit = ctx->max_related ? ctx->max_related : DEFAULT_MAX_RELATED;
	xmlNode *node = ctx->body, *box, *link, *line = NULL;
	struct related_listed listed = { NEWSDOC__STR_SET_INIT, { NULL, 0, 0 } };
	size_t i, count = newsdoc_document_related_count(ctx->doc);
	int error = 0, box_error = 0; /* box_error: a box test ran out of memory */

	ctx->related_listed = &listed;
	/* (items the document holds already count as listed) */
	for (i = 0; i < count && !error; i++) {
		const char *url = newsdoc_related_url(newsdoc_document_related_at(ctx->doc, i));
		if (url)
			error = newsdoc__related_remember_listed(ctx, url, i);
	}
	while (node && !error) {
		int descend = 1;
		content_stat *stat = content_stat_of(node);
		line = NULL;
		if (node->type != XML_ELEMENT_NODE || !stat) {
			descend = 0;
		} else if (stat->tag == TAG_SKIP || (stat->flags & (NODE_HIDDEN | NODE_RELATED)) ||
			(!strcmp((const char *)node->name, "nav") && stat->link_text * 2 >= stat->text)) {
			/* (a <nav> mostly of prose is a menu left open in broken
			 * markup, that the parser made hold the rest of the page) */
			descend = 0;
		} else if (node != ctx->body && stat->link_text > 0 && (stat->flags & NODE_RELATED_NAME) &&
			(newsdoc__related_opens_with_unrelated_heading(node, &scratch) ||
			 newsdoc__related_box_named_unrelated(node, &scratch))) {
			/* named related, headed "Latest" or "Most read", or named a
			 * trending list or a paid widget too: not items */
			descend = 0;
		} else if (node != ctx->body && (stat->link_text > 0 ?
			((stat->flags & NODE_RELATED_NAME) || newsdoc__related_opens_with_related_heading(node, &scratch)) &&
			(stat->link_text * 4 >= stat->text || teaser_box(node, &box_error)) :
			/* picture cards under empty links: named so (a heading
			 * is asked of boxes with link text only) */
			(stat->flags & NODE_RELATED_NAME) && (stat->tag == TAG_DIV || stat->tag == TAG_BOILER) &&
			newsdoc__related_picture_box(node))) {
			/* A box of links or teasers, not a long text that mentions "related".
			 * Headed "Related jobs", "Recommended videos": no articles, but
			 * the box leaves the body all the same. */
			stat->flags |= NODE_RELATED;
			if ((stat->flags & NODE_RELATED_NAME) || !newsdoc__content_is_unrelated_heading(scratch.ptr, scratch.len))
				error = take_items(ctx, node, limit);
			descend = 0;
		} else if (stat->text > 0 && stat->text <= 60 && (stat->tag == TAG_HEADING || stat->link_text == 0) &&
			(box = links_after(node)) != NULL &&
			(newsdoc__related_is_heading_like(node, stat) || newsdoc__related_cue_over_list(node, stat, box)) &&
			newsdoc__related_says_related(node, &scratch) && (link_box(box) || teaser_box(box, &box_error))) {
			/* "<h2>Related</h2><ul>...</ul>" as siblings in a larger block,
			 * or a heading followed by one card per item */
			stat->flags |= NODE_RELATED;
			if (!newsdoc__content_is_unrelated_heading(scratch.ptr, scratch.len))
				error = take_cards_after(ctx, box, limit);
			else
				content_stat_of(box)->flags |= NODE_RELATED;
			descend = 0;
		} else if (stat->tag == TAG_LIST && stat->link_text > 0 && newsdoc__related_body_list(node, stat, ctx->url)) {
			/* links to the site's articles between the story's paragraphs */
			stat->flags |= NODE_RELATED;
			error = take_items(ctx, node, limit);
			descend = 0;
		} else if (stat->link_text > 0 && stat->text <= TEASER_MAX_TEXT &&
			(newsdoc__related_nested_article(node) || newsdoc__related_body_card(node, stat, ctx->url))) {
			/* A teaser card set inside the story: an article in an
			 * article, or a block that is one link holding a heading.
			 * Not entered after: read once, a chain of them is not
			 * walked again at each level. */
			xmlChar *href = NULL;
			size_t before = newsdoc_document_related_count(ctx->doc);
			error = one_article(node, &href);
			if (!error && href && before < limit)
				error = add_item(ctx, node, href, 0);
			if (newsdoc_document_related_count(ctx->doc) > before ||
				(!error && href && newsdoc__related_promo_card(ctx, href)))
				stat->flags |= NODE_RELATED;
			if (href)
				xmlFree(href);
			descend = 0;
		} else if ((link = newsdoc__related_inline_read_also(node, stat, &scratch, &link_text)) != NULL ||
			(link = newsdoc__related_cue_line(node, stat, &scratch, &line)) != NULL) {
			/* one item per link: "Read also: <a>A</a> | <a>B</a>"; a cue
			 * of its own leaves the body with the line after it */
			xmlNode *top = line ? line : node;
			stat->flags |= NODE_RELATED;
			if (line)
				content_stat_of(line)->flags |= NODE_RELATED;
			for (; link && !error; link = newsdoc__related_next_link(link, top)) {
				xmlChar *href = newsdoc__content_attr(link, "href");
				if (newsdoc_document_related_count(ctx->doc) < limit)
					error = add_item(ctx, link, href, 1);
				if (href)
					xmlFree(href);
			}
			descend = 0;
		}
		/* The heading tests read short texts into the scratch buffers: a
		 * failed allocation there leaves them failed (and the test said no). */
		if (!error && (scratch.failed || link_text.failed))
			error = newsdoc__error_oom();
		if (!error && box_error)
			error = box_error;
		node = newsdoc__walk_next(node, ctx->body, descend);
	}
	if (!error && newsdoc_document_related_count(ctx->doc))
		error = newsdoc_document_set_provenance(ctx->doc, NEWSDOC_FIELD_RELATED, "html");
	newsdoc__related_listed_free(&listed);
	ctx->related_listed = NULL;
	newsdoc__sb_free(&scratch);
	newsdoc__sb_free(&link_text);
	return error;
}
