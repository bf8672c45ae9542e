/*
 * Product pages fold their description and specifications into panels
 * that a click opens: tab panels, accordions, expanders, a "product
 * details" dialog. The markup hides them (a hiding class, display:none,
 * the hidden attribute) or names them as furniture ("details-modal")
 * until then, so the scorer does not enter them or counts them out, yet
 * they are the body a reader opens. Such a panel is
 *   - a hidden block whose role is "tabpanel" or whose class or id names
 *     a panel or what product panels hold, or
 *   - a box counted out by its name only, whose name also says what
 *     product panels hold (words in tables, several languages),
 * and not one whose name says it holds something else (shipping, the
 * cart, feedback). The profile notes them in ctx->shown, score.c scores
 * them as visible and not furniture, and the page is scored again.
 * Service pages fold the answers of their questions into the same
 * accordions; profile.c asks on every page, whatever its type, so that
 * product pages the classifier typed otherwise keep their panels.
 */
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"
#include "../html/word_index.h"

/* Fragments of a class or id that name a panel or its content, lowercase;
 * matched anywhere in the name ("product-description__body",
 * "react-collapsed-panel", "a-expander-content"). */
static const char *const panel_names[] = {
	"tabpanel", "tab-pane", "tab-panel", "tabs-panel", "tabs__panel", "tab_panel", "tab-content",
	"tabcontent", "accordion", "collaps", "expander", "expandable", NULL
};

/* What such a panel holds, by language: a box so named is the product's
 * own text even when its name also says "modal" or "popup". */
static const char *const content_names[] = {
	"description", "details", "specification", "specs", "features",
	"beschreibung", "produktdetails", "technische-daten", "merkmale",
	"descriptif", "caracteristique", "fiche-technique",
	"descripcion", "caracteristicas", "especificaciones",
	"descrizione", "dettagli", "caratteristiche",
	"opis", "specyfikacja", "omschrijving", "kenmerken", NULL
};

/* Names of what is not the product's own text although a word above may
 * stand beside them ("feedback-details__comment", "shipping-details"). */
static const char *const other_names[] = {
	"comment", "feedback", "review", "rating", "seller", "shipping", "delivery", "cart", "checkout",
	"cookie", "newsletter", NULL
};

/* Which of the tables above a class or id names, as bits; looked up in one
 * index (this runs for every hidden or named-out element of a page). */
enum { NAMES_PANEL = 1, NAMES_CONTENT = 2, NAMES_OTHER = 4 };

static newsdoc__word_index index_of_names;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static size_t table_length(const char *const *table)
{
	size_t n = 0;

	while (table[n])
		n++;
	return n;
}

static void build_index(void)
{
	newsdoc__word_index_add(&index_of_names, panel_names, table_length(panel_names), NAMES_PANEL);
	newsdoc__word_index_add(&index_of_names, content_names, table_length(content_names), NAMES_CONTENT);
	newsdoc__word_index_add(&index_of_names, other_names, table_length(other_names), NAMES_OTHER);
	newsdoc__word_index_finish(&index_of_names);
}

static char ascii_lower(char c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* 1 when the lowercase `word` of `len` bytes is at `p`, in any ASCII case;
 * never reads past a NUL of p. */
static int word_at(const char *word, size_t len, const char *p)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!p[i] || ascii_lower(p[i]) != word[i])
			return 0;
	return 1;
}

/* The tables a name holds a word of, anywhere in it, in any ASCII case.
 * The name is read whole where it lies (a class attribute may be hundreds
 * of bytes of utility classes before the one that tells): each position's
 * two bytes, folded, pick the few words to compare. */
static unsigned int names_in(const char *name)
{
	unsigned int kinds = 0;
	size_t n, k, end;
	char pair[3];

	if (!name)
		return 0;
	pair[2] = '\0';
	for (n = 0; name[n] && name[n + 1]; n++) {
		pair[0] = ascii_lower(name[n]);
		pair[1] = ascii_lower(name[n + 1]);
		for (k = newsdoc__word_index_first(&index_of_names, pair, &end); k < end; k++)
			if (word_at(index_of_names.word[k], index_of_names.len[k], name + n))
				kinds |= index_of_names.tag[k];
	}
	return kinds;
}

static unsigned int node_names(const xmlNode *node)
{
	pthread_once(&index_once, build_index);
	return names_in(newsdoc__attr_text(node, "class")) | names_in(newsdoc__attr_text(node, "id"));
}

static int is_panel(const xmlNode *node, const content_stat *stat)
{
	const char *role = newsdoc__attr_text(node, "role");
	unsigned int names;

	/* A hidden <span> is the long form of a line shown shortened. */
	if (stat->tag == TAG_INLINE || stat->tag == TAG_A || ((names = node_names(node)) & NAMES_OTHER))
		return 0;
	return (role && !strcasecmp(role, "tabpanel")) || (names & (NAMES_PANEL | NAMES_CONTENT));
}

/* Furniture by its name only (not by tag: a <nav> or <footer> stays). */
static int is_named_content_box(const xmlNode *node, const content_stat *stat)
{
	return (stat->flags & NODE_NEGATIVE) && stat->tag != TAG_BOILER &&
		(node_names(node) & (NAMES_CONTENT | NAMES_OTHER)) == NAMES_CONTENT;
}

int newsdoc__panels_find(content_ctx *ctx)
{
	xmlNode *node = ctx->body;
	size_t before = ctx->shown_count;

	while (node && ctx->shown_count < CONTENT_MAX_SHOWN) {
		const content_stat *stat = content_stat_of(node);
		int descend = stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN);
		/* the cheap tests first: most nodes are neither hidden nor named
		 * out, and the list of shown nodes is walked only for those that are */
		if (stat && stat->tag != TAG_SKIP && node != ctx->body && node->children &&
			((((stat->flags & NODE_HIDDEN) || newsdoc__attr_find(node, "hidden")) && is_panel(node, stat)) ||
			is_named_content_box(node, stat)) && !newsdoc__content_is_shown(ctx, node)) {
			ctx->shown[ctx->shown_count++] = node;
			/* A hidden panel's inside is scored once it shows; a named
			 * box's parts may carry its name ("details-modal__text"). */
			if (stat->flags & NODE_HIDDEN)
				descend = 0;
		}
		node = newsdoc__walk_next(node, ctx->body, descend);
	}
	return ctx->shown_count > before;
}

int newsdoc__content_is_shown(const content_ctx *ctx, const xmlNode *node)
{
	size_t i;

	for (i = 0; i < ctx->shown_count; i++)
		if (ctx->shown[i] == node)
			return 1;
	return 0;
}
