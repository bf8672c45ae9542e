/*
 * Loading HTML: bytes to a libxml2 tree, with the charset worked out from
 * a byte order mark, the caller's hint, the page's own declaration, or the
 * bytes themselves (content/charset.c). The tree's text is always UTF-8.
 */
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include "../internal.h"
#ifdef NEWSDOC_ALLOC_HOOKS
#include "../model/alloc_hooks.h"
#endif
#include "../content/content.h"
#include "html_attr_scan.h"
#include "html_lean.h"
#include "html_prepare.h"
#include "html_root.h"
#include "../util/work.h"

#define DEFAULT_MAX_NODES ((size_t)2000000)
/* libxml2 checks each attribute of a start tag against all the tag's
 * earlier ones, so a tag with a million attributes takes hours. */
#define MAX_TAG_ATTRIBUTES ((size_t)1000)

/*
 * 1 when the tree has more than `limit` nodes: elements, text, comments
 * and the like, and each attribute. An iterative walk (a deep page must not
 * exhaust the stack) that stops as soon as the limit is passed.
 */
static int over_node_limit(xmlDoc *html, size_t limit)
{
	xmlNode *node = html->children;
	size_t count = 0;

	while (node) {
		/* The document type declaration is no content (nor counted
		 * while the tree grows); comments and instructions before and
		 * after the root element are: a page of millions of them
		 * around its <html> must not pass unseen. */
		if (node->type == XML_DTD_NODE) {
			node = node->next;
			continue;
		}
		if (node->type == XML_ELEMENT_NODE) {
			xmlAttr *attr;
			for (attr = node->properties; attr; attr = attr->next)
				if (++count > limit)
					return 1;
		}
		if (++count > limit)
			return 1;
		if (node->children && node->type != XML_ENTITY_REF_NODE) {
			node = node->children;
			continue;
		}
		while (node && !node->next) {
			node = node->parent;
			if (node && (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE))
				node = NULL;
		}
		if (node)
			node = node->next;
	}
	return 0;
}

/*
 * The node limit while libxml2 builds the tree: a page far over max_nodes
 * would otherwise be built whole (a 41 MB page of product cards took
 * 930 MB) before over_node_limit refuses it. libxml2's own tree-building
 * callbacks run first; the nodes each one added are counted (a new
 * element and its attributes; a text, comment or instruction that is not
 * joined to the text before it, in an element or before or after the
 * root element), and the parser is stopped once more than
 * the limit were added. The count never passes over_node_limit's (nodes
 * are not taken out of the tree while it grows), which stays the last word.
 */
typedef struct node_watch {
	size_t added;   /* nodes added so far, in elements or at the top level */
	size_t limit;   /* max_nodes */
	int over;       /* more were added: the parser was stopped */
	startElementSAXFunc start_element;
	charactersSAXFunc characters;
	cdataBlockSAXFunc cdata_block;
	commentSAXFunc comment;
	processingInstructionSAXFunc instruction;
} node_watch;

static void count_added(xmlParserCtxtPtr parser, size_t nodes)
{
	node_watch *watch = parser->_private;

	watch->added += nodes;
	if (watch->added > watch->limit && !watch->over) {
		watch->over = 1;
		xmlStopParser(parser);
	}
}

static void watched_start_element(void *context, const xmlChar *name, const xmlChar **attributes)
{
	xmlParserCtxtPtr parser = context;
	xmlNode *open = parser->node;
	const xmlAttr *attr;
	size_t nodes = 1;

	((node_watch *)parser->_private)->start_element(context, name, attributes);
	if (!parser->node || parser->node == open)
		return;
	for (attr = parser->node->properties; attr; attr = attr->next)
		nodes++;
	count_added(parser, nodes);
}

/* The last child of where the parser adds nodes now: the open element,
 * or the document itself before and after the root element (comments
 * and instructions there are nodes of the page too). */
static xmlNode *last_added(const xmlParserCtxt *parser)
{
	if (parser->node)
		return parser->node->last;
	return parser->myDoc ? parser->myDoc->last : NULL;
}

/* Counts the node a callback added, if it added one: `last` is what
 * last_added was before the callback ran (text joined to the text
 * before it adds no node). */
static void count_if_grew(xmlParserCtxtPtr parser, const xmlNode *last)
{
	if ((parser->node || parser->myDoc) && last_added(parser) != last)
		count_added(parser, 1);
}

/* Text through `builder` (libxml2's characters or CDATA callback). */
static void add_text(void *context, charactersSAXFunc builder, const xmlChar *text, int len)
{
	xmlParserCtxtPtr parser = context;
	xmlNode *last = last_added(parser);

	builder(context, text, len);
	count_if_grew(parser, last);
}

static void watched_characters(void *context, const xmlChar *text, int len)
{
	add_text(context, ((node_watch *)((xmlParserCtxtPtr)context)->_private)->characters, text, len);
}

static void watched_cdata_block(void *context, const xmlChar *text, int len)
{
	add_text(context, ((node_watch *)((xmlParserCtxtPtr)context)->_private)->cdata_block, text, len);
}

