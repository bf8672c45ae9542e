/*
 * newsdoc command-line tool: what the tool's source files share.
 *
 * The tool uses the public libnewsdoc API only, as any user program would.
 */
#ifndef NEWSDOC_CLI_H
#define NEWSDOC_CLI_H

#include <stdio.h>
#include <stddef.h>

#include <newsdoc.h>

/* Exit statuses, as documented in --help. */
#define CLI_EXIT_OK 0
#define CLI_EXIT_FAILED 1 /* some input could not be turned into a document */
#define CLI_EXIT_USAGE 2  /* the command line itself was wrong */

/*
 * The largest input read. It matches the library's documented default for
 * newsdoc_parse_options.max_input_size and is passed to it explicitly, so
 * the tool stops reading a huge file early instead of slurping it all
 * before the library refuses it.
 */
#define CLI_MAX_INPUT_SIZE ((size_t)64 * 1024 * 1024)

/* The most worker threads -j starts: more only adds memory (each holds a
 * page and its tree) without a core to run on. */
#define CLI_MAX_JOBS 256

/* ---- newsdoc.c: shared command-line helpers ---- */

/* Print "newsdoc: MESSAGE" and the --help hint on stderr; returns CLI_EXIT_USAGE. */
int cli_usage_error(const char *format, ...)
#ifdef __GNUC__
	__attribute__((format(printf, 1, 2)))
#endif
	;

/* Print "newsdoc: MESSAGE" on stderr. */
void cli_error(const char *format, ...)
#ifdef __GNUC__
	__attribute__((format(printf, 1, 2)))
#endif
	;

/*
 * If argv[*index] is the long option `name` ("--format") written as
 * "--format VALUE" or "--format=VALUE", store the value, advance *index past
 * what was consumed and return 1. Return 0 when it is another argument, and
 * -1 (after reporting the usage error) when the value is missing.
 */
int cli_take_value(int argc, char **argv, int *index, const char *name, const char **value);

/*
 * Whether the tool runs with privileges its user does not have (setuid or
 * setgid): the kernel's secure-execution flag, AT_SECURE, which glibc's
 * secure_getenv follows too. The library then ignores the environment;
 * the tool refuses the options that would let its user choose plugin code
 * (--plugin-path, plugin check --load).
 */
int cli_secure_execution(void);

/* Report `option` as refused under secure execution; returns CLI_EXIT_USAGE. */
int cli_refuse_when_secure(const char *option);

/* True for "-h" and "--help". */
int cli_is_help(const char *arg);

/*
 * Flush stdout and check that everything written reached it (a full disk,
 * a closed pipe); returns CLI_EXIT_OK, or CLI_EXIT_FAILED after reporting.
 */
int cli_finish_output(void);

/* Write the --help text to `out`. */
void cli_print_usage(FILE *out);

/*
 * Make a registry that searches `paths` first (the --plugin-path folders).
 * On failure report it on stderr and return NULL.
 */
newsdoc_registry *cli_open_registry(const char *const *paths, size_t path_count);

/* A growable list of borrowed argv strings (file names, plugin paths). */
typedef struct cli_strings {
	const char **items;
	size_t count;
	size_t capacity;
} cli_strings;

/* Append; returns 0, or -1 (after reporting) when memory runs out. */
int cli_strings_push(cli_strings *list, const char *item);
void cli_strings_dispose(cli_strings *list);

/* "-" for NULL or empty text, for listings. */
const char *cli_or_dash(const char *text);

/*
 * The start of `formats` and `plugins`: read their options (only
 * --plugin-path, and --help) and open the registry with those paths.
 * Returns -1 to continue with *registry set, else an exit status to return
 * at once.
 */
int cli_open_listing_registry(int argc, char **argv, newsdoc_registry **registry);

/* ---- plugins.c ---- */

/* `newsdoc plugins ...` and `newsdoc plugin check [--load] MANIFEST`. */
int cli_plugins(int argc, char **argv);
int cli_plugin(int argc, char **argv);

/* ---- extract.c ---- */

/* `newsdoc extract ...`; argv[0] is "extract". Returns the exit status. */
int cli_extract(int argc, char **argv);

/* ---- input.c: reading one input fully into memory ---- */

typedef struct cli_input {
	char *data;  /* NUL-terminated (the NUL is not counted in size) */
	size_t size;
} cli_input;

/*
 * Read `path` ("-" for standard input) into `input`, decompressing gzip
 * data on the way; the size limit counts the decompressed bytes. Returns
 * 0, or on failure a newsdoc_status (NEWSDOC_EIO, NEWSDOC_ELIMIT,
 * NEWSDOC_ENOMEM) with *reason pointing at a short description ("is a
 * directory", "cannot open: No such file or directory") held in
 * `reason_buf`.
 */
int cli_read_input(cli_input *input, const char *path, char *reason_buf, size_t reason_size, const char **reason);

