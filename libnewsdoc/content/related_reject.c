/*
 * What a related box lets in that is no related article (issue 14's
 * exclusions), told by general marks rather than by one site's names:
 *
 *  - an address that names an index or a promotion, not an article: a tag,
 *    topic, category or section page ("/tag/brexit", "/category/economy/"),
 *    a date archive ("/blog/2025/11/"), a shop's product page (beside a
 *    story), a job offer, a newsletter sign-up;
 *  - a box named related that the page also names a most-read, trending
 *    or popular list, or a paid recommendation widget (the widget vendors'
 *    names are the same on every site that embeds them).
 *
 * The words are data, by language, matched whole (a path part) or inside
 * the lowercase class and id text (box names).
 */
#include <string.h>
#include <strings.h>

#include "content.h"

/*
 * Path parts that file index pages: one of these, then at most one more
 * part naming the index (numbers aside: "/team/red-bull/4/"), and nothing
 * else. "/themen/" is left out: parties and ministries file their policy
 * pages there, and a reader takes those as pages to read on.
 */
static const char *const index_parts[] = {
	/* English */
	"tag", "tags", "topic", "topics", "category", "categories", "collection", "collections",
	"section", "sections", "subject", "subjects",
	/* German */
	"thema", "schlagwort", "schlagworte", "stichwort", "stichworte", "kategorie", "rubrik",
	/* French */
	"sujet", "sujets", "theme", "themes", "rubrique", "rubriques", "mot-cle", "mots-cles",
	/* Spanish, Portuguese, Italian */
	"tema", "temas", "etiqueta", "etiquetas", "categoria", "categorias", "assunto", "assuntos",
	"argomento", "argomenti",
	/* Polish, Dutch */
	"tagi", "temat", "tematy", "kategoria", "onderwerp", "onderwerpen", "categorie",
	/* job offers */
	"job", "jobs",
	NULL
};

/* Path parts of a shop's product pages, filed like an index's ("/products/
 * lamp-x2"): no related article beside a story; beside a product (the
 * page's own address has the part too) they are the shop's related items. */
static const char *const shop_parts[] = {
	"product", "products", "produkt", "produkte", "produit", "produits", "producto", "productos",
	"shop", NULL
};

/* First path parts of a site's redirects to a partner's offer
 * ("/go/amex-platinum/...", "/out/...", "/recommends/..."). */
static const char *const redirect_first_parts[] = { "go", "out", "recommends", "aff", "affiliate", NULL };

/* Path parts that open a newsletter's sign-up page ("/newsletter/",
 * "/service/newsletter-morning-briefing"): matched at the start of a part
 * that is no headline's slug. */
static const char *const promo_part_starts[] = { "newsletter", NULL };

/* The longest path part compared with the tables. */
#define PART_MAX 24

static int all_digits(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return len > 0;
}

static int in_table(const char *const *table, const char *part, size_t len, int prefix)
{
	for (; *table; table++) {
		size_t n = strlen(*table);
		if ((prefix ? n <= len : n == len) && !strncasecmp(part, *table, n))
			return 1;
	}
	return 0;
}

/* Separators a headline's slug has at least ("what-is-head-and-neck-
 * cancer"); a section's name has fewer ("cultivating-health"). */
#define SLUG_MIN_SEPARATORS 3

static int slug(const char *part, size_t len)
{
	size_t i, separators = 0;

	for (i = 0; i < len; i++)
		separators += part[i] == '-' || part[i] == '_';
	return separators >= SLUG_MIN_SEPARATORS;
}

/* A year ("2025"), then at most a month and a day of one or two digits,
 * ending the path, after no headline's slug: an archive of the days'
 * articles ("/blog/2025/11/", not "/blog/what-to-expect/2026/03"). */
static int date_archive(const char *const *parts, const size_t *lens, size_t count)
{
	size_t i, j;

	for (i = count; i > 0 && count - i < 3; i--) {
		const char *p = parts[i - 1];
		size_t n = lens[i - 1];
		if (n == 4 && all_digits(p, n) && (p[0] == '1' || p[0] == '2')) {
			for (j = 0; j + 1 < i; j++)
				if (slug(parts[j], lens[j]))
					return 0;
			return 1;
		}
		if (n > 2 || !all_digits(p, n))
			return 0;
	}
	return 0;
}

/* A slug that opens with a promo word as a name of its own, singular and
 * followed by a separator ("newsletter-morning-briefing-2024"), and not as
 * a headline's subject ("newsletters-are-the-new-blogs"). */
static int promo_named_slug(const char *part, size_t len)
{
	const char *const *word;

	for (word = promo_part_starts; *word; word++) {
		size_t n = strlen(*word);
		if (n < len && !strncasecmp(part, *word, n) && (part[n] == '-' || part[n] == '_'))
			return 1;
	}
	return 0;
}

