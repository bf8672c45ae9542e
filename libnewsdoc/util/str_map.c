/*
 * String-keyed hash map (str_map.h).
 */
#include <stdint.h>
#include <string.h>

#include "../internal.h"
#include "str_map.h"

/* FNV-1a, 64 bits. */
static uint64_t hash_of(const char *key)
{
	uint64_t hash = UINT64_C(14695981039346656037);
	const unsigned char *p;

	for (p = (const unsigned char *)key; *p; p++) {
		hash ^= *p;
		hash *= UINT64_C(1099511628211);
	}
	return hash;
}

/* The slot holding `key`, or the free slot where it would go. */
static size_t find_slot(const char *const *keys, size_t cap, const char *key)
{
	size_t slot = (size_t)hash_of(key) & (cap - 1);

	while (keys[slot] && strcmp(keys[slot], key) != 0)
		slot = (slot + 1) & (cap - 1);
	return slot;
}

void *newsdoc__str_map_get(const newsdoc__str_map *map, const char *key)
{
	size_t slot;

	if (!map->count)
		return NULL;
	slot = find_slot(map->keys, map->cap, key);
	return map->keys[slot] ? map->values[slot] : NULL;
}

static int grow(newsdoc__str_map *map)
{
	size_t cap = map->cap ? map->cap * 2 : 16, i;
	const char **keys;
	void **values;

	if (cap > (size_t)-1 / sizeof(void *))
		return newsdoc__error_oom();
	keys = newsdoc__calloc(cap, sizeof(*keys));
	values = newsdoc__calloc(cap, sizeof(*values));
	if (!keys || !values) {
		newsdoc__free(keys);
		newsdoc__free(values);
		return newsdoc__error_oom();
	}
	for (i = 0; i < map->cap; i++) {
		if (map->keys[i]) {
			size_t slot = find_slot(keys, cap, map->keys[i]);
			keys[slot] = map->keys[i];
			values[slot] = map->values[i];
		}
	}
	newsdoc__free(map->keys);
	newsdoc__free(map->values);
	map->keys = keys;
	map->values = values;
	map->cap = cap;
	return 0;
}

int newsdoc__str_map_put(newsdoc__str_map *map, const char *key, void *value)
{
	size_t slot;
	int error;

	if ((map->count + 1) * 2 > map->cap && (error = grow(map)) != 0)
		return error;
	slot = find_slot(map->keys, map->cap, key);
	if (!map->keys[slot]) {
		map->keys[slot] = key;
		map->count++;
	}
	map->values[slot] = value;
	return 0;
}

void newsdoc__str_map_free(newsdoc__str_map *map)
{
	newsdoc__free(map->keys);
	newsdoc__free(map->values);
	map->keys = NULL;
	map->values = NULL;
	map->count = map->cap = 0;
}
