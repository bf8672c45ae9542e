/*
 * Links to a forum member's profile page ("/members/name.42/", "/u/name",
 * "memberlist.php?mode=viewprofile&u=7"): on a forum thread that credits
 * nobody in its markup, the first member it links to started the thread.
 * Sign-in, register and account pages share those paths ("/user/login",
 * "/members/register/") and are no members; nor are the links of other
 * sites, nor member links on a page that is no forum.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "../html/dom_attr.h"
#include "../text/text_util.h"

/* Paths (from the start of the address's path) that lead to a member. */
static const char *const member_paths[] = {
	"/members/", "/u/", "/users/", "/user/", "/profile/", NULL
};

/* Forum scripts that show a member, wherever the forum is installed. */
static const char *const member_scripts[] = {
	"member.php?u=", "memberlist.php?mode=viewprofile", NULL
};

/* The first path segment after a member path that names an account page
 * of the visitor, not a member. */
static const char *const account_words[] = {
	"login", "log-in", "log_in", "logon", "signin", "sign-in", "sign_in", "logout", "log-out", "log_out",
	"signout", "sign-out", "sign_out", "register", "registration", "signup", "sign-up", "sign_up", "join",
	"edit", "account", "settings", "preferences", "password", "forgot", "forgot-password", "reset",
	"lost-password", "new", "me", "self", "dashboard", "notifications", "subscriptions", NULL
};

int newsdoc__meta_is_member_href(const char *href, const char *page_host, size_t page_host_len)
{
	const char *path = href, *host, *script;
	size_t host_len, k, segment;

	if (!href || !*href)
		return 0;
	if ((host = newsdoc__url_host(href, &host_len)) != NULL) {
		if (!newsdoc__host_same_site(host, host_len, page_host, page_host_len))
			return 0;
		path = host + strcspn(host, "/?#");
	} else if (strchr(href, ':') && strcspn(href, ":") < strcspn(href, "/?#")) {
		return 0; /* mailto:, javascript: and other schemes */
	}
	for (k = 0; member_scripts[k]; k++) {
		script = strstr(path, member_scripts[k]);
		if (script && (script == path || script[-1] == '/') && script[strlen(member_scripts[k])] != '\0')
			return 1;
	}
	for (k = 0; member_paths[k]; k++) {
		size_t n = strlen(member_paths[k]);
		if (strncasecmp(path, member_paths[k], n))
			continue;
		segment = strcspn(path + n, "/?#.");
		/* "/members/" alone is the list of members */
		return segment && !newsdoc__word_in_table(account_words, path + n, segment);
	}
	return 0;
}

void newsdoc__meta_on_member_link(meta_store *store, const xmlNode *node)
{
	const char *href = newsdoc__attr_text(node, "href");
	char *text;

	if (!newsdoc__meta_is_member_href(href, store->page_host, store->page_host_len))
		return;
	if (store->member_links.count) {
		if (strcmp(href, store->member_href))
			store->member_pages = 2;
		return;
	}
	text = newsdoc__meta_element_text(store, node);
	if (text && *text && strlen(text) < 64) {
		if (!(store->member_href = newsdoc__strdup(href)))
			store->failed = 1;
		else
			newsdoc__meta_strings_push(store, &store->member_links, text, strlen(text));
		store->member_pages = store->member_links.count ? 1 : 0;
	}
	newsdoc__free(text);
}

void newsdoc__meta_note_forum_item(meta_store *store, const xmlNode *node)
{
	const char *type;

	if (!store->forum_markup && (type = newsdoc__attr_text(node, "itemtype")) != NULL &&
	    strstr(type, "DiscussionForumPosting"))
		store->forum_markup = 1;
}
