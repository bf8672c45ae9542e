/*
 * A byline element too long to be read whole: a credit listing dozens of
 * names (a report's contributors, or a page built to list ten thousand).
 * Bylines up to NEWSDOC_BYLINE_TEXT_MAX bytes are parsed as they are;
 * longer text was dropped, which lost the credit altogether. The choice:
 * read the names that begin it. The text is cut after the last complete
 * name within its first NEWSDOC_BYLINE_TEXT_MAX bytes (at a comma, a
 * semicolon or a conjunction), and only when that part reads as a list
 * (two separators at least, no item longer than a name): a long bio or a
 * paragraph classed "byline" stays unread, as before. The parser then takes at most
 * NEWSDOC_BYLINE_MAX_PERSONS persons from one byline (meta_byline.c).
 * The work is bounded by the cut: the rest of the text is never scanned.
 */
#include <string.h>

#include "meta_byline.h"

/* Words in NEWSDOC_BYLINE_TEXT_MAX bytes: one word takes two bytes at
 * least (a letter and a space). */
#define LIST_MAX_WORDS (NEWSDOC_BYLINE_TEXT_MAX / 2 + 1)
/* The most words of one list item: "By Anna Maria van der Berg" (an
 * opener counts in the first). */
#define LIST_MAX_NAME_WORDS 7

size_t newsdoc__meta_byline_list_prefix(const char *text, size_t len, const char *lang)
{
	byline_word words[LIST_MAX_WORDS];
	size_t n, i, piece, cut = 0, separators = 0;

	if (len > NEWSDOC_BYLINE_TEXT_MAX)
		len = NEWSDOC_BYLINE_TEXT_MAX;
	n = newsdoc__byline_words(words, LIST_MAX_WORDS, text, len);
	/* The last word may be cut inside: it ends no name. */
	if (n && words[n - 1].s + words[n - 1].len == text + len)
		n--;
	for (i = 0, piece = 0; i < n; i++) {
		const byline_word *w = &words[i];
		char last = w->s[w->len - 1];
		if (i && newsdoc__byline_is_conjunction(w, lang)) {
			cut = (size_t)(words[i - 1].s + words[i - 1].len - text);
			separators++;
			piece = 0;
			continue;
		}
		/* A name is a few words: a longer run is prose (a bio), no list. */
		if (++piece > LIST_MAX_NAME_WORDS)
			return 0;
		if (last == ',' || last == ';') {
			cut = (size_t)(w->s + w->len - 1 - text);
			separators++;
			piece = 0;
		}
	}
	return separators >= 2 ? cut : 0;
}
