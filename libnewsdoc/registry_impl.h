/*
 * The registry's private layout: the built-in parsers and exporters and the
 * plugins found through manifests.
 */
#ifndef NEWSDOC_REGISTRY_IMPL_H
#define NEWSDOC_REGISTRY_IMPL_H

#include <pthread.h>
#include <sys/types.h>

#include "internal.h"
#include "newsdoc/sys/plugin.h"
#include "util/str_map.h"

typedef struct newsdoc__rules newsdoc__rules;

/* Lazy-load states of a library plugin. */
enum { NEWSDOC__LOAD_NOT_TRIED = 0, NEWSDOC__LOAD_OK = 1, NEWSDOC__LOAD_FAILED = -1 };

struct newsdoc_plugin_info {
	char *name;
	char *version;
	char *manifest;     /* NULL for built-ins */
	const char *kind;   /* "builtin", "library", "declarative" */
	char *skip_reason;  /* NULL when in use */
	char *library;      /* absolute path of the .so; NULL unless kind is library */
	unsigned int interface_min;
	unsigned int interface_max;
	/* Lazy loading, guarded by the registry's lock. */
	int load_state;
	char *load_error;
	void *dl_handle;
	const newsdoc_plugin_answer *answer;
	void *state;
};

struct newsdoc_parser_info {
	char *id;
	newsdoc_plugin_info *owner;
	int priority;
	char **hosts;          /* "example.com", "*.example.com" */
	size_t host_count;
	char **paths;          /* fnmatch globs on the URL path; none: every path */
	size_t path_count;
	char *probe;           /* XPath: a page where it is true is this site's */
	newsdoc__rules *rules; /* declarative parsers */
};

typedef int (*newsdoc__export_fn)(newsdoc_buf *out, const newsdoc_document *doc, unsigned int flags);

struct newsdoc_exporter_info {
	char *id;
	char *format;
	char *mime_type;
	char *extension;
	newsdoc_plugin_info *owner;
	newsdoc__export_fn builtin; /* set for built-in exporters */
};

/* Who plugins are checked for (plugin/trust.c). */
typedef struct newsdoc__identity {
	uid_t euid;
	gid_t egid;
	int elevated; /* euid 0 or secure execution: unsafe plugins are skipped, not only warned about */
} newsdoc__identity;

struct newsdoc_registry {
	unsigned int flags;
	newsdoc__vec plugins;   /* newsdoc_plugin_info * */
	newsdoc__vec parsers;   /* newsdoc_parser_info * */
	newsdoc__vec exporters; /* newsdoc_exporter_info * */
	newsdoc__vec warnings;  /* char * */
	int debug;               /* NEWSDOC_DEBUG=plugins */
	int is_static;           /* the built-in registry used for reg == NULL */
	pthread_mutex_t lock;    /* lazy plugin loading */
	/* Indexes kept while manifests are read, so that each manifest's
	 * checks are lookups, not walks over every plugin found before. */
	newsdoc__str_map plugin_names; /* name -> newsdoc_plugin_info *, plugins in use */
	newsdoc__str_map parser_ids;   /* id -> newsdoc_parser_info *, plugins' parsers */
	newsdoc__str_map formats;      /* format -> the first plugin exporter offering it */
	newsdoc__identity identity;    /* whose plugins: trust checks */
	newsdoc__str_map checked_folders; /* path -> its verdict (plugin/trust.c) */
	newsdoc__vec folder_verdicts;  /* the verdicts, owned */
	/* Search entries already read, while discovery runs (discovery.c). */
	newsdoc__str_map searched_entries;  /* path -> itself */
	newsdoc__vec searched_entry_names; /* the paths, owned */
};

/* newsdoc_registry_new for `who` instead of this process's identity: what
 * the tests call to see what a process of another user is told. */
int newsdoc__registry_new_as(newsdoc_registry **out, const newsdoc_registry_options *opts,
	const newsdoc__identity *who);

/* `reg`, or the built-in registry when reg is NULL. */
const newsdoc_registry *newsdoc__registry_effective(const newsdoc_registry *reg);
/* The exporter for `format`, or NULL. Plugins are searched before built-ins. */
const newsdoc_exporter_info *newsdoc__registry_find_exporter(const newsdoc_registry *reg, const char *format);
/* The built-in exporter of `format`, or NULL. */
const newsdoc_exporter_info *newsdoc__registry_builtin_exporter(const char *format);
/* The parser with `id`, or NULL. */
const newsdoc_parser_info *newsdoc__registry_find_parser(const newsdoc_registry *reg, const char *id);

/* A parser or exporter a manifest made, and all it owns; NULL is fine. */
void newsdoc__parser_info_free(newsdoc_parser_info *parser);
void newsdoc__exporter_info_free(newsdoc_exporter_info *exporter);

