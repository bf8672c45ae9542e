/*
 * Loading HTML: bytes to a libxml2 tree, with the charset worked out from
 * a byte order mark, the caller's hint, the page's own declaration, or the
 * bytes themselves (content/charset.c). The tree's text is always UTF-8.
 */
#include <string.h>
#include <strings.h>
#include <pthread.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include "internal.h"
#include "content/content.h"

static pthread_once_t libxml_once = PTHREAD_ONCE_INIT;

static void init_libxml(void)
{
	xmlInitParser();
}

int newsdoc__html_load(xmlDoc **out, const char *data, size_t len, const char *url,
	const newsdoc_parse_options *opts)
{
	const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
	const char *charset;
	char charset_name[64];
	size_t bom_len;
	xmlDoc *html;

	*out = NULL;
	if (len > (size_t)0x7fffffff)
		return newsdoc__error_set(NEWSDOC_ELIMIT, "HTML input of %zu bytes is too large for libxml2", len);
	pthread_once(&libxml_once, init_libxml);
	/* Always name the charset: libxml2 2.9 would read an undeclared page as
	 * Latin-1, and a name given here overrides a wrong <meta> further down. */
	charset = content_detect_charset(data, len, opts->charset, &bom_len,
		charset_name, sizeof(charset_name));
	/* libxml2 keeps going after an allocation failure and may hand back a
	 * partial tree; its last error says so, and a partial page would be
	 * silent garbage, so that is an allocation failure for us too. */
	xmlResetLastError();
	html = htmlReadMemory(data + bom_len, (int)(len - bom_len), url, charset, flags);
	if (xmlGetLastError() && xmlGetLastError()->code == XML_ERR_NO_MEMORY) {
		xmlFreeDoc(html);
		return newsdoc__error_oom();
	}
	if (!html)
		return newsdoc__error_set(NEWSDOC_EPARSE, "the HTML parser could not read the input");
	if (!xmlDocGetRootElement(html)) {
		xmlFreeDoc(html);
		return newsdoc__error_set(NEWSDOC_EPARSE, "the input has no HTML element or text");
	}
	*out = html;
	return 0;
}
