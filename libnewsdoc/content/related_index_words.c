/*
 * Labels of a link to an index of articles, set beside a box's heading
 * ("View all posts", "Alle anzeigen", "Voir tout"): not an article, so no
 * related item (issue 14: section links and pagination are excluded). By
 * language; matched at the start of a short link text, in folded ASCII
 * case, followed by nothing, a space or punctuation.
 */
#include <string.h>

#include "content.h"

static const char *const index_labels[] = {
	/* English */
	"view all", "see all", "show all", "browse all", "view more posts", "see more posts",
	/* German */
	"alle anzeigen", "alle artikel", "alle beitr\xC3\xA4ge", "alle meldungen", "mehr anzeigen",
	/* French */
	"voir tout", "voir toutes", "voir tous", "tout voir",
	/* Spanish, Portuguese */
	"ver todo", "ver todas", "ver todos", "ver mais",
	/* Italian */
	"vedi tutti", "vedi tutte", "mostra tutti", "mostra tutte",
	/* Dutch */
	"bekijk alle", "toon alle", "alle artikelen",
	/* Danish, Norwegian, Swedish */
	"se alle", "vis alle", "visa alla", "se alla",
	/* Polish */
	"zobacz wszystkie", "poka\xC5\xBC wszystkie",
	NULL
};

/* A label is short: "View All Posts by Jane Doe" at most. */
#define INDEX_LABEL_MAX 48

int newsdoc__related_is_index_label(const char *text, size_t len)
{
	char low[INDEX_LABEL_MAX + 1];
	const char *const *label;
	size_t i;

	if (len > INDEX_LABEL_MAX)
		return 0;
	for (i = 0; i < len; i++)
		low[i] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
	low[len] = '\0';
	for (label = index_labels; *label; label++) {
		size_t n = strlen(*label);
		if (n <= len && !memcmp(low, *label, n) && (n == len || low[n] < 'a' || low[n] > 'z'))
			return 1;
	}
	return 0;
}
