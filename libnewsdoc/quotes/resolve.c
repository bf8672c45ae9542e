/*
 * Speaker resolution: "Smith" and "Mr. Smith" become "John Smith" when the
 * article named exactly one John Smith before; a pronoun becomes the last
 * named speaker (the driver decides how recent that must be). An ambiguous
 * surname (two Smiths) resolves to nothing rather than to a guess.
 */
#include <string.h>
#include <strings.h>

#include "quotes_impl.h"

static int is_title(const char *text, const quote_token *tok)
{
	return newsdoc__quote_title_word(text, tok) ||
		newsdoc__quote_word_class(text, tok) == QW_DETERMINER;
}

/* Bytes of the name without a trailing possessive. */
static size_t name_len(const char *s, size_t n)
{
	if (n > 2 && (s[n - 1] == 's' || s[n - 1] == 'S') && s[n - 2] == '\'')
		return n - 2;
	if (n > 4 && (s[n - 1] == 's' || s[n - 1] == 'S') && !memcmp(s + n - 4, "\xE2\x80\x99", 3))
		return n - 4;
	return n;
}

/* Enough for any article; beyond it a page is not an article and names
 * stop being learnt, which keeps the work linear. */
#define MAX_NAMES 512

static int add_name(quote_names *names, const char *s, size_t n)
{
	size_t i;
	char *copy;

	if (names->count >= MAX_NAMES)
		return 0;
	for (i = 0; i < names->count; i++)
		if (strlen(names->items[i]) == n && !memcmp(names->items[i], s, n))
			return 0;
	if (names->count == names->cap) {
		size_t cap = names->cap ? names->cap * 2 : 16;
		char **items = newsdoc__realloc(names->items, cap * sizeof(*items));
		if (!items)
			return newsdoc__error_oom();
		names->items = items;
		names->cap = cap;
	}
	if (!(copy = newsdoc__strndup(s, n)))
		return newsdoc__error_oom();
	names->items[names->count++] = copy;
	return 0;
}

/* Runs of two to four capitalised words, titles left out. */
int newsdoc__quote_names_learn(quote_names *names, const char *text,
	const quote_token_list *tokens)
{
	size_t i = 0, j;
	const quote_token *tok = tokens->items;

	while (i < tokens->count) {
		if (tok[i].kind != QTOK_WORD || !tok[i].cap || is_title(text, &tok[i]) ||
			newsdoc__quote_word_class(text, &tok[i]) != QW_NONE) {
			i++;
			continue;
		}
		for (j = i; j < tokens->count && tok[j].kind == QTOK_WORD && tok[j].cap &&
			newsdoc__quote_word_class(text, &tok[j]) == QW_NONE && j - i < 5; j++) {
			size_t n = tok[j].end - tok[j].start;
			if (name_len(text + tok[j].start, n) != n) {
				j++;
				break;
			}
		}
		if (j - i >= 2 && j - i <= 4) {
			size_t n = tok[j - 1].end - tok[i].start;
			int error = add_name(names, text + tok[i].start, name_len(text + tok[i].start, n));
			if (error)
				return error;
		}
		i = j > i ? j : i + 1;
	}
	return 0;
}

/* The last word of a mention, without its possessive. */
static void last_word(const char *s, size_t n, const char **word, size_t *word_len)
{
	size_t end = name_len(s, n), start = end;

	while (start > 0 && s[start - 1] != ' ')
		start--;
	*word = s + start;
	*word_len = end - start;
}

const char *newsdoc__quote_names_resolve(const quote_names *names, const char *speaker,
	int pronoun)
{
	const char *word, *found = NULL;
	size_t word_len, i;

	if (!speaker)
		return NULL;
	if (pronoun) {
		/* Only "he" and "she" point at one person, and a person once
		 * called "she" is not then "he" (nor the other way). */
		if (strcasecmp(speaker, "he") != 0 && strcasecmp(speaker, "she") != 0)
			return NULL;
		if (names->last_pronoun[0] && strcasecmp(speaker, names->last_pronoun) != 0)
			return NULL;
		return names->last_person;
	}
	last_word(speaker, strlen(speaker), &word, &word_len);
	/* "the representative" is a description; "pollster Frank Luntz" and
	 * "Smith" end in a name. */
	if (word_len < 2 || ((unsigned char)word[0] < 0x80 && (word[0] < 'A' || word[0] > 'Z')))
		return NULL;
	for (i = 0; i < names->count; i++) {
		const char *lw;
		size_t lw_len;
		last_word(names->items[i], strlen(names->items[i]), &lw, &lw_len);
		if (lw_len == word_len && !memcmp(lw, word, word_len)) {
			if (found && strcmp(found, names->items[i]) != 0) {
				/* Two people share the surname: is one the mention itself? */
				if (strstr(speaker, names->items[i]))
					found = names->items[i];
				else if (!strstr(speaker, found))
					return NULL;
				continue;
			}
			found = names->items[i];
		}
	}
	return found;
}

int newsdoc__quote_names_set_last(quote_names *names, const char *full_name)
{
	char *copy = NULL;

	if (full_name && !(copy = newsdoc__strdup(full_name)))
		return newsdoc__error_oom();
	if (!copy || !names->last_person || strcmp(copy, names->last_person) != 0)
		names->last_pronoun[0] = '\0';
	newsdoc__free(names->last_person);
	names->last_person = copy;
	return 0;
}

void newsdoc__quote_names_note_pronoun(quote_names *names, const char *pronoun)
{
	size_t n = strlen(pronoun);

	if (n < sizeof(names->last_pronoun)) {
		memcpy(names->last_pronoun, pronoun, n + 1);
		for (; n > 0; n--)
			if (names->last_pronoun[n - 1] >= 'A' && names->last_pronoun[n - 1] <= 'Z')
				names->last_pronoun[n - 1] = (char)(names->last_pronoun[n - 1] - 'A' + 'a');
	}
}

void newsdoc__quote_names_free(quote_names *names)
{
	size_t i;

	for (i = 0; i < names->count; i++)
		newsdoc__free(names->items[i]);
	newsdoc__free(names->items);
	newsdoc__free(names->last_person);
	memset(names, 0, sizeof(*names));
}
