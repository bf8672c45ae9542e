/*
 * A set of borrowed strings with a number each (str_set.h).
 */
#include <string.h>

#include "../internal.h"
#include "str_set.h"

#define FIRST_CAPACITY 64

uint32_t newsdoc__hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot holding `key`, or the empty slot where it would go. */
static newsdoc__str_set_slot *slot_for(const newsdoc__str_set *set, const char *key, uint32_t hash)
{
	size_t mask = set->capacity - 1, i = hash & mask;

	while (set->slots[i].key && (set->slots[i].hash != hash || strcmp(set->slots[i].key, key)))
		i = (i + 1) & mask;
	return &set->slots[i];
}

int newsdoc__str_set_find(const newsdoc__str_set *set, const char *key, size_t *value)
{
	const newsdoc__str_set_slot *slot;

	if (!set->count)
		return 0;
	slot = slot_for(set, key, newsdoc__hash_bytes(key, strlen(key)));
	if (!slot->key)
		return 0;
	*value = slot->value;
	return 1;
}

/* Move every entry into a table twice as large. */
static int grow(newsdoc__str_set *set)
{
	newsdoc__str_set bigger;
	size_t i;

	bigger.capacity = set->capacity ? set->capacity * 2 : FIRST_CAPACITY;
	bigger.count = set->count;
	/* A table that large would hold more strings than memory anyway. */
	if (bigger.capacity > SIZE_MAX / sizeof(*bigger.slots))
		return newsdoc__error_oom();
	if (!(bigger.slots = newsdoc__calloc(bigger.capacity, sizeof(*bigger.slots))))
		return newsdoc__error_oom();
	for (i = 0; i < set->capacity; i++)
		if (set->slots[i].key)
			*slot_for(&bigger, set->slots[i].key, set->slots[i].hash) = set->slots[i];
	newsdoc__free(set->slots);
	*set = bigger;
	return 0;
}

int newsdoc__str_set_add(newsdoc__str_set *set, const char *key, size_t value)
{
	newsdoc__str_set_slot *slot;
	uint32_t hash = newsdoc__hash_bytes(key, strlen(key));
	int error;

	if ((set->count + 1) * 2 > set->capacity && (error = grow(set)) != 0)
		return error;
	slot = slot_for(set, key, hash);
	slot->key = key;
	slot->value = value;
	slot->hash = hash;
	set->count++;
	return 0;
}

void newsdoc__str_set_free(newsdoc__str_set *set)
{
	newsdoc__free(set->slots);
	set->slots = NULL;
	set->capacity = set->count = 0;
}
