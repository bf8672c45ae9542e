/*
 * Running declarative site rules on a page. Every value a rule finds is
 * recorded with provenance "site-rule"; a rule that finds nothing leaves
 * its field to the generic extractor, which runs afterwards.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>

#include "rules_impl.h"
#include "xpath_limit.h"
#include "../text/text_util.h"
#include "../metadata/metadata.h"

#define SOURCE "site-rule"

typedef struct runner {
	newsdoc_document *doc;
	xmlDoc *html;
	xmlXPathContext *xpath;
	const char *url;
	newsdoc__xpath_limit limit; /* each rule's operation allowance on this page */
	const char *over_limit;     /* the expression stopped at the limit; NULL while under it */
	int oom; /* an evaluation ran out of memory */
} runner;

/* Evaluate `expr` with `node` as the context node (NULL: the document). */
static xmlXPathObject *eval(runner *r, const char *expr, xmlNode *node)
{
	xmlXPathObject *result;
	const xmlError *last;

	/* A rule over its operation limit has failed: nothing more of it runs. */
	if (r->over_limit)
		return NULL;
	/* The expression compiled when the manifest was read, so evaluating it
	 * fails only for memory (reported or not: libxml2 2.9.14 forgets to in
	 * places) or for a runtime error it does report, such as a wrong
	 * argument count, which means "no match". A failure already recorded
	 * must survive for newsdoc_parse's final check, so the record is
	 * cleared only when it holds none. */
	if (newsdoc__xml_oom())
		r->oom = 1;
	else
		newsdoc__xml_clear_oom();
	r->xpath->node = node ? node : (xmlNode *)r->html;
	xmlSetStructuredErrorFunc(NULL, newsdoc__xml_ignore_error);
	result = xmlXPathEvalExpression((const xmlChar *)expr, r->xpath);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (newsdoc__xpath_limit_hit(r->xpath, result)) {
		r->over_limit = expr;
		return NULL;
	}
	last = xmlGetLastError();
	if (!result && (!last || last->code == XML_ERR_OK || newsdoc__xml_oom()))
		r->oom = 1;
	return result;
}

static int append_node_text(newsdoc__sb *sb, const xmlNode *node)
{
	xmlChar *content = xmlNodeGetContent(node);
	int pending = 0, error;
	if (!content)
		return 0;
	error = newsdoc__append_folded(sb, (const char *)content, strlen((const char *)content), &pending);
	xmlFree(content);
	return error;
}

int newsdoc__xpath_result_text(const xmlXPathObject *result, size_t index, newsdoc__sb *sb)
{
	int pending = 0;

	sb->len = 0;
	if (sb->ptr)
		sb->ptr[0] = '\0';
	if (!result)
		return 0;
	if (result->type == XPATH_NODESET) {
		if (!result->nodesetval || (size_t)result->nodesetval->nodeNr <= index)
			return 0;
		if (append_node_text(sb, result->nodesetval->nodeTab[index]) != 0)
			return NEWSDOC_ENOMEM;
	} else if (result->type == XPATH_STRING && result->stringval) {
		if (newsdoc__append_folded(sb, (const char *)result->stringval,
			strlen((const char *)result->stringval), &pending) != 0)
			return NEWSDOC_ENOMEM;
	} else if (result->type == XPATH_NUMBER && result->floatval == result->floatval) {
		char number[32];
		snprintf(number, sizeof(number), "%.0f", result->floatval);
		if (newsdoc__sb_puts(sb, number) != 0)
			return NEWSDOC_ENOMEM;
	}
	newsdoc__sb_trim(sb);
	return 0;
}

static size_t node_count(const xmlXPathObject *result)
{
	if (!result || result->type != XPATH_NODESET || !result->nodesetval)
		return 0;
	return (size_t)result->nodesetval->nodeNr;
}

/* The text `expr` finds relative to `node`, into sb (empty when none). */
static int text_at(runner *r, const char *expr, xmlNode *node, newsdoc__sb *sb)
{
	xmlXPathObject *result;
	int error;

	sb->len = 0;
	if (sb->ptr)
		sb->ptr[0] = '\0';
	if (!expr)
		return 0;
	result = eval(r, expr, node);
	error = newsdoc__xpath_result_text(result, 0, sb);
	xmlXPathFreeObject(result);
	return error;
}

