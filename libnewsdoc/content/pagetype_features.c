/*
 * The features the page type is read from (pagetype.h), all cheap: what
 * the page declares in its head (JSON-LD @type, og:type) and in microdata
 * itemtypes, the words of its URL and of its <html>/<body> classes, and
 * the shape of the body as scoring left it (text, links, prose, <pre>,
 * headings, forms, prices, the largest run of same-class siblings, the
 * words of short texts such as buttons).
 *
 * One walk over the body after scoring, metered like every walk; each
 * element's attributes are read once, when its parent looks at its
 * children (that is where runs of siblings are counted). JSON-LD is not
 * parsed: the @type values are picked out of the script text, a bounded
 * scan.
 */
#include <string.h>

#include "pagetype.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

#define JSONLD_SCAN_BUDGET (512u * 1024u)
#define SHORT_TEXT_MAX 48

typedef struct feature_walk {
	const content_ctx *ctx;
	page_features *out;
	size_t jsonld_budget;
	unsigned int schema[SCHEMA_WEBPAGE + 1]; /* JSON-LD @type counts by kind */
	unsigned int microdata[SCHEMA_WEBPAGE + 1];
	unsigned int words[PAGE_TYPE_COUNT];     /* short texts by the type they point at */
	unsigned int pre_text, code, headings, linked_headings, articles, times, controls, prices, tables, images;
	int has_og;
	item_run best;
	/* text of related boxes left out (is_related_box), outermost only */
	unsigned int box_text, box_link_text, box_good_text, box_list_text;
} feature_walk;

/* log2(1 + n), close enough for features (piecewise linear between
 * powers of two); no libm. */
static float log_count(unsigned int n)
{
	unsigned long x = (unsigned long)n + 1, power = 1;
	float bits = 0.0f;

	while (power * 2 <= x) {
		power *= 2;
		bits += 1.0f;
	}
	return bits + (float)(x - power) / (float)power;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Lowercase ASCII copy of at most size - 1 bytes. */
static size_t copy_lower(char *out, size_t size, const char *in)
{
	size_t n = 0;

	for (; *in && n + 1 < size; in++)
		out[n++] = (char)(*in >= 'A' && *in <= 'Z' ? *in + 32 : *in);
	out[n] = '\0';
	return n;
}

/* ---- declarations ---- */

/* Every "@type" value of a JSON-LD script, counted by kind. */
static void scan_jsonld(feature_walk *w, const char *text)
{
	const char *p = text;
	size_t len = strlen(text);

	if (len > w->jsonld_budget)
		return;
	w->jsonld_budget -= len;
	while ((p = strstr(p, "\"@type\"")) != NULL) {
		int in_array = 0;
		p += 7;
		while (is_space(*p))
			p++;
		if (*p++ != ':')
			continue;
		while (is_space(*p))
			p++;
		if (*p == '[') {
			in_array = 1;
			p++;
		}
		for (;;) {
			const char *start, *end;
			while (is_space(*p) || *p == ',')
				p++;
			if (*p != '"')
				break;
			start = ++p;
			end = strchr(start, '"');
			if (!end)
				return;
			w->schema[newsdoc__schema_kind(start, (size_t)(end - start))]++;
			p = end + 1;
			if (!in_array)
				break;
		}
	}
}

static void read_og_type(feature_walk *w, const xmlNode *meta)
{
	const char *property = newsdoc__attr_text(meta, "property");
	const char *content = newsdoc__attr_text(meta, "content");
	char type[32];
	float *v = w->out->value;

	if (!property || !content || strcmp(property, "og:type"))
		return;
	copy_lower(type, sizeof(type), content);
	w->has_og = 1;
	if (strstr(type, "article"))
		v[PF_OG_ARTICLE] = 1.0f;
	else if (strstr(type, "product.group"))
		v[PF_OG_PRODUCT_GROUP] = 1.0f;
	else if (strstr(type, "product") || strstr(type, "item"))
		v[PF_OG_PRODUCT] = 1.0f;
	else if (strstr(type, "website"))
		v[PF_OG_WEBSITE] = 1.0f;
}

static int is_jsonld_script(const xmlNode *node)
{
	const char *type;

	if (strcmp((const char *)node->name, "script"))
		return 0;
	type = newsdoc__attr_text(node, "type");
	return type && strstr(type, "ld+json") != NULL;
}

static void read_script(feature_walk *w, const xmlNode *script)
{
	if (script->children && script->children->content)
		scan_jsonld(w, (const char *)script->children->content);
}

/* The head's og:type and JSON-LD (direct children: where pages put them). */
static void read_head(feature_walk *w, const xmlNode *html)
{
	const xmlNode *head, *node;

	for (head = html ? html->children : NULL; head; head = head->next)
		if (head->type == XML_ELEMENT_NODE && !strcmp((const char *)head->name, "head"))
			break;
	for (node = head ? head->children : NULL; node; node = node->next) {
		if (newsdoc__work_charge(1))
			return;
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)node->name, "meta"))
			read_og_type(w, node);
		else if (is_jsonld_script(node))
			read_script(w, node);
	}
}

