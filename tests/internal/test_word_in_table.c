/*
 * newsdoc__word_in_table (text/text_util.c): the one exact, any-case
 * look-up of a word in a NULL-ended table that the metadata files share;
 * newsdoc__word_all_capitals, the acronym test of author kinds and teaser
 * credits; newsdoc__word_has_digit, the digit test of bylines and author kinds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "text/text_util.h"

static const char *const words[] = { "login", "sign-in", "me", "aktualisiert", NULL };
static const char *const none[] = { NULL };

static void test_whole_word_any_case(void **state)
{
	(void)state;
	assert_true(newsdoc__word_in_table(words, "login", 5));
	assert_true(newsdoc__word_in_table(words, "LogIn", 5));
	assert_true(newsdoc__word_in_table(words, "Sign-In/x", 7));
	assert_true(newsdoc__word_in_table(words, "ME", 2));
	assert_true(newsdoc__word_in_table(words, "Aktualisiert:", 12));
}

static void test_prefixes_and_longer_words(void **state)
{
	(void)state;
	/* a part of a word, or a word that starts with one, is not the word */
	assert_false(newsdoc__word_in_table(words, "log", 3));
	assert_false(newsdoc__word_in_table(words, "logins", 6));
	assert_false(newsdoc__word_in_table(words, "mel", 3));
	assert_false(newsdoc__word_in_table(words, "m", 1));
	assert_false(newsdoc__word_in_table(words, "", 0));
	/* a NUL inside the length is no match */
	assert_false(newsdoc__word_in_table(words, "me\0", 3));
	assert_false(newsdoc__word_in_table(none, "login", 5));
}

static void test_all_capitals(void **state)
{
	(void)state;
	assert_true(newsdoc__word_all_capitals("NDR", 3));
	assert_true(newsdoc__word_all_capitals("NASCAR", 6));
	assert_true(newsdoc__word_all_capitals("AP-NEWS", 7));
	assert_true(newsdoc__word_all_capitals("NDR2x", 3));   /* only `len` bytes count */
	/* one capital is a word's start, not an acronym; a lower-case letter ends it */
	assert_false(newsdoc__word_all_capitals("A", 1));
	assert_false(newsdoc__word_all_capitals("A1", 2));
	assert_false(newsdoc__word_all_capitals("NDr", 3));
	assert_false(newsdoc__word_all_capitals("Lobato", 6));
	assert_false(newsdoc__word_all_capitals("", 0));
}

static void test_has_digit(void **state)
{
	(void)state;
	assert_true(newsdoc__word_has_digit("Agent007", 8));
	assert_true(newsdoc__word_has_digit("9", 1));
	assert_false(newsdoc__word_has_digit("Lobato", 6));
	assert_false(newsdoc__word_has_digit("NDR2", 3));      /* only `len` bytes count */
	assert_false(newsdoc__word_has_digit("", 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_word_any_case),
		cmocka_unit_test(test_prefixes_and_longer_words),
		cmocka_unit_test(test_all_capitals),
		cmocka_unit_test(test_has_digit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
