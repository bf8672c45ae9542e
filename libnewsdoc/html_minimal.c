/*
 * The minimal HTML parser: title from <title>, language from <html lang>,
 * and the body as the page's paragraphs (or its whole text when it has
 * none). The extraction issue replaces it with the full pipeline; until
 * then it is the "generic" parser and must be honest about what it reads.
 */
#include <string.h>
#include <strings.h>
#include <pthread.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "text_util.h"

static pthread_once_t libxml_once = PTHREAD_ONCE_INIT;

static void init_libxml(void)
{
	xmlInitParser();
}

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

/*
 * libxml2 2.9 reads a page without a declared charset as Latin-1. Most
 * such pages today are UTF-8, so say so when the bytes are valid UTF-8 and
 * nothing in the head declares a charset.
 */
static const char *encoding_hint(const char *data, size_t len, const char *caller_hint)
{
	size_t head = len < 2048 ? len : 2048, i;

	if (caller_hint)
		return caller_hint;
	for (i = 0; i + 7 <= head; i++)
		if (!strncasecmp(data + i, "charset", 7))
			return NULL;
	return newsdoc__utf8_valid(data, len) ? "UTF-8" : NULL;
}

int newsdoc__parse_html_minimal(newsdoc_document *doc, const char *data, size_t len,
	const char *url, const newsdoc_parse_options *opts)
{
	const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
	const xmlNode *root, *title, *body;
	xmlDoc *html;
	xmlChar *lang;
	size_t paragraphs = 0;
	int error = 0;

	if (len > (size_t)0x7fffffff)
		return newsdoc__error_set(NEWSDOC_ELIMIT, "HTML input of %zu bytes is too large for libxml2", len);
	pthread_once(&libxml_once, init_libxml);
	html = htmlReadMemory(data, (int)len, url, encoding_hint(data, len, opts->charset), flags);
	if (!html)
		return newsdoc__error_set(NEWSDOC_EPARSE, "the HTML parser could not read the input");
	root = xmlDocGetRootElement(html);
	if (!root) {
		xmlFreeDoc(html);
		return newsdoc__error_set(NEWSDOC_EPARSE, "the input has no HTML element or text");
	}
	if ((lang = xmlGetProp(root, (const xmlChar *)"lang")) != NULL) {
		if (*lang && newsdoc__utf8_valid((const char *)lang, strlen((const char *)lang)))
			if (!(error = newsdoc_document_set(doc, NEWSDOC_FIELD_LANGUAGE, (const char *)lang)))
				error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_LANGUAGE, "html");
		xmlFree(lang);
	}
	if (!error && (title = find_element(root, "title")) != NULL)
		error = set_folded(doc, NEWSDOC_FIELD_TITLE, title, "html");
	body = find_element(root, "body");
	if (!error && body)
		error = add_paragraphs(doc, body->children, &paragraphs);
	if (!error && body && !paragraphs)
		error = add_paragraph(doc, body);
	if (!error && newsdoc_document_block_count(doc))
		error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_BODY, "html");
	xmlFreeDoc(html);
	return error;
}
