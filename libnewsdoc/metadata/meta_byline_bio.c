/*
 * An author's role and affiliation from the sentence of a bio that
 * follows her name: "Jane Doe is the paper's Political Editor", "Matt
 * Check is the Head Winemaker and Co-Founder of Cellar Beast Winehouse",
 * "Anna Nowak jest dziennikarką Gazety", "Jean Dupont est journaliste
 * chez X". The card walk (meta_byline_card.c) finds the name and hands
 * over the text after it; the words are data here and in
 * meta_byline_words.c.
 */
#include <string.h>

#include "meta_byline.h"

#define MAX_BIO_WORDS 14
/* The first title word stands within this many words of the role. */
#define BIO_TITLE_WITHIN 4
/* Words before the possessive ("the paper's", "Ars Technica's"). */
#define MAX_POSSESSOR_WORDS 3

/* "Jane Doe is ...": the verb, per language. */
static const char *const copulas[] = {
	"is",                     /* en */
	"ist",                    /* de */
	"est",                    /* fr */
	"es",                     /* es */
	"\xC3\xA8" /* è */,       /* it */
	"\xC3\xA9" /* é */,       /* pt */
	"jest",                   /* pl */
	NULL
};

/* Articles before the role ("is the Political Editor", "ist eine
 * Redakteurin", "est un journaliste"), per language. */
static const char *const bio_articles[] = {
	"a", "an", "the",                 /* en */
	"ein", "eine", "der", "die",      /* de */
	"un", "une", "le", "la",          /* fr */
	"una", "el",                      /* es (un, la above) */
	"uno", "il", "lo",                /* it */
	"um", "uma", "o",                 /* pt */
	NULL
};

/* Words that end the role's clause when no title word follows them:
 * "reporter for BuzzFeed News and is based in Sydney". */
static const char *const clause_ends[] = {
	"and", "who", "based", "where", "with",      /* en */
	"und", "seit",                               /* de: a relative clause follows a comma */
	"et", "qui", "depuis",                       /* fr */
	"y", "que", "desde",                         /* es */
	"e", "che", "dal", "dove",                   /* it */
	"que", "onde",                               /* pt */
	"i", "kt\xC3\xB3ry", "kt\xC3\xB3ra", "od",   /* pl: i, który, która, od */
	NULL
};

/* "of", "de", "di": the organisation when the clause goes on with its
 * name ("Co-Founder of Cellar Beast Winehouse", "of the Harbour Times"),
 * the title's own words otherwise ("Director of Communications"). */
static const char *const of_words[] = {
	"of", "von", "de", "du", "des", "di", "del", "della", "do", "da", NULL
};

