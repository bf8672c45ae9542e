/*
 * JSON-LD internals shared by the reader (meta_jsonld.c) and the lenient
 * parser (meta_jsonld_repair.c).
 */
#ifndef NEWSDOC_META_JSONLD_H
#define NEWSDOC_META_JSONLD_H

#include <jansson.h>

#include "meta_impl.h"

/* Take ownership of `value`; on failure it is released and -1 returned. */
int newsdoc__meta_jsonld_keep(meta_jsonld_roots *roots, json_t *value);
void newsdoc__meta_jsonld_roots_free(meta_jsonld_roots *roots);
/* Parse a script's text (strict, then repaired) into `roots`. */
int newsdoc__meta_jsonld_parse_text(meta_jsonld_roots *roots, const char *text, size_t len);

#endif
