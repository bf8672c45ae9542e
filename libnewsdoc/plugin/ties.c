/*
 * Host claims that tie: two parsers claiming the same host (without paths)
 * at the same priority. The first found is used (choose.c keeps the first
 * of a priority); the others are never chosen by URL, which their authors
 * and the user should know, so each is reported as a registry warning.
 *
 * Every claim is listed once and sorted by host, priority and order found,
 * so that the ties of a host lie side by side: n log n in the number of
 * claims, where comparing every parser with every other was quadratic in
 * the number of plugins.
 */
#include <stdlib.h>
#include <strings.h>

#include "../registry_impl.h"

typedef struct host_claim {
	const char *host;
	int priority;
	size_t parser_index; /* in reg->parsers: the order found */
} host_claim;

static int compare_claims(const void *a, const void *b)
{
	const host_claim *x = a, *y = b;
	int by_host = strcasecmp(x->host, y->host);

	if (by_host)
		return by_host;
	if (x->priority != y->priority)
		return x->priority < y->priority ? -1 : 1;
	return x->parser_index < y->parser_index ? -1 : x->parser_index > y->parser_index;
}

static int same_tie(const host_claim *a, const host_claim *b)
{
	return a->priority == b->priority && !strcasecmp(a->host, b->host);
}

int newsdoc__report_host_ties(newsdoc_registry *reg)
{
	host_claim *claims;
	size_t count = 0, i, j;
	int error = 0;

	for (i = 0; i < reg->parsers.count; i++) {
		const newsdoc_parser_info *parser = reg->parsers.items[i];
		if (!parser->path_count)
			count += parser->host_count;
	}
	if (!count)
		return 0;
	if (!(claims = newsdoc__calloc(count, sizeof(*claims))))
		return newsdoc__error_oom();
	count = 0;
	for (i = 0; i < reg->parsers.count; i++) {
		const newsdoc_parser_info *parser = reg->parsers.items[i];
		for (j = 0; !parser->path_count && j < parser->host_count; j++) {
			claims[count].host = parser->hosts[j];
			claims[count].priority = parser->priority;
			claims[count++].parser_index = i;
		}
	}
	qsort(claims, count, sizeof(*claims), compare_claims);
	/* In each run of one host and priority, the first claim's parser is
	 * used; each other parser in the run is reported once against it. */
	for (i = 0; i < count && !error; i = j) {
		const newsdoc_parser_info *used = reg->parsers.items[claims[i].parser_index];
		size_t last_reported = claims[i].parser_index;
		for (j = i + 1; j < count && same_tie(&claims[i], &claims[j]); j++) {
			const newsdoc_parser_info *other = reg->parsers.items[claims[j].parser_index];
			if (claims[j].parser_index == last_reported || error)
				continue;
			last_reported = claims[j].parser_index;
			error = newsdoc__registry_warn(reg,
				"parsers '%s' (plugin '%s') and '%s' (plugin '%s') both claim host %s at priority %d; "
				"'%s' is used", used->id, used->owner->name, other->id, other->owner->name,
				claims[i].host, used->priority, used->id);
		}
	}
	newsdoc__free(claims);
	return error;
}
