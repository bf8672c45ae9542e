/*
 * Emitting the body: the container's elements in document order as typed
 * blocks, with page furniture left out. Runs of inline content directly
 * inside a container (text, links, <br>) become paragraphs of their own.
 * What stays out: elements named as furniture (unless they hold most of
 * the container's prose), related boxes, link lists and link-only
 * paragraphs, short furniture texts (boiler_text.c), related-box headings,
 * and the headline, which is the document's title.
 */
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"
#include "../text/text_util.h"

typedef struct emit_state {
	content_ctx *ctx;
	newsdoc__sb run;          /* inline text waiting for a block boundary */
	int pending_space;
	unsigned int run_link_chars;
	int br_count;             /* consecutive <br> seen in the run */
	int keep_links;           /* the page type's items are links (profile.c) */
} emit_state;

/* What the walk of the container does after an element (emit_element). */
enum emit_next {
	EMIT_PAST,        /* the element is done: go on past it */
	EMIT_INTO,        /* walk its children as part of the same flow */
	EMIT_INTO_BLOCK   /* walk its children, then end the paragraph run */
};

static int is_letter_or_digit_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/*
 * Compare texts on letters and digits only, ASCII case folded, so that
 * "Title | Site" starts with "Title" whatever the punctuation.
 * Returns 2 for equal, 1 when `title` starts with `text`, else 0.
 */
static int title_match(const char *text, size_t len, const char *title)
{
	size_t i = 0, j = 0, tlen = strlen(title), matched = 0;

	for (;;) {
		while (i < len && !is_letter_or_digit_byte((unsigned char)text[i]))
			i++;
		while (j < tlen && !is_letter_or_digit_byte((unsigned char)title[j]))
			j++;
		if (i >= len)
			break;
		if (j >= tlen)
			return 0;
		if ((text[i] | 0x20) != (title[j] | 0x20) && text[i] != title[j])
			return 0;
		i++;
		j++;
		matched++;
	}
	while (j < tlen && !is_letter_or_digit_byte((unsigned char)title[j]))
		j++;
	if (j >= tlen)
		return matched ? 2 : 0;
	/* A prefix counts only when it is a real headline, not one word. */
	return matched >= 12 ? 1 : 0;
}

static int is_headline(content_ctx *ctx, const char *text, size_t len)
{
	if (!ctx->title || ctx->saw_heading_title)
		return 0;
	if (title_match(text, len, ctx->title)) {
		ctx->saw_heading_title = 1;
		return 1;
	}
	return 0;
}

/* A heading's section opens with prose: the next element is a paragraph
 * of at least this many characters, few of them in links. */
#define SECTION_PROSE_MIN 40

static int heads_prose(const xmlNode *heading)
{
	const xmlNode *next = heading->next;
	const content_stat *stat;

	while (next && next->type != XML_ELEMENT_NODE)
		next = next->next;
	stat = next ? content_stat_of(next) : NULL;
	return stat && (stat->tag == TAG_P || stat->tag == TAG_LIST || stat->tag == TAG_BLOCKQUOTE || stat->tag == TAG_PRE) &&
		!(stat->flags & NODE_NEGATIVE) && stat->text >= SECTION_PROSE_MIN && stat->link_text * 3 < stat->text;
}

/*
 * Furniture inside the container: elements whose names say so, unless
 * they hold most of the container's prose (a template that calls its body
 * wrapper "main-sidebar-layout" is still the body).
 */
