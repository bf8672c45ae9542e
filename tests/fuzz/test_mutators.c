/*
 * The structure-aware mutators (mutate.h) without libFuzzer: over many
 * seeds, each stays within max_size and leaves the bytes past it alone, the
 * custom mutator keeps the target's prefix byte, and the shapes they exist
 * for do come out: elements nested and chained a thousand levels deep,
 * repeated a hundred times, attributes duplicated, title separators
 * repeated, lines repeated, quotation marks nested, JSON values nested
 * and members duplicated while the JSON stays valid.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "mutate.h"

#define SEEDS 1500
#define MAX_SIZE 65536
#define GUARD 64

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);

/* libFuzzer's own mutation, for the fallback: counts its calls, changes nothing */
static size_t fallback_calls;

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size)
{
	(void)data;
	(void)max_size;
	fallback_calls++;
	return size;
}

typedef int (*mutation)(mut_buf *, mut_rng *);

/* The figures one run of a mutation over many seeds is judged by. */
typedef struct shapes {
	size_t most_nested;   /* deepest nesting of `tag` start tags */
	size_t most_chained;  /* most `tag` start tags without end tags between */
	size_t most_repeated; /* most occurrences of `needle` */
	size_t most_adjacent; /* longest run of `needle` back to back */
	size_t valid_json;    /* outputs that parse as JSON */
	size_t changed;
} shapes;

static size_t count(const uint8_t *data, size_t size, const char *needle)
{
	size_t len = strlen(needle), n = 0, i;

	for (i = 0; len <= size && i + len <= size; i++)
		n += memcmp(data + i, needle, len) == 0;
	return n;
}

static size_t adjacent_run(const uint8_t *data, size_t size, const char *needle)
{
	size_t len = strlen(needle), best = 0, i = 0;

	while (i + len <= size) {
		size_t run = 0;

		while (i + len <= size && memcmp(data + i, needle, len) == 0) {
			run++;
			i += len;
		}
		if (run > best)
			best = run;
		if (run == 0)
			i++;
	}
	return best;
}

/* Depth of `<tag` start tags minus `</tag` end tags, and the longest run
 * of start tags with no end tag between them. */
static void nesting(const uint8_t *data, size_t size, const char *tag, size_t *deepest, size_t *chained)
{
	char open[32], close[32];
	size_t depth = 0, run = 0, i;

	snprintf(open, sizeof(open), "<%s", tag);
	snprintf(close, sizeof(close), "</%s", tag);
	*deepest = *chained = 0;
	for (i = 0; i < size; i++) {
		if (i + strlen(close) <= size && memcmp(data + i, close, strlen(close)) == 0) {
			depth -= depth > 0;
			run = 0;
		} else if (i + strlen(open) <= size && memcmp(data + i, open, strlen(open)) == 0) {
			depth++;
			run++;
			if (depth > *deepest)
				*deepest = depth;
			if (run > *chained)
				*chained = run;
		}
	}
}

static void run_mutation(mutation mutate, const char *input, const char *tag, const char *needle,
	const char *adjacent, shapes *out)
{
	uint8_t *data = malloc(MAX_SIZE + GUARD);
	size_t len = strlen(input);
	unsigned int seed;

	assert_non_null(data);
	memset(out, 0, sizeof(*out));
	for (seed = 0; seed < SEEDS; seed++) {
		mut_buf buf = { data, len, MAX_SIZE };
		mut_rng rng;
		size_t k, deepest, chained;

		memcpy(data, input, len);
		memset(data + MAX_SIZE, 0xA5, GUARD);
		mut_rng_seed(&rng, seed);
		if (mutate(&buf, &rng))
			out->changed++;
		assert_true(buf.size <= MAX_SIZE);
		for (k = 0; k < GUARD; k++)
			assert_int_equal(data[MAX_SIZE + k], 0xA5);
		if (tag != NULL) {
			nesting(data, buf.size, tag, &deepest, &chained);
			if (deepest > out->most_nested)
				out->most_nested = deepest;
			if (chained > out->most_chained)
				out->most_chained = chained;
		}
		if (needle != NULL && count(data, buf.size, needle) > out->most_repeated)
			out->most_repeated = count(data, buf.size, needle);
		if (adjacent != NULL && adjacent_run(data, buf.size, adjacent) > out->most_adjacent)
			out->most_adjacent = adjacent_run(data, buf.size, adjacent);
		{
			json_error_t error;
			json_t *value = json_loadb((const char *)data, buf.size, JSON_DECODE_ANY, &error);

			out->valid_json += value != NULL;
			json_decref(value);
		}
	}
	free(data);
	if (getenv("MUTATORS_VERBOSE"))
		fprintf(stderr, "changed %zu nested %zu chained %zu repeated %zu adjacent %zu valid json %zu\n",
			out->changed, out->most_nested, out->most_chained, out->most_repeated, out->most_adjacent,
			out->valid_json);
}

