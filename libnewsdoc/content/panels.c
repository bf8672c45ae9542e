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
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

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

static int names_any(const char *const *table, const char *name)
{
	char lower[160];
	size_t n, i;

	if (!name)
		return 0;
	for (n = 0; name[n] && n + 1 < sizeof(lower); n++)
		lower[n] = (char)((name[n] >= 'A' && name[n] <= 'Z') ? name[n] + 32 : name[n]);
	lower[n] = '\0';
	for (i = 0; table[i]; i++)
		if (strstr(lower, table[i]))
			return 1;
	return 0;
}

static int names_other(const xmlNode *node)
{
	return names_any(other_names, newsdoc__attr_text(node, "class")) ||
		names_any(other_names, newsdoc__attr_text(node, "id"));
}

static int names_content(const xmlNode *node)
{
	return names_any(content_names, newsdoc__attr_text(node, "class")) ||
		names_any(content_names, newsdoc__attr_text(node, "id"));
}

static int is_panel(const xmlNode *node, const content_stat *stat)
{
	const char *role = newsdoc__attr_text(node, "role");

	/* A hidden <span> is the long form of a line shown shortened. */
	if (stat->tag == TAG_INLINE || stat->tag == TAG_A || names_other(node))
		return 0;
	return (role && !strcasecmp(role, "tabpanel")) || names_any(panel_names, newsdoc__attr_text(node, "class")) ||
		names_any(panel_names, newsdoc__attr_text(node, "id")) || names_content(node);
}

/* Furniture by its name only (not by tag: a <nav> or <footer> stays). */
static int is_named_content_box(const xmlNode *node, const content_stat *stat)
{
	return (stat->flags & NODE_NEGATIVE) && stat->tag != TAG_BOILER && names_content(node) && !names_other(node);
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
