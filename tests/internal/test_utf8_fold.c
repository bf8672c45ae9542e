/*
 * newsdoc__utf8_fold_lower (text/utf8.c), the fold the related-box
 * headings are matched under, and the heading tables written for it: an
 * entry with a capital the fold makes small can never match.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "internal.h"
#include "content/content.h"

static void assert_folds(const char *text, const char *expected)
{
	size_t len = strlen(text);
	char *out = malloc(len + 1);

	assert_non_null(out);
	newsdoc__utf8_fold_lower(out, text, len);
	out[len] = '\0';
	assert_string_equal(out, expected);
	free(out);
}

static void test_capitals_made_small(void **state)
{
	(void)state;
	assert_folds("READ ALSO", "read also");
	assert_folds("\xC3\x80 LIRE \xC3\x89GALEMENT", "\xC3\xA0 lire \xC3\xA9galement");
	assert_folds("CZYTAJ TE\xC5\xBB", "czytaj te\xC5\xBC");
	assert_folds("\xD0\xA7\xD0\x98\xD0\xA2\xD0\x90\xD0\x99\xD0\xA2\xD0\x95", "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5");
	/* × and İ stay; so do three-byte letters */
	assert_folds("\xC3\x97\xC4\xB0\xE2\x80\xA6", "\xC3\x97\xC4\xB0\xE2\x80\xA6");
}

/* A lead byte last in the text, or one whose next byte is no continuation,
 * is copied alone: nothing past `len` is read or written. */
static void test_cut_characters_at_the_end(void **state)
{
	static const char *const cut[] = { "ABC\xD0", "\xC3", "A\xC3" "B", "\xD0\xD0" };
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cut) / sizeof(cut[0]); i++) {
		size_t len = strlen(cut[i]), k;
		char *in = malloc(len), *out = malloc(len);
		assert_non_null(in);
		assert_non_null(out);
		memcpy(in, cut[i], len);
		newsdoc__utf8_fold_lower(out, in, len);
		for (k = 0; k < len; k++)
			assert_int_equal((unsigned char)out[k],
				(unsigned char)(cut[i][k] >= 'A' && cut[i][k] <= 'Z' ? cut[i][k] + 32 : cut[i][k]));
		free(in);
		free(out);
	}
}

static void test_more_headings_written_folded(void **state)
{
	size_t i;
	(void)state;

	for (i = 0; i < newsdoc__related_headings_more_count; i++) {
		const char *text = newsdoc__related_headings_more[i].text;
		size_t len = strlen(text);
		char folded[128];
		assert_true(len < sizeof(folded));
		newsdoc__utf8_fold_lower(folded, text, len);
		if (memcmp(folded, text, len))
			fail_msg("entry %zu \"%s\" has a capital: it never matches", i, text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_capitals_made_small),
		cmocka_unit_test(test_cut_characters_at_the_end),
		cmocka_unit_test(test_more_headings_written_folded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