/* A link made absolute against the page URL, into sb. */
static int absolute(runner *r, newsdoc__sb *sb)
{
	xmlChar *built;
	if (!sb->len || !r->url)
		return 0;
	built = newsdoc__uri_resolve(sb->ptr, r->url);
	if (!built)
		return 0;
	sb->len = 0;
	newsdoc__sb_puts(sb, (const char *)built);
	xmlFree(built);
	return sb->failed ? NEWSDOC_ENOMEM : 0;
}

static int set_field(runner *r, int field, const newsdoc__sb *value)
{
	int error;
	if (!value->len)
		return 0;
	/* A page type outside the vocabulary is no answer: the generic
	 * extractor classifies the page instead of the parse failing. */
	if (field == NEWSDOC_FIELD_PAGE_TYPE && newsdoc__page_type_from_name(value->ptr) == PAGE_TYPE_COUNT)
		return 0;
	if ((error = newsdoc_document_set(r->doc, field, value->ptr)) != 0)
		return error;
	return newsdoc_document_set_provenance(r->doc, field, SOURCE);
}

static int apply_date(runner *r, const date_rule *rule, int field, newsdoc__sb *text)
{
	newsdoc__sb iso = NEWSDOC__SB_INIT;
	int error;

	if (!rule->xpath)
		return 0;
	if ((error = text_at(r, rule->xpath, NULL, text)) != 0 || !text->len)
		return error;
	/* A date the rule finds but cannot read is left to the generic
	 * extractor rather than failing the page; running out of memory
	 * reading it fails the page, as everywhere. */
	error = newsdoc__date_normalize(&iso, text->ptr, rule->format);
	if (!error) {
		error = set_field(r, field, &iso);
	} else if (error != NEWSDOC_ENOMEM) {
		newsdoc_error_clear();
		error = 0;
	}
	newsdoc__sb_free(&iso);
	return error;
}

static int apply_tags(runner *r, const char *expr, newsdoc__sb *text)
{
	xmlXPathObject *result = eval(r, expr, NULL);
	size_t i, n = node_count(result);
	int error = 0;

	for (i = 0; i < n && !error; i++) {
		if ((error = newsdoc__xpath_result_text(result, i, text)) == 0 && text->len)
			error = newsdoc_document_add_tag(r->doc, text->ptr);
	}
	if (!error && n && newsdoc_document_tag_count(r->doc))
		error = newsdoc_document_set_provenance(r->doc, NEWSDOC_FIELD_TAGS, SOURCE);
	xmlXPathFreeObject(result);
	return error;
}

static int apply_authors(runner *r, const newsdoc__rules *rules, newsdoc__sb *text)
{
	xmlXPathObject *items;
	size_t i, n;
	int error = 0;

	if (rules->authors_byline) {
		items = eval(r, rules->authors_byline, NULL);
		n = node_count(items);
		for (i = 0; i < n && !error; i++)
			if ((error = newsdoc__xpath_result_text(items, i, text)) == 0 && text->len)
				error = newsdoc__byline_add_authors(r->doc, text->ptr, text->len, SOURCE);
		if (!n && !error && (error = newsdoc__xpath_result_text(items, 0, text)) == 0 && text->len)
			error = newsdoc__byline_add_authors(r->doc, text->ptr, text->len, SOURCE);
		xmlXPathFreeObject(items);
		return error;
	}
	if (!rules->authors.each)
		return 0;
	items = eval(r, rules->authors.each, NULL);
	n = node_count(items);
	for (i = 0; i < n && !error; i++) {
		xmlNode *node = items->nodesetval->nodeTab[i];
		newsdoc_author *author;
		size_t f;

		if ((error = text_at(r, rules->authors.fields[AUTHOR_NAME] ? rules->authors.fields[AUTHOR_NAME] : ".",
			node, text)) != 0 || !text->len)
			continue;
		if ((error = newsdoc_document_add_author(&author, r->doc, text->ptr)) != 0)
			break;
		for (f = AUTHOR_ROLE; f <= AUTHOR_URL && !error; f++) {
			if ((error = text_at(r, rules->authors.fields[f], node, text)) != 0 || !text->len)
				continue;
			if (f == AUTHOR_URL && (error = absolute(r, text)) != 0)
				break;
			error = f == AUTHOR_ROLE ? newsdoc_author_set_role(author, text->ptr) :
				f == AUTHOR_AFFILIATION ? newsdoc_author_set_affiliation(author, text->ptr) :
				newsdoc_author_set_url(author, text->ptr);
		}
	}
	if (!error && newsdoc_document_author_count(r->doc))
		error = newsdoc_document_set_provenance(r->doc, NEWSDOC_FIELD_AUTHORS, SOURCE);
	xmlXPathFreeObject(items);
	return error;
}

