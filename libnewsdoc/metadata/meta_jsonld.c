/*
 * JSON-LD: the most reliable metadata a page has, when it has it. Every
 * script is parsed and kept until the walk ends; then the main article is
 * chosen among every object of an Article type (NewsArticle, BlogPosting,
 * LiveBlogPosting, ReportageNewsArticle ...) found at the top, in arrays,
 * in @graph or under mainEntity -- the one whose URL is the page's wins,
 * else the first outside a list of other articles -- and its fields are
 * offered. A WebPage stands in when the page has no article object.
 * References by @id (publisher, author) are resolved within the page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "meta_jsonld.h"
#include "../util/work.h"

#define MAX_DEPTH 24
#define MAX_CANDIDATES 64

int newsdoc__meta_jsonld_keep(meta_jsonld_roots *roots, json_t *value)
{
	if (roots->count == roots->cap) {
		size_t cap = roots->cap ? roots->cap * 2 : 4;
		json_t **items = newsdoc__realloc(roots->items, cap * sizeof(*items));
		if (!items) {
			json_decref(value);
			return -1;
		}
		roots->items = items;
		roots->cap = cap;
	}
	roots->items[roots->count++] = value;
	return 0;
}

void newsdoc__meta_jsonld_roots_free(meta_jsonld_roots *roots)
{
	size_t i;
	for (i = 0; i < roots->count; i++)
		json_decref(roots->items[i]);
	json_decref(roots->ids);
	newsdoc__free(roots->items);
	memset(roots, 0, sizeof(*roots));
}

void newsdoc__meta_jsonld_free(meta_store *store)
{
	newsdoc__meta_jsonld_roots_free(&store->jsonld);
}

void newsdoc__meta_jsonld_read(meta_store *store, const char *text, size_t len)
{
	if (len > store->jsonld_budget)
		return;
	store->jsonld_budget -= len;
	if (newsdoc__meta_jsonld_parse_text(&store->jsonld, text, len) != 0)
		store->failed = 1;
}

/* ---- reading values ---- */

/* "schema:NewsArticle", "http://schema.org/NewsArticle" -> "NewsArticle" */
static const char *bare_type(const char *type)
{
	const char *slash = strrchr(type, '/'), *colon = strrchr(type, ':');
	const char *cut = slash > colon ? slash : colon;
	return cut ? cut + 1 : type;
}

static int type_is(const char *type, const char *const *names)
{
	type = bare_type(type);
	for (; *names; names++)
		if (!strcmp(type, *names))
			return 1;
	return 0;
}

static int has_type(json_t *obj, const char *const *names)
{
	json_t *type = json_object_get(obj, "@type"), *item;
	size_t i;

	if (json_is_string(type))
		return type_is(json_string_value(type), names);
	json_array_foreach(type, i, item)
		if (json_is_string(item) && type_is(json_string_value(item), names))
			return 1;
	return 0;
}

static const char *const article_types[] = {
	"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
	"OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
	"SatiricalArticle", "ScholarlyArticle", "TechArticle", "Report", "BlogPosting",
	"LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Review", "Blog",
	"VideoObject", NULL
};
static const char *const page_types[] = {
	"WebPage", "ItemPage", "AboutPage", "CollectionPage", "QAPage", NULL
};
static const char *const org_types[] = {
	"Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization",
	"EducationalOrganization", "NGO", "WebSite", "Brand", NULL
};

static const char *const person_types[] = { "Person", NULL };

/* Entity references left in JSON-LD strings by some CMSs. */
static const char *text_of(json_t *value)
{
	if (json_is_string(value))
		return json_string_value(value);
	if (json_is_array(value) && json_array_size(value) && json_is_string(json_array_get(value, 0)))
		return json_string_value(json_array_get(value, 0));
	return NULL;
}

static void offer_text(meta_store *store, int slot, json_t *value)
{
	const char *text = text_of(value);
	char *decoded;

	if (!text || store->value[slot][META_SRC_JSONLD])
		return;
	if (!(decoded = newsdoc__strdup(text))) {
		store->failed = 1;
		return;
	}
	newsdoc__meta_decode_entities(decoded);
	newsdoc__meta_offer(store, slot, META_SRC_JSONLD, decoded, strlen(decoded));
	newsdoc__free(decoded);
}