static void watched_comment(void *context, const xmlChar *text)
{
	xmlParserCtxtPtr parser = context;
	xmlNode *last = last_added(parser);

	((node_watch *)parser->_private)->comment(context, text);
	count_if_grew(parser, last);
}

static void watched_instruction(void *context, const xmlChar *target, const xmlChar *data)
{
	xmlParserCtxtPtr parser = context;
	xmlNode *last = last_added(parser);

	((node_watch *)parser->_private)->instruction(context, target, data);
	count_if_grew(parser, last);
}

/* Put the counting callbacks in front of the parser's own; a callback
 * the parser lacks stays absent. */
static void watch_nodes(xmlParserCtxtPtr parser, node_watch *watch, size_t limit)
{
	xmlSAXHandler *sax = parser->sax;

	memset(watch, 0, sizeof(*watch));
	watch->limit = limit;
	parser->_private = watch;
	if ((watch->start_element = sax->startElement) != NULL)
		sax->startElement = watched_start_element;
	if ((watch->characters = sax->characters) != NULL)
		sax->characters = watched_characters;
	if ((watch->cdata_block = sax->cdataBlock) != NULL)
		sax->cdataBlock = watched_cdata_block;
	if ((watch->comment = sax->comment) != NULL)
		sax->comment = watched_comment;
	if ((watch->instruction = sax->processingInstruction) != NULL)
		sax->processingInstruction = watched_instruction;
}

static void silent_generic_error(void *context, const char *message, ...)
{
	(void)context;
	(void)message;
}

/*
 * libxml2's HTML parser has work it does not show: an end tag that closes
 * no open element, or one below an element it may not close, is looked
 * for through all the open elements, and so is the <body> of a misplaced
 * <body>; a page of 100,000 open <b> then as many </div> takes minutes.
 * Each such search ends in an error report, which comes here (the
 * thread's structured error handler, set for the parse): the first report
 * of a tag is charged to the work budget as the number of open elements,
 * the further reports of the same tag (one for each element an end tag
 * closes on its way, which costs no search) and other reports as one
 * step. A parse past the budget is stopped.
 */
typedef struct parse_watch {
	unsigned long last_offset; /* where the parser stood at the last search report */
	int searched;              /* a search has been reported */
	/* Where the first misplaced <html> start tag ends its name (the
	 * parser drops its attributes: html_root.c), 0 for none. */
	unsigned long misplaced_html;
} parse_watch;

static void on_parse_error(void *context, xmlErrorPtr error)
{
	parse_watch *watch = context;
	xmlParserCtxtPtr parser = error ? (xmlParserCtxtPtr)error->ctxt : NULL;
	size_t steps = 1;

	if (parser && parser->input && error->domain == XML_FROM_HTML &&
		(error->code == XML_ERR_TAG_NAME_MISMATCH || error->code == XML_HTML_STRUCURE_ERROR)) {
		unsigned long offset = parser->input->consumed + (unsigned long)(parser->input->cur - parser->input->base);
		if (!watch->misplaced_html && newsdoc__html_is_misplaced_root(error))
			watch->misplaced_html = offset;
		if (!watch->searched || offset != watch->last_offset)
			steps += parser->nameNr > 0 ? (size_t)parser->nameNr : 0;
		watch->searched = 1;
		watch->last_offset = offset;
	}
	if (newsdoc__work_charge(steps) && parser)
		xmlStopParser(parser);
}

/* libxml2's error channels of this thread, while it reads one page. */
typedef struct error_channels {
	xmlGenericErrorFunc generic;
	void *generic_context;
	xmlStructuredErrorFunc structured;
	void *structured_context;
} error_channels;

/*
 * libxml2 reports encoding trouble on its generic error channel even with
 * HTML_PARSE_NOERROR, which would write to the host program's stderr: the
 * channels are per thread, so they are taken over for the parse.
 */
static void take_error_channels(error_channels *saved, parse_watch *watch)
{
	saved->generic = xmlGenericError;
	saved->generic_context = xmlGenericErrorContext;
	saved->structured = xmlStructuredError;
	saved->structured_context = xmlStructuredErrorContext;
	memset(watch, 0, sizeof(*watch));
	xmlSetGenericErrorFunc(NULL, silent_generic_error);
	xmlSetStructuredErrorFunc(watch, on_parse_error);
}

static void give_back_error_channels(const error_channels *saved)
{
	xmlSetGenericErrorFunc(saved->generic_context, saved->generic);
	xmlSetStructuredErrorFunc(saved->structured_context, saved->structured);
}

/* Refuse a page before libxml2 spends minutes on its start tags. */
static int check_attributes(const char *data, size_t len, const char *charset, size_t max_attributes)
{
	newsdoc__html_attr_count attributes;
	int error;

	if ((error = newsdoc__html_attr_scan(&attributes, data, len, charset, max_attributes)) != 0)
		return error;
	if (attributes.most > max_attributes)
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: a tag has more than %zu attributes (max_nodes, at most %zu per tag)",
			max_attributes, MAX_TAG_ATTRIBUTES);
	/* Each attribute is compared with the tag's earlier ones. */
	return newsdoc__work_charge(attributes.pairs) ? newsdoc__work_error() : 0;
}

