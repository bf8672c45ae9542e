/*
 * libnewsdoc: common definitions (export macro, status codes, errors, buffers).
 *
 * Public headers are C89 and C++ clean: no // comments, no stdint.h, no
 * declarations after statements, no structs passed by value.
 */
#ifndef NEWSDOC_COMMON_H
#define NEWSDOC_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
#define NEWSDOC_BEGIN_DECL extern "C" {
#define NEWSDOC_END_DECL }
#else
#define NEWSDOC_BEGIN_DECL
#define NEWSDOC_END_DECL
#endif

/* One export macro: the library is built with -fvisibility=hidden and
 * NEWSDOC_BUILDING defined, so only what carries NEWSDOC_EXTERN is exported
 * (and the linker version script pins each symbol to its release node). */
#if defined(NEWSDOC_BUILDING) && defined(__GNUC__)
#define NEWSDOC_EXTERN(type) extern __attribute__((visibility("default"))) type
#else
#define NEWSDOC_EXTERN(type) extern type
#endif

#define NEWSDOC_VERSION_MAJOR 1
#define NEWSDOC_VERSION_MINOR 0
#define NEWSDOC_VERSION_PATCH 0
#define NEWSDOC_VERSION_STRING "1.0.0"

NEWSDOC_BEGIN_DECL

/*
 * Status codes. Every function that can fail returns one of these; 0 is
 * success. The numbers are part of the ABI and are never renumbered.
 */
typedef enum newsdoc_status {
	NEWSDOC_OK = 0,
	NEWSDOC_ERROR = -1,     /* generic failure; the message says more */
	NEWSDOC_EINVAL = -2,    /* a bad argument (NULL handle, bad value) */
	NEWSDOC_ENOMEM = -3,    /* an allocation failed */
	NEWSDOC_ENOTFOUND = -4, /* no such parser, format, field or item */
	NEWSDOC_EPARSE = -5,    /* input could not be read as what it claims */
	NEWSDOC_EIO = -6,       /* a file could not be read */
	NEWSDOC_EPLUGIN = -7,   /* a plugin failed to load or misbehaved */
	NEWSDOC_ELIMIT = -8,    /* input exceeded a configured limit */
	NEWSDOC_EVERSION = -9,  /* unknown options/struct version */
	NEWSDOC_EEMPTY = -10    /* input is empty or has no content */
} newsdoc_status;

/* The last error of the calling thread. */
typedef struct newsdoc_error {
	const char *message; /* never NULL; "no error" when there is none */
	int code;            /* a newsdoc_status value */
} newsdoc_error;

/*
 * The calling thread's last error. Never NULL.
 *
 * Only a call that fails sets the error (it returns a nonzero status, or
 * NULL where its documentation says a NULL means failure). It is cleared
 * by newsdoc_error_clear(), and by the parse functions and newsdoc_export
 * when they call into a plugin (just before the call, so that what the
 * plugin sets with its host table's error_set is its own). Every other
 * call that succeeds leaves it as it was. The struct and its message stay
 * valid and unchanged until the next call on the same thread that sets or
 * clears it, so this is valid:
 *
 *   const newsdoc_error *e = newsdoc_error_last();
 *   fprintf(stderr, "%s (%s)\n", e->message, newsdoc_status_string(e->code));
 *
 * Pure accessors never touch it: newsdoc_error_last, newsdoc_status_string,
 * newsdoc_version, newsdoc_buf_dispose, and the getters of documents,
 * registries and their infos (newsdoc_document_* getters,
 * newsdoc_*_info_*, newsdoc_registry_*_count and newsdoc_registry_*_at).
 */
NEWSDOC_EXTERN(const newsdoc_error *) newsdoc_error_last(void);

/* Clear the calling thread's last error. */
NEWSDOC_EXTERN(void) newsdoc_error_clear(void);

/* A short constant description of a status code ("invalid argument"). */
NEWSDOC_EXTERN(const char *) newsdoc_status_string(int status);

/*
 * Version of the library actually loaded (which may be newer than the
 * headers used to compile the caller). Any out pointer may be NULL.
 * Returns the version string, e.g. "1.0.0".
 */
NEWSDOC_EXTERN(const char *) newsdoc_version(int *major, int *minor, int *patch);

/*
 * An output buffer filled by the library (exporters). `ptr` is
 * NUL-terminated; `size` excludes the NUL. Release with
 * newsdoc_buf_dispose(), which resets the struct and accepts an empty one.
 */
typedef struct newsdoc_buf {
	char *ptr;
	size_t size;
	size_t reserved; /* allocated bytes; 0 means ptr is not owned */
} newsdoc_buf;

#define NEWSDOC_BUF_INIT { NULL, 0, 0 }

NEWSDOC_EXTERN(void) newsdoc_buf_dispose(newsdoc_buf *buf);

NEWSDOC_END_DECL

#endif
