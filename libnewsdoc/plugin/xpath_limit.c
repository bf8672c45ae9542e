/*
 * Operation limits for manifest XPath (xpath_limit.h).
 *
 * The figures: the in-tree manifests use at most about 8 operations per
 * node of a Fundus page for their costliest rule (string charges
 * included), against the 200 per node allowed; an expression that does
 * work per node for every node (a predicate counting each element's
 * preceding elements is 2 n^2 operations) is stopped within a second on a
 * page of 80,000 elements. The stand-ins cost about 1 to 2% of the
 * instructions of a page read by site rules.
 *
 * libxml2 does not count the string values it builds: contains(., 'x') on
 * every element of a deeply nested page copies the page once per element
 * without a single counted operation. So the functions that turn a node
 * into its string value are replaced, on our contexts, by ones that build
 * that value themselves, charging a visit per node and one operation per
 * few bytes, then hand the string to libxml2's own function.
 */
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "xpath_limit.h"
#include "../html/dom_walk.h"

/* Building a string value costs about a fifth of an XPath step per byte. */
#define BYTES_PER_OP 4

static size_t page_nodes(const xmlDoc *html)
{
	xmlNode *top = (xmlNode *)html, *node;
	size_t count = 0;

	for (node = top->children; node; node = newsdoc__walk_next(node, top, 1)) {
		const xmlAttr *attr;
		count++;
		if (node->type == XML_ELEMENT_NODE)
			for (attr = node->properties; attr; attr = attr->next)
				count++;
	}
	return count;
}

void newsdoc__xpath_limit_for(newsdoc__xpath_limit *limit, const xmlDoc *html)
{
	limit->nodes = html ? page_nodes(html) : 0;
	if (limit->nodes > (NEWSDOC__XPATH_OPS_MAX - NEWSDOC__XPATH_OPS_BASE) / NEWSDOC__XPATH_OPS_PER_NODE)
		limit->ops = NEWSDOC__XPATH_OPS_MAX;
	else
		limit->ops = NEWSDOC__XPATH_OPS_BASE + NEWSDOC__XPATH_OPS_PER_NODE * limit->nodes;
}

void newsdoc__xpath_limit_start(xmlXPathContext *ctx, const newsdoc__xpath_limit *limit)
{
	ctx->opLimit = limit->ops;
	ctx->opCount = 0;
}

int newsdoc__xpath_limit_hit(const xmlXPathContext *ctx, const void *result)
{
	return !result && ctx->opLimit && ctx->opCount >= ctx->opLimit;
}

/* Add `ops` to the evaluation's count as libxml2 does for its own steps:
 * -1, with the evaluation stopped, when that goes over the limit. */
static int charge(xmlXPathParserContext *ctxt, size_t ops)
{
	xmlXPathContext *ctx = ctxt->context;

	if (!ctx->opLimit)
		return 0;
	if (ops > ctx->opLimit || ctx->opCount > ctx->opLimit - ops) {
		ctx->opCount = ctx->opLimit;
		xmlXPathErr(ctxt, XPATH_OP_LIMIT_EXCEEDED);
		return -1;
	}
	ctx->opCount += ops;
	return 0;
}

static int charge_bytes(xmlXPathParserContext *ctxt, size_t bytes)
{
	return charge(ctxt, bytes / BYTES_PER_OP + 1);
}

/* Text or CDATA content, added to the string at out + *len (measuring,
 * when out is NULL: charged by its bytes instead). */
static int add_text(xmlXPathParserContext *ctxt, const xmlNode *node, xmlChar *out, size_t *len)
{
	size_t n;

	if ((node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE) || !node->content)
		return 0;
	n = strlen((const char *)node->content);
	if (out)
		memcpy(out + *len, node->content, n);
	else if (charge_bytes(ctxt, n) != 0)
		return -1;
	*len += n;
	return 0;
}

/*
 * The string value of an element or the document, as xmlNodeGetContent
 * gives it: the text and CDATA below it in document order (for the
 * document, below its top-level elements and text, not its DTD). Run
 * twice: measuring (out NULL), which charges a visit per node and the
 * bytes, then copying into an allocation of the measured length.
 */
