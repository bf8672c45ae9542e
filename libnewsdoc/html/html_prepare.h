/*
 * The bytes libxml2's HTML parser is given for a page (html_prepare.c):
 * in UTF-8, without NUL bytes, with <script/> and <style/> opened.
 */
#ifndef NEWSDOC_HTML_PREPARE_H
#define NEWSDOC_HTML_PREPARE_H

#include <stddef.h>

typedef struct newsdoc__html_input {
	const char *bytes; /* the page as the parser reads it: the caller's bytes, or a buffer below */
	size_t len;
	char *utf8;        /* the page converted to UTF-8, when it was in another charset */
	char *copy;        /* the bytes changed, when they had to be */
} newsdoc__html_input;

/*
 * Make the `len` bytes of `data` in `charset` ready for the parser. 0,
 * NEWSDOC_ENOMEM, or NEWSDOC_ELIMIT for a page too large to convert.
 * Dispose of `input` in every case.
 */
int newsdoc__html_prepare(newsdoc__html_input *input, const char *data, size_t len, const char *charset);
void newsdoc__html_input_dispose(newsdoc__html_input *input);

#endif
