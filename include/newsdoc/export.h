/*
 * libnewsdoc: writing a document out (JSON, and any exporter plugin).
 */
#ifndef NEWSDOC_EXPORT_H
#define NEWSDOC_EXPORT_H

#include "document.h"
#include "registry.h"

NEWSDOC_BEGIN_DECL

#define NEWSDOC_EXPORT_COMPACT (1u << 0) /* one line, no indentation */

#define NEWSDOC_EXPORT_OPTIONS_VERSION 1

typedef struct newsdoc_export_options {
	unsigned int version; /* NEWSDOC_EXPORT_OPTIONS_VERSION */
	unsigned int flags;   /* NEWSDOC_EXPORT_* */
} newsdoc_export_options;

#define NEWSDOC_EXPORT_OPTIONS_INIT { NEWSDOC_EXPORT_OPTIONS_VERSION, 0 }

NEWSDOC_EXTERN(int) newsdoc_export_options_init(newsdoc_export_options *opts, unsigned int version);

/*
 * Write `doc` in `format` ("json", or any exporter's format name) into
 * `out`, which the caller releases with newsdoc_buf_dispose(). `reg` may be
 * NULL (built-in exporters only); `opts` may be NULL.
 */
NEWSDOC_EXTERN(int) newsdoc_export(newsdoc_buf *out, const newsdoc_registry *reg,
	const newsdoc_document *doc, const char *format, const newsdoc_export_options *opts);

NEWSDOC_END_DECL

#endif
