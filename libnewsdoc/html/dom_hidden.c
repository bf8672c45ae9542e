/*
 * Markup that hides an element from every reader (dom_hidden.h): class
 * names, the hidden attribute, a hiding style.
 */
#include <string.h>
#include <strings.h>

#include "dom_attr.h"
#include "dom_hidden.h"

static const char *const hiding[] = {
	"hidden", "hide", "d-none", "display-none", "sr-only", "visually-hidden",
	"visuallyhidden", "screen-reader-text", "screenreader-only", "invisible", NULL
};

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
