/*
 * The bytes libxml2's HTML parser is given for a page. It reads them as
 * they are but for three things it gets wrong, put right here first:
 *
 *   - Charsets. The page is converted to UTF-8 here, with the handler
 *     libxml2 would use, and the parser is told UTF-8. libxml2 stops
 *     converting at the first bytes the charset cannot read (a stray 0x81
 *     in windows-1252, a broken pair in Shift_JIS) and silently drops the
 *     rest of the page; here such bytes become U+FFFD and the page goes
 *     on, as browsers decode it (the Encoding standard's replacement
 *     mode). Every reader of the bytes after this (the lean copy, the
 *     attribute guard) then reads UTF-8, whatever the page was in.
 *
 *   - NUL characters. The parser takes a NUL for the end of its input:
 *     a page with a NUL at byte 5,000 lost everything after it. The HTML
 *     standard's tokenizer never stops at U+0000 either. In markup (tag
 *     and attribute names and values, comments, a DOCTYPE, the raw text of
 *     <script> and <style>, the escapable text of <title> and <textarea>)
 *     it becomes U+FFFD, as the standard says. In the text of the body the
 *     standard's tree builder ignores it, which joins the words on either
 *     side ("Second\0para" shows as "Secondpara"); here it becomes a
 *     space instead, as in text input: a NUL between two words most often
 *     stood for a separator lost in a conversion, a space joins nothing,
 *     and a run of NUL padding still vanishes (white space folds) instead
 *     of becoming a paragraph of U+FFFD. (Foreign content, text inside
 *     <svg> or <math>, is treated as body text; the extractor never reads
 *     it.)
 *
 *   - A self-closed <script .../> or <style .../>. libxml2 closes it at
 *     the "/>", so the code that follows up to "</script>" becomes text
 *     of the page, paragraphs of JavaScript. The standard ignores the
 *     "/" on an element that is not void: the element's raw text runs to
 *     its end tag. Here the "/" becomes a space when such an end tag
 *     follows (when none does, the standard would hide the rest of the
 *     page; the tag is left self-closed, as libxml2 reads it). The lean
 *     copy (html_lean.c) then cuts the page where the parser does.
 *
 * Where the markup is, is decided by html_tokens.c, as the parser reads
 * it. A page that needs none of this is handed over as it is: no copy.
 */
#include <string.h>
#include <strings.h>

#include "../internal.h"
#include "html_prepare.h"
#include "html_tokens.h"

static const char replacement[] = "\xEF\xBF\xBD";

/* The page and its rewritten copy, made once the first change is found:
 * data[0, copied) has been dealt with (copied to `out` after a change). */
typedef struct rewrite {
	const char *data;
	size_t len;
	size_t copied;
	int changed;
	newsdoc__sb out;
} rewrite;

/* Replace data[at, at + removed) with `with` (changes come in order). */
static void change(rewrite *rw, size_t at, size_t removed, const char *with, size_t with_len)
{
	newsdoc__sb_put(&rw->out, rw->data + rw->copied, at - rw->copied);
	newsdoc__sb_put(&rw->out, with, with_len);
	rw->copied = at + removed;
	rw->changed = 1;
}

/* The NULs in data[from, to): a space in text, U+FFFD in markup. */
static void replace_nuls(rewrite *rw, size_t from, size_t to, int in_markup)
{
	const char *nul;

	while (from < to && (nul = memchr(rw->data + from, 0, to - from)) != NULL) {
		size_t at = (size_t)(nul - rw->data);
		if (in_markup)
			change(rw, at, 1, replacement, 3);
		else
			change(rw, at, 1, " ", 1);
		from = at + 1;
	}
}

/* 1 when "</name" comes at or after `from`; *none_left remembers that it
 * does not, so that a page of many self-closed tags is read once. */
static int end_tag_follows(const newsdoc__html_page *page, size_t from, const char *name, int *none_left)
{
	size_t n = strlen(name);
	const unsigned char *lt;

	while (!*none_left && from < page->len && (lt = memchr(page->p + from, '<', page->len - from)) != NULL) {
		size_t i = (size_t)(lt - page->p);
		if (i + 2 + n <= page->len && page->p[i + 1] == '/' && !strncasecmp((const char *)lt + 2, name, n))
			return 1;
		from = i + 1;
	}
	*none_left = 1;
	return 0;
}

/*
 * 1 when a <script> or <style> start tag of the page may be self-closed:
 * each "<script" and "<style" read as the parser reads a start tag there.
 * Some are not tags (inside a comment or a script), which can only make
 * the walk that knows run for nothing; most pages have none, and skip it.
 */
