/*
 * White-space folding: pages are full of indentation, newlines and
 * non-breaking spaces that are not part of the text.
 */
#include <string.h>
#include <strings.h>

#include "text_util.h"

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

int newsdoc__append_folded(newsdoc__sb *sb, const char *s, size_t len, int *pending_space)
{
	newsdoc__sb clean = NEWSDOC__SB_INIT;
	const char *p;
	size_t i, n;
	int error;

	/* Sanitize first so that folding only ever sees valid UTF-8. */
	if (!newsdoc__utf8_valid(s, len)) {
		if ((error = newsdoc__utf8_sanitize(&clean, s, len)) != 0) {
			newsdoc__sb_free(&clean);
			return error;
		}
		p = clean.ptr;
		n = clean.len;
	} else {
		p = s;
		n = len;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		int nbsp = c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xA0;
		if (is_space(c) || nbsp) {
			*pending_space = 1;
			if (nbsp)
				i++;
			continue;
		}
		if (*pending_space && sb->len)
			newsdoc__sb_putc(sb, ' ');
		*pending_space = 0;
		newsdoc__sb_putc(sb, (char)c);
	}
	newsdoc__sb_free(&clean);
	return sb->failed ? NEWSDOC_ENOMEM : 0;
}

void newsdoc__sb_trim(newsdoc__sb *sb)
{
	size_t start = 0, end = sb->len;
	if (!sb->ptr)
		return;
	while (start < end && is_space((unsigned char)sb->ptr[start]))
		start++;
	while (end > start && is_space((unsigned char)sb->ptr[end - 1]))
		end--;
	memmove(sb->ptr, sb->ptr + start, end - start);
	sb->len = end - start;
	sb->ptr[sb->len] = '\0';
}

/* White space as HTML counts it around an address. */
static int is_url_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const char *newsdoc__url_trim(const char *href, size_t *len)
{
	size_t n;

	while (is_url_space(*href))
		href++;
	n = strlen(href);
	while (n && is_url_space(href[n - 1]))
		n--;
	*len = n;
	return href;
}

/* The host of an absolute http(s) or scheme-relative address, without
 * "www.": its start, and its length in *len; NULL for any other address. */
const char *newsdoc__url_host(const char *url, size_t *len)
{
	const char *host;

	if (!strncasecmp(url, "https://", 8))
		host = url + 8;
	else if (!strncasecmp(url, "http://", 7))
		host = url + 7;
	else if (url[0] == '/' && url[1] == '/')
		host = url + 2;
	else
		return NULL;
	if (!strncasecmp(host, "www.", 4))
		host += 4;
	if (host[0] == '[') /* an IPv6 address holds colons: it ends at ']' */
		*len = host[strcspn(host, "]/?#")] == ']' ? strcspn(host, "]") + 1 : 0;
	else
		*len = strcspn(host, "/?#:");
	if (*len > 1 && host[*len - 1] == '.') /* "example.test." names "example.test" */
		--*len;
	return *len ? host : NULL;
}

/* 1 when the host is an address, not a name: an IPv6 literal in brackets,
 * or digits and dots only (IPv4). Such hosts have no subdomains. */
static int host_is_address(const char *host, size_t len)
{
	size_t k;

	if (host[0] == '[')
		return 1;
	for (k = 0; k < len; k++)
		if (host[k] != '.' && (host[k] < '0' || host[k] > '9'))
			return 0;
	return 1;
}

/* 1 when `host` (`len` bytes) is a subdomain of `site` (`site_len`):
 * the whole of `site` after a dot, so "evilexample.test" is none of
 * "example.test". */
static int host_under(const char *host, size_t len, const char *site, size_t site_len)
{
	return len > site_len && host[len - site_len - 1] == '.' && !strncasecmp(host + len - site_len, site, site_len);
}

int newsdoc__host_same_site(const char *host, size_t len, const char *site, size_t site_len)
{
	if (!host || !site || !len || !site_len)
		return 0;
	if (len == site_len)
		return !strncasecmp(host, site, len);
	if (host_is_address(host, len) || host_is_address(site, site_len))
		return 0;
	return host_under(host, len, site, site_len) || host_under(site, site_len, host, len);
}

int newsdoc__word_in_table(const char *const *table, const char *word, size_t len)
{
	for (; *table; table++)
		if (strlen(*table) == len && !strncasecmp(word, *table, len))
			return 1;
	return 0;
}

int newsdoc__word_all_capitals(const char *word, size_t len)
{
	size_t i, capitals = 0;

	for (i = 0; i < len; i++) {
		if (word[i] >= 'a' && word[i] <= 'z')
			return 0;
		capitals += word[i] >= 'A' && word[i] <= 'Z';
	}
	return capitals >= 2;
}

int newsdoc__word_has_digit(const char *word, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (word[i] >= '0' && word[i] <= '9')
			return 1;
	return 0;
}