/* ---- words ---- */

/* Tokens of `text` (lowercase): each one's type counted into counts[]
 * when a whole token is a word of `list`. */
static void count_token_words(const char *text, int list, unsigned int *counts)
{
	const char *p = text;

	while (*p) {
		const char *end;
		size_t len;
		int type;
		while (*p && !is_alnum(*p))
			p++;
		if (!*p)
			break;
		for (end = p; is_alnum(*end); end++)
			;
		type = newsdoc__page_word_at(list, p, &len);
		if (type < PAGE_TYPE_COUNT && len == (size_t)(end - p))
			counts[type]++;
		p = end;
	}
}

/* Class words of `names`, one count per type found. */
static void count_class_words(const char *names, unsigned int *counts)
{
	unsigned int types = newsdoc__page_name_types(PAGE_WORDS_CLASS, names);
	int type;

	for (type = 0; type < PAGE_TYPE_COUNT; type++)
		counts[type] += (types >> type) & 1u;
}

/* A short text (a button, a link, a label): the type its opening words
 * point at, counted. */
static void count_short_text(feature_walk *w, const char *text, size_t len)
{
	char low[SHORT_TEXT_MAX + 1];
	size_t n = 0, word_len;
	int type;

	while (len && is_space(*text)) {
		text++;
		len--;
	}
	while (len && is_space(text[len - 1]))
		len--;
	if (len < 2 || len > SHORT_TEXT_MAX || !newsdoc__page_word_may_start(PAGE_WORDS_TEXT, text))
		return;
	for (; n < len; n++)
		low[n] = (char)(text[n] >= 'A' && text[n] <= 'Z' ? text[n] + 32 : text[n]);
	low[n] = '\0';
	type = newsdoc__page_word_at(PAGE_WORDS_TEXT, low, &word_len);
	if (type < PAGE_TYPE_COUNT && w->words[type] < 1000)
		w->words[type]++;
}

/* "$12", "12,99 €", "£5", "EUR 10": a currency sign next to a digit. */
static int looks_like_price(const char *s, size_t len)
{
	size_t i;

	/* Most texts hold no currency sign at all: libc finds that fastest. */
	if (!strpbrk(s, "$\xC2\xE2"))
		return 0;
	for (i = 0; i < len; i++) {
		const unsigned char c = (unsigned char)s[i];
		size_t sign = 0;
		if (c == '$')
			sign = 1;
		else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x82 && (unsigned char)s[i + 2] == 0xAC)
			sign = 3; /* € */
		else if (c == 0xC2 && i + 1 < len && ((unsigned char)s[i + 1] == 0xA3 || (unsigned char)s[i + 1] == 0xA5))
			sign = 2; /* £ ¥ */
		if (!sign)
			continue;
		if ((i + sign < len && (is_digit(s[i + sign]) || (s[i + sign] == ' ' && i + sign + 1 < len &&
			is_digit(s[i + sign + 1])))) || (i && (is_digit(s[i - 1]) || (s[i - 1] == ' ' && i >= 2 &&
			is_digit(s[i - 2])))))
			return 1;
	}
	return 0;
}

