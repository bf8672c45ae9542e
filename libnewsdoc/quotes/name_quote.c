/*
 * Quotations that name something rather than quote somebody, told by the
 * words right before the opening mark (the language's tables, lang.h):
 * - a label before a colon at the start of a parenthesis or after a
 *   comma: a translation or a short form of a name ("„Palang Prachachon“
 *   (etwa: „Partei der Volksmacht“)", "OpenOffice.org, kurz: „OOo“");
 * - one capitalised word right after an article ("mit dem
 *   „Deutschlandfunk“", "für einen „Rätselsaurier“", "zum „Austausch“"):
 *   a name or a term; a fragment somebody said is a phrase ("einen
 *   „beschämenden Deal“") or follows "als" ("als „Fest“ bezeichnete").
 * Both run once per quotation, never per word of the text.
 */
#include <string.h>

#include "quotes_impl.h"

/* Longest label before a colon, in words ("übersetzt etwa"). */
#define MAX_LABEL_WORDS 3

int newsdoc__quote_word_is(const char *const *words, const char *text, const quote_token *t)
{
	char folded[QUOTE_LEX_MAX_WORD];
	size_t n, i;

	if (!words || t->kind != QTOK_WORD || !(n = newsdoc__quote_fold(folded, text + t->start, t->end - t->start)))
		return 0;
	for (i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !memcmp(words[i], folded, n))
			return 1;
	return 0;
}

int newsdoc__quote_common_noun(const quote_lang *lang, const char *text, const quote_token *t)
{
	return t->kind == QTOK_WORD && t->cap && lang->common_noun_suffixes &&
		!(t->lex & (QLEX_ORGANISATION | QLEX_ORGANISATION_HEAD)) &&
		newsdoc__quote_suffix_of(text + t->start, t->end - t->start, lang->common_noun_suffixes, 4) != NULL;
}

static int is_punct(const quote_token *t, uint32_t cp)
{
	return t->kind == QTOK_PUNCT && t->cp == cp;
}

/* "(etwa: „…“", ", kurz: „…“": tokens [0, e) before the mark. */
static int label_colon(const quote_lang *lang, const char *text, const quote_token *tok, size_t e)
{
	size_t i, words = 0;

	if (e < 3 || !is_punct(&tok[e - 1], ':'))
		return 0;
	for (i = e - 1; i > 0 && words <= MAX_LABEL_WORDS; i--) {
		const quote_token *t = &tok[i - 1];
		if (is_punct(t, '(') || is_punct(t, ','))
			return words > 0;
		/* "engl.": an abbreviation's point */
		if (is_punct(t, '.') && i >= 2 && tok[i - 2].end == t->start)
			continue;
		if (!newsdoc__quote_word_is(lang->name_labels, text, t))
			return 0;
		words++;
	}
	return 0;
}

/* One capitalised word, right after an article: tokens [e + 1, a) are the
 * quotation's. */
static int article_name(const quote_lang *lang, const char *text, const quote_token *tok, size_t e,
	size_t a)
{
	size_t i, words = 0;

	if (e == 0 || !newsdoc__quote_word_is(lang->name_articles, text, &tok[e - 1]))
		return 0;
	for (i = e + 1; i < a; i++) {
		if (tok[i].kind == QTOK_WORD) {
			if (!tok[i].cap || ++words > 1)
				return 0;
		} else if (!is_punct(&tok[i], '-')) {
			/* "„Raus!“" is shouted, not a name */
			return 0;
		}
	}
	return words == 1;
}

int newsdoc__quote_names_a_thing(const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens, const quote_mark_span *span)
{
	const quote_lang *lang = newsdoc__quote_lexicon_lang(lex);
	size_t e = newsdoc__quote_token_at(tokens->items, tokens->count, span->open);
	size_t a = newsdoc__quote_token_at(tokens->items, tokens->count, span->end);

	if (e >= tokens->count)
		return 0;
	return label_colon(lang, text, tokens->items, e) ||
		article_name(lang, text, tokens->items, e, a);
}
