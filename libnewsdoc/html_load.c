/*
 * Loading HTML: bytes to a libxml2 tree, with the charset worked out from
 * a byte order mark, the caller's hint, the page's own declaration, or the
 * bytes themselves (content/charset.c). The tree's text is always UTF-8.
 */
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

#include "internal.h"
#ifdef NEWSDOC_ALLOC_HOOKS
#include "alloc_hooks.h"
#endif
#include "content/content.h"
#include "html_lean.h"

#define DEFAULT_MAX_NODES ((size_t)2000000)
/* libxml2 checks each attribute of a start tag against all the tag's
 * earlier ones, so a tag with a million attributes takes hours. */
#define MAX_TAG_ATTRIBUTES ((size_t)1000)

/* The offset just past the "</name" that ends a raw-text element (script,
 * style) whose content starts at `i`, or `len`. */
static size_t skip_raw_text(const char *data, size_t len, size_t i, const char *name, size_t name_len)
{
	while (i < len) {
		const char *lt = memchr(data + i, '<', len - i);
		if (!lt)
			return len;
		i = (size_t)(lt - data) + 1;
		if (i + 1 + name_len <= len && data[i] == '/' && !strncasecmp(data + i + 1, name, name_len))
			return i + 1 + name_len;
	}
	return len;
}

/*
 * 1 when a start tag in the bytes seems to have more than `cap`
 * attributes: a rough tokenizer (whitespace-separated words inside
 * "<name ... >", quoted values, comments, scripts and styles skipped) that
 * may overcount but is linear.
 */
static int tag_attributes_over(const char *data, size_t len, size_t cap)
{
	size_t i = 0;

	while (i < len) {
		const char *lt = memchr(data + i, '<', len - i), *raw = NULL;
		size_t count = 0, name = 0;
		int space = 0, equals = 0;
		if (!lt)
			return 0;
		i = (size_t)(lt - data) + 1;
		if (i + 3 <= len && !memcmp(data + i, "!--", 3)) {
			const char *end = memmem(data + i + 3, len - i - 3, "-->", 3);
			if (!end)
				return 0;
			i = (size_t)(end - data) + 3;
			continue;
		}
		if (i >= len || !newsdoc__html_is_letter(data[i]))
			continue;
		while (i + name < len && newsdoc__html_is_letter(data[i + name]))
			name++;
		if (name == 6 && !strncasecmp(data + i, "script", 6))
			raw = "script";
		else if (name == 5 && !strncasecmp(data + i, "style", 5))
			raw = "style";
		i += name;
		while (i < len && data[i] != '>' && data[i] != '<') {
			char c = data[i];
			if ((c == '"' || c == '\'') && equals) {
				/* a quoted value: only right after '=' */
				const char *end = memchr(data + i + 1, c, len - i - 1);
				if (!end)
					return 0;
				i = (size_t)(end - data) + 1;
				space = equals = 0;
				continue;
			}
			if (newsdoc__html_is_space(c) || c == '/') {
				space = 1;
			} else if (c == '=') {
				equals = 1;
				space = 0;
			} else {
				equals = 0;
				if (space) {
					space = 0;
					if (++count > cap)
						return 1;
				}
			}
			i++;
		}
		if (raw)
			i = skip_raw_text(data, len, i, raw, name);
	}
	return 0;
}

/*
 * 1 when the tree has more than `limit` nodes: elements, text, comments
 * and the like, and each attribute. An iterative walk (a deep page must not
 * exhaust the stack) that stops as soon as the limit is passed.
 */
