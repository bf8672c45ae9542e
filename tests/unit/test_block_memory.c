/*
 * What a document's paragraph costs in memory. A page near max_nodes
 * (about a million paragraphs) holds its tree and its blocks at once, so
 * a block's bytes count: its text is kept in an allocation of its own
 * size, not in a growing buffer's first 64 bytes (a short paragraph took
 * 80 bytes of heap for 19). Measured with glibc's mallinfo2; skipped
 * where another allocator serves malloc (sanitizers, valgrind).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <malloc.h>
#include <stdio.h>
#include <cmocka.h>

#include <newsdoc.h>

#if defined(__SANITIZE_ADDRESS__)
#define OTHER_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define OTHER_ALLOCATOR 1
#endif
#endif

/* A power of two: the list of blocks is then full, not half empty. */
#define BLOCKS 16384

static size_t heap_in_use(void)
{
	struct mallinfo2 info = mallinfo2();
	return info.uordblks + info.hblkhd;
}

static void test_short_paragraph_bytes(void **state)
{
	static const char text[] = "Short words here.";
	newsdoc_document *doc = NULL;
	size_t before, after, per_block, i;
	(void)state;

#ifdef OTHER_ALLOCATOR
	skip();
#endif
	assert_int_equal(newsdoc_document_new(&doc), 0);
	before = heap_in_use();
	for (i = 0; i < BLOCKS; i++)
		assert_int_equal(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, text, sizeof(text) - 1), 0);
	after = heap_in_use();
	newsdoc_document_free(doc);
	if (after <= before)
		skip(); /* malloc is not glibc's: nothing to measure */
	per_block = (after - before) / BLOCKS;
	printf("a paragraph of %zu bytes takes %zu bytes of heap\n", sizeof(text) - 1, per_block);
	/* the block (its struct), its text, its place in the list */
	if (per_block > 200)
		fail_msg("a paragraph of %zu bytes takes %zu bytes of heap", sizeof(text) - 1, per_block);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_paragraph_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
