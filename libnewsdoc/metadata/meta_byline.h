/*
 * Shared by the byline parser (meta_byline.c) and its word tables
 * (meta_byline_words.c). Private to the metadata module.
 */
#ifndef NEWSDOC_META_BYLINE_H
#define NEWSDOC_META_BYLINE_H

#include <stddef.h>

#include "meta_impl.h"
#include "../text/text_util.h"

/* One word of a byline, in place in its text. */
typedef struct byline_word {
	const char *s;
	size_t len;
} byline_word;

/* Is the word one of the NULL-ended `list` (ASCII letters compared
 * without case)? The shared table test, for a byline word. */
static inline int newsdoc__byline_word_in(const byline_word *w, const char *const *list)
{
	return newsdoc__word_in_table(list, w->s, w->len);
}

/* Is the word `text`? */
static inline int newsdoc__byline_word_is(const byline_word *w, const char *text)
{
	const char *const one[] = { text, NULL };
	return newsdoc__word_in_table(one, w->s, w->len);
}
/* Does the word join two names in `lang` (a language tag; NULL or "" when
 * unknown, then every language's conjunctions count)? */
int newsdoc__byline_is_conjunction(const byline_word *w, const char *lang);
/* Does the language tag `lang` ("es-MX", "pt_BR") have the primary subtag
 * `primary` ("es")? */
int newsdoc__byline_lang_is(const char *lang, const char *primary);

/* Word lists (NULL-ended), all lowercase. */
extern const char *const newsdoc__byline_role_words[];     /* job titles */
/* Is the word (ASCII case aside) one of newsdoc__byline_role_words? */
int newsdoc__byline_is_role_word(const byline_word *w);
extern const char *const newsdoc__byline_stop_words[];     /* the byline is over */
extern const char *const newsdoc__byline_credentials[];    /* degrees, points left out */
extern const char *const newsdoc__byline_credit_labels[];  /* "Foto:", "Quelle:" */
extern const char *const newsdoc__byline_credit_abbreviations[]; /* "Fot." */
extern const char *const newsdoc__byline_articles[];       /* "The", "Die", "Le" */
extern const char *const newsdoc__byline_name_particles[]; /* "von", "de", "al" */
extern const char *const newsdoc__byline_role_joiners[];   /* "of": "Director of X" */
extern const char *const newsdoc__byline_affiliation_markers[]; /* "at": "Editor at X" */

/* An opener written in one case only, in a page language ("" for every
 * language), with how many capitalised words must follow it (0: any). */
typedef struct newsdoc__byline_opener {
	const char *lang;
	const char *word;
	size_t capitals_after;
} newsdoc__byline_opener;
extern const newsdoc__byline_opener newsdoc__byline_cased_openers[]; /* NULL word ends */

/* Tests on s[0, len): a news agency; a placeholder that names nobody; an
 * organisation (agency, domain, publication with an article, a name with
 * an organisation's word). */
int newsdoc__byline_is_agency(const char *s, size_t len);
int newsdoc__byline_is_placeholder(const char *s, size_t len);
int newsdoc__byline_is_org_text(const char *s, size_t len);

/* Bytes of the opening words of a byline ("By ", "Von: ", Italian "Di ")
 * up to its first name; 0 when it has none. */
size_t newsdoc__byline_opener_length(const char *s, size_t len, const char *lang);
/* "capital von Jemima Kelly": bytes up to the name after a prefix word
 * among the first four words; 0 when none (meta_byline_opener.c). */
size_t newsdoc__byline_inner_prefix(const char *s, size_t len);
/* Does the text hold an opening word and no name ("By", "By, Editor")? */
int newsdoc__byline_prefix_alone(const char *s, size_t len);

/* A byline element's text up to this many bytes is read whole; a longer
 * one by the names that begin it (meta_byline_list.c). */
#define NEWSDOC_BYLINE_TEXT_MAX 400
/* The most persons one byline gives (meta_byline.c): a credit listing
 * thousands of names gives its first ones. */
#define NEWSDOC_BYLINE_MAX_PERSONS 32
/* The bytes of a long byline `text` up to the end of its last whole name
 * within the first NEWSDOC_BYLINE_TEXT_MAX bytes, when those read as a
 * list of names (two separators at least); 0 otherwise. */
size_t newsdoc__meta_byline_list_prefix(const char *text, size_t len, const char *lang);

/* The most words a byline segment is read as (meta_byline.c). */
#define NEWSDOC_BYLINE_MAX_WORDS 48
/* The words of s[0, len) split at any space, at most
 * NEWSDOC_BYLINE_MAX_WORDS; their number. */
size_t newsdoc__byline_split_words(byline_word *words, const char *s, size_t len);
/* Does the word start with a capital (any non-ASCII letter counts)? */
int newsdoc__byline_upper_start(const byline_word *w);

/* Role and affiliation (meta_byline_role.c). */
/* Does the word end a title set apart from the name ("Expert")? */
int newsdoc__byline_is_separate_title_head(const byline_word *w);
/* Does a word of the piece make a job title, or its last end one set
 * apart? */
int newsdoc__byline_is_role_piece(const byline_word *w, size_t n);
/* Set the author's role (and the affiliation after it: "Editor at
 * Reuters") from the n words after the name, when not set yet; 0, or -1
 * when memory ran out. */
int newsdoc__byline_role_and_affiliation(meta_author *author, const byline_word *w, size_t n);
/* The space-separated words of s[0, len), at most `max`; their number. */
size_t newsdoc__byline_words(byline_word *words, size_t max, const char *s, size_t len);
/* Does the title word qualify the next ("Head", "Senior")? */
int newsdoc__byline_is_role_modifier(const byline_word *w);
/* Role and affiliation from the bio sentence after a name ("is the
 * paper's Political Editor", "is a reporter for X"), into `found`; 0, or
 * -1 out of memory (meta_byline_bio.c). */
int newsdoc__byline_bio_role(meta_author *found, const char *text, size_t len);
/* "Harbour Times Staff Writers" closing a byline: the title becomes the
 * role (singular) and the organisation the affiliation of the last person
 * of out->items[first..], or of every one when the title is plural; 1
 * when the piece was taken so, 0 when it is no such piece, -1 out of
 * memory (meta_byline_staff.c). */
int newsdoc__byline_staff_title(meta_authors *out, size_t first, const byline_word *w, size_t n);
/* Is the piece one word, an organisation's short name in capitals ("NDR",
 * "ARD-Hauptstadtstudio"), as after a person (meta_byline_acronym.c)? */
int newsdoc__byline_is_org_acronym(const byline_word *w, size_t n);
/* Is every word a title word ("Co-Founder"): a second title of a role? */
int newsdoc__byline_role_continues(const byline_word *w, size_t n);
/* Add ", " and the words to the author's role; 0, or -1 out of memory. */
int newsdoc__byline_role_append(meta_author *author, const byline_word *w, size_t n);

#endif
