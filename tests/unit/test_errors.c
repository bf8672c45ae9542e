/*
 * Errors, status strings, version and buffers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <pthread.h>
#include <cmocka.h>

#include <newsdoc.h>

static void test_error_last_never_null(void **state)
{
	(void)state;
	newsdoc_error_clear();
	assert_non_null(newsdoc_error_last());
	assert_string_equal(newsdoc_error_last()->message, "no error");
	assert_int_equal(newsdoc_error_last()->code, NEWSDOC_OK);
}

static void test_error_set_and_clear(void **state)
{
	(void)state;
	assert_int_equal(newsdoc_document_new(NULL), NEWSDOC_EINVAL);
	assert_int_equal(newsdoc_error_last()->code, NEWSDOC_EINVAL);
	assert_string_equal(newsdoc_error_last()->message, "newsdoc_document_new: invalid argument 'out'");
	newsdoc_error_clear();
	assert_int_equal(newsdoc_error_last()->code, NEWSDOC_OK);
	assert_string_equal(newsdoc_error_last()->message, "no error");
}

/* The last error survives the pure accessors, so the natural report
 * (message and status string in one printf) is valid, and so is a second
 * look after asking for the version or walking a document and a registry. */
static void test_error_survives_accessors(void **state)
{
	char report[256];
	const newsdoc_error *e;
	newsdoc_document *doc = NULL;
	newsdoc_registry *reg = NULL;
	(void)state;

	assert_int_equal(newsdoc_document_new(&doc), NEWSDOC_OK);
	assert_int_equal(newsdoc_registry_new(&reg, NULL), NEWSDOC_OK);
	assert_int_equal(newsdoc_export(NULL, NULL, doc, "no-such-format", 0), NEWSDOC_EINVAL);
	e = newsdoc_error_last();
	snprintf(report, sizeof(report), "%s (%s)", e->message, newsdoc_status_string(e->code));
	assert_string_equal(report, "newsdoc_export: invalid argument 'out' (invalid argument)");

	(void)newsdoc_version(NULL, NULL, NULL);
	(void)newsdoc_status_string(NEWSDOC_ENOMEM);
	(void)newsdoc_error_last();
	(void)newsdoc_document_get(doc, NEWSDOC_FIELD_TITLE);
	(void)newsdoc_document_text(doc);
	(void)newsdoc_document_block_count(doc);
	(void)newsdoc_registry_exporter_count(reg);
	(void)newsdoc_exporter_info_format(newsdoc_registry_exporter_at(reg, 0));
	(void)newsdoc_registry_parser_count(reg);
	(void)newsdoc_parser_info_id(newsdoc_registry_parser_at(reg, 0));
	assert_ptr_equal(newsdoc_error_last(), e);
	assert_int_equal(e->code, NEWSDOC_EINVAL);
	assert_string_equal(e->message, "newsdoc_export: invalid argument 'out'");

	newsdoc_registry_free(reg);
	newsdoc_document_free(doc);
	newsdoc_error_clear();
}

static void *fail_in_thread(void *arg)
{
	const char **message = arg;
	newsdoc_error_clear();
	if (newsdoc_parse(NULL, NULL, "x", 1, NULL, NULL) != NEWSDOC_EINVAL)
		return NULL;
	*message = newsdoc_error_last()->message;
	return arg;
}

static void test_error_is_thread_local(void **state)
{
	pthread_t thread;
	const char *thread_message = NULL;
	void *result = NULL;
	(void)state;

	assert_int_equal(newsdoc_document_new(NULL), NEWSDOC_EINVAL);
	assert_int_equal(pthread_create(&thread, NULL, fail_in_thread, &thread_message), 0);
	assert_int_equal(pthread_join(thread, &result), 0);
	assert_non_null(result);
	/* The other thread's failure did not touch this thread's error. */
	assert_string_equal(newsdoc_error_last()->message, "newsdoc_document_new: invalid argument 'out'");
}

static void test_status_strings(void **state)
{
	(void)state;
	assert_string_equal(newsdoc_status_string(NEWSDOC_OK), "success");
	assert_string_equal(newsdoc_status_string(NEWSDOC_ERROR), "error");
	assert_string_equal(newsdoc_status_string(NEWSDOC_EINVAL), "invalid argument");
	assert_string_equal(newsdoc_status_string(NEWSDOC_ENOMEM), "out of memory");
	assert_string_equal(newsdoc_status_string(NEWSDOC_ENOTFOUND), "not found");
	assert_string_equal(newsdoc_status_string(NEWSDOC_EPARSE), "cannot parse input");
	assert_string_equal(newsdoc_status_string(NEWSDOC_EIO), "input/output error");
	assert_string_equal(newsdoc_status_string(NEWSDOC_EPLUGIN), "plugin error");
	assert_string_equal(newsdoc_status_string(NEWSDOC_ELIMIT), "limit exceeded");
	assert_string_equal(newsdoc_status_string(NEWSDOC_EVERSION), "unsupported version");
	assert_string_equal(newsdoc_status_string(NEWSDOC_EEMPTY), "empty input");
	assert_string_equal(newsdoc_status_string(-999), "unknown status");
	/* The numbers are ABI. */
	assert_int_equal(NEWSDOC_EINVAL, -2);
	assert_int_equal(NEWSDOC_EEMPTY, -10);
}

static void test_version(void **state)
{
	int major = -1, minor = -1, patch = -1;
	(void)state;
	assert_string_equal(newsdoc_version(&major, &minor, &patch), NEWSDOC_VERSION_STRING);
	assert_int_equal(major, NEWSDOC_VERSION_MAJOR);
	assert_int_equal(minor, NEWSDOC_VERSION_MINOR);
	assert_int_equal(patch, NEWSDOC_VERSION_PATCH);
	assert_string_equal(newsdoc_version(NULL, NULL, NULL), "1.0.0");
}

static void test_buf_dispose(void **state)
{
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	newsdoc_document *doc;
	char borrowed[] = "not owned";
	(void)state;

	newsdoc_buf_dispose(NULL);
	newsdoc_buf_dispose(&buf);
	assert_null(buf.ptr);

	assert_int_equal(newsdoc_document_new(&doc), 0);
	assert_int_equal(newsdoc_export(&buf, NULL, doc, "json", NULL), 0);
	assert_non_null(buf.ptr);
	assert_int_equal(strlen(buf.ptr), buf.size);
	assert_true(buf.reserved > buf.size);
	newsdoc_buf_dispose(&buf);
	assert_null(buf.ptr);
	assert_int_equal(buf.size, 0);
	assert_int_equal(buf.reserved, 0);
	newsdoc_buf_dispose(&buf); /* twice is fine */

	/* reserved == 0 means the caller's memory: dispose must not free it. */
	buf.ptr = borrowed;
	buf.size = strlen(borrowed);
	buf.reserved = 0;
	newsdoc_buf_dispose(&buf);
	assert_null(buf.ptr);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error_last_never_null),
		cmocka_unit_test(test_error_set_and_clear),
		cmocka_unit_test(test_error_survives_accessors),
		cmocka_unit_test(test_error_is_thread_local),
		cmocka_unit_test(test_status_strings),
		cmocka_unit_test(test_version),
		cmocka_unit_test(test_buf_dispose),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
