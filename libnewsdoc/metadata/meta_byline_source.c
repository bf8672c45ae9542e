/*
 * The source written beside a byline. Pages set the agency or programme a
 * story comes from in an element of its own right after the credit line:
 *
 *   <span class="byline">By Nell Harrow</span>
 *   <span class="wire-source"> - Valley Wire - </span>
 *
 *   <cite class="byline">By <span class="fn">Orla Penrice</span></cite>
 *   <span><a><span class="provider-label">Morning Lantern</span></a></span>
 *
 * That text is the affiliation of the byline's last person, unless the
 * byline states one itself. Only the next element counts, and only when a
 * class or id says it is a source: a date or a share bar there is left
 * alone.
 */
#include <string.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../internal.h"

/* How far below the next element the source's own element may sit. */
#define MAX_SOURCE_DEPTH 3
/* Elements looked at below it. */
#define MAX_SOURCE_NODES 24
/* A source is a name, not a sentence. */
#define MAX_SOURCE_LEN 60

/* The element after `node`, when only white space lies between. */
static const xmlNode *next_element(const xmlNode *node)
{
	const xmlNode *next;

	for (next = node->next; next; next = next->next) {
		if (next->type == XML_ELEMENT_NODE)
			return next;
		if (next->type == XML_TEXT_NODE && next->content) {
			const unsigned char *p;
			for (p = next->content; *p; p++)
				if (!newsdoc__meta_is_space(*p))
					return NULL;
		}
	}
	return NULL;
}

/* `node` or an element below it classed as a source, depth first. */
static const xmlNode *source_element(const xmlNode *node, int depth, size_t *nodes_left)
{
	const xmlNode *child, *found;

	if (!*nodes_left)
		return NULL;
	--*nodes_left;
	if (newsdoc__meta_element_kinds(node) & META_TOKEN_SOURCE)
		return node;
	if (depth >= MAX_SOURCE_DEPTH)
		return NULL;
	for (child = node->children; child; child = child->next)
		if (child->type == XML_ELEMENT_NODE && (found = source_element(child, depth + 1, nodes_left)) != NULL)
			return found;
	return NULL;
}

/* Bytes of a dash or bar at s: "-", "|", an en or em dash. */
static size_t dash_at(const char *s, size_t len)
{
	if (len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
		return 3;
	return len && (s[0] == '-' || s[0] == '|') ? 1 : 0;
}

/*
 * The source's name in the element's text: the first piece between spaced
 * dashes or bars (" - Valley Wire - Monday, May 6, 2024"), when it
 * holds no digit (a date or a count is no source).
 */
static int source_piece(const char *text, size_t *from, size_t *len)
{
	size_t n = strlen(text), i = 0, end, step;

	for (;;) {
		while (i < n && newsdoc__meta_is_space((unsigned char)text[i]))
			i++;
		if (!(step = dash_at(text + i, n - i)))
			break;
		i += step;
	}
	/* A dash ends the piece only when spaced: "Jean-Luc", "Gruner-Jahr". */
	for (end = i; end < n; end++) {
		if (text[end] >= '0' && text[end] <= '9')
			return 0;
		if (newsdoc__meta_is_space((unsigned char)text[end]) && end + 1 < n &&
		    (step = dash_at(text + end + 1, n - end - 1)) != 0 &&
		    (end + 1 + step == n || newsdoc__meta_is_space((unsigned char)text[end + 1 + step])))
			break;
		if (text[end] == '|')
			break;
	}
	while (end > i && newsdoc__meta_is_space((unsigned char)text[end - 1]))
		end--;
	*from = i;
	*len = end - i;
	return *len && *len <= MAX_SOURCE_LEN;
}

void newsdoc__meta_byline_source(meta_store *store, const xmlNode *byline, size_t index)
{
	size_t nodes_left = MAX_SOURCE_NODES, from, len;
	const xmlNode *next, *source;
	char *text;
	int cut;

	/* A source-classed wrapper around the whole story is no source: read
	 * no more of it than a source line with its separators can hold. */
	if (index >= META_MAX_BYLINES || store->byline_sources[index] || !(next = next_element(byline)) ||
	    !(source = source_element(next, 0, &nodes_left)) ||
	    !(text = newsdoc__meta_element_text_capped(store, source, 2 * MAX_SOURCE_LEN, MAX_SOURCE_NODES, &cut)))
		return;
	if (!cut && source_piece(text, &from, &len) &&
	    newsdoc__meta_author_set(&store->byline_sources[index], text + from, len) != 0)
		store->failed = 1;
	newsdoc__free(text);
}

void newsdoc__meta_byline_source_apply(meta_store *store, meta_authors *parsed, size_t index)
{
	meta_author *last;

	if (index >= META_MAX_BYLINES || !store->byline_sources[index] || !parsed->count)
		return;
	last = &parsed->items[parsed->count - 1];
	if (last->is_org || last->affiliation || newsdoc__meta_ieq(last->name, store->byline_sources[index]))
		return;
	if (newsdoc__meta_author_set(&last->affiliation, store->byline_sources[index],
		strlen(store->byline_sources[index])) != 0)
		store->failed = 1;
}
