/*
 * Person or organisation (issue 14): an author list may credit the site,
 * an agency or a desk ("The Economist", "Reuters", "Staff and news service
 * reports"). They stay authors -- some readers count the publisher as the
 * author -- and each gets a kind, so a reader that wants the people can
 * tell them apart.
 *
 * The evidence, strongest first:
 *   1. the page states a type: a JSON-LD or microdata author that is an
 *      Organization (NewsMediaOrganization, ...) is one;
 *   2. the whole name is a news agency ("dpa", "Reuters/AP"), a domain
 *      ("ORF.at"), has a desk word ("Staff", "Redaktion", "Newsroom") or
 *      ends in a legal form ("Inc", "GmbH"): no person is named so,
 *      whatever the page's markup says;
 *   3. a stated Person is a person, unless its name is the site's stated
 *      name and reads as a publication's (5): the site's own account;
 *   4. English "The" opening the name ("The Economist");
 *   5. the name is the site's own (og:site_name, the publisher, the
 *      host's brand) and reads as a publication's: one word, an article,
 *      a publication word ("Harbour Times"), an acronym. A site named
 *      after its writer ("Paul Krugman") keeps its person.
 * Anything else is a person: a name is never made an organisation on a
 * guess, and words that are also surnames ("Press", "Service", "Post")
 * count only with the site's name or an article beside them.
 */
#include <string.h>

#include "meta_impl.h"
#include "meta_byline.h"
#include "meta_author_kind.h"
#include "../text/text_util.h"

/* Names longer than this many words are read by their first ones. */
#define KIND_MAX_WORDS 16

typedef struct kind_words {
	const char *s[KIND_MAX_WORDS];
	size_t len[KIND_MAX_WORDS];
	size_t count;
} kind_words;

/* The words of `name`, split at spaces; a word's closing punctuation
 * ("Staff,", "Desk:") is not part of it. */
static void split_words(kind_words *w, const char *name)
{
	const char *p = name;

	w->count = 0;
	while (*p && w->count < KIND_MAX_WORDS) {
		size_t len;
		while (*p == ' ')
			p++;
		len = strcspn(p, " ");
		if (!len)
			break;
		w->s[w->count] = p;
		w->len[w->count] = len;
		while (w->len[w->count] > 1 && strchr(".,;:)!?", p[w->len[w->count] - 1]))
			w->len[w->count]--;
		w->count++;
		p += len;
	}
}

/* Is any hyphen-separated part of a word in `table` ("Online-Redaktion")? */
static int word_or_part_in(const char *s, size_t len, const char *const *table)
{
	size_t start = 0, i;

	if (newsdoc__word_in_table(table, s, len))
		return 1;
	for (i = 0; i <= len; i++)
		if (i == len || s[i] == '-' || s[i] == '/') {
			if (i > start && (start > 0 || i < len) && newsdoc__word_in_table(table, s + start, i - start))
				return 1;
			start = i + 1;
		}
	return 0;
}

static int any_word_in(const kind_words *w, const char *const *table)
{
	size_t i;

	for (i = 0; i < w->count; i++)
		if (word_or_part_in(w->s[i], w->len[i], table))
			return 1;
	return 0;
}

/* A desk word, but not one in capitals after a name in mixed case: "Meg
 * Wagner NEW YORK DAILY NEWS" is a person with her paper glued on. */
static int has_desk_word(const kind_words *w)
{
	size_t i;
	int mixed_first = w->count && !newsdoc__word_all_capitals(w->s[0], w->len[0]);

	for (i = 0; i < w->count; i++)
		if (!(mixed_first && i > 0 && newsdoc__word_all_capitals(w->s[i], w->len[i])) &&
		    word_or_part_in(w->s[i], w->len[i], newsdoc__kind_desk_words))
			return 1;
	return 0;
}

static int is_agency(const char *s, size_t len)
{
	while (len && *s == ' ')
		s++, len--;
	while (len && s[len - 1] == ' ')
		len--;
	return len && (newsdoc__byline_is_agency(s, len) || newsdoc__word_in_table(newsdoc__kind_agencies, s, len));
}

