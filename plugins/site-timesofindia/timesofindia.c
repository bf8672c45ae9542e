/*
 * site-timesofindia: The Times of India (timesofindia.indiatimes.com).
 *
 * Why this one is C and not rules: the article text is not written in
 * paragraphs. It is one run of bare text nodes inside a container whose
 * class names are generated (they change from one build of the site to the
 * next), cut into paragraphs by markers that carry no text of their own
 * (<br> in older pages, an empty <span class="id-r-component br"> in newer
 * ones), with the section headings written as a run of bold spans
 * (<span class="strong">, <b>, <strong>) standing alone between two
 * markers, or as an <h2> inside a "cdatainfo" box. Ads, embeds, polls and
 * images sit between the text nodes as block elements. A declarative body
 * rule hands the container to the generic emitter, which glues text across
 * an empty span ("SurvivesOne of ...") and cannot tell a bold-only run from
 * a paragraph: telling them apart needs code. The body is also built from
 * two places: the synopsis box above the article (its summary) and the
 * article container.
 *
 * So this parser writes the body; the title, authors and dates are left to
 * the generic extractor (JSON-LD and meta tags, which are right on this
 * site).
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <newsdoc/sys/plugin.h>

#include "text_buf.h"

static const newsdoc_host_api *host;

static void tb_text_of(text_buf *tb, const xmlNode *node)
{
	xmlChar *content = xmlNodeGetContent(node);
	if (content) {
		tb_put(tb, (const char *)content, strlen((const char *)content));
		xmlFree(content);
	}
}

static int has_class(const xmlNode *node, const char *name)
{
	xmlChar *cls = xmlGetProp(node, (const xmlChar *)"class");
	size_t n = strlen(name);
	const char *p;
	int found = 0;

	if (!cls)
		return 0;
	for (p = (const char *)cls; *p && !found;) {
		size_t len;
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		len = strcspn(p, " \t\n");
		found = len == n && !memcmp(p, name, n);
		p += len;
	}
	xmlFree(cls);
	return found;
}

static int named(const xmlNode *node, const char *name)
{
	return node->type == XML_ELEMENT_NODE && !xmlStrcasecmp(node->name, (const xmlChar *)name);
}

static int is_inline(const xmlNode *node)
{
	static const char *const names[] = {
		"a", "span", "b", "strong", "i", "em", "u", "s", "sup", "sub", "small", "mark",
		"abbr", "cite", "q", "time", "font", "code", "bdi", "bdo", NULL
	};
	size_t i;
	for (i = 0; names[i]; i++)
		if (named(node, names[i]))
			return 1;
	return 0;
}

/* A paragraph break marker: <br>, or the empty placeholder span. */
static int is_break(const xmlNode *node)
{
	return named(node, "br") || (named(node, "span") && has_class(node, "br"));
}

/* Bold text as the site writes it: <b>, <strong>, <span class="strong">. */
static int is_bold(const xmlNode *node)
{
	return named(node, "b") || named(node, "strong") || (named(node, "span") && has_class(node, "strong"));
}

static int only_space(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			return 0;
	return 1;
}

typedef struct walker {
	newsdoc_document *doc;
	text_buf para;
	int plain; /* the pending paragraph has text outside bold elements */
	int bold;  /* ... and text inside them */
	int error;
	size_t blocks;
} walker;

static void add_block(walker *w, int type, const char *text, size_t len)
{
	newsdoc_block *block;
	if (w->error || !len)
		return;
	w->error = host->document_add_block(&block, w->doc, type, text, len);
	if (!w->error)
		w->blocks++;
}

/* Emit the pending run as a heading (all of it bold) or a paragraph. */
static void flush(walker *w)
{
	tb_fold(&w->para);
	if (w->para.failed && !w->error)
		w->error = host->error_set(NEWSDOC_ENOMEM, "site-timesofindia: out of memory");
	if (w->para.len)
		add_block(w, w->bold && !w->plain ? NEWSDOC_BLOCK_HEADING : NEWSDOC_BLOCK_PARAGRAPH,
			w->para.ptr, w->para.len);
	w->para.len = 0;
	w->plain = w->bold = 0;
}