static int is_furniture(const emit_state *st, const xmlNode *node, const content_stat *stat)
{
	if (stat->flags & (NODE_HIDDEN | NODE_RELATED))
		return 1;
	if (!(stat->flags & NODE_NEGATIVE))
		return 0;
	if (st->ctx->floor >= FLOOR_LINKS || (st->ctx->floor == FLOOR_NAMES && stat->tag != TAG_BOILER))
		return 0;
	/* A box named only weakly (a notice, a bio, a meta row), not as a
	 * caption, that holds a paragraph of prose with few links says
	 * something in the article's voice: it stays. */
	if ((stat->flags & (NODE_WEAK | NODE_CAPTION_NAME)) == NODE_WEAK && stat->tag == TAG_DIV && stat->para_text >= 150 &&
		stat->link_text * 5 < stat->text)
		return 0;
	/* A heading named only weakly ("header-anchor", "section-header")
	 * over a paragraph of prose heads a section of the text, not a box of
	 * furniture: its text still has to pass emit_heading's tests. */
	if ((stat->flags & (NODE_WEAK | NODE_CAPTION_NAME)) == NODE_WEAK && stat->tag == TAG_HEADING &&
		heads_prose(node))
		return 0;
	if (newsdoc__content_is_comment_section(stat, st->ctx->container_para_text))
		return 1;
	return !(stat->para_text * 2 > st->ctx->container_para_text && stat->link_text * 3 < stat->text);
}

/* More than `tenths` of the text is link text: a link list, a teaser;
 * the floor takes it all the same, and so does a page type whose items are
 * links (a listing's titles: profile.c). */
static int too_many_links(const emit_state *st, unsigned int link_text, unsigned int text, unsigned int tenths)
{
	return !st->keep_links && st->ctx->floor < FLOOR_LINKS && (unsigned long)link_text * 10 > (unsigned long)text * tenths;
}

static int add_text_block(content_ctx *ctx, int type, const char *text, size_t len, int level)
{
	newsdoc_block *block;
	int error = newsdoc_document_add_block(&block, ctx->doc, type, text, len);

	if (!error && type == NEWSDOC_BLOCK_HEADING)
		error = newsdoc_block_set_level(block, level);
	return error;
}

/* The pending inline run as a paragraph, unless it is furniture. */
static int flush_run(emit_state *st)
{
	int error = 0;

	newsdoc__sb_trim(&st->run);
	if (st->run.failed)
		error = NEWSDOC_ENOMEM;
	else if (st->run.len && !too_many_links(st, st->run_link_chars, (unsigned int)newsdoc__utf8_count(st->run.ptr, st->run.len), 5) &&
		!newsdoc__content_is_boiler_text(st->run.ptr, st->run.len) && !newsdoc__content_is_related_heading(st->run.ptr, st->run.len))
		error = add_text_block(st->ctx, NEWSDOC_BLOCK_PARAGRAPH, st->run.ptr, st->run.len, 0);
	st->run.len = 0;
	if (st->run.ptr)
		st->run.ptr[0] = '\0';
	st->pending_space = 0;
	st->run_link_chars = 0;
	st->br_count = 0;
	return error;
}

static int emit_paragraph(emit_state *st, const xmlNode *node, const content_stat *stat)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int error;

	/* Mostly links: a teaser or a "Read more" line; but a long paragraph
	 * of prose keeps its links (citations, names). */
	if (stat->text && too_many_links(st, stat->link_text, stat->text, 6) &&
		(stat->text < 400 || stat->link_text * 10 > stat->text * 8))
		return 0;
	if ((error = newsdoc__content_text_of(&text, node)) == 0 && text.len && !newsdoc__content_is_boiler_text(text.ptr, text.len) &&
		!newsdoc__content_is_related_heading(text.ptr, text.len) && !is_headline(st->ctx, text.ptr, text.len))
		error = add_text_block(st->ctx, NEWSDOC_BLOCK_PARAGRAPH, text.ptr, text.len, 0);
	newsdoc__sb_free(&text);
	return error;
}

/* Nodes looked at when telling a heading's links apart; a heading is small. */
#define HEADING_LINK_NODES 64

/* 1 when `href` leads to a site other than the page's (`page_url`): a
 * host that is neither the page's nor a subdomain of it or its parent
 * (a page's mobile or edition host is the same site). */
static int leaves_site(const char *href, const char *page_url)
{
	size_t len, page_len;
	const char *host = newsdoc__url_host(href, &len), *page_host = page_url ? newsdoc__url_host(page_url, &page_len) : NULL;

	return host && page_host && !newsdoc__host_same_site(host, len, page_host, page_len);
}

enum heading_links {
	HEADING_LINKS_MIXED = 0,
	HEADING_LINKS_IN_PAGE,     /* every link is "#section" */
	HEADING_LINKS_OTHER_SITE   /* every link leads to another site */
};