static void offer_date(meta_store *store, int slot, json_t *value)
{
	const char *text = text_of(value);
	if (text)
		newsdoc__meta_offer_date(store, slot, META_SRC_JSONLD, text, strlen(text));
}

/*
 * Every object that carries an @id and more than that (a node, not a
 * reference to one), by id, the first in document order, so that each
 * reference resolves with one look-up: searching all the JSON-LD for each
 * one made a page of references quadratic. A step of work a value.
 */
static void index_ids(meta_store *store, json_t *ids, json_t *value, int depth)
{
	json_t *item;
	const char *key;
	size_t i;

	if (depth > MAX_DEPTH || newsdoc__work_charge(1))
		return;
	if (json_is_array(value)) {
		json_array_foreach(value, i, item)
			index_ids(store, ids, item, depth + 1);
		return;
	}
	if (!json_is_object(value))
		return;
	item = json_object_get(value, "@id");
	if (json_is_string(item) && json_object_size(value) > 1 && !json_object_get(ids, json_string_value(item)) &&
		json_object_set(ids, json_string_value(item), value) != 0)
		store->failed = 1;
	json_object_foreach(value, key, item)
		if (json_is_object(item) || json_is_array(item))
			index_ids(store, ids, item, depth + 1);
}

static json_t *resolve(meta_store *store, json_t *value)
{
	json_t *id = json_object_get(value, "@id"), *found;
	size_t i;

	if (!json_is_object(value) || json_object_get(value, "name") || !json_is_string(id))
		return value;
	if (!store->jsonld.ids) {
		if (!(store->jsonld.ids = json_object())) {
			store->failed = 1;
			return value;
		}
		for (i = 0; i < store->jsonld.count; i++)
			index_ids(store, store->jsonld.ids, store->jsonld.items[i], 0);
	}
	found = json_object_get(store->jsonld.ids, json_string_value(id));
	return found ? found : value;
}

/* The name of an organisation given as a string or an object. */
static const char *org_name(meta_store *store, json_t *value)
{
	json_t *item;
	size_t i;

	if (json_is_string(value))
		return json_string_value(value);
	json_array_foreach(value, i, item) {
		const char *name = org_name(store, item);
		if (name)
			return name;
	}
	value = resolve(store, value);
	if (json_is_object(value) && json_is_string(json_object_get(value, "name")))
		return json_string_value(json_object_get(value, "name"));
	return NULL;
}

static int is_url(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) || !strncmp(s, "//", 2) || s[0] == '/';
}

static void add_author(meta_store *store, json_t *value, int depth)
{
	meta_authors *list = &store->authors[META_SRC_JSONLD];
	json_t *item, *name;
	size_t i, before = list->count;
	char *decoded;

	if (depth > 4 || list->count >= 50)
		return;
	if (json_is_array(value)) {
		json_array_foreach(value, i, item)
			add_author(store, item, depth + 1);
		return;
	}
	if (json_is_string(value)) {
		if (is_url(json_string_value(value)))
			return;
		if (!(decoded = newsdoc__strdup(json_string_value(value)))) {
			store->failed = 1;
			return;
		}
		newsdoc__meta_decode_entities(decoded);
		newsdoc__meta_store_byline(store, list, decoded);
		newsdoc__free(decoded);
		return;
	}
	value = resolve(store, value);
	if (!json_is_object(value))
		return;
	name = json_object_get(value, "name");
	if (json_is_array(name)) {
		add_author(store, name, depth + 1);
		return;
	}
	if (json_is_string(name) && !is_url(json_string_value(name))) {
		decoded = newsdoc__strdup(json_string_value(name));
	} else if (json_is_string(json_object_get(value, "familyName"))) {
		/* {"givenName": "Birgit", "familyName": "Baumann"} */
		const char *given = text_of(json_object_get(value, "givenName"));
		const char *family = json_string_value(json_object_get(value, "familyName"));
		size_t n = (given ? strlen(given) + 1 : 0) + strlen(family) + 1;
		if ((decoded = newsdoc__malloc(n)) != NULL)
			snprintf(decoded, n, "%s%s%s", given ? given : "", given ? " " : "", family);
	} else {
		return;
	}
	if (!decoded) {
		store->failed = 1;
		return;
	}
	newsdoc__meta_decode_entities(decoded);
	/* A name holding several people ("A and B") is a byline in disguise. */
	if (newsdoc__meta_store_byline(store, list, decoded) >= 0 && list->count == before &&
	    !newsdoc__meta_authors_has(list, decoded) && !strchr(decoded, ':') && strlen(decoded) < 80 && !newsdoc__meta_is_placeholder_name(decoded))
		newsdoc__meta_authors_push(list, decoded, strlen(decoded), &store->failed);
	newsdoc__free(decoded);
	if (list->count == before + 1) {
		meta_author *author = &list->items[before];
		const char *affiliation = org_name(store, json_object_get(value, "affiliation"));
		const char *url = text_of(json_object_get(value, "url"));
		if (!affiliation)
			affiliation = org_name(store, json_object_get(value, "worksFor"));
		if (has_type(value, org_types))
			author->is_org = 1;
		author->stated_kind = has_type(value, org_types) ? NEWSDOC_AUTHOR_ORGANIZATION :
			has_type(value, person_types) ? NEWSDOC_AUTHOR_PERSON : NEWSDOC_AUTHOR_UNKNOWN;
		if ((item = json_object_get(value, "jobTitle")) && text_of(item) &&
		    newsdoc__meta_author_set(&author->role, text_of(item), strlen(text_of(item))) != 0)
			store->failed = 1;
		if (affiliation && newsdoc__meta_author_set(&author->affiliation, affiliation, strlen(affiliation)) != 0)
			store->failed = 1;
		if (url && is_url(url) && newsdoc__meta_author_set(&author->url, url, strlen(url)) != 0)
			store->failed = 1;
	}
}

