/*
 * libnewsdoc: the registry of parsers and exporters.
 *
 * A registry holds the built-in parsers and exporters plus every plugin
 * found through manifests. It is immutable once made and may be shared by
 * threads; plugins are opened lazily (under a lock) and stay resident until
 * the registry is freed.
 */
#ifndef NEWSDOC_REGISTRY_H
#define NEWSDOC_REGISTRY_H

#include "common.h"

NEWSDOC_BEGIN_DECL

typedef struct newsdoc_registry newsdoc_registry;
typedef struct newsdoc_plugin_info newsdoc_plugin_info;
typedef struct newsdoc_parser_info newsdoc_parser_info;
typedef struct newsdoc_exporter_info newsdoc_exporter_info;

/* Registry flags. */
#define NEWSDOC_REGISTRY_NO_ENVIRONMENT   (1u << 0) /* ignore NEWSDOC_* variables */
#define NEWSDOC_REGISTRY_NO_DEFAULT_PATHS (1u << 1) /* skip XDG and installed folders */
#define NEWSDOC_REGISTRY_ALLOW_OUTSIDE    (1u << 2) /* let library_path leave the manifest's folder */

#define NEWSDOC_REGISTRY_OPTIONS_VERSION 1

typedef struct newsdoc_registry_options {
	unsigned int version;            /* NEWSDOC_REGISTRY_OPTIONS_VERSION */
	const char *const *plugin_paths; /* folders or manifest files, searched first */
	size_t plugin_path_count;
	unsigned int flags;              /* NEWSDOC_REGISTRY_* */
} newsdoc_registry_options;

#define NEWSDOC_REGISTRY_OPTIONS_INIT { NEWSDOC_REGISTRY_OPTIONS_VERSION, NULL, 0, 0 }

/* Fill `opts` with defaults for `version`; NEWSDOC_EVERSION if unknown. */
NEWSDOC_EXTERN(int) newsdoc_registry_options_init(newsdoc_registry_options *opts, unsigned int version);

/*
 * Make a registry. `opts` may be NULL (defaults). A plugin that cannot be
 * used is skipped and listed with its reason; it never fails the registry.
 */
NEWSDOC_EXTERN(int) newsdoc_registry_new(newsdoc_registry **out, const newsdoc_registry_options *opts);

/* Free a registry, closing its plugins. Accepts NULL. Documents made with
 * it stay valid; nothing in a document borrows from the registry. */
NEWSDOC_EXTERN(void) newsdoc_registry_free(newsdoc_registry *reg);

/* ---- what the registry has ---- */

/* Plugins, used and skipped, in the order they were found. */
NEWSDOC_EXTERN(size_t) newsdoc_registry_plugin_count(const newsdoc_registry *reg);
NEWSDOC_EXTERN(const newsdoc_plugin_info *) newsdoc_registry_plugin_at(const newsdoc_registry *reg, size_t i);
NEWSDOC_EXTERN(const char *) newsdoc_plugin_info_name(const newsdoc_plugin_info *info);
NEWSDOC_EXTERN(const char *) newsdoc_plugin_info_version(const newsdoc_plugin_info *info);
/* Path of the manifest; NULL for built-ins. */
NEWSDOC_EXTERN(const char *) newsdoc_plugin_info_manifest(const newsdoc_plugin_info *info);
/* "builtin", "library" or "declarative"; "unknown" for a skipped plugin
 * whose manifest could not be read that far. */
NEWSDOC_EXTERN(const char *) newsdoc_plugin_info_kind(const newsdoc_plugin_info *info);
/* Why the plugin was skipped, or NULL when it is in use. */
NEWSDOC_EXTERN(const char *) newsdoc_plugin_info_skip_reason(const newsdoc_plugin_info *info);
/* Absolute path of the plugin's shared object; NULL unless kind is "library". */
NEWSDOC_EXTERN(const char *) newsdoc_plugin_info_library(const newsdoc_plugin_info *info);

/*
 * Open plugin `i` now instead of when first used: dlopen, negotiation and
 * init. 0 when it is usable (built-in and declarative plugins always are);
 * else the error says what was wrong. The registry stays usable either way.
 */
NEWSDOC_EXTERN(int) newsdoc_registry_plugin_load(const newsdoc_registry *reg, size_t i);

/* Parsers in use, built-in "generic" included. */
NEWSDOC_EXTERN(size_t) newsdoc_registry_parser_count(const newsdoc_registry *reg);
NEWSDOC_EXTERN(const newsdoc_parser_info *) newsdoc_registry_parser_at(const newsdoc_registry *reg, size_t i);
NEWSDOC_EXTERN(const char *) newsdoc_parser_info_id(const newsdoc_parser_info *info);
NEWSDOC_EXTERN(const char *) newsdoc_parser_info_plugin(const newsdoc_parser_info *info);
NEWSDOC_EXTERN(int) newsdoc_parser_info_priority(const newsdoc_parser_info *info);
NEWSDOC_EXTERN(size_t) newsdoc_parser_info_host_count(const newsdoc_parser_info *info);
NEWSDOC_EXTERN(const char *) newsdoc_parser_info_host_at(const newsdoc_parser_info *info, size_t i);
/* URL path globs the parser claims (none: every path of its hosts). */
NEWSDOC_EXTERN(size_t) newsdoc_parser_info_path_count(const newsdoc_parser_info *info);
NEWSDOC_EXTERN(const char *) newsdoc_parser_info_path_at(const newsdoc_parser_info *info, size_t i);
/* 1 when the parser is manifest rules run by the core, else 0. */
NEWSDOC_EXTERN(int) newsdoc_parser_info_declarative(const newsdoc_parser_info *info);

/*
 * Exporters in use, built-ins included: one per format, the one
 * newsdoc_export uses for it, so a loop over the list exports each format
 * once. A plugin exporter that replaces a built-in format is listed
 * instead of the built-in; one that offers a format an earlier exporter
 * already has is not listed (a warning says so).
 */
NEWSDOC_EXTERN(size_t) newsdoc_registry_exporter_count(const newsdoc_registry *reg);
NEWSDOC_EXTERN(const newsdoc_exporter_info *) newsdoc_registry_exporter_at(const newsdoc_registry *reg, size_t i);
NEWSDOC_EXTERN(const char *) newsdoc_exporter_info_id(const newsdoc_exporter_info *info);
/* The format name given to newsdoc_export ("json"). */
NEWSDOC_EXTERN(const char *) newsdoc_exporter_info_format(const newsdoc_exporter_info *info);
NEWSDOC_EXTERN(const char *) newsdoc_exporter_info_mime_type(const newsdoc_exporter_info *info);
NEWSDOC_EXTERN(const char *) newsdoc_exporter_info_extension(const newsdoc_exporter_info *info);
/* The name of the plugin offering it; "builtin" for the library's own
 * (a name no manifest may take). The same holds for
 * newsdoc_parser_info_plugin. The Go binding gives "" and the Rust one
 * None for built-ins. */
NEWSDOC_EXTERN(const char *) newsdoc_exporter_info_plugin(const newsdoc_exporter_info *info);

/*
 * Things worth knowing that did not stop a plugin from loading, such as
 * two parsers claiming the same host at the same priority.
 */
NEWSDOC_EXTERN(size_t) newsdoc_registry_warning_count(const newsdoc_registry *reg);
NEWSDOC_EXTERN(const char *) newsdoc_registry_warning_at(const newsdoc_registry *reg, size_t i);

NEWSDOC_END_DECL

#endif
