/*
 * A hash map from strings to pointers (str_map.c), for the sets of names
 * that registry creation checks once per manifest (plugin names, parser
 * ids, formats, folders already checked): a lookup costs the same with
 * 80,000 plugins as with 8, so discovery stays linear in their number.
 *
 * Keys are borrowed and must outlive the map; values are never NULL.
 * Open addressing with linear probing, grown when half full.
 */
#ifndef NEWSDOC_STR_MAP_H
#define NEWSDOC_STR_MAP_H

#include <stddef.h>

typedef struct newsdoc__str_map {
	const char **keys; /* NULL: a free slot */
	void **values;
	size_t count;
	size_t cap;        /* 0, or a power of two */
} newsdoc__str_map;

#define NEWSDOC__STR_MAP_INIT { NULL, NULL, 0, 0 }

/* The value of `key`, or NULL. */
void *newsdoc__str_map_get(const newsdoc__str_map *map, const char *key);
/* Map `key` to `value` (not NULL), replacing what it had; 0, or
 * NEWSDOC_ENOMEM (the map is unchanged then). */
int newsdoc__str_map_put(newsdoc__str_map *map, const char *key, void *value);
/* Free the map's tables (not the keys or values); it is empty again. */
void newsdoc__str_map_free(newsdoc__str_map *map);

#endif
