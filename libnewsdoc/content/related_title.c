/*
 * A teaser's title without the label set inside it: "Live", a section
 * kicker ("Abo", glued to the headline as "AboInfektionen mit ..."), the
 * source's name at its end ("... Medical Daily", a credit "HuffPost Weird
 * News"), its <time>. Issue 14 item 3: the
 * title without its kicker. The label is a part of the title's element
 * classed as one (words in label_names); its text is cut where it opens or
 * ends the title, with the separators beside it.
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"
#include "../metadata/meta_impl.h"

static const char *const label_names[] = {
	"kicker", "label", "attribution", "overline", "eyebrow", "credit", NULL
};

/* Elements looked at inside a title for a label: a title is a few elements. */
#define TITLE_LABEL_WALK 48
/* What must be left of a title once its label is cut. */
#define TITLE_AFTER_LABEL 12

static const char label_separators[] = " :-|";

static void cut_label(newsdoc__sb *title, const newsdoc__sb *label)
{
	size_t cut;

	if (!strncmp(title->ptr, label->ptr, label->len)) {
		cut = label->len;
		while (cut < title->len && strchr(label_separators, title->ptr[cut]))
			cut++;
		memmove(title->ptr, title->ptr + cut, title->len - cut + 1);
		title->len -= cut;
	} else if (!strcmp(title->ptr + title->len - label->len, label->ptr)) {
		title->len -= label->len;
		while (title->len && strchr(label_separators, title->ptr[title->len - 1]))
			title->len--;
		title->ptr[title->len] = '\0';
	}
}

int newsdoc__related_drop_title_label(newsdoc__sb *title, const xmlNode *from)
{
	newsdoc__sb label = NEWSDOC__SB_INIT;
	xmlNode *node = (xmlNode *)from;
	size_t walked = 0;
	int error = newsdoc__related_card_headline(title, from);

	if (!error)
		error = newsdoc__related_drop_title_furniture(title, from);

	while (!error && (node = newsdoc__walk_next(node, (xmlNode *)from, 1)) != NULL && walked++ < TITLE_LABEL_WALK) {
		/* a <time> in the title's element is its date, glued to it */
		if (node->type != XML_ELEMENT_NODE || (strcmp((const char *)node->name, "time") != 0 &&
			!newsdoc__related_class_has(node, label_names)))
			continue;
		if ((error = newsdoc__content_text_of(&label, node)) != 0)
			break;
		if (label.len && label.len + TITLE_AFTER_LABEL <= title->len)
			cut_label(title, &label);
		break;
	}
	newsdoc__sb_free(&label);
	return error;
}

/*
 * A kicker set apart as its own element, with no class that says so:
 * "<h3><span>Risikofaktor Nahost</span><span>:</span><a>Iran ...</a></h3>"
 * or "<a><svg/><span>Alarmierende Klimadaten</span> Es zeigen sich ...</a>".
 * The first child of the title that shows text is a span or an emphasis of
 * a few words, the headline follows it; a colon or bar stands between the
 * two, or a space before a headline that is one node of its own and opens
 * anew (no lowercase letter: not "<em>Titanic</em> director ..."). Inline
 * elements glue their texts ("Nahost:Iran"): cutting the kicker also
 * mends that.
 */
#define KICKER_MAX 48   /* bytes of a kicker's text */
#define KICKER_WORDS 5

static const char *const kicker_tags[] = { "span", "strong", "b", "em", "i", "small", "mark", "font", NULL };

static int shows_text(const xmlNode *node)
{
	const xmlChar *p;

	if (node->type == XML_ELEMENT_NODE) {
		const content_stat *stat = content_stat_of(node);
		return stat && stat->tag != TAG_SKIP && !(stat->flags & NODE_HIDDEN) && stat->text > 0;
	}
	if (node->type != XML_TEXT_NODE || !node->content)
		return 0;
	for (p = node->content; *p; p++)
		if (!strchr(" \t\r\n", *p))
			return 1;
	return 0;
}

static int kicker_tag(const xmlNode *node)
{
	const char *const *tag;

	for (tag = kicker_tags; *tag; tag++)
		if (!strcmp((const char *)node->name, *tag))
			return 1;
	return 0;
}

static size_t count_words(const char *text, size_t len)
{
	size_t words = 1, i;

	for (i = 0; i < len; i++)
		words += text[i] == ' ';
	return words;
}

/* The first child of `node` that shows text, and how many after it do. */
static const xmlNode *first_shown(const xmlNode *node, size_t *shown_after)
{
	const xmlNode *first = node->children, *next;

	while (first && !shows_text(first))
		first = first->next;
	*shown_after = 0;
	for (next = first ? first->next : NULL; next; next = next->next)
		*shown_after += shows_text(next);
	return first;
}

/* A kicker in a wrapper that holds the whole title: "<h2><span
 * class=title-text><span>Gesundheit</span>Frankreich ...</span></h2>".
 * How many such wrappers are stepped into. */
