/*
 * Quotations inside a sentence that a cue introduces from a distance: most
 * short ones are scare quotes or titles and stay out (quotes.c), but words
 * named as chanted, shouted or read out ("marchers were chanting “Dump
 * Trump.”", "a hat reading, “Make Mexico Great Again”", "an ad titled
 * “Scam.”") are what somebody said or wrote, whatever their length or
 * capitals: the noun or verb right before the mark says so.
 */
#include <string.h>

#include "quotes_impl.h"

/* Words after which quoted words are what was uttered or written. */
static const char *const utterance_words[] = {
	"chant", "chants", "chanted", "chanting", "cry", "cries", "cried", "shouted", "shouting",
	"screamed", "yelled", "yelling", "read", "reads", "reading", "slogan", "titled", "entitled",
};

/* Nouns that take "of" before the words ("chants of", "a chorus of"). */
static const char *const utterance_nouns[] = {
	"chant", "chants", "chorus", "cries", "calls",
};

static int word_in(const char *text, const quote_token *tok, const char *const *list, size_t n)
{
	size_t i;

	if (tok->kind != QTOK_WORD)
		return 0;
	for (i = 0; i < n; i++)
		if (newsdoc__quote_word_is_n(text, tok, list[i], strlen(list[i])))
			return 1;
	return 0;
}

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
	if (word_in(text, t, utterance_words, sizeof(utterance_words) / sizeof(utterance_words[0])))
		return 1;
	return i >= 2 && QUOTE_WORD_IS(text, t, "of") &&
		word_in(text, &tokens->items[i - 2], utterance_nouns,
		sizeof(utterance_nouns) / sizeof(utterance_nouns[0]));
}
