/*
 * The addresses of the related items so far (related.c), each as its key
 * (newsdoc__related_address_key) in a set, so that a repeat is found by
 * one look-up however many items a page lists (max_related may be large).
 */
#include <string.h>

#include "content.h"

void newsdoc__related_listed_free(struct related_listed *listed)
{
	size_t i;

	for (i = 0; i < listed->owned.count; i++)
		newsdoc__free(listed->owned.items[i]);
	newsdoc__free(listed->owned.items);
	newsdoc__str_set_free(&listed->keys);
}

/* A teaser shown in two boxes, or twice in one (its picture and its title
 * as cards of their own), is one item. */
int newsdoc__related_already_listed(const content_ctx *ctx, const char *url, size_t *index)
{
	size_t len;
	const char *start = newsdoc__related_address_key(url, &len);
	char *key = newsdoc__strndup(start, len);
	int found;

	if (!key)
		return -1;
	found = newsdoc__str_set_find(&ctx->related_listed->keys, key, index);
	newsdoc__free(key);
	return found;
}

int newsdoc__related_remember_listed(content_ctx *ctx, const char *url, size_t index)
{
	struct related_listed *listed = ctx->related_listed;
	size_t len, value;
	const char *start = newsdoc__related_address_key(url, &len);
	char *key = newsdoc__strndup(start, len);

	if (!key)
		return newsdoc__error_oom();
	if (newsdoc__str_set_find(&listed->keys, key, &value)) {
		newsdoc__free(key);
		return 0;
	}
	if (newsdoc__vec_push(&listed->owned, key) != 0) {
		newsdoc__free(key);
		return newsdoc__error_oom();
	}
	return newsdoc__str_set_add(&listed->keys, key, index) ? newsdoc__error_oom() : 0;
}
