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
 * Read `path` ("-" for standard input) into `input`. On failure return -1
 * and point *reason at a short description ("is a directory", "cannot
 * open: No such file or directory") held in `reason_buf`.
 */
int cli_read_input(cli_input *input, const char *path, char *reason_buf, size_t reason_size, const char **reason);

/*
 * Check that the bytes read look like the kind of input claimed
 * (newsdoc_input value) before handing them to the library. Returns NULL
 * when they do, else why not ("is empty", "looks like binary data, not an
 * HTML page"), a string held in `reason_buf` or a constant.
 */
const char *cli_check_input(const cli_input *input, int input_kind, char *reason_buf, size_t reason_size);

void cli_input_dispose(cli_input *input);

/* ---- json_string.c ---- */

/*
 * Write `text` as a JSON string literal (with its quotes) to `out`. Bytes
 * that are not valid UTF-8, which file names on POSIX systems may contain,
 * become U+FFFD so that the output is always valid JSON.
 */
void cli_write_json_string(FILE *out, const char *text);

#endif
