/*
 * The start tags of a page as libxml2's HTML parser (2.9.14, recovery
 * mode) reads them, so that html_load.c can refuse a page before the
 * parser spends minutes on it: for each attribute of a start tag the
 * parser looks through the tag's earlier attributes, so a tag of n
 * attributes costs n²/2 comparisons (a million attributes: hours).
 *
 * The count must not come out lower than what the parser reads, or a page
 * shaped for it walks past the guard. So it follows the parser's own
 * steps (html_tokens.c), and where the parser's way depends on which
 * elements are open (whether an end tag in a <script> closes it) both
 * ways are followed. The parser sees the page in UTF-8: pages in other
 * charsets are converted here the way libxml2 converts them (up to the
 * first byte the charset cannot read, where libxml2's input ends).
 *
 * A NUL byte ends the parser's input wherever it stops on one; this scan
 * reads on, which can only count more.
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "internal.h"
#include "html_attr_scan.h"
#include "html_tokens.h"

/* n(n-1)/2 without overflow: one of the two is even. */
static size_t pairs_of(size_t n)
{
	return n % 2 ? n * ((n - 1) / 2) : (n / 2) * (n - 1);
}

/*
 * One way of reading the page, at a point where the parser decides what
 * comes next. The parser's way is mostly fixed by the bytes; where it
 * depends on which elements are open (whether an end tag closes the
 * element whose raw text it stands in), both ways are followed, each with
 * its own sum, and ways that meet again become one.
 */
typedef struct scan_path {
	newsdoc__html_way way;
	size_t pairs;
} scan_path;

/* Ways followed at once at most; a page needing more is refused. */
#define MAX_PATHS 8

/* Follow every way of reading the page; 0, or -1 when there are too many.
 * Stops at the first start tag with more than `cap` attributes. */
static int scan_tags(const newsdoc__html_page *page, newsdoc__html_attr_count *out, size_t cap)
{
	scan_path paths[MAX_PATHS];
	size_t count = 1, i, j, pairs = 0;

	memset(paths, 0, sizeof(paths));
	paths[0].way.at = newsdoc__html_prolog(page);
	out->ways = 1;
	while (count > 0) {
		scan_path *path = &paths[0];
		newsdoc__html_token token;
		newsdoc__html_way fork;
		/* the way furthest behind goes first, so that ways meet */
		for (i = 1; i < count; i++)
			if (paths[i].way.at < path->way.at)
				path = &paths[i];
		if (path->way.at >= page->len) {
			if (path->pairs > pairs)
				pairs = path->pairs;
			*path = paths[--count];
			continue;
		}
		if (newsdoc__html_step(page, &path->way, &token, &fork)) {
			if (count == MAX_PATHS)
				return -1;
			paths[count].way = fork;
			paths[count++].pairs = path->pairs;
			if (count > out->ways)
				out->ways = count;
		} else if (token.kind == NEWSDOC__HTML_START_TAG) {
			if (token.attributes > out->most)
				out->most = token.attributes;
			path->pairs = pairs_of(token.attributes) > SIZE_MAX - path->pairs ? SIZE_MAX :
				path->pairs + pairs_of(token.attributes);
			if (token.attributes > cap)
				break;
		}
		/* Ways at the same point in the same state go on as one. */
		for (i = 0; i < count; i++)
			for (j = i + 1; j < count; j++)
				if (paths[i].way.at == paths[j].way.at && paths[i].way.raw == paths[j].way.raw &&
					paths[i].way.after_doctype == paths[j].way.after_doctype) {
					if (paths[j].pairs > paths[i].pairs)
						paths[i].pairs = paths[j].pairs;
					paths[j--] = paths[--count];
				}
	}
	for (i = 0; i < count; i++)
		if (paths[i].pairs > pairs)
			pairs = paths[i].pairs;
	out->pairs = pairs;
	return 0;
}

/*
 * The page in UTF-8 as libxml2 converts it for `charset`: with the same
 * handler, and only up to the first bytes the charset cannot read (where
 * libxml2's input ends). NULL in *out when the page is read as it is.
 */
static int convert(const char *data, size_t len, const char *charset, xmlBufferPtr *out)
{
	xmlCharEncodingHandlerPtr handler;
	xmlBufferPtr in = NULL, utf8 = NULL;
	int error = 0;

	*out = NULL;
	if (len > ((size_t)INT_MAX - 16) / 3)
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"HTML input of %zu bytes in %s is too large to convert to UTF-8", len, charset);
	xmlResetLastError();
	if (!(handler = xmlFindCharEncodingHandler(charset))) {
		const xmlError *last = xmlGetLastError();
		return last && last->code == XML_ERR_NO_MEMORY ? newsdoc__error_oom() : 0;
	}
	if (handler->name && !strcasecmp(handler->name, "UTF-8")) {
		xmlCharEncCloseFunc(handler);
		return 0;
	}
	/* A character takes at most three times its bytes in UTF-8: room for
	 * all of it, so that the conversion never stops for want of space. */
	if (!(in = xmlBufferCreateSize(len + 1)) || !(utf8 = xmlBufferCreateSize(len * 3 + 16)) ||
		xmlBufferAdd(in, (const xmlChar *)data, (int)len) != 0) {
		error = newsdoc__error_oom();
	} else {
		/* It stops early at bytes the charset cannot read (-2). */
		while (xmlBufferLength(in) > 0) {
			int before = xmlBufferLength(in);
			if (xmlCharEncInFunc(handler, utf8, in) < 0 || xmlBufferLength(in) == before)
				break;
		}
	}
	xmlCharEncCloseFunc(handler);
	xmlBufferFree(in);
	if (error)
		xmlBufferFree(utf8);
	else
		*out = utf8;
	return error;
}

int newsdoc__html_attr_scan(newsdoc__html_attr_count *out, const char *data, size_t len, const char *charset,
	size_t cap)
{
	newsdoc__html_page page;
	xmlBufferPtr utf8 = NULL;
	int error;

	memset(out, 0, sizeof(*out));
	if ((error = convert(data, len, charset, &utf8)) != 0)
		return error;
	page.p = utf8 ? xmlBufferContent(utf8) : (const unsigned char *)data;
	page.len = utf8 ? (size_t)xmlBufferLength(utf8) : len;
	if (scan_tags(&page, out, cap) < 0)
		error = newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: the page's markup can be read in too many ways to check it (its <script> or <style> elements end too many ways)");
	xmlBufferFree(utf8);
	return error;
}
