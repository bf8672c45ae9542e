/*
 * Link classification for related items (related.c): which links go to an
 * article, which to a person or a section, and which address names no other
 * article than the page itself.
 */
#include <string.h>
#include <strings.h>

#include "content.h"
#include "../text/text_util.h"

/* Does the lowercase class text hold one of `words` (NULL-ended)? */
int newsdoc__related_class_holds(const xmlChar *names, const char *const *words)
{
	if (!names)
		return 0;
	for (; *words; words++)
		if (strstr((const char *)names, *words))
			return 1;
	return 0;
}

int newsdoc__related_class_has(const xmlNode *node, const char *const *words)
{
	xmlChar *names = newsdoc__content_class_lower(node);
	int found = newsdoc__related_class_holds(names, words);

	if (names)
		xmlFree(names);
	return found;
}

/* A link classed "author" goes to a person. */
static const char *const author_link_names[] = { "author", NULL };

/*
 * A section link: a kicker beside a teaser's title ("<a href=/world/politics>
 * Politics</a>"). Its label is a word or two, and its address a short path
 * of plain words: no digits, no dotted file name, no query, no slug of
 * several hyphened words, at most this many parts. An article's address
 * holds an id, a date or its headline's words.
 */
#define SECTION_LABEL_MAX 20 /* visible characters of a kicker label */
#define SECTION_LABEL_WORDS 3 /* "Politics", "World & Nation" */
#define SECTION_PATH_PARTS 3

/* The number of words of a link's text ("Bridge closes for a week" is a
 * headline of 20 letters, not a kicker). */
static size_t label_words(const xmlNode *a)
{
	xmlChar *text = xmlNodeGetContent(a);
	size_t words = 0;
	int in_word = 0;
	const xmlChar *p;

	if (!text)
		return 0;
	for (p = text; *p; p++) {
		int space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
		if (!space && !in_word)
			words++;
		in_word = !space;
	}
	xmlFree(text);
	return words;
}

/*
 * Query keys that only say where a link was placed ("/voodoo-engineering
 * ?source=post_recirc---0---", "?utm_source=..."): they name no page, so a
 * section's address keeps its plain path behind them.
 */
static const char *const tracking_keys[] = { "source=", "utm_", "ref=", NULL };

static int tracking_query(const char *query)
{
	for (;;) {
		const char *const *key;
		for (key = tracking_keys; *key && strncmp(query, *key, strlen(*key)); key++)
			;
		if (!*key)
			return 0;
		if ((query = strchr(query, '&')) == NULL)
			return 1;
		query++;
	}
}

static int section_link(const xmlNode *a, const char *href)
{
	const content_stat *stat = content_stat_of(a);
	const char *at = href;
	size_t parts = 0, hyphens = 0;
	int in_part = 0;

	if (!stat || stat->text == 0 || stat->text > SECTION_LABEL_MAX || label_words(a) > SECTION_LABEL_WORDS)
		return 0;
	/* skip "scheme://host" (or "//host") to the path */
	if (!strncmp(href, "//", 2))
		at = strchr(href + 2, '/');
	else if ((at = strstr(href, "://")) != NULL && strchr(href, '/') == at + 1)
		at = strchr(at + 3, '/');
	else
		at = href;
	if (!at)
		return 0;
	for (; *at && *at != '#'; at++) {
		unsigned char c = (unsigned char)*at;
		if (c == '/') {
			in_part = 0;
			hyphens = 0;
			continue;
		}
		if (c == '?' && tracking_query(at + 1))
			break;
		if (c == '?' || c == '.' || (c >= '0' && c <= '9'))
			return 0;
		if ((c == '-' || c == '_') && ++hyphens > 1)
			return 0;
		if (!in_part && ++parts > SECTION_PATH_PARTS)
			return 0;
		in_part = 1;
	}
	return parts > 0;
}

/* The path of `href` (after "scheme://host" or "//host"), or NULL. */
static const char *path_of(const char *href)
{
	const char *at;

	if (!strncmp(href, "//", 2))
		return strchr(href + 2, '/');
	if ((at = strstr(href, "://")) != NULL && at == href + strcspn(href, ":/?#"))
		return strchr(at + 3, '/');
	return href;
}

/*
 * A profile at a handle: the path is one part "@name" ("/@vincentvallet
 * ?source=..."), as on blog platforms and video sites. A path going on
 * past the handle ("/@name/a-story-1f2e") is that person's article.
 */
static int handle_profile(const char *href)
{
	const char *path = path_of(href);
	size_t part;

	if (!path || path[0] != '/' || path[1] != '@')
		return 0;
	part = 1 + strcspn(path + 1, "/?#");
	/* (a trailing slash ends the handle too: "/@name/") */
	if (path[part] == '/')
		part++;
	return path[part] == '\0' || path[part] == '?' || path[part] == '#';
}

/*
 * Path parts of an account action, not a page to read: a card's "sign in
 * to clap" or "register to save" button ("/m/signin?operation=register").
 * Matched as a whole part of the path.
 */
static const char *const action_parts[] = {
	"signin", "sign-in", "sign_in", "login", "log-in", "signup", "sign-up", "register", NULL
};

static int action_path(const char *href)
{
	const char *at = path_of(href);

	while (at && *at && *at != '?' && *at != '#') {
		const char *const *word;
		size_t len;
		at += *at == '/';
		len = strcspn(at, "/?#");
		for (word = action_parts; *word; word++)
			if (len == strlen(*word) && !strncasecmp(at, *word, len))
				return 1;
		at += len;
	}
	return 0;
}