static void read_text_node(feature_walk *w, const xmlNode *node)
{
	const char *s = (const char *)node->content;
	size_t len;

	if (!s)
		return;
	/* Only short texts: a label, a price, a button's words. */
	len = strnlen(s, SHORT_TEXT_MAX + 16);
	if (len > SHORT_TEXT_MAX + 8)
		return;
	if (looks_like_price(s, len) && w->prices < 1000)
		w->prices++;
	count_short_text(w, s, len);
}

/* 1 for an element whose inside the lean copy of the page leaves out
 * (html/html_lean.c): a drawing's <title>, a script's code. Reading it
 * would type the page differently lean and whole. */
static int lean_drops_inside(const xmlNode *node)
{
	const char *name = (const char *)node->name;

	return !strcmp(name, "svg") || !strcmp(name, "script") || !strcmp(name, "style");
}

/* The text of a button (not walked: scoring skips buttons), bounded. */
static void read_button(feature_walk *w, const xmlNode *button)
{
	char text[SHORT_TEXT_MAX + 1];
	size_t n = 0, steps = 0;
	const xmlNode *node = button->children;

	while (node && node != button && steps++ < 16) {
		int descend = node->type == XML_ELEMENT_NODE && !lean_drops_inside(node);
		if (node->type == XML_TEXT_NODE && node->content) {
			const char *s = (const char *)node->content;
			for (; *s && n < SHORT_TEXT_MAX; s++)
				text[n++] = *s;
		}
		node = newsdoc__walk_step((xmlNode *)node, button, descend);
	}
	count_short_text(w, text, n);
}

/* ---- siblings ---- */

static void count_itemtype(feature_walk *w, const char *itemtype)
{
	const char *p = itemtype;

	/* Space-separated IRIs. */
	while (*p) {
		const char *end;
		while (*p == ' ')
			p++;
		for (end = p; *end && *end != ' '; end++)
			;
		if (end > p)
			w->microdata[newsdoc__schema_kind(p, (size_t)(end - p))]++;
		p = end;
	}
}

/* A visited element's children: their itemtypes, JSON-LD scripts and
 * buttons among them, and the run of repeated items they form. */
static void read_children(feature_walk *w, const xmlNode *parent)
{
	const xmlNode *child;
	unsigned int elements = 0;
	item_run run;

	for (child = parent->children; child; child = child->next) {
		const content_stat *stat;
		const char *itemtype;
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if (newsdoc__work_charge(1))
			return;
		elements++;
		if ((itemtype = newsdoc__attr_text(child, "itemtype")) != NULL)
			count_itemtype(w, itemtype);
		stat = content_stat_of(child);
		if (stat && stat->tag != TAG_SKIP)
			continue;
		if (!strcmp((const char *)child->name, "button")) {
			read_button(w, child);
			w->controls++;
		} else if (is_jsonld_script(child)) {
			read_script(w, child);
		} else if (!strcmp((const char *)child->name, "input") || !strcmp((const char *)child->name, "select") ||
			!strcmp((const char *)child->name, "textarea")) {
			w->controls++;
		}
	}
	if (elements >= 3 && newsdoc__item_run_find(parent, 3, &run) && run.text > w->best.text)
		w->best = run;
}

/* ---- the body ---- */

static void read_element(feature_walk *w, const xmlNode *node, const content_stat *stat)
{
	const char *name = (const char *)node->name;

	switch (stat->tag) {
	case TAG_PRE:
		w->pre_text += stat->text;
		break;
	case TAG_HEADING:
		w->headings++;
		if (stat->link_text * 2 > stat->text)
			w->linked_headings++;
		break;
	case TAG_TABLE:
		w->tables += stat->text > 0;
		break;
	case TAG_IMG:
		w->images++;
		break;
	case TAG_INLINE:
		if (!strcmp(name, "code"))
			w->code++;
		else if (!strcmp(name, "time"))
			w->times++;
		break;
	case TAG_DIV:
		if (!strcmp(name, "article"))
			w->articles++;
		break;
	default:
		break;
	}
}

