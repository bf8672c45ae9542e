/*
 * site-hankookilbo: Hankook Ilbo (hankookilbo.com).
 *
 * Why this one is C and not rules: the site serves an article in two ways.
 *
 *  - As HTML: the summary is an <h2 class="sub-tit-ll"> whose lines are
 *    cut by <br>, the text is <p class="editor-p"> and the section heads
 *    <h3 class="editor-tit">. Rules could read these, but on older pages
 *    an ad script inside the article (document.write with CDATA in it)
 *    breaks the HTML parser's tree, so that most paragraphs end up outside
 *    the articleBody container: the parts have to be taken in document
 *    order wherever the parser put them, and the summary split at its
 *    line breaks.
 *  - As a Next.js stream with no article in the tree at all: the title,
 *    the summary lines, the article HTML, the byline and the release time
 *    are in a JSON object pushed by a script (window["__RQ_R_..."].push).
 *    Only code can read them: the JSON is parsed (jansson), the article
 *    HTML in it is parsed again (libxml2) and read like the first form,
 *    and the release time, written "2026.01.29 18:40" in Korean time
 *    without an offset, is given its +09:00.
 *
 * Authors: when the page has an article:author meta that is a name (not
 * the Facebook page link older pages put there), it is the site's byline
 * as written ("박준석 기자 외 1명"), which is what Fundus records for this
 * publisher; otherwise the stream's byline names; otherwise the generic
 * extractor's (JSON-LD). Everything else is left to the generic extractor.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include <newsdoc/sys/plugin.h>

#include "text_buf.h"

#define NAME "site-hankookilbo"

static const newsdoc_host_api *host;

static int named(const xmlNode *node, const char *name)
{
	return node && node->type == XML_ELEMENT_NODE && !xmlStrcasecmp(node->name, (const xmlChar *)name);
}

typedef struct emitter {
	newsdoc_document *doc;
	size_t blocks;
	int error;
} emitter;

static void emit(emitter *e, int type, text_buf *tb)
{
	newsdoc_block *block;

	tb_fold(tb);
	if (e->error)
		return;
	if (tb->failed) {
		e->error = host->error_set(NEWSDOC_ENOMEM, NAME ": out of memory");
		return;
	}
	if (!tb->len)
		return;
	if ((e->error = host->document_add_block(&block, e->doc, type, tb->ptr, tb->len)) == 0)
		e->blocks++;
}

/* The text under `node`, a space for each <br>. */
static void collect(text_buf *tb, const xmlNode *node)
{
	const xmlNode *child;
	for (child = node->children; child; child = child->next) {
		if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content)
			tb_put(tb, (const char *)child->content, strlen((const char *)child->content));
		else if (named(child, "br"))
			tb_put(tb, " ", 1);
		else if (child->type == XML_ELEMENT_NODE && !named(child, "script") && !named(child, "style"))
			collect(tb, child);
	}
}

/* The summary: one paragraph per line of the <h2>. */
static void emit_summary(emitter *e, const xmlNode *h2)
{
	const xmlNode *child;
	text_buf tb = {0};

	for (child = h2->children; child && !e->error; child = child->next) {
		if (named(child, "br")) {
			emit(e, NEWSDOC_BLOCK_PARAGRAPH, &tb);
			tb.len = 0;
		} else if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content) {
			tb_put(&tb, (const char *)child->content, strlen((const char *)child->content));
		} else if (child->type == XML_ELEMENT_NODE) {
			collect(&tb, child);
		}
	}
	emit(e, NEWSDOC_BLOCK_PARAGRAPH, &tb);
	free(tb.ptr);
}

#define PARTS_XPATH \
	"//h2[contains(concat(' ', normalize-space(@class), ' '), ' sub-tit-ll ')]" \
	" | //p[contains(concat(' ', normalize-space(@class), ' '), ' editor-p ')]" \
	" | //h3[contains(concat(' ', normalize-space(@class), ' '), ' editor-tit ')]"

/* The article's parts of `html`, in document order. */
static void emit_parts(emitter *e, xmlDoc *html)
{
	xmlXPathContext *xpath = xmlXPathNewContext(html);
	xmlXPathObject *result;
	int i;

	if (!xpath) {
		e->error = host->error_set(NEWSDOC_ENOMEM, NAME ": out of memory");
		return;
	}
	result = xmlXPathEvalExpression((const xmlChar *)PARTS_XPATH, xpath);
	for (i = 0; result && result->nodesetval && i < result->nodesetval->nodeNr && !e->error; i++) {
		const xmlNode *node = result->nodesetval->nodeTab[i];
		text_buf tb = {0};

		if (named(node, "h2")) {
			emit_summary(e, node);
			continue;
		}
		collect(&tb, node);
		emit(e, named(node, "h3") ? NEWSDOC_BLOCK_HEADING : NEWSDOC_BLOCK_PARAGRAPH, &tb);
		free(tb.ptr);
	}
	xmlXPathFreeObject(result);
	xmlXPathFreeContext(xpath);
}