/* A link to a person: a person's page by its path or a handle's profile. */
static int person_address(const char *href)
{
	return newsdoc__content_is_person_path(href) || handle_profile(href);
}

/* Links to people, sections and account actions do not make an item. The
 * link's address when it goes to an article (caller frees with xmlFree),
 * else NULL. A link after a cue ("Read more: <a>IPvanish 2026 Review</a>")
 * is said to be an article: `cued` skips the section test, which a short
 * headline on a plain path would fail. */
static xmlChar *article_href(const xmlNode *a, int cued)
{
	xmlChar *href = newsdoc__content_attr(a, "href"), *rel;
	int article = href && *href && href[0] != '#' && !person_address((const char *)href) &&
		!newsdoc__content_is_ad_click((const char *)href) &&
		!strstr((const char *)href, "/tag/") &&
		!strstr((const char *)href, "/topic") && strncasecmp((const char *)href, "javascript:", 11) &&
		strncasecmp((const char *)href, "mailto:", 7) && !action_path((const char *)href) &&
		(cued || !section_link(a, (const char *)href));

	if (article && (rel = newsdoc__content_attr(a, "rel")) != NULL) {
		if (strstr((const char *)rel, "author"))
			article = 0;
		xmlFree(rel);
	}
	if (article && newsdoc__related_class_has(a, author_link_names))
		article = 0;
	if (!article && href) {
		xmlFree(href);
		href = NULL;
	}
	return href;
}

xmlChar *newsdoc__related_article_href(const xmlNode *a)
{
	return article_href(a, 0);
}

int newsdoc__related_is_cued_article_link(const xmlNode *a)
{
	xmlChar *href = article_href(a, 1);

	if (!href)
		return 0;
	xmlFree(href);
	return 1;
}

/* A link to a page about a person: its text is an item's author. */
int newsdoc__related_person_link(const xmlNode *a)
{
	xmlChar *href = newsdoc__content_attr(a, "href");
	int person = href && person_address((const char *)href);

	if (href)
		xmlFree(href);
	return person;
}

int newsdoc__related_is_article_link(const xmlNode *a)
{
	xmlChar *href = newsdoc__related_article_href(a);

	if (!href)
		return 0;
	xmlFree(href);
	return 1;
}

/* The length of `url` without its fragment and a trailing slash. */
static size_t url_key_length(const char *url)
{
	size_t len = strcspn(url, "#");

	if (len && url[len - 1] == '/')
		len--;
	return len;
}

/* A front page's index file: "https://example.test/index.html" (a query
 * after it may name an article: "/index.php?id=12"). */
static const char *const index_files[] = { "index.html", "index.htm", "index.php", "index.shtml", "index.asp", NULL };

static int names_front_page(const char *path)
{
	size_t len = strcspn(path, "#");
	size_t i;

	for (i = 0; index_files[i]; i++)
		if (len == strlen(index_files[i]) && !strncasecmp(path, index_files[i], len))
			return 1;
	return 0;
}

/*
 * Query marks of a campaign: a link to another site tagged with where it
 * is placed ("?utm_source=cnet&utm_medium=inside_spot") is a promotion the
 * site bought or sold, not an article tied to the story. Links within the
 * site carry such marks too (tracking of its own boxes), so only other
 * sites' links count.
 */
static const char *const campaign_marks[] = { "utm_medium=", "utm_campaign=", NULL };

static int campaign_to_other_site(const char *url, const char *page_url)
{
	const char *query = strchr(url, '?'), *host, *page_host;
	size_t i, host_len, page_host_len;

	if (!query || !page_url || (host = newsdoc__url_host(url, &host_len)) == NULL ||
		(page_host = newsdoc__url_host(page_url, &page_host_len)) == NULL ||
		newsdoc__host_same_site(host, host_len, page_host, page_host_len))
		return 0;
	for (i = 0; campaign_marks[i]; i++)
		if (strstr(query, campaign_marks[i]))
			return 1;
	return 0;
}

/* Is `url` no other article: the page itself, a site's front page ("View
 * the full site") whose path is empty or an index file, or another site's
 * campaign link? */
int newsdoc__related_names_no_other_article(const char *url, const char *page_url)
{
	const char *host = strstr(url, "://"), *path;
	size_t len = url_key_length(url);

	if (host) {
		path = host + 3 + strcspn(host + 3, "/?#");
		if (*path == '/')
			path++;
		if (!*path || *path == '#' || names_front_page(path) || (*path == '?' && tracking_query(path + 1)))
			return 1;
	}
	if (campaign_to_other_site(url, page_url))
		return 1;
	return page_url && len == url_key_length(page_url) && !strncmp(url, page_url, len);
}

/* `url` from its host on ("https://www.example.test/a" -> "example.test/a"):
 * the scheme and a "www." prefix name no other page. */
static const char *address_from_host(const char *url)
{
	const char *host = strstr(url, "://");

	if (!host || host != url + strcspn(url, ":/?#"))
		return url;
	host += 3;
	return strncasecmp(host, "www.", 4) ? host : host + 4;
}

const char *newsdoc__related_address_key(const char *url, size_t *len)
{
	url = address_from_host(url);
	*len = url_key_length(url);
	return url;
}