/*
 * Check that the bytes read look like the kind of input claimed
 * (newsdoc_input value) before handing them to the library. Returns NULL
 * when they do, else why not ("is empty", "looks like binary data, not an
 * HTML page"), a string held in `reason_buf` or a constant, with *status
 * NEWSDOC_EEMPTY or NEWSDOC_EPARSE.
 */
const char *cli_check_input(const cli_input *input, int input_kind, char *reason_buf, size_t reason_size,
	int *status);

void cli_input_dispose(cli_input *input);

/* ---- sources.c: the inputs of a batch, folders expanded ---- */

typedef struct cli_source {
	char *path;             /* as given, or FOLDER/NAME for a file found in a folder */
	const char *relative;   /* within `path`: the base name of a file given, the
	                           path under the folder of a file found there */
	char *error;            /* why the source failed before it was read, or NULL */
	const char *error_code; /* with `error`: "EIO", "ELIMIT" */
	char *output_name;      /* with --output-dir: the file written, under the folder */
} cli_source;

typedef struct cli_sources {
	cli_source *items;
	size_t count;
	size_t capacity;
} cli_sources;

/*
 * Add one command-line argument: a file, "-", or a folder whose pages
 * (.html, .htm, .gz, recursively, in name order) are added in its place.
 * A folder that cannot be read, or has no page, is added as a failed
 * source. Returns 0, or -1 (after reporting) when memory runs out.
 */
int cli_sources_add(cli_sources *sources, const char *argument);
void cli_sources_dispose(cli_sources *sources);

/* ---- output_dir.c: --output-dir, one file per source ---- */

/*
 * Give each source its output_name: its relative name with a .gz, then an
 * .html or .htm suffix taken off and "." `extension` put on ("-" gives
 * "stdin"). A name already given to an earlier source gets "-2", "-3"...
 * before the extension. Returns 0, or -1 after reporting.
 */
int cli_output_names(cli_sources *sources, const char *extension);

/*
 * Open FOLDER/NAME for writing, making the folders on the way as needed.
 * Returns the file, or NULL with the reason in `reason_buf`.
 */
FILE *cli_output_open(const char *folder, const char *name, char *reason_buf, size_t reason_size);

/* Close a file of cli_output_open; returns 0, or -1 with the reason
 * (a full disk) in `reason_buf`. */
int cli_output_close(FILE *file, char *reason_buf, size_t reason_size);

/* ---- batch.c: items on worker threads, results in order ---- */

/* What one item of a batch gave. */
typedef struct cli_result {
	newsdoc_buf output;     /* the document as exported */
	size_t body_start;      /* the part of `output` to write */
	size_t body_end;
	char *reason;           /* why the item failed (malloc'd), or NULL */
	const char *error_code; /* with `reason`: "EIO", "EPARSE"... */
} cli_result;

typedef struct cli_batch {
	size_t count;  /* items 0 .. count-1 */
	size_t jobs;   /* worker threads; 1 runs on the calling thread alone */
	/* On a worker: fill the zeroed `result` of `item`. */
	void (*work)(void *context, size_t item, cli_result *result);
	/* On the calling thread, in item order: write or report `result`,
	 * which is disposed of afterwards. */
	void (*hand_over)(void *context, size_t item, cli_result *result);
	void *context;
} cli_batch;

/* Run every item of `batch`, holding a bounded number of results at once. */
void cli_batch_run(const cli_batch *batch);

void cli_result_dispose(cli_result *result);

/* ---- report.c: failures, progress and summary of a batch ---- */

#define CLI_ERROR_CODE_COUNT 10

typedef struct cli_report {
	FILE *errors_file; /* --errors, or NULL */
	int quiet;         /* --quiet: no progress line, no summary */
	int on_terminal;   /* stderr is a terminal */
	int show_progress; /* on a terminal and not --quiet */
	int progress_on_screen;
	size_t total, done, documents, failed;
	size_t failed_by_code[CLI_ERROR_CODE_COUNT];
	double start, last_progress; /* monotonic seconds */
} cli_report;

/* The name of a newsdoc_status ("EPARSE"), as --errors writes it. */
const char *cli_error_code_name(int status);

void cli_report_start(cli_report *report, size_t total, int quiet, FILE *errors_file);
/* One source became a document. */
void cli_report_document(cli_report *report);
/* One source failed: "newsdoc: SOURCE: REASON" on stderr, a line in --errors. */
void cli_report_failure(cli_report *report, const char *source, const char *code, const char *reason);
/* Clear the progress line; print the summary of a batch of several files
 * (when some failed, or stderr is a terminal). */
void cli_report_finish(cli_report *report);

/* ---- json_string.c ---- */

/*
 * Write `text` as a JSON string literal (with its quotes) to `out`. Bytes
 * that are not valid UTF-8, which file names on POSIX systems may contain,
 * become U+FFFD so that the output is always valid JSON.
 */
void cli_write_json_string(FILE *out, const char *text);

#endif
