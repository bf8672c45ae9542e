/*
 * Choosing a site parser: by the URL's host and path from the manifests
 * (no library is opened for that), else by probes run on the page.
 */
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "../registry_impl.h"
#include "xpath_limit.h"

typedef struct url_parts {
	char host[256];
	char path[2048];
} url_parts;

/* Host (lower case, without port or credentials) and path (without query
 * or fragment) of an absolute URL; 0 when it has no host. */
static int split_url(const char *url, url_parts *parts)
{
	const char *p = strstr(url, "://"), *host, *host_end, *path_end;
	size_t len, i;

	if (!p)
		return 0;
	host = p + 3;
	host_end = host + strcspn(host, "/?#");
	for (p = host; p < host_end; p++)
		if (*p == '@')
			host = p + 1;
	len = (size_t)(host_end - host);
	p = memchr(host, ':', len);
	if (p)
		len = (size_t)(p - host);
	if (!len || len >= sizeof(parts->host))
		return 0;
	for (i = 0; i < len; i++)
		parts->host[i] = (char)((host[i] >= 'A' && host[i] <= 'Z') ? host[i] + 32 : host[i]);
	parts->host[len] = '\0';
	path_end = host_end + strcspn(host_end, "?#");
	len = (size_t)(path_end - host_end);
	if (len >= sizeof(parts->path))
		len = sizeof(parts->path) - 1;
	memcpy(parts->path, host_end, len);
	parts->path[len] = '\0';
	if (!len)
		strcpy(parts->path, "/");
	return 1;
}

/* "example.com" matches itself; "*.example.com" matches any subdomain of
 * example.com (not example.com itself: list both to claim both). */
static int host_matches(const char *pattern, const char *host)
{
	if (!strncmp(pattern, "*.", 2)) {
		size_t plen = strlen(pattern + 1), hlen = strlen(host);
		return hlen > plen && !strcasecmp(host + hlen - plen, pattern + 1);
	}
	return !strcasecmp(pattern, host);
}

static int parser_claims(const newsdoc_parser_info *parser, const url_parts *parts)
{
	size_t i;
	int host_ok = 0;

	for (i = 0; i < parser->host_count && !host_ok; i++)
		host_ok = host_matches(parser->hosts[i], parts->host);
	if (!host_ok)
		return 0;
	if (!parser->path_count)
		return 1;
	for (i = 0; i < parser->path_count; i++)
		if (fnmatch(parser->paths[i], parts->path, 0) == 0)
			return 1;
	return 0;
}

static int usable(const newsdoc_parser_info *parser)
{
	/* Another thread may be loading the plugin (loader.c stores the state
	 * atomically under the registry lock). */
	return !parser->owner->skip_reason &&
		__atomic_load_n(&parser->owner->load_state, __ATOMIC_ACQUIRE) != NEWSDOC__LOAD_FAILED;
}

const newsdoc_parser_info *newsdoc__choose_by_url(const newsdoc_registry *reg, const char *url)
{
	const newsdoc_parser_info *best = NULL;
	url_parts parts;
	size_t i;

	if (!reg || !url || !split_url(url, &parts))
		return NULL;
	/* Strictly higher priority wins; on a tie the first found (search
	 * order, then name order) keeps it, as newsdoc__report_host_ties says. */
	for (i = 0; i < reg->parsers.count; i++) {
		const newsdoc_parser_info *parser = reg->parsers.items[i];
		if (usable(parser) && parser_claims(parser, &parts) && (!best || parser->priority > best->priority))
			best = parser;
	}
	if (best)
		newsdoc__plugin_log(reg, "chose parser '%s' for host %s (priority %d)", best->id, parts.host, best->priority);
	return best;
}

/*
 * Whether `parser`'s probe is true on the page. A probe is held to the
 * same operation limit as a rule; one that goes over it is false (the
 * page goes to another parser or the generic one) and says so in the log.
 */
static int probe_matches(const newsdoc_registry *reg, const newsdoc_parser_info *parser, xmlDoc *html,
	const newsdoc__xpath_limit *limit)
{
	xmlXPathContext *ctx = newsdoc__xpath_limited_context(html);
	xmlXPathObject *result;
	int matched = 0;

	if (!ctx)
		return 0;
	newsdoc__xpath_limit_start(ctx, limit);
	xmlSetStructuredErrorFunc(NULL, newsdoc__xml_ignore_error);
	result = xmlXPathEvalExpression((const xmlChar *)parser->probe, ctx);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (newsdoc__xpath_limit_hit(ctx, result))
		newsdoc__plugin_log(reg, "the probe of parser '%s' (plugin '%s') went over its XPath operation limit "
			"of %lu for this page (%zu nodes); it does not match", parser->id, parser->owner->name,
			limit->ops, limit->nodes);
	if (result) {
		matched = xmlXPathCastToBoolean(result);
		xmlXPathFreeObject(result);
	}
	xmlXPathFreeContext(ctx);
	return matched;
}

int newsdoc__registry_has_probes(const newsdoc_registry *reg)
{
	size_t i;

	for (i = 0; reg && i < reg->parsers.count; i++) {
		const newsdoc_parser_info *parser = reg->parsers.items[i];
		if (parser->probe && usable(parser))
			return 1;
	}
	return 0;
}

const newsdoc_parser_info *newsdoc__choose_by_probe(const newsdoc_registry *reg, xmlDoc *html)
{
	const newsdoc_parser_info *best = NULL;
	newsdoc__xpath_limit limit;
	int counted = 0; /* the page's nodes, counted before the first probe */
	size_t i;

	if (!reg || !html)
		return NULL;
	for (i = 0; i < reg->parsers.count; i++) {
		const newsdoc_parser_info *parser = reg->parsers.items[i];
		if (!parser->probe || !usable(parser) || (best && parser->priority <= best->priority))
			continue;
		if (!counted++)
			newsdoc__xpath_limit_for(&limit, html);
		if (probe_matches(reg, parser, html, &limit))
			best = parser;
	}
	if (best)
		newsdoc__plugin_log(reg, "chose parser '%s' by its probe", best->id);
	return best;
}
