/*
 * Plain-text input: a page rendered as text (what a browser's "save as
 * text" or a reader view gives). The layout carries the structure:
 *   - the first line is the title;
 *   - a header of short lines under it holds the byline (people with role
 *     and affiliation, split by the metadata byline splitter), the date and
 *     the comment count ("0Comments", "12 comments");
 *   - runs of lines between blank lines are paragraphs;
 *   - the article ends where page furniture begins (the comment form,
 *     "Related", "Trending", newsletter prompts); a "Related" heading is
 *     followed by items written as author / title / summary lines.
 * Furniture is recognised by a short list of phrases (content/boiler_text.c),
 * never by anything specific to one site.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../content/content.h"
#include "../metadata/metadata.h"
#include "../metadata/meta_author_kind.h"
#include "text_lines.h"
#include "../util/work.h"

/*
 * The header under the title is a byline block: the byline (one line per
 * author at most), dates, a reading time, the comment count, labels of a
 * share bar; the fixtures have two to four lines, a busy page a dozen. A
 * longer run of short lines is content rendered as text (a list, a table,
 * verse), never furniture to drop, so it is not read as a header. The
 * bound also keeps the header's pairwise search for repeated lines to a
 * constant: a group of 100,000 short lines once took minutes.
 */
#define MAX_HEADER_LINES 16

/* The title and a header under it, parsed before the body. */
static int set_title(newsdoc_document *doc, const text_group *group)
{
	const text_line *line = &group->lines[0];
	int error = newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, line->text);

	return error ? error : newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_TITLE, "text");
}

/* "0Comments", "12 comments", "Comments (3)", "Comments: 3". */
static long comment_count(const char *s, size_t len)
{
	size_t i = 0;
	long count = -1;

	if (len > 30)
		return -1;
	if (len && isdigit((unsigned char)s[0])) {
		count = strtol(s, NULL, 10);
		while (i < len && isdigit((unsigned char)s[i]))
			i++;
		while (i < len && s[i] == ' ')
			i++;
		if (len - i >= 7 && !strncasecmp(s + i, "comment", 7) &&
			(len - i == 7 || ((len - i == 8) && (s[i + 7] == 's' || s[i + 7] == 'S'))))
			return count;
		return -1;
	}
	if (len > 8 && !strncasecmp(s, "comments", 8)) {
		for (i = 8; i < len && (s[i] == ' ' || s[i] == ':' || s[i] == '('); i++)
			;
		if (i < len && isdigit((unsigned char)s[i])) {
			count = strtol(s + i, NULL, 10);
			while (i < len && isdigit((unsigned char)s[i]))
				i++;
			if (i == len || (s[i] == ')' && i + 1 == len))
				return count;
		}
	}
	return -1;
}

/* A line that reads as a date ("May 21, 2025", "2025-05-21", "Updated ..."). */
static int is_date_line(const char *s, size_t len)
{
	static const char *const months[] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
	};
	size_t digits = 0, i;
	int month = 0;

	if (len > 60)
		return 0;
	for (i = 0; i < len; i++)
		if (isdigit((unsigned char)s[i]))
			digits++;
	for (i = 0; i < 12 && !month; i++)
		month = newsdoc__text_contains_word_prefix(s, len, months[i]);
	return digits >= 4 && (month || newsdoc__text_contains(s, len, "-") || newsdoc__text_contains(s, len, "/"));
}

/* Lines equal up to punctuation ("A B - C" and "A B C"). */
static int same_words(const text_line *a, const text_line *b)
{
	size_t i = 0, j = 0;

	for (;;) {
		while (i < a->len && !isalnum((unsigned char)a->text[i]) && !((unsigned char)a->text[i] & 0x80))
			i++;
		while (j < b->len && !isalnum((unsigned char)b->text[j]) && !((unsigned char)b->text[j] & 0x80))
			j++;
		if (i >= a->len || j >= b->len)
			return i >= a->len && j >= b->len;
		if (tolower((unsigned char)a->text[i]) != tolower((unsigned char)b->text[j]))
			return 0;
		i++;
		j++;
	}
}

/*
 * The header group under the title: at most MAX_HEADER_LINES lines, all
 * short. Its byline gives the authors (the most explicit spelling of it:
 * the one with separators); a comment count or a date makes the group page
 * furniture, dropped from the body. Returns 1 when the group was consumed.
 */