static xmlChar *first_string(xmlDoc *html, const char *expr)
{
	xmlXPathContext *xpath = xmlXPathNewContext(html);
	xmlXPathObject *result;
	xmlChar *value = NULL;

	if (!xpath)
		return NULL;
	result = xmlXPathEvalExpression((const xmlChar *)expr, xpath);
	if (result) {
		value = xmlXPathCastToString(result);
		if (value && !*value) {
			xmlFree(value);
			value = NULL;
		}
	}
	xmlXPathFreeObject(result);
	xmlXPathFreeContext(xpath);
	return value;
}

static int count_of(xmlDoc *html, const char *expr)
{
	xmlXPathContext *xpath = xmlXPathNewContext(html);
	xmlXPathObject *result;
	int n = 0;

	if (!xpath)
		return 0;
	result = xmlXPathEvalExpression((const xmlChar *)expr, xpath);
	if (result && result->type == XPATH_NODESET && result->nodesetval)
		n = result->nodesetval->nodeNr;
	xmlXPathFreeObject(result);
	xmlXPathFreeContext(xpath);
	return n;
}

/* The object holding the article in the stream's JSON, searched depth first. */
static json_t *find_article(json_t *value, int depth)
{
	const char *key;
	json_t *child, *found;
	size_t i;

	if (depth > 32)
		return NULL;
	if (json_is_object(value)) {
		json_t *html = json_object_get(value, "contentHtml");
		if (json_is_string(html) && strchr(json_string_value(html), '<'))
			return value;
		json_object_foreach(value, key, child)
			if ((found = find_article(child, depth + 1)) != NULL)
				return found;
	} else if (json_is_array(value)) {
		json_array_foreach(value, i, child)
			if ((found = find_article(child, depth + 1)) != NULL)
				return found;
	}
	return NULL;
}

/* The JSON pushed by the stream's query script, or NULL. */
static json_t *stream_data(xmlDoc *html)
{
	xmlXPathContext *xpath = xmlXPathNewContext(html);
	xmlXPathObject *result;
	json_t *found = NULL;
	int i;

	if (!xpath)
		return NULL;
	result = xmlXPathEvalExpression((const xmlChar *)
		"//script[not(@src)][contains(., '.push(') and contains(., '\"contentHtml\"')]", xpath);
	for (i = 0; result && result->nodesetval && i < result->nodesetval->nodeNr && !found; i++) {
		xmlChar *text = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
		const char *p = text ? strstr((const char *)text, ".push(") : NULL;
		json_t *root;

		while (p && !found) {
			p += strlen(".push(");
			if (*p == '{' && (root = json_loads(p, JSON_DISABLE_EOF_CHECK, NULL)) != NULL) {
				json_t *article = find_article(root, 0);
				if (article)
					found = json_incref(article);
				json_decref(root);
			}
			p = strstr(p, ".push(");
		}
		xmlFree(text);
	}
	xmlXPathFreeObject(result);
	xmlXPathFreeContext(xpath);
	return found;
}

static const char *json_text(json_t *object, const char *key)
{
	json_t *value = json_object_get(object, key);
	return json_is_string(value) && *json_string_value(value) ? json_string_value(value) : NULL;
}

/* "2026.01.29 18:40" (Korean time) as ISO 8601 with its offset. */
static int set_kst_date(newsdoc_document *doc, const char *text)
{
	int y, mo, d, h, mi, s = 0, n;
	char iso[40];

	n = sscanf(text, "%d.%d.%d %d:%d:%d", &y, &mo, &d, &h, &mi, &s);
	if (n < 5 || y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 ||
	    s < 0 || s > 60)
		return 0;
	snprintf(iso, sizeof(iso), "%04d-%02d-%02dT%02d:%02d:%02d+09:00", y, mo, d, h, mi, s);
	if ((n = host->document_set(doc, NEWSDOC_FIELD_PUBLISHED, iso)) != 0)
		return n;
	return host->document_set_provenance(doc, NEWSDOC_FIELD_PUBLISHED, "plugin");
}

/* `value` with its white space folded, into an empty `tb`; an error
 * (already set) when memory ran out. */
static int fold_into(text_buf *tb, const char *value)
{
	tb_put(tb, value, strlen(value));
	tb_fold(tb);
	return tb->failed ? host->error_set(NEWSDOC_ENOMEM, NAME ": out of memory") : 0;
}

static int add_author(newsdoc_document *doc, const char *name)
{
	newsdoc_author *author;
	text_buf tb = {0};
	int error = fold_into(&tb, name);

	if (!error && tb.len)
		error = host->document_add_author(&author, doc, tb.ptr);
	free(tb.ptr);
	return error;
}