/*
 * A comment count: a whole number from 0 to META_MAX_COMMENT_COUNT, given
 * as an integer, a real without a fraction (12.0) or a string of digits;
 * -1 for anything else. Ranges are checked before any conversion: a real
 * or an integer out of the range of `long` has no defined conversion.
 */
static long count_of(json_t *value)
{
	if (json_is_integer(value)) {
		json_int_t n = json_integer_value(value);
		return n >= 0 && n <= META_MAX_COMMENT_COUNT ? (long)n : -1;
	}
	if (json_is_real(value)) {
		double n = json_real_value(value);
		return n >= 0 && n <= (double)META_MAX_COMMENT_COUNT && n == (double)(long)n ? (long)n : -1;
	}
	if (json_is_string(value)) {
		const char *s = json_string_value(value);
		size_t len = strlen(s), used;
		long n = newsdoc__meta_read_count(s, len, &used);
		return used == len ? n : -1;
	}
	return -1;
}

/* The interaction an interactionType names: "CommentAction",
 * {"@type": "CommentAction"} or {"@id": "https://schema.org/CommentAction"}. */
static const char *interaction_name(json_t *type)
{
	if (json_is_string(type))
		return json_string_value(type);
	if (json_is_string(json_object_get(type, "@type")))
		return json_string_value(json_object_get(type, "@type"));
	if (json_is_string(json_object_get(type, "@id")))
		return json_string_value(json_object_get(type, "@id"));
	return NULL;
}

/* The count of one interactionStatistic entry when it counts comments:
 * an InteractionCounter, or the older "UserComments:12". */
static long comment_stat(json_t *stat)
{
	if (json_is_string(stat))
		return newsdoc__meta_comment_interaction_count(json_string_value(stat));
	if (!newsdoc__meta_is_comment_interaction(interaction_name(json_object_get(stat, "interactionType"))))
		return -1;
	return count_of(json_object_get(stat, "userInteractionCount"));
}

/* The first entry of a statistic (an object, a string or a list of them)
 * that counts comments; -1 when none does. */
static long comment_stats(json_t *stats)
{
	json_t *item;
	size_t i;
	long count = -1;

	if (!json_is_array(stats))
		return comment_stat(stats);
	json_array_foreach(stats, i, item)
		if (count < 0)
			count = comment_stat(item);
	return count;
}

