/*
 * Structure-aware mutations for the fuzz targets: repeat a piece of the
 * input N times or nest it in itself N levels (N up to thousands, within
 * the size libFuzzer allows), so deep and repeated structure is reached
 * in seconds rather than never. Byte-level mutations (libFuzzer's own)
 * rarely grow an element into a thousand copies of itself; these do it
 * in one step.
 *
 * mutate.c     the buffer edits and the random choices they share
 * mutate_html.c  elements (repeat, nest, chain), attributes, separators
 * mutate_text.c  lines, words, quotation marks, separators
 * mutate_json.c  values, members, brackets, separators
 * mutator.c    LLVMFuzzerCustomMutator: one of the above or libFuzzer's own
 *
 * Each mutate_* function returns 1 after changing the buffer, 0 when the
 * input has nothing it could work on (the caller falls back then). The
 * buffer never grows past max_size.
 */
#ifndef NEWSDOC_FUZZ_MUTATE_H
#define NEWSDOC_FUZZ_MUTATE_H

#include <stddef.h>
#include <stdint.h>

typedef struct mut_buf {
	uint8_t *data;
	size_t size;
	size_t max_size;
} mut_buf;

typedef struct mut_rng {
	uint64_t state;
} mut_rng;

void mut_rng_seed(mut_rng *rng, unsigned int seed);
/* A number in [0, n); n > 0. */
size_t mut_below(mut_rng *rng, size_t n);
/*
 * How many copies of a `unit`-byte piece to add: often a few, sometimes
 * hundreds or thousands, never more than the room left allows. 0 when not
 * even one fits.
 */
size_t mut_copies(mut_rng *rng, const mut_buf *buf, size_t unit);
/* Insert `copies` copies of `len` bytes at `at` (the bytes may lie in the buffer). */
int mut_insert(mut_buf *buf, size_t at, const uint8_t *bytes, size_t len, size_t copies);
/* Follow [start, start + len) with `copies` more copies of itself. */
int mut_repeat(mut_buf *buf, size_t start, size_t len, size_t copies);
/*
 * Repeat one of `seps` (a NULL-ended list) found in the buffer, or insert
 * one at a random place and repeat it.
 */
int mut_separator(mut_buf *buf, mut_rng *rng, const char *const *seps);

int mutate_html(mut_buf *buf, mut_rng *rng);
int mutate_text(mut_buf *buf, mut_rng *rng);
int mutate_json(mut_buf *buf, mut_rng *rng);

#endif
