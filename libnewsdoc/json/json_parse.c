/*
 * A strict JSON reader (RFC 8259) that builds jansson values.
 *
 * Why not json_loadb: jansson 2.14's own parser is not safe when memory
 * runs out. Its lexer ignores failed buffer growth and silently drops
 * characters ("file_format_version" read as "file_format_versio"), it
 * reports other allocation failures as syntax errors, and under
 * allocation-failure injection it crashed in json_load_file. This reader
 * checks every allocation and says NEWSDOC_ENOMEM, keeps jansson's value
 * types for the code that walks the result, bounds the nesting depth (an
 * iterative parser with an explicit stack, so no input can exhaust the C
 * stack), and never depends on the host's locale for numbers.
 */
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_load.h"

typedef struct reader {
	const char *data;
	size_t len;
	size_t pos;
	unsigned int flags;
	newsdoc__json_error *error;
	int oom;
	newsdoc__sb scratch; /* the current string's bytes */
} reader;

static void fail(reader *r, const char *what)
{
	size_t i, line = 1, column = 0;

	if (r->error->text[0])
		return;
	for (i = 0; i < r->pos && i < r->len; i++) {
		if (r->data[i] == '\n') {
			line++;
			column = 0;
		} else {
			column++;
		}
	}
	r->error->line = (int)line;
	r->error->column = (int)column + 1;
	r->error->position = r->pos;
	snprintf(r->error->text, sizeof(r->error->text), "%s", what);
}

static void out_of_memory(reader *r)
{
	r->oom = 1;
	fail(r, "out of memory");
}

static void skip_space(reader *r)
{
	while (r->pos < r->len) {
		char c = r->data[r->pos];
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			break;
		r->pos++;
	}
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int read_hex4(reader *r, unsigned int *out)
{
	unsigned int value = 0;
	int i;
	if (r->pos + 4 > r->len)
		return -1;
	for (i = 0; i < 4; i++) {
		int d = hex_digit(r->data[r->pos + (size_t)i]);
		if (d < 0)
			return -1;
		value = value * 16 + (unsigned int)d;
	}
	r->pos += 4;
	*out = value;
	return 0;
}

static void put_code_point(newsdoc__sb *sb, unsigned int cp)
{
	char bytes[4];

	newsdoc__sb_put(sb, bytes, newsdoc__utf8_encode(bytes, cp));
}

/* A string at r->pos (on its opening quote) into r->scratch. */
static int read_string(reader *r)
{
	newsdoc__sb *sb = &r->scratch;
	size_t run;

	sb->len = 0;
	sb->failed = 0;
	r->pos++; /* the opening quote */
	for (;;) {
		run = r->pos;
		while (r->pos < r->len && r->data[r->pos] != '"' && r->data[r->pos] != '\\' &&
		       (unsigned char)r->data[r->pos] >= 0x20)
			r->pos++;
		newsdoc__sb_put(sb, r->data + run, r->pos - run);
		if (r->pos >= r->len) {
			fail(r, "unterminated string");
			return -1;
		}
		if (r->data[r->pos] == '"') {
			r->pos++;
			break;
		}
		if ((unsigned char)r->data[r->pos] < 0x20) {
			fail(r, "control character in a string");
			return -1;
		}
		/* An escape. */
		r->pos++;
		if (r->pos >= r->len) {
			fail(r, "unterminated string");
			return -1;
		}
		switch (r->data[r->pos++]) {
		case '"': newsdoc__sb_putc(sb, '"'); break;
		case '\\': newsdoc__sb_putc(sb, '\\'); break;
		case '/': newsdoc__sb_putc(sb, '/'); break;
		case 'b': newsdoc__sb_putc(sb, '\b'); break;
		case 'f': newsdoc__sb_putc(sb, '\f'); break;
		case 'n': newsdoc__sb_putc(sb, '\n'); break;
		case 'r': newsdoc__sb_putc(sb, '\r'); break;
		case 't': newsdoc__sb_putc(sb, '\t'); break;
		case 'u': {
			unsigned int cp, low;
			if (read_hex4(r, &cp) != 0) {
				fail(r, "invalid \\u escape");
				return -1;
			}
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (r->pos + 6 > r->len || r->data[r->pos] != '\\' || r->data[r->pos + 1] != 'u') {
					fail(r, "a high surrogate without its low surrogate");
					return -1;
				}
				r->pos += 2;
				if (read_hex4(r, &low) != 0 || low < 0xDC00 || low > 0xDFFF) {
					fail(r, "a high surrogate without its low surrogate");
					return -1;
				}
				cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
			} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
				fail(r, "a lone low surrogate");
				return -1;
			}
			if (cp == 0) {
				fail(r, "\\u0000 in a string");
				return -1;
			}
			put_code_point(sb, cp);
			break;
		}
		default:
			r->pos--;
			fail(r, "invalid escape in a string");
			return -1;
		}
	}
	if (sb->failed || newsdoc__sb_grow(sb, 0) != 0) {
		out_of_memory(r);
		return -1;
	}
	if (!newsdoc__utf8_valid(sb->ptr, sb->len)) {
		fail(r, "a string is not valid UTF-8");
		return -1;
	}
	return 0;
}