/* An agency, or agencies joined by '/', '&', '+' or ',' ("dpa/AFP"). */
static int is_agency_name(const char *name)
{
	size_t len = strlen(name), start = 0, i, pieces = 0;

	if (is_agency(name, len))
		return 1;
	for (i = 0; i <= len; i++)
		if (i == len || strchr("/&+,", name[i])) {
			if (!is_agency(name + start, i - start))
				return 0;
			pieces++;
			start = i + 1;
		}
	return pieces > 1;
}

/* One word with a dot and a top-level domain of lowercase letters after
 * it: "ORF.at", "sportschau.de" (not "J.R.", not "J.Smith", not a
 * person's e-mail address). */
static int is_domain(const kind_words *w)
{
	const char *dot;
	size_t i, tld;

	if (w->count != 1 || !(dot = memchr(w->s[0], '.', w->len[0])) || memchr(w->s[0], '@', w->len[0]))
		return 0;
	for (dot = w->s[0] + w->len[0] - 1; *dot != '.'; dot--)
		;
	tld = (size_t)(w->s[0] + w->len[0] - dot - 1);
	if (dot == w->s[0] || tld < 2 || tld > 6)
		return 0;
	for (i = 1; i <= tld; i++)
		if (dot[i] < 'a' || dot[i] > 'z')
			return 0;
	return 1;
}

/* Not written as a person's name is: an acronym ("NDR", "BBC"), a digit,
 * a word in lower case that is no name particle ("Staff and news"). */
static int has_unnamelike_word(const kind_words *w)
{
	size_t i;

	for (i = 0; i < w->count; i++) {
		const char *s = w->s[i];
		if (newsdoc__word_has_digit(s, w->len[i]) || newsdoc__word_all_capitals(s, w->len[i]) ||
		    (s[0] >= 'a' && s[0] <= 'z' && !newsdoc__word_in_table(newsdoc__byline_name_particles, s, w->len[i])))
			return 1;
	}
	return 0;
}

/* Is `name` the site's own name as a source states it (og:site_name,
 * the publisher)? */
static int names_stated_site(const newsdoc_document *doc, const meta_store *store, const char *name)
{
	const char *site = newsdoc_document_site_name(doc);
	size_t k;

	if (site && newsdoc__meta_ieq(site, name))
		return 1;
	for (k = 0; store && k < META_SRC_COUNT; k++)
		if (store->value[META_SLOT_SITE_NAME][k] && newsdoc__meta_ieq(store->value[META_SLOT_SITE_NAME][k], name))
			return 1;
	return 0;
}

/* Is `name` the site's own name, as any source states it, or its host's? */
static int names_site(const newsdoc_document *doc, const meta_store *store, const char *url, const char *name)
{
	return names_stated_site(doc, store, name) || newsdoc__meta_is_host_brand(name, strlen(name), url);
}

/* Does the name read as a publication's: one word, an article first, a
 * publication word ("Harbour Times"), an acronym or a digit? */
static int reads_as_publication(const kind_words *w)
{
	return w->count == 1 || newsdoc__word_in_table(newsdoc__kind_articles, w->s[0], w->len[0]) ||
		any_word_in(w, newsdoc__kind_publication_words) || has_unnamelike_word(w);
}

/* "SmartEtailing Inc", "Harbour Media GmbH": a legal form closing a name
 * of two words at least is a company's (no one's surname is "GmbH"). */
static int has_legal_form(const kind_words *w)
{
	return w->count >= 2 && newsdoc__word_in_table(newsdoc__kind_legal_forms, w->s[w->count - 1], w->len[w->count - 1]);
}

/*
 * A handle in lower case that is a part of the page's host: "mcupdate" on
 * mcupdate.tumblr.com, "gto" on gto-normativy.ru. A blog platform's
 * account or the site's short name, not a person's name (a person's
 * handle is hers on her own blog, but no name the byline shows).
 */
