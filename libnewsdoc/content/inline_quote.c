/*
 * <q> elements: a browser draws the quotation marks of the page's
 * language around them, and the markup holds none. The body text gets the
 * marks a reader sees, so that the quotes in it are found like any other.
 * The marks are data, one row per language; a page without a known
 * language gets English ones, which every quote finder reads as a pair
 * except German's (hence its own row).
 */
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../html/dom_attr.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct q_marks {
	const char *lang;  /* a primary language subtag */
	const char *open, *close;  /* the outer quotation */
	const char *inner_open, *inner_close;  /* a quotation inside it */
} q_marks;

/* The CSS quotes browsers give each language (French with its spaces). */
static const q_marks marks_by_lang[] = {
	{ "en", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99" },  /* “ ” ‘ ’ */
	{ "de", "\xe2\x80\x9e", "\xe2\x80\x9c", "\xe2\x80\x9a", "\xe2\x80\x98" },  /* „ “ ‚ ‘ */
	{ "fr", "\xc2\xab ", " \xc2\xbb", "\xe2\x80\xb9 ", " \xe2\x80\xba" },      /* « » ‹ › */
	{ "es", "\xc2\xab", "\xc2\xbb", "\xe2\x80\x9c", "\xe2\x80\x9d" },          /* « » “ ” */
	{ "it", "\xc2\xab", "\xc2\xbb", "\xe2\x80\x9c", "\xe2\x80\x9d" },
	{ "pt", "\xc2\xab", "\xc2\xbb", "\xe2\x80\x9c", "\xe2\x80\x9d" },
};

int newsdoc__content_is_q(const xmlNode *node)
{
	return node->type == XML_ELEMENT_NODE && node->name && !strcmp((const char *)node->name, "q");
}

static const q_marks *marks_of(const xmlNode *q)
{
	const xmlNode *root = q->doc ? xmlDocGetRootElement(q->doc) : NULL;
	const char *lang = NULL;
	size_t i, n;

	if (root && (lang = newsdoc__attr_text(root, "lang")) == NULL)
		lang = newsdoc__attr_text(root, "xml:lang");
	if (!lang)
		return &marks_by_lang[0];
	/* "fr", "fr-CA", "de_AT": the subtag before any separator. */
	for (n = 0; lang[n] && lang[n] != '-' && lang[n] != '_'; n++)
		;
	for (i = 0; i < COUNT(marks_by_lang); i++)
		if (n == strlen(marks_by_lang[i].lang) && !strncasecmp(lang, marks_by_lang[i].lang, n))
			return &marks_by_lang[i];
	return &marks_by_lang[0];
}

const char *newsdoc__content_q_mark(const xmlNode *q, int nested, int closing)
{
	const q_marks *m = marks_of(q);

	if (nested)
		return closing ? m->inner_close : m->inner_open;
	return closing ? m->close : m->open;
}

/* Marks a page may write itself around a <q>: the straight one, every
 * table row's opening marks, and the closing ones that open a quotation
 * in some languages (» in German, ” in Swedish). */
int newsdoc__content_ends_in_mark(const char *text, size_t len)
{
	static const char *const marks[] = { "\"", "\xe2\x80\x9c", "\xe2\x80\x9e", "\xc2\xab",
		"\xe2\x80\x98", "\xe2\x80\x9a", "\xe2\x80\xb9", "\xc2\xbb", "\xe2\x80\x9d" };
	size_t i;

	while (len > 0 && text[len - 1] == ' ')
		len--;
	for (i = 0; i < COUNT(marks); i++) {
		size_t n = strlen(marks[i]);
		if (len >= n && !memcmp(text + len - n, marks[i], n))
			return 1;
	}
	return 0;
}