static int node_limit_error(size_t max_nodes)
{
	return newsdoc__error_set(NEWSDOC_ELIMIT, "newsdoc_parse: the page has more than %zu nodes (max_nodes)", max_nodes);
}

/* Parse `len` bytes of UTF-8 within the limits of `opts`; the error
 * channels are taken. `charset` is the page's, for messages. */
static int parse_checked(xmlDoc **out, const char *data, size_t len, const char *url, const char *charset,
	const newsdoc_parse_options *opts, parse_watch *watch)
{
	/* XML_PARSE_HUGE: without it libxml2 stops reading at depth 256 and
	 * silently drops the rest of the page; our own limits (max_input_size,
	 * max_nodes, max_depth, max_work) bound the work instead. */
	const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
	size_t max_nodes = opts->max_nodes ? opts->max_nodes : DEFAULT_MAX_NODES;
	size_t max_attributes = max_nodes < MAX_TAG_ATTRIBUTES ? max_nodes : MAX_TAG_ATTRIBUTES;
	xmlDoc *html = NULL;
	htmlParserCtxtPtr parser;
	node_watch nodes;
	int error;

	if (len > (size_t)0x7fffffff)
		return newsdoc__error_set(NEWSDOC_ELIMIT, "HTML input of %zu bytes is too large for libxml2", len);
	/* The check reads exactly the bytes htmlReadMemory is given. */
	if ((error = check_attributes(data, len, "UTF-8", max_attributes)) != 0)
		return error;
	/* libxml2 keeps going after an allocation failure and may hand back a
	 * partial tree; its last error says so, and a partial page would be
	 * silent garbage, so that is an allocation failure for us too. */
	xmlResetLastError();
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(1); /* libxml2's parser does not survive failures: alloc.c */
#endif
	/* Always named: libxml2 2.9 would read an undeclared page as Latin-1,
	 * and the name given overrides a <meta> further down. */
	if ((parser = htmlNewParserCtxt()) != NULL) {
		watch_nodes(parser, &nodes, max_nodes);
		html = htmlCtxtReadMemory(parser, data, (int)len, url, "UTF-8", flags);
		htmlFreeParserCtxt(parser);
	}
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(0);
#endif
	if (!parser || (xmlGetLastError() && xmlGetLastError()->code == XML_ERR_NO_MEMORY)) {
		xmlFreeDoc(html);
		return newsdoc__error_oom();
	}
	if (nodes.over) {
		xmlFreeDoc(html);
		return node_limit_error(max_nodes);
	}
	if (newsdoc__work_exceeded()) {
		xmlFreeDoc(html);
		return newsdoc__work_error();
	}
	if (!html)
		return newsdoc__error_set(NEWSDOC_EPARSE, "the HTML parser could not read the input as %s", charset);
	if (!xmlDocGetRootElement(html)) {
		xmlFreeDoc(html);
		return newsdoc__error_set(NEWSDOC_EPARSE, "the input has no HTML element or text");
	}
	if (over_node_limit(html, max_nodes)) {
		xmlFreeDoc(html);
		return node_limit_error(max_nodes);
	}
	if (watch->misplaced_html && (error = newsdoc__html_merge_misplaced_root(html, data, len,
		(size_t)watch->misplaced_html)) != 0) {
		xmlFreeDoc(html);
		return error;
	}
	*out = html;
	return 0;
}

int newsdoc__html_load(xmlDoc **out, const char *data, size_t len, const char *url,
	const newsdoc_parse_options *opts, int lean)
{
	newsdoc__html_input input = { NULL, 0, NULL, NULL };
	error_channels channels;
	parse_watch watch;
	const char *charset;
	char charset_name[64], *lean_copy = NULL;
	size_t bom_len, lean_len;
	int error;

	*out = NULL;
	newsdoc__xml_init();
	/* Trying a charset and converting report on the channels too. */
	take_error_channels(&channels, &watch);
	/* Worked out on the whole page: a <meta charset> may follow scripts. */
	charset = newsdoc__content_detect_charset(data, len, opts->charset, &bom_len,
		charset_name, sizeof(charset_name));
	/* libxml2 gives no tree for no bytes; say why here, where it is known. */
	if (len == bom_len)
		error = newsdoc__error_set(NEWSDOC_EPARSE, "the input has nothing after its byte order mark");
	else if ((error = newsdoc__html_prepare(&input, data + bom_len, len - bom_len, charset)) == 0) {
		if (lean && (error = newsdoc__html_lean_copy(input.bytes, input.len, &lean_copy, &lean_len)) == 0)
			error = parse_checked(out, lean_copy, lean_len, url, charset, opts, &watch);
		else if (!lean)
			error = parse_checked(out, input.bytes, input.len, url, charset, opts, &watch);
	}
	give_back_error_channels(&channels);
	newsdoc__free(lean_copy);
	newsdoc__html_input_dispose(&input);
	return error;
}
