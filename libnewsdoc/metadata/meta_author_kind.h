/*
 * Person or organisation: the kind of each author (meta_author_kind.c)
 * and its word tables (meta_author_kind_words.c). Private to the metadata
 * module and the text parser.
 */
#ifndef NEWSDOC_META_AUTHOR_KIND_H
#define NEWSDOC_META_AUTHOR_KIND_H

#include <stddef.h>

#include "../internal.h"

struct meta_store;

/* Word lists (NULL-ended, lowercase); see meta_author_kind_words.c. */
extern const char *const newsdoc__kind_desk_words[];
extern const char *const newsdoc__kind_publication_words[];
extern const char *const newsdoc__kind_articles[];
extern const char *const newsdoc__kind_english_article[];
extern const char *const newsdoc__kind_agencies[];
extern const char *const newsdoc__kind_legal_forms[];

/*
 * Give every author of `doc` whose kind is still NEWSDOC_AUTHOR_UNKNOWN a
 * kind: NEWSDOC_AUTHOR_ORGANIZATION when the page shows one (`store`, may
 * be NULL: the types JSON-LD and microdata state, the site's names; the
 * document's site name and `url`; the name itself), else
 * NEWSDOC_AUTHOR_PERSON. A kind already set (a plugin's, an import's) is
 * kept. Returns 0 or a NEWSDOC_E* status.
 */
int newsdoc__author_kinds(newsdoc_document *doc, const struct meta_store *store, const char *url);

/* The kind the name alone gives, without a page: ORGANIZATION for an
 * agency or a desk, else PERSON (exposed for the unit tests). */
int newsdoc__author_kind_of_name(const char *name);

#endif