static int may_self_close_raw(const newsdoc__html_page *page)
{
	const unsigned char *lt;
	size_t from = 0;

	while (from < page->len && (lt = memchr(page->p + from, '<', page->len - from)) != NULL) {
		size_t i = (size_t)(lt - page->p), name_len = 0;
		from = i + 1;
		if (i + 1 < page->len && (lt[1] | 0x20) == 's') {
			if (i + 7 < page->len && !strncasecmp((const char *)lt + 1, "script", 6))
				name_len = 6;
			else if (i + 6 < page->len && !strncasecmp((const char *)lt + 1, "style", 5))
				name_len = 5;
		}
		if (name_len) {
			newsdoc__html_way way = { 0, NULL, 0 }, fork;
			newsdoc__html_token token;
			way.at = i;
			newsdoc__html_step(page, &way, &token, &fork);
			if (token.kind == NEWSDOC__HTML_START_TAG && token.self_closed && token.name_end == i + 1 + name_len)
				return 1;
			/* On after the tag: a "<script" inside its values (one that
			 * never closes holds the rest of the page) is no tag, and
			 * reading each again would be quadratic. */
			if (token.end > from)
				from = token.end;
		}
	}
	return 0;
}

/* Rewrite the page where it needs it; `nuls`: it has NUL bytes. */
static void rewrite_page(rewrite *rw, int nuls)
{
	newsdoc__html_page page = { (const unsigned char *)rw->data, rw->len };
	newsdoc__html_walk walk;
	newsdoc__html_token token;
	const char *escapable = NULL; /* in the text of this <title> or <textarea> */
	int no_script_end = 0, no_style_end = 0;
	size_t text_from = 0;

	newsdoc__html_walk_start(&walk, &page);
	while (newsdoc__html_walk_next(&walk, &page, &token)) {
		if (nuls) {
			replace_nuls(rw, text_from, token.start, escapable != NULL);
			replace_nuls(rw, token.start, token.end,
				escapable || walk.in_raw || token.kind != NEWSDOC__HTML_TEXT);
		}
		text_from = token.end;
		if (token.kind == NEWSDOC__HTML_START_TAG && token.self_closed) {
			const char *raw = newsdoc__html_token_is(&page, &token, "script") ? "script" :
				newsdoc__html_token_is(&page, &token, "style") ? "style" : NULL;
			if (raw && end_tag_follows(&page, token.end, raw, raw[1] == 'c' ? &no_script_end : &no_style_end)) {
				change(rw, token.end - 2, 1, " ", 1);
				/* the parser reads raw text next, as the walk does */
				walk.way.raw = raw;
			}
		} else if (token.kind == NEWSDOC__HTML_START_TAG) {
			if (newsdoc__html_token_is(&page, &token, "title"))
				escapable = "title";
			else if (newsdoc__html_token_is(&page, &token, "textarea"))
				escapable = "textarea";
		} else if (token.kind == NEWSDOC__HTML_END_TAG && escapable &&
			newsdoc__html_token_is(&page, &token, escapable)) {
			escapable = NULL;
		}
	}
	if (rw->changed)
		newsdoc__sb_put(&rw->out, rw->data + rw->copied, rw->len - rw->copied);
}

int newsdoc__html_prepare(newsdoc__html_input *input, const char *data, size_t len, const char *charset)
{
	newsdoc__html_page page;
	rewrite rw;
	int error, nuls;

	memset(input, 0, sizeof(*input));
	input->bytes = data;
	input->len = len;
	if ((error = newsdoc__to_utf8(data, len, charset, &input->utf8, &input->len)) != 0)
		return error;
	if (input->utf8)
		input->bytes = input->utf8;
	else
		input->len = len;
	memset(&rw, 0, sizeof(rw));
	rw.data = input->bytes;
	rw.len = input->len;
	page.p = (const unsigned char *)rw.data;
	page.len = rw.len;
	nuls = memchr(rw.data, 0, rw.len) != NULL;
	if (nuls || may_self_close_raw(&page))
		rewrite_page(&rw, nuls);
	if (!rw.changed)
		return 0;
	if (rw.out.failed || newsdoc__sb_grow(&rw.out, 0) != 0) {
		newsdoc__sb_free(&rw.out);
		return newsdoc__error_oom();
	}
	input->copy = rw.out.ptr;
	input->bytes = rw.out.ptr;
	input->len = rw.out.len;
	newsdoc__free(input->utf8);
	input->utf8 = NULL;
	return 0;
}

void newsdoc__html_input_dispose(newsdoc__html_input *input)
{
	newsdoc__free(input->utf8);
	newsdoc__free(input->copy);
	memset(input, 0, sizeof(*input));
}
