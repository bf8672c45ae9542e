/*
 * The generic extractor, minimal form: title from <title>, language from
 * <html lang>, and the body as the page's paragraphs (or its whole text
 * when it has none). It fills only fields still unknown, so that site
 * rules and plugins that ran first keep what they found. The extraction
 * issue replaces it with the full pipeline.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "text_util.h"

/* Element names whose text is never article text. */
static int is_skipped(const xmlNode *node)
{
	static const char *const skipped[] = {
		"script", "style", "noscript", "template", "head", "nav", "form", "button", "select", "svg"
	};
	size_t i;
	for (i = 0; i < sizeof(skipped) / sizeof(skipped[0]); i++)
		if (!strcasecmp((const char *)node->name, skipped[i]))
			return 1;
	return 0;
}

/* Inline elements continue the words around them; every other element
 * separates them (a <br> or a <p> ends a word even without a space). */
static int is_inline(const xmlNode *node)
{
	static const char *const inline_names[] = {
		"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font",
		"i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
		"sup", "time", "tt", "u", "var"
	};
	size_t i;
	for (i = 0; i < sizeof(inline_names) / sizeof(inline_names[0]); i++)
		if (!strcasecmp((const char *)node->name, inline_names[i]))
			return 1;
	return 0;
}

static int collect_text(newsdoc__sb *sb, const xmlNode *node, int *pending_space)
{
	const xmlNode *child;
	int error = 0;

	for (child = node->children; child && !error; child = child->next) {
		if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
			if (child->content)
				error = newsdoc__append_folded(sb, (const char *)child->content,
					strlen((const char *)child->content), pending_space);
		} else if (child->type == XML_ELEMENT_NODE && !is_skipped(child)) {
			int separates = !is_inline(child);
			if (separates)
				*pending_space = 1;
			error = collect_text(sb, child, pending_space);
			if (separates)
				*pending_space = 1;
		}
	}
	return error;
}

static const xmlNode *find_element(const xmlNode *node, const char *name)
{
	for (; node; node = node->next) {
		const xmlNode *found;
		if (node->type == XML_ELEMENT_NODE && !strcasecmp((const char *)node->name, name))
			return node;
		if (node->type == XML_ELEMENT_NODE && (found = find_element(node->children, name)))
			return found;
	}
	return NULL;
}

/* The folded text of `node` as a new block, when it has any. */
static int add_paragraph(newsdoc_document *doc, const xmlNode *node)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int pending = 0, error;

	error = collect_text(&text, node, &pending);
	newsdoc__sb_trim(&text);
	if (!error && text.len)
		error = newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, text.ptr, text.len);
	newsdoc__sb_free(&text);
	return error;
}

static int add_paragraphs(newsdoc_document *doc, const xmlNode *node, size_t *count)
{
	int error = 0;
	for (; node && !error; node = node->next) {
		if (node->type != XML_ELEMENT_NODE || is_skipped(node))
			continue;
		if (!strcasecmp((const char *)node->name, "p")) {
			size_t before = newsdoc_document_block_count(doc);
			error = add_paragraph(doc, node);
			*count += newsdoc_document_block_count(doc) - before;
		} else {
			error = add_paragraphs(doc, node->children, count);
		}
	}
	return error;
}

static int set_folded(newsdoc_document *doc, int field, const xmlNode *node, const char *source)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int pending = 0, error;

	error = collect_text(&text, node, &pending);
	newsdoc__sb_trim(&text);
	if (!error && text.len && !(error = newsdoc_document_set(doc, field, text.ptr)))
		error = newsdoc_document_set_provenance(doc, field, source);
	newsdoc__sb_free(&text);
	return error;
}

int newsdoc__extract_generic(newsdoc_document *doc, xmlDoc *html, const char *url,
	const newsdoc_parse_options *opts)
{
	const xmlNode *root = xmlDocGetRootElement(html), *title, *body;
	xmlChar *lang;
	size_t paragraphs = 0;
	int error = 0;

	if (!root)
		return 0;
	if (!newsdoc_document_language(doc) && (lang = xmlGetProp(root, (const xmlChar *)"lang")) != NULL) {
		if (*lang && newsdoc__utf8_valid((const char *)lang, strlen((const char *)lang)))
			if (!(error = newsdoc_document_set(doc, NEWSDOC_FIELD_LANGUAGE, (const char *)lang)))
				error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_LANGUAGE, "html");
		xmlFree(lang);
	}
	if (!error && !newsdoc_document_title(doc) && (title = find_element(root, "title")) != NULL)
		error = set_folded(doc, NEWSDOC_FIELD_TITLE, title, "html");
	body = find_element(root, "body");
	if (!error && body && !newsdoc_document_block_count(doc)) {
		error = add_paragraphs(doc, body->children, &paragraphs);
		if (!error && !paragraphs)
			error = add_paragraph(doc, body);
		if (!error && newsdoc_document_block_count(doc))
			error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_BODY, "html");
	}
	return error;
}