static int set_field(newsdoc_document *doc, int field, const char *value)
{
	text_buf tb = {0};
	int error = fold_into(&tb, value);

	if (!error && tb.len && (error = host->document_set(doc, field, tb.ptr)) == 0)
		error = host->document_set_provenance(doc, field, "plugin");
	free(tb.ptr);
	return error;
}

/* The stream form: title, summary, body, byline and time from its JSON. */
static int parse_stream(newsdoc_document *doc, json_t *article, emitter *e, int *authors_set)
{
	const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS;
	const char *title = json_text(article, "title");
	const char *summary = json_text(article, "subTitle");
	const char *content = json_text(article, "contentHtml");
	const char *date = json_text(article, "deployDt");
	json_t *bylines = json_object_get(article, "byLines"), *item;
	size_t i;
	int error;

	if (title && (error = set_field(doc, NEWSDOC_FIELD_TITLE, title)) != 0)
		return error;
	if (summary) {
		/* The same markup as the HTML form's <h2>: read it the same way. */
		size_t len = strlen(summary);
		char *wrapped = malloc(len + 64);
		xmlDoc *part;
		if (!wrapped)
			return host->error_set(NEWSDOC_ENOMEM, NAME ": out of memory");
		snprintf(wrapped, len + 64, "<h2 class=\"sub-tit-ll\">%s</h2>", summary);
		part = htmlReadMemory(wrapped, (int)strlen(wrapped), NULL, "UTF-8", flags);
		free(wrapped);
		if (part) {
			emit_parts(e, part);
			xmlFreeDoc(part);
		}
		if (e->error)
			return e->error;
	}
	if (content) {
		xmlDoc *part = htmlReadMemory(content, (int)strlen(content), NULL, "UTF-8", flags);
		if (part) {
			emit_parts(e, part);
			xmlFreeDoc(part);
		}
		if (e->error)
			return e->error;
	}
	if (json_is_array(bylines)) {
		json_array_foreach(bylines, i, item) {
			const char *name = json_text(item, "writerName");
			if (!name)
				name = json_text(item, "manualWriterName");
			if (name) {
				if ((error = add_author(doc, name)) != 0)
					return error;
				*authors_set = 1;
			}
		}
	}
	if (date && (error = set_kst_date(doc, date)) != 0)
		return error;
	return 0;
}

static int hk_init(void **state, const newsdoc_host_api *api)
{
	if (api->struct_size < sizeof(newsdoc_host_api))
		return api->error_set(NEWSDOC_EVERSION, NAME " needs a newer libnewsdoc");
	host = api;
	*state = NULL;
	return 0;
}

static int hk_parse(void *state, const char *parser_id, newsdoc_document *doc,
	const newsdoc_plugin_page *page)
{
	xmlDoc *html;
	xmlChar *byline;
	emitter e;
	int authors_set = 0, error = 0;

	(void)state;
	(void)parser_id;
	if (page->struct_size < sizeof(newsdoc_plugin_page) || !page->html)
		return 0;
	html = (xmlDoc *)page->html;
	memset(&e, 0, sizeof(e));
	e.doc = doc;

	if (count_of(html, "//p[contains(concat(' ', normalize-space(@class), ' '), ' editor-p ')]") > 0) {
		emit_parts(&e, html);
		if (e.error)
			return e.error;
	} else {
		json_t *article = stream_data(html);
		if (article) {
			error = parse_stream(doc, article, &e, &authors_set);
			json_decref(article);
			if (error)
				return error;
		}
	}
	if (e.blocks && (error = host->document_set_provenance(doc, NEWSDOC_FIELD_BODY, "plugin")) != 0)
		return error;

	/* The byline as the site writes it, when the page states one. */
	byline = first_string(html, "string(//meta[@property='article:author']"
		"[not(starts-with(normalize-space(@content), 'http'))]/@content)");
	if (byline) {
		if (!authors_set) {
			error = add_author(doc, (const char *)byline);
			authors_set = !error;
		}
		xmlFree(byline);
		if (error)
			return error;
	}
	if (authors_set && (error = host->document_set_provenance(doc, NEWSDOC_FIELD_AUTHORS, "plugin")) != 0)
		return error;

	/* The release time, when the page has no machine-readable one. */
	if (!host->document_get(doc, NEWSDOC_FIELD_PUBLISHED) &&
	    !count_of(html, "//meta[@property='article:published_time'] | //script[@type='application/ld+json']")) {
		xmlChar *date = first_string(html, "string(//*[@data-deploy-dt]/@data-deploy-dt)");
		if (date) {
			error = set_kst_date(doc, (const char *)date);
			xmlFree(date);
		}
	}
	return error;
}

NEWSDOC_PLUGIN_DEFINE(NAME, hk_init, NULL, hk_parse, NULL)
