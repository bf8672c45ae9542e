/*
 * The class and id names that tell what an element is (nodes.c): ten lists,
 * each matched in its own way, all looked for in one scan of the names.
 *
 * The scan runs once per element with a class or id (every element of a
 * page, a few hundred thousand over a benchmark run): word_index.h passes
 * over positions where no name can start.
 */
#include <pthread.h>

#include "content.h"
#include "../html/word_index.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Names that mark the article body itself. */
static const char *const positive_strong[] = {
	"articlebody", "article-body", "article_body", "article__body", "articletext",
	"article-text", "article-content", "article__content", "articlecontent",
	"story-body", "storybody", "story-text", "story-content", "storycontent",
	"entry-content", "entrycontent", "post-content", "postcontent", "post-body", "post-text",
	"body-text", "bodytext", "main-text", "article-main", "news-text", "newstext",
	"content-body", "text-body", "rich-text", "richtext", "article-detail", "single-content",
	"field-body", "td-post-content", "c-entry-content", "paywall", "article-copy"
};

/* Names of page furniture, matched at a word start. Strong names are
 * furniture at any size; weak ones (bylines, meta rows, captions) only
 * while they hold little prose (see clear_false_furniture in score.c). */
static const char *const negative_starts[] = {
	"comment", "disqus", "share", "sharing", "social", "related", "newsletter", "subscri",
	"cookie", "consent", "gdpr", "promo", "sponsor", "advert",
	"breadcrumb", "pagination", "pager", "popup", "modal", "footer", "masthead",
	"navbar", "navigation", "menu", "toolbar", "signup", "sign-up", "recommend", "trending",
	"popular", "most-read", "mostread", "readmore", "read-more", "more-from", "morefrom",
	"more-stories", "outbrain", "taboola", "skip", "screen-reader", "sr-only",
	"visually-hidden", "visuallyhidden", "dfp", "ad-", "ads-", "ad_", "adslot", "adunit",
	"also-read", "alsoread", "see-also", "app-download", "newsticker", "ticker", "pswp",
	"login", "follow", "rodape"
};

static const char *const weak_starts[] = {
	"sidebar", "widget", "banner", "byline", "dateline", "timestamp", "caption", "credit", "hidden", "print",
	"tags", "keywords", "topics", "author", "bio", "meta", "date", "jump", "rating",
	"feedback", "donate", "overlay", "rail", "lightbox", "gallery-nav", "tooltip",
	"video-player", "headline-list", "next-article", "prev-article", "article-list",
	"copyright", "disclaimer", "inline-list"
};

/* Names of page furniture that only count as whole words ("ad" is also a
 * prefix of "address", "nav" of "navigable"). */
static const char *const negative_words[] = {
	"ad", "ads", "nav", "aside", "share", "sponsored", "promoted"
};

static const char *const weak_words[] = {
	"extra", "links", "tools", "utility", "alert", "header", "partner", "partners", "more",
	"notice"
};

static const char *const embed_names[] = {
	"tweet", "embed", "instagram-media", "tiktok", "bluesky"
};

static const char *const commercial_starts[] = {
	"newsletter", "subscri", "signup", "sign-up", "promo", "advert", "ad-", "ads-", "sponsor",
	"related", "recommend", "share", "sharing"
};

/* Names that say "text" and excuse a weak furniture name next to them. */
static const char *const prose_names[] = {
	"text", "paragraph", "body", "content", "prose", "copy"
};

static const char *const inline_furniture[] = {
	"caption", "credit", "byline", "dateline", "timestamp", "photo-credit", "image-credit"
};

static const char *const related_names[] = {
	"related", "more-from", "morefrom", "read-more", "readmore", "recommend",
	"more-stories", "morestories", "also-like", "may-like", "you-may", "youmay", "also-read",
	"alsoread", "see-also", "more-articles", "more-news", "further-reading"
};

/* A shop's box of products, though named related ("related-products",
 * "related products" of a shop page): no related articles. */
static const char *const shop_names[] = {
	"product", "produkt", "produit", "producto", "prodott", "produto"
};

/* Names of a comment section: readers' prose, however much of it there is. */
static const char *const comment_names[] = {
	"comment", "disqus"
};

/* How a list's names must stand in the text. */
enum name_mode {
	ANYWHERE,    /* anywhere: "articlebody" in "main-articlebody-wrap" */
	WORD_START,  /* after a non-letter: "share" in "top-sharebar", not "timeshare" */
	WHOLE_WORD   /* between separators (space, -, _): "ad" in "ad-slot", not "address" */
};

static const struct name_list {
	const char *const *names;
	size_t count;
	enum name_mode mode;
} lists[NAME_SET_COUNT] = {
	[NAME_SET_POSITIVE] = { positive_strong, COUNT(positive_strong), ANYWHERE },
	[NAME_SET_NEGATIVE] = { negative_starts, COUNT(negative_starts), WORD_START },
	[NAME_SET_NEGATIVE_WORD] = { negative_words, COUNT(negative_words), WHOLE_WORD },
	[NAME_SET_WEAK] = { weak_starts, COUNT(weak_starts), WORD_START },
	[NAME_SET_WEAK_WORD] = { weak_words, COUNT(weak_words), WHOLE_WORD },
	[NAME_SET_EMBED] = { embed_names, COUNT(embed_names), ANYWHERE },
	[NAME_SET_COMMERCIAL] = { commercial_starts, COUNT(commercial_starts), WORD_START },
	[NAME_SET_PROSE] = { prose_names, COUNT(prose_names), WORD_START },
	[NAME_SET_INLINE] = { inline_furniture, COUNT(inline_furniture), WORD_START },
	[NAME_SET_RELATED] = { related_names, COUNT(related_names), ANYWHERE },
	[NAME_SET_SHOP] = { shop_names, COUNT(shop_names), WORD_START },
	[NAME_SET_COMMENTS] = { comment_names, COUNT(comment_names), WORD_START },
};

static newsdoc__word_index names_index;
static pthread_once_t names_index_once = PTHREAD_ONCE_INIT;

static void build_names_index(void)
{
	size_t set;

	for (set = 0; set < NAME_SET_COUNT; set++)
		newsdoc__word_index_add(&names_index, lists[set].names, lists[set].count, (unsigned short)set);
	newsdoc__word_index_finish(&names_index);
}

static int is_separator(char c)
{
	return c == ' ' || c == '-' || c == '_';
}

unsigned int newsdoc__content_name_sets(const char *names)
{
	unsigned int found = 0;
	const char *p;

	pthread_once(&names_index_once, build_names_index);
	for (p = names; *p; p++) {
		size_t k, end;
		int word_start, after_separator;

		k = newsdoc__word_index_first(&names_index, p, &end);
		if (k >= end)
			continue;
		/* camelCase humps are lowercased away, so a word starts after
		 * any non-letter (space, -, _, digit). */
		word_start = p == names || !(p[-1] >= 'a' && p[-1] <= 'z');
		after_separator = p == names || is_separator(p[-1]);
		for (; k < end; k++) {
			unsigned int set = names_index.tag[k];
			enum name_mode mode = lists[set].mode;
			if ((found & (1u << set)) || (mode == WORD_START && !word_start) ||
				(mode == WHOLE_WORD && !after_separator) || !newsdoc__word_index_matches(&names_index, k, p))
				continue;
			if (mode == WHOLE_WORD && p[names_index.len[k]] != '\0' && !is_separator(p[names_index.len[k]]))
				continue;
			found |= 1u << set;
		}
	}
	return found;
}