/*
 * Where a heading's links all lead. Into this page: a section heading
 * that links to its own anchor or back to the table of contents
 * (documentation generators set headings this way). To another site: an
 * entry of a round-up naming the thing it is about (a product, a hotel, a
 * tool). Either way not a teaser, whose link leads to another page of the
 * same site.
 */
static enum heading_links heading_links_lead(xmlNode *heading, const char *page_url)
{
	xmlNode *node = heading;
	unsigned int seen = 0;
	enum heading_links kind = HEADING_LINKS_MIXED;

	while ((node = newsdoc__walk_next(node, heading, 1)) != NULL) {
		const char *href;
		enum heading_links this_one;
		if (++seen > HEADING_LINK_NODES)
			return HEADING_LINKS_MIXED;
		if (node->type != XML_ELEMENT_NODE || xmlStrcasecmp(node->name, BAD_CAST "a"))
			continue;
		href = newsdoc__attr_text(node, "href");
		if (href && href[0] == '#')
			this_one = HEADING_LINKS_IN_PAGE;
		else if (href && leaves_site(href, page_url))
			this_one = HEADING_LINKS_OTHER_SITE;
		else
			return HEADING_LINKS_MIXED;
		if (kind != HEADING_LINKS_MIXED && kind != this_one)
			return HEADING_LINKS_MIXED;
		kind = this_one;
	}
	return kind;
}

static int emit_heading(emit_state *st, const xmlNode *node, const content_stat *stat)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int error;

	if ((error = newsdoc__content_text_of(&text, node)) == 0 && text.len && !is_headline(st->ctx, text.ptr, text.len) &&
		!newsdoc__content_is_related_heading(text.ptr, text.len) && !newsdoc__content_is_boiler_text(text.ptr, text.len) &&
		(!too_many_links(st, stat->link_text, stat->text, 5) ||
		 heading_links_lead((xmlNode *)node, st->ctx->url) != HEADING_LINKS_MIXED))
		error = add_text_block(st->ctx, NEWSDOC_BLOCK_HEADING, text.ptr, text.len, stat->level ? stat->level : 2);
	newsdoc__sb_free(&text);
	return error;
}

/* 1 for the elements whose inside the lean copy of a page leaves out
 * (html_lean.c), which no text is read from. */
static int is_left_out(const xmlNode *node)
{
	const char *name = (const char *)node->name;

	return !strcasecmp(name, "script") || !strcasecmp(name, "style") || !strcasecmp(name, "svg");
}

/* The text of a <pre> as it is laid out: its text nodes, in order. */
static int preformatted_text(newsdoc__sb *sb, const xmlNode *pre)
{
	xmlNode *node = newsdoc__walk_step((xmlNode *)pre, pre, 1);

	while (node) {
		int descend = 1;
		if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content)
			newsdoc__sb_puts(sb, (const char *)node->content);
		else if (node->type == XML_ELEMENT_NODE && is_left_out(node))
			descend = 0;
		node = newsdoc__walk_step(node, pre, descend);
	}
	return sb->failed ? newsdoc__error_oom() : 0;
}

static int emit_preformatted(emit_state *st, const xmlNode *node)
{
	newsdoc__sb raw = NEWSDOC__SB_INIT, clean = NEWSDOC__SB_INIT;
	size_t len;
	int error;

	if ((error = preformatted_text(&raw, node)) != 0) {
		newsdoc__sb_free(&raw);
		return error;
	}
	len = raw.len;
	/* Keep the layout; only the outer blank lines go. */
	while (len && (raw.ptr[len - 1] == '\n' || raw.ptr[len - 1] == ' ' || raw.ptr[len - 1] == '\r'))
		len--;
	if (len && !(error = newsdoc__utf8_sanitize(&clean, raw.ptr, len))) {
		size_t start = 0;
		while (start < clean.len && clean.ptr[start] == '\n')
			start++;
		if (start < clean.len)
			error = add_text_block(st->ctx, NEWSDOC_BLOCK_PREFORMATTED, clean.ptr + start, clean.len - start, 0);
	}
	newsdoc__sb_free(&clean);
	newsdoc__sb_free(&raw);
	return error;
}