/*
 * A box named as related stories ("related-posts") holding most of the
 * page's text but not its prose: the page's shape without it. Its links
 * are other pages', and a box of 50,000 made an article page a listing
 * whose body was the links. (A box of a few teasers stays in: the model
 * was fitted with them. A box holding half the page's paragraph text or
 * more is the page, under a lying name: its paragraphs, furniture by
 * that name, cast no vote, so their text is told by para_text.)
 */
static int is_related_box(const content_stat *stat, const content_stat *body)
{
	return (stat->flags & NODE_RELATED_NAME) && stat != body && 2u * stat->text > body->text &&
		2u * stat->para_text < body->para_text + 1u;
}

static void walk_body(feature_walk *w)
{
	xmlNode *top = w->ctx->body, *node = top;
	const content_stat *body = content_stat_of(top);

	while (node) {
		int descend = 0;
		if (node->type == XML_ELEMENT_NODE) {
			const content_stat *stat = content_stat_of(node);
			if (stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN) && is_related_box(stat, body)) {
				w->box_text += stat->text;
				w->box_link_text += stat->link_text;
				w->box_good_text += stat->good_text;
				w->box_list_text += stat->list_text;
			} else if (stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN)) {
				read_element(w, node, stat);
				/* A <pre> holds code, not page structure. */
				descend = stat->tag != TAG_PRE;
				if (descend)
					read_children(w, node);
			}
		} else if (node->type == XML_TEXT_NODE && content_stat_of(node->parent)) {
			read_text_node(w, node);
		}
		node = newsdoc__walk_next(node, top, descend);
	}
}

/* ---- the URL ---- */

static void read_url(feature_walk *w, const char *url)
{
	char low[512], *cut;
	const char *path, *p;
	unsigned int counts[PAGE_TYPE_COUNT] = { 0 }, depth = 0;
	float *v = w->out->value;
	int type;

	if (!url)
		return;
	copy_lower(low, sizeof(low), url);
	/* Host and path; the scheme and fragment say nothing. */
	if ((cut = strchr(low, '#')) != NULL)
		*cut = '\0';
	p = strstr(low, "://");
	p = p ? p + 3 : low;
	path = strchr(p, '/');
	count_token_words(p, PAGE_WORDS_URL, counts);
	for (type = 0; type < PAGE_TYPE_COUNT; type++)
		if (counts[type])
			v[PF_URL_ARTICLE + type] = 1.0f;
	if (!path) {
		v[PF_URL_SHALLOW] = 1.0f;
		return;
	}
	for (p = path; *p && *p != '?'; p++) {
		if (*p == '/' && p[1] && p[1] != '?')
			depth++;
		/* /2024/05/ or 2024-05-12: a dated page */
		if (*p == '/' && (p[1] == '1' || p[1] == '2') && is_digit(p[2]) && is_digit(p[3]) && is_digit(p[4]) &&
			(p[5] == '/' || p[5] == '-') && is_digit(p[6]) && is_digit(p[7]))
			v[PF_URL_DATE] = 1.0f;
		/* a slug of five words or more */
		if (*p == '/') {
			const char *q = p + 1;
			unsigned int hyphens = 0, digits = 0;
			for (; *q && *q != '/' && *q != '?'; q++) {
				hyphens += *q == '-' || *q == '_';
				digits = is_digit(*q) ? digits + 1 : 0;
				if (digits >= 5)
					v[PF_URL_NUMBER] = 1.0f;
			}
			if (hyphens >= 4)
				v[PF_URL_SLUG] = 1.0f;
		}
	}
	if (depth <= 1)
		v[PF_URL_SHALLOW] = 1.0f;
}

/* ---- putting it together ---- */

