/*
 * The <meta> elements of a page: which keys (OpenGraph, article:*,
 * name=..., http-equiv) offer which value, date, tags or authors to the
 * store. The tree walk (meta_walk.c) hands every <meta> element here.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"

/* <meta name=author> and article:author, per source: as many as JSON-LD
 * may give. Every name added is compared with those before it. */
#define MAX_META_AUTHORS 50

int newsdoc__meta_is_url_value(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) || s[0] == '/';
}

static void offer_meta_author(meta_store *store, int source, const char *content)
{
	if (newsdoc__meta_is_url_value(content) || content[0] == '@' || store->authors[source].count >= MAX_META_AUTHORS)
		return;
	newsdoc__meta_store_byline(store, &store->authors[source], content);
}

/* What a <meta> key (property, name or http-equiv, lowercased) offers. */
enum meta_key_use { META_KEY_VALUE, META_KEY_DATE, META_KEY_TAGS, META_KEY_AUTHOR, META_KEY_JSONLD };

static const struct meta_key {
	const char *key;
	unsigned char use;    /* enum meta_key_use */
	unsigned char slot;   /* META_SLOT_, for values and dates */
	unsigned char source; /* META_SRC_ */
} meta_keys[] = {
	{ "og:title", META_KEY_VALUE, META_SLOT_TITLE, META_SRC_OPENGRAPH },
	{ "og:site_name", META_KEY_VALUE, META_SLOT_SITE_NAME, META_SRC_OPENGRAPH },
	{ "og:site:name", META_KEY_VALUE, META_SLOT_SITE_NAME, META_SRC_OPENGRAPH },
	{ "og:description", META_KEY_VALUE, META_SLOT_DESCRIPTION, META_SRC_OPENGRAPH },
	{ "og:image", META_KEY_VALUE, META_SLOT_IMAGE, META_SRC_OPENGRAPH },
	{ "og:image:url", META_KEY_VALUE, META_SLOT_IMAGE, META_SRC_OPENGRAPH },
	{ "og:image:secure_url", META_KEY_VALUE, META_SLOT_IMAGE, META_SRC_OPENGRAPH },
	{ "og:url", META_KEY_VALUE, META_SLOT_CANONICAL, META_SRC_OPENGRAPH },
	{ "og:locale", META_KEY_VALUE, META_SLOT_LANGUAGE, META_SRC_OPENGRAPH },
	{ "article:published_time", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_OPENGRAPH },
	{ "article:published", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_OPENGRAPH },
	{ "og:published_time", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_OPENGRAPH },
	{ "og:article:published_time", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_OPENGRAPH },
	{ "article:published:time", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_OPENGRAPH },
	{ "article:modified:time", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_OPENGRAPH },
	{ "article:modified_time", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_OPENGRAPH },
	{ "og:updated_time", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_OPENGRAPH },
	{ "article:modified", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_OPENGRAPH },
	{ "og:article:modified_time", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_OPENGRAPH },
	{ "article:section", META_KEY_VALUE, META_SLOT_SECTION, META_SRC_OPENGRAPH },
	{ "og:article:section", META_KEY_VALUE, META_SLOT_SECTION, META_SRC_OPENGRAPH },
	{ "article:tag", META_KEY_TAGS, 0, META_SRC_OPENGRAPH },
	{ "og:article:tag", META_KEY_TAGS, 0, META_SRC_OPENGRAPH },
	{ "article:author", META_KEY_AUTHOR, 0, META_SRC_OPENGRAPH },
	{ "og:article:author", META_KEY_AUTHOR, 0, META_SRC_OPENGRAPH },
	{ "author", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "byl", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "dc.creator", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "dcterms.creator", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "sailthru.author", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "parsely-author", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "article.author", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "dc.contributor", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "dcsext.author", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "cxenseparse:author", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "article:author_name", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "twitter:data1:author", META_KEY_AUTHOR, 0, META_SRC_META },
	{ "date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "pubdate", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "publishdate", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "publish-date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "publish_date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "published-date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "dc.date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "dc.date.issued", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "dcterms.date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "dcterms.issued", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "dcterms.created", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "sailthru.date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "parsely-pub-date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "article.published", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "article_date_original", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "original-publish-date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "datepublished", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "publication_date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "published_time", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "release_date", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "cxenseparse:recs:publishtime", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "dc.date.created", META_KEY_DATE, META_SLOT_PUBLISHED, META_SRC_META },
	{ "last-modified", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_META },
	{ "modified-date", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_META },
	{ "dcterms.modified", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_META },
	{ "dc.date.modified", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_META },
	{ "article.updated", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_META },
	{ "datemodified", META_KEY_DATE, META_SLOT_MODIFIED, META_SRC_META },
	{ "twitter:title", META_KEY_VALUE, META_SLOT_TITLE_TAG, META_SRC_META },
	{ "title", META_KEY_VALUE, META_SLOT_TITLE_TAG, META_SRC_META },
	{ "parsely-title", META_KEY_VALUE, META_SLOT_TITLE_TAG, META_SRC_META },
	{ "dc.title", META_KEY_VALUE, META_SLOT_TITLE_TAG, META_SRC_META },
	{ "description", META_KEY_VALUE, META_SLOT_DESCRIPTION, META_SRC_META },
	{ "twitter:description", META_KEY_VALUE, META_SLOT_DESCRIPTION, META_SRC_META },
	{ "dc.description", META_KEY_VALUE, META_SLOT_DESCRIPTION, META_SRC_META },
	{ "parsely-section", META_KEY_VALUE, META_SLOT_SECTION, META_SRC_META },
	{ "section", META_KEY_VALUE, META_SLOT_SECTION, META_SRC_META },
	{ "article.section", META_KEY_VALUE, META_SLOT_SECTION, META_SRC_META },
	{ "keywords", META_KEY_TAGS, 0, META_SRC_META },
	{ "news_keywords", META_KEY_TAGS, 0, META_SRC_META },
	{ "parsely-tags", META_KEY_TAGS, 0, META_SRC_META },
	{ "content-language", META_KEY_VALUE, META_SLOT_LANGUAGE, META_SRC_META },
	{ "language", META_KEY_VALUE, META_SLOT_LANGUAGE, META_SRC_META },
	{ "dc.language", META_KEY_VALUE, META_SLOT_LANGUAGE, META_SRC_META },
	{ "application-name", META_KEY_VALUE, META_SLOT_SITE_NAME, META_SRC_META },
	{ "twitter:site:name", META_KEY_VALUE, META_SLOT_SITE_NAME, META_SRC_META },
	/* Some page frameworks state the page's JSON-LD as a meta tag's
	 * content instead of a <script> element; it is the same data. */
	{ "script:ld+json", META_KEY_JSONLD, 0, META_SRC_META },
};