/* An item of the list holds a figure, an image (a gallery) or a long
 * paragraph. */
static int holds_blocks(const xmlNode *list)
{
	const xmlNode *item, *child;

	for (item = list->children; item; item = item->next)
		for (child = item->children; child; child = child->next) {
			const content_stat *stat = content_stat_of(child);
			if (stat && (stat->tag == TAG_FIGURE || stat->tag == TAG_IMG))
				return 1;
			/* paragraphs of prose inside an item: the list is layout */
			if (stat && (stat->tag == TAG_P || stat->tag == TAG_DIV) && stat->text >= 200)
				return 1;
		}
	return 0;
}

/* Items of a list: each <li> directly under it (nested lists ride along
 * in their item's text). A list used for layout (a gallery, items made of
 * long paragraphs) is a container: *next says to walk into it. */
static int emit_list(emit_state *st, const xmlNode *list, const content_stat *stat, int *next)
{
	newsdoc_block *block = NULL;
	const xmlNode *child;
	int error = 0;

	/* A list of links is navigation or a related box, not prose. */
	if (stat->text == 0 || too_many_links(st, stat->link_text, stat->text, 5))
		return 0;
	if (holds_blocks(list)) {
		*next = EMIT_INTO;
		return 0;
	}
	for (child = list->children; child && !error; child = child->next) {
		content_stat *item = content_stat_of(child);
		newsdoc__sb text = NEWSDOC__SB_INIT;
		if (!item || item->tag == TAG_SKIP || (item->flags & NODE_HIDDEN))
			continue;
		if ((error = newsdoc__content_text_of(&text, child)) == 0 && text.len && !newsdoc__content_is_boiler_text(text.ptr, text.len)) {
			if (!block)
				error = newsdoc_document_add_block(&block, st->ctx->doc, NEWSDOC_BLOCK_LIST, NULL, 0);
			if (!error && !strcmp((const char *)list->name, "ol") && newsdoc_block_item_count(block) == 0)
				error = newsdoc_block_set_ordered(block, 1);
			if (!error)
				error = newsdoc_block_add_item(block, text.ptr, text.len);
		}
		newsdoc__sb_free(&text);
	}
	return error;
}

/* A table used for layout holds paragraphs or other tables in its cells. */
static int is_layout_table(const xmlNode *table, const content_stat *stat)
{
	const xmlNode *node = table->children;

	if (stat->para_text * 2 > stat->text && stat->text > 400)
		return 1;
	/* The walk never writes to the tree: the casts only satisfy libxml2's
	 * non-const node type. */
	for (; node; node = newsdoc__walk_next((xmlNode *)node, table, node->type == XML_ELEMENT_NODE))
		if (node->type == XML_ELEMENT_NODE && !strcmp((const char *)node->name, "table"))
			return 1;
	return 0;
}

/* Row groups hold rows; the walk over a table's rows goes into them. */
static int is_row_group(const xmlNode *node)
{
	return node->type == XML_ELEMENT_NODE && (!strcmp((const char *)node->name, "thead") ||
		!strcmp((const char *)node->name, "tbody") || !strcmp((const char *)node->name, "tfoot"));
}

/* The rows of a table in document order, those inside row groups too
 * (nested groups as well: the walk is iterative, any nesting is fine). */
static int emit_rows(emit_state *st, const xmlNode *table)
{
	newsdoc_block *block = NULL;
	const xmlNode *row, *cell;
	int error = 0;

	/* The walk never writes to the tree: the casts only satisfy libxml2's
	 * non-const node type. */
	for (row = table->children; row && !error; row = newsdoc__walk_next((xmlNode *)row, table, is_row_group(row))) {
		if (row->type != XML_ELEMENT_NODE || strcmp((const char *)row->name, "tr"))
			continue;
		if (!block && (error = newsdoc_document_add_block(&block, st->ctx->doc, NEWSDOC_BLOCK_TABLE, NULL, 0)) != 0)
			break;
		if ((error = newsdoc_block_add_row(block)) != 0)
			break;
		for (cell = row->children; cell && !error; cell = cell->next) {
			newsdoc__sb text = NEWSDOC__SB_INIT;
			if (cell->type != XML_ELEMENT_NODE ||
				(strcmp((const char *)cell->name, "td") && strcmp((const char *)cell->name, "th")))
				continue;
			if (!(error = newsdoc__content_text_of(&text, cell)))
				error = newsdoc_block_add_cell(block, text.ptr ? text.ptr : "", text.len);
			newsdoc__sb_free(&text);
		}
	}
	return error;
}

