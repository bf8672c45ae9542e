/*
 * What a class or id token tells the metadata walk (meta_walk.c): a box of
 * other content (junk), the comment section, a comment counter, a byline,
 * a date, a publication or modification date.
 *
 * The walk asks this of every element, so each token is scanned once for
 * all the words below together (word_index.h), and the kinds are decided
 * from which words it holds.
 */
#include <pthread.h>
#include <string.h>

#include "meta_impl.h"
#include "../html/word_index.h"

/* The words, each a bit of a token's `held` mask. */
enum token_word {
	/* boxes of other content */
	W_RELATED, W_TEASER, W_RECOMMEND, W_SIDEBAR, W_FOOTER, W_NAVIGATION, W_NAVBAR, W_MENU,
	W_TRENDING, W_POPULAR, W_MOST_READ, W_NEWSLETTER, W_OUTBRAIN, W_TABOOLA,
	W_MORE_STORIES, W_READ_MORE, W_ALSO_READ, W_COMMENT, W_RESPOND, W_COMMUNITY, W_DISQUS,
	/* bylines, and what marks a picture, a biography, a follow button or a
	 * box of author teasers rather than the credit line itself */
	W_BYLINE, W_AUTHOR, W_AUTOR, W_AUTEUR, W_CONTRIBUTOR, W_WRITER, W_SIGNATURE,
	W_PHOTO, W_IMAGE, W_IMG, W_AVATAR, W_BIO, W_DESC, W_CAPTION, W_PICTURE, W_THUMB, W_ICON,
	W_FOLLOW, W_SOCIAL, W_SHARE, W_MORE, W_TITLE, W_ABOUT, W_LABEL, W_PREFIX, W_PAGE,
	/* counters and dates */
	W_COUNT, W_NUM, W_TOTAL, W_PUBLISH, W_PUBDATE, W_DATE_PUBLISHED, W_DATE, W_DATUM, W_TIME,
	W_UPDATE, W_MODIF, W_READING, W_LESE, W_MODIFIED, W_UPDATED,
	/* where a story comes from: an agency or a programme beside the byline */
	W_SOURCE,
	WORD_COUNT
};

/* In enum order. */
static const char *const words[WORD_COUNT] = {
	"related", "teaser", "recommend", "sidebar", "footer", "navigation", "navbar", "menu",
	"trending", "popular", "most-read", "newsletter", "outbrain", "taboola",
	"more-stories", "read-more", "also-read", "comment", "respond", "community", "disqus",
	"byline", "author", "autor", "auteur", "contributor", "writer", "signature",
	"photo", "image", "img", "avatar", "bio", "desc", "caption", "picture", "thumb", "icon",
	"follow", "social", "share", "more", "title", "about", "label", "prefix", "page",
	"count", "num", "total", "publish", "pubdate", "date-published", "date", "datum", "time",
	"update", "modif", "reading", "lese", "modified", "updated",
	"source"
};

_Static_assert(WORD_COUNT <= 64, "a token's words are one 64-bit mask");

/* Other spellings of a word above: they set its bit, so a spelling costs
 * no bit of the mask. */
static const struct {
	const char *word;
	enum token_word same_as;
} spellings[] = {
	{ "mostread", W_MOST_READ },
	{ "readmore", W_READ_MORE },
	{ "by-line", W_BYLINE },
	{ "provider", W_SOURCE },
};

#define BIT(w) (UINT64_C(1) << (w))
#define RANGE(first, last) ((BIT(last) - BIT(first)) | BIT(last))

static newsdoc__word_index index_of_words;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static void build_index(void)
{
	size_t i;

	for (i = 0; i < WORD_COUNT; i++)
		newsdoc__word_index_add(&index_of_words, &words[i], 1, (unsigned short)i);
	for (i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++)
		newsdoc__word_index_add(&index_of_words, &spellings[i].word, 1, (unsigned short)spellings[i].same_as);
	newsdoc__word_index_finish(&index_of_words);
}

/* Words after a box's name that say what state the page's layout is in
 * ("sidebar-collapsed", "cs-sidebar-enabled", "menu-open" on the wrapper of
 * the whole page), not that the element is the box. */
static const char *const layout_states[] = {
	"collapsed", "expanded", "enabled", "disabled", "open", "opened", "closed", "active", "inactive",
	"visible", "hidden", "shown", "on", "off", "none"
};

/* The parts of a layout that open and close (a comment section's state,
 * "has-comments-enabled", is a feature of the story or teaser it is on). */