#define KICKER_WRAPPERS 4
/* A kicker glued to its headline with no space ("AboInfektionen", the two
 * set on lines of their own by style) is a word at least. */
#define KICKER_GLUED_MIN 3

/* Does `text` open anew: a capital (ASCII or Latin-1), a digit, a quote? */
static int opens_anew(const unsigned char *text)
{
	return (*text >= 'A' && *text <= 'Z') || (*text >= '0' && *text <= '9') || *text == '"' ||
		(text[0] == 0xC3 && text[1] >= 0x80 && text[1] <= 0x9E) ||
		(text[0] == 0xE2 && text[1] == 0x80 && (text[2] == 0x9C || text[2] == 0x9E)) || /* quotes */
		(text[0] == 0xC2 && text[1] == 0xAB);                                           /* << */
}

/* The bytes of the separator at title[at] (spaces, ':', '|', a hyphen or a
 * dash), or 0; *mark set when it is no space, *space when it is one. */
static size_t separator_at(const char *title, size_t len, size_t at, int *mark, int *space)
{
	if (at >= len)
		return 0;
	if (title[at] == ' ') {
		*space = 1;
		return 1;
	}
	if (strchr(":|-", title[at])) {
		*mark = 1;
		return 1;
	}
	/* "\xE2\x80\x93" en dash, "\xE2\x80\x94" em dash */
	if (at + 3 <= len && !memcmp(title + at, "\xE2\x80", 2) &&
		((unsigned char)title[at + 2] == 0x93 || (unsigned char)title[at + 2] == 0x94)) {
		*mark = 1;
		return 3;
	}
	return 0;
}

/* The bytes to cut from the front of `title` (the text of `from`): its
 * kicker and the separators after it, or 0. `need_mark`: only a kicker a
 * colon, bar or dash sets apart (a summary's "ANALYSE -"). */
static size_t kicker_length(const newsdoc__sb *title, const xmlNode *from, newsdoc__sb *kicker, int need_mark,
	int *error)
{
	const xmlNode *first = NULL;
	size_t cut, step, after = 0, words_end, wrappers;
	int pending = 0, mark = 0, space = 0;

	for (wrappers = 0; wrappers <= KICKER_WRAPPERS; wrappers++) {
		first = first_shown(from, &after);
		if (!first || first->type != XML_ELEMENT_NODE || after > 0)
			break;
		from = first;
	}
	if (!first || first->type != XML_ELEMENT_NODE || !kicker_tag(first) || after == 0)
		return 0;
	kicker->len = 0;
	if ((*error = newsdoc__content_collect_text(kicker, first, &pending)) != 0)
		return 0;
	newsdoc__sb_trim(kicker);
	if (kicker->failed) {
		*error = newsdoc__error_oom();
		return 0;
	}
	if (!kicker->len || kicker->len > KICKER_MAX || count_words(kicker->ptr, kicker->len) > KICKER_WORDS ||
		title->len < kicker->len || strncmp(title->ptr, kicker->ptr, kicker->len))
		return 0;
	/* The separators may end the kicker's own text ("ANALYSE -") or open
	 * the headline's: read them from where the kicker's words end. */
	for (words_end = kicker->len; words_end && strchr(label_separators, kicker->ptr[words_end - 1]); words_end--)
		;
	if (!words_end)
		return 0;
	for (cut = words_end; (step = separator_at(title->ptr, title->len, cut, &mark, &space)) != 0; cut += step)
		;
	/* A summary's kicker set in capitals ends with its own question or
	 * exclamation mark ("<font>FIVE-YEAR WINDOW? </font>A defense ..."):
	 * the capitals set it apart as a mark would. */
	if (need_mark && strchr("?!", kicker->ptr[words_end - 1]) &&
		newsdoc__word_all_capitals(kicker->ptr, words_end))
		mark = 1;
	if (cut < kicker->len || title->len - cut < TITLE_AFTER_LABEL || title->len - cut <= words_end)
		return 0;
	/* A hyphen with no space beside it joins words ("Anti-Terror"). */
	if (mark && (space || title->ptr[words_end] != '-'))
		return cut;
	if (need_mark || mark)
		return 0;
	if (cut == words_end)
		return words_end >= KICKER_GLUED_MIN && opens_anew((const unsigned char *)title->ptr + cut) ? cut : 0;
	/* Only a space between: the headline is one node and opens anew. */
	if (after != 1 || (title->ptr[cut] >= 'a' && title->ptr[cut] <= 'z'))
		return 0;
	return cut;
}

static int drop_kicker(newsdoc__sb *title, const xmlNode *from, int need_mark)
{
	newsdoc__sb kicker = NEWSDOC__SB_INIT;
	int error = 0;
	size_t cut = kicker_length(title, from, &kicker, need_mark, &error);

	if (cut) {
		memmove(title->ptr, title->ptr + cut, title->len - cut + 1);
		title->len -= cut;
	}
	newsdoc__sb_free(&kicker);
	return error;
}