static int tree_text(xmlXPathParserContext *ctxt, xmlNode *top, xmlChar *out, size_t *len)
{
	xmlNode *node;

	for (node = top->children; node; node = newsdoc__walk_next(node, top, top->type == XML_ELEMENT_NODE)) {
		if (!out && charge(ctxt, 1) != 0)
			return -1;
		if (top->type != XML_ELEMENT_NODE && node->type == XML_ELEMENT_NODE) {
			if (tree_text(ctxt, node, out, len) != 0)
				return -1;
		} else if (add_text(ctxt, node, out, len) != 0) {
			return -1;
		}
	}
	return 0;
}

/*
 * The XPath string value of `node`, charged; NULL when the limit stopped
 * it or memory ran out (the evaluation's error is then set). An element's
 * or the document's is built here, the rest (attributes, text, comments,
 * namespace nodes: their own content only) by libxml2.
 */
static xmlChar *string_value(xmlXPathParserContext *ctxt, xmlNode *node)
{
	xmlChar *value;
	size_t len = 0, copied = 0;

	/* No context node (a probe's top level, string() with no argument):
	 * the empty string, as libxml2 gives. */
	if (node && (node->type == XML_ELEMENT_NODE || node->type == XML_DOCUMENT_NODE ||
	    node->type == XML_HTML_DOCUMENT_NODE)) {
		if (tree_text(ctxt, node, NULL, &len) != 0)
			return NULL;
		if (!(value = xmlMalloc(len + 1))) {
			xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
			return NULL;
		}
		tree_text(ctxt, node, value, &copied);
		value[len] = '\0';
		return value;
	}
	value = node ? xmlNodeGetContent(node) : NULL;
	if (!value && !(value = xmlStrdup((const xmlChar *)""))) {
		xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
		return NULL;
	}
	if (charge_bytes(ctxt, (size_t)xmlStrlen(value)) != 0) {
		xmlFree(value);
		return NULL;
	}
	return value;
}

/* A node-set as a string: the value of its first node in document order. */
static xmlChar *set_string_value(xmlXPathParserContext *ctxt, xmlNodeSet *set)
{
	xmlChar *empty;

	if (set && set->nodeNr > 0) {
		if (set->nodeNr > 1)
			xmlXPathNodeSetSort(set);
		return string_value(ctxt, set->nodeTab[0]);
	}
	if (!(empty = xmlStrdup((const xmlChar *)"")))
		xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
	return empty;
}

/*
 * Stands in for libxml2's `builtin`: turns the node-set arguments (or,
 * when called with none and `reads_context_node`, the context node) into
 * strings here, charged, and charges string arguments by length, then
 * calls `builtin`, which gives the same answer for a string as for the
 * node-set it came from.
 */
static void charged_call(xmlXPathParserContext *ctxt, int nargs, xmlXPathFunction builtin, int reads_context_node)
{
	xmlChar *value;
	int k;

	if (nargs == 0 && reads_context_node) {
		xmlXPathObject *arg;
		if (!(value = string_value(ctxt, ctxt->context->node)))
			return;
		if (!(arg = xmlXPathWrapString(value))) {
			xmlFree(value);
			xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
			return;
		}
		valuePush(ctxt, arg);
		nargs = 1;
	} else if (nargs > 0 && nargs <= ctxt->valueNr) {
		for (k = ctxt->valueNr - nargs; k < ctxt->valueNr; k++) {
			xmlXPathObject *arg = ctxt->valueTab[k], *replacement;
			if (arg->type == XPATH_STRING) {
				if (charge_bytes(ctxt, (size_t)xmlStrlen(arg->stringval)) != 0)
					return;
				continue;
			}
			if (arg->type != XPATH_NODESET)
				continue;
			if (!(value = set_string_value(ctxt, arg->nodesetval)))
				return;
			if (!(replacement = xmlXPathWrapString(value))) {
				xmlFree(value);
				xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
				return;
			}
			xmlXPathFreeObject(arg);
			ctxt->valueTab[k] = replacement;
		}
		ctxt->value = ctxt->valueTab[ctxt->valueNr - 1];
	}
	builtin(ctxt, nargs);
}