static void offer_comments(meta_store *store, json_t *article)
{
	long count = count_of(json_object_get(article, "commentCount"));

	if (count < 0)
		count = comment_stats(json_object_get(article, "interactionStatistic"));
	if (count < 0)
		count = comment_stats(json_object_get(article, "interactionCount"));
	if (count >= 0 && store->comments[META_SRC_JSONLD] < 0)
		store->comments[META_SRC_JSONLD] = count;
}

static void offer_image(meta_store *store, json_t *value, int depth)
{
	if (depth > 3 || store->value[META_SLOT_IMAGE][META_SRC_JSONLD])
		return;
	if (json_is_string(value) && is_url(json_string_value(value)))
		offer_text(store, META_SLOT_IMAGE, value);
	else if (json_is_array(value) && json_array_size(value))
		offer_image(store, json_array_get(value, 0), depth + 1);
	else if (json_is_object(value)) {
		json_t *url = json_object_get(value, "url");
		offer_image(store, url ? url : json_object_get(value, "contentUrl"), depth + 1);
	}
}

static void offer_keywords(meta_store *store, json_t *value)
{
	json_t *item;
	size_t i;

	if (json_is_string(value))
		newsdoc__meta_offer_tag_list(store, META_SRC_JSONLD, json_string_value(value),
			strlen(json_string_value(value)));
	json_array_foreach(value, i, item)
		if (json_is_string(item))
			newsdoc__meta_offer_tag(store, META_SRC_JSONLD, json_string_value(item),
				strlen(json_string_value(item)));
}

static const char *page_url_of(json_t *obj)
{
	json_t *main = json_object_get(obj, "mainEntityOfPage");
	const char *url = text_of(json_object_get(obj, "url"));

	if (url && is_url(url))
		return url;
	if (json_is_string(main))
		return json_string_value(main);
	if (json_is_object(main)) {
		url = text_of(json_object_get(main, "@id"));
		return url ? url : text_of(json_object_get(main, "url"));
	}
	return NULL;
}

/* Fill the slots from one object (the main article or its stand-in). */
static void offer_article(meta_store *store, json_t *obj, int is_article)
{
	json_t *headline = json_object_get(obj, "headline"), *lang = json_object_get(obj, "inLanguage");
	const char *publisher = org_name(store, json_object_get(obj, "publisher"));
	const char *url = page_url_of(obj);

	/* A WebPage's name is its <title>, site suffix and all: only a headline counts. */
	offer_text(store, META_SLOT_TITLE, text_of(headline) || !is_article ? headline :
		json_object_get(obj, "name"));
	offer_text(store, META_SLOT_DESCRIPTION, json_object_get(obj, "description"));
	offer_text(store, META_SLOT_SECTION, json_object_get(obj, "articleSection"));
	offer_date(store, META_SLOT_PUBLISHED, json_object_get(obj, "datePublished"));
	offer_date(store, META_SLOT_PUBLISHED, json_object_get(obj, "dateCreated"));
	offer_date(store, META_SLOT_PUBLISHED, json_object_get(obj, "uploadDate"));
	offer_date(store, META_SLOT_MODIFIED, json_object_get(obj, "dateModified"));
	if (!store->tags[META_SRC_JSONLD].count)
		offer_keywords(store, json_object_get(obj, "keywords"));
	if (json_is_object(lang))
		lang = json_object_get(lang, "alternateName") ? json_object_get(lang, "alternateName") :
			json_object_get(lang, "name");
	offer_text(store, META_SLOT_LANGUAGE, lang);
	if (publisher)
		newsdoc__meta_offer(store, META_SLOT_SITE_NAME, META_SRC_JSONLD, publisher, strlen(publisher));
	offer_image(store, json_object_get(obj, "image"), 0);
	if (url && (!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8)))
		newsdoc__meta_offer(store, META_SLOT_CANONICAL, META_SRC_JSONLD, url, strlen(url));
	if (!store->authors[META_SRC_JSONLD].count) {
		add_author(store, json_object_get(obj, "author"), 0);
		if (!store->authors[META_SRC_JSONLD].count)
			add_author(store, json_object_get(obj, "creator"), 0);
		/* A QAPage states no author; its question (mainEntity) has one,
		 * whose page it is. */
		if (!store->authors[META_SRC_JSONLD].count && !is_article) {
			json_t *main = resolve(store, json_object_get(obj, "mainEntity"));
			if (json_is_object(main))
				add_author(store, json_object_get(main, "author"), 0);
		}
	}
	offer_comments(store, obj);
}