static const enum token_word layout_parts[] = { W_SIDEBAR, W_MENU, W_NAVIGATION, W_NAVBAR };

/* The token is the name of a part of the layout (or its plural) followed
 * by '-' or '_' and a layout state that ends the token. */
static int names_a_layout_state(const char *token)
{
	const char *sep = token + strlen(token);
	size_t i, before;

	while (sep > token && sep[-1] != '-' && sep[-1] != '_')
		sep--;
	if (sep == token)
		return 0;
	for (i = 0; i < sizeof(layout_states) / sizeof(layout_states[0]) && strcmp(sep, layout_states[i]); i++)
		;
	if (i == sizeof(layout_states) / sizeof(layout_states[0]))
		return 0;
	before = (size_t)(sep - 1 - token);
	if (before && token[before - 1] == 's')
		before--; /* "menus-open" */
	for (i = 0; i < sizeof(layout_parts) / sizeof(layout_parts[0]); i++) {
		size_t len = strlen(words[layout_parts[i]]);
		if (len <= before && !memcmp(token + before - len, words[layout_parts[i]], len) &&
			(before == len || token[before - len - 1] == '-' || token[before - len - 1] == '_'))
			return 1;
	}
	return 0;
}

static unsigned int kinds_of(const char *token, uint64_t held)
{
	unsigned int kinds = 0;

	/* "withsidebar", "has-sidebar": a layout that has a sidebar beside the
	 * story, not the sidebar itself; "sidebar-collapsed": the state of it. */
	if ((held & RANGE(W_RELATED, W_DISQUS)) && names_a_layout_state(token))
		held &= ~RANGE(W_RELATED, W_DISQUS);
	if (((held & RANGE(W_RELATED, W_DISQUS)) && strncmp(token, "with", 4) && strncmp(token, "has-", 4)) ||
		!strcmp(token, "nav") || !strcmp(token, "aside"))
		kinds |= META_TOKEN_JUNK;
	if (held & (BIT(W_COMMENT) | BIT(W_RESPOND) | BIT(W_COMMUNITY) | BIT(W_DISQUS)))
		kinds |= META_TOKEN_COMMENT_BOX;
	if ((held & BIT(W_COMMENT)) && (held & (BIT(W_COUNT) | BIT(W_NUM) | BIT(W_TOTAL))))
		kinds |= META_TOKEN_COMMENT_COUNT;
	if (((held & RANGE(W_BYLINE, W_WRITER)) || !strcmp(token, "fn")) &&
		!(held & (RANGE(W_PHOTO, W_PAGE) | BIT(W_COMMENT))))
		kinds |= META_TOKEN_BYLINE;
	/* "article-signature" credits the story (French pages); "signature",
	 * "signaturecontainer" are a forum post's sign-off. */
	if ((held & BIT(W_SIGNATURE)) && strncmp(token, "signature", 9) &&
		!(held & (RANGE(W_PHOTO, W_PAGE) | BIT(W_COMMENT))))
		kinds |= META_TOKEN_SIGNATURE;
	if ((held & (BIT(W_PUBLISH) | BIT(W_PUBDATE) | BIT(W_DATE_PUBLISHED))) ||
		!strcmp(token, "entry-date") || !strcmp(token, "posted-on"))
		kinds |= META_TOKEN_PUBLISHED;
	if ((held & (BIT(W_DATE) | BIT(W_DATUM) | BIT(W_PUBLISH) | BIT(W_TIME))) &&
		!(held & (BIT(W_UPDATE) | BIT(W_MODIF) | BIT(W_READING) | BIT(W_LESE))))
		kinds |= META_TOKEN_DATE;
	if (held & (BIT(W_MODIFIED) | BIT(W_UPDATED)))
		kinds |= META_TOKEN_MODIFIED;
	if (held & BIT(W_SOURCE))
		kinds |= META_TOKEN_SOURCE;
	return kinds;
}

unsigned int newsdoc__meta_token_kinds(const char *token)
{
	uint64_t held = 0;
	const char *p;

	pthread_once(&index_once, build_index);
	for (p = token; *p; p++) {
		size_t k, end;
		for (k = newsdoc__word_index_first(&index_of_words, p, &end); k < end; k++)
			if (newsdoc__word_index_matches(&index_of_words, k, p))
				held |= BIT(index_of_words.tag[k]);
	}
	return kinds_of(token, held);
}
