/*
 * Structure-aware mutations of JSON (mutate.h), kept well-formed where the
 * input was: an array element repeated N times, an object member repeated
 * (duplicate keys), a value nested N levels deep in arrays or in objects
 * under one of the document's own keys ("@graph", "author"...), and
 * separators repeated (which breaks the syntax on purpose: the error
 * paths). Brackets inside strings are not structure, so strings are
 * skipped with their escapes.
 */
#include "mutate.h"

#include <stdlib.h>
#include <string.h>

static int is_space(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Just past the string that starts at `at` (a '"'). */
static size_t string_end(const mut_buf *buf, size_t at)
{
	size_t i;

	for (i = at + 1; i < buf->size; i++) {
		if (buf->data[i] == '\\')
			i++;
		else if (buf->data[i] == '"')
			return i + 1;
	}
	return buf->size;
}

/* Just past the value that starts at `at`: a bracketed one to its match,
 * a string to its quote, anything else to the next , } ] or space. */
static size_t value_end(const mut_buf *buf, size_t at)
{
	size_t depth = 0, i = at;

	if (at >= buf->size)
		return at;
	if (buf->data[at] == '"')
		return string_end(buf, at);
	if (buf->data[at] != '{' && buf->data[at] != '[') {
		while (i < buf->size && buf->data[i] != ',' && buf->data[i] != '}' && buf->data[i] != ']' &&
		       !is_space(buf->data[i]))
			i++;
		return i;
	}
	while (i < buf->size) {
		uint8_t c = buf->data[i];

		if (c == '"') {
			i = string_end(buf, i);
			continue;
		}
		if (c == '{' || c == '[')
			depth++;
		else if ((c == '}' || c == ']') && --depth == 0)
			return i + 1;
		i++;
	}
	return buf->size;
}

typedef struct json_marks {
	size_t bracket; /* a '{' or '[' outside strings, or SIZE_MAX */
	size_t key;     /* a string followed by ':', or SIZE_MAX */
	size_t key_end;
} json_marks;

/* One bracket and one key chosen at random (reservoir sampling). */
static void pick_marks(const mut_buf *buf, mut_rng *rng, json_marks *m)
{
	size_t brackets = 0, keys = 0, i = 0;

	m->bracket = m->key = m->key_end = SIZE_MAX;
	while (i < buf->size) {
		uint8_t c = buf->data[i];

		if (c == '"') {
			size_t end = string_end(buf, i), j = end;

			while (j < buf->size && is_space(buf->data[j]))
				j++;
			if (j < buf->size && buf->data[j] == ':' && mut_below(rng, ++keys) == 0) {
				m->key = i;
				m->key_end = end;
			}
			i = end;
			continue;
		}
		if ((c == '{' || c == '[') && mut_below(rng, ++brackets) == 0)
			m->bracket = i;
		i++;
	}
}

static uint8_t before(const mut_buf *buf, size_t at)
{
	while (at > 0 && is_space(buf->data[at - 1]))
		at--;
	return at > 0 ? buf->data[at - 1] : 0;
}

/* ",X" N times after X, X being [start, end) */
static int repeat_with_comma(mut_buf *buf, mut_rng *rng, size_t start, size_t end)
{
	size_t len = end - start, copies = mut_copies(rng, buf, len + 1);
	uint8_t *unit;
	int done;

	if (copies == 0 || (unit = malloc(len + 1)) == NULL)
		return 0;
	unit[0] = ',';
	memcpy(unit + 1, buf->data + start, len);
	done = mut_insert(buf, end, unit, len + 1, copies);
	free(unit);
	return done;
}

/* An element of an array, N more times: [a] becomes [a,a,a]. */
static int repeat_element(mut_buf *buf, mut_rng *rng, size_t start)
{
	return repeat_with_comma(buf, rng, start, value_end(buf, start));
}

/* "k": v, N more times (duplicate keys). */
static int repeat_member(mut_buf *buf, mut_rng *rng, const json_marks *m)
{
	size_t value = m->key_end;

	while (value < buf->size && buf->data[value] != ':')
		value++;
	value++;
	while (value < buf->size && is_space(buf->data[value]))
		value++;
	if (value >= buf->size)
		return 0;
	return repeat_with_comma(buf, rng, m->key, value_end(buf, value));
}

/* v becomes [[[v]]] or {"k":{"k":{"k":v}}}. */
static int nest_value(mut_buf *buf, mut_rng *rng, const json_marks *m)
{
	size_t start = m->bracket, end = value_end(buf, start);
	uint8_t open[260];
	size_t open_len, copies;

	if (m->key != SIZE_MAX && m->key_end - m->key < 256 && mut_below(rng, 2)) {
		open_len = m->key_end - m->key;
		open[0] = '{';
		memcpy(open + 1, buf->data + m->key, open_len);
		open[open_len + 1] = ':';
		open_len += 2;
	} else {
		open[0] = '[';
		open_len = 1;
	}
	copies = mut_copies(rng, buf, open_len + 1);
	if (copies == 0)
		return 0;
	if (!mut_insert(buf, end, (const uint8_t *)(open[0] == '{' ? "}" : "]"), 1, copies))
		return 0;
	return mut_insert(buf, start, open, open_len, copies);
}

static const char *const json_separators[] = { ",", ":", " ", "\n", "[", "{", "\"", "\\", NULL };

int mutate_json(mut_buf *buf, mut_rng *rng)
{
	json_marks m;

	pick_marks(buf, rng, &m);
	switch (mut_below(rng, 8)) {
	case 0:
	case 1:
	case 2:
		if (m.bracket != SIZE_MAX) {
			/* an array element is repeated; any other value nested */
			if (before(buf, m.bracket) == '[' || before(buf, m.bracket) == ',')
				return repeat_element(buf, rng, m.bracket);
			return nest_value(buf, rng, &m);
		}
		break;
	case 3:
	case 4:
		if (m.bracket != SIZE_MAX)
			return nest_value(buf, rng, &m);
		break;
	case 5:
	case 6:
		if (m.key != SIZE_MAX)
			return repeat_member(buf, rng, &m);
		break;
	default:
		break;
	}
	return mut_separator(buf, rng, json_separators);
}
