/*
 * The words the page-type features look for (pagetype.h): in the URL, in
 * class names, in the short texts of buttons and links, and the
 * schema.org type names. Data, in several languages where the words are
 * the page's own (buttons, labels); URL and class words are mostly the
 * English that templates and routers use everywhere.
 *
 * Each list is a word index (word_index.h) whose tag is the page type a
 * word points at; a word is looked for where a token starts.
 */
#include <pthread.h>
#include <string.h>

#include "pagetype.h"
#include "../html/word_index.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- URL tokens (host and path, lowercase) ---- */

static const char *const url_article[] = {
	"article", "articles", "story", "stories", "news", "blog", "blogs", "post", "posts", "opinion",
	"politics", "world", "sport", "sports", "culture", "business", "health", "science", "tech"
};
static const char *const url_forum[] = {
	"forum", "forums", "thread", "threads", "topic", "topics", "viewtopic", "showthread", "community",
	"discussion", "discussions", "discuss", "answers", "questions", "boards", "board"
};
static const char *const url_product[] = {
	"product", "products", "produkt", "produit", "producto", "prodotto", "item", "itm", "dp", "pdp",
	"pr", "sku", "buy"
};
static const char *const url_collection[] = {
	"collections", "collection", "category", "categories", "catalog", "catalogue", "cat", "shop", "store", "kategorie", "categorie", "categoria", "tag", "tags", "topic", "archive", "browse"
};
static const char *const url_listing[] = {
	"list", "lists", "listing", "listings", "search", "results", "events", "jobs", "directory",
	"issues", "chart", "trending", "latest", "recent", "index", "page"
};
static const char *const url_docs[] = {
	"docs", "doc", "documentation", "api", "reference", "ref", "guide", "guides", "manual",
	"tutorial", "tutorials", "learn", "wiki", "handbook", "book", "usersguide", "howto", "concepts",
	"quickstart", "developer", "developers", "glossary", "faq", "help", "support", "kb"
};
static const char *const url_service[] = {
	"services", "service", "solutions", "solution", "programs", "program", "pricing", "about",
	"contact", "offers", "insurance", "training", "consulting", "courses", "course", "plans",
	"leistungen", "angebot", "prestations", "servicios", "servizi", "uslugi"
};

/* ---- class names of <html>/<body> and of repeated items ---- */

static const char *const class_article[] = {
	"single-post", "post-template", "postid", "single-format", "article", "story", "news", "blog-post",
	"entry"
};
static const char *const class_forum[] = {
	"forum", "thread", "topic", "bbpress", "xenforo", "phpbb", "vbulletin", "discussion", "message",
	"post", "reply", "comment", "crawler-post", "cooked"
};
static const char *const class_product[] = {
	"product", "woocommerce", "pdp", "sku", "shopify", "buybox", "add-to-cart", "price"
};
static const char *const class_collection[] = {
	"archive", "category", "collection", "catalog", "plp", "tax-", "term-", "product-grid",
	"products", "product-list"
};
static const char *const class_listing[] = {
	"listing", "search", "result", "directory", "card", "tile", "teaser", "item", "row", "athing",
	"event", "job"
};
static const char *const class_docs[] = {
	"docs", "documentation", "api", "reference", "markdown", "sphinx", "mkdocs", "docusaurus",
	"theme-doc", "highlight", "language-", "toc", "mw-", "rst-", "devsite"
};
static const char *const class_service[] = {
	"page-template", "elementor", "landing", "service", "home", "page-id", "wp-block-cover", "hero",
	"cta", "pricing", "testimonial", "feature"
};

/* ---- short texts (buttons, links, labels), lowercase, at their start ---- */

static const char *const text_article[] = {
	"min read", "minute read", "minutes read", "share this", "share on", "by ", "published",
	"updated", "reading time", "lesezeit", "temps de lecture", "tiempo de lectura", "related articles",
	"read more", "weiterlesen", "lire la suite", "leer más", "continua a leggere", "czytaj dalej"
};
static const char *const text_forum[] = {
	"reply", "replies", "quote", "joined", "posts:", "messages:", "reaction score", "likes received",
	"thread starter", "original poster", "solved", "solution", "report", "last edited", "new member",
	"well-known member", "senior member", "registered user", "permalink", "#1", "#2",
	"antworten", "zitieren", "beitrag", "répondre", "citer", "responder", "citar", "rispondi",
	"odpowiedz", "cytuj", "beantwoorden"
};
static const char *const text_cart[] = {
	"add to cart", "add to bag", "add to basket", "add to wishlist", "buy now", "buy it now",
	"in stock", "out of stock", "sold out", "free shipping", "free delivery", "select size",
	"size guide", "quantity", "qty", "in den warenkorb", "in den einkaufswagen", "jetzt kaufen",
	"ajouter au panier", "añadir al carrito", "añadir a la cesta", "aggiungi al carrello",
	"dodaj do koszyka", "in winkelwagen", "lägg i varukorgen", "læg i kurv", "legg i handlekurv"
};
static const char *const text_listing[] = {
	"load more", "show more", "next page", "sort by", "sort", "filter", "filters", "view all",
	"see all", "showing", "older posts", "newer posts", "older entries", "page 1", "results",
	"mehr laden", "weitere", "sortieren", "voir plus", "trier", "ver más", "ordenar", "mostra altri",
	"pokaż więcej"
};
static const char *const text_docs[] = {
	"edit this page", "on this page", "table of contents", "copy", "copied", "was this page helpful",
	"improve this page", "view source", "api reference", "parameters", "returns", "syntax",
	"example", "examples", "note", "warning", "contents", "in this article", "prerequisites"
};
static const char *const text_service[] = {
	"contact us", "get a quote", "request a quote", "get a free", "book now", "book a", "schedule",
	"request a demo", "get started", "free consultation", "call now", "call us", "learn more",
	"our services", "apply now", "enroll", "enrol", "kontakt", "angebot anfordern", "nous contacter",
	"contáctenos", "contattaci", "kontakt z nami", "find out more", "get in touch"
};

