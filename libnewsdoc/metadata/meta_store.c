/*
 * The candidate store: every source offers values as it meets them, the
 * first value per field and source is kept, and the merge chooses later.
 */
#include <string.h>

#include "meta_impl.h"
#include "../text/text_util.h"

#define DEFAULT_MAX_JSONLD ((size_t)4 * 1024 * 1024)

void newsdoc__meta_store_init(meta_store *store, const char *url, const newsdoc_parse_options *opts)
{
	size_t i;

	memset(store, 0, sizeof(*store));
	for (i = 0; i < META_SRC_COUNT; i++)
		store->comments[i] = -1;
	store->words_comment_count = -1;
	store->boxed_comment_count = -1;
	store->page_url = url;
	/* once per page: every link on it is held against the page's host */
	store->page_host = url ? newsdoc__url_host(url, &store->page_host_len) : NULL;
	store->jsonld_budget = opts && opts->max_jsonld_size ? opts->max_jsonld_size : DEFAULT_MAX_JSONLD;
}

static void strings_free(meta_strings *list)
{
	size_t i;
	for (i = 0; i < list->count; i++)
		newsdoc__free(list->items[i]);
	newsdoc__free(list->items);
	memset(list, 0, sizeof(*list));
}

void newsdoc__meta_authors_free(meta_authors *list)
{
	size_t i;
	for (i = 0; i < list->count; i++) {
		newsdoc__free(list->items[i].name);
		newsdoc__free(list->items[i].role);
		newsdoc__free(list->items[i].affiliation);
		newsdoc__free(list->items[i].url);
	}
	newsdoc__free(list->items);
	memset(list, 0, sizeof(*list));
}

void newsdoc__meta_store_free(meta_store *store)
{
	size_t slot, src;

	for (slot = 0; slot < META_SLOT_COUNT; slot++)
		for (src = 0; src < META_SRC_COUNT; src++)
			newsdoc__free(store->value[slot][src]);
	for (src = 0; src < META_SRC_COUNT; src++) {
		newsdoc__meta_authors_free(&store->authors[src]);
		strings_free(&store->tags[src]);
	}
	strings_free(&store->bylines);
	for (slot = 0; slot < META_MAX_BYLINES; slot++)
		newsdoc__free(store->byline_sources[slot]);
	strings_free(&store->byline_lines);
	newsdoc__free(store->wire_credit);
	strings_free(&store->member_links);
	newsdoc__free(store->member_href);
	for (slot = 0; slot < store->heading_count; slot++)
		newsdoc__free(store->headings[slot].text);
	newsdoc__meta_jsonld_free(store);
}

void newsdoc__meta_offer(meta_store *store, int slot, int source, const char *value, size_t len)
{
	if (store->value[slot][source] || !value)
		return;
	store->value[slot][source] = newsdoc__meta_clean(value, len, &store->failed);
}

void newsdoc__meta_offer_date(meta_store *store, int slot, int source, const char *value, size_t len)
{
	if (store->value[slot][source] || !value || !len)
		return;
	store->value[slot][source] = newsdoc__meta_date_parse(value, len, &store->failed);
}

void newsdoc__meta_offer_tag(meta_store *store, int source, const char *value, size_t len)
{
	newsdoc__meta_strings_push(store, &store->tags[source], value, len);
}

void newsdoc__meta_strings_pop(meta_strings *list)
{
	if (list->count)
		newsdoc__free(list->items[--list->count]);
}

void newsdoc__meta_strings_push(meta_store *store, meta_strings *list, const char *value, size_t len)
{
	char *tag;
	size_t i;

	if (list->count >= 100 || !(tag = newsdoc__meta_clean(value, len, &store->failed)))
		return;
	for (i = 0; i < list->count; i++)
		if (newsdoc__meta_ieq(list->items[i], tag)) {
			newsdoc__free(tag);
			return;
		}
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 8;
		char **items = newsdoc__realloc(list->items, cap * sizeof(*items));
		if (!items) {
			newsdoc__free(tag);
			store->failed = 1;
			return;
		}
		list->items = items;
		list->cap = cap;
	}
	list->items[list->count++] = tag;
}

void newsdoc__meta_offer_tag_list(meta_store *store, int source, const char *value, size_t len)
{
	size_t start = 0, i;

	for (i = 0; i <= len; i++)
		if (i == len || value[i] == ',' || value[i] == ';') {
			if (i > start)
				newsdoc__meta_offer_tag(store, source, value + start, i - start);
			start = i + 1;
		}
}

meta_author *newsdoc__meta_authors_push(meta_authors *list, const char *name, size_t len, int *oom)
{
	meta_author *author;
	char *clean = newsdoc__meta_clean(name, len, oom);

	if (!clean)
		return NULL;
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 4;
		meta_author *items = newsdoc__realloc(list->items, cap * sizeof(*items));
		if (!items) {
			newsdoc__free(clean);
			*oom = 1;
			return NULL;
		}
		list->items = items;
		list->cap = cap;
	}
	author = &list->items[list->count++];
	memset(author, 0, sizeof(*author));
	author->name = clean;
	author->is_org = newsdoc__meta_is_org_name(clean);
	return author;
}

size_t newsdoc__meta_authors_count_named(const meta_authors *list, const char *name)
{
	size_t i, n = 0;
	for (i = 0; i < list->count; i++)
		if (newsdoc__meta_ieq(list->items[i].name, name))
			n++;
	return n;
}

void newsdoc__meta_authors_pop(meta_authors *list)
{
	meta_author *a;
	if (!list->count)
		return;
	a = &list->items[--list->count];
	newsdoc__free(a->name);
	newsdoc__free(a->role);
	newsdoc__free(a->affiliation);
	newsdoc__free(a->url);
}

int newsdoc__meta_authors_has(const meta_authors *list, const char *name)
{
	size_t i;
	for (i = 0; i < list->count; i++)
		if (newsdoc__meta_ieq(list->items[i].name, name))
			return 1;
	return 0;
}

int newsdoc__meta_author_set(char **slot, const char *value, size_t len)
{
	int oom = 0;
	char *clean;

	if (*slot || !value)
		return 0;
	clean = newsdoc__meta_clean(value, len, &oom);
	*slot = clean;
	return oom ? -1 : 0;
}