/* A data table becomes a table block; a layout table is a container:
 * *next says to walk into it. */
static int emit_table(emit_state *st, const xmlNode *table, const content_stat *stat, int *next)
{
	if (is_layout_table(table, stat)) {
		*next = EMIT_INTO;
		return 0;
	}
	if (stat->text == 0 || too_many_links(st, stat->link_text, stat->text, 6))
		return 0;
	return emit_rows(st, table);
}

/* Inline content joins the pending run; links count towards its density. */
static int add_inline(emit_state *st, const xmlNode *node, const content_stat *stat)
{
	size_t before = st->run.len;
	int error;

	if (st->br_count)
		st->pending_space = 1;
	st->br_count = 0;
	error = newsdoc__content_collect_text(&st->run, node, &st->pending_space);
	if (!error && stat && st->run.len > before && (stat->tag == TAG_A || stat->link_text * 2 > stat->text))
		st->run_link_chars += (unsigned int)newsdoc__utf8_count(st->run.ptr + before, st->run.len - before);
	return error;
}

/*
 * One element of the container: emitted as a block, added to the inline
 * run, or left out; *next says whether the walk goes into its children.
 * `depth` counts the levels below the container: past max_depth a
 * subtree is not walked into but becomes one paragraph with its text.
 */
static int emit_element(emit_state *st, xmlNode *node, content_stat *stat, size_t depth, int *next)
{
	int error = 0;

	*next = EMIT_PAST;
	if (stat->tag == TAG_SKIP || is_furniture(st, node, stat))
		return 0;
	if ((stat->tag == TAG_INLINE || stat->tag == TAG_A) && !(stat->flags & NODE_BLOCK_CHILD))
		return add_inline(st, node, stat);
	if (stat->tag == TAG_BR) {
		/* Two line breaks in a row end a paragraph; one is a space. */
		st->pending_space = 1;
		if (++st->br_count >= 2 && st->run.len)
			return flush_run(st);
		return 0;
	}
	if ((error = flush_run(st)) != 0)
		return error;
	switch (stat->tag) {
	case TAG_P:
		if (stat->flags & NODE_BLOCK_CHILD)
			*next = EMIT_INTO;
		else
			return emit_paragraph(st, node, stat);
		break;
	case TAG_HEADING:
		return emit_heading(st, node, stat);
	case TAG_LIST:
		if ((error = emit_list(st, node, stat, next)) != 0)
			return error;
		break;
	case TAG_BLOCKQUOTE:
		if (too_many_links(st, stat->link_text, stat->text, 6))
			return 0;
		{
			newsdoc__sb text = NEWSDOC__SB_INIT;
			if (!(error = newsdoc__content_text_of(&text, node)) && text.len)
				error = add_text_block(st->ctx, NEWSDOC_BLOCK_BLOCKQUOTE, text.ptr, text.len, 0);
			newsdoc__sb_free(&text);
		}
		return error;
	case TAG_PRE:
		return emit_preformatted(st, node);
	case TAG_TABLE:
		if ((error = emit_table(st, node, stat, next)) != 0)
			return error;
		break;
	case TAG_FIGURE:
		if (!newsdoc__content_figure_is_table(node))
			return newsdoc__content_emit_figure(st->ctx, node);
		*next = EMIT_INTO_BLOCK;
		break;
	case TAG_IMG:
		return newsdoc__content_emit_image(st->ctx, node);
	default:
		if (newsdoc__content_is_figure_caption(node))
			return newsdoc__content_emit_caption(st->ctx, node);
		*next = EMIT_INTO_BLOCK;
		break;
	}
	if (*next != EMIT_PAST && depth >= st->ctx->max_depth) {
		/* Too deep to walk: the subtree's text as one paragraph. */
		*next = EMIT_PAST;
		error = add_inline(st, node, stat);
		return error ? error : flush_run(st);
	}
	return 0;
}