/* ---- class and id names of boxes a type's body leaves out ---- */

/* Product pages: customer reviews and ratings are not the description. */
static const char *const reviews[] = {
	"review", "yotpo", "okendo", "stamped", "jdgm", "judgeme", "trustpilot", "bazaarvoice", "bv-",
	"testimonial", "ratings"
};

static const struct word_list {
	const char *const *words;
	size_t count;
	unsigned short type;
} url_lists[] = {
	{ url_article, COUNT(url_article), PAGE_TYPE_ARTICLE },
	{ url_forum, COUNT(url_forum), PAGE_TYPE_FORUM },
	{ url_product, COUNT(url_product), PAGE_TYPE_PRODUCT },
	{ url_collection, COUNT(url_collection), PAGE_TYPE_COLLECTION },
	{ url_listing, COUNT(url_listing), PAGE_TYPE_LISTING },
	{ url_docs, COUNT(url_docs), PAGE_TYPE_DOCUMENTATION },
	{ url_service, COUNT(url_service), PAGE_TYPE_SERVICE },
}, class_lists[] = {
	{ class_article, COUNT(class_article), PAGE_TYPE_ARTICLE },
	{ class_forum, COUNT(class_forum), PAGE_TYPE_FORUM },
	{ class_product, COUNT(class_product), PAGE_TYPE_PRODUCT },
	{ class_collection, COUNT(class_collection), PAGE_TYPE_COLLECTION },
	{ class_listing, COUNT(class_listing), PAGE_TYPE_LISTING },
	{ class_docs, COUNT(class_docs), PAGE_TYPE_DOCUMENTATION },
	{ class_service, COUNT(class_service), PAGE_TYPE_SERVICE },
}, text_lists[] = {
	{ text_article, COUNT(text_article), PAGE_TYPE_ARTICLE },
	{ text_forum, COUNT(text_forum), PAGE_TYPE_FORUM },
	{ text_cart, COUNT(text_cart), PAGE_TYPE_PRODUCT },
	{ text_listing, COUNT(text_listing), PAGE_TYPE_LISTING },
	{ text_docs, COUNT(text_docs), PAGE_TYPE_DOCUMENTATION },
	{ text_service, COUNT(text_service), PAGE_TYPE_SERVICE },
}, leave_out_lists[] = {
	{ reviews, COUNT(reviews), PAGE_TYPE_PRODUCT },
};

static newsdoc__word_index indexes[PAGE_WORDS_COUNT];
static pthread_once_t indexes_once = PTHREAD_ONCE_INIT;

static void add_lists(newsdoc__word_index *index, const struct word_list *lists, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		newsdoc__word_index_add(index, lists[i].words, lists[i].count, lists[i].type);
	newsdoc__word_index_finish(index);
}

static void build_indexes(void)
{
	add_lists(&indexes[PAGE_WORDS_URL], url_lists, COUNT(url_lists));
	add_lists(&indexes[PAGE_WORDS_CLASS], class_lists, COUNT(class_lists));
	add_lists(&indexes[PAGE_WORDS_TEXT], text_lists, COUNT(text_lists));
	add_lists(&indexes[PAGE_WORDS_LEAVE_OUT], leave_out_lists, COUNT(leave_out_lists));
}

int newsdoc__page_word_may_start(int list, const char *p)
{
	char pair[3];
	size_t end;

	pthread_once(&indexes_once, build_indexes);
	pair[0] = (char)(p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32 : p[0]);
	pair[1] = (char)(p[0] && p[1] >= 'A' && p[1] <= 'Z' ? p[1] + 32 : p[0] ? p[1] : 0);
	pair[2] = '\0';
	newsdoc__word_index_first(&indexes[list], pair, &end);
	return end != 0;
}

