/*
 * The last touches to a teaser once its title is read (issue 14 item 3):
 * its summary without the kicker that opens it ("<strong>DÉCRYPTAGE -
 * </strong> Au sein de ...") or the "Read more" that ends it, no summary
 * where the "summary" is the teaser's meta line (its time, section), its
 * author without a label before a colon ("Redacción: ANTONIO LOBATO"),
 * and an author where the teaser credits one with no markup that says
 * so: a plain line under the title, "von Jenifer Girke" or "By Jane Doe",
 * or the names alone in the teaser's meta line, beside its time or in its
 * footer ("<footer><span>Laura Fornell</span></footer>").
 */
#include <string.h>

#include "content.h"
#include "../html/dom_walk.h"
#include "../metadata/meta_impl.h"

/* Nodes of a teaser looked at for a credit line: a teaser is a few dozen. */
#define CREDIT_WALK 96
/* A credit line: a short text. */
#define CREDIT_LINE_MAX 80
/* A label before a colon ("Redacción:", "Text:"): a word or two. */
#define AUTHOR_LABEL_MAX 24
/* How far up a credit line a meta line's mark may be: its own element,
 * its parent, the one above. */
#define META_LEVELS 3
/* Siblings read on each side for a <time> at each level: a meta line has
 * a few; a cap keeps a card of thousands of children linear. */
#define META_SIBLINGS 16

/* Class names of a teaser's meta line ("bo-article-meta"). Not "info":
 * cards name their text block so ("ms-item__thumb-info"). */
static const char *const meta_names[] = { "meta", "footer", NULL };
/* Class names of a line that names no person: a section, a topic, the
 * source ("World News" beside the time). */
static const char *const not_person_names[] = {
	"categ", "section", "kicker", "tag", "label", "topic", "rubri", "ressort", "channel", "source", "brand", "badge",
	"credit", NULL
};

/* A date written in an element of its own, not a <time>: its text a date
 * and a few bytes more ("<div>11/13/19 11:00AM</div>"). 1 yes, 0 no, -1
 * out of memory. */
#define DATE_ELEMENT_MAX 40
#define DATE_ELEMENT_REST 8

static int date_element(const xmlNode *node, newsdoc__sb *text)
{
	const content_stat *stat = node ? content_stat_of((xmlNode *)node) : NULL;
	size_t start, end;
	int oom = 0;
	char *date;

	if (!stat || stat->text == 0 || stat->text > DATE_ELEMENT_MAX || (stat->flags & NODE_HIDDEN))
		return 0;
	if (newsdoc__content_text_of(text, node) != 0 || text->failed)
		return -1;
	date = newsdoc__meta_date_find(text->ptr, text->len, 0, &start, &end, &oom);
	if (oom)
		return -1;
	if (!date)
		return 0;
	newsdoc__free(date);
	return text->len - (end - start) <= DATE_ELEMENT_REST;
}

static const xmlNode *element_sibling(const xmlNode *node, int next)
{
	do
		node = next ? node->next : node->prev;
	while (node && node->type != XML_ELEMENT_NODE);
	return node;
}

/* Is `node` part of the teaser's meta line: in a footer or an element
 * classed so, or beside the teaser's <time> or a date in an element next
 * to it ("<div><strong>Jane Doe</strong></div><div>11/13/19</div>"), up to
 * `top`? 1 yes, 0 no, -1 out of memory. */
static int in_meta_line(const xmlNode *node, const xmlNode *top)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int level, found = 0;

	for (level = 0; !found && node && node != top && level < META_LEVELS; node = node->parent, level++) {
		const xmlNode *sibling;
		if (!strcmp((const char *)node->name, "footer") || newsdoc__related_class_has(node, meta_names))
			found = 1;
		size_t read;
		for (sibling = node->prev, read = 0; sibling && !found && read < META_SIBLINGS; sibling = sibling->prev, read++)
			if (sibling->type == XML_ELEMENT_NODE && !strcmp((const char *)sibling->name, "time"))
				found = 1;
		for (sibling = node->next, read = 0; sibling && !found && read < META_SIBLINGS; sibling = sibling->next, read++)
			if (sibling->type == XML_ELEMENT_NODE && !strcmp((const char *)sibling->name, "time"))
				found = 1;
		if (!found && (found = date_element(element_sibling(node, 1), &text)) == 0)
			found = date_element(element_sibling(node, 0), &text);
	}
	newsdoc__sb_free(&text);
	return found;
}

/* The names a credit line states, in `line` (its text) from *start: "von
 * Jenifer Girke", "By Jane Doe | 2 May 2024", or the names alone in a meta
 * line. 1 when it states some, 0 when not, -1 out of memory. */
static int credit_names(const newsdoc__sb *line, const xmlNode *node, const xmlNode *item, size_t *start,
	size_t *len)
{
	size_t skip = newsdoc__content_credit_label_length(line->ptr, line->len);
	int oom = 0, meta;

	*start = skip;
	*len = newsdoc__content_credit_length_before_date(line->ptr + skip, line->len - skip, &oom);
	if (oom)
		return -1;
	while (*len && strchr(" ,;|", line->ptr[skip + *len - 1]))
		(*len)--;
	if (!*len || !newsdoc__related_names_only(line->ptr + skip, *len))
		return 0;
	if (skip > 0)
		return 1;
	if ((meta = in_meta_line(node, item)) < 0)
		return -1;
	return meta && !newsdoc__related_class_has(node, not_person_names);
}

