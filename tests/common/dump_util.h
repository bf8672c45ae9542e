/*
 * Shared by the schema dump tools (tests/schema/dump_full.c,
 * tests/xml/dump_xml.c): stop at the first failing library call, and write
 * one export to a file. Define DUMP_PROGRAM (the tool's name, for its
 * messages) before including this.
 */
#ifndef DUMP_UTIL_H
#define DUMP_UTIL_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsdoc.h>

#ifndef DUMP_PROGRAM
#error "define DUMP_PROGRAM before including dump_util.h"
#endif

/* Stop at the first failing library call: this is a test helper. */
static void check(int rc, const char *what)
{
	if (rc != NEWSDOC_OK) {
		fprintf(stderr, DUMP_PROGRAM ": %s failed (%d): %s\n", what, rc, newsdoc_error_last()->message);
		exit(1);
	}
}

/* Export `doc` as `format` to DIR/NAME and print the path written. */
static void write_export(const newsdoc_registry *reg, const char *dir, const char *name,
	const newsdoc_document *doc, const char *format, unsigned int flags)
{
	newsdoc_export_options opts = NEWSDOC_EXPORT_OPTIONS_INIT;
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	char path[4096];
	FILE *file;
	int written;

	opts.flags = flags;
	check(newsdoc_export(&buf, reg, doc, format, &opts), "newsdoc_export");
	/* A cut path would write somewhere else than the caller reads. */
	written = snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (written < 0 || (size_t)written >= sizeof(path)) {
		fprintf(stderr, DUMP_PROGRAM ": output path too long: %s/%s\n", dir, name);
		exit(1);
	}
	file = fopen(path, "wb");
	if (!file) {
		fprintf(stderr, DUMP_PROGRAM ": cannot open %s: %s\n", path, strerror(errno));
		exit(1);
	}
	if (fwrite(buf.ptr, 1, buf.size, file) != buf.size || fclose(file) != 0) {
		fprintf(stderr, DUMP_PROGRAM ": cannot write %s: %s\n", path, strerror(errno));
		exit(1);
	}
	newsdoc_buf_dispose(&buf);
	printf("%s\n", path);
}

#endif
