/*
 * A teaser's credit without the date beside it: "Kathryn Giuffrida | Jan
 * 2, 2025 | 34 comments", "Elizabeth Heubeck, December 17, 2025 •",
 * "Name 27.04.2021". An item's author is the names alone (issue 14); the
 * date and what follows it (a comment count, a reading time) are cut, with
 * the separators before it; so is a part that opens with a digit after a
 * mark ("Jane Doe · 3 min read").
 */
#include <string.h>

#include "content.h"
#include "../metadata/meta_impl.h"

/* Marks that set a date apart from the name before it, beside spaces and
 * ASCII punctuation: "•", "·", "–", "—". */
static const char *const separator_marks[] = { "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94" };

/* The length of the separator ending at text[end - 1], or 0. */
static size_t separator_before(const char *text, size_t end)
{
	size_t i, n;

	if (strchr(" \t,|-/;", text[end - 1]))
		return 1;
	for (i = 0; i < sizeof(separator_marks) / sizeof(separator_marks[0]); i++) {
		n = strlen(separator_marks[i]);
		if (end >= n && !memcmp(text + end - n, separator_marks[i], n))
			return n;
	}
	return 0;
}

/* The length of a separating mark at text[at] ("|", "-", "/", ";" or a
 * mark above), or 0. */
static size_t mark_at(const char *text, size_t len, size_t at)
{
	size_t i, n;

	if (text[at] && strchr("|-/;", text[at]))
		return 1;
	for (i = 0; i < sizeof(separator_marks) / sizeof(separator_marks[0]); i++) {
		n = strlen(separator_marks[i]);
		if (at + n <= len && !memcmp(text + at, separator_marks[i], n))
			return n;
	}
	return 0;
}

/* Where a part that opens with a digit follows a mark set apart by spaces
 * ("Jane Doe · 3 min read", "Jane Doe | 34 comments", "Jane Doe • 2 hours
 * ago"): names have no digits, so that part is the teaser's meta. The
 * space before the mark, or `len`. */
static size_t numbered_part(const char *text, size_t len)
{
	size_t i, n;

	for (i = 1; i < len; i++)
		if (text[i - 1] == ' ' && (n = mark_at(text, len, i)) != 0 && i + n + 1 < len && text[i + n] == ' ' &&
			text[i + n + 1] >= '0' && text[i + n + 1] <= '9')
			return i - 1;
	return len;
}

size_t newsdoc__content_credit_length_before_date(const char *text, size_t len, int *oom)
{
	size_t start, end, step, numbered = numbered_part(text, len);
	char *iso = newsdoc__meta_date_find(text, len, 0, &start, &end, oom);

	if (!iso)
		return numbered ? numbered : len;
	newsdoc__free(iso);
	while (start && (step = separator_before(text, start)) != 0)
		start -= step;
	/* a credit that is only a date, or that opens with one, is left alone */
	if (!start)
		return len;
	return numbered && numbered < start ? numbered : start;
}
