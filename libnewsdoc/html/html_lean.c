/*
 * The lean copy of a page: the bytes without what the generic extractor
 * never reads, so that libxml2 does not spend time building it.
 *
 * News pages are half JavaScript, CSS and comments by size (55% of the
 * bytes of the public benchmark's 181 pages), and libxml2 reads the inside
 * of a <script> or <style> one character at a time. Left out:
 *   - what is inside comments "<!-- ... -->";
 *   - what is inside <style> elements;
 *   - what is inside <script> elements, except those whose type names
 *     JSON (JSON-LD, application/json): those are data the extractor reads;
 *   - what is inside <svg> elements (drawings, which the extractor skips
 *     whole) that close the way they open;
 *   - data-, aria- and on* attributes, outside <img> (html_lean_tag.c;
 *     a start tag that loses one has its white space between attributes
 *     made one space).
 * The comment, or the element's start and end tags, stay as an empty
 * "<!---->", "<script ...></script>": libxml2 then builds the same tree
 * as from the whole page, only emptier. Its tree depends on them being
 * there: a script before "<html lang=..>" makes it imply an <html> of its
 * own, and it keeps or drops white space between elements by what comes
 * next and before (HTML_PARSE_NOBLANKS), which shows in a <pre>. Readers
 * of the tree skip what is inside those elements (content/nodes.c,
 * metadata/meta_walk.c), so the document is the same either way. Site
 * parsers and probes get the whole page (parse.c decides which load a
 * page gets), since a site may keep its data in a script.
 *
 * Where a tag, a comment or raw text starts and ends is where libxml2's
 * parser finds it (html_tokens.c): a page of odd markup (a quote left
 * open in an attribute, "--!>" ending a comment) is cut exactly where the
 * parser cuts it, or the two would read different pages from there on.
 * Anything unterminated is copied as it is and left to the parser; so is
 * the raw text of a <script> whose end depends on the elements open
 * around it, and an <svg> whose tags do not nest plainly (the parser
 * could close it early).
 */
#include <string.h>
#include <strings.h>

#include "../internal.h"
#include "html_lean.h"
#include "html_tokens.h"

/* An <svg> element whose drawing is left out holds at most this depth of
 * elements; a deeper one is copied. */
#define SVG_MAX_DEPTH 64

/* Elements that libxml2 closes as soon as they open: no end tag nests. */
static int is_void(const newsdoc__html_page *page, const newsdoc__html_token *tag)
{
	static const char *const names[] = {
		"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex",
		"link", "meta", "param", "source", "track", "wbr", NULL
	};
	size_t i;

	for (i = 0; names[i]; i++)
		if (newsdoc__html_token_is(page, tag, names[i]))
			return 1;
	return 0;
}

/* 1 when the tags `a` and `b` have the same name. */
static int same_name(const newsdoc__html_page *page, const newsdoc__html_token *a, const newsdoc__html_token *b)
{
	size_t a_from = a->start + (a->kind == NEWSDOC__HTML_END_TAG ? 2 : 1);
	size_t b_from = b->start + (b->kind == NEWSDOC__HTML_END_TAG ? 2 : 1);

	return a->name_end - a_from == b->name_end - b_from &&
		!strncasecmp((const char *)page->p + a_from, (const char *)page->p + b_from, a->name_end - a_from);
}

/*
 * The walk past the <svg> start tag just read, to the end tag that closes
 * it, when every tag inside nests plainly: each end tag closes the element
 * opened last, no raw text forks, nothing is cut by the end of the page.
 * Then libxml2 closes the <svg> there too, and 1 is returned with `walk`
 * after it and its end tag in *close. Else 0, and *unsafe_until is where
 * the look stopped: <svg> tags before that are copied without a look, so
 * that nested ones are not looked through again and again.
 */