int newsdoc__related_drop_title_kicker(newsdoc__sb *title, const xmlNode *from)
{
	return drop_kicker(title, from, 0);
}

int newsdoc__related_drop_summary_kicker(newsdoc__sb *summary, const xmlNode *from)
{
	return drop_kicker(summary, from, 1);
}

/*
 * Furniture at an end of a title, in an element of its own: a reading
 * time ("<a>Headline<span>4 min</span></a>"), a date, a label of page
 * furniture ("<span>Sponsored</span>Headline"). Found after stepping into
 * wrappers that hold the whole title, as kickers are.
 */
#define FURNITURE_MAX 40   /* bytes of such a text */
#define READING_TIME_MAX 24
#define FURNITURE_MAX_NODES 16  /* nodes read of an end element: a label has a few */

/* The first (or last) child of `node` that shows text. */
static const xmlNode *end_shown(const xmlNode *node, int last)
{
	const xmlNode *child = last ? node->last : node->children;

	while (child && !shows_text(child))
		child = last ? child->prev : child->next;
	return child;
}

/* "4 min", "12 Min. Lesezeit", "3 minutes": a number, then minutes. */
static int reading_time(const char *text, size_t len)
{
	size_t i;

	if (len > READING_TIME_MAX || !(text[0] >= '0' && text[0] <= '9'))
		return 0;
	for (i = 0; i + 3 <= len; i++)
		if ((text[i] | 32) == 'm' && (text[i + 1] | 32) == 'i' && (text[i + 2] | 32) == 'n')
			return 1;
	return 0;
}

/* 1 when `text` is furniture, 0 when not, -1 out of memory. */
static int furniture_text(const char *text, size_t len)
{
	size_t start, end;
	int oom = 0;
	char *date;

	if (!len || len > FURNITURE_MAX)
		return 0;
	if (newsdoc__content_is_boiler_text(text, len) || reading_time(text, len))
		return 1;
	date = newsdoc__meta_date_find(text, len, 0, &start, &end, &oom);
	if (oom)
		return -1;
	if (!date)
		return 0;
	newsdoc__free(date);
	/* the date and a few bytes of separators around it */
	return len - (end - start) <= 3;
}

/* Cut `piece` from the front (last == 0) or the end of `title`, with the
 * separators beside it, when enough is left. */
static void cut_end(newsdoc__sb *title, const newsdoc__sb *piece, int last)
{
	size_t keep;

	if (piece->len + TITLE_AFTER_LABEL > title->len)
		return;
	if (!last && !strncmp(title->ptr, piece->ptr, piece->len)) {
		size_t cut = piece->len;
		while (cut < title->len && strchr(label_separators, title->ptr[cut]))
			cut++;
		memmove(title->ptr, title->ptr + cut, title->len - cut + 1);
		title->len -= cut;
	} else if (last && !strcmp(title->ptr + title->len - piece->len, piece->ptr)) {
		keep = title->len - piece->len;
		while (keep && strchr(label_separators, title->ptr[keep - 1]))
			keep--;
		title->len = keep;
		title->ptr[keep] = '\0';
	}
}

const xmlNode *newsdoc__related_title_end(const xmlNode *from, int last)
{
	const xmlNode *first, *child;
	size_t wrappers, after;

	for (wrappers = 0; wrappers <= KICKER_WRAPPERS; wrappers++) {
		first = first_shown(from, &after);
		if (!first || first->type != XML_ELEMENT_NODE || after > 0)
			break;
		from = first;
	}
	child = end_shown(from, last);
	/* an end element beside the rest, not the title's one element */
	if (!child || child->type != XML_ELEMENT_NODE || end_shown(from, 0) == end_shown(from, 1))
		return NULL;
	return child;
}

int newsdoc__related_drop_title_furniture(newsdoc__sb *title, const xmlNode *from)
{
	newsdoc__sb piece = NEWSDOC__SB_INIT;
	int end, error = 0, furniture, too_big;

	for (end = 0; end < 2 && !error; end++) {
		const xmlNode *child = newsdoc__related_title_end(from, end);
		if (!child)
			continue;
		/* A label of a few words: an end element holding more is the
		 * title's own text (and reading all of it for every item made
		 * links nested in links quadratic). */
		piece.len = 0;
		if (piece.ptr)
			piece.ptr[0] = '\0';
		if ((error = newsdoc__content_collect_short_text(&piece, child, FURNITURE_MAX_NODES, &too_big)) != 0)
			break;
		if (too_big)
			continue;
		newsdoc__sb_trim(&piece);
		if (piece.failed) {
			error = newsdoc__error_oom();
			break;
		}
		if ((furniture = furniture_text(piece.ptr, piece.len)) < 0)
			error = newsdoc__error_oom();
		else if (furniture)
			cut_end(title, &piece, end);
	}
	newsdoc__sb_free(&piece);
	return error;
}