static int word_is_capitalised(const byline_word *w)
{
	unsigned char c = (unsigned char)w->s[0];
	return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

/* Does the word close a clause (a comma or a full stop after it)? Its
 * length loses the sign. */
static int closes_clause(byline_word *w)
{
	if (w->len > 1 && strchr(",.;:", w->s[w->len - 1])) {
		w->len--;
		return 1;
	}
	return 0;
}

/* Bytes of the possessive ending of a word ("paper's", "Times'", with a
 * typographic apostrophe too), 0 when it has none. */
static size_t possessive(const byline_word *w)
{
	if (w->len > 2 && !memcmp(w->s + w->len - 2, "'s", 2))
		return 2;
	if (w->len > 4 && !memcmp(w->s + w->len - 4, "\xE2\x80\x99s", 4))
		return 4;
	if (w->len > 2 && !memcmp(w->s + w->len - 2, "s'", 2))
		return 1;
	if (w->len > 4 && !memcmp(w->s + w->len - 4, "s\xE2\x80\x99", 4))
		return 3;
	return 0;
}

static int set_span(char **slot, const byline_word *from, const byline_word *to)
{
	return newsdoc__meta_author_set(slot, from->s, (size_t)(to->s + to->len - from->s));
}

/* The organisation's name from `from` to `to`: a lower-case article of
 * the sentence before it ("for the Harbour Times") is no part of it. */
static int set_organisation(char **slot, const byline_word *from, const byline_word *to)
{
	if (from < to && newsdoc__byline_word_in(from, bio_articles) && from->s[0] >= 'a' && from->s[0] <= 'z' &&
	    word_is_capitalised(from + 1))
		from++;
	return set_span(slot, from, to);
}

int newsdoc__byline_bio_role(meta_author *found, const char *text, size_t len)
{
	byline_word words[MAX_BIO_WORDS];
	size_t n = 0, i = 0, start, last_role = 0, k, capitals, ending;
	byline_word owner = { NULL, 0 };
	int titled = 0;

	/* The words of the sentence, up to the end of its first clause. */
	n = newsdoc__byline_words(words, MAX_BIO_WORDS, text, len);
	for (i = 0; i < n; i++)
		if (closes_clause(&words[i])) {
			n = i + 1;
			break;
		}
	if (n < 2 || !newsdoc__byline_word_in(&words[0], copulas))
		return 0;
	start = 1;
	if (start < n && newsdoc__byline_word_in(&words[start], bio_articles))
		start++;
	/* "the paper's Political Editor": the possessor goes; a named one
	 * ("Ars Technica's", "the Harbour Times'") is where she works. */
	for (k = start; k < n && k < start + MAX_POSSESSOR_WORDS; k++)
		if ((ending = possessive(&words[k])) != 0) {
			for (i = start; i <= k && word_is_capitalised(&words[i]); i++)
				;
			if (i > k && !owner.s) {
				owner.s = words[start].s;
				owner.len = (size_t)(words[k].s + words[k].len - ending - owner.s);
			}
			start = k + 1;
			break;
		}
	for (k = start; k < n; k++) {
		if (newsdoc__byline_is_role_word(&words[k])) {
			if (k >= start + BIO_TITLE_WITHIN && !titled)
				break;
			titled = 1;
			last_role = k;
			continue;
		}
		if (!titled)
			continue;
		/* "Head Winemaker and Co-Founder": a second title goes on. */
		if (newsdoc__byline_word_in(&words[k], clause_ends) &&
		    !(k + 1 < n && newsdoc__byline_is_role_word(&words[k + 1])))
			break;
		if (newsdoc__byline_word_in(&words[k], newsdoc__byline_affiliation_markers) ||
		    newsdoc__byline_word_in(&words[k], of_words))
			break;
	}
	if (!titled)
		return 0;
	if (owner.s && newsdoc__meta_author_set(&found->affiliation, owner.s, owner.len) != 0)
		return -1;
	/* "Head Winemaker": a qualifying word takes the next into the title
	 * (the byline's rule, meta_byline_role.c). */
	for (k = 0; k < 2 && last_role + 1 < n && newsdoc__byline_is_role_modifier(&words[last_role]) &&
	     !newsdoc__byline_word_in(&words[last_role + 1], newsdoc__byline_affiliation_markers) &&
	     !newsdoc__byline_word_in(&words[last_role + 1], of_words) &&
	     !newsdoc__byline_word_in(&words[last_role + 1], clause_ends); k++)
		last_role++;
	k = last_role + 1;
	/* The organisation's name ends with the clause: "for BuzzFeed News
	 * and is based in Sydney". */
	for (i = k + 1; i < n && !newsdoc__byline_word_in(&words[i], clause_ends); i++)
		;
	n = i;
	if (k + 1 < n && newsdoc__byline_word_in(&words[k], newsdoc__byline_affiliation_markers)) {
		if (set_span(&found->role, &words[start], &words[last_role]) != 0)
			return -1;
		return found->affiliation ? 0 : set_organisation(&found->affiliation, &words[k + 1], &words[n - 1]);
	}
	if (k + 1 < n && newsdoc__byline_word_in(&words[k], of_words)) {
		/* "of the Harbour Times", or two capitalised words and no more;
		 * else the title runs on ("Director of Communications"). */
		for (i = k + 1, capitals = 0; i < n && word_is_capitalised(&words[i]); i++)
			capitals++;
		if (!newsdoc__byline_word_in(&words[k + 1], bio_articles) && (capitals < 2 || i < n))
			return set_span(&found->role, &words[start], &words[n - 1]);
		if (set_span(&found->role, &words[start], &words[last_role]) != 0)
			return -1;
		return found->affiliation ? 0 : set_organisation(&found->affiliation, &words[k + 1], &words[n - 1]);
	}
	return set_span(&found->role, &words[start], &words[last_role]);
}
