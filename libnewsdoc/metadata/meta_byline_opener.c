/*
 * Where a byline's names start: the opening words before them ("By",
 * "Von:", "Written by", Italian "Di" when capitals follow), a prefix after
 * a kicker ("capital von Jemima Kelly"), and whether a text opens a byline
 * at all. Kept apart from meta_byline.c, which cuts the names into people,
 * because these tests are also asked of text that is not yet known to be
 * a byline (newsdoc__meta_opens_byline, from the page walk) and because
 * meta_byline.c was near the ~800-line limit.
 */
#include <string.h>
#include <strings.h>

#include "meta_byline.h"
#include "../text/text_util.h"

#define MAX_WORDS NEWSDOC_BYLINE_MAX_WORDS

typedef byline_word word;
#define word_in newsdoc__byline_word_in
#define is_upper_start newsdoc__byline_upper_start
#define split_words newsdoc__byline_split_words

/* Words that open a byline before the names: "By", "Von:", "Written by". */
static const char *const byline_prefixes[] = {
	"written by", "reported by", "posted by", "story by", "text by", "words by", "by",
	"von", "par", "por", "door", "av", "af", "text", "texte", "autor", "autorin", "autoren",
	"author", "authors", "auteur", "auteurs", "autores", "autorka", "a cura di", "scritto da",
	"napisa\xC5\x82", "napisa\xC5\x82" "a", "napisali", "oprac.", NULL
};

/* Skip "By", "Von:", "Written by" and the like. */
static size_t prefix_length(const char *s, size_t len)
{
	const char *const *prefixes = byline_prefixes;
	size_t k, skipped = 0;

	for (k = 0; prefixes[k]; k++) {
		size_t n = strlen(prefixes[k]);
		if (n < len && newsdoc__meta_istarts(s, prefixes[k]) && (s[n] == ' ' || s[n] == ':')) {
			skipped = n;
			break;
		}
	}
	while (skipped < len && (s[skipped] == ' ' || s[skipped] == ':'))
		skipped++;
	/* "Redaktion" alone is an organisation, not a prefix. */
	return skipped < len ? skipped : 0;
}

/*
 * The openers of meta_byline_words.c that count only as written, in the
 * page's language (any, for a table row of every language): Italian "di"
 * and Portuguese "de" in lower case ("Di Maio" is a name), Italian "Di"
 * when enough capitalised words follow it ("Di Marco Rossi"; "Di Maio"
 * alone is a surname). Returns the bytes up to the first name, or 0.
 */
static size_t cased_opener_length(const char *s, size_t len, const char *lang)
{
	const newsdoc__byline_opener *o;

	for (o = newsdoc__byline_cased_openers; o->word; o++) {
		size_t n = strlen(o->word), k;
		word words[MAX_WORDS];
		if (len <= n + 1 || strncmp(s, o->word, n) || s[n] != ' ' ||
		    (*o->lang && (!lang || !newsdoc__byline_lang_is(lang, o->lang))))
			continue;
		if (!o->capitals_after) {
			while (n < len && (s[n] == ' ' || s[n] == ':'))
				n++;
			return n < len ? n : 0;
		}
		if (split_words(words, s + n, len - n) < o->capitals_after)
			continue;
		for (k = 0; k < o->capitals_after && is_upper_start(&words[k]); k++)
			;
		if (k == o->capitals_after)
			return (size_t)(words[0].s - s);
	}
	return 0;
}

size_t newsdoc__byline_opener_length(const char *s, size_t len, const char *lang)
{
	size_t skip = prefix_length(s, len);
	return skip ? skip : cased_opener_length(s, len, lang);
}

/*
 * Does the byline's first part hold its opening word and no name: "By"
 * alone, or "By, Political Editor" (the name's element empty, or deeper
 * than its text is read)? The opening word is no one's name.
 */
int newsdoc__byline_prefix_alone(const char *s, size_t len)
{
	size_t k, i;

	for (k = 0; byline_prefixes[k]; k++) {
		i = strlen(byline_prefixes[k]);
		if (i > len || !newsdoc__meta_istarts(s, byline_prefixes[k]))
			continue;
		while (i < len && (s[i] == ' ' || s[i] == ':'))
			i++;
		if (i == len || s[i] == ',')
			return 1;
	}
	return 0;
}

int newsdoc__meta_opens_byline(const char *text, size_t len)
{
	char opening[72];
	size_t skip;

	while (len && newsdoc__meta_is_space((unsigned char)*text))
		text++, len--;
	if (len > 64)
		len = 64;
	/* "Par <a>Jean Dupont</a>": the prefix alone, the name in an element
	 * after it, stands for a name. */
	memcpy(opening, text, len);
	/* "<span>Par</span> <a>..</a>": the prefix alone ends the text. */
	if (len && !newsdoc__meta_is_space((unsigned char)opening[len - 1]))
		opening[len++] = ' ';
	opening[len] = 'X';
	skip = prefix_length(opening, len + 1);
	if (!skip)
		skip = cased_opener_length(opening, len + 1, NULL);
	/* prefix_length also steps over a bare ": ", which opens no byline. */
	if (!skip || opening[0] == ':')
		return 0;
	return ((unsigned char)opening[skip] >= 'A' && (unsigned char)opening[skip] <= 'Z') ||
		(unsigned char)opening[skip] >= 0xC0;
}

/*
 * "capital von Jemima Kelly": a section or kicker before the prefix. Among
 * the first four words, a prefix word followed by a capitalised word
 * starts the names.
 */
size_t newsdoc__byline_inner_prefix(const char *s, size_t len)
{
	static const char *const prefixes[] = { "by", "von", "par", "por", "door", NULL };
	word words[MAX_WORDS];
	size_t n = split_words(words, s, len), i;

	if (n > 5)
		n = 5;
	for (i = 1; i + 1 < n && i < 4; i++)
		if (word_in(&words[i], prefixes) && is_upper_start(&words[i + 1]))
			return (size_t)(words[i + 1].s - s);
	return 0;
}

