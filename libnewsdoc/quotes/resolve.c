/*
 * Speaker resolution: "Smith" and "Mr. Smith" become "John Smith" when the
 * article named exactly one John Smith before; a pronoun becomes the last
 * named speaker (the driver decides how recent that must be). An ambiguous
 * surname (two Smiths) resolves to nothing rather than to a guess.
 */
#include <string.h>
#include <strings.h>

#include "quotes_impl.h"

/* A word that stands before a name and is no part of it ("Sen.", "the"). */
static int is_title(const quote_token *tok)
{
	return (tok->lex & QLEX_TITLE) || tok->word_class == QW_DETERMINER;
}

/* Enough for any article; beyond it a page is not an article and names
 * stop being learnt, which keeps the work linear. */
#define MAX_NAMES 512

/* The last word of a mention, without its possessive. */
static void last_word(const char *s, size_t n, const char **word, size_t *word_len)
{
	size_t end = newsdoc__quote_strip_possessive(s, n), start = end;

	while (start > 0 && s[start - 1] != ' ')
		start--;
	*word = s + start;
	*word_len = end - start;
}

static int add_name(quote_names *names, const char *s, size_t n)
{
	uint32_t hash = newsdoc__hash_bytes(s, n);
	quote_name *name;
	const char *lw;
	size_t i;

	if (names->count >= MAX_NAMES)
		return 0;
	for (i = 0; i < names->count; i++)
		if (names->items[i].hash == hash && names->items[i].len == n &&
			!memcmp(names->items[i].text, s, n))
			return 0;
	if (names->count == names->cap) {
		size_t cap = names->cap ? names->cap * 2 : 16;
		quote_name *items = newsdoc__realloc(names->items, cap * sizeof(*items));
		if (!items)
			return newsdoc__error_oom();
		names->items = items;
		names->cap = cap;
	}
	name = &names->items[names->count];
	if (!(name->text = newsdoc__strndup(s, n)))
		return newsdoc__error_oom();
	name->len = n;
	name->hash = hash;
	last_word(name->text, n, &lw, &name->last_len);
	name->last = (size_t)(lw - name->text);
	names->count++;
	return 0;
}

/*
 * Runs of two to four capitalised words, titles left out, fed one token at
 * a time so that a block needs no token list of its own: a run starts at a
 * capitalised word of no class that is not a title, takes up to five such
 * words and ends after a possessive ("Smith's").
 */
static int scan_close(quote_names *names, quote_name_scan *scan, const char *text)
{
	size_t n = scan->end - scan->start;
	int error = 0;

	if (scan->count >= 2 && scan->count <= 4)
		error = add_name(names, text + scan->start, newsdoc__quote_strip_possessive(text + scan->start, n));
	scan->count = 0;
	return error;
}

int newsdoc__quote_names_feed(quote_names *names, quote_name_scan *scan, const char *text,
	const quote_token *tok)
{
	int error;
	int word = tok->kind == QTOK_WORD && tok->cap && tok->word_class == QW_NONE;
	size_t n = tok->end - tok->start;

	if (scan->count > 0) {
		if (word && scan->count < 5) {
			scan->count++;
			scan->end = tok->end;
			return newsdoc__quote_strip_possessive(text + tok->start, n) != n ? scan_close(names, scan, text) : 0;
		}
		if ((error = scan_close(names, scan, text)) != 0)
			return error;
	}
	if (!word || is_title(tok))
		return 0;
	scan->count = 1;
	scan->start = tok->start;
	scan->end = tok->end;
	return newsdoc__quote_strip_possessive(text + tok->start, n) != n ? scan_close(names, scan, text) : 0;
}

int newsdoc__quote_names_finish(quote_names *names, quote_name_scan *scan, const char *text)
{
	return scan->count > 0 ? scan_close(names, scan, text) : 0;
}

int newsdoc__quote_names_learn(quote_names *names, const char *text,
	const quote_token_list *tokens)
{
	quote_name_scan scan = { 0, 0, 0 };
	size_t i;
	int error;

	for (i = 0; i < tokens->count; i++)
		if ((error = newsdoc__quote_names_feed(names, &scan, text, &tokens->items[i])) != 0)
			return error;
	return newsdoc__quote_names_finish(names, &scan, text);
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
		const quote_name *name = &names->items[i];
		if (name->last_len == word_len && !memcmp(name->text + name->last, word, word_len)) {
			if (found && strcmp(found, name->text) != 0) {
				/* Two people share the surname: is one the mention itself? */
				if (strstr(speaker, name->text))
					found = name->text;
				else if (!strstr(speaker, found))
					return NULL;
				continue;
			}
			found = name->text;
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
		newsdoc__free(names->items[i].text);
	newsdoc__free(names->items);
	newsdoc__free(names->last_person);
	memset(names, 0, sizeof(*names));
}
