/*
 * A person's role and affiliation from the words after her name: "Interim
 * Executive Director Human Rights Watch", "Editor at Reuters", "Head
 * Winemaker", "Senior editor at Gizmodo". Used by the byline parser
 * (meta_byline.c) and by the author cards read beside a name
 * (meta_byline_card.c). The words are data of meta_byline_words.c and
 * below; this file only decides where the role ends.
 */
#include <string.h>

#include "meta_byline.h"

/*
 * Title words that qualify the word after them and never end a title:
 * "Head Winemaker", "Senior Gardener", "Chief Meteorologist". Whatever
 * word follows belongs to the title, not to where the person works, even
 * when the tables do not know it as a title word. All are title words of
 * meta_byline_words.c; English only so far: German, French, Spanish,
 * Italian, Portuguese and Polish titles put such words after the noun
 * ("redactor jefe") or name both with known title words.
 */
static const char *const role_modifiers[] = {
	"head", "senior", "chief", "deputy", "associate", "assistant", "interim", "contributing",
	"investigative", "freelance", "lead",                                         /* en */
	NULL
};

/*
 * Words that end a title only in a piece of its own, set apart from the
 * name by a comma or a bracket ("Brett Cruz, Home Security Expert"): run
 * on after a name they are part of a brand ("Luxury Travel Expert" names
 * a site, not a person with the title "Expert").
 */
static const char *const separate_title_heads[] = {
	"expert",                                                                     /* en */
	NULL
};

/* Most words a modifier may pull into the title. */
#define MAX_PULLED 2

size_t newsdoc__byline_words(byline_word *words, size_t max, const char *s, size_t len)
{
	size_t n = 0, i = 0;

	while (i < len && n < max) {
		while (i < len && s[i] == ' ')
			i++;
		if (i >= len)
			break;
		words[n].s = s + i;
		while (i < len && s[i] != ' ')
			i++;
		words[n].len = (size_t)(s + i - words[n].s);
		n++;
	}
	return n;
}

int newsdoc__byline_is_role_modifier(const byline_word *w)
{
	return newsdoc__byline_word_in(w, role_modifiers);
}

int newsdoc__byline_is_separate_title_head(const byline_word *w)
{
	return newsdoc__byline_word_in(w, separate_title_heads);
}

int newsdoc__byline_is_role_piece(const byline_word *w, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (newsdoc__byline_is_role_word(&w[i]))
			return 1;
	return n > 0 && newsdoc__byline_is_separate_title_head(&w[n - 1]);
}

static int set_span(char **slot, const byline_word *from, const byline_word *to)
{
	return newsdoc__meta_author_set(slot, from->s, (size_t)(to->s + to->len - from->s));
}

int newsdoc__byline_role_and_affiliation(meta_author *author, const byline_word *w, size_t n)
{
	size_t last_role = 0, i, pulled;
	int found = 0;

	if (!n)
		return 0;
	for (i = 0; i < n; i++)
		if (newsdoc__byline_is_role_word(&w[i])) {
			last_role = i;
			found = 1;
		}
	if (!found)
		return set_span(&author->role, &w[0], &w[n - 1]);
	/* "Director of Communications", "Editor in Chief", "inviato a Kiev":
	 * the role runs on. */
	if (last_role + 1 < n && newsdoc__byline_word_in(&w[last_role + 1], newsdoc__byline_role_joiners))
		return set_span(&author->role, &w[0], &w[n - 1]);
	/* "Head Winemaker": the modified word is the title's own. */
	for (pulled = 0; pulled < MAX_PULLED && last_role + 1 < n && newsdoc__byline_is_role_modifier(&w[last_role]) &&
	     !newsdoc__byline_word_in(&w[last_role + 1], newsdoc__byline_affiliation_markers) &&
	     !newsdoc__byline_word_in(&w[last_role + 1], newsdoc__byline_articles); pulled++)
		last_role++;
	if (set_span(&author->role, &w[0], &w[last_role]) != 0)
		return -1;
	i = last_role + 1;
	/* "Editor at Reuters": the organisation after its word. */
	if (i < n && newsdoc__byline_word_in(&w[i], newsdoc__byline_affiliation_markers))
		i++;
	return i < n ? set_span(&author->affiliation, &w[i], &w[n - 1]) : 0;
}

int newsdoc__byline_role_continues(const byline_word *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!newsdoc__byline_is_role_word(&w[i]))
			return 0;
	return n > 0;
}

int newsdoc__byline_role_append(meta_author *author, const byline_word *w, size_t n)
{
	size_t old = author->role ? strlen(author->role) : 0, len;
	char *joined;
	int error;

	if (!old || !n)
		return 0;
	len = (size_t)(w[n - 1].s + w[n - 1].len - w[0].s);
	if (!(joined = newsdoc__malloc(old + 2 + len + 1)))
		return -1;
	memcpy(joined, author->role, old);
	memcpy(joined + old, ", ", 2);
	memcpy(joined + old + 2, w[0].s, len);
	joined[old + 2 + len] = '\0';
	newsdoc__free(author->role);
	author->role = NULL;
	error = newsdoc__meta_author_set(&author->role, joined, old + 2 + len);
	newsdoc__free(joined);
	return error;
}