/* `line` emptied, then the text of `node`'s own text nodes, its elements
 * left out: "<span>Jane Doe <span>The Guardian</span></span>". */
static int own_text(newsdoc__sb *line, const xmlNode *node)
{
	const xmlNode *child;
	int pending_space = 0;

	line->len = 0;
	for (child = node->children; child; child = child->next)
		if (child->type == XML_TEXT_NODE && child->content &&
			newsdoc__append_folded(line, (const char *)child->content, strlen((const char *)child->content),
				&pending_space) != 0)
			return newsdoc__error_oom();
	if (line->ptr)
		line->ptr[line->len] = '\0';
	return 0;
}

/* An author for `related` from a plain credit line after `title` in
 * `item`, when it has none. */
static int find_plain_credit(newsdoc_related *related, const xmlNode *item, const xmlNode *title)
{
	xmlNode *node = (xmlNode *)item;
	newsdoc__sb line = NEWSDOC__SB_INIT;
	size_t walked = 0, start, len;
	int descend = 1, past_title = 0, error = 0, found;

	while (!error && (node = newsdoc__walk_next(node, (xmlNode *)item, descend)) != NULL &&
		walked++ < CREDIT_WALK) {
		const content_stat *stat = node->type == XML_ELEMENT_NODE ? content_stat_of(node) : NULL;
		descend = 1;
		if (!stat)
			continue;
		if (node == title) {
			past_title = 1;
			descend = 0;
			continue;
		}
		/* A link may hold the title; after it, a link is no plain line.
		 * A heading after the title may be a credit with its label ("<h6>By
		 * Jane Doe</h6>" under the lead), never one before it. */
		if (stat->tag == TAG_SKIP || (stat->flags & NODE_HIDDEN) || (stat->tag == TAG_HEADING && !past_title) ||
			(stat->tag == TAG_A && past_title)) {
			descend = 0;
			continue;
		}
		if (stat->tag == TAG_A)
			continue;
		if (stat->tag == TAG_HEADING)
			descend = 0;
		/* A line that names nobody may hold one that does ("<footer><span>
		 * Names <span>Source</span></span></footer>"): the walk goes on
		 * inside it. */
		if (!past_title || stat->text == 0 || stat->text > CREDIT_LINE_MAX || !newsdoc__related_is_line(node))
			continue;
		if ((error = newsdoc__content_text_of(&line, node)) != 0)
			break;
		if (line.failed) {
			error = newsdoc__error_oom();
			break;
		}
		/* Page furniture names nobody; a bare "By Jane Doe" is furniture
		 * to the body, and is the credit looked for here. */
		if (!line.len || (!newsdoc__content_credit_label_length(line.ptr, line.len) &&
			newsdoc__content_is_boiler_text(line.ptr, line.len)))
			continue;
		found = credit_names(&line, node, item, &start, &len);
		if (!found && newsdoc__related_element_child(node)) {
			if ((error = own_text(&line, node)) != 0)
				break;
			found = line.len ? credit_names(&line, node, item, &start, &len) : 0;
		}
		if (found < 0) {
			error = newsdoc__error_oom();
			break;
		}
		/* a heading of names alone, no label: a headline's words */
		if (stat->tag == TAG_HEADING && !start)
			continue;
		if (found) {
			line.ptr[start + len] = '\0';
			error = newsdoc_related_set_author(related, line.ptr + start);
			break;
		}
	}
	newsdoc__sb_free(&line);
	return error;
}

/* "Redacción: ANTONIO LOBATO" -> "ANTONIO LOBATO": a word or two before a
 * colon, names after it. */
static int drop_author_label(newsdoc_related *related, const char *author)
{
	const char *colon = strchr(author, ':');
	size_t words = 1;
	const char *p;
	char *names;
	int error;

	if (!colon || colon == author || (size_t)(colon - author) > AUTHOR_LABEL_MAX)
		return 0;
	for (p = author; p < colon; p++)
		words += *p == ' ';
	if (words > 2)
		return 0;
	for (p = colon + 1; *p == ' '; p++)
		;
	if (!newsdoc__related_names_only(p, strlen(p)))
		return 0;
	/* `p` points into the author that setting it frees */
	if ((names = newsdoc__strndup(p, strlen(p))) == NULL)
		return newsdoc__error_oom();
	error = newsdoc_related_set_author(related, names);
	newsdoc__free(names);
	return error;
}

/*
 * A "summary" that is the teaser's meta line: a short paragraph holding
 * its <time> ("<p><time>26.04.24</time> | <span>Wirtschaft</span> |
 * <span>Von X</span></p>") or its credit: an element named author or
 * byline ("<p><span class=author>X</span> <span>2 hours ago</span></p>"),
 * or a credit label opening it ("<p>By X | 5 min read</p>"). No summary;
 * its credit may name the author (*credit: the element named so).
 */