/* ---- choosing the main article ---- */

typedef struct candidate {
	json_t *obj;
	int score;
} candidate;

typedef struct candidates {
	candidate items[MAX_CANDIDATES];
	size_t count;
	json_t *site;  /* the first WebSite or Organization, for the site name */
} candidates;

/* Compare two URLs ignoring scheme, "www.", query, fragment and a final slash. */
static int same_url(const char *a, const char *b)
{
	size_t la, lb;
	const char *p;

	if (!a || !b)
		return 0;
	if ((p = strstr(a, "://")) != NULL)
		a = p + 3;
	if ((p = strstr(b, "://")) != NULL)
		b = p + 3;
	if (!strncmp(a, "www.", 4))
		a += 4;
	if (!strncmp(b, "www.", 4))
		b += 4;
	la = strcspn(a, "?#");
	lb = strcspn(b, "?#");
	while (la && a[la - 1] == '/')
		la--;
	while (lb && b[lb - 1] == '/')
		lb--;
	return la == lb && !strncmp(a, b, la);
}

static void collect(meta_store *store, candidates *c, json_t *value, int depth, int in_list)
{
	const char *key;
	json_t *item;
	size_t i;

	if (depth > MAX_DEPTH || newsdoc__work_charge(1))
		return;
	if (json_is_array(value)) {
		json_array_foreach(value, i, item)
			collect(store, c, item, depth + 1, in_list);
		return;
	}
	if (!json_is_object(value))
		return;
	if (has_type(value, article_types) || has_type(value, page_types)) {
		int is_article = has_type(value, article_types);
		int score = is_article ? 4 : 0;
		const char *url = page_url_of(value);
		if (same_url(url, store->page_url))
			score += 8;
		if (text_of(json_object_get(value, "headline")))
			score += 2;
		if (json_object_get(value, "datePublished"))
			score += 1;
		if (json_object_get(value, "author"))
			score += 1;
		if (in_list)
			score -= 10;
		if (c->count < MAX_CANDIDATES) {
			c->items[c->count].obj = value;
			c->items[c->count].score = score;
			c->count++;
		}
		if (is_article)
			in_list = 1; /* articles inside an article are parts or links */
	} else if (!c->site && has_type(value, org_types) && json_is_string(json_object_get(value, "name"))) {
		c->site = value;
	}
	json_object_foreach(value, key, item) {
		int list = in_list || !strcmp(key, "itemListElement") || !strcmp(key, "hasPart") ||
			!strcmp(key, "relatedLink") || !strcmp(key, "isPartOf") || !strcmp(key, "citation") ||
			!strcmp(key, "about") || !strcmp(key, "mentions");
		if (!strcmp(key, "author") || !strcmp(key, "publisher") || !strcmp(key, "creator"))
			continue;
		if (json_is_object(item) || json_is_array(item))
			collect(store, c, item, depth + 1, list);
	}
}

void newsdoc__meta_jsonld_finish(meta_store *store)
{
	candidates c;
	size_t i, best = 0;

	memset(&c, 0, sizeof(c));
	for (i = 0; i < store->jsonld.count; i++)
		collect(store, &c, store->jsonld.items[i], 0, 0);
	if (!c.count && !c.site)
		return;
	for (i = 1; i < c.count; i++)
		if (c.items[i].score > c.items[best].score)
			best = i;
	if (c.count) {
		offer_article(store, c.items[best].obj, has_type(c.items[best].obj, article_types));
		/* A page object of the same URL often carries what the article lacks. */
		for (i = 0; i < c.count; i++)
			if (i != best && c.items[i].score >= 8 && has_type(c.items[i].obj, page_types)) {
				json_t *obj = c.items[i].obj;
				offer_date(store, META_SLOT_PUBLISHED, json_object_get(obj, "datePublished"));
				offer_date(store, META_SLOT_MODIFIED, json_object_get(obj, "dateModified"));
				if (!store->authors[META_SRC_JSONLD].count)
					add_author(store, json_object_get(obj, "author"), 0);
				offer_comments(store, obj);
			}
	}
	if (c.site)
		offer_text(store, META_SLOT_SITE_NAME, json_object_get(c.site, "name"));
}
