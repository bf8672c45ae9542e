/*
 * newsdoc__byline_is_role_word (metadata/meta_byline_words.c): the role
 * table looked up through a word index must find exactly the words the
 * plain table walk (newsdoc__byline_word_in) finds, ASCII case aside.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "metadata/meta_byline.h"

static int is_role(const char *s)
{
	byline_word w;
	w.s = s;
	w.len = strlen(s);
	return newsdoc__byline_is_role_word(&w);
}

static void test_every_table_word_is_found(void **state)
{
	const char *const *k;
	(void)state;
	for (k = newsdoc__byline_role_words; *k; k++) {
		byline_word w;
		w.s = *k;
		w.len = strlen(*k);
		assert_true(newsdoc__byline_is_role_word(&w));
	}
}

static void test_case_and_word_bounds(void **state)
{
	(void)state;
	assert_true(is_role("Editor"));
	assert_true(is_role("CORRESPONDENT"));
	assert_true(is_role("VP"));
	assert_true(is_role("Korrespondentin"));
	assert_true(is_role("\xEA\xB8\xB0\xEC\x9E\x90")); /* 기자 */
	/* only `len` bytes are the word: "Editorial" cut to "Editor" */
	{
		byline_word w = { "Editorial", 6 };
		assert_true(newsdoc__byline_is_role_word(&w));
		w.len = 9;
		assert_false(newsdoc__byline_is_role_word(&w));
	}
	assert_false(is_role("edit"));
	assert_false(is_role("editorsx"));
	assert_false(is_role("v"));
	assert_false(is_role(""));
	assert_false(is_role("Jane"));
	/* a non-ASCII capital is not folded, as in newsdoc__byline_word_in */
	assert_false(is_role("R\xC3\x89" "DACTEUR"));
}

static void test_agrees_with_the_table_walk(void **state)
{
	static const char *const probes[] = {
		"Senior", "head", "Heads", "chief", "Chef", "ceo", "CEO", "co-founder", "Co-Founder",
		"jefa", "Spéciale", "reporterin", "Reporter,", "doe", "Redaktør", "x", "ab", NULL
	};
	size_t i;
	(void)state;
	for (i = 0; probes[i]; i++) {
		byline_word w;
		w.s = probes[i];
		w.len = strlen(probes[i]);
		assert_int_equal(newsdoc__byline_is_role_word(&w),
			newsdoc__byline_word_in(&w, newsdoc__byline_role_words));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_table_word_is_found),
		cmocka_unit_test(test_case_and_word_bounds),
		cmocka_unit_test(test_agrees_with_the_table_walk),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
