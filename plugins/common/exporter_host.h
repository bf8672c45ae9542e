/*
 * What the in-tree exporter plugins (export-xml, -markdown, -text) share
 * about the host table. Header-only: each plugin is its own shared object
 * and never links libnewsdoc, so this is compiled into each one.
 */
#ifndef NEWSDOC_PLUGINS_EXPORTER_HOST_H
#define NEWSDOC_PLUGINS_EXPORTER_HOST_H

#include <stddef.h>

#include <newsdoc/sys/plugin.h>

/* A host whose table is shorter than this header's lacks some members;
 * the plugin must not read past struct_size. */
#define HOST_HAS(host, member) NEWSDOC_HOST_API_HAS(host, member)

/* Before an author's affiliation when no role precedes it, in the text
 * and Markdown bylines: "Jane Roe (at Reuters)". "(Reuters)" alone reads
 * as a role, in `--input text` (libnewsdoc/text/text_header.c) and to a
 * reader. */
#define EXPORTER_AFFILIATION_CUE "at "

/*
 * The init step of an exporter: keep the host table as the state when it
 * has every member up to `has_last_member` (HOST_HAS of the last member
 * the plugin calls), else say which plugin found it too old.
 */
static inline int exporter_init(void **state, const newsdoc_host_api *host, int has_last_member,
	const char *too_old_message)
{
	if (!HOST_HAS(host, error_set))
		return -1;
	if (!has_last_member)
		return host->error_set(NEWSDOC_EPLUGIN, too_old_message);
	*state = (void *)host;
	return 0;
}

/*
 * Whether any block has text, i.e. whether the derived plain text is not
 * empty. Asked before calling document_text because the host's answer for
 * an empty text is not reliably NUL-terminated (libnewsdoc 1.0.0), and
 * because document_text answers "" when it runs out of memory: with block
 * text present, "" can only mean that.
 */
static inline int exporter_body_has_text(const newsdoc_host_api *host, const newsdoc_document *doc)
{
	size_t i, count = host->document_block_count(doc);

	for (i = 0; i < count; i++) {
		if (*host->block_text(host->document_block_at(doc, i)))
			return 1;
	}
	return 0;
}

/*
 * The end of an export that may have written nothing: `status` as it is,
 * or, when nothing was written, still an owned, NUL-terminated "" (the
 * host's own fallback for an untouched buffer is not NUL-terminated in
 * 1.0.0).
 */
static inline int exporter_finish(const newsdoc_host_api *host, newsdoc_buf *out, int status)
{
	if (status == 0 && !out->ptr)
		status = host->buf_append(out, "", 0);
	return status;
}

#endif