int newsdoc__page_word_at(int list, const char *p, size_t *len)
{
	const newsdoc__word_index *index = &indexes[list];
	size_t k, end, best = 0;
	int type = PAGE_TYPE_COUNT;

	pthread_once(&indexes_once, build_indexes);
	/* One-letter words ("p", "t", "c") are whole tokens: the caller asks
	 * for them with the token alone; the index holds words of two bytes
	 * or more, so those are looked up here. */
	if (p[0] && (p[1] == '\0' || p[1] == ' ')) {
		static const struct { char letter; unsigned char type; } letters[] = {
			{ 't', PAGE_TYPE_FORUM }, { 'p', PAGE_TYPE_PRODUCT }, { 'c', PAGE_TYPE_COLLECTION },
			{ 'b', PAGE_TYPE_COLLECTION }
		};
		size_t i;
		*len = 1;
		for (i = 0; list == PAGE_WORDS_URL && i < COUNT(letters); i++)
			if (letters[i].letter == p[0])
				return letters[i].type;
		return PAGE_TYPE_COUNT;
	}
	/* The longest word that starts here ("products" over "product"). */
	for (k = newsdoc__word_index_first(index, p, &end); k < end; k++)
		if (newsdoc__word_index_matches(index, k, p) && index->len[k] > best) {
			best = index->len[k];
			type = index->tag[k];
		}
	*len = best;
	return type;
}

unsigned int newsdoc__page_name_types(int list, const char *names)
{
	char low[160];
	size_t n = 0, i;
	unsigned int types = 0;

	for (; names[n] && n + 1 < sizeof(low); n++)
		low[n] = (char)(names[n] >= 'A' && names[n] <= 'Z' ? names[n] + 32 : names[n]);
	low[n] = '\0';
	for (i = 0; i < n; i++) {
		size_t len;
		int type;
		if (i && low[i - 1] >= 'a' && low[i - 1] <= 'z')
			continue;
		type = newsdoc__page_word_at(list, low + i, &len);
		if (type < PAGE_TYPE_COUNT) {
			types |= 1u << type;
			i += len - 1;
		}
	}
	return types;
}

/* ---- schema.org types ---- */

static const struct schema_name {
	const char *name;
	unsigned char kind;
} schema_names[] = {
	{ "AnalysisNewsArticle", SCHEMA_ARTICLE }, { "APIReference", SCHEMA_TECH },
	{ "AboutPage", SCHEMA_WEBPAGE }, { "AggregateOffer", SCHEMA_OFFER },
	{ "Article", SCHEMA_ARTICLE },
	{ "AskPublicNewsArticle", SCHEMA_ARTICLE }, { "BackgroundNewsArticle", SCHEMA_ARTICLE },
	{ "BlogPosting", SCHEMA_ARTICLE }, { "CollectionPage", SCHEMA_COLLECTION },
	{ "ContactPage", SCHEMA_WEBPAGE }, { "Course", SCHEMA_SERVICE },
	{ "DiscussionForumPosting", SCHEMA_FORUM }, { "EducationalOccupationalProgram", SCHEMA_SERVICE },
	{ "Event", SCHEMA_EVENT }, { "FAQPage", SCHEMA_FAQ },
	{ "HomeAndConstructionBusiness", SCHEMA_SERVICE }, { "IndividualProduct", SCHEMA_PRODUCT },
	{ "ItemList", SCHEMA_COLLECTION }, { "ItemPage", SCHEMA_WEBPAGE },
	{ "LiveBlogPosting", SCHEMA_ARTICLE }, { "LocalBusiness", SCHEMA_SERVICE },
	{ "MedicalBusiness", SCHEMA_SERVICE }, { "NewsArticle", SCHEMA_ARTICLE },
	{ "Offer", SCHEMA_OFFER }, { "OfferCatalog", SCHEMA_COLLECTION },
	{ "OpinionNewsArticle", SCHEMA_ARTICLE }, { "Product", SCHEMA_PRODUCT },
	{ "ProductGroup", SCHEMA_PRODUCT }, { "ProductModel", SCHEMA_PRODUCT },
	{ "ProfessionalService", SCHEMA_SERVICE }, { "QAPage", SCHEMA_FORUM },
	{ "Report", SCHEMA_ARTICLE }, { "ReportageNewsArticle", SCHEMA_ARTICLE },
	{ "ReviewNewsArticle", SCHEMA_ARTICLE }, { "SatiricalArticle", SCHEMA_ARTICLE },
	{ "ScholarlyArticle", SCHEMA_ARTICLE }, { "SearchResultsPage", SCHEMA_COLLECTION },
	{ "Service", SCHEMA_SERVICE }, { "SoftwareSourceCode", SCHEMA_TECH },
	{ "TechArticle", SCHEMA_TECH }, { "WebPage", SCHEMA_WEBPAGE },
};

int newsdoc__schema_kind(const char *name, size_t len)
{
	size_t i, cut = 0;

	/* "schema:Product", "http://schema.org/Product" -> "Product" */
	for (i = 0; i < len; i++)
		if (name[i] == '/' || name[i] == ':')
			cut = i + 1;
	name += cut;
	len -= cut;
	for (i = 0; i < COUNT(schema_names); i++)
		if (strlen(schema_names[i].name) == len && !memcmp(schema_names[i].name, name, len))
			return schema_names[i].kind;
	return SCHEMA_NONE;
}