#define META_LINE_MAX 80
#define META_LINE_WALK 32
#define META_BESIDE_CREDIT 32 /* bytes beside the credit: "Clubs - BY . 5 HOURS AGO" */

static const char *const credit_names_of[] = { "author", "byline", NULL };

static int is_meta_line(const xmlNode *summary, const char *text, const xmlNode **credit, int *oom)
{
	const content_stat *stat = content_stat_of((xmlNode *)summary), *credit_stat;
	xmlNode *node;
	size_t len = strlen(text), skip = newsdoc__content_credit_label_length(text, len), names, walked = 0;
	int found = 0;

	*credit = NULL;
	if (!stat || stat->text > META_LINE_MAX)
		return 0;
	/* "By the end of May, ..." opens a lead: names must follow the label */
	if (skip) {
		names = newsdoc__content_credit_length_before_date(text + skip, len - skip, oom);
		while (names && strchr(" ,;|", text[skip + names - 1]))
			names--;
		found = names && newsdoc__related_names_only(text + skip, names);
	}
	/* its <time> at any depth ("<p><span>Published: <time>5 Nov</time>
	 * </span></p>"); the element named author, with a few words of meta
	 * beside it, not a lead that ends with its author */
	node = (xmlNode *)summary;
	while ((node = newsdoc__walk_next(node, (xmlNode *)summary, 1)) != NULL && walked++ < META_LINE_WALK) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		found |= !strcmp((const char *)node->name, "time");
		if (!*credit && newsdoc__related_class_has(node, credit_names_of) &&
			(credit_stat = content_stat_of(node)) != NULL && stat->text <= credit_stat->text + META_BESIDE_CREDIT)
			*credit = node;
	}
	return found || *credit;
}

/* The author named by the element `credit` of a meta line: its names
 * alone, without a label or a date. */
static int author_from_credit(newsdoc_related *related, const xmlNode *credit, int *set)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int error = newsdoc__related_credit_text(&text, credit);

	if (!error && text.len && newsdoc__related_names_only(text.ptr, text.len)) {
		error = newsdoc_related_set_author(related, text.ptr);
		*set = !error;
	}
	newsdoc__sb_free(&text);
	return error;
}

/*
 * A "summary" of a word or two is a label: the section or rubric that a
 * wrapper named for the whole summary card holds ("<div class=SummaryItem
 * Rubric><span>Mode</span></div>"). A lead is a sentence. Bytes too: CJK
 * text has no spaces.
 */
#define LABEL_WORDS_MAX 2
#define LABEL_BYTES_MAX 24

/* A short CJK lead has no spaces and few bytes, but ends as a sentence. */
static int is_label(const char *text)
{
	size_t words = 1, len = strlen(text), i;

	for (i = 0; i < len; i++)
		words += text[i] == ' ';
	return words <= LABEL_WORDS_MAX && len <= LABEL_BYTES_MAX && !newsdoc__related_ends_sentence(text, len);
}

int newsdoc__related_finish_teaser(newsdoc_related *related, const xmlNode *item, const xmlNode *title,
	const xmlNode *summary)
{
	const char *author = newsdoc_related_author(related);
	newsdoc__sb text = NEWSDOC__SB_INIT;
	const xmlNode *credit = NULL;
	int error = 0, oom = 0, credited = 0;

	if (summary && newsdoc_related_summary(related) &&
		(is_meta_line(summary, newsdoc_related_summary(related), &credit, &oom) ||
		 is_label(newsdoc_related_summary(related)))) {
		error = newsdoc_related_set_summary(related, NULL);
		if (!error && !oom && credit && !author)
			error = author_from_credit(related, credit, &credited);
	}
	else if (summary && newsdoc_related_summary(related) && !(error = newsdoc__content_text_of(&text, summary))) {
		size_t len = text.len;
		error = newsdoc__related_drop_summary_kicker(&text, summary);
		/* a "Read more", a date or reading time in an element at either end */
		if (!error && text.len)
			error = newsdoc__related_drop_title_furniture(&text, summary);
		/* a date or reading time in an element at either end */
		if (!error && text.len)
			error = newsdoc__related_drop_title_furniture(&text, summary);
		if (!error && text.failed)
			error = newsdoc__error_oom();
		if (!error && text.len && text.len < len)
			error = newsdoc_related_set_summary(related, text.ptr);
	}
	/* no summary found by name or kind: a card link's lead after its headline */
	if (!error && !summary && title && !newsdoc_related_summary(related) && newsdoc_related_title(related)) {
		error = newsdoc__related_card_lead(&text, title, newsdoc_related_title(related));
		if (!error && text.len)
			error = newsdoc_related_set_summary(related, text.ptr);
	}
	newsdoc__sb_free(&text);
	if (!error && oom)
		error = newsdoc__error_oom();
	if (!error && author)
		error = drop_author_label(related, author);
	else if (!error && title && !credited)
		error = find_plain_credit(related, item, title);
	return error;
}