static int apply_related(runner *r, const item_rule *rule, newsdoc__sb *text)
{
	newsdoc__sb title = NEWSDOC__SB_INIT, link = NEWSDOC__SB_INIT;
	xmlXPathObject *items;
	size_t i, n;
	int error = 0;

	if (!rule->each)
		return 0;
	items = eval(r, rule->each, NULL);
	n = node_count(items);
	for (i = 0; i < n && !error; i++) {
		xmlNode *node = items->nodesetval->nodeTab[i];
		newsdoc_related *item;
		size_t f;

		if ((error = text_at(r, rule->fields[RELATED_TITLE], node, &title)) != 0 ||
		    (error = text_at(r, rule->fields[RELATED_URL], node, &link)) != 0 ||
		    (error = absolute(r, &link)) != 0)
			break;
		if (!title.len && !link.len)
			continue;
		if ((error = newsdoc_document_add_related(&item, r->doc, title.len ? title.ptr : NULL,
			link.len ? link.ptr : NULL)) != 0)
			break;
		for (f = RELATED_AUTHOR; f <= RELATED_IMAGE && !error; f++) {
			if ((error = text_at(r, rule->fields[f], node, text)) != 0 || !text->len)
				continue;
			if (f == RELATED_IMAGE && (error = absolute(r, text)) != 0)
				break;
			error = f == RELATED_AUTHOR ? newsdoc_related_set_author(item, text->ptr) :
				f == RELATED_SUMMARY ? newsdoc_related_set_summary(item, text->ptr) :
				newsdoc_related_set_image(item, text->ptr);
		}
	}
	if (!error && newsdoc_document_related_count(r->doc))
		error = newsdoc_document_set_provenance(r->doc, NEWSDOC_FIELD_RELATED, SOURCE);
	xmlXPathFreeObject(items);
	newsdoc__sb_free(&title);
	newsdoc__sb_free(&link);
	return error;
}

static int apply_comment_count(runner *r, const char *expr, newsdoc__sb *text)
{
	const char *p;
	int error;

	if ((error = text_at(r, expr, NULL, text)) != 0 || !text->len)
		return error;
	for (p = text->ptr; *p && (*p < '0' || *p > '9'); p++)
		;
	if (!*p)
		return 0;
	if ((error = newsdoc_document_set_comment_count(r->doc, strtol(p, NULL, 10))) != 0)
		return error;
	return newsdoc_document_set_provenance(r->doc, NEWSDOC_FIELD_COMMENTS, SOURCE);
}

/*
 * Whether a node a drop rule selected can be taken out of the tree. The
 * document node cannot, nor can the DTD; a namespace node in an XPath
 * result is not in the tree at all but the engine's own copy, which only
 * xmlXPathFreeObject may free.
 */
static int droppable(const xmlNode *node)
{
	switch (node->type) {
	case XML_ELEMENT_NODE:
	case XML_ATTRIBUTE_NODE:
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
	case XML_COMMENT_NODE:
	case XML_PI_NODE:
		return 1;
	default:
		return 0;
	}
}

/* Unlink every droppable match first, then free them: a match inside
 * another match (an element's attribute, a text node) is then already
 * detached from it, so nothing is freed twice. What cannot be dropped
 * stays in the result, for xmlXPathFreeObject to free the namespace copies. */
static int apply_drop(runner *r, const char *expr)
{
	xmlXPathObject *result = eval(r, expr, NULL);
	xmlNodeSet *set = node_count(result) ? result->nodesetval : NULL;
	int i, kept = 0;

	for (i = 0; set && i < set->nodeNr; i++)
		if (droppable(set->nodeTab[i]))
			xmlUnlinkNode(set->nodeTab[i]);
	for (i = 0; set && i < set->nodeNr; i++) {
		xmlNode *node = set->nodeTab[i];
		if (droppable(node))
			xmlFreeNode(node);
		else
			set->nodeTab[kept++] = node;
	}
	if (set)
		set->nodeNr = kept;
	xmlXPathFreeObject(result);
	return 0;
}