/* NEWSDOC_DEBUG=plugins output. */
void newsdoc__plugin_log(const newsdoc_registry *reg, const char *fmt, ...) NEWSDOC__PRINTF(2, 3);
/* A note for newsdoc_registry_warning_at (and the debug log). */
int newsdoc__registry_warn(newsdoc_registry *reg, const char *fmt, ...) NEWSDOC__PRINTF(2, 3);

/* plugin/discovery.c: find and read every manifest into `reg`. */
int newsdoc__discover_plugins(newsdoc_registry *reg, const newsdoc_registry_options *opts);
/* The largest manifest read, in bytes. */
#define NEWSDOC__MANIFEST_MAX_SIZE (1024 * 1024)
struct stat;
/* plugin/manifest_file.c: the bytes of the manifest at `path` into `out`,
 * its status into `st`. 0, or 1 with `reason` set (or *oom): not a regular
 * file, over NEWSDOC__MANIFEST_MAX_SIZE, or unreadable. */
int newsdoc__manifest_file_read(const char *path, newsdoc__sb *out, struct stat *st, char *reason,
	size_t reason_size, int *oom);
/* plugin/trust.c: this process's identity. */
void newsdoc__identity_current(newsdoc__identity *who);
/* plugin/trust.c: 1 with `problem` set when the file or folder with
 * status `st` (`what`, "the manifest", at `path`) may not hold plugins for
 * `who`: owned by another user than root and who->euid, or writable by
 * others (a sticky folder excepted); else 0. */
int newsdoc__trust_problem(const struct stat *st, const char *what, const char *path, const newsdoc__identity *who,
	char *problem, size_t size);
/* plugin/trust.c: the file, and the folder holding `path`, in the
 * registry's terms: 0 to use the plugin (with a warning when the process
 * has no raised privileges and something is unsafe), 1 to skip it with
 * `reason` set, NEWSDOC_ENOMEM. A folder is checked once per registry. */
int newsdoc__trust_file(newsdoc_registry *reg, const struct stat *st, const char *what, const char *path,
	char *reason, size_t reason_size);
int newsdoc__trust_folder_of(newsdoc_registry *reg, const char *path, char *reason, size_t reason_size);
void newsdoc__trust_cache_free(newsdoc_registry *reg);
/* plugin/manifest.c: read one manifest; a bad one is recorded as skipped. */
int newsdoc__manifest_read(newsdoc_registry *reg, const char *path);
/* plugin/loader.c: open a library plugin once (thread-safe). */
int newsdoc__plugin_ensure_loaded(const newsdoc_registry *reg, newsdoc_plugin_info *plugin);
void newsdoc__plugin_unload(newsdoc_plugin_info *plugin);
/* plugin/loader.c: a plugin's `role` ("parser", "exporter") `id` returned
 * `rc`: NEWSDOC_ENOMEM or NEWSDOC_EPLUGIN, with the plugin's own message
 * when it set one after newsdoc_error_clear. */
int newsdoc__plugin_call_failed(int rc, const char *role, const char *id, const newsdoc_plugin_info *plugin);
/* plugin/host_api.c: the table plugins call. */
const newsdoc_host_api *newsdoc__host_api(void);
/* The host table's xpath_strings (plugin/host_xpath.c). */
int newsdoc__host_xpath_strings(newsdoc_buf *out, size_t *count, const newsdoc_plugin_page *page,
	const char *expression);
/* plugin/choose.c: the parser for a URL (host and path), or NULL. */
const newsdoc_parser_info *newsdoc__choose_by_url(const newsdoc_registry *reg, const char *url);
/* plugin/choose.c: 1 when some usable parser has a probe. */
int newsdoc__registry_has_probes(const newsdoc_registry *reg);
/* plugin/choose.c: the best parser whose probe matches the page, or NULL. */
const newsdoc_parser_info *newsdoc__choose_by_probe(const newsdoc_registry *reg, struct _xmlDoc *html);
/* plugin/ties.c: after loading, report host claims that tie. */
int newsdoc__report_host_ties(newsdoc_registry *reg);

/* plugin/rules.c: compile a parser's rules from the manifest (json_t *). */
int newsdoc__rules_compile(newsdoc__rules **out, const void *json_rules, const char *parser_id,
	const char *plugin_name, char *reason, size_t reason_size);
void newsdoc__rules_free(newsdoc__rules *rules);
/* Apply rules to a page: fill what they cover, drop what they name. */
int newsdoc__rules_apply(const newsdoc__rules *rules, newsdoc_document *doc, struct _xmlDoc *html,
	const char *url, const newsdoc_parse_options *opts);

#endif
