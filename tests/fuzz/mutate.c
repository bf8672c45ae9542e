/*
 * The buffer edits and random choices the structure-aware mutators share
 * (mutate.h).
 */
#include "mutate.h"

#include <stdlib.h>
#include <string.h>

void mut_rng_seed(mut_rng *rng, unsigned int seed)
{
	rng->state = 0x9E3779B97F4A7C15ull ^ seed;
}

/* splitmix64: small, and good enough to pick places and counts */
static uint64_t next(mut_rng *rng)
{
	uint64_t z = (rng->state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

size_t mut_below(mut_rng *rng, size_t n)
{
	return (size_t)(next(rng) % n);
}

size_t mut_copies(mut_rng *rng, const mut_buf *buf, size_t unit)
{
	size_t room = buf->max_size > buf->size ? buf->max_size - buf->size : 0;
	size_t fits = unit ? room / unit : 0;
	size_t want;

	if (fits == 0)
		return 0;
	/* half a few, a quarter tens, a quarter hundreds to thousands: deep
	 * enough for recursion and quadratic walks to show */
	switch (mut_below(rng, 4)) {
	case 0:
	case 1:
		want = 1 + mut_below(rng, 7);
		break;
	case 2:
		want = 8 + mut_below(rng, 120);
		break;
	default:
		want = 128 + mut_below(rng, 8064);
		break;
	}
	return want < fits ? want : fits;
}

int mut_insert(mut_buf *buf, size_t at, const uint8_t *bytes, size_t len, size_t copies)
{
	uint8_t *unit = NULL;
	size_t added, i;

	if (len == 0 || copies == 0 || at > buf->size || copies > (buf->max_size - buf->size) / len)
		return 0;
	added = len * copies;
	/* the piece may lie in the part about to move: keep a copy */
	if (bytes >= buf->data && bytes < buf->data + buf->size) {
		unit = malloc(len);
		if (unit == NULL)
			return 0;
		memcpy(unit, bytes, len);
		bytes = unit;
	}
	memmove(buf->data + at + added, buf->data + at, buf->size - at);
	for (i = 0; i < copies; i++)
		memcpy(buf->data + at + i * len, bytes, len);
	buf->size += added;
	free(unit);
	return 1;
}

int mut_repeat(mut_buf *buf, size_t start, size_t len, size_t copies)
{
	if (start > buf->size || len > buf->size - start)
		return 0;
	return mut_insert(buf, start + len, buf->data + start, len, copies);
}

static size_t find(const mut_buf *buf, size_t from, const char *needle)
{
	size_t len = strlen(needle), i;

	for (i = from; len <= buf->size && i <= buf->size - len; i++) {
		if (memcmp(buf->data + i, needle, len) == 0)
			return i;
	}
	return SIZE_MAX;
}

int mut_separator(mut_buf *buf, mut_rng *rng, const char *const *seps)
{
	size_t count = 0, first, k;

	while (seps[count] != NULL)
		count++;
	if (count == 0)
		return 0;
	/* the first separator present after a random place, trying each kind
	 * from a random one on */
	first = mut_below(rng, count);
	for (k = 0; k < count; k++) {
		const char *sep = seps[(first + k) % count];
		size_t len = strlen(sep);
		size_t from = buf->size ? mut_below(rng, buf->size) : 0;
		size_t at = find(buf, from, sep);

		if (at == SIZE_MAX)
			at = find(buf, 0, sep);
		if (at != SIZE_MAX)
			return mut_repeat(buf, at, len, mut_copies(rng, buf, len));
	}
	{
		const char *sep = seps[first];
		size_t len = strlen(sep);
		size_t copies = mut_copies(rng, buf, len);

		return mut_insert(buf, buf->size ? mut_below(rng, buf->size + 1) : 0, (const uint8_t *)sep, len,
			copies);
	}
}
