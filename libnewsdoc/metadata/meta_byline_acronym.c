/*
 * A broadcaster's or paper's short name in capitals after a person:
 * "Anna Schmidt, NDR", "Von Anna Schmidt, ARD-Hauptstadtstudio", "Jane
 * Doe, NPR". No person is called by one word in capitals; the word says
 * where she works. A city set in capitals as a dateline ("ROME", "OSLO")
 * is not one: an acronym here has at most four letters and one vowel.
 */
#include "meta_byline.h"
#include "../text/text_util.h"

#define MAX_ACRONYM 4

int newsdoc__byline_is_org_acronym(const byline_word *w, size_t n)
{
	size_t i, len, vowels = 0;

	if (n != 1)
		return 0;
	/* "ARD-Hauptstadtstudio": the acronym before a hyphen. */
	for (len = 0; len < w->len && w->s[len] != '-'; len++)
		;
	if (len < 2 || len > MAX_ACRONYM || !newsdoc__word_all_capitals(w->s, len))
		return 0;
	for (i = 0; i < len; i++) {
		char c = w->s[i];
		if (c < 'A' || c > 'Z')
			return 0;
		vowels += c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
	}
	/* "NDR-": nothing after the hyphen, no word to read. */
	return vowels <= 1 && (len == w->len || (len + 1 < w->len && newsdoc__byline_upper_start(&(byline_word){ w->s + len + 1,
		w->len - len - 1 })));
}