static int svg_closes_plainly(const newsdoc__html_page *page, newsdoc__html_walk *walk,
	const newsdoc__html_token *svg, newsdoc__html_token *close, size_t *unsafe_until)
{
	newsdoc__html_token open[SVG_MAX_DEPTH], token;
	newsdoc__html_walk ahead = *walk;
	size_t depth = 1;

	open[0] = *svg;
	while (newsdoc__html_walk_next(&ahead, page, &token) && !ahead.forked &&
		token.end < page->len) {
		if (token.kind == NEWSDOC__HTML_START_TAG && !token.self_closed && !is_void(page, &token)) {
			if (depth == SVG_MAX_DEPTH)
				break;
			open[depth++] = token;
		} else if (token.kind == NEWSDOC__HTML_END_TAG) {
			if (!same_name(page, &open[depth - 1], &token))
				break;
			if (--depth == 0) {
				*walk = ahead;
				*close = token;
				return 1;
			}
		}
	}
	*unsafe_until = ahead.way.at;
	return 0;
}

/* 1 when the attributes of a <script> tag give it a type that names JSON.
 * A rough look (a value holding "json") that errs on the side of keeping
 * the script. */
static int script_is_json(const newsdoc__html_page *page, const newsdoc__html_token *tag)
{
	size_t i;

	for (i = tag->name_end; i + 4 <= tag->end; i++)
		if ((page->p[i] | 0x20) == 'j' && !strncasecmp((const char *)page->p + i, "json", 4))
			return 1;
	return 0;
}

/* 1 when the comment `token` ends with its "-->" or "--!>" (an
 * unterminated one runs to the end of the page). */
static int comment_closed(const newsdoc__html_page *page, const newsdoc__html_token *token)
{
	const unsigned char *p = page->p;
	size_t n = token->end - token->start;

	return n >= 7 && p[token->end - 1] == '>' &&
		((p[token->end - 2] == '-' && p[token->end - 3] == '-') ||
		 (n >= 8 && p[token->end - 2] == '!' && p[token->end - 3] == '-' && p[token->end - 4] == '-'));
}

int newsdoc__html_lean_copy(const char *data, size_t len, char **out, size_t *out_len)
{
	newsdoc__html_page page = { (const unsigned char *)data, len };
	newsdoc__html_walk walk;
	newsdoc__html_token token, close;
	size_t written = 0, copied = 0, unsafe_until = 0;
	int drop_raw = 0; /* the raw text of the element just opened is left out */
	char *copy;

	*out = NULL;
	*out_len = 0;
	if (!(copy = newsdoc__malloc(len + 1)))
		return newsdoc__error_oom();
	newsdoc__html_walk_start(&walk, &page);
	while (newsdoc__html_walk_next(&walk, &page, &token)) {
		/* The text before the construct, and what the construct
		 * becomes; each is at most as long as what it stands for. */
		memcpy(copy + written, data + copied, token.start - copied);
		written += token.start - copied;
		copied = token.end;
		switch (token.kind) {
		case NEWSDOC__HTML_COMMENT:
			if (comment_closed(&page, &token)) {
				memcpy(copy + written, "<!---->", 7);
				written += 7;
				continue;
			}
			break;
		case NEWSDOC__HTML_RAW:
			if (drop_raw && !walk.forked)
				continue;
			break;
		case NEWSDOC__HTML_START_TAG:
			drop_raw = walk.way.raw && (newsdoc__html_token_is(&page, &token, "style") ||
				!script_is_json(&page, &token));
			written += newsdoc__html_lean_start_tag(data + token.start, token.end - token.start,
				copy + written);
			if (!token.self_closed && token.start >= unsafe_until &&
				newsdoc__html_token_is(&page, &token, "svg") &&
				svg_closes_plainly(&page, &walk, &token, &close, &unsafe_until)) {
				memcpy(copy + written, data + close.start, close.end - close.start);
				written += close.end - close.start;
				copied = close.end;
			}
			continue;
		default:
			break;
		}
		memcpy(copy + written, data + token.start, token.end - token.start);
		written += token.end - token.start;
	}
	memcpy(copy + written, data + copied, len - copied);
	written += len - copied;
	copy[written] = '\0';
	*out = copy;
	*out_len = written;
	return 0;
}
