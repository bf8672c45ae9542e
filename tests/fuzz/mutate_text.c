/*
 * Structure-aware mutations of plain text (mutate.h): a line or a run of
 * lines repeated N times, a word repeated, a stretch of a line wrapped in N
 * levels of quotation marks or brackets, a separator repeated (blank lines,
 * " | ", ", and ", "By ", rules of dashes).
 */
#include "mutate.h"

#include <string.h>

static int is_space(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static size_t line_start(const mut_buf *buf, size_t at)
{
	while (at > 0 && buf->data[at - 1] != '\n')
		at--;
	return at;
}

static size_t line_end(const mut_buf *buf, size_t at)
{
	const uint8_t *nl = memchr(buf->data + at, '\n', buf->size - at);

	return nl ? (size_t)(nl - buf->data) + 1 : buf->size;
}

/* One to four whole lines from a random place, N more times. */
static int repeat_lines(mut_buf *buf, mut_rng *rng)
{
	size_t start = line_start(buf, mut_below(rng, buf->size));
	size_t end = start, lines = 1 + mut_below(rng, 4), k;

	for (k = 0; k < lines && end < buf->size; k++)
		end = line_end(buf, end);
	if (end == start)
		return 0;
	if (buf->data[end - 1] != '\n') {
		/* the last line has no newline: give the copies one */
		if (!mut_insert(buf, end, (const uint8_t *)"\n", 1, 1))
			return 0;
		end++;
	}
	return mut_repeat(buf, start, end - start, mut_copies(rng, buf, end - start));
}

/* The word at a random place, with the space before it, N more times. */
static int repeat_word(mut_buf *buf, mut_rng *rng)
{
	size_t at = mut_below(rng, buf->size), start, end;

	while (at < buf->size && is_space(buf->data[at]))
		at++;
	if (at >= buf->size)
		return 0;
	start = at;
	while (start > 0 && !is_space(buf->data[start - 1]))
		start--;
	end = at;
	while (end < buf->size && !is_space(buf->data[end]))
		end++;
	if (start > 0 && buf->data[start - 1] == ' ')
		start--;
	return mut_repeat(buf, start, end - start, mut_copies(rng, buf, end - start));
}

static const char *const quote_pairs[][2] = {
	{ "\"", "\"" }, { "\xE2\x80\x9C", "\xE2\x80\x9D" }, { "\xE2\x80\x98", "\xE2\x80\x99" },
	{ "\xC2\xAB", "\xC2\xBB" }, { "\xE2\x80\x9E", "\xE2\x80\x9C" }, { "'", "'" }, { "(", ")" },
	{ "\xE3\x80\x8C", "\xE3\x80\x8D" }
};

/* A stretch of one line inside N levels of quotation marks. */
static int nest_quotes(mut_buf *buf, mut_rng *rng)
{
	size_t at = mut_below(rng, buf->size);
	size_t start = line_start(buf, at), end = line_end(buf, at), from, to, copies;
	const char *const *pair = quote_pairs[mut_below(rng, sizeof(quote_pairs) / sizeof(quote_pairs[0]))];
	size_t open_len = strlen(pair[0]), close_len = strlen(pair[1]);

	if (end > start && buf->data[end - 1] == '\n')
		end--;
	from = start + mut_below(rng, end - start + 1);
	to = from + mut_below(rng, end - from + 1);
	copies = mut_copies(rng, buf, open_len + close_len);
	if (copies == 0)
		return 0;
	/* the closing marks first, so `from` stays where it is */
	if (!mut_insert(buf, to, (const uint8_t *)pair[1], close_len, copies))
		return 0;
	return mut_insert(buf, from, (const uint8_t *)pair[0], open_len, copies);
}

static const char *const text_separators[] = {
	"\n\n", "\n", " | ", " - ", " \xE2\x80\x94 ", ", ", " and ", "By ", "* ", "> ", "----", "====",
	": ", " \xC2\xB7 ", "...", " ", NULL
};

int mutate_text(mut_buf *buf, mut_rng *rng)
{
	if (buf->size == 0)
		return mut_separator(buf, rng, text_separators);
	switch (mut_below(rng, 4)) {
	case 0:
		return repeat_lines(buf, rng);
	case 1:
		return repeat_word(buf, rng);
	case 2:
		return nest_quotes(buf, rng);
	default:
		return mut_separator(buf, rng, text_separators);
	}
}
