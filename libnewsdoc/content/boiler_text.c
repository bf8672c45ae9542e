/*
 * Short texts that are page furniture wherever they stand: labels of ads
 * and share bars, sign-up prompts, comment-form notes, copyright lines,
 * bare bylines. Used on HTML blocks and on lines of text input alike. Only
 * short texts are judged: a long paragraph that happens to begin with
 * "Subscribe" is prose.
 */
#include <string.h>
#include <strings.h>

#include "content.h"

/* The whole text, ignoring case and trailing punctuation. */
static const char *const whole_texts[] = {
	"advertisement", "advertising", "advert", "anzeige", "publicité", "publicidad", "pubblicità",
	"share", "share this", "share this article", "share this story", "share this post",
	"share on facebook", "share on twitter", "tweet", "email", "print", "comments", "comment",
	"leave a reply", "leave a comment", "post a comment", "trending", "trending now",
	"related", "read more", "continue reading", "sign up", "subscribe", "skip to content",
	"skip to main content", "loading", "close", "menu", "back to top", "top", "home",
	"newsletter", "most popular", "most read", "popular", "recommended", "log in", "login",
	"register", "search", "sponsored", "sponsored content", "show comments", "view comments",
	"next article", "previous article", "next", "previous", "copy link", "link copied",
	"listen to this article", "play video", "watch", "follow", "follow us", "werbung"
};

/* The beginning of a short text. */
static const char *const prefixes[] = {
	"sign up for", "sign-up for", "sign up to", "subscribe to", "subscribe for",
	"your email address will not be published", "copyright", "\xC2\xA9", "(c) ",
	"all rights reserved", "follow us", "click here", "read more:", "read also", "related:",
	"see also:", "also read:", "advertisement", "we use cookies", "this site uses cookies",
	"this website uses cookies", "by continuing to use", "already a subscriber",
	"already have an account", "download our app", "get the latest", "listen to this article",
	"share this", "share on", "updated:", "published:", "last updated", "posted in",
	"filed under", "tags:", "topics:", "more from", "don't miss", "most read",
	"support our journalism", "become a member", "thanks for reading", "thank you for reading",
	"you must be logged in", "log in to", "to continue reading", "enter your email",
	"join the conversation", "comments are closed", "report an error", "photo:", "image:",
	"video:", "watch:", "click to share", "sign in", "create an account", "reading time",
	"tempo de leitura", "temps de lecture", "lesezeit", "tiempo de lectura", "estimated reading",
	"if you enjoyed this article", "have a tip?", "follow @"
};

/* Anywhere inside a short text. */
static const char *const fragments[] = {
	"all rights reserved", "required fields are marked", "weekly newsletter",
	"daily newsletter", "our newsletter", "the newsletter", "in your inbox",
	"javascript is disabled", "enable javascript", "your browser does not support", "requires javascript", "click here", "min read",
	"minute read", "minutes read"
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int contains(const char *text, size_t len, const char *needle)
{
	return memmem(text, len, needle, strlen(needle)) != NULL;
}

/* "By Jane Doe", "By Jane Doe and John Roe, Reuters": few words, no verb
 * punctuation. */
static int is_bare_byline(const char *text, size_t len)
{
	size_t words = 1, i;

	if (len < 4 || len > 90 || strncasecmp(text, "by ", 3))
		return 0;
	for (i = 0; i < len; i++) {
		if (text[i] == ' ')
			words++;
		if (text[i] == '.' && i + 1 < len && text[i + 1] == ' ' && i >= 2 && text[i - 2] != ' ')
			return 0; /* a sentence ends inside: prose */
	}
	return words <= 12;
}

int newsdoc__content_is_boiler_text(const char *text, size_t len)
{
	/* Compared in ASCII lowercase, as strncasecmp would, but folded once:
	 * this runs for every short block of every page. */
	char low[201];
	size_t i, core = len;

	while (core && (text[core - 1] == ':' || text[core - 1] == '.' || text[core - 1] == ' ' ||
		text[core - 1] == '!' || text[core - 1] == '>' || text[core - 1] == '|'))
		core--;
	if (core == 0)
		return len > 0;
	if (len > 200)
		return 0;
	for (i = 0; i < len; i++)
		low[i] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
	low[len] = '\0';
	/* (the first byte rules out most entries before their length is taken) */
	for (i = 0; i < COUNT(whole_texts); i++)
		if (whole_texts[i][0] == low[0] && strlen(whole_texts[i]) == core && !memcmp(low, whole_texts[i], core))
			return 1;
	if (is_bare_byline(text, len))
		return 1;
	for (i = 0; i < COUNT(prefixes); i++)
		if ((prefixes[i][0] == low[0] || !prefixes[i][0]) && !strncmp(low, prefixes[i], strlen(prefixes[i])))
			return len <= 160;
	if (len <= 140)
		for (i = 0; i < COUNT(fragments); i++)
			if (contains(low, len, fragments[i]))
				return 1;
	/* An invitation to follow the author or the site elsewhere. */
	if (contains(low, len, "follow") && (contains(low, len, "twitter") ||
		contains(low, len, "facebook") || contains(low, len, "instagram")))
		return 1;
	/* A sign-up prompt: asks to subscribe and names what you get. */
	if ((contains(low, len, "sign up") || contains(low, len, "subscribe")) &&
		(contains(low, len, "newsletter") || contains(low, len, "inbox")))
		return 1;
	return 0;
}
