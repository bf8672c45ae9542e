/*
 * Lines and groups of plain-text input, and the related items written as
 * lines under a "Related" heading.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "../content/content.h"
#include "../util/work.h"
#include "text_lines.h"

static int is_blank_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* The text in UTF-8, valid and without NULs, ending in a line break. */
static int clean_text(newsdoc__sb *clean, const char *data, size_t len, const char *charset_hint)
{
	char charset_name[64], *utf8 = NULL;
	const char *charset;
	size_t bom_len, utf8_len = 0;
	int error;

	charset = newsdoc__content_text_charset(data, len, charset_hint, &bom_len, charset_name, sizeof(charset_name));
	if ((error = newsdoc__to_utf8(data + bom_len, len - bom_len, charset, &utf8, &utf8_len)) != 0)
		return error;
	if (utf8) {
		data = utf8;
		len = utf8_len;
	} else {
		data += bom_len;
		len -= bom_len;
	}
	if ((error = newsdoc__utf8_sanitize(clean, data, len)) == 0)
		error = newsdoc__sb_putc(clean, '\n');
	newsdoc__free(utf8);
	return error;
}

int newsdoc__text_split_groups(text_groups *out, const char *data, size_t len, const char *charset_hint)
{
	newsdoc__sb clean = NEWSDOC__SB_INIT;
	size_t lines = 1, pos, i, group_start = 0;
	char *p;
	int error;

	memset(out, 0, sizeof(*out));
	if ((error = clean_text(&clean, data, len, charset_hint)) != 0) {
		newsdoc__sb_free(&clean);
		return error;
	}
	for (i = 0; i < clean.len; i++)
		if (clean.ptr[i] == '\n')
			lines++;
	/* A step a line: the text parser's passes look at each line a
	 * bounded number of times. */
	newsdoc__work_charge(lines);
	out->buffer = clean.ptr;
	out->lines = newsdoc__calloc(lines, sizeof(text_line));
	out->items = newsdoc__calloc(lines, sizeof(text_group));
	if (!out->lines || !out->items) {
		newsdoc__text_groups_free(out);
		return newsdoc__error_oom();
	}
	lines = 0;
	for (pos = 0, p = clean.ptr; pos < clean.len;) {
		char *nl = memchr(p + pos, '\n', clean.len - pos);
		size_t start = pos, end = (size_t)(nl - p);
		pos = end + 1;
		*nl = '\0';
		while (start < end && is_blank_byte((unsigned char)p[start]))
			start++;
		/* U+00A0 at either end is white space too. */
		while (start + 1 < end && (unsigned char)p[start] == 0xC2 && (unsigned char)p[start + 1] == 0xA0)
			start += 2;
		while (end > start && is_blank_byte((unsigned char)p[end - 1]))
			end--;
		p[end] = '\0';
		if (end == start) {
			if (lines > group_start) {
				out->items[out->count].lines = out->lines + group_start;
				out->items[out->count++].count = lines - group_start;
			}
			group_start = lines;
			continue;
		}
		out->lines[lines].text = p + start;
		out->lines[lines++].len = end - start;
	}
	if (lines > group_start) {
		out->items[out->count].lines = out->lines + group_start;
		out->items[out->count++].count = lines - group_start;
	}
	return 0;
}

void newsdoc__text_groups_free(text_groups *groups)
{
	newsdoc__free(groups->items);
	newsdoc__free(groups->lines);
	newsdoc__free(groups->buffer);
	memset(groups, 0, sizeof(*groups));
}

int newsdoc__text_line_ends_sentence(const text_line *line)
{
	const unsigned char *t = (const unsigned char *)line->text;
	size_t n = line->len;

	if (!n)
		return 0;
	if (t[n - 1] == '.' || t[n - 1] == '!' || t[n - 1] == '?')
		return 1;
	/* "…" and a closing quote after the stop */
	if (n >= 3 && t[n - 3] == 0xE2 && t[n - 2] == 0x80 && (t[n - 1] == 0xA6 || t[n - 1] == 0x9D))
		return t[n - 1] == 0xA6 || (n >= 4 && (t[n - 4] == '.' || t[n - 4] == '!' || t[n - 4] == '?'));
	return t[n - 1] == '"' && n >= 2 && (t[n - 2] == '.' || t[n - 2] == '!' || t[n - 2] == '?');
}

int newsdoc__text_line_is_short(const text_line *line)
{
	return line->len <= 120 && !newsdoc__text_line_ends_sentence(line);
}

/* Well past the longest headline of the benchmarks' text inputs (16
 * words, 116 bytes): a line this long is a title only when it has no
 * sentence punctuation. */
#define BODY_LINE_MIN_WORDS 24

