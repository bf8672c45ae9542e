/*
 * A growing, NUL-terminated string for the C site plugins, with the white
 * space folding they apply to page text. Header-only: each plugin is its
 * own shared object and never links libnewsdoc, so this is compiled into
 * each one that includes it.
 *
 * A failed allocation sets `failed` and makes later puts do nothing, so a
 * caller checks once, after building the text.
 */
#ifndef NEWSDOC_PLUGINS_TEXT_BUF_H
#define NEWSDOC_PLUGINS_TEXT_BUF_H

#include <stdlib.h>
#include <string.h>

typedef struct text_buf {
	char *ptr;
	size_t len, cap;
	int failed;
} text_buf;

static inline void tb_put(text_buf *tb, const char *s, size_t n)
{
	if (tb->failed || !n)
		return;
	if (tb->len + n + 1 > tb->cap) {
		size_t cap = tb->cap ? tb->cap * 2 : 256;
		char *p;
		while (cap < tb->len + n + 1)
			cap *= 2;
		if (!(p = realloc(tb->ptr, cap))) {
			tb->failed = 1;
			return;
		}
		tb->ptr = p;
		tb->cap = cap;
	}
	memcpy(tb->ptr + tb->len, s, n);
	tb->len += n;
	tb->ptr[tb->len] = '\0';
}

/* Fold runs of ASCII white space to one space and trim, in place. (No-break
 * spaces are kept: the host's node_text folds those too, which would change
 * what these plugins have always written.) */
static inline void tb_fold(text_buf *tb)
{
	size_t i, o = 0;
	int space = 1; /* drops leading space */

	for (i = 0; i < tb->len; i++) {
		unsigned char c = (unsigned char)tb->ptr[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			if (!space)
				tb->ptr[o++] = ' ';
			space = 1;
		} else {
			tb->ptr[o++] = (char)c;
			space = 0;
		}
	}
	while (o && tb->ptr[o - 1] == ' ')
		o--;
	tb->len = o;
	if (tb->ptr)
		tb->ptr[o] = '\0';
}

#endif
