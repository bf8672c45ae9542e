/*
 * Headline or label (related.c, related_body.c): a teaser's text has a
 * headline's few words, a menu entry one or two ("Offers", "Garden shop",
 * "Puzzles"). A box named or headed as related whose items are mostly
 * such labels is a site's menu ("More from The Telegraph: Offers, Shop,
 * Tickets ..."), not related articles (issue 14: navigation is excluded).
 * Told by the items of the box (related.c): counted without reading the
 * text into a buffer, as every item of every box asks.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"

/* A headline has this many words at least. */
#define HEADLINE_MIN_WORDS 3
/* Nodes walked for them: a headline is near the start of its element. */
#define HEADLINE_WALK 48

int newsdoc__related_headline_words(const xmlNode *node)
{
	const xmlNode *at = node;
	size_t walked = 0;
	int words = 0;

	while (words < HEADLINE_MIN_WORDS && (at = newsdoc__walk_next((xmlNode *)at, (xmlNode *)node, 1)) != NULL &&
		walked++ < HEADLINE_WALK) {
		const unsigned char *p;
		int in_word = 0;
		if (at->type != XML_TEXT_NODE || !at->content)
			continue;
		for (p = at->content; *p && words < HEADLINE_MIN_WORDS; p++) {
			int space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
			if (!space && !in_word)
				words++;
			/* CJK headlines have no spaces */
			if (*p >= 0xE3 && *p <= 0xED)
				words = HEADLINE_MIN_WORDS;
			in_word = !space;
		}
	}
	return words >= HEADLINE_MIN_WORDS;
}

