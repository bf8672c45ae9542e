/*
 * Shared by the tests of failing calls (test_document.c, test_parse.c,
 * test_registry.c, test_json.c): the status, the thread's last error code
 * and its exact message.
 */
#ifndef ERROR_TEST_UTIL_H
#define ERROR_TEST_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <newsdoc.h>

static inline void assert_error(int rc, int code, const char *message)
{
	assert_int_equal(rc, code);
	assert_int_equal(newsdoc_error_last()->code, code);
	assert_string_equal(newsdoc_error_last()->message, message);
}

#endif