/* An element the walk went into ends the paragraph run when it leaves it,
 * unless it is a paragraph, list or table that held blocks (emit_element
 * says EMIT_INTO for those and EMIT_INTO_BLOCK for every other kind). */
static int ends_run_on_leaving(const content_stat *stat)
{
	return stat && stat->tag != TAG_P && stat->tag != TAG_LIST && stat->tag != TAG_TABLE;
}

/*
 * Emit what is below `top` in document order. The walk is iterative,
 * climbing back through parent pointers, so that the stack it uses does
 * not grow with the page's nesting (a thread's stack may be small, and
 * max_depth is the caller's to raise); `depth` is the level of top's
 * children below the container.
 */
static int emit_below(emit_state *st, xmlNode *top, size_t depth)
{
	xmlNode *node = top->children;
	int error = 0;

	while (node && !error) {
		content_stat *stat;
		int next = EMIT_PAST;
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)node->content;
			size_t len = s ? strlen(s) : 0, before = st->run.len;
			if (len) {
				error = newsdoc__append_folded(&st->run, s, len, &st->pending_space);
				if (st->run.len != before)
					st->br_count = 0;
			}
		} else if ((stat = content_stat_of(node)) != NULL) {
			error = emit_element(st, node, stat, depth, &next);
		}
		if (error)
			break;
		if (next != EMIT_PAST && node->children) {
			node = node->children;
			depth++;
			continue;
		}
		if (next == EMIT_INTO_BLOCK && (error = flush_run(st)) != 0)
			break;
		/* Leave the levels whose children are all done. */
		while (!node->next) {
			node = node->parent;
			if (node == top)
				return 0;
			depth--;
			if (ends_run_on_leaving(content_stat_of(node)) && (error = flush_run(st)) != 0)
				return error;
		}
		node = node->next;
	}
	return error;
}

/* A class naming the article's lead ("standfirst", "article-intro"). */
static int is_lead_name(const xmlNode *node)
{
	static const char *const names[] = { "lead", "intro", "standfirst", "summary", "dek", "teaser", "excerpt" };
	xmlChar *value = newsdoc__content_class_lower(node);
	size_t i;
	int found = 0;

	if (!value)
		return 0;
	for (i = 0; i < sizeof(names) / sizeof(names[0]) && !found; i++) {
		const char *p = strstr((const char *)value, names[i]);
		found = p && (p == (const char *)value || !(p[-1] >= 'a' && p[-1] <= 'z'));
	}
	xmlFree(value);
	return found;
}

/* The letters and digits of `text` from its start, ASCII lowercased,
 * other bytes (UTF-8) kept: at most `cap` of them into `out`. */
static size_t lead_key(const char *text, char *out, size_t cap)
{
	size_t n = 0;

	for (; *text && n < cap; text++) {
		unsigned char c = (unsigned char)*text;
		if (c >= 'A' && c <= 'Z')
			out[n++] = (char)(c + 32);
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
			out[n++] = (char)c;
	}
	return n;
}

/* How many letters of the page's description a block must begin with to
 * be its lead: enough that two different sentences never share them. */
#define LEAD_KEY_LEN 30

/* A lead is a sentence or two: a block made of more nodes than this is
 * not read (every block before the container may be asked). */
#define LEAD_MAX_NODES 64

/* The block opens with the page's description (`want`, its key: sites
 * give the standfirst as the description, whatever they call it in the
 * markup). Only the block's first LEAD_KEY_LEN letters count, so its text
 * is read within LEAD_MAX_NODES nodes; a longer block is no match. */