/* A <meta> element's stated name or date. Some pages (and pages saved
 * through some tools) put it in "value" rather than "content". Only names
 * (authors, the site's) and dates are read from there: a title or
 * description so stated is the social one, which must not outrank the
 * page's own headline (postlight titles fell .859 -> .818 when it did). */
const char *newsdoc__meta_tag_content(const xmlNode *node, int name_or_date)
{
	const char *content = newsdoc__attr_text(node, "content");

	if ((!content || !*content) && name_or_date && !strcasecmp((const char *)node->name, "meta"))
		content = newsdoc__attr_text(node, "value");
	return content;
}

void newsdoc__meta_on_meta_tag(meta_store *store, const xmlNode *node)
{
	const char *key = newsdoc__attr_text(node, "property"), *content = newsdoc__attr_text(node, "content");
	const struct meta_key *entry, *end = meta_keys + sizeof(meta_keys) / sizeof(meta_keys[0]);
	char lower[64];
	size_t n, i;

	if (!key || !*key)
		key = newsdoc__attr_text(node, "name");
	if (!key || !*key)
		key = newsdoc__attr_text(node, "http-equiv");
	if (!key || !*key)
		return;
	n = strlen(key);
	if (n >= sizeof(lower))
		return;
	for (i = 0; i <= n; i++)
		lower[i] = (char)(key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 32 : key[i]);
	for (entry = meta_keys; entry < end && strcmp(lower, entry->key); entry++)
		;
	if (entry == end)
		return;
	if ((!content || !*content) && (entry->use == META_KEY_DATE || entry->use == META_KEY_AUTHOR ||
					   (entry->use == META_KEY_VALUE && entry->slot == META_SLOT_SITE_NAME)))
		content = newsdoc__meta_tag_content(node, 1);
	if (!content || !*content)
		return;
	n = strlen(content);
	switch (entry->use) {
	case META_KEY_VALUE:
		newsdoc__meta_offer(store, entry->slot, entry->source, content, n);
		break;
	case META_KEY_DATE:
		newsdoc__meta_offer_date(store, entry->slot, entry->source, content, n);
		break;
	case META_KEY_TAGS:
		newsdoc__meta_offer_tag_list(store, entry->source, content, n);
		break;
	case META_KEY_JSONLD:
		newsdoc__meta_jsonld_read(store, content, n);
		break;
	default:
		offer_meta_author(store, entry->source, content);
		break;
	}
}