int newsdoc__text_line_reads_as_body(const text_line *line)
{
	const unsigned char *t = (const unsigned char *)line->text;
	size_t words = 0, i;
	int sentence_break = 0;

	for (i = 0; i < line->len; i++) {
		if (t[i] != ' ' && (i == 0 || t[i - 1] == ' '))
			words++;
		/* ". Der", ". „Wir": a stop, a space and a capital or an
		 * opening mark (any byte of a multi-byte letter or mark) */
		if (i + 2 < line->len && (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ' &&
			(isupper(t[i + 2]) || t[i + 2] == '"' || t[i + 2] >= 0xC0))
			sentence_break = 1;
	}
	return words >= BODY_LINE_MIN_WORDS && (sentence_break || newsdoc__text_line_ends_sentence(line));
}

size_t newsdoc__text_separator_count(const text_line *line)
{
	static const char *const separators[] = { " - ", " | ", ", ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " / " };
	size_t count = 0, i;

	for (i = 0; i < sizeof(separators) / sizeof(separators[0]); i++)
		count += (size_t)newsdoc__text_contains(line->text, line->len, separators[i]);
	return count;
}

int newsdoc__text_contains(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; i + n <= len; i++)
		if (!strncasecmp(s + i, needle, n))
			return 1;
	return 0;
}

int newsdoc__text_contains_word_prefix(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word), i;

	for (i = 0; i + n <= len; i++)
		if ((i == 0 || !isalpha((unsigned char)s[i - 1])) && !strncasecmp(s + i, word, n))
			return 1;
	return 0;
}

int newsdoc__text_ends_article(const text_line *line)
{
	static const char *const markers[] = {
		"leave a reply", "leave a comment", "post a comment", "comments", "trending",
		"trending now", "most popular", "most read", "popular", "newsletter", "recommended",
		"you may also like", "you might also like", "more stories", "latest news", "share this"
	};
	size_t i, len = line->len;

	while (len && (line->text[len - 1] == ':' || line->text[len - 1] == ' '))
		len--;
	for (i = 0; i < sizeof(markers) / sizeof(markers[0]); i++)
		if (strlen(markers[i]) == len && !strncasecmp(line->text, markers[i], len))
			return 1;
	return newsdoc__content_is_related_heading(line->text, line->len);
}

/*
 * A person's name as a related item shows it: two to five capitalised
 * words (initials and particles allowed), no digits, no sentence.
 */
static int looks_like_name(const text_line *line)
{
	static const char *const particles[] = { "de", "da", "van", "von", "der", "del", "la", "le", "bin", "al" };
	const char *s = line->text, *end = s + line->len;
	size_t words = 0, i;

	if (line->len > 48)
		return 0;
	if (newsdoc__text_line_ends_sentence(line)) {
		/* Only an abbreviation may end a name ("Jr.", "D."). */
		const char *last = end;
		while (last > s && last[-1] != ' ')
			last--;
		if (s[line->len - 1] != '.' || end - last > 4)
			return 0;
	}
	while (s < end) {
		const char *w = s;
		int particle = 0;
		while (s < end && *s != ' ')
			s++;
		for (i = 0; i < sizeof(particles) / sizeof(particles[0]); i++)
			if ((size_t)(s - w) == strlen(particles[i]) && !strncmp(w, particles[i], (size_t)(s - w)))
				particle = 1;
		if (!particle && !isupper((unsigned char)*w) && !((unsigned char)*w & 0x80))
			return 0;
		for (; w < s; w++)
			if (isdigit((unsigned char)*w))
				return 0;
		words++;
		while (s < end && *s == ' ')
			s++;
	}
	return words >= 2 && words <= 5;
}

typedef struct pending_item {
	const text_line *author, *title, *summary;
} pending_item;

static int emit_item(newsdoc_document *doc, pending_item *item, size_t limit)
{
	newsdoc_related *related;
	int error = 0;

	if (item->title && newsdoc_document_related_count(doc) < limit) {
		error = newsdoc_document_add_related(&related, doc, item->title->text, NULL);
		if (!error && item->author)
			error = newsdoc_related_set_author(related, item->author->text);
		if (!error && item->summary)
			error = newsdoc_related_set_summary(related, item->summary->text);
	}
	memset(item, 0, sizeof(*item));
	return error;
}

int newsdoc__text_related_items(newsdoc_document *doc, const text_groups *groups, size_t *index, size_t limit)
{
	pending_item item;
	size_t g, l;
	int error = 0;

	memset(&item, 0, sizeof(item));
	for (g = *index + 1; g < groups->count && !error && !newsdoc__work_exceeded(); g++) {
		const text_group *group = &groups->items[g];
		int stop = 0;
		for (l = 0; l < group->count && !error; l++) {
			const text_line *line = &group->lines[l];
			if (newsdoc__text_ends_article(line) || newsdoc__content_is_boiler_text(line->text, line->len) || line->len > 400) {
				stop = 1;
				break;
			}
			if (looks_like_name(line) && !item.title && !item.author) {
				item.author = line;
			} else if (looks_like_name(line) && item.title) {
				error = emit_item(doc, &item, limit);
				item.author = line;
			} else if (newsdoc__text_line_ends_sentence(line) && line->len >= 40 && item.title && !item.summary) {
				item.summary = line;
			} else {
				if (item.title)
					error = emit_item(doc, &item, limit);
				item.title = line;
			}
		}
		if (stop)
			break;
	}
	if (!error)
		error = emit_item(doc, &item, limit);
	*index = g - 1;
	return error;
}
