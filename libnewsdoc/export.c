/*
 * newsdoc_export: find the exporter for a format and run it.
 */
#include <string.h>

#include "registry_impl.h"

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

/* "json, xml, ..." for error messages. */
static void list_formats(const newsdoc_registry *reg, char *list, size_t size)
{
	size_t i, n = 0;
	list[0] = '\0';
	for (i = 0; i < newsdoc_registry_exporter_count(reg) && n < size; i++) {
		const char *format = newsdoc_exporter_info_format(newsdoc_registry_exporter_at(reg, i));
		size_t len = strlen(format);
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

int newsdoc_export(newsdoc_buf *out, const newsdoc_registry *reg,
	const newsdoc_document *doc, const char *format, const newsdoc_export_options *opts)
{
	const newsdoc_exporter_info *exporter;
	unsigned int flags = 0;

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
	if (exporter->builtin)
		return exporter->builtin(out, doc, flags);
	return newsdoc__error_set(NEWSDOC_EPLUGIN,
		"newsdoc_export: exporter '%s' has no implementation", exporter->id);
}