/* The text of an inline element into the pending run. */
static void add_inline(walker *w, const xmlNode *node, int bold)
{
	const xmlNode *child;

	bold = bold || is_bold(node);
	for (child = node->children; child; child = child->next) {
		if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)child->content;
			size_t n = s ? strlen(s) : 0;
			tb_put(&w->para, s, n);
			if (!only_space(s, n)) {
				if (bold)
					w->bold = 1;
				else
					w->plain = 1;
			}
		} else if (child->type == XML_ELEMENT_NODE) {
			if (is_break(child))
				tb_put(&w->para, " ", 1);
			else
				add_inline(w, child, bold);
		}
	}
}

/* First descendant element named `name` (depth first). */
static const xmlNode *find_desc(const xmlNode *node, const char *name)
{
	const xmlNode *child, *found;
	for (child = node->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if (named(child, name))
			return child;
		if ((found = find_desc(child, name)) != NULL)
			return found;
	}
	return NULL;
}

static void emit_node_text(walker *w, int type, const xmlNode *node)
{
	text_buf tb = {0};
	tb_text_of(&tb, node);
	tb_fold(&tb);
	if (tb.failed && !w->error)
		w->error = host->error_set(NEWSDOC_ENOMEM, "site-timesofindia: out of memory");
	add_block(w, type, tb.ptr, tb.len);
	free(tb.ptr);
}

static void emit_list(walker *w, const xmlNode *list)
{
	const xmlNode *li;
	newsdoc_block *block;

	if (w->error || (w->error = host->document_add_block(&block, w->doc, NEWSDOC_BLOCK_LIST, NULL, 0)) != 0)
		return;
	w->blocks++;
	if (named(list, "ol"))
		w->error = host->block_set_ordered(block, 1);
	for (li = list->children; li && !w->error; li = li->next) {
		text_buf tb = {0};
		if (!named(li, "li"))
			continue;
		tb_text_of(&tb, li);
		tb_fold(&tb);
		if (tb.failed)
			w->error = host->error_set(NEWSDOC_ENOMEM, "site-timesofindia: out of memory");
		else if (tb.len)
			w->error = host->block_add_item(block, tb.ptr, tb.len);
		free(tb.ptr);
	}
}

/*
 * A block element between the text runs. The editorial ones are the
 * "cdatainfo" boxes holding a heading or a list; a cdatainfo box with
 * neither is a promotion ("Get real-time updates on ...", "You can also
 * check: ..."), and every other block is an ad slot, an embed, a poll or
 * a picture.
 */
static void add_block_element(walker *w, const xmlNode *node)
{
	const xmlNode *found;
	static const char *const headings[] = { "h2", "h3", "h4", NULL };
	size_t i;

	if (named(node, "p")) {
		add_inline(w, node, 0);
		flush(w);
		return;
	}
	for (i = 0; headings[i]; i++)
		if (named(node, headings[i])) {
			emit_node_text(w, NEWSDOC_BLOCK_HEADING, node);
			return;
		}
	if (!has_class(node, "cdatainfo"))
		return;
	for (i = 0; headings[i]; i++)
		if ((found = find_desc(node, headings[i])) != NULL) {
			emit_node_text(w, NEWSDOC_BLOCK_HEADING, found);
			return;
		}
	if ((found = find_desc(node, "ul")) != NULL || (found = find_desc(node, "ol")) != NULL)
		emit_list(w, found);
}

static void walk(walker *w, const xmlNode *container)
{
	const xmlNode *child;

	for (child = container->children; child && !w->error; child = child->next) {
		if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)child->content;
			size_t n = s ? strlen(s) : 0;
			tb_put(&w->para, s, n);
			if (!only_space(s, n))
				w->plain = 1;
		} else if (child->type != XML_ELEMENT_NODE) {
			continue; /* comments: React's <!-- --> separators */
		} else if (is_break(child)) {
			flush(w);
		} else if (is_inline(child)) {
			add_inline(w, child, 0);
		} else {
			flush(w);
			add_block_element(w, child);
		}
	}
	if (!w->error)
		flush(w);
}

