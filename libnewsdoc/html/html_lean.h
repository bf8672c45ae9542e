#ifndef NEWSDOC_HTML_LEAN_H
#define NEWSDOC_HTML_LEAN_H
/* The page without comments, styles and scripts that are not JSON
 * (html_lean.c): *out is a NUL-terminated copy of *out_len bytes, freed
 * with newsdoc__free. 0 or NEWSDOC_ENOMEM. */
#include <stddef.h>

/* ASCII letters and HTML's white space, as the byte scanners of the lean
 * copy read them (the attribute count of html_attr_scan.c reads bytes as
 * libxml2 does, where a form feed is no blank). */
static inline int newsdoc__html_is_letter(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline int newsdoc__html_is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

int newsdoc__html_lean_copy(const char *data, size_t len, char **out, size_t *out_len);

/* Copy the start tag tag[0, len) ("<name ...>") to `out` (room for len
 * bytes) without the attributes the generic extractor never reads
 * (html_lean_tag.c); the bytes written. */
size_t newsdoc__html_lean_start_tag(const char *tag, size_t len, char *out);

#endif
