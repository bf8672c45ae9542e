/*
 * The attributes of an <html> start tag that libxml2 drops because the
 * tag comes too late (html_root.c).
 */
#ifndef NEWSDOC_HTML_ROOT_H
#define NEWSDOC_HTML_ROOT_H

#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* 1 when `error` is the parser's report of a misplaced <html> start tag,
 * made as it stands just after the tag's name. */
int newsdoc__html_is_misplaced_root(const xmlError *error);

/*
 * Give the root element of `html` the attributes it lacks from the <html>
 * start tag whose name ends at data[name_end] (where the parser stood at
 * that report), in the `len` bytes it parsed. 0 or NEWSDOC_ENOMEM.
 */
int newsdoc__html_merge_misplaced_root(xmlDoc *html, const char *data, size_t len, size_t name_end);

#endif