static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;
static locale_t c_locale;

static void make_c_locale(void)
{
	c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

/* Step over a run of decimal digits; 0 when there is none. */
static int skip_digits(reader *r)
{
	size_t start = r->pos;

	while (r->pos < r->len && r->data[r->pos] >= '0' && r->data[r->pos] <= '9')
		r->pos++;
	return r->pos > start;
}

static json_t *read_number(reader *r)
{
	size_t start = r->pos;
	int is_real = 0;
	char text[64];
	json_t *value;

	if (r->pos < r->len && r->data[r->pos] == '-')
		r->pos++;
	/* An integer part without leading zeros ("0" alone, or digits from
	 * 1-9), an optional fraction and exponent, each with a digit. */
	if (r->pos < r->len && r->data[r->pos] == '0') {
		r->pos++;
		if (r->pos < r->len && r->data[r->pos] >= '0' && r->data[r->pos] <= '9')
			goto invalid; /* "01" is no number, not 0 and then 1 */
	} else if (!skip_digits(r)) {
		goto invalid;
	}
	if (r->pos < r->len && r->data[r->pos] == '.') {
		is_real = 1;
		r->pos++;
		if (!skip_digits(r))
			goto invalid;
	}
	if (r->pos < r->len && (r->data[r->pos] == 'e' || r->data[r->pos] == 'E')) {
		is_real = 1;
		r->pos++;
		if (r->pos < r->len && (r->data[r->pos] == '+' || r->data[r->pos] == '-'))
			r->pos++;
		if (!skip_digits(r))
			goto invalid;
	}
	if (r->pos - start >= sizeof(text)) {
		fail(r, "number too long");
		return NULL;
	}
	memcpy(text, r->data + start, r->pos - start);
	text[r->pos - start] = '\0';
	if (!is_real) {
		long long integer;
		errno = 0;
		integer = strtoll(text, NULL, 10);
		if (errno != ERANGE) {
			if (!(value = json_integer(integer)))
				out_of_memory(r);
			return value;
		}
	}
	pthread_once(&c_locale_once, make_c_locale);
	{
		double real = c_locale ? strtod_l(text, NULL, c_locale) : strtod(text, NULL);
		if (!isfinite(real)) {
			fail(r, "number out of range");
			return NULL;
		}
		if (!(value = json_real(real)))
			out_of_memory(r);
		return value;
	}
invalid:
	fail(r, "invalid number");
	return NULL;
}

static json_t *read_word(reader *r)
{
	static const struct { const char *word; size_t len; } words[] = {
		{ "true", 4 }, { "false", 5 }, { "null", 4 }
	};
	size_t i;
	json_t *value;

	for (i = 0; i < 3; i++) {
		size_t end = r->pos + words[i].len;
		/* The whole word: "truex" is no token, not true and then x. */
		if (r->len - r->pos >= words[i].len && !memcmp(r->data + r->pos, words[i].word, words[i].len) &&
			(end == r->len || !((r->data[end] | 0x20) >= 'a' && (r->data[end] | 0x20) <= 'z'))) {
			r->pos = end;
			value = i == 0 ? json_true() : i == 1 ? json_false() : json_null();
			return value; /* singletons: never allocated */
		}
	}
	fail(r, "invalid token");
	return NULL;
}

/* Containers being filled: the value and, for objects, the pending key. */
typedef struct frame {
	json_t *container;
	char *key;
	size_t key_pos; /* where the key started, for messages */
} frame;

static json_t *read_value(reader *r, size_t max_depth)
{
	frame *stack = NULL;
	size_t depth = 0, cap = 0;
	json_t *result = NULL;

	for (;;) {
		json_t *value = NULL;
		frame *top;

		skip_space(r);
		if (r->pos >= r->len) {
			fail(r, depth ? "unexpected end of input" : "no value");
			goto error;
		}
		switch (r->data[r->pos]) {
		case '{':
		case '[':
			if (depth >= max_depth) {
				fail(r, "nested too deep");
				goto error;
			}
			value = r->data[r->pos] == '{' ? json_object() : json_array();
			if (!value) {
				out_of_memory(r);
				goto error;
			}
			if (depth == cap) {
				size_t new_cap = cap ? cap * 2 : 16;
				frame *grown = newsdoc__realloc(stack, new_cap * sizeof(*stack));
				if (!grown) {
					json_decref(value);
					out_of_memory(r);
					goto error;
				}
				stack = grown;
				cap = new_cap;
			}
			stack[depth].container = value;
			stack[depth].key = NULL;
			depth++;
			r->pos++;
			skip_space(r);
			if (r->pos < r->len && r->data[r->pos] == (json_is_object(value) ? '}' : ']')) {
				r->pos++;
				depth--;
				goto completed; /* an empty container is a finished value */
			}
			if (json_is_object(value))
				goto read_key;
			continue;
		case '"':
			if (read_string(r) != 0)
				goto error;
			if (!(value = json_stringn_nocheck(r->scratch.ptr, r->scratch.len))) {
				out_of_memory(r);
				goto error;
			}
			break;
		case 't':
		case 'f':
		case 'n':
			if (!(value = read_word(r)))
				goto error;
			break;
		default:
			if (r->data[r->pos] != '-' && (r->data[r->pos] < '0' || r->data[r->pos] > '9')) {
				char what[48];
				unsigned char c = (unsigned char)r->data[r->pos];
				if (c >= 0x20 && c < 0x7F)
					snprintf(what, sizeof(what), "a value expected, found '%c'", c);
				else
					snprintf(what, sizeof(what), "a value expected, found byte 0x%02X", c);
				fail(r, what);
				goto error;
			}
			if (!(value = read_number(r)))
				goto error;
			break;
		}
		/* A finished scalar (or, via completed, a closed container). */
completed:
		for (;;) {
			if (!depth) {
				result = value;
				goto done;
			}
			top = &stack[depth - 1];
			if (json_is_object(top->container)) {
				if (!(r->flags & NEWSDOC__JSON_ALLOW_DUPLICATES) && json_object_get(top->container, top->key)) {
					char what[128];
					json_decref(value);
					snprintf(what, sizeof(what), "duplicate object key \"%.100s\"", top->key);
					r->pos = top->key_pos;
					fail(r, what);
					goto error;
				}
				if (json_object_set_new_nocheck(top->container, top->key, value) != 0) {
					out_of_memory(r);
					goto error;
				}
				newsdoc__free(top->key);
				top->key = NULL;
			} else if (json_array_append_new(top->container, value) != 0) {
				out_of_memory(r);
				goto error;
			}
			skip_space(r);
			if (r->pos < r->len && r->data[r->pos] == ',') {
				r->pos++;
				if (json_is_object(top->container))
					goto read_key;
				break; /* the next array element */
			}
			if (r->pos < r->len && r->data[r->pos] == (json_is_object(top->container) ? '}' : ']')) {
				r->pos++;
				value = top->container;
				depth--;
				continue; /* the container is finished: add it to its parent */
			}
			if (r->pos >= r->len)
				fail(r, "unexpected end of input");
			else
				fail(r, json_is_object(top->container) ? "',' or '}' expected" : "',' or ']' expected");
			goto error;
		}
		continue;
read_key:
		skip_space(r);
		if (r->pos >= r->len || r->data[r->pos] != '"') {
			fail(r, r->pos >= r->len ? "unexpected end of input" : "a string key expected");
			goto error;
		}
		stack[depth - 1].key_pos = r->pos;
		if (read_string(r) != 0)
			goto error;
		if (!(stack[depth - 1].key = newsdoc__strndup(r->scratch.ptr, r->scratch.len))) {
			out_of_memory(r);
			goto error;
		}
		skip_space(r);
		if (r->pos >= r->len || r->data[r->pos] != ':') {
			fail(r, "':' expected");
			goto error;
		}
		r->pos++;
	}
error:
	/* The containers are linked bottom-up only once finished, so each
	 * open one is freed on its own. */
	while (depth > 0) {
		depth--;
		json_decref(stack[depth].container);
		newsdoc__free(stack[depth].key);
	}
done:
	newsdoc__free(stack);
	return result;
}

json_t *newsdoc__json_parse(const char *data, size_t len, unsigned int flags, size_t max_depth,
	newsdoc__json_error *error, int *oom)
{
	reader r;
	json_t *value;

	memset(&r, 0, sizeof(r));
	memset(error, 0, sizeof(*error));
	r.data = data;
	r.len = len;
	r.flags = flags;
	r.error = error;
	value = read_value(&r, max_depth ? max_depth : NEWSDOC__JSON_DEFAULT_DEPTH);
	if (value && !(flags & NEWSDOC__JSON_STOP_AFTER_VALUE)) {
		skip_space(&r);
		if (r.pos < r.len) {
			fail(&r, "end of input expected");
			json_decref(value);
			value = NULL;
		}
	}
	error->position = r.pos;
	newsdoc__sb_free(&r.scratch);
	*oom = r.oom;
	return value;
}
