/*
 * The streaming JSON writer (json_write.h): the layout rules are listed
 * there. Everything goes through the newsdoc__sb calls (newsdoc__sb_put,
 * or newsdoc__sb_grow and one copy for a string with nothing to escape),
 * whose failure flag makes later appends no-ops, so no function here
 * needs to check.
 */
#include <stdint.h>
#include <string.h>

#include "json_write.h"

/*
 * How each byte is written inside a string: 0 copies it as it is, anything
 * else is the letter that follows the backslash ('u' for the \u00XX form).
 * Bytes from 0x80 up are parts of UTF-8 sequences and are copied.
 */
static const char escape_letter[256] = {
	/* 0x00-0x0f */
	'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f', 'r', 'u', 'u',
	/* 0x10-0x1f */
	'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u',
	['"'] = '"',
	['\\'] = '\\',
};

static void put(newsdoc__json_writer *w, const char *text, size_t len)
{
	newsdoc__sb_put(w->out, text, len);
}

/* A line break and the indentation of `depth` levels; nothing when compact. */
static void new_line(newsdoc__json_writer *w, unsigned int depth)
{
	static const char line[] = "\n                                ";
	const size_t most_spaces = sizeof(line) - 2;
	size_t spaces = (size_t)depth * w->indent;
	size_t chunk;

	if (!w->indent)
		return;
	chunk = spaces < most_spaces ? spaces : most_spaces;
	put(w, line, 1 + chunk);
	for (spaces -= chunk; spaces > 0; spaces -= chunk) {
		chunk = spaces < most_spaces ? spaces : most_spaces;
		put(w, line + 1, chunk);
	}
}

/*
 * What goes before any value: nothing right after its key or at the top
 * level; inside an array, a "," after the previous element and then the
 * element's own line. Keys start the same way, as members of an object.
 */
static void begin_value(newsdoc__json_writer *w)
{
	if (w->value_after_key) {
		w->value_after_key = 0;
		return;
	}
	if (w->depth == 0)
		return;
	if (!w->container_empty)
		put(w, ",", 1);
	new_line(w, w->depth);
	w->container_empty = 0;
}

/*
 * Index of the first byte from `from` on that must be escaped, or len.
 * Strings are mostly plain text, so the scan looks at eight bytes at a
 * time first: a word is passed over when none of its bytes is below 0x20,
 * a '"' or a '\\' (the "has a zero byte" test of Bit Twiddling Hacks,
 * which is exact for the whole word), and only a word that has one is
 * looked at byte by byte.
 */
static size_t find_escape(const unsigned char *bytes, size_t from, size_t len)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	size_t i = from;

	for (; len - i >= 8; i += 8) {
		uint64_t word, quote, backslash;
		memcpy(&word, bytes + i, 8);
		quote = word ^ (ones * '"');
		backslash = word ^ (ones * '\\');
		if (((word - ones * 0x20) & ~word & highs)
		    | ((quote - ones) & ~quote & highs)
		    | ((backslash - ones) & ~backslash & highs))
			break;
	}
	for (; i < len; i++) {
		if (escape_letter[bytes[i]])
			return i;
	}
	return len;
}

static void write_quoted(newsdoc__json_writer *w, const char *value, size_t len)
{
	const unsigned char *bytes = (const unsigned char *)value;
	newsdoc__sb *out = w->out;
	size_t i = find_escape(bytes, 0, len), run_start = 0;

	if (i == len) {
		/* Nothing to escape, the usual case: one copy between quotes. */
		char *end;
		if (newsdoc__sb_grow(out, len + 2) != 0)
			return;
		end = out->ptr + out->len;
		*end++ = '"';
		memcpy(end, value, len);
		end[len] = '"';
		out->len += len + 2;
		out->ptr[out->len] = '\0';
		return;
	}
	put(w, "\"", 1);
	for (; i < len; i = find_escape(bytes, i + 1, len)) {
		char letter = escape_letter[bytes[i]];

		put(w, value + run_start, i - run_start);
		run_start = i + 1;
		if (letter == 'u') {
			static const char hex[] = "0123456789ABCDEF";
			char escape[6] = { '\\', 'u', '0', '0', hex[bytes[i] >> 4], hex[bytes[i] & 0xF] };
			put(w, escape, 6);
		} else {
			char escape[2] = { '\\', letter };
			put(w, escape, 2);
		}
	}
	put(w, value + run_start, len - run_start);
	put(w, "\"", 1);
}

void newsdoc__json_writer_init(newsdoc__json_writer *w, newsdoc__sb *out, unsigned int indent)
{
	w->out = out;
	w->indent = indent;
	w->depth = 0;
	w->container_empty = 1;
	w->value_after_key = 0;
}

static void begin_container(newsdoc__json_writer *w, const char *bracket)
{
	begin_value(w);
	put(w, bracket, 1);
	w->depth++;
	w->container_empty = 1;
}

/* An empty container closes right after its opening bracket: "{}", "[]". */
static void end_container(newsdoc__json_writer *w, const char *bracket)
{
	w->depth--;
	if (!w->container_empty)
		new_line(w, w->depth);
	put(w, bracket, 1);
	/* The closed container was itself a member of the one around it. */
	w->container_empty = 0;
}

void newsdoc__json_begin_object(newsdoc__json_writer *w) { begin_container(w, "{"); }
void newsdoc__json_end_object(newsdoc__json_writer *w) { end_container(w, "}"); }
void newsdoc__json_begin_array(newsdoc__json_writer *w) { begin_container(w, "["); }
void newsdoc__json_end_array(newsdoc__json_writer *w) { end_container(w, "]"); }

void newsdoc__json_key(newsdoc__json_writer *w, const char *key)
{
	begin_value(w);
	write_quoted(w, key, strlen(key));
	if (w->indent)
		put(w, ": ", 2);
	else
		put(w, ":", 1);
	w->value_after_key = 1;
}

void newsdoc__json_string(newsdoc__json_writer *w, const char *value, size_t len)
{
	begin_value(w);
	write_quoted(w, value, len);
}

void newsdoc__json_string_or_null(newsdoc__json_writer *w, const char *value)
{
	if (value)
		newsdoc__json_string(w, value, strlen(value));
	else
		newsdoc__json_null(w);
}

void newsdoc__json_integer(newsdoc__json_writer *w, long long value)
{
	char digits[24];
	size_t start = sizeof(digits);
	/* Through unsigned, so that the most negative value negates too. */
	unsigned long long magnitude = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;

	do {
		digits[--start] = (char)('0' + magnitude % 10);
		magnitude /= 10;
	} while (magnitude);
	if (value < 0)
		digits[--start] = '-';
	begin_value(w);
	put(w, digits + start, sizeof(digits) - start);
}

void newsdoc__json_boolean(newsdoc__json_writer *w, int value)
{
	begin_value(w);
	if (value)
		put(w, "true", 4);
	else
		put(w, "false", 5);
}

void newsdoc__json_null(newsdoc__json_writer *w)
{
	begin_value(w);
	put(w, "null", 4);
}
