/*
 * Quotations inside a sentence that a cue introduces from a distance: most
 * short ones are scare quotes or titles and stay out (quotes.c), but words
 * named as chanted, shouted or read out ("marchers were chanting “Dump
 * Trump.”", "a hat reading, “Make Mexico Great Again”", "an ad titled
 * “Scam.”") are what somebody said or wrote, whatever their length or
 * capitals: the noun or verb right before the mark says so.
 */
#include "quotes_impl.h"

int newsdoc__quote_after_utterance_word(const char *text, const quote_token_list *tokens,
	size_t open)
{
	size_t i = newsdoc__quote_token_at(tokens->items, tokens->count, open);
	const quote_token *t;

	/* "titled, “Scam.”": a comma may stand between the word and the mark. */
	if (i > 0 && tokens->items[i - 1].kind == QTOK_PUNCT && tokens->items[i - 1].cp == ',')
		i--;
	if (i == 0)
		return 0;
	t = &tokens->items[i - 1];
	if (t->lex & QLEX_UTTERANCE)
		return 1;
	return i >= 2 && QUOTE_WORD_IS(text, t, "of") && (tokens->items[i - 2].lex & QLEX_UTTERANCE_OF);
}
