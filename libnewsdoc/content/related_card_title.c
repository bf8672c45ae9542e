/*
 * The headline of a teaser that is one link holding several blocks:
 * "<a><div>Sponsored</div><picture/><div><p>First look at ...</p></div></a>"
 * or "<a><div class=h3>Duell der ...</div><div>von <span>Alana
 * Friedrichs</span></div></a>". With no heading or title-named element
 * inside, the item's title was the link's whole text, label and credit
 * glued to it (issue 14 item 3: the title alone). The headline is the
 * first innermost block whose text reads as one: a few words, no label
 * of page furniture, no credit ("By ...", "von ..."), no date alone.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"
#include "../metadata/meta_impl.h"

/* Nodes looked at inside the link, and blocks kept: a card is a few
 * elements; a bigger link is no card, and is left as it is. */
#define CARD_WALK 96
#define CARD_BLOCKS 8
/* A headline: this many bytes and words at least. */
#define HEADLINE_MIN 12
#define HEADLINE_WORDS 3
/* A word of running text in a headline ("with", "look"): lowercase, this
 * many letters at least, longer than the particles of names ("von"). */
#define PROSE_WORD_MIN 4
/* What is left of a block once a date stated in it is set aside, below
 * which the block is a date line ("December 13, 2021 | News"). */
#define DATE_LINE_REST 12

static int is_block(const content_stat *stat)
{
	return stat->tag == TAG_P || stat->tag == TAG_HEADING || stat->tag == TAG_DIV || stat->tag == TAG_LI;
}

/* Is `inner` below `outer` (both below `top`)? */
static int is_below(const xmlNode *inner, const xmlNode *outer, const xmlNode *top)
{
	for (inner = inner->parent; inner && inner != top; inner = inner->parent)
		if (inner == outer)
			return 1;
	return 0;
}

/*
 * May a headline below a label stand for the card? Only when it reads as
 * one and not as the lines around one: a lead ends with a full stop, a
 * credit ("Michelle Diener, DVM" under a breed's name) has no word of
 * running text in lowercase.
 */
static int headline_after_label(const char *text, size_t len)
{
	size_t i, run = 0;
	int lower = 0;

	if (text[len - 1] == '.' && !(len >= 2 && text[len - 2] == '.'))
		return 0;
	for (i = 0; i <= len; i++) {
		if (i == len || text[i] == ' ') {
			if (lower && run >= PROSE_WORD_MIN)
				return 1;
			run = 0;
			continue;
		}
		if (!run)
			lower = text[i] >= 'a' && text[i] <= 'z';
		run++;
	}
	return 0;
}

/* Does `text` read as a headline? 1 yes, 0 no, -1 out of memory. */
static int reads_as_headline(const char *text, size_t len)
{
	size_t words = 1, i, start, end;
	int wide = 0, oom = 0;
	char *date;

	if (len < HEADLINE_MIN)
		return 0;
	for (i = 0; i < len; i++) {
		words += text[i] == ' ';
		/* CJK headlines have no spaces */
		wide |= (unsigned char)text[i] >= 0xE3 && (unsigned char)text[i] <= 0xED;
	}
	if ((words < HEADLINE_WORDS && !wide) || newsdoc__content_is_boiler_text(text, len) ||
		newsdoc__content_credit_label_length(text, len) > 0)
		return 0;
	date = newsdoc__meta_date_find(text, len, 0, &start, &end, &oom);
	if (oom)
		return -1;
	if (date) {
		newsdoc__free(date);
		if (len - (end - start) < DATE_LINE_REST)
			return 0;
	}
	return 1;
}

/* The innermost blocks showing text in the link `from`, in `leaves` (up
 * to CARD_BLOCKS), and how many: 0 when `from` is no link or too big. */
