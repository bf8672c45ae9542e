/*
 * newsdoc_export: find the exporter for a format and run it.
 */
#include <string.h>

#include "registry_impl.h"
#ifdef NEWSDOC_ALLOC_HOOKS
#include "model/alloc_hooks.h"
#endif

int newsdoc_export_options_init(newsdoc_export_options *opts, unsigned int version)
{
	static const newsdoc_export_options defaults = NEWSDOC_EXPORT_OPTIONS_INIT;

	if (!opts)
		return newsdoc__error_arg("newsdoc_export_options_init", "opts");
	if (version != NEWSDOC_EXPORT_OPTIONS_VERSION)
		return newsdoc__error_set(NEWSDOC_EVERSION,
			"newsdoc_export_options_init: unknown options version %u (this library knows %d)",
			version, NEWSDOC_EXPORT_OPTIONS_VERSION);
	*opts = defaults;
	return 0;
}

/* "json, xml, ..." for error messages, each format once (a plugin may
 * provide a format that a built-in provides too). */
static void list_formats(const newsdoc_registry *reg, char *list, size_t size)
{
	size_t i, j, n = 0;

	list[0] = '\0';
	for (i = 0; i < newsdoc_registry_exporter_count(reg); i++) {
		const char *format = newsdoc_exporter_info_format(newsdoc_registry_exporter_at(reg, i));
		size_t len = strlen(format);
		int seen = 0;
		for (j = 0; j < i && !seen; j++)
			seen = !strcmp(format, newsdoc_exporter_info_format(newsdoc_registry_exporter_at(reg, j)));
		if (seen)
			continue;
		if (n + len + 3 >= size)
			break;
		if (n) {
			memcpy(list + n, ", ", 2);
			n += 2;
		}
		memcpy(list + n, format, len + 1);
		n += len;
	}
}

/* An exporter plugin writes through the host table's buf_append, so the
 * bytes are always the library's to free. */
static int run_plugin_exporter(const newsdoc_registry *reg, const newsdoc_exporter_info *exporter,
	newsdoc_buf *out, const newsdoc_document *doc, unsigned int flags)
{
	const newsdoc_plugin_answer *answer;
	int rc;

	if ((rc = newsdoc__plugin_ensure_loaded(reg, exporter->owner)) != 0)
		return rc;
	answer = exporter->owner->answer;
	if (!answer->export_document)
		return newsdoc__error_set(NEWSDOC_EPLUGIN, "plugin '%s' offers format '%s' but has no export function",
			exporter->owner->name, exporter->format);
	newsdoc_error_clear();
	rc = answer->export_document(exporter->owner->state, exporter->id, out, doc, flags);
	if (rc != 0) {
		newsdoc_buf_dispose(out);
		return newsdoc__plugin_call_failed(rc, "exporter", exporter->id, exporter->owner);
	}
	if (!out->ptr) {
		/* Nothing written: still hand back an empty, owned string
		 * (newsdoc__sb_to_buf allocates one for an empty builder). */
		newsdoc__sb empty = NEWSDOC__SB_INIT;
		return newsdoc__sb_to_buf(&empty, out);
	}
	return 0;
}

int newsdoc_export(newsdoc_buf *out, const newsdoc_registry *reg,
	const newsdoc_document *doc, const char *format, const newsdoc_export_options *opts)
{
	const newsdoc_exporter_info *exporter;
	unsigned int flags = 0;
	int rc;

	if (!out)
		return newsdoc__error_arg("newsdoc_export", "out");
	out->ptr = NULL;
	out->size = out->reserved = 0;
	if (!doc)
		return newsdoc__error_arg("newsdoc_export", "doc");
	if (!format || !*format)
		return newsdoc__error_arg("newsdoc_export", "format");
	if (opts) {
		if (opts->version != NEWSDOC_EXPORT_OPTIONS_VERSION)
			return newsdoc__error_set(NEWSDOC_EVERSION,
				"newsdoc_export: unknown options version %u (this library knows %d)",
				opts->version, NEWSDOC_EXPORT_OPTIONS_VERSION);
		flags = opts->flags;
	}
	exporter = newsdoc__registry_find_exporter(reg, format);
	if (!exporter) {
		char known[256];
		list_formats(newsdoc__registry_effective(reg), known, sizeof(known));
		return newsdoc__error_set(NEWSDOC_ENOTFOUND,
			"newsdoc_export: unknown format '%s' (available: %s)", format, known);
	}
	newsdoc__xml_clear_oom();
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(1); /* libxml2's writer does not survive failures: alloc.c */
#endif
	rc = exporter->builtin ? exporter->builtin(out, doc, flags) : run_plugin_exporter(reg, exporter, out, doc, flags);
#ifdef NEWSDOC_ALLOC_HOOKS
	newsdoc__alloc_pause(0);
#endif
	/* An exporter writing with libxml2 (xml) may have lost output. */
	if (!rc && newsdoc__xml_oom()) {
		newsdoc_buf_dispose(out);
		rc = newsdoc__error_oom();
	}
	return rc;
}
