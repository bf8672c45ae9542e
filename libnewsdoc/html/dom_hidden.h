/*
 * Markup that hides an element from every reader.
 */
#ifndef NEWSDOC_DOM_HIDDEN_H
#define NEWSDOC_DOM_HIDDEN_H

/* Does a class attribute hold a token (space separated, exact, any case)
 * that hides the element in every layout: "hidden", "sr-only" ...
 * ("hidden-xs" hides on phones only)? `classes` may be NULL. */
int newsdoc__has_hiding_class(const char *classes);

/* Does a class attribute show the element from some screen width on:
 * "md:block", "lg:flex", "d-md-block" (beside "hidden", the element
 * hides on small screens only)? `classes` may be NULL. */
int newsdoc__class_shows_from_a_width(const char *classes);

/* Does a style attribute hide the element: "display: none",
 * "visibility:hidden" (any case, white space anywhere)? NULL: no. */
int newsdoc__style_hides(const char *style);

struct _xmlNode;
/* Is the element hidden by its own markup: a hiding class, the hidden
 * attribute, or a style with display:none or visibility:hidden? */
int newsdoc__element_hidden(const struct _xmlNode *node);

#endif
