/*
 * Helpers shared by the export tests (test_exporters.c, test_json.c,
 * test_json_format.c): a library call that must succeed, and an export
 * through the public entry point compared byte for byte.
 */
#ifndef EXPORT_TEST_UTIL_H
#define EXPORT_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

/* A call that must return NEWSDOC_OK; on failure the test stops with the
 * call, its status and the library's message. */
#define CHECK_OK(call) check_ok((call), #call)

static inline void check_ok(int rc, const char *call)
{
	if (rc != NEWSDOC_OK)
		fail_msg("%s failed (%d): %s", call, rc, newsdoc_error_last()->message);
}

/* Export `doc` as `format` (registry may be NULL for the built-in "json");
 * the caller frees the result. */
static inline char *export_to_string(const newsdoc_registry *reg, const newsdoc_document *doc,
	const char *format, unsigned int flags)
{
	newsdoc_export_options opts = NEWSDOC_EXPORT_OPTIONS_INIT;
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	char *copy;

	opts.flags = flags;
	CHECK_OK(newsdoc_export(&buf, reg, doc, format, &opts));
	assert_non_null(buf.ptr);
	assert_int_equal(strlen(buf.ptr), buf.size);
	/* A plain malloc'd copy (strdup is not C11), so the buffer can be
	 * disposed of right away. */
	copy = malloc(buf.size + 1);
	assert_non_null(copy);
	memcpy(copy, buf.ptr, buf.size + 1);
	newsdoc_buf_dispose(&buf);
	assert_null(buf.ptr);
	return copy;
}

/* The export must be exactly `expected`; when it is not, the actual text
 * is printed once more between markers, where its lines are easy to read. */
static inline void expect_export(const newsdoc_registry *reg, const newsdoc_document *doc,
	const char *format, unsigned int flags, const char *expected)
{
	char *actual = export_to_string(reg, doc, format, flags);

	if (strcmp(actual, expected) != 0)
		print_error("---- %s export, actual ----\n%s---- end ----\n", format, actual);
	assert_string_equal(actual, expected);
	free(actual);
}

#ifdef NEWSDOC_BINARY_DIR
/* A cmocka group fixture: a registry of the build's own plugins.d only,
 * never the user's plugins or the environment's. */
static inline int registry_setup(void **state)
{
	static const char *const paths[] = { NEWSDOC_BINARY_DIR "/plugins.d" };
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;

	opts.plugin_paths = paths;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (newsdoc_registry_new(&reg, &opts) != NEWSDOC_OK)
		return -1;
	*state = reg;
	return 0;
}

static inline int registry_teardown(void **state)
{
	newsdoc_registry_free(*state);
	return 0;
}
#endif

#endif
