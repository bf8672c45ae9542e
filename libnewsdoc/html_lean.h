#ifndef NEWSDOC_HTML_LEAN_H
#define NEWSDOC_HTML_LEAN_H
/* The page without comments, styles and scripts that are not JSON
 * (html_lean.c): *out is a NUL-terminated copy of *out_len bytes, freed
 * with newsdoc__free. 0 or NEWSDOC_ENOMEM. */
#include <stddef.h>

int newsdoc__html_lean_copy(const char *data, size_t len, char **out, size_t *out_len);

#endif