static size_t card_leaves(const xmlNode *from, const xmlNode **leaves)
{
	const xmlNode *blocks[CARD_BLOCKS];
	size_t count = 0, leaf_count = 0, walked = 0, i;
	xmlNode *node = (xmlNode *)from;
	int descend = 1;

	if (from->type != XML_ELEMENT_NODE || strcmp((const char *)from->name, "a") != 0)
		return 0;
	while ((node = newsdoc__walk_next(node, (xmlNode *)from, descend)) != NULL) {
		const content_stat *stat = node->type == XML_ELEMENT_NODE ? content_stat_of(node) : NULL;
		if (++walked > CARD_WALK)
			return 0;
		descend = 1;
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (!stat || stat->tag == TAG_SKIP || (stat->flags & NODE_HIDDEN)) {
			descend = 0;
			continue;
		}
		if (is_block(stat) && stat->text > 0) {
			if (count == CARD_BLOCKS)
				return 0;
			blocks[count++] = node;
		}
	}
	/* A block with another inside it is no leaf: blocks come in document
	 * order, so only the next one can be inside it. */
	for (i = 0; i < count; i++)
		if (i + 1 == count || !is_below(blocks[i + 1], blocks[i], from))
			leaves[leaf_count++] = blocks[i];
	return leaf_count;
}

int newsdoc__related_card_headline(newsdoc__sb *title, const xmlNode *from)
{
	const xmlNode *leaves[CARD_BLOCKS];
	size_t leaf_count = card_leaves(from, leaves), i;
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int error = 0, headline;

	if (leaf_count < 2)
		return 0;
	for (i = 0; i < leaf_count && !error; i++) {
		if ((error = newsdoc__content_text_of(&text, leaves[i])) != 0)
			break;
		if (text.failed) {
			error = newsdoc__error_oom();
			break;
		}
		if ((headline = reads_as_headline(text.ptr, text.len)) < 0) {
			error = newsdoc__error_oom();
			break;
		}
		/* Above the headline: a label, a credit, a date or reading time. */
		if (!headline)
			continue;
		if (i > 0 && !headline_after_label(text.ptr, text.len))
			break;
		/* The link's text holds the block's (folded alike): take it. */
		if (text.len < title->len && strstr(title->ptr, text.ptr)) {
			memcpy(title->ptr, text.ptr, text.len + 1);
			title->len = text.len;
		}
		break;
	}
	newsdoc__sb_free(&text);
	return error;
}

/*
 * The lead of a card that is one link: the block right after the one that
 * holds the headline, when it reads as a lead and not as the lines around
 * one ("<a><div>Sounds Earthy</div><div>Wind and clouds inspire musical
 * renditions.</div></a>"): a sentence that ends so, or longer than a
 * headline runs (the block after a kicker taken for the title is the
 * headline: "Die Gesichter der politischen Gefangenen"); no credit, none
 * set in capitals ("BY JANE DOE . 8 HOURS AGO"), no label of page
 * furniture, no date line.
 */
#define CARD_LEAD_UNENDED 90

static int reads_as_lead(const char *text, size_t len)
{
	char last = len ? text[len - 1] : 0;

	if ((len < CARD_LEAD_UNENDED && !(last == '.' || last == '!' || last == '?')) ||
		newsdoc__word_all_capitals(text, len) || newsdoc__content_is_boiler_text(text, len) ||
		newsdoc__content_credit_label_length(text, len) > 0)
		return 0;
	return reads_as_headline(text, len);
}

int newsdoc__related_card_lead(newsdoc__sb *lead, const xmlNode *from, const char *title)
{
	const xmlNode *leaves[CARD_BLOCKS];
	size_t leaf_count = card_leaves(from, leaves), i;
	int error = 0, found = 0;

	lead->len = 0;
	for (i = 0; i + 1 < leaf_count && !error && !found; i++) {
		if ((error = newsdoc__content_text_of(lead, leaves[i])) != 0 || lead->failed)
			break;
		if (!lead->len || strcmp(lead->ptr, title) != 0)
			continue;
		if ((error = newsdoc__content_text_of(lead, leaves[i + 1])) != 0 || lead->failed)
			break;
		if ((found = reads_as_lead(lead->ptr, lead->len)) < 0)
			error = newsdoc__error_oom();
		break;
	}
	if (!error && lead->failed)
		error = newsdoc__error_oom();
	if (!found)
		lead->len = 0;
	return error;
}
