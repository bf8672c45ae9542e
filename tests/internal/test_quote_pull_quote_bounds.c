/*
 * newsdoc__quote_pull_quote (quotes/pull_quote.c) reads only the block's
 * tokens: a blockquote whose last token ends a sentence has no source line
 * after it, and the token past the list is no part of the block. Here the
 * slot past the list holds a token that points far outside the text, as a
 * stale token of a longer block can (ASan: a read past the allocation when
 * the list is full).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "quotes/quotes_impl.h"

/* The block's tokens, then one stale token whose bytes lie far away. */
static void tokenize_with_stale_slot(quote_token_list *list, const quote_lexicon *lex,
	const char *text)
{
	quote_token_list tokens;
	quote_token *exact;
	size_t count;

	newsdoc__quote_token_list_init(&tokens, NULL, 0);
	assert_int_equal(newsdoc__quote_tokenize(lex, &tokens, text, strlen(text)), 0);
	count = tokens.count;
	assert_true(count > 0);
	exact = malloc((count + 1) * sizeof(*exact));
	assert_non_null(exact);
	memcpy(exact, tokens.items, count * sizeof(*exact));
	newsdoc__quote_token_list_free(&tokens);
	memset(&exact[count], 0, sizeof(*exact));
	exact[count].kind = QTOK_WORD;
	exact[count].start = (size_t)1 << 40;
	exact[count].end = exact[count].start + 5;
	/* the caller's buffer: freed here, not by the list */
	newsdoc__quote_token_list_init(list, exact, count + 1);
	list->count = count;
}

static void test_sentence_end_closes_the_block(void **state)
{
	/* French: its table has a source label, which is read at the token
	 * after the last sentence end */
	const quote_lexicon *lex = newsdoc__quote_lexicon_for(newsdoc__quote_lang_by_tag("fr"));
	const char *text = "Il s'agit d'un budget de transition et nous devons tenir bon.";
	quote_token_list list;
	quote_headline pull;
	(void)state;

	tokenize_with_stale_slot(&list, lex, text);
	newsdoc__quote_pull_quote(&pull, lex, text, &list);
	assert_false(pull.found);
	free(list.items);
}

/* The source line still counts when the slot past the list is stale. */
static void test_source_line_found(void **state)
{
	const quote_lexicon *lex = newsdoc__quote_lexicon_for(newsdoc__quote_lang_by_tag("fr"));
	const char *text = "Il s'agit d'un budget de transition et nous devons tenir bon. "
		"Une citation de Claire Vernet, adjointe aux finances";
	quote_token_list list;
	quote_headline pull;
	(void)state;

	tokenize_with_stale_slot(&list, lex, text);
	newsdoc__quote_pull_quote(&pull, lex, text, &list);
	assert_true(pull.found);
	assert_int_equal(pull.attr.speaker_end - pull.attr.speaker_start, strlen("Claire Vernet"));
	assert_memory_equal(text + pull.attr.speaker_start, "Claire Vernet", strlen("Claire Vernet"));
	free(list.items);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentence_end_closes_the_block),
		cmocka_unit_test(test_source_line_found),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
