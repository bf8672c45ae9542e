/*
 * Markup that hides an element from every reader (dom_hidden.h): class
 * names, the hidden attribute, a hiding style; and the classes that show
 * such an element again from some screen width on.
 */
#include <string.h>
#include <strings.h>

#include "dom_attr.h"
#include "dom_hidden.h"

static const char *const hiding[] = {
	"hidden", "hide", "d-none", "display-none", "sr-only", "visually-hidden",
	"visuallyhidden", "screen-reader-text", "screenreader-only", "invisible", NULL
};

/* The display a class gives an element from some screen width on:
 * "md:block", "lg:flex" (Tailwind), "d-md-block" (Bootstrap). With it a
 * hiding class hides the element on small screens only ("hidden
 * md:block": a teaser's summary shown beside wider layouts). */
static const char *const shown_displays[] = {
	"block", "flex", "inline", "inline-block", "inline-flex", "grid", "inline-grid", "table", "contents",
	"not-sr-only", NULL
};

static int shows_from_a_width(const char *token, size_t len)
{
	const char *value = NULL;
	size_t i, value_len;

	for (i = len; i > 0; i--)
		if (token[i - 1] == ':') {
			value = token + i;
			break;
		}
	if (!value && len > 5 && !strncasecmp(token, "d-", 2)) {
		/* "d-md-block": the width between two dashes */
		const char *dash = memchr(token + 2, '-', len - 2);
		if (dash && dash > token + 2)
			value = dash + 1;
	}
	if (!value)
		return 0;
	value_len = len - (size_t)(value - token);
	for (i = 0; shown_displays[i]; i++)
		if (value_len == strlen(shown_displays[i]) && !strncasecmp(value, shown_displays[i], value_len))
			return 1;
	return 0;
}

int newsdoc__has_hiding_class(const char *classes)
{
	const char *p = classes, *token;
	size_t i, len;

	while (p && (token = newsdoc__attr_next_token(&p, &len)) != NULL)
		for (i = 0; hiding[i]; i++)
			if (len == strlen(hiding[i]) && !strncasecmp(token, hiding[i], len))
				return 1;
	return 0;
}

int newsdoc__class_shows_from_a_width(const char *classes)
{
	const char *p = classes, *token;
	size_t len;

	while (p && (token = newsdoc__attr_next_token(&p, &len)) != NULL)
		if (shows_from_a_width(token, len))
			return 1;
	return 0;
}

int newsdoc__style_hides(const char *style)
{
	char compact[96];
	size_t n = 0;

	for (; style && *style && n + 1 < sizeof(compact); style++)
		if (*style != ' ' && *style != '\t')
			compact[n++] = (char)((*style >= 'A' && *style <= 'Z') ? *style + 32 : *style);
	compact[n] = '\0';
	return strstr(compact, "display:none") || strstr(compact, "visibility:hidden");
}

int newsdoc__element_hidden(const struct _xmlNode *node)
{
	return newsdoc__has_hiding_class(newsdoc__attr_text(node, "class")) || newsdoc__attr_find(node, "hidden") ||
		newsdoc__style_hides(newsdoc__attr_text(node, "style"));
}
