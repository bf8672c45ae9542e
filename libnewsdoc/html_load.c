/*
 * Loading HTML: bytes to a libxml2 tree, with the charset worked out from
 * the caller's hint, the page's own declaration, or the bytes themselves.
 */
#include <string.h>
#include <strings.h>
#include <pthread.h>

#include <libxml/HTMLparser.h>

#include "internal.h"

static pthread_once_t libxml_once = PTHREAD_ONCE_INIT;

static void init_libxml(void)
{
	xmlInitParser();
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

int newsdoc__html_load(xmlDoc **out, const char *data, size_t len, const char *url,
	const newsdoc_parse_options *opts)
{
	const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
	xmlDoc *html;

	*out = NULL;
	if (len > (size_t)0x7fffffff)
		return newsdoc__error_set(NEWSDOC_ELIMIT, "HTML input of %zu bytes is too large for libxml2", len);
	pthread_once(&libxml_once, init_libxml);
	html = htmlReadMemory(data, (int)len, url, encoding_hint(data, len, opts->charset), flags);
	if (!html)
		return newsdoc__error_set(NEWSDOC_EPARSE, "the HTML parser could not read the input");
	if (!xmlDocGetRootElement(html)) {
		xmlFreeDoc(html);
		return newsdoc__error_set(NEWSDOC_EPARSE, "the input has no HTML element or text");
	}
	*out = html;
	return 0;
}
