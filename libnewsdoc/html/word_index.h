/*
 * A set of short words looked for in class names, tokens and short texts,
 * built for scans that run once per element of a page: a position is
 * passed over unless its two bytes start some word (a 65536-bit set), and
 * only the words starting with those two bytes are compared (word_index.c).
 *
 *	newsdoc__word_index_add(index, words, count, tag) ... for each list
 *	newsdoc__word_index_finish(index)
 *	for each position p of the text:
 *		for (k = newsdoc__word_index_first(index, p, &end); k < end; k++)
 *			if (newsdoc__word_index_matches(index, k, p)) ... index->tag[k]
 *
 * The text must be NUL-terminated (a word is never compared past a NUL).
 * An index is built once (under pthread_once) and only read afterwards.
 */
#ifndef NEWSDOC_WORD_INDEX_H
#define NEWSDOC_WORD_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NEWSDOC__WORD_INDEX_MAX 255 /* pair ids are bytes */

typedef struct newsdoc__word_index {
	const char *word[NEWSDOC__WORD_INDEX_MAX];
	unsigned char len[NEWSDOC__WORD_INDEX_MAX];
	unsigned short tag[NEWSDOC__WORD_INDEX_MAX]; /* the caller's: which list, which word */
	size_t count;
	uint64_t pairs[1024];                   /* bit (first byte << 8 | second byte) */
	/* After finish, the words are ordered by their first two bytes; the
	 * words of the pair with id i (1...) are [pair_start[i - 1], pair_start[i]). */
	unsigned char pair_id[65536];
	unsigned short pair_start[NEWSDOC__WORD_INDEX_MAX + 1];
} newsdoc__word_index;

/* Add words (each at least two bytes long) with the same tag to a zeroed
 * index; words past NEWSDOC__WORD_INDEX_MAX are left out. -1 then, else 0. */
int newsdoc__word_index_add(newsdoc__word_index *index, const char *const *words, size_t count,
	unsigned short tag);
/* Order the words by their first two bytes; call once, after the last add. */
void newsdoc__word_index_finish(newsdoc__word_index *index);

/* The range [return value, *end) of words that may start at `p`; empty
 * when the two bytes at p start no word. */
static inline size_t newsdoc__word_index_first(const newsdoc__word_index *index, const char *p, size_t *end)
{
	unsigned int pair = (unsigned int)(unsigned char)p[0] << 8 | (unsigned char)p[1];

	unsigned int id;

	if (!(index->pairs[pair >> 6] & (UINT64_C(1) << (pair & 63)))) {
		*end = 0;
		return 0;
	}
	id = index->pair_id[pair];
	*end = index->pair_start[id];
	return index->pair_start[id - 1];
}

/* 1 when word k is at `p`. Inline: it runs for every candidate. */
static inline int newsdoc__word_index_matches(const newsdoc__word_index *index, size_t k, const char *p)
{
	const char *word = index->word[k];
	size_t len = index->len[k];

	/* The first two bytes are known to match; the third decides most. */
	return len <= 2 || (word[2] == p[2] && !strncmp(p + 3, word + 3, len - 3));
}

#endif