static unsigned char declared_types(const unsigned int *kinds)
{
	unsigned char types = 0;

	if (kinds[SCHEMA_ARTICLE])
		types |= 1u << PAGE_TYPE_ARTICLE;
	if (kinds[SCHEMA_FORUM])
		types |= 1u << PAGE_TYPE_FORUM;
	if (kinds[SCHEMA_PRODUCT] == 1)
		types |= 1u << PAGE_TYPE_PRODUCT;
	if (kinds[SCHEMA_PRODUCT] > 1 || kinds[SCHEMA_COLLECTION])
		types |= 1u << PAGE_TYPE_COLLECTION;
	if (kinds[SCHEMA_EVENT] > 1 || kinds[SCHEMA_COLLECTION])
		types |= 1u << PAGE_TYPE_LISTING;
	if (kinds[SCHEMA_TECH])
		types |= 1u << PAGE_TYPE_DOCUMENTATION;
	if (kinds[SCHEMA_SERVICE] || kinds[SCHEMA_FAQ])
		types |= 1u << PAGE_TYPE_SERVICE;
	return types;
}

static void read_classes(feature_walk *w, const xmlNode *html)
{
	unsigned int counts[PAGE_TYPE_COUNT] = { 0 };
	const char *names;
	int type;

	if (html && (names = newsdoc__attr_text(html, "class")) != NULL)
		count_class_words(names, counts);
	if ((names = newsdoc__attr_text(w->ctx->body, "class")) != NULL)
		count_class_words(names, counts);
	for (type = 0; type < PAGE_TYPE_COUNT; type++)
		if (counts[type])
			w->out->value[PF_CLASS_ARTICLE + type] = 1.0f;
}