static int apply_body(runner *r, const char *expr, const newsdoc_parse_options *opts)
{
	xmlXPathObject *result = eval(r, expr, NULL);
	size_t i, n = node_count(result);
	int error = 0;

	for (i = 0; i < n && !error; i++)
		if (result->nodesetval->nodeTab[i]->type == XML_ELEMENT_NODE)
			error = newsdoc__content_from_container(r->doc, r->html, result->nodesetval->nodeTab[i],
				r->url, opts);
	if (!error && newsdoc_document_block_count(r->doc))
		error = newsdoc_document_set_provenance(r->doc, NEWSDOC_FIELD_BODY, SOURCE);
	xmlXPathFreeObject(result);
	return error;
}

/* Each rule has its own allowance of XPath operations, however many
 * expressions it runs (an item rule runs its fields once per item). */
static void start_rule(runner *r)
{
	newsdoc__xpath_limit_start(r->xpath, &r->limit);
}

/* A rule's outcome: `error`, or, when the rule went over its operation
 * limit, an error that fails the parser (newsdoc_parse then falls back to
 * the generic parser when it chose this one itself). */
static int end_rule(runner *r, const newsdoc__rules *rules, const char *rule, int error)
{
	if (error || !r->over_limit)
		return error;
	return newsdoc__error_set(NEWSDOC_ELIMIT,
		"parser '%s' (plugin '%s'): rule '%s' went over its XPath operation limit of %lu for this page "
		"(%zu nodes) in '%.100s'", rules->parser_id, rules->plugin_name, rule, r->limit.ops, r->limit.nodes,
		r->over_limit);
}

int newsdoc__rules_apply(const newsdoc__rules *rules, newsdoc_document *doc, xmlDoc *html,
	const char *url, const newsdoc_parse_options *opts)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	char drop_name[32];
	runner r;
	size_t i;
	int error = 0;

	r.doc = doc;
	r.html = html;
	r.url = url;
	r.over_limit = NULL;
	r.oom = 0;
	newsdoc__xpath_limit_for(&r.limit, html);
	if (!(r.xpath = newsdoc__xpath_limited_context(html)))
		return newsdoc__error_oom();
	/* Fields first, then drops, then the body: a drop rule may remove a
	 * box that a field rule reads (a related box, a byline). */
	for (i = 0; i < STRING_RULE_COUNT && !error; i++) {
		if (!rules->strings[i])
			continue;
		start_rule(&r);
		if ((error = text_at(&r, rules->strings[i], NULL, &text)) == 0)
			error = set_field(&r, newsdoc__string_rules[i].field, &text);
		error = end_rule(&r, rules, newsdoc__string_rules[i].key, error);
	}
	if (!error && rules->tags) {
		start_rule(&r);
		error = end_rule(&r, rules, "tags", apply_tags(&r, rules->tags, &text));
	}
	if (!error && (rules->authors_byline || rules->authors.each)) {
		start_rule(&r);
		error = end_rule(&r, rules, "authors", apply_authors(&r, rules, &text));
	}
	if (!error && rules->published.xpath) {
		start_rule(&r);
		error = end_rule(&r, rules, "published", apply_date(&r, &rules->published, NEWSDOC_FIELD_PUBLISHED, &text));
	}
	if (!error && rules->modified.xpath) {
		start_rule(&r);
		error = end_rule(&r, rules, "modified", apply_date(&r, &rules->modified, NEWSDOC_FIELD_MODIFIED, &text));
	}
	if (!error && rules->comment_count) {
		start_rule(&r);
		error = end_rule(&r, rules, "comment_count", apply_comment_count(&r, rules->comment_count, &text));
	}
	if (!error && rules->related.each) {
		start_rule(&r);
		error = end_rule(&r, rules, "related", apply_related(&r, &rules->related, &text));
	}
	for (i = 0; i < rules->drop_count && !error; i++) {
		snprintf(drop_name, sizeof(drop_name), "drop[%zu]", i);
		start_rule(&r);
		error = end_rule(&r, rules, drop_name, apply_drop(&r, rules->drop[i]));
	}
	if (!error && rules->body) {
		start_rule(&r);
		error = end_rule(&r, rules, "body", apply_body(&r, rules->body, opts));
	}
	if (!error && (text.failed || r.oom))
		error = newsdoc__error_oom();
	newsdoc__sb_free(&text);
	xmlXPathFreeContext(r.xpath);
	return error;
}
