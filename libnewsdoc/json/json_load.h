/*
 * JSON reading shared by JSON import, plugin manifests and JSON-LD
 * (json_parse.c): jansson values, built by a reader of our own.
 */
#ifndef NEWSDOC_JSON_LOAD_H
#define NEWSDOC_JSON_LOAD_H

#include <jansson.h>

#include "../internal.h"

typedef struct newsdoc__json_error {
	int line;        /* 1-based */
	int column;      /* 1-based, in bytes */
	size_t position; /* bytes read (where the value ended, or the error) */
	char text[160];  /* "" when there was no error */
} newsdoc__json_error;

/* Later duplicate keys replace earlier ones instead of failing (JSON-LD). */
#define NEWSDOC__JSON_ALLOW_DUPLICATES (1u << 0)
/* Read one value and stop; error->position tells where it ended. */
#define NEWSDOC__JSON_STOP_AFTER_VALUE (1u << 1)

#define NEWSDOC__JSON_DEFAULT_DEPTH 512

/*
 * Parse `len` bytes of `data` into a jansson value (any JSON value).
 * NULL on failure: *oom is 1 when memory ran out, else `error` says what
 * is wrong where. Nesting deeper than `max_depth` (0: 512) is an error.
 */
json_t *newsdoc__json_parse(const char *data, size_t len, unsigned int flags, size_t max_depth,
	newsdoc__json_error *error, int *oom);

#endif
