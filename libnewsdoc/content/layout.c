/*
 * Layout names: a page builder wraps every block of a page, the article's
 * paragraphs included, in an element named for its own parts (Elementor's
 * "elementor-widget", "elementor-widget-container"). The furniture word in
 * that name ("widget") then mutes the whole article, one wrapper at a time,
 * and no wrapper holds enough prose alone for clear_false_furniture to
 * overrule its name. Counted per class token over the page, the name is
 * shared by the wrappers of most of the page's prose: it names the layout,
 * not furniture, and its elements are cleared.
 *
 * One walk, run only when the weakly named furniture together holds half
 * the page's prose (the cheap test on the side array first); a second walk
 * only when a token qualifies. The token table is fixed: on a page with
 * more distinct tokens the rest are not counted.
 */
#include <stdint.h>
#include <string.h>

#include "content.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

/* Distinct class tokens counted per page (a power of two). */
#define LAYOUT_SLOTS 256u
/* The share of the page's prose (in tenths) a layout name's elements hold. */
#define LAYOUT_SHARE_TENTHS 5u
/* Below this much paragraph text a page has no layout to speak of. */
#define LAYOUT_MIN_PROSE 500u

typedef struct layout_slot {
	const char *token;       /* NULL: empty */
	size_t len;
	uint64_t prose;          /* para_text of the outermost elements carrying it */
	const xmlNode *open;     /* the element carrying it being walked, or NULL */
	unsigned int elements;
} layout_slot;

typedef struct layout_table {
	layout_slot slots[LAYOUT_SLOTS];
} layout_table;

static int is_weak_furniture(const content_stat *stat)
{
	return stat && (stat->flags & (NODE_NEGATIVE | NODE_WEAK)) == (NODE_NEGATIVE | NODE_WEAK) &&
		!(stat->flags & NODE_HIDDEN);
}

/* The slot of a token, a new one when `add`; NULL when absent (or the
 * table is full). */
static layout_slot *slot_of(layout_table *table, const char *token, size_t len, int add)
{
	uint32_t at = newsdoc__hash_bytes(token, len) & (LAYOUT_SLOTS - 1);
	size_t probes;

	for (probes = 0; probes < LAYOUT_SLOTS; probes++, at = (at + 1) & (LAYOUT_SLOTS - 1)) {
		layout_slot *slot = &table->slots[at];
		if (!slot->token) {
			if (!add)
				return NULL;
			slot->token = token;
			slot->len = len;
			return slot;
		}
		if (slot->len == len && !memcmp(slot->token, token, len))
			return slot;
	}
	return NULL;
}

/* Entering a weakly named element (`stat` given): its prose counts for
 * each of its tokens, unless an element with the same token around it
 * counted it. Leaving it (`stat` NULL): its tokens are open no more. */
static void pass_element(layout_table *table, const xmlNode *node, const content_stat *stat)
{
	const char *p = newsdoc__attr_text(node, "class"), *token;
	size_t len;

	if (!p)
		return;
	while ((token = newsdoc__attr_next_token(&p, &len)) != NULL) {
		layout_slot *slot = slot_of(table, token, len, stat != NULL);
		if (!slot)
			continue;
		if (!stat) {
			if (slot->open == node)
				slot->open = NULL;
		} else if (!slot->open) {
			slot->open = node;
			slot->prose += stat->para_text;
			slot->elements++;
		}
	}
}

/* A token of letters alone ("widget", "disclaimer") is the furniture word
 * itself, said on purpose; a builder's names are compounds
 * ("elementor-widget-container", "c-product-widget__product"). */
static int is_compound(const char *token, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!((token[i] >= 'a' && token[i] <= 'z') || (token[i] >= 'A' && token[i] <= 'Z')))
			return 1;
	return 0;
}

static int is_layout_token(const layout_slot *slot, unsigned int page_prose)
{
	return slot && slot->elements >= 2 && is_compound(slot->token, slot->len) &&
		slot->prose * 10 >= (uint64_t)page_prose * LAYOUT_SHARE_TENTHS;
}

static int carries_layout_name(layout_table *table, const xmlNode *node, unsigned int page_prose)
{
	const char *p = newsdoc__attr_text(node, "class"), *token;
	size_t len;

	if (!p)
		return 0;
	while ((token = newsdoc__attr_next_token(&p, &len)) != NULL)
		if (is_layout_token(slot_of(table, token, len, 0), page_prose))
			return 1;
	return 0;
}

static int may_enter(const content_stat *stat)
{
	return stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN);
}

/* The token sums, over every element the scorer entered. Returns 1 when a
 * token qualifies. */
static int count_tokens(layout_table *table, xmlNode *start, unsigned int page_prose)
{
	xmlNode *node = start;
	size_t i;

	while (node) {
		const content_stat *stat = content_stat_of(node);
		if (node != start && is_weak_furniture(stat))
			pass_element(table, node, stat);
		if (node->children && may_enter(stat)) {
			node = node->children;
			continue;
		}
		for (;;) {
			if (node != start && is_weak_furniture(content_stat_of(node)))
				pass_element(table, node, NULL);
			if (node == start || node->next)
				break;
			node = node->parent;
		}
		if (node == start)
			break;
		node = node->next;
	}
	for (i = 0; i < LAYOUT_SLOTS; i++)
		if (is_layout_token(&table->slots[i], page_prose))
			return 1;
	return 0;
}

int newsdoc__content_clear_layout_names(content_ctx *ctx)
{
	unsigned int page_prose = content_stat_of(ctx->body)->para_text;
	uint64_t weak_prose = 0;
	layout_table *table;
	xmlNode *node;
	size_t i;

	if (page_prose < LAYOUT_MIN_PROSE)
		return 0;
	/* Nested wrappers count twice here: an upper bound, so a page fails
	 * this only when no token can qualify. */
	for (i = 0; i < ctx->stat_count; i++)
		if (is_weak_furniture(&ctx->stats[i]))
			weak_prose += ctx->stats[i].para_text;
	if (weak_prose * 10 < (uint64_t)page_prose * LAYOUT_SHARE_TENTHS)
		return 0;
	table = newsdoc__calloc(1, sizeof(*table));
	if (!table)
		return newsdoc__error_oom();
	if (count_tokens(table, ctx->body, page_prose)) {
		for (node = ctx->body; node;) {
			content_stat *stat = content_stat_of(node);
			if (is_weak_furniture(stat) && stat->link_text * 2 < stat->text &&
				carries_layout_name(table, node, page_prose))
				stat->flags &= (unsigned short)~(NODE_NEGATIVE | NODE_WEAK);
			node = newsdoc__walk_next(node, ctx->body, node->children && may_enter(stat));
		}
	}
	newsdoc__free(table);
	return 0;
}