static int says_description(const char *want, const xmlNode *node, newsdoc__sb *scratch)
{
	char have[LEAD_KEY_LEN];
	int too_big;

	scratch->len = 0;
	if (scratch->ptr)
		scratch->ptr[0] = '\0';
	if (newsdoc__content_collect_short_text(scratch, node, LEAD_MAX_NODES, &too_big) != 0 || too_big ||
		!scratch->ptr)
		return 0;
	return lead_key(scratch->ptr, have, sizeof(have)) == sizeof(have) && !memcmp(want, have, sizeof(have));
}

/*
 * The lead (standfirst) often sits in the article header, outside the
 * container of the body paragraphs: look before the container, inside its
 * nearest ancestors, for a short prose block named as the lead or opening
 * with the page's description.
 */
static const xmlNode *find_lead(const content_ctx *ctx)
{
	const xmlNode *below = ctx->container, *ancestor = below->parent, *lead = NULL;
	const char *description = newsdoc_document_description(ctx->doc);
	char want[LEAD_KEY_LEN];
	int has_key = description && lead_key(description, want, sizeof(want)) == sizeof(want);
	newsdoc__sb scratch = NEWSDOC__SB_INIT;
	int generation;

	for (generation = 0; !lead && ancestor && ancestor != ctx->body && generation < 3;
		generation++, below = ancestor, ancestor = ancestor->parent) {
		const xmlNode *node = ancestor->children;
		while (node && node != below) {
			const content_stat *stat = content_stat_of(node);
			/* A weak furniture name ("header" in "article-header__lead")
			 * does not hide the lead: it still has to be named or said
			 * as the lead. */
			int descend = stat && stat->tag != TAG_SKIP && !(stat->flags & (NODE_HIDDEN | NODE_RELATED)) &&
				(stat->flags & (NODE_NEGATIVE | NODE_WEAK | NODE_CAPTION_NAME)) != NODE_NEGATIVE &&
				!(stat->flags & NODE_CAPTION_NAME);
			/* A summary set as a subheading counts when it is the
			 * description (a heading's name alone says too little). */
			if (descend && (stat->tag == TAG_P || stat->tag == TAG_DIV || stat->tag == TAG_HEADING) &&
				stat->text >= 40 && stat->text <= 700 &&
				stat->link_text * 5 < stat->text && !(stat->flags & NODE_BLOCK_CHILD) &&
				((stat->tag != TAG_HEADING && is_lead_name(node)) ||
				 (has_key && says_description(want, node, &scratch)))) {
				lead = node;
				break;
			}
			node = newsdoc__walk_next((xmlNode *)node, ancestor, descend);
		}
	}
	newsdoc__sb_free(&scratch);
	return lead;
}

/* One container: a block of its own, or what is below it. */
static int emit_part(emit_state *st, xmlNode *part)
{
	content_stat *stat = content_stat_of(part);
	int error;

	if (!stat)
		return 0;
	if (stat->tag == TAG_P || stat->tag == TAG_HEADING || stat->tag == TAG_LIST ||
		stat->tag == TAG_BLOCKQUOTE || stat->tag == TAG_PRE || stat->tag == TAG_TABLE ||
		stat->tag == TAG_FIGURE) {
		int next = EMIT_PAST;
		error = emit_element(st, part, stat, 0, &next);
		if (!error && next != EMIT_PAST)
			error = emit_below(st, part, 1);
	} else {
		error = emit_below(st, part, 0);
	}
	return error ? error : flush_run(st);
}

int newsdoc__content_emit(content_ctx *ctx)
{
	emit_state st;
	content_stat *stat = content_stat_of(ctx->container);
	const xmlNode *lead;
	size_t i;
	int error = 0;

	memset(&st, 0, sizeof(st));
	st.ctx = ctx;
	st.keep_links = newsdoc__profile_keeps_links(ctx);
	if (!stat)
		return 0;
	if (!ctx->container_para_text)
		ctx->container_para_text = stat->para_text;
	if ((lead = find_lead(ctx)) != NULL && (error = emit_paragraph(&st, lead, content_stat_of(lead))) != 0)
		return error;
	if (!ctx->part_count)
		error = emit_part(&st, ctx->container);
	for (i = 0; i < ctx->part_count && !error; i++)
		error = emit_part(&st, ctx->parts[i]);
	newsdoc__sb_free(&st.run);
	return error;
}
