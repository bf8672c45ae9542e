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
 * charsets are converted here as html_prepare.c converts them for it
 * (newsdoc__to_utf8).
 *
 * A NUL byte ends the parser's input wherever it stops on one; this scan
 * reads on, which can only count more.
 */
#include <stdint.h>
#include <string.h>

#include "../internal.h"
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

int newsdoc__html_attr_scan(newsdoc__html_attr_count *out, const char *data, size_t len, const char *charset,
	size_t cap)
{
	newsdoc__html_page page;
	char *utf8 = NULL;
	size_t utf8_len = 0;
	int error;

	memset(out, 0, sizeof(*out));
	if ((error = newsdoc__to_utf8(data, len, charset, &utf8, &utf8_len)) != 0)
		return error;
	page.p = (const unsigned char *)(utf8 ? utf8 : data);
	page.len = utf8 ? utf8_len : len;
	if (scan_tags(&page, out, cap) < 0)
		error = newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: the page's markup can be read in too many ways to check it (its <script> or <style> elements end too many ways)");
	newsdoc__free(utf8);
	return error;
}
