/*
 * The page type (article, forum, product, collection, listing,
 * documentation, service) from cheap features of the page, and the
 * extraction profile that follows from it. Private to content/.
 *
 *   pagetype_features.c  the features: one walk over the scored body, the
 *                        head's declarations, the URL
 *   pagetype_words.c     the word tables the features look for
 *   pagetype.c           the linear model (weights in a table) and the
 *                        provenance of its answer
 *   profile.c            what each type keeps (container and emission)
 *
 * Features are numbers in a fixed order; the weights table in pagetype.c
 * is fitted to that order on the tune half of the benchmark pages
 * (NEWSDOC_DEBUG=pagetype prints them; bench/pagetype_fit.py fits).
 * Appending a feature means refitting the weights.
 */
#ifndef NEWSDOC_CONTENT_PAGETYPE_H
#define NEWSDOC_CONTENT_PAGETYPE_H

#include "content.h"

enum page_feature {
	PF_BIAS,
	/* what the page declares: JSON-LD @type, og:type, microdata */
	PF_LD_ARTICLE,
	PF_LD_FORUM,
	PF_LD_PRODUCT_ONE,
	PF_LD_PRODUCT_MANY,
	PF_LD_OFFER,
	PF_LD_COLLECTION,
	PF_LD_TECH,
	PF_LD_SERVICE,
	PF_LD_FAQ,
	PF_LD_EVENT,
	PF_LD_WEBPAGE_ONLY,
	PF_OG_ARTICLE,
	PF_OG_PRODUCT,
	PF_OG_PRODUCT_GROUP,
	PF_OG_WEBSITE,
	PF_MD_ARTICLE,
	PF_MD_FORUM,
	PF_MD_PRODUCT,
	PF_MD_OFFER,
	/* words of the URL, its date and slug */
	PF_URL_ARTICLE,
	PF_URL_FORUM,
	PF_URL_PRODUCT,
	PF_URL_COLLECTION,
	PF_URL_LISTING,
	PF_URL_DOCS,
	PF_URL_SERVICE,
	PF_URL_DATE,
	PF_URL_SLUG,
	PF_URL_SHALLOW,
	PF_URL_NUMBER,
	/* words of the <html> and <body> classes */
	PF_CLASS_ARTICLE,
	PF_CLASS_FORUM,
	PF_CLASS_PRODUCT,
	PF_CLASS_COLLECTION,
	PF_CLASS_LISTING,
	PF_CLASS_DOCS,
	PF_CLASS_SERVICE,
	/* the body's shape */
	PF_LOG_TEXT,
	PF_LINK_DENSITY,
	PF_PROSE_SHARE,
	PF_PRE_SHARE,
	PF_CODE_COUNT,
	PF_HEADING_DENSITY,
	PF_ARTICLE_ONE,
	PF_ARTICLE_MANY,
	PF_TIME_COUNT,
	PF_FORM_CONTROLS,
	PF_PRICE_COUNT,
	PF_TABLE_COUNT,
	PF_LIST_SHARE,
	PF_IMG_COUNT,
	/* the largest run of siblings of one tag and class (teasers, posts,
	 * products) */
	PF_GROUP_ITEMS,
	PF_GROUP_SHARE,
	PF_GROUP_MEAN_TEXT,
	PF_GROUP_LINKS,
	PF_GROUP_PROSE,
	PF_GROUP_FORUM_NAME,
	PF_GROUP_PRODUCT_NAME,
	PF_GROUP_CARD_NAME,
	/* short texts: buttons, links, labels */
	PF_WORD_ARTICLE,
	PF_WORD_FORUM,
	PF_WORD_CART,
	PF_WORD_LISTING,
	PF_WORD_DOCS,
	PF_WORD_SERVICE,
	/* what the metadata found: a publication date, authors */
	PF_META_DATE,
	PF_META_AUTHOR,
	/* headings that are links: the titles of teasers and items */
	PF_LINKED_HEADINGS,
	PF_LINKED_HEADING_SHARE,
	PF_COUNT
};

/* item_runs.c: the most repeated kind of child (same tag, same first class
 * word) of an element, by the text its items hold. */
typedef struct item_run {
	unsigned int items;
	unsigned int text, link_text, good_text;
	unsigned int kind;          /* newsdoc__item_kind of its items */
	const xmlNode *first, *last; /* its first and last item */
} item_run;
/* 1 and *best when some kind has at least `min_items` children. */
int newsdoc__item_run_find(const xmlNode *parent, unsigned int min_items, item_run *best);
/* The kind of an element, to tell the items of a run among siblings. */
unsigned int newsdoc__item_kind(const xmlNode *node);

/* What a declaration (or a word list) points at; the values are page
 * types (enum newsdoc__page_type), PAGE_TYPE_COUNT for "nothing". */
typedef struct page_declared {
	unsigned char jsonld;     /* the type the JSON-LD main entity names */
	unsigned char opengraph;  /* og:type */
	unsigned char microdata;  /* itemtype */
} page_declared;

typedef struct page_features {
	float value[PF_COUNT];
	page_declared declared;
	item_run items; /* the page's largest run of repeated items */
} page_features;

/* pagetype_features.c: the features of the scored page (ctx->stats set). */
void newsdoc__page_features(const content_ctx *ctx, page_features *features);

/* pagetype_words.c: word lists, each a word_index tag per page type. */
enum page_word_list {
	PAGE_WORDS_URL,     /* tokens of the URL's host and path */
	PAGE_WORDS_CLASS,   /* class names of <html>/<body> and of repeated items */
	PAGE_WORDS_TEXT,    /* short texts: buttons, links, labels */
	PAGE_WORDS_LEAVE_OUT, /* names of boxes a type's body leaves out */
	PAGE_WORDS_COUNT
};
/* The page type (or PAGE_TYPE_COUNT) of the longest word of `list` that
 * starts at `p` (NUL-terminated, lowercase); *len gets its length. The
 * caller looks only where a token starts. A one-letter URL token ("p",
 * "t") counts only as a whole token (followed by NUL or a space). */
int newsdoc__page_word_at(int list, const char *p, size_t *len);
/* 0 when no word of `list` can start at `p` (its first two bytes, ASCII
 * case ignored): a cheap test before a copy. */
int newsdoc__page_word_may_start(int list, const char *p);
/* The types (bits 1 << type) of the words of `list` found at word starts
 * (after a non-letter) of `names`, a class or id attribute (ASCII case
 * ignored; the first 159 bytes are read). */
unsigned int newsdoc__page_name_types(int list, const char *names);
/* What a schema.org type name says ("Product" -> SCHEMA_PRODUCT); `name`
 * (len bytes) may be a prefixed name or a full IRI. */
enum schema_kind {
	SCHEMA_NONE,
	SCHEMA_ARTICLE,
	SCHEMA_FORUM,
	SCHEMA_PRODUCT,
	SCHEMA_OFFER,
	SCHEMA_COLLECTION,
	SCHEMA_TECH,
	SCHEMA_SERVICE,
	SCHEMA_FAQ,
	SCHEMA_EVENT,
	SCHEMA_WEBPAGE
};
int newsdoc__schema_kind(const char *name, size_t len);

/* pagetype.c: the type and where it came from ("json-ld", "opengraph",
 * "microdata", "classifier"). */
int newsdoc__page_type_classify(const page_features *features, const char **source);

#endif
