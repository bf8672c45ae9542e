/*
 * LLVMFuzzerCustomMutator for the libFuzzer builds (run-fuzzers.sh links
 * this file into each target; the replay builds do not): half the time
 * libFuzzer's own mutation (bit flips, dictionary words, splices), half a
 * structure-aware one (mutate.h) of the kind the target reads, falling back
 * to libFuzzer's when the input has nothing to work on.
 *
 * Compile with FUZZ_MUTATE set to mutate_html, mutate_text or mutate_json,
 * and FUZZ_PREFIX to the bytes the target reads before its input (1 for
 * the targets whose first byte picks a URL or an input kind), which stay
 * as they are.
 */
#include "mutate.h"

#ifndef FUZZ_MUTATE
#error "FUZZ_MUTATE must name the structure-aware mutation (mutate_html, mutate_text, mutate_json)"
#endif
#ifndef FUZZ_PREFIX
#define FUZZ_PREFIX 0
#endif

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
	mut_rng rng;
	mut_buf buf;

	mut_rng_seed(&rng, seed);
	if (size <= FUZZ_PREFIX || max_size <= size || mut_below(&rng, 2) == 0)
		return LLVMFuzzerMutate(data, size, max_size);
	buf.data = data + FUZZ_PREFIX;
	buf.size = size - FUZZ_PREFIX;
	buf.max_size = max_size - FUZZ_PREFIX;
	if (!FUZZ_MUTATE(&buf, &rng))
		return LLVMFuzzerMutate(data, size, max_size);
	return buf.size + FUZZ_PREFIX;
}