/* Path parts read: an article's address has a few. */
#define PATH_PARTS_MAX 16

/* Does `page_url`'s path hold `part` as a part of its own? */
static int page_has_part(const char *page_url, const char *part, size_t len)
{
	const char *at = page_url;

	while (at && (at = strchr(at, '/')) != NULL) {
		at++;
		if (!strncasecmp(at, part, len) && (at[len] == '/' || at[len] == '\0' || at[len] == '?'))
			return 1;
	}
	return 0;
}

int newsdoc__related_index_url(const char *url, const char *page_url)
{
	const char *parts[PATH_PARTS_MAX], *at = strstr(url, "://");
	size_t lens[PATH_PARTS_MAX], count = 0, i;

	if (!at)
		return 0;
	at += 3 + strcspn(at + 3, "/?#");
	while (*at == '/' && count < PATH_PARTS_MAX) {
		size_t n = strcspn(++at, "/?#");
		if (n) {
			parts[count] = at;
			lens[count++] = n;
		}
		at += n;
	}
	if (*at == '/')
		return 0; /* a path deeper than any index's */
	if (count > 1 && in_table(redirect_first_parts, parts[0], lens[0], 0))
		return 1;
	for (i = 0; i < count; i++) {
		size_t j, named = 0;
		/* a headline's slug may open with the word too
		 * ("newsletters-are-the-new-blogs"); a sign-up page's slug
		 * opens with the newsletter's name ("newsletter-gerne-
		 * draussen-landkreis-region-1.5249977") */
		if (in_table(promo_part_starts, parts[i], lens[i], 1) && (!slug(parts[i], lens[i]) ||
			promo_named_slug(parts[i], lens[i])))
			return 1;
		if (lens[i] > PART_MAX)
			continue;
		if (!in_table(index_parts, parts[i], lens[i], 0) && (!in_table(shop_parts, parts[i], lens[i], 0) ||
			(page_url && page_has_part(page_url, parts[i], lens[i]))))
			continue;
		for (j = i + 1; j < count; j++)
			named += !all_digits(parts[j], lens[j]);
		if (named <= 1)
			return 1;
	}
	return count > 0 && date_archive(parts, lens, count);
}

/*
 * Names of a box that holds no related articles although its names say
 * "related" as well. Lists of the site's most read or trending
 * ("c-posts--articleTrending c-posts--relatedVideos", id "...-mostViewed")
 * and a card marked as having related links ("media-object--has-related")
 * unless a related heading opens the box (the names are a template's,
 * the heading the editors'); the widgets of paid recommendation vendors
 * ("trc_related_container" is Taboola's) and a site's bars and menus
 * always (their headings say "You may like"). "latest" is no such name:
 * pages name a related box "latestlist related" and head it "Related".
 */
static const char *const list_box_names[] = {
	"trending", "mostviewed", "most-viewed", "most_viewed", "mostread", "most-read", "most_read",
	"mostpopular", "most-popular", "most_popular", "meistgelesen", "has-related",
	NULL
};

static const char *const widget_box_names[] = {
	"taboola", "trc_", "outbrain", "zergnet", "revcontent", "mgid", "plista", "ligatus",
	/* a site's menus and bars, and a post's previous/next links ("post-nav") */
	"topbar", "navbar", "navigation", "nav-", "-nav", "_nav", "nav_",
	NULL
};

/* `names` (class or id, lowercase) holds a widget's name (2) or a list's (1). */
static int unrelated_names(const xmlChar *names)
{
	return newsdoc__related_class_holds(names, widget_box_names) ? 2 :
		newsdoc__related_class_holds(names, list_box_names);
}

int newsdoc__related_box_named_unrelated(xmlNode *box, newsdoc__sb *scratch)
{
	xmlChar *names = newsdoc__content_class_lower(box), *id = newsdoc__content_attr(box, "id");
	int found = unrelated_names(names), by_id;
	size_t i;

	for (i = 0; id && id[i]; i++)
		if (id[i] >= 'A' && id[i] <= 'Z')
			id[i] = (xmlChar)(id[i] + 32);
	by_id = unrelated_names(id);
	if (by_id > found)
		found = by_id;
	if (names)
		xmlFree(names);
	if (id)
		xmlFree(id);
	return found == 2 || (found == 1 && !newsdoc__related_opens_with_related_heading(box, scratch));
}

/* A teaser card set in the story whose link goes to an index or a sign-up
 * page (`href` as the page writes it): no item, but no part of the story
 * either. */
int newsdoc__related_promo_card(content_ctx *ctx, const xmlChar *href)
{
	xmlChar *url = newsdoc__content_absolute_url(ctx, href);
	int promo = url && newsdoc__related_index_url((const char *)url, ctx->url);

	if (url)
		xmlFree(url);
	return promo;
}