static int parse_header(newsdoc_document *doc, const text_group *group, int *error)
{
	const text_line *byline = NULL;
	int furniture = 0;
	size_t authors_before = newsdoc_document_author_count(doc);
	size_t i, k;
	int exported;

	*error = 0;
	if (group->count > MAX_HEADER_LINES)
		return 0;
	/* The exporter's own header is read whatever its byline's length. */
	exported = newsdoc__text_header_is_export_group(group);
	for (i = exported ? 1 : 0; i < group->count; i++)
		if (!newsdoc__text_line_is_short(&group->lines[i]))
			return 0;
	for (i = 0; i < group->count && !*error; i++) {
		const text_line *line = &group->lines[i];
		long count = comment_count(line->text, line->len);
		if (count >= 0) {
			furniture = 1;
			if (newsdoc_document_comment_count(doc) < 0 &&
				!(*error = newsdoc_document_set_comment_count(doc, count)))
				*error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_COMMENTS, "text");
			continue;
		}
		if (newsdoc__text_header_date(doc, line, error) || *error ||
			is_date_line(line->text, line->len)) {
			furniture = 1;
			continue;
		}
		for (k = 0; k < i; k++)
			if (same_words(line, &group->lines[k]))
				furniture = 1;
		/* Prefer the spelling with separators: it says where the role ends. */
		if (!byline || newsdoc__text_separator_count(line) > newsdoc__text_separator_count(byline))
			byline = line;
	}
	/* A lone short line under the title may be a dek or a sentence lead-in;
	 * it is a byline only when it says so ("By ...") or sits with the
	 * page's furniture (comment count, date, a repeated line). */
	if (byline && !furniture && strncasecmp(byline->text, "by ", 3))
		byline = NULL;
	/* With its ISO date lines the group is surely the exporter's, whose
	 * byline separates people by ", " and " and " only; alone, the line is
	 * left to the byline splitter first ("By Jane Roe, Senior Reporter"). */
	if (!*error && exported && group->count > 1 && !newsdoc_document_author_count(doc))
		newsdoc__text_header_names(doc, &group->lines[0], error);
	if (!*error && byline && !newsdoc__text_header_byline(doc, byline, error) && !*error &&
		!newsdoc_document_author_count(doc))
		*error = newsdoc__byline_add_authors(doc, byline->text, byline->len, "text");
	if (!*error && exported && newsdoc_document_author_count(doc) == authors_before)
		newsdoc__text_header_names(doc, &group->lines[0], error);
	/* A lone "By ..." line that named the authors is the byline, not the
	 * body's first paragraph (the text exporter writes it so). */
	if (!furniture && group->count == 1 && byline && newsdoc_document_author_count(doc) > authors_before)
		furniture = 1;
	return furniture;
}

static int add_paragraph(newsdoc_document *doc, const text_group *group)
{
	newsdoc__sb text = NEWSDOC__SB_INIT;
	int pending = 0, error = 0;
	size_t i;

	for (i = 0; i < group->count && !error; i++) {
		error = newsdoc__append_folded(&text, group->lines[i].text, group->lines[i].len, &pending);
		pending = 1;
	}
	newsdoc__sb_trim(&text);
	if (!error && text.len)
		error = newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, text.ptr, text.len);
	newsdoc__sb_free(&text);
	return error;
}

int newsdoc__parse_text(newsdoc_document *doc, const char *data, size_t len,
	const newsdoc_parse_options *opts)
{
	text_groups groups;
	size_t i = 0, related_limit = opts->max_related ? opts->max_related : 100;
	int error, in_article = 1, titled;

	if ((error = newsdoc__text_split_groups(&groups, data, len, opts->charset)) != 0)
		return error;
	if (!groups.count) {
		newsdoc__text_groups_free(&groups);
		return newsdoc__error_set(NEWSDOC_EEMPTY, "the text input has no visible text");
	}
	/* A text that starts with its first paragraph has no title line: the
	 * paragraph (and its quotations) stays in the body, and no header
	 * under a title is looked for. */
	titled = !newsdoc__text_line_reads_as_body(&groups.items[0].lines[0]);
	if (titled)
		error = set_title(doc, &groups.items[0]);
	/* A group whose first line is the title: the rest of it is its own group. */
	if (titled && groups.items[0].count > 1) {
		groups.items[0].lines++;
		groups.items[0].count--;
	} else if (titled) {
		i = 1;
	}
	if (!error && titled && i < groups.count) {
		int consumed = parse_header(doc, &groups.items[i], &error);
		if (consumed)
			i++;
	}
	for (; i < groups.count && !error && !newsdoc__work_exceeded(); i++) {
		const text_group *group = &groups.items[i];
		const text_line *first = &group->lines[0];
		if (group->count == 1 && newsdoc__text_ends_article(first)) {
			in_article = 0;
			if (newsdoc__content_is_related_heading(first->text, first->len))
				error = newsdoc__text_related_items(doc, &groups, &i, related_limit);
			continue;
		}
		if (!in_article)
			continue;
		if (group->count == 1 && comment_count(first->text, first->len) >= 0)
			continue;
		if (group->count == 1 && newsdoc__content_is_boiler_text(first->text, first->len) &&
			strncasecmp(first->text, "by ", 3))
			continue;
		error = add_paragraph(doc, group);
	}
	if (!error && newsdoc_document_block_count(doc))
		error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_BODY, "text");
	if (!error && newsdoc_document_related_count(doc))
		error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_RELATED, "text");
	/* A text has no markup to type its authors: the names alone tell. */
	if (!error)
		error = newsdoc__author_kinds(doc, NULL, NULL);
	newsdoc__text_groups_free(&groups);
	return error;
}