/* One stand-in per XPath 1.0 function that turns node-sets into strings;
 * the second argument: called with no argument, it reads the context node. */
#define CHARGED(builtin, reads_context_node) \
	static void charged_##builtin(xmlXPathParserContext *ctxt, int nargs) \
	{ \
		charged_call(ctxt, nargs, builtin, reads_context_node); \
	}
CHARGED(xmlXPathStringFunction, 1)
CHARGED(xmlXPathStringLengthFunction, 1)
CHARGED(xmlXPathNormalizeFunction, 1)
CHARGED(xmlXPathNumberFunction, 1)
CHARGED(xmlXPathConcatFunction, 0)
CHARGED(xmlXPathContainsFunction, 0)
CHARGED(xmlXPathStartsWithFunction, 0)
CHARGED(xmlXPathSubstringFunction, 0)
CHARGED(xmlXPathSubstringBeforeFunction, 0)
CHARGED(xmlXPathSubstringAfterFunction, 0)
CHARGED(xmlXPathTranslateFunction, 0)

/* sum(node-set): the string value of every node, charged, as numbers. */
static void charged_sum(xmlXPathParserContext *ctxt, int nargs)
{
	xmlXPathObject *arg, *total;
	double sum = 0;
	int i;

	if (nargs != 1 || ctxt->valueNr < 1 || ctxt->value->type != XPATH_NODESET) {
		xmlXPathSumFunction(ctxt, nargs); /* it reports the mistake */
		return;
	}
	arg = ctxt->value;
	for (i = 0; arg->nodesetval && i < arg->nodesetval->nodeNr; i++) {
		xmlChar *value = string_value(ctxt, arg->nodesetval->nodeTab[i]);
		if (!value)
			return;
		sum += xmlXPathCastStringToNumber(value);
		xmlFree(value);
	}
	if (!(total = xmlXPathNewFloat(sum))) {
		xmlXPathErr(ctxt, XPATH_MEMORY_ERROR);
		return;
	}
	xmlXPathFreeObject(valuePop(ctxt));
	valuePush(ctxt, total);
}

/* lang() looks for xml:lang up the context node's ancestors. */
static void charged_lang(xmlXPathParserContext *ctxt, int nargs)
{
	const xmlNode *node;

	/* (a namespace node in a result has no parent of its own) */
	for (node = ctxt->context->node; node && node->type != XML_NAMESPACE_DECL; node = node->parent)
		if (charge(ctxt, 1) != 0)
			return;
	xmlXPathLangFunction(ctxt, nargs);
}

xmlXPathContext *newsdoc__xpath_limited_context(xmlDoc *html)
{
	static const struct {
		const char *name;
		xmlXPathFunction fn;
	} replaced[] = {
		{ "string", charged_xmlXPathStringFunction },
		{ "string-length", charged_xmlXPathStringLengthFunction },
		{ "normalize-space", charged_xmlXPathNormalizeFunction },
		{ "number", charged_xmlXPathNumberFunction },
		{ "concat", charged_xmlXPathConcatFunction },
		{ "contains", charged_xmlXPathContainsFunction },
		{ "starts-with", charged_xmlXPathStartsWithFunction },
		{ "substring", charged_xmlXPathSubstringFunction },
		{ "substring-before", charged_xmlXPathSubstringBeforeFunction },
		{ "substring-after", charged_xmlXPathSubstringAfterFunction },
		{ "translate", charged_xmlXPathTranslateFunction },
		{ "sum", charged_sum },
		{ "lang", charged_lang },
	};
	xmlXPathContext *ctx = xmlXPathNewContext(html);
	size_t i;

	if (!ctx)
		return NULL;
	for (i = 0; i < sizeof(replaced) / sizeof(replaced[0]); i++) {
		/* Registering NULL removes libxml2's own, so ours can be added. */
		xmlXPathRegisterFunc(ctx, (const xmlChar *)replaced[i].name, NULL);
		if (xmlXPathRegisterFunc(ctx, (const xmlChar *)replaced[i].name, replaced[i].fn) != 0) {
			xmlXPathFreeContext(ctx);
			return NULL;
		}
	}
	return ctx;
}