static int is_host_handle(const kind_words *w, const char *url)
{
	const char *host, *part;
	size_t host_len, i, start;

	if (w->count != 1 || w->len[0] < 3 || !url || !(host = newsdoc__url_host(url, &host_len)))
		return 0;
	for (i = 0; i < w->len[0]; i++)
		if (!((w->s[0][i] >= 'a' && w->s[0][i] <= 'z') || (w->s[0][i] >= '0' && w->s[0][i] <= '9')))
			return 0;
	for (i = 0, start = 0; i <= host_len; i++)
		if (i == host_len || host[i] == '.' || host[i] == '-') {
			part = host + start;
			if (i - start == w->len[0] && !memcmp(part, w->s[0], w->len[0]))
				return 1;
			start = i + 1;
		}
	return 0;
}

/* What a typed source (JSON-LD, microdata) states of `name`, or 0. */
static int stated_kind(const meta_store *store, const char *name)
{
	size_t k, i;

	for (k = 0; store && k < META_SRC_COUNT; k++)
		for (i = 0; i < store->authors[k].count; i++) {
			const meta_author *a = &store->authors[k].items[i];
			if (a->stated_kind && newsdoc__meta_ieq(a->name, name))
				return a->stated_kind;
		}
	return NEWSDOC_AUTHOR_UNKNOWN;
}

/* Evidence 2: the name alone says organisation. */
static int name_is_org(const char *name, const kind_words *w)
{
	return is_agency_name(name) || is_domain(w) || has_desk_word(w) || has_legal_form(w);
}

int newsdoc__author_kind_of_name(const char *name)
{
	kind_words w;

	if (!name)
		return NEWSDOC_AUTHOR_UNKNOWN;
	split_words(&w, name);
	if (name_is_org(name, &w) ||
	    (w.count >= 2 && newsdoc__word_in_table(newsdoc__kind_english_article, w.s[0], w.len[0])))
		return NEWSDOC_AUTHOR_ORGANIZATION;
	return NEWSDOC_AUTHOR_PERSON;
}

static int kind_of(const newsdoc_document *doc, const meta_store *store, const char *url, const char *name)
{
	int stated = stated_kind(store, name);
	kind_words w;

	split_words(&w, name);
	if (stated == NEWSDOC_AUTHOR_ORGANIZATION || name_is_org(name, &w))
		return NEWSDOC_AUTHOR_ORGANIZATION;
	/* A CMS account named after the site ("Lesotho Times" typed Person by
	 * a WordPress SEO plugin): the stated site name, read as a
	 * publication's, outweighs the stated type. The host's brand alone
	 * does not: a writer may own the domain of her name. */
	if (stated == NEWSDOC_AUTHOR_PERSON && !(names_stated_site(doc, store, name) && reads_as_publication(&w)))
		return NEWSDOC_AUTHOR_PERSON;
	if (w.count >= 2 && newsdoc__word_in_table(newsdoc__kind_english_article, w.s[0], w.len[0]))
		return NEWSDOC_AUTHOR_ORGANIZATION;
	if ((names_site(doc, store, url, name) && reads_as_publication(&w)) || is_host_handle(&w, url))
		return NEWSDOC_AUTHOR_ORGANIZATION;
	return NEWSDOC_AUTHOR_PERSON;
}

int newsdoc__author_kinds(newsdoc_document *doc, const meta_store *store, const char *url)
{
	size_t i, count = newsdoc_document_author_count(doc);
	int error = 0;

	if (!url)
		url = newsdoc_document_url(doc);
	for (i = 0; i < count && !error; i++) {
		newsdoc_author *author = (newsdoc_author *)newsdoc_document_author_at(doc, i);
		if (newsdoc_author_kind(author) == NEWSDOC_AUTHOR_UNKNOWN)
			error = newsdoc_author_set_kind(author, kind_of(doc, store, url, newsdoc_author_name(author)));
	}
	return error;
}
