/*
 * Metadata extraction: the fields around the article (title, authors,
 * dates, site, language, description, section, tags, canonical URL, lead
 * image, comment count) from every source a page offers -- JSON-LD,
 * OpenGraph and article:*, <meta>, microdata, <time>, rel=author, byline
 * markup -- each value recorded with its source.
 */
#ifndef NEWSDOC_METADATA_H
#define NEWSDOC_METADATA_H

#include <stddef.h>

#include "../internal.h"

struct _xmlDoc;

/*
 * Fill every metadata field of `doc` that is still unknown from `html`.
 * Site rules run before it, so what they set is kept. `url` (may be NULL)
 * makes links absolute; `opts` gives max_jsonld_size. Never touches the
 * body. Returns 0 or a NEWSDOC_E* status (only allocation failures: a
 * malformed page is no error).
 */
int newsdoc__extract_metadata(newsdoc_document *doc, struct _xmlDoc *html, const char *url,
	const newsdoc_parse_options *opts);

/*
 * Split a byline ("By Jane Doe and John Roe", "Jane Doe, Senior Reporter",
 * "Federico Borello Interim Executive Director - Human Rights Watch") into
 * people and add each as an author with its role and affiliation. `len`
 * bytes of `byline` (need not be NUL-terminated). `source` is recorded as
 * the provenance of NEWSDOC_FIELD_AUTHORS when at least one author is added
 * (NULL records nothing). Returns 0 (also when nothing was found) or a
 * NEWSDOC_E* status.
 */
int newsdoc__byline_add_authors(newsdoc_document *doc, const char *byline, size_t len,
	const char *source);

#endif
