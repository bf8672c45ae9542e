/*
 * Sets of short words for per-element scans (word_index.h).
 */
#include <string.h>

#include "word_index.h"

int newsdoc__word_index_add(newsdoc__word_index *index, const char *const *words, size_t count,
	unsigned short tag)
{
	size_t i;

	for (i = 0; i < count; i++) {
		unsigned int pair = (unsigned int)(unsigned char)words[i][0] << 8 | (unsigned char)words[i][1];
		if (index->count == NEWSDOC__WORD_INDEX_MAX)
			return -1;
		index->word[index->count] = words[i];
		index->len[index->count] = (unsigned char)strlen(words[i]);
		index->tag[index->count] = tag;
		index->count++;
		index->pairs[pair >> 6] |= UINT64_C(1) << (pair & 63);
	}
	return 0;
}

static unsigned int pair_of(const char *word)
{
	return (unsigned int)(unsigned char)word[0] << 8 | (unsigned char)word[1];
}

void newsdoc__word_index_finish(newsdoc__word_index *index)
{
	const char *word[NEWSDOC__WORD_INDEX_MAX];
	unsigned char len[NEWSDOC__WORD_INDEX_MAX];
	unsigned short tag[NEWSDOC__WORD_INDEX_MAX];
	size_t i, j, used = 0, pairs = 0;

	/* Group the words by pair, in the order the pairs first appear (a
	 * stable grouping: words keep their order within a pair). */
	for (i = 0; i < index->count; i++) {
		unsigned int pair = pair_of(index->word[i]);
		if (index->pair_id[pair])
			continue;
		index->pair_id[pair] = (unsigned char)++pairs;
		for (j = i; j < index->count; j++) {
			if (pair_of(index->word[j]) != pair)
				continue;
			word[used] = index->word[j];
			len[used] = index->len[j];
			tag[used] = index->tag[j];
			used++;
		}
		index->pair_start[pairs] = (unsigned short)used;
	}
	index->pair_start[0] = 0;
	memcpy(index->word, word, used * sizeof(word[0]));
	memcpy(index->len, len, used * sizeof(len[0]));
	memcpy(index->tag, tag, used * sizeof(tag[0]));
}
