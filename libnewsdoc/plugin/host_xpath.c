/*
 * The host table's xpath_strings: XPath on the page's tree for plugins,
 * so that a plugin reads page->html without linking libxml2 (whose
 * symbols a plugin built with --no-undefined could not otherwise use).
 * It runs under the same operation limit as site rules.
 */
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>

#include "rules_impl.h"
#include "xpath_limit.h"

/* How many strings a result gives: a node per node-set member, else one
 * (a string, a number; a boolean gives one empty string, as rules read it). */
static size_t result_count(const xmlXPathObject *result)
{
	if (result->type != XPATH_NODESET)
		return 1;
	return result->nodesetval ? (size_t)result->nodesetval->nodeNr : 0;
}

/* Each string of `result` into `all`, NUL-terminated. */
static int collect_strings(newsdoc__sb *all, size_t *count, const xmlXPathObject *result)
{
	newsdoc__sb one = NEWSDOC__SB_INIT;
	size_t i, n = result_count(result);
	int error = 0;

	for (i = 0; i < n && !error; i++) {
		error = newsdoc__xpath_result_text(result, i, &one);
		if (!error)
			error = newsdoc__sb_put(all, one.ptr ? one.ptr : "", one.len);
		if (!error)
			error = newsdoc__sb_putc(all, '\0');
	}
	newsdoc__sb_free(&one);
	if (error)
		return newsdoc__error_oom();
	*count = n;
	return 0;
}

/* Compile `expression`; NULL after setting the error. libxml2 2.9.14
 * answers some allocation failures with NULL and no error, as rules.c
 * notes, so a failure is told apart by its oom record. */
static xmlXPathCompExpr *compile(xmlXPathContext *ctx, const char *expression)
{
	xmlXPathCompExpr *compiled;

	newsdoc__xml_clear_oom();
	xmlSetStructuredErrorFunc(NULL, newsdoc__xml_ignore_error);
	compiled = xmlXPathCtxtCompile(ctx, (const xmlChar *)expression);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (compiled)
		return compiled;
	if (newsdoc__xml_oom())
		newsdoc__error_oom();
	else
		newsdoc__error_set(NEWSDOC_EINVAL, "xpath_strings: invalid XPath expression '%.200s'", expression);
	return NULL;
}

int newsdoc__host_xpath_strings(newsdoc_buf *out, size_t *count, const newsdoc_plugin_page *page,
	const char *expression)
{
	newsdoc__sb all = NEWSDOC__SB_INIT;
	newsdoc__xpath_limit limit;
	xmlXPathContext *ctx;
	xmlXPathCompExpr *compiled;
	xmlXPathObject *result;
	int error;

	if (!out || !count || !page || !expression)
		return newsdoc__error_arg("xpath_strings",
			!out ? "out" : !count ? "count" : !page ? "page" : "expression");
	out->ptr = NULL;
	out->size = out->reserved = 0;
	*count = 0;
	if (page->struct_size < sizeof(*page) || !page->html)
		return newsdoc__error_set(NEWSDOC_EINVAL, "xpath_strings: the page has no HTML tree (text input)");
	/* An allocation failure already recorded belongs to the parse that
	 * called the plugin; it is not this call's to clear. */
	if (newsdoc__xml_oom())
		return newsdoc__error_oom();
	if (!(ctx = newsdoc__xpath_limited_context(page->html)))
		return newsdoc__error_oom();
	if (!(compiled = compile(ctx, expression))) {
		xmlXPathFreeContext(ctx);
		return newsdoc_error_last()->code;
	}
	newsdoc__xpath_limit_for(&limit, page->html);
	newsdoc__xpath_limit_start(ctx, &limit);
	ctx->node = (xmlNode *)page->html;
	xmlSetStructuredErrorFunc(NULL, newsdoc__xml_ignore_error);
	result = xmlXPathCompiledEval(compiled, ctx);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (newsdoc__xpath_limit_hit(ctx, result))
		error = newsdoc__error_set(NEWSDOC_ELIMIT,
			"xpath_strings: '%.100s' went over its XPath operation limit of %lu for this page (%zu nodes)",
			expression, limit.ops, limit.nodes);
	else if (newsdoc__xml_oom())
		error = newsdoc__error_oom();
	else if (!result)
		error = 0; /* a runtime error, such as a wrong argument count: no match, as for rules */
	else
		error = collect_strings(&all, count, result);
	xmlXPathFreeObject(result);
	xmlXPathFreeCompExpr(compiled);
	xmlXPathFreeContext(ctx);
	if (error || !*count) {
		newsdoc__sb_free(&all);
		*count = 0;
		return error;
	}
	return newsdoc__sb_to_buf(&all, out);
}
