/*
 * C helpers for the Go binding. Each one makes a fallible libnewsdoc call
 * and, when it fails, copies newsdoc_error_last() in the same C call: a
 * cgo call never changes OS thread while it runs, so the message read is
 * the one the failing call left on its own thread (the error is
 * thread-local). The copy is malloc'd; Go frees it.
 */
#ifndef NEWSDOC_GO_SHIM_H
#define NEWSDOC_GO_SHIM_H

#include <stdlib.h>
#include <newsdoc.h>

int newsdoc_go_registry_new(newsdoc_registry **out, char **paths, size_t npaths,
	unsigned int flags, char **msg);

/* limits: max_input_size, max_depth, max_nodes, max_jsonld_size,
 * max_quotes, max_related, max_work (NULL: the defaults). */
int newsdoc_go_parse(newsdoc_document **out, const newsdoc_registry *reg,
	const char *data, size_t len, const char *url, int input, const char *parser,
	const char *charset, unsigned int flags, const size_t *limits, char **msg);

int newsdoc_go_from_json(newsdoc_document **out, const char *data, size_t len, char **msg);

/* Export into *buf (NEWSDOC_BUF_INIT); Go copies it and disposes of it,
 * on failure too. */
int newsdoc_go_export(newsdoc_buf *buf, const newsdoc_registry *reg,
	const newsdoc_document *doc, const char *format, unsigned int flags, char **msg);

int newsdoc_go_plugin_load(const newsdoc_registry *reg, size_t i, char **msg);

/* A non-NULL pointer for an empty input (the library wants data != NULL). */
extern const char newsdoc_go_empty[1];

#endif
