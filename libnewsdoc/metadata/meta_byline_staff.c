/*
 * A byline's closing piece that names where its writers work and then
 * their title: "By Takeo Moss and Ann Lund / Harbour Shimbun Staff
 * Writers", "By Ada Finch, Hollow Times Staff Writer". The organisation
 * is no author of its own: it is the affiliation, and the title the role,
 * of the person before it, or of every person of the byline when the
 * title is plural ("Staff Writers", "Correspondents"). Called by the
 * byline parser (meta_byline.c) for a piece after a person.
 */
#include <string.h>

#include "meta_byline.h"
#include "meta_author_kind.h"

/* Is the word a title word, or an English plural of one ("Writers")?
 * *plural tells which. */
static int title_word(const byline_word *w, int *plural)
{
	byline_word singular = *w;

	*plural = 0;
	if (newsdoc__byline_is_role_word(w))
		return 1;
	if (w->len < 4 || (w->s[w->len - 1] != 's') || w->s[w->len - 2] == 's')
		return 0;
	singular.len--;
	return *plural = newsdoc__byline_is_role_word(&singular);
}

/* Words a staff title is made of before its last word: "Staff", title
 * words, and words qualifying them ("Senior"). */
static int title_part(const byline_word *w)
{
	int plural;
	return newsdoc__byline_word_is(w, "staff") || newsdoc__byline_is_role_modifier(w) || title_word(w, &plural);
}

/* Set `slot` to the words, the last `cut` bytes shorter; 0, or -1 out of
 * memory. */
static int set_words(char **slot, const byline_word *from, const byline_word *to, size_t cut)
{
	if (*slot)
		return 0;
	return newsdoc__meta_author_set(slot, from->s, (size_t)(to->s + to->len - from->s) - cut);
}

int newsdoc__byline_staff_title(meta_authors *out, size_t first, const byline_word *w, size_t n)
{
	size_t title = n, i, given = 0;
	int plural, publication = 0;

	if (n < 3 || !title_word(&w[n - 1], &plural))
		return 0;
	while (title > 1 && title_part(&w[title - 1]))
		title--;
	/* Two title words at least ("Staff Writer"), one organisation word. */
	if (title == 0 || n - title < 2)
		return 0;
	for (i = 0; i < title; i++) {
		if (!newsdoc__byline_upper_start(&w[i]) || newsdoc__byline_is_role_word(&w[i]))
			return 0;
		publication |= newsdoc__byline_word_in(&w[i], newsdoc__kind_publication_words);
	}
	/* One writer's title after a capitalised name could be a person's
	 * ("Bo Lund Staff Writer"): a publication's word must say it is the
	 * paper's; a plural title is nobody's name. */
	if (!plural && !publication &&
	    !newsdoc__byline_is_org_text(w[0].s, (size_t)(w[title - 1].s + w[title - 1].len - w[0].s)))
		return 0;
	for (i = out->count; i > first; i--) {
		meta_author *a = &out->items[i - 1];
		if (a->is_org)
			continue;
		if (set_words(&a->role, &w[title], &w[n - 1], (size_t)plural) != 0 ||
		    set_words(&a->affiliation, &w[0], &w[title - 1], 0) != 0)
			return -1;
		given++;
		if (!plural)
			break;
	}
	return given > 0;
}