static const char page[] =
	"<html><head><title>Minister resigns | The Daily</title></head><body>"
	"<ul class=\"list\"><li><img src=\"a.jpg\" alt=\"x\">Short text.</li></ul>"
	"<article><p class=\"byline\">By Ann Lee</p><p>Body text here.</p></article></body></html>";

static void test_html_reaches_deep_and_repeated_structure(void **state)
{
	shapes s;

	(void)state;
	run_mutation(mutate_html, page, "ul", "<li>", " | ", &s);
	assert_true(s.changed > SEEDS * 9 / 10);
	assert_true(s.most_nested >= 1000);  /* nested in itself */
	assert_true(s.most_chained >= 1000); /* chained, never closed */
	assert_true(s.most_repeated >= 100); /* repeated */
	assert_true(s.most_adjacent >= 100); /* separators */
	run_mutation(mutate_html, page, NULL, "src=\"a.jpg\"", " src=\"a.jpg\"", &s);
	assert_true(s.most_adjacent >= 10); /* an attribute duplicated in its tag */
}

static const char text[] =
	"Minister resigns\n\nBy Ann Lee and Bob Roe\nPublished 2 March 2024\n\n"
	"\"We will go on,\" she said.\nThe rest of the story.\n";

static void test_text_repeats_lines_and_nests_quotes(void **state)
{
	shapes s;

	(void)state;
	run_mutation(mutate_text, text, NULL, "By Ann Lee and Bob Roe\n", "\xE2\x80\x9C", &s);
	assert_true(s.changed > SEEDS * 9 / 10);
	assert_true(s.most_repeated >= 100);
	assert_true(s.most_adjacent >= 100);
	run_mutation(mutate_text, text, NULL, NULL, "\n\n", &s);
	assert_true(s.most_adjacent >= 100);
}

static const char json[] =
	"{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"A [b] {c}\","
	"\"author\":[{\"@type\":\"Person\",\"name\":\"Ann\"}],\"commentCount\":3}]}";

static void test_json_nests_and_repeats_and_stays_valid(void **state)
{
	shapes s;

	(void)state;
	run_mutation(mutate_json, json, NULL, "\"@type\":\"Person\"", NULL, &s);
	assert_true(s.changed > SEEDS * 9 / 10);
	assert_true(s.most_repeated >= 100);
	/* all but the separator mutations keep the JSON valid */
	assert_true(s.valid_json >= SEEDS / 2);
	run_mutation(mutate_json, json, NULL, NULL, "[", &s);
	assert_true(s.most_adjacent >= 1000);
	run_mutation(mutate_json, json, NULL, "\"author\":", NULL, &s);
	assert_true(s.most_repeated >= 100); /* duplicate keys */
}

/* The entry point keeps the selector byte and falls back to libFuzzer's own
 * mutation about half the time, and when it cannot grow the input. */
static void test_custom_mutator_keeps_prefix_and_falls_back(void **state)
{
	uint8_t *data = malloc(MAX_SIZE);
	size_t len = strlen(page), falls;
	unsigned int seed;

	(void)state;
	assert_non_null(data);
	fallback_calls = 0;
	for (seed = 0; seed < SEEDS; seed++) {
		size_t size;

		data[0] = 0x07;
		memcpy(data + 1, page, len);
		size = LLVMFuzzerCustomMutator(data, len + 1, MAX_SIZE, seed);
		assert_true(size <= MAX_SIZE);
		assert_int_equal(data[0], 0x07);
	}
	falls = fallback_calls;
	assert_true(falls > SEEDS / 3 && falls < SEEDS * 2 / 3);
	data[0] = 0x07;
	memcpy(data + 1, page, len);
	fallback_calls = 0;
	assert_int_equal(LLVMFuzzerCustomMutator(data, len + 1, len + 1, 1), len + 1);
	assert_int_equal(fallback_calls, 1);
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_reaches_deep_and_repeated_structure),
		cmocka_unit_test(test_text_repeats_lines_and_nests_quotes),
		cmocka_unit_test(test_json_nests_and_repeats_and_stays_valid),
		cmocka_unit_test(test_custom_mutator_keeps_prefix_and_falls_back),
	};
	return cmocka_run_group_tests_name("fuzz mutators", tests, NULL, NULL);
}
