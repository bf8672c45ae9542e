/*
 * A teaser's credit without the date beside it: "Kathryn Giuffrida | Jan
 * 2, 2025 | 34 comments", "Elizabeth Heubeck, December 17, 2025 •",
 * "Name 27.04.2021". An item's author is the names alone (issue 14); the
 * date and what follows it (a comment count, a reading time) are cut, with
 * the separators before it; so is a part that opens with a digit ("Jane
 * Doe · 3 min read", "Jane Doe 3 hours ago"), and the place the writer
 * filed from after a comma ("Von Ines Zöttl, Washington").
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

/* The length of a separating mark at text[at] ("|", "/", ";" or a mark
 * above), or 0. */
static size_t mark_at(const char *text, size_t len, size_t at)
{
	size_t i, n;

	if (text[at] == '|' || text[at] == '/' || text[at] == ';')
		return 1;
	for (i = 0; i < sizeof(separator_marks) / sizeof(separator_marks[0]); i++) {
		n = strlen(separator_marks[i]);
		if (at + n <= len && !memcmp(text + at, separator_marks[i], n))
			return n;
	}
	return 0;
}

/* How far back from a number the mark before it may be: a word or two
 * ("| Updated 3 hours ago", "· vor 2 Stunden"). */
#define NUMBER_LABEL_MAX 24

/* Where the teaser's meta starts after the names: at the first word that
 * opens with a digit ("Jane Doe 3 hours ago", "Jane Doe · 3 min read"),
 * or at a mark set apart by spaces a word or two before it ("Jane Doe |
 * Updated 3 hours ago"); names have no digits. Its start without the
 * separators before it, or `len`. */
static size_t numbered_part(const char *text, size_t len)
{
	size_t i, cut = 0, from, step, n, end;

	for (i = 1; i < len && !cut; i++)
		if (text[i - 1] == ' ' && text[i] >= '0' && text[i] <= '9')
			cut = i - 1;
	if (!cut)
		return len;
	/* a month's name before its day or year ("Jane Doe September, 2017") */
	for (end = cut; end && (text[end - 1] == ',' || text[end - 1] == '.'); end--)
		;
	for (i = end; i && text[i - 1] != ' '; i--)
		;
	if (i < end && newsdoc__meta_month_of(text + i, end - i))
		cut = i ? i - 1 : 0;
	if (!cut)
		return len;
	from = cut > NUMBER_LABEL_MAX ? cut - NUMBER_LABEL_MAX : 1;
	for (i = cut; i > from; i--)
		if (text[i - 2] == ' ' && (n = mark_at(text, len, i - 1)) != 0 && i - 1 + n < len && text[i - 1 + n] == ' ') {
			cut = i - 1;
			break;
		}
	while (cut && (step = separator_before(text, cut)) != 0)
		cut -= step;
	return cut ? cut : len;
}

/*
 * Where a place after the names starts: ", Washington" at the end, one
 * word that opens with a capital and is not set in capitals (an agency:
 * "Jane Doe, AP"; "dpa" is in lower case), after a name of two words at
 * least ("Rebecca Ratcliffe, Guill Ramos" is two names; so is a list of
 * first names, "Anthony, Maya, and Caroline Ghosn", whose last part has
 * more words). The comma's place, or `len`.
 */
static size_t place_start(const char *text, size_t len)
{
	size_t comma = len, word, i, spaces = 0;
	unsigned char first;

	while (comma && text[comma - 1] != ',')
		comma--;
	if (!comma || comma + 1 >= len || text[comma] != ' ')
		return len;
	word = comma + 1;
	comma--;
	first = (unsigned char)text[word];
	if (!((first >= 'A' && first <= 'Z') || first >= 0xC3) || memchr(text + word, ' ', len - word) ||
		newsdoc__word_all_capitals(text + word, len - word) || newsdoc__word_has_digit(text + word, len - word))
		return len;
	/* the name before it: two words at least */
	for (i = comma; i && text[i - 1] != ','; i--)
		spaces += text[i - 1] == ' ' && i - 1 > 0 && text[i - 2] != ',';
	return spaces >= 1 ? comma : len;
}

static size_t length_before_date(const char *text, size_t len, int *oom)
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

size_t newsdoc__content_credit_length_before_date(const char *text, size_t len, int *oom)
{
	size_t names = length_before_date(text, len, oom);

	while (names && strchr(" ,;|", text[names - 1]))
		names--;
	return names ? place_start(text, names) : len;
}