/* How much bare text an element holds directly (not inside block children). */
static size_t direct_text(const xmlNode *node)
{
	const xmlNode *child;
	size_t total = 0;

	for (child = node->children; child; child = child->next) {
		if (child->type == XML_TEXT_NODE && child->content) {
			const char *s = (const char *)child->content;
			size_t n = strlen(s);
			if (!only_space(s, n))
				total += n;
		} else if (child->type == XML_ELEMENT_NODE && is_inline(child) && !is_break(child)) {
			xmlChar *content = xmlNodeGetContent(child);
			if (content) {
				total += strlen((const char *)content);
				xmlFree(content);
			}
		}
	}
	return total;
}

/* The element under `top` that holds the most running text. */
static const xmlNode *text_container(const xmlNode *top, size_t depth, size_t *best_len)
{
	const xmlNode *child, *best = NULL, *found;
	size_t len;

	if (depth > 64)
		return NULL;
	if ((len = direct_text(top)) > *best_len) {
		*best_len = len;
		best = top;
	}
	for (child = top->children; child; child = child->next) {
		if (child->type != XML_ELEMENT_NODE || is_inline(child))
			continue;
		if ((found = text_container(child, depth + 1, best_len)) != NULL)
			best = found;
	}
	return best;
}

static xmlNode *first_match(xmlXPathContext *xpath, const char *expr)
{
	xmlXPathObject *result = xmlXPathEvalExpression((const xmlChar *)expr, xpath);
	xmlNode *node = NULL;

	if (result && result->type == XPATH_NODESET && result->nodesetval && result->nodesetval->nodeNr > 0)
		node = result->nodesetval->nodeTab[0];
	xmlXPathFreeObject(result);
	return node;
}

static int toi_init(void **state, const newsdoc_host_api *api)
{
	if (api->struct_size < sizeof(newsdoc_host_api))
		return api->error_set(NEWSDOC_EVERSION, "site-timesofindia needs a newer libnewsdoc");
	host = api;
	*state = NULL;
	return 0;
}

static int toi_parse(void *state, const char *parser_id, newsdoc_document *doc,
	const newsdoc_plugin_page *page)
{
	xmlDoc *html;
	xmlXPathContext *xpath;
	xmlNode *article, *synopsis;
	const xmlNode *container;
	walker w;
	size_t best = 0;

	(void)state;
	(void)parser_id;
	if (page->struct_size < sizeof(newsdoc_plugin_page) || !page->html)
		return 0; /* text input: the generic extractor does it all */
	html = (xmlDoc *)page->html;
	if (!(xpath = xmlXPathNewContext(html)))
		return host->error_set(NEWSDOC_ENOMEM, "site-timesofindia: out of memory");
	article = first_match(xpath, "//div[@data-articlebody='1']");
	synopsis = first_match(xpath, "//div[contains(concat(' ', normalize-space(@class), ' '), ' id-r-synopsis ')]");
	xmlXPathFreeContext(xpath);
	if (!article || !(container = text_container(article, 0, &best)))
		return 0; /* not an article page we know: leave it to the generic one */

	memset(&w, 0, sizeof(w));
	w.doc = doc;
	if (synopsis)
		emit_node_text(&w, NEWSDOC_BLOCK_PARAGRAPH, synopsis);
	walk(&w, container);
	free(w.para.ptr);
	if (w.error)
		return w.error;
	if (w.blocks)
		return host->document_set_provenance(doc, NEWSDOC_FIELD_BODY, "plugin");
	return 0;
}

NEWSDOC_PLUGIN_DEFINE("site-timesofindia", toi_init, NULL, toi_parse, NULL)
