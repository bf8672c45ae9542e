/*
 * More headings of boxes that are no related items, by language, matched
 * like the tables of related_words.c (folded to small letters; whole, or
 * followed by a space or a colon unless `whole`), and never read as a
 * related heading even where one of those opens them ("Related jobs"):
 *  - the next or previous article of the site, whatever it is about
 *    (issue 14: previous/next links are excluded), and its recent ones
 *    ("Recent posts", "The latest": latest lists are excluded);
 *  - rows of videos or podcast episodes headed so;
 *  - "related" boxes of things that are no articles: jobs, tags,
 *    categories, products, services, courses, events, podcast episodes.
 */
#include "content.h"

const related_heading newsdoc__related_unrelated_more[] = {
	/* English */
	{ "next article", 0 }, { "previous article", 0 }, { "next post", 0 }, { "previous post", 0 },
	{ "next story", 0 }, { "previous story", 0 }, { "older post", 0 }, { "newer post", 0 },
	{ "related jobs", 0 }, { "related tags", 0 }, { "related products", 0 }, { "related services", 0 },
	{ "related categories", 0 }, { "related courses", 0 }, { "related events", 0 }, { "related podcasts", 0 },
	{ "related episodes", 0 }, { "the latest", 0 },
	{ "recent posts", 0 }, { "recent articles", 0 }, { "recent stories", 0 }, { "recent news", 0 },
	{ "most recent", 0 }, { "recommended videos", 0 }, { "featured video", 0 }, { "featured videos", 0 },
	{ "more videos", 0 }, { "more episodes", 0 }, { "all episodes", 0 }, { "recent episodes", 0 },
	/* German */
	{ "n\xC3\xA4" "chster artikel", 0 }, { "vorheriger artikel", 0 }, { "n\xC3\xA4" "chster beitrag", 0 },
	{ "vorheriger beitrag", 0 }, { "aktuelle news", 0 }, { "aktuelle nachrichten", 0 },
	{ "neueste nachrichten", 0 }, { "neueste beitr\xC3\xA4ge", 0 },
	/* French, Spanish, Portuguese, Italian */
	{ "article suivant", 0 }, { "article pr\xC3\xA9" "c\xC3\xA9" "dent", 0 },
	{ "art\xC3\xAD" "culo siguiente", 0 }, { "siguiente art\xC3\xAD" "culo", 0 },
	{ "art\xC3\xAD" "culo anterior", 0 }, { "pr\xC3\xB3ximo artigo", 0 }, { "artigo anterior", 0 },
	{ "articolo successivo", 0 }, { "articolo precedente", 0 },
	{ "articles r\xC3\xA9" "cents", 0 }, { "art\xC3\xAD" "culos recientes", 0 }, { "entradas recientes", 0 },
	{ "articoli recenti", 0 }, { "post recenti", 0 }, { "posts recentes", 0 },
	/* Polish, Dutch */
	{ "nast\xC4\x99pny artyku\xC5\x82", 0 }, { "poprzedni artyku\xC5\x82", 0 },
	{ "volgend artikel", 0 }, { "vorig artikel", 0 },
	/* Chinese: "下一篇" (next post), "上一篇" (previous post) */
	{ "\xE4\xB8\x8B\xE4\xB8\x80\xE7\xAF\x87", 0 }, { "\xE4\xB8\x8A\xE4\xB8\x80\xE7\xAF\x87", 0 },
};

const size_t newsdoc__related_unrelated_more_count =
	sizeof(newsdoc__related_unrelated_more) / sizeof(newsdoc__related_unrelated_more[0]);
