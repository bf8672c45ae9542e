/*
 * Structure-aware mutations of HTML (mutate.h): an element picked at a
 * random place is repeated N times, nested in itself N levels, or chained
 * (its start tag and content N times, the end tags after them or never, as
 * the deep-list page does); an attribute is duplicated in its tag; a
 * separator is repeated. Now and then a JSON mutation (JSON-LD scripts) or
 * a text one (the words of the page) instead.
 */
#include "mutate.h"

#include <string.h>

typedef struct element {
	size_t start;     /* the '<' of the start tag */
	size_t name;      /* its name */
	size_t name_len;
	size_t open_end;  /* just past the start tag's '>' */
	size_t close;     /* the '<' of the matching end tag, or SIZE_MAX */
	size_t close_end; /* just past the end tag's '>' */
} element;

static int is_alpha(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_name_char(uint8_t c)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

static int is_space(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static uint8_t lower(uint8_t c)
{
	return c >= 'A' && c <= 'Z' ? (uint8_t)(c - 'A' + 'a') : c;
}

/* Whether a tag named like `e` starts at `at` (after "<" or "</"). */
static int name_at(const mut_buf *buf, const element *e, size_t at)
{
	size_t i;

	if (at + e->name_len > buf->size)
		return 0;
	for (i = 0; i < e->name_len; i++) {
		if (lower(buf->data[at + i]) != lower(buf->data[e->name + i]))
			return 0;
	}
	return at + e->name_len == buf->size || !is_name_char(buf->data[at + e->name_len]);
}

static size_t tag_end(const mut_buf *buf, size_t from)
{
	const uint8_t *gt = memchr(buf->data + from, '>', buf->size - from);

	return gt ? (size_t)(gt - buf->data) + 1 : buf->size;
}

/* The end tag that closes `e`, counting start and end tags of its name. */
static void find_close(const mut_buf *buf, element *e)
{
	size_t depth = 1, i;

	e->close = e->close_end = SIZE_MAX;
	if (e->open_end >= 2 && buf->data[e->open_end - 2] == '/')
		return; /* <x/> */
	for (i = e->open_end; i + 1 < buf->size; i++) {
		if (buf->data[i] != '<')
			continue;
		if (buf->data[i + 1] == '/' && name_at(buf, e, i + 2)) {
			if (--depth == 0) {
				e->close = i;
				e->close_end = tag_end(buf, i);
				return;
			}
		} else if (name_at(buf, e, i + 1)) {
			depth++;
		}
	}
}

/* The first element starting at or after a random place (wrapping round). */
static int pick_element(const mut_buf *buf, mut_rng *rng, element *e)
{
	size_t from, k;

	if (buf->size < 2)
		return 0;
	from = mut_below(rng, buf->size);
	for (k = 0; k < buf->size; k++) {
		size_t i = (from + k) % buf->size;

		if (buf->data[i] != '<' || i + 1 >= buf->size || !is_alpha(buf->data[i + 1]))
			continue;
		e->start = i;
		e->name = i + 1;
		e->name_len = 0;
		while (e->name + e->name_len < buf->size && is_name_char(buf->data[e->name + e->name_len]))
			e->name_len++;
		e->open_end = tag_end(buf, e->name + e->name_len);
		find_close(buf, e);
		return 1;
	}
	return 0;
}

/* <x>..</x> becomes <x>..</x><x>..</x>... */
static int repeat_element(mut_buf *buf, mut_rng *rng, const element *e)
{
	size_t end = e->close != SIZE_MAX ? e->close_end : e->open_end;
	size_t len = end - e->start;

	return mut_repeat(buf, e->start, len, mut_copies(rng, buf, len));
}

/* <x>..</x> becomes <x><x><x>..</x></x></x>; an element without an end
 * tag gets end tags of its name. */
static int nest_element(mut_buf *buf, mut_rng *rng, const element *e)
{
	uint8_t end_tag[80];
	size_t open_len = e->open_end - e->start, close_len, copies;
	const uint8_t *close;

	if (e->close != SIZE_MAX) {
		close = buf->data + e->close;
		close_len = e->close_end - e->close;
	} else {
		if (e->name_len + 3 > sizeof(end_tag))
			return 0;
		end_tag[0] = '<';
		end_tag[1] = '/';
		memcpy(end_tag + 2, buf->data + e->name, e->name_len);
		end_tag[e->name_len + 2] = '>';
		close = end_tag;
		close_len = e->name_len + 3;
	}
	copies = mut_copies(rng, buf, open_len + close_len);
	if (copies == 0)
		return 0;
	/* the end tags first: inserting them leaves the start tag in place */
	if (e->close != SIZE_MAX) {
		if (!mut_repeat(buf, e->close, close_len, copies))
			return 0;
	} else if (!mut_insert(buf, e->open_end, close, close_len, copies)) {
		return 0;
	}
	return mut_repeat(buf, e->start, open_len, copies);
}

/* <ul><li>a</li></ul> becomes <ul><li>a</li><ul><li>a</li>... with the
 * end tags after them all, or never closed: each level holds content, as
 * in the pages that overflowed the stack. */
static int chain_element(mut_buf *buf, mut_rng *rng, const element *e)
{
	size_t end = e->close != SIZE_MAX ? e->close : e->open_end;
	size_t len = end - e->start, close_len = 0, copies;
	int closed = e->close != SIZE_MAX && mut_below(rng, 2);

	if (closed)
		close_len = e->close_end - e->close;
	copies = mut_copies(rng, buf, len + close_len);
	if (copies == 0)
		return 0;
	if (closed && !mut_repeat(buf, e->close, close_len, copies))
		return 0;
	return mut_repeat(buf, e->start, len, copies);
}

/* <a href="x"> becomes <a href="x" href="x" href="x"...> */
static int duplicate_attribute(mut_buf *buf, mut_rng *rng, const element *e)
{
	size_t starts[64], ends[64], count = 0, i = e->name + e->name_len;
	size_t limit = e->open_end > 0 && buf->data[e->open_end - 1] == '>' ? e->open_end - 1 : e->open_end;
	size_t pick;

	while (i < limit && count < 64) {
		uint8_t quote = 0;

		while (i < limit && (is_space(buf->data[i]) || buf->data[i] == '/'))
			i++;
		if (i >= limit)
			break;
		starts[count] = i;
		while (i < limit && (quote || !is_space(buf->data[i]))) {
			if (quote && buf->data[i] == quote)
				quote = 0;
			else if (!quote && (buf->data[i] == '"' || buf->data[i] == '\''))
				quote = buf->data[i];
			i++;
		}
		ends[count++] = i;
	}
	if (count == 0)
		return 0;
	pick = mut_below(rng, count);
	/* the space before it comes along, so the copies stay apart */
	if (starts[pick] == 0 || !is_space(buf->data[starts[pick] - 1]))
		return 0;
	return mut_repeat(buf, starts[pick] - 1, ends[pick] - starts[pick] + 1,
		mut_copies(rng, buf, ends[pick] - starts[pick] + 1));
}

static const char *const html_separators[] = {
	" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", ": ", ", ", " / ", " :: ", " \xC2\xBB ",
	"|", "&nbsp;", "<br>", "\n", " ", NULL
};

int mutate_html(mut_buf *buf, mut_rng *rng)
{
	element e;
	unsigned int op = (unsigned int)mut_below(rng, 16);

	if (op == 0)
		return mutate_json(buf, rng);
	if (op == 1)
		return mutate_text(buf, rng);
	if (op < 4)
		return mut_separator(buf, rng, html_separators);
	if (!pick_element(buf, rng, &e))
		return mut_separator(buf, rng, html_separators);
	switch (op % 4) {
	case 0:
		return repeat_element(buf, rng, &e);
	case 1:
		return nest_element(buf, rng, &e);
	case 2:
		return chain_element(buf, rng, &e);
	default:
		return duplicate_attribute(buf, rng, &e) || nest_element(buf, rng, &e);
	}
}
