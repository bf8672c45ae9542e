/*
 * Errors: one per thread, in thread-local storage with a fixed buffer so
 * that reporting an allocation failure never needs to allocate.
 */
#include <stdio.h>
#include <string.h>

#include "../internal.h"

#define NEWSDOC__MESSAGE_MAX 1024

static _Thread_local struct {
	newsdoc_error error;
	char message[NEWSDOC__MESSAGE_MAX];
} thread_error;

static const char no_error_message[] = "no error";

const newsdoc_error *newsdoc_error_last(void)
{
	if (!thread_error.error.message)
		thread_error.error.message = no_error_message;
	return &thread_error.error;
}

void newsdoc_error_clear(void)
{
	thread_error.error.message = no_error_message;
	thread_error.error.code = NEWSDOC_OK;
	thread_error.message[0] = '\0';
}

int newsdoc__error_set(int code, const char *fmt, ...)
{
	/* Format into a scratch buffer first: callers may pass the current
	 * message as an argument when they wrap an error with context. */
	char scratch[NEWSDOC__MESSAGE_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(scratch, sizeof(scratch), fmt, ap);
	va_end(ap);
	memcpy(thread_error.message, scratch, sizeof(scratch));
	thread_error.error.message = thread_error.message;
	thread_error.error.code = code;
	return code;
}

int newsdoc__error_oom(void)
{
	return newsdoc__error_set(NEWSDOC_ENOMEM, "out of memory");
}

int newsdoc__error_arg(const char *function, const char *argument)
{
	return newsdoc__error_set(NEWSDOC_EINVAL, "%s: invalid argument '%s'", function, argument);
}

const char *newsdoc_status_string(int status)
{
	switch (status) {
	case NEWSDOC_OK: return "success";
	case NEWSDOC_ERROR: return "error";
	case NEWSDOC_EINVAL: return "invalid argument";
	case NEWSDOC_ENOMEM: return "out of memory";
	case NEWSDOC_ENOTFOUND: return "not found";
	case NEWSDOC_EPARSE: return "cannot parse input";
	case NEWSDOC_EIO: return "input/output error";
	case NEWSDOC_EPLUGIN: return "plugin error";
	case NEWSDOC_ELIMIT: return "limit exceeded";
	case NEWSDOC_EVERSION: return "unsupported version";
	case NEWSDOC_EEMPTY: return "empty input";
	default: return "unknown status";
	}
}

const char *newsdoc_version(int *major, int *minor, int *patch)
{
	if (major)
		*major = NEWSDOC_VERSION_MAJOR;
	if (minor)
		*minor = NEWSDOC_VERSION_MINOR;
	if (patch)
		*patch = NEWSDOC_VERSION_PATCH;
	return NEWSDOC_VERSION_STRING;
}
