/*
 * A streaming JSON writer into a newsdoc__sb: values are written in order
 * as they are produced, with no tree in between.
 *
 * The layout is jansson's json_dump with JSON_PRESERVE_ORDER and without
 * JSON_ENSURE_ASCII, byte for byte, so that output written here and output
 * jansson would write for the same values are interchangeable:
 *   - indent 0 is JSON_COMPACT: "," between members, ":" after a key;
 *   - indent n is JSON_INDENT(n): each member on its own line, indented n
 *     spaces per level, "," ending the line, ": " after a key, and the
 *     closing bracket on its own line at the level of the opening one;
 *   - an empty object or array is "{}" or "[]" in both layouts;
 *   - strings: '"' and '\\' and the control characters below U+0020 are
 *     escaped (\b \f \n \r \t by name, the others as \u00XX with capital
 *     hex digits); everything else, "/" and DEL and non-ASCII included, is
 *     copied as it is;
 *   - no newline after the last closing bracket.
 *
 * Strings must be valid UTF-8 (jansson refuses anything else); the
 * document model guarantees that for every string it holds (builder.c),
 * so the writer does not check it again.
 *
 * Failure is sticky, as in newsdoc__sb: after an allocation fails every
 * further call is a no-op, and the caller learns of it once, at the end,
 * from newsdoc__sb_to_buf (which then frees the partial text).
 */
#ifndef NEWSDOC_JSON_WRITE_H
#define NEWSDOC_JSON_WRITE_H

#include <stddef.h>

#include "../internal.h"

typedef struct newsdoc__json_writer {
	newsdoc__sb *out;
	unsigned int indent;    /* spaces per level; 0 writes the compact layout */
	unsigned int depth;     /* containers open around the next value */
	int container_empty;    /* the innermost open container has no member yet */
	int value_after_key;    /* a key was just written: the value needs no separator */
} newsdoc__json_writer;

void newsdoc__json_writer_init(newsdoc__json_writer *w, newsdoc__sb *out, unsigned int indent);

void newsdoc__json_begin_object(newsdoc__json_writer *w);
void newsdoc__json_end_object(newsdoc__json_writer *w);
void newsdoc__json_begin_array(newsdoc__json_writer *w);
void newsdoc__json_end_array(newsdoc__json_writer *w);

/* The key of the next object member; its value must follow. */
void newsdoc__json_key(newsdoc__json_writer *w, const char *key);

void newsdoc__json_string(newsdoc__json_writer *w, const char *value, size_t len);
/* A NUL-terminated string, or null when value is NULL. */
void newsdoc__json_string_or_null(newsdoc__json_writer *w, const char *value);
void newsdoc__json_integer(newsdoc__json_writer *w, long long value);
void newsdoc__json_boolean(newsdoc__json_writer *w, int value);
void newsdoc__json_null(newsdoc__json_writer *w);

#endif