static int over_node_limit(xmlDoc *html, size_t limit)
{
	xmlNode *node = xmlDocGetRootElement(html);
	size_t count = 0;

	while (node) {
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

static void silent_generic_error(void *context, const char *message, ...)
{
	(void)context;
	(void)message;
}

/* Parse `len` bytes (a BOM of `bom_len` bytes first) in `charset`, within
 * the limits of `opts`. */
static int parse_checked(xmlDoc **out, const char *data, size_t len, size_t bom_len, const char *url,
	const char *charset, const newsdoc_parse_options *opts)
{
	xmlGenericErrorFunc saved_error;
	void *saved_error_context;
	/* XML_PARSE_HUGE: without it libxml2 stops reading at depth 256 and
	 * silently drops the rest of the page; our own limits (max_input_size,
	 * max_nodes, max_depth) bound the work instead. */
	const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
	size_t max_nodes = opts->max_nodes ? opts->max_nodes : DEFAULT_MAX_NODES;
	size_t max_attributes = max_nodes < MAX_TAG_ATTRIBUTES ? max_nodes : MAX_TAG_ATTRIBUTES;
	xmlDoc *html;

	/* libxml2 gives no tree for no bytes; say why here, where it is known. */
	if (len == bom_len)
		return newsdoc__error_set(NEWSDOC_EPARSE, "the input has nothing after its byte order mark");
	if (tag_attributes_over(data, len, max_attributes))
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: a tag has more than %zu attributes (max_nodes, at most %zu per tag)",
			max_attributes, MAX_TAG_ATTRIBUTES);
	newsdoc__xml_init();
	/* libxml2 keeps going after an allocation failure and may hand back a
	 * partial tree; its last error says so, and a partial page would be
	 * silent garbage, so that is an allocation failure for us too. */
	xmlResetLastError();
	/* libxml2 reports encoding trouble on its generic error channel even
	 * with HTML_PARSE_NOERROR, which would write to the host program's
	 * stderr; the channel is per thread, so silence it for this parse. */
	saved_error = xmlGenericError;
	saved_error_context = xmlGenericErrorContext;
	xmlSetGenericErrorFunc(NULL, silent_generic_error);
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(1); /* libxml2's parser does not survive failures: alloc.c */
#endif
	html = htmlReadMemory(data + bom_len, (int)(len - bom_len), url, charset, flags);
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(0);
#endif
	xmlSetGenericErrorFunc(saved_error_context, saved_error);
	if (xmlGetLastError() && xmlGetLastError()->code == XML_ERR_NO_MEMORY) {
		xmlFreeDoc(html);
		return newsdoc__error_oom();
	}
	if (!html)
		return newsdoc__error_set(NEWSDOC_EPARSE, "the HTML parser could not read the input as %s", charset);
	if (!xmlDocGetRootElement(html)) {
		xmlFreeDoc(html);
		return newsdoc__error_set(NEWSDOC_EPARSE, "the input has no HTML element or text");
	}
	if (over_node_limit(html, max_nodes)) {
		xmlFreeDoc(html);
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: the page has more than %zu nodes (max_nodes)", max_nodes);
	}
	*out = html;
	return 0;
}

/*
 * 1 when every '<', quote, letter and '-' in the bytes is that character:
 * the lean copy cuts the bytes on them. Not so in UTF-16 and UTF-32, where
 * a character's bytes can read "<!--", nor in the 7-bit ISO-2022 and
 * UTF-7 codes or EBCDIC; those pages are read whole.
 */
static int ascii_safe(const char *charset)
{
	/* Prefixes: "WINDOWS-" covers windows-1252 and windows-31j alike. */
	static const char *const families[] = {
		"UTF-8", "US-ASCII", "ASCII", "ISO-8859-", "WINDOWS-", "CP125", "KOI8-", "GB2312", "GBK",
		"GB18030", "BIG5", "SHIFT_JIS", "SJIS", "CP932", "EUC-", "TIS-620", "CP874",
		"MACINTOSH", NULL
	};
	size_t i;

	for (i = 0; families[i]; i++)
		if (!strncasecmp(charset, families[i], strlen(families[i])))
			return 1;
	return 0;
}

int newsdoc__html_load(xmlDoc **out, const char *data, size_t len, const char *url,
	const newsdoc_parse_options *opts, int lean)
{
	const char *charset;
	char charset_name[64], *lean_copy = NULL;
	size_t bom_len;
	int error;

	*out = NULL;
	if (len > (size_t)0x7fffffff)
		return newsdoc__error_set(NEWSDOC_ELIMIT, "HTML input of %zu bytes is too large for libxml2", len);
	/* Always name the charset: libxml2 2.9 would read an undeclared page as
	 * Latin-1, and a name given here overrides a wrong <meta> further down.
	 * Worked out on the whole page: a <meta charset> may follow scripts. */
	charset = newsdoc__content_detect_charset(data, len, opts->charset, &bom_len,
		charset_name, sizeof(charset_name));
	if (lean && ascii_safe(charset)) {
		if ((error = newsdoc__html_lean_copy(data, len, &lean_copy, &len)) != 0)
			return error;
		data = lean_copy;
	}
	error = parse_checked(out, data, len, bom_len, url, charset, opts);
	newsdoc__free(lean_copy);
	return error;
}
