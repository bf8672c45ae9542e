/*
 * A card of a related box that carries a sponsor's label ("<a href=/homes/
 * ...><div><div>Sponsored</div><picture/></div><p>Title</p></a>"): an
 * advertisement set among the box's stories, on the site's own address,
 * so the address does not tell it. The label is a short text of its own,
 * one of the words below, by language.
 */
#include <string.h>

#include "content.h"
#include "../internal.h"
#include "../html/dom_walk.h"

static const char *const sponsor_labels[] = {
	/* English */
	"sponsored", "promoted", "advertorial", "paid content", "paid post", "partner content",
	"sponsored content", "advertisement",
	/* German */
	"anzeige", "gesponsert", "werbung",
	/* French, Spanish, Portuguese, Italian */
	"sponsoris\xC3\xA9", "contenu sponsoris\xC3\xA9", "patrocinado", "contenido patrocinado",
	"publicidad", "publicidade", "sponsorizzato", "contenuto sponsorizzato",
	/* Dutch, Polish */
	"gesponsord", "advertentie", "sponsorowane", "materia\xC5\x82 sponsorowany",
};

/* The longest label read, in bytes. */
#define LABEL_MAX_BYTES 32
/* Bytes of a text node read at most: a label and the white space of
 * pretty-printed markup around it; a story's paragraph is no label. */
#define LABEL_SCAN_BYTES 512
/* Nodes walked in a card for its label: a teaser is a few elements. */
#define SPONSOR_CARD_WALK 48

/* Is the text node's whole text (space aside) a sponsor label? */
static int is_label(const xmlNode *text)
{
	const char *s = (const char *)text->content;
	char folded[LABEL_MAX_BYTES];
	size_t len, i;

	if (!s)
		return 0;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	len = strnlen(s, LABEL_SCAN_BYTES);
	if (len == LABEL_SCAN_BYTES)
		return 0;
	while (len && strchr(" \t\r\n", s[len - 1]))
		len--;
	if (!len || len > LABEL_MAX_BYTES)
		return 0;
	newsdoc__utf8_fold_lower(folded, s, len);
	for (i = 0; i < sizeof(sponsor_labels) / sizeof(sponsor_labels[0]); i++)
		if (strlen(sponsor_labels[i]) == len && !memcmp(folded, sponsor_labels[i], len))
			return 1;
	return 0;
}

int newsdoc__related_sponsored_card(const xmlNode *card)
{
	const xmlNode *at = card;
	size_t walked = 0;

	if (card->type == XML_TEXT_NODE)
		return is_label(card);
	while ((at = newsdoc__walk_next((xmlNode *)at, (xmlNode *)card, 1)) != NULL && walked++ < SPONSOR_CARD_WALK)
		if (at->type == XML_TEXT_NODE && is_label(at))
			return 1;
	return 0;
}
