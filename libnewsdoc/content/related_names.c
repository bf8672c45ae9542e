/*
 * Is a teaser's credit text a person's name or a few of them ("Rebecca
 * Ratcliffe, Guill Ramos", "Anne Sophie Feil", "ANTONIO LOBATO")? Read
 * where a teaser's credit has no markup that says so (issue 14 item 3):
 * a line under the title, a meta line, a credit at the end of a title.
 * The words that may or may not stand in names are tables by language.
 */
#include <string.h>

#include "content.h"

/* Names in a credit, and words in one name. */
#define CREDIT_NAMES 4
#define NAME_WORDS_MIN 2
#define NAME_WORDS_MAX 4

/* Lowercase words inside names ("Ursula von der Leyen", "Jan de la Cruz"). */
static const char *const name_particles[] = {
	"von", "van", "der", "den", "de", "da", "del", "di", "do", "dos", "das", "du", "la", "le", "ten", "ter",
	"zu", "al", "bin", "el", NULL
};
/* Articles that open a publication's name, never a person's word ("The
 * Guardian", "Die Zeit", "Le Monde"). */
static const char *const article_words[] = {
	"The", "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Het", NULL
};
/* Capitalised words of a teaser's furniture, never a person's ("No
 * Comments", "Read More", "Live Updates"). */
static const char *const furniture_words[] = {
	"No", "Comments", "Comment", "More", "Read", "Learn", "Share", "View", "Watch", "Video", "Videos", "Photos",
	"Live", "Updated", "Sponsored", "Advertisement", "Opinion", "Analysis", "News", "Editorial", "Podcast",
	/* a media mark ("Mit Audio", "With Gallery") */
	"Audio", "Gallery", "Galerie", "Bildergalerie", "With", "Mit", NULL
};
/* Words and marks that join names ("Jane Doe and John Roe"). */
static const char *const name_joiners[] = { "and", "und", "et", "y", "e", "i", "og", "en", "&", NULL };

static int word_is(const char *word, size_t len, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == len && !memcmp(word, *list, len))
			return 1;
	return 0;
}

/* Does a name's word start as one: a capital (ASCII or any non-ASCII
 * letter: "Łukasz", "Émile"), no digit inside, a single letter only as
 * an initial ("J.", not "Formula E")? */
static int name_word(const char *word, size_t len)
{
	size_t i;
	unsigned char c = (unsigned char)word[0];

	if (!((c >= 'A' && c <= 'Z') || c >= 0xC3) || (len == 1 && c < 0x80))
		return 0;
	for (i = 0; i < len; i++)
		if ((word[i] >= '0' && word[i] <= '9') || strchr("!?:;|()/@#", word[i]))
			return 0;
	return 1;
}

/* Is `text` a person's name or a few of them ("Rebecca Ratcliffe, Guill
 * Ramos", "Anne Sophie Feil", "ANTONIO LOBATO")? Each name has two to four
 * words that start with a capital, particles aside, written alike: a
 * word in capitals among others that are not is an acronym ("NASCAR
 * Cup"). */
int newsdoc__related_names_only(const char *text, size_t len)
{
	size_t i = 0, words = 0, names = 0, capitals = 0, mixed = 0;

	while (i <= len) {
		size_t start = i, wl;
		int ends_name = 0;
		while (i < len && text[i] != ' ')
			i++;
		wl = i - start;
		if (wl && text[start + wl - 1] == ',') {
			wl--;
			ends_name = 1;
		}
		if (!wl) {
			/* a double space or a lone comma */
		} else if (word_is(text + start, wl, name_joiners)) {
			if (words < NAME_WORDS_MIN || words > NAME_WORDS_MAX)
				return 0;
			names++;
			words = 0;
		} else if (word_is(text + start, wl, name_particles)) {
			/* inside a name, not counted */
		} else if (word_is(text + start, wl, article_words) || word_is(text + start, wl, furniture_words)) {
			return 0;
		} else if (name_word(text + start, wl)) {
			words++;
			if (newsdoc__word_all_capitals(text + start, wl))
				capitals++;
			else
				mixed++;
		} else {
			return 0;
		}
		if (ends_name) {
			if (words < NAME_WORDS_MIN || words > NAME_WORDS_MAX)
				return 0;
			names++;
			words = 0;
		}
		i++;
	}
	if (words) {
		if (words < NAME_WORDS_MIN || words > NAME_WORDS_MAX)
			return 0;
		names++;
	}
	return names >= 1 && names <= CREDIT_NAMES && !(capitals && mixed);
}