void newsdoc__page_features(const content_ctx *ctx, page_features *features)
{
	const content_stat *body = content_stat_of(ctx->body);
	const xmlNode *html = ctx->body->parent;
	const char *names;
	float *v = features->value;
	float text;
	feature_walk w;
	int type;

	memset(features, 0, sizeof(*features));
	memset(&w, 0, sizeof(w));
	w.ctx = ctx;
	w.out = features;
	w.jsonld_budget = JSONLD_SCAN_BUDGET;
	v[PF_BIAS] = 1.0f;
	if (html && html->type != XML_ELEMENT_NODE)
		html = NULL;
	read_head(&w, html);
	read_classes(&w, html);
	read_url(&w, ctx->url);
	if (body)
		walk_body(&w);

	v[PF_LD_ARTICLE] = w.schema[SCHEMA_ARTICLE] > 0;
	v[PF_LD_FORUM] = w.schema[SCHEMA_FORUM] > 0;
	v[PF_LD_PRODUCT_ONE] = w.schema[SCHEMA_PRODUCT] == 1;
	v[PF_LD_PRODUCT_MANY] = w.schema[SCHEMA_PRODUCT] > 1;
	v[PF_LD_OFFER] = w.schema[SCHEMA_OFFER] > 0;
	v[PF_LD_COLLECTION] = w.schema[SCHEMA_COLLECTION] > 0;
	v[PF_LD_TECH] = w.schema[SCHEMA_TECH] > 0;
	v[PF_LD_SERVICE] = w.schema[SCHEMA_SERVICE] > 0;
	v[PF_LD_FAQ] = w.schema[SCHEMA_FAQ] > 0;
	v[PF_LD_EVENT] = w.schema[SCHEMA_EVENT] > 0;
	v[PF_LD_WEBPAGE_ONLY] = w.schema[SCHEMA_WEBPAGE] > 0 && !w.schema[SCHEMA_ARTICLE];
	v[PF_MD_ARTICLE] = w.microdata[SCHEMA_ARTICLE] > 0;
	v[PF_MD_FORUM] = w.microdata[SCHEMA_FORUM] > 0;
	v[PF_MD_PRODUCT] = w.microdata[SCHEMA_PRODUCT] > 0;
	v[PF_MD_OFFER] = w.microdata[SCHEMA_OFFER] > 0;
	features->declared.jsonld = declared_types(w.schema);
	features->declared.microdata = declared_types(w.microdata);
	features->declared.opengraph = (unsigned char)(v[PF_OG_ARTICLE] > 0 ? 1u << PAGE_TYPE_ARTICLE :
		v[PF_OG_PRODUCT] > 0 ? 1u << PAGE_TYPE_PRODUCT : v[PF_OG_PRODUCT_GROUP] > 0 ? 1u << PAGE_TYPE_COLLECTION : 0);

	text = body ? (float)(body->text - w.box_text) : 0.0f;
	v[PF_LOG_TEXT] = log_count(body ? body->text - w.box_text : 0) / 10.0f;
	if (text > 0.0f) {
		v[PF_LINK_DENSITY] = (float)(body->link_text - w.box_link_text) / text;
		v[PF_PROSE_SHARE] = (float)(body->good_text - w.box_good_text) / text;
		v[PF_PRE_SHARE] = (float)w.pre_text / text;
		v[PF_LIST_SHARE] = (float)(body->list_text - w.box_list_text) / text;
	}
	v[PF_CODE_COUNT] = log_count(w.code);
	v[PF_HEADING_DENSITY] = (float)w.headings / (1.0f + text / 1000.0f);
	v[PF_ARTICLE_ONE] = w.articles == 1;
	v[PF_ARTICLE_MANY] = w.articles > 1 ? log_count(w.articles) : 0.0f;
	v[PF_TIME_COUNT] = log_count(w.times);
	v[PF_FORM_CONTROLS] = log_count(w.controls);
	v[PF_PRICE_COUNT] = log_count(w.prices);
	v[PF_TABLE_COUNT] = log_count(w.tables);
	v[PF_IMG_COUNT] = log_count(w.images);
	features->items = w.best;
	if (w.best.items) {
		unsigned int counts[PAGE_TYPE_COUNT] = { 0 };
		v[PF_GROUP_ITEMS] = log_count(w.best.items);
		v[PF_GROUP_SHARE] = text > 0.0f ? (float)w.best.text / text : 0.0f;
		v[PF_GROUP_MEAN_TEXT] = log_count(w.best.text / w.best.items) / 10.0f;
		if (w.best.text) {
			v[PF_GROUP_LINKS] = (float)w.best.link_text / (float)w.best.text;
			v[PF_GROUP_PROSE] = (float)w.best.good_text / (float)w.best.text;
		}
		if ((names = newsdoc__attr_text(w.best.first, "class")) != NULL)
			count_class_words(names, counts);
		v[PF_GROUP_FORUM_NAME] = counts[PAGE_TYPE_FORUM] > 0;
		v[PF_GROUP_PRODUCT_NAME] = counts[PAGE_TYPE_PRODUCT] > 0 || counts[PAGE_TYPE_COLLECTION] > 0;
		v[PF_GROUP_CARD_NAME] = counts[PAGE_TYPE_LISTING] > 0;
	}
	/* A publication date a source states; one copied from the page's last
	 * update (provenance "modified") says nothing of an article. */
	const char *date_from = newsdoc_document_provenance(ctx->doc, NEWSDOC_FIELD_PUBLISHED);
	v[PF_META_DATE] = newsdoc_document_published(ctx->doc) != NULL &&
		!(date_from && !strcmp(date_from, "modified"));
	v[PF_META_AUTHOR] = newsdoc_document_author_count(ctx->doc) > 0;
	v[PF_LINKED_HEADINGS] = log_count(w.linked_headings);
	v[PF_LINKED_HEADING_SHARE] = w.headings ? (float)w.linked_headings / (float)w.headings : 0.0f;
	for (type = 0; type < PAGE_TYPE_COUNT; type++) {
		/* words: article, forum, cart (product), listing, docs, service */
		static const int slot[PAGE_TYPE_COUNT] = {
			PF_WORD_ARTICLE, PF_WORD_FORUM, PF_WORD_CART, -1, PF_WORD_LISTING, PF_WORD_DOCS, PF_WORD_SERVICE
		};
		if (slot[type] >= 0)
			v[slot[type]] = log_count(w.words[type]);
	}
}
