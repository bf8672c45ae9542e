/*
 * Plain-text input as lines and blank-line separated groups, with the
 * small tests the text parser asks of a line.
 */
#ifndef NEWSDOC_TEXT_LINES_H
#define NEWSDOC_TEXT_LINES_H

#include "text_util.h"

typedef struct text_line {
	const char *text; /* trimmed, NUL-terminated, valid UTF-8 */
	size_t len;
} text_line;

typedef struct text_group {
	text_line *lines;
	size_t count;
} text_group;

typedef struct text_groups {
	text_group *items;
	size_t count;
	text_line *lines;  /* storage of every group's lines */
	char *buffer;      /* storage of every line's text */
} text_groups;

/* Split `len` bytes into groups of non-blank lines. The text is UTF-8
 * unless a byte order mark, `charset_hint` (may be NULL) or the zero bytes
 * of UTF-16 or UTF-32 say otherwise; invalid UTF-8 becomes U+FFFD, and a
 * NUL a space ("a\0b" is two words, not "ab"). */
int newsdoc__text_split_groups(text_groups *out, const char *data, size_t len, const char *charset_hint);
void newsdoc__text_groups_free(text_groups *groups);

/* A header-like line: at most 120 bytes, not ending a sentence. */
int newsdoc__text_line_is_short(const text_line *line);
/* A long line with sentence punctuation: a paragraph of body text, never
 * a title (a text input that starts without its title line). */
int newsdoc__text_line_reads_as_body(const text_line *line);
/* The line ends with ".", "!", "?" or "…" (a closing quote may follow). */
int newsdoc__text_line_ends_sentence(const text_line *line);
/* Separators that split a byline into name, role, affiliation. */
size_t newsdoc__text_separator_count(const text_line *line);
int newsdoc__text_contains(const char *s, size_t len, const char *needle);
/* `word` (lowercase) starts a word of s, case-insensitively. */
int newsdoc__text_contains_word_prefix(const char *s, size_t len, const char *word);

/* A line after which the page around the article begins ("Leave a
 * Reply", "Trending", a "Related" heading ...). */
int newsdoc__text_ends_article(const text_line *line);

/* Items after a "Related" heading at groups->items[*index]: author /
 * title / summary lines. Leaves *index on the last group consumed. */
int newsdoc__text_related_items(newsdoc_document *doc, const text_groups *groups, size_t *index, size_t limit);

/* The header lines the text exporter writes (text_header.c). Each returns
 * 1 when `line` has that form (and sets what it says on `doc` unless
 * already known), else 0; *error is 0 or a NEWSDOC_E* status.
 *   "By Name (Role, Affiliation), Name (at Affiliation) and Name"
 *   "Published: <date>", "Updated: <date>" (labels of any table language) */
int newsdoc__text_header_byline(newsdoc_document *doc, const text_line *line, int *error);
/* With `doc` NULL only checks the form. */
int newsdoc__text_header_date(newsdoc_document *doc, const text_line *line, int *error);

/* The group under the title is the header the exporter writes: a "By"
 * line of at most 2 KB whose names (split at ", " and " and ") are a few
 * words each, then only its "Published:"/"Updated:" lines. Such a line is
 * the byline however long it is; alone it may end in an initial
 * ("By Ron B.") but not otherwise end a sentence. */
int newsdoc__text_header_is_export_group(const text_group *group);
/* Every name of an exporter-form "By" line as one author, as written
 * ("marla pennick", "Ask4TheOwl"): for when the byline splitter,
 * which wants names spelled as names, found nobody. Same returns as
 * newsdoc__text_header_byline. */
int newsdoc__text_header_names(newsdoc_document *doc, const text_line *line, int *error);

#endif
