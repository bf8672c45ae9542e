/*
 * A page's markup as libxml2's HTML parser reads it, construct by
 * construct (html_tokens.c): for the attribute guard (html_attr_scan.c),
 * the lean copy (html_lean.c) and the bytes made ready for the parser
 * (html_prepare.c), which must all see the tags, comments and raw text
 * where the parser sees them.
 */
#ifndef NEWSDOC_HTML_TOKENS_H
#define NEWSDOC_HTML_TOKENS_H

#include <stddef.h>

/* The page, in UTF-8 (or in a charset where ASCII bytes are ASCII). */
typedef struct newsdoc__html_page {
	const unsigned char *p;
	size_t len;
} newsdoc__html_page;

/* Where one way of reading the page stands. */
typedef struct newsdoc__html_way {
	size_t at;
	const char *raw;   /* in the raw text of this element: "script" or "style" */
	int after_doctype; /* right after a DOCTYPE inside the page */
} newsdoc__html_way;

typedef enum newsdoc__html_token_kind {
	NEWSDOC__HTML_TEXT,        /* text: a '<' that starts nothing, or the end of the page */
	NEWSDOC__HTML_START_TAG,   /* "<name ...>" */
	NEWSDOC__HTML_END_TAG,     /* "</name ...>" */
	NEWSDOC__HTML_COMMENT,     /* "<!-- ... -->" */
	NEWSDOC__HTML_DECLARATION, /* "<!DOCTYPE ...>" or a processing instruction "<?name ...>" */
	NEWSDOC__HTML_RAW          /* the text of a <script> or <style> */
} newsdoc__html_token_kind;

typedef struct newsdoc__html_token {
	newsdoc__html_token_kind kind;
	size_t start, end;  /* its bytes; the text before it runs from where the last one ended */
	size_t name_end;    /* tags: where the name ends */
	size_t attributes;  /* a start tag: the attributes the parser reads, repeated names and all */
	int self_closed;    /* a start tag that ends with "/>" */
} newsdoc__html_token;

/* Where the page's content starts: after the blanks, comments, processing
 * instructions and one DOCTYPE that the parser reads before it. */
size_t newsdoc__html_prolog(const newsdoc__html_page *page);

/*
 * The next construct from way->at (below page->len), `way` moved past it.
 * Returns 0, or 1 when the page can be read another way from here too
 * (which one the parser takes depends on the elements open around a
 * <script> or <style>): that way is written to *fork.
 */
int newsdoc__html_step(const newsdoc__html_page *page, newsdoc__html_way *way, newsdoc__html_token *token,
	newsdoc__html_way *fork);

/*
 * One way through the whole page from its first byte, for what rewrites
 * the page (the lean copy, the bytes made ready for the parser): where the
 * parser's way forks, the way that keeps the raw text going, with
 * `forked` set until that raw text ends.
 */
typedef struct newsdoc__html_walk {
	newsdoc__html_way way;
	size_t prolog_end;
	int forked;
	int in_raw; /* the last token was read inside raw text */
} newsdoc__html_walk;

void newsdoc__html_walk_start(newsdoc__html_walk *walk, const newsdoc__html_page *page);
/* The next construct into `token`; 0 at the end of the page. */
int newsdoc__html_walk_next(newsdoc__html_walk *walk, const newsdoc__html_page *page, newsdoc__html_token *token);

/* 1 when the tag `token` (a start or end tag) is named `name` (lowercase). */
int newsdoc__html_token_is(const newsdoc__html_page *page, const newsdoc__html_token *token, const char *name);

#endif
