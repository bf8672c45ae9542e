/*
 * A set of strings with a number for each, for membership tests that
 * must stay cheap however many strings a page brings (image addresses):
 * open addressing with linear probing, grown to keep it at most half
 * full. The strings are borrowed: the caller keeps them alive and
 * unchanged while they are in the set.
 *
 *	newsdoc__str_set set = NEWSDOC__STR_SET_INIT;
 *	if (!newsdoc__str_set_find(&set, key, &value))
 *		error = newsdoc__str_set_add(&set, key, value);
 *	newsdoc__str_set_free(&set);
 */
#ifndef NEWSDOC_STR_SET_H
#define NEWSDOC_STR_SET_H

#include <stddef.h>
#include <stdint.h>

typedef struct newsdoc__str_set_slot {
	const char *key;  /* NULL: an empty slot */
	size_t value;
	uint32_t hash;
} newsdoc__str_set_slot;

typedef struct newsdoc__str_set {
	newsdoc__str_set_slot *slots;
	size_t capacity;  /* a power of two, or 0 before the first add */
	size_t count;
} newsdoc__str_set;

#define NEWSDOC__STR_SET_INIT { NULL, 0, 0 }

/* FNV-1a over `n` bytes: short keys, no adversary who sees the table. */
uint32_t newsdoc__hash_bytes(const char *s, size_t n);

/* 1 and the key's number in *value when `key` is in the set, else 0. */
int newsdoc__str_set_find(const newsdoc__str_set *set, const char *key, size_t *value);
/* Add `key`, which is not in the set yet, with `value`. 0, or
 * NEWSDOC_ENOMEM (the set is unchanged then). */
int newsdoc__str_set_add(newsdoc__str_set *set, const char *key, size_t value);
void newsdoc__str_set_free(newsdoc__str_set *set);

#endif
