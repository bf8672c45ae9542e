/*
 * A page that puts anything before its <html> start tag (a <script>, a
 * <meta>, text), which real pages do, makes libxml2 imply an <html>
 * element of its own there; at the real tag it reports a misplaced <html>
 * and drops the tag with its attributes, the page's lang among them. The
 * HTML standard keeps them: at an <html> start tag in the page, each of
 * its attributes that the root element lacks is added to it. That is done
 * here after the parse, for the first such tag (the one pages have): its
 * bytes are parsed alone, so that its attributes are read as the parser
 * reads any tag's.
 */
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>

#include "../internal.h"
#ifdef NEWSDOC_ALLOC_HOOKS
#include "../model/alloc_hooks.h"
#endif
#include "html_root.h"
#include "html_tokens.h"

int newsdoc__html_is_misplaced_root(const xmlError *error)
{
	return error->domain == XML_FROM_HTML && error->code == XML_HTML_STRUCURE_ERROR && error->str1 &&
		!strcmp(error->str1, "html") && error->message && strstr(error->message, "misplaced <html>");
}

/* The start tag at `at` alone, as the parser reads it; NULL when there is
 * none there, or when memory ran out (*oom). */
static xmlDoc *parse_tag(const char *data, size_t len, size_t at, int *oom)
{
	newsdoc__html_page page = { (const unsigned char *)data, len };
	newsdoc__html_way way, fork;
	newsdoc__html_token token;
	xmlDoc *tag;

	*oom = 0;
	memset(&way, 0, sizeof(way));
	way.at = at;
	newsdoc__html_step(&page, &way, &token, &fork);
	if (token.kind != NEWSDOC__HTML_START_TAG || token.start != at)
		return NULL;
	xmlResetLastError();
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(1); /* as for the page: html_load.c */
#endif
	tag = htmlReadMemory(data + at, (int)(token.end - at), NULL, "UTF-8",
		HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(0);
#endif
	if (xmlGetLastError() && xmlGetLastError()->code == XML_ERR_NO_MEMORY) {
		xmlFreeDoc(tag);
		*oom = 1;
		return NULL;
	}
	return tag;
}

int newsdoc__html_merge_misplaced_root(xmlDoc *html, const char *data, size_t len, size_t name_end)
{
	xmlNode *root = xmlDocGetRootElement(html), *tag_root;
	xmlAttr *attr;
	xmlDoc *tag;
	int oom, error = 0;

	if (!root || strcasecmp((const char *)root->name, "html") || name_end < 5 || name_end > len ||
		data[name_end - 5] != '<' || strncasecmp(data + name_end - 4, "html", 4))
		return 0;
	if (!(tag = parse_tag(data, len, name_end - 5, &oom)))
		return oom ? newsdoc__error_oom() : 0;
	tag_root = xmlDocGetRootElement(tag);
	for (attr = tag_root ? tag_root->properties : NULL; attr && !error; attr = attr->next) {
		xmlChar *value;
		if (xmlHasProp(root, attr->name))
			continue;
		if (!(value = xmlNodeGetContent((xmlNode *)attr)) || !xmlSetProp(root, attr->name, value))
			error = newsdoc__error_oom();
		xmlFree(value);
	}
	xmlFreeDoc(tag);
	return error;
}
