/*
 * A teaser's credit without the date beside it: "Kathryn Giuffrida | Jan
 * 2, 2025 | 34 comments", "Elizabeth Heubeck, December 17, 2025 •",
 * "Name 27.04.2021". An item's author is the names alone (issue 14); the
 * date and what follows it (a comment count, a reading time) are cut, with
 * the separators before it.
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

size_t newsdoc__content_credit_length_before_date(const char *text, size_t len, int *oom)
{
	size_t start, end, step;
	char *iso = newsdoc__meta_date_find(text, len, 0, &start, &end, oom);

	if (!iso)
		return len;
	newsdoc__free(iso);
	while (start && (step = separator_before(text, start)) != 0)
		start -= step;
	/* a credit that is only a date, or that opens with one, is left alone */
	return start ? start : len;
}
