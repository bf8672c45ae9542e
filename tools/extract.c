/*
 * newsdoc command-line tool: `newsdoc extract`, pages into documents: the
 * options, and the work on each page of the batch (batch.c runs it on
 * worker threads, sharing one registry, and hands the results back here
 * in order to be written).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* sysconf, mkdir */
#endif

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* What the command line asked for. */
typedef struct extract_settings {
	const char *url;      /* --url, or NULL */
	int input_kind;       /* --input, a newsdoc_input value */
	const char *format;   /* --format as given ("jsonl" included) */
	int jsonl;            /* --format jsonl: compact json, one line per file */
	const char *parser;   /* --parser, or NULL to let the library choose */
	unsigned int parse_flags; /* --quotes-by-sentence */
	size_t max_work;      /* --max-work, 0 for the library's default */
	int strict_plugins;   /* --strict-plugins: a skipped --plugin-path manifest fails */
	size_t jobs;          /* -j: worker threads, 0 for one per core */
	const char *output_dir;  /* --output-dir, or NULL for standard output */
	const char *errors_path; /* --errors, or NULL */
	int quiet;            /* --quiet: no progress line, no summary */
	cli_strings plugin_paths;
	cli_strings files;
} extract_settings;

static int parse_input_kind(const char *value, int *kind)
{
	if (strcmp(value, "html") == 0)
		*kind = NEWSDOC_INPUT_HTML;
	else if (strcmp(value, "text") == 0)
		*kind = NEWSDOC_INPUT_TEXT;
	else if (strcmp(value, "json") == 0)
		*kind = NEWSDOC_INPUT_JSON;
	else
		return -1;
	return 0;
}

/* A whole number of steps for --max-work: digits only, no sign, no
 * overflow. */
static int parse_count(const char *value, size_t *count)
{
	unsigned long long parsed;
	char *end;

	if (value[0] < '0' || value[0] > '9')
		return -1;
	errno = 0;
	parsed = strtoull(value, &end, 10);
	if (errno || *end || parsed > SIZE_MAX)
		return -1;
	*count = (size_t)parsed;
	return 0;
}

/*
 * Read the command line into `settings`. Returns -1 to go on, else the
 * exit status to return at once (after --help, or a usage error).
 */
static int parse_arguments(int argc, char **argv, extract_settings *settings)
{
	const char *input_value = NULL;
	int options_ended = 0;
	int stdin_seen = 0;
	int index = 1;
	size_t i;

	while (index < argc) {
		const char *arg = argv[index];
		const char *value = NULL;
		int taken;

		/* "-" alone is standard input, a file like any other. */
		if (options_ended || arg[0] != '-' || arg[1] == '\0') {
			if (cli_strings_push(&settings->files, arg) < 0)
				return CLI_EXIT_FAILED;
			index++;
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			options_ended = 1;
			index++;
			continue;
		}
		if (cli_is_help(arg)) {
			cli_print_usage(stdout);
			return cli_finish_output();
		}
		if (strcmp(arg, "--strict-plugins") == 0) {
			settings->strict_plugins = 1;
			index++;
			continue;
		}
		if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0) {
			settings->quiet = 1;
			index++;
			continue;
		}
		/* -j N, -jN, --jobs N, --jobs=N */
		if (strncmp(arg, "-j", 2) == 0) {
			if (arg[2]) {
				value = arg + 2;
				index++;
			} else if (index + 1 < argc) {
				value = argv[index + 1];
				index += 2;
			} else {
				return cli_usage_error("option '-j' needs an argument");
			}
			if (parse_count(value, &settings->jobs) < 0)
				return cli_usage_error("-j needs a whole number of threads (0: one per core), not '%s'", value);
			continue;
		}
		if (strcmp(arg, "--quotes-by-sentence") == 0) {
			settings->parse_flags |= NEWSDOC_PARSE_QUOTES_BY_SENTENCE;
			index++;
			continue;
		}
		if ((taken = cli_take_value(argc, argv, &index, "--url", &value)) != 0) {
			settings->url = value;
		} else if ((taken = cli_take_value(argc, argv, &index, "--input", &value)) != 0) {
			input_value = value;
		} else if ((taken = cli_take_value(argc, argv, &index, "--format", &value)) != 0) {
			settings->format = value;
		} else if ((taken = cli_take_value(argc, argv, &index, "--parser", &value)) != 0) {
			settings->parser = value;
		} else if ((taken = cli_take_value(argc, argv, &index, "--max-work", &value)) != 0) {
			if (taken > 0 && parse_count(value, &settings->max_work) < 0)
				return cli_usage_error("--max-work needs a whole number of steps, not '%s'", value);
		} else if ((taken = cli_take_value(argc, argv, &index, "--jobs", &value)) != 0) {
			if (taken > 0 && parse_count(value, &settings->jobs) < 0)
				return cli_usage_error("--jobs needs a whole number of threads (0: one per core), not '%s'",
					value);
		} else if ((taken = cli_take_value(argc, argv, &index, "--output-dir", &value)) != 0) {
			settings->output_dir = value;
		} else if ((taken = cli_take_value(argc, argv, &index, "--errors", &value)) != 0) {
			settings->errors_path = value;
		} else if ((taken = cli_take_value(argc, argv, &index, "--plugin-path", &value)) != 0) {
			if (taken > 0 && cli_secure_execution())
				return cli_refuse_when_secure("--plugin-path");
			if (taken > 0 && cli_strings_push(&settings->plugin_paths, value) < 0)
				return CLI_EXIT_FAILED;
		} else {
			return cli_usage_error("unknown option '%s' for 'extract'", arg);
		}
		if (taken < 0)
			return CLI_EXIT_USAGE;
	}

	if (input_value && parse_input_kind(input_value, &settings->input_kind) < 0)
		return cli_usage_error("unknown input type '%s' (expected html, text or json)", input_value);
	settings->jsonl = strcmp(settings->format, "jsonl") == 0;
	if (settings->files.count == 0)
		return cli_usage_error("no input files for 'extract' (use '-' for standard input)");
	/* A second read of stdin would only find it drained. */
	for (i = 0; i < settings->files.count; i++) {
		if (strcmp(settings->files.items[i], "-") == 0 && stdin_seen++)
			return cli_usage_error("standard input ('-') given more than once");
	}
	return -1;
}

static int registry_has_format(const newsdoc_registry *registry, const char *format)
{
	size_t count = newsdoc_registry_exporter_count(registry);
	size_t i;

	for (i = 0; i < count; i++) {
		const char *name = newsdoc_exporter_info_format(newsdoc_registry_exporter_at(registry, i));

		if (name && strcmp(name, format) == 0)
			return 1;
	}
	return 0;
}

static int registry_has_parser(const newsdoc_registry *registry, const char *parser)
{
	size_t count = newsdoc_registry_parser_count(registry);
	size_t i;

	for (i = 0; i < count; i++) {
		const char *id = newsdoc_parser_info_id(newsdoc_registry_parser_at(registry, i));

		if (id && strcmp(id, parser) == 0)
			return 1;
	}
	return 0;
}

/* Whether the manifest at `manifest` was found through the --plugin-path
 * `entry`: the entry itself (a manifest named directly), or a file in it
 * (a folder, whose manifests discovery names ENTRY/NAME). */
static int found_through(const char *manifest, const char *entry)
{
	size_t len = strlen(entry);

	if (strcmp(manifest, entry) == 0)
		return 1;
	return len && strncmp(manifest, entry, len) == 0 && manifest[len] == '/' &&
		strchr(manifest + len + 1, '/') == NULL;
}

/*
 * Name on stderr each manifest the user pointed at with --plugin-path
 * that the registry skipped, with the reason: otherwise a typo in a rule
 * silently leaves the page to the generic parser. Manifests found in the
 * usual places are not reported here ('newsdoc plugins' lists them).
 * Returns how many were named.
 */
static size_t report_skipped_manifests(const newsdoc_registry *registry, const cli_strings *plugin_paths)
{
	size_t count = newsdoc_registry_plugin_count(registry);
	size_t skipped = 0;
	size_t i, p;

	for (i = 0; i < count; i++) {
		const newsdoc_plugin_info *info = newsdoc_registry_plugin_at(registry, i);
		const char *manifest = newsdoc_plugin_info_manifest(info);
		const char *reason = newsdoc_plugin_info_skip_reason(info);

		if (!manifest || !reason)
			continue;
		for (p = 0; p < plugin_paths->count; p++) {
			if (found_through(manifest, plugin_paths->items[p])) {
				cli_error("--plugin-path: skipped %s: %s", manifest, reason);
				skipped++;
				break;
			}
		}
	}
	return skipped;
}

/* What the workers and the writer of a batch share. */
typedef struct extract_batch {
	const newsdoc_registry *registry;
	const extract_settings *settings;
	cli_sources sources;
	cli_report report;
} extract_batch;

/* Fail `result` with a copy of `reason`. */
static void set_failure(cli_result *result, const char *code, const char *reason)
{
	size_t len = strlen(reason);

	result->error_code = code;
	result->reason = malloc(len + 1);
	if (result->reason)
		memcpy(result->reason, reason, len + 1);
}

/* Fail `result` with the calling thread's last library error. */
static void set_library_failure(cli_result *result, const char *prefix)
{
	const newsdoc_error *error = newsdoc_error_last();
	char reason[1024];

	snprintf(reason, sizeof(reason), "%s%s", prefix, error->message);
	set_failure(result, cli_error_code_name(error->code), reason);
}

/*
 * The part of the json exporter's compact output that goes on a jsonl
 * line: the object without surrounding white space. Returns -1 when it
 * is not an object.
 */
static int frame_jsonl(cli_result *result)
{
	const char *start = result->output.ptr;
	const char *end = result->output.ptr + result->output.size;

	while (start < end && (*start == ' ' || *start == '\n' || *start == '\r' || *start == '\t'))
		start++;
	while (end > start && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t'))
		end--;
	if (start == end || *start != '{' || end[-1] != '}')
		return -1;
	result->body_start = (size_t)(start - result->output.ptr);
	result->body_end = (size_t)(end - result->output.ptr);
	return 0;
}

/*
 * Turn one source into its document, on a worker: read, check, parse,
 * export. Nothing is written here; the result says what to write or why
 * the source failed.
 */
static void extract_work(void *context, size_t item, cli_result *result)
{
	extract_batch *batch = context;
	const extract_settings *settings = batch->settings;
	const cli_source *source = &batch->sources.items[item];
	newsdoc_parse_options parse_options = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_export_options export_options = NEWSDOC_EXPORT_OPTIONS_INIT;
	newsdoc_document *document = NULL;
	cli_input input = { NULL, 0 };
	char reason_buf[256];
	const char *reason = NULL;
	int status;

	if (source->error) {
		set_failure(result, source->error_code, source->error);
		return;
	}
	status = cli_read_input(&input, source->path, reason_buf, sizeof(reason_buf), &reason);
	if (status != 0) {
		set_failure(result, cli_error_code_name(status), reason);
		return;
	}
	reason = cli_check_input(&input, settings->input_kind, reason_buf, sizeof(reason_buf), &status);
	if (reason) {
		set_failure(result, cli_error_code_name(status), reason);
		goto done;
	}

	parse_options.input = settings->input_kind;
	parse_options.parser = settings->parser;
	parse_options.flags = settings->parse_flags;
	parse_options.max_input_size = CLI_MAX_INPUT_SIZE;
	parse_options.max_work = settings->max_work;
	if (newsdoc_parse(&document, batch->registry, input.data, input.size, settings->url, &parse_options)
			!= NEWSDOC_OK) {
		set_library_failure(result, "");
		goto done;
	}

	if (settings->jsonl)
		export_options.flags |= NEWSDOC_EXPORT_COMPACT;
	status = newsdoc_export(&result->output, batch->registry, document,
		settings->jsonl ? "json" : settings->format, &export_options);
	if (status != NEWSDOC_OK) {
		snprintf(reason_buf, sizeof(reason_buf), "cannot write as %s: ", settings->format);
		set_library_failure(result, reason_buf);
		goto done;
	}
	result->body_end = result->output.size;
	if (settings->jsonl && frame_jsonl(result) < 0)
		set_failure(result, "ERROR", "the json exporter did not write a JSON object");

done:
	newsdoc_document_free(document);
	cli_input_dispose(&input);
}

/* Write a document: a jsonl line with "source":PATH spliced in as its
 * first key, or the exported text ending with a newline. */
static void write_document(FILE *out, const extract_settings *settings, const char *source,
	const cli_result *result)
{
	const char *body = result->output.ptr + result->body_start;
	size_t size = result->body_end - result->body_start;

	if (settings->jsonl) {
		fputs("{\"source\":", out);
		cli_write_json_string(out, source);
		/* An object with no keys of its own takes no comma after "source". */
		if (body[1] != '}')
			fputc(',', out);
		fwrite(body + 1, 1, size - 1, out);
		fputc('\n', out);
		return;
	}
	fwrite(body, 1, size, out);
	/* Each document ends with a newline, so the next starts on its own line. */
	if (size == 0 || body[size - 1] != '\n')
		fputc('\n', out);
}

/* On the calling thread, in the order of the sources: write or report. */
static void extract_hand_over(void *context, size_t item, cli_result *result)
{
	extract_batch *batch = context;
	const extract_settings *settings = batch->settings;
	const cli_source *source = &batch->sources.items[item];
	char reason_buf[1024];
	FILE *out = stdout;

	if (!result->error_code && settings->output_dir) {
		out = cli_output_open(settings->output_dir, source->output_name, reason_buf, sizeof(reason_buf));
		if (!out) {
			set_failure(result, "EIO", reason_buf);
		} else {
			write_document(out, settings, source->path, result);
			if (cli_output_close(out, reason_buf, sizeof(reason_buf)) < 0)
				set_failure(result, "EIO", reason_buf);
		}
	} else if (!result->error_code) {
		write_document(stdout, settings, source->path, result);
	}
	if (result->error_code)
		cli_report_failure(&batch->report, source->path,
			result->error_code, result->reason ? result->reason : "out of memory");
	else
		cli_report_document(&batch->report);
}

/* The extension of --output-dir's files: the exporter's, else the format's name. */
static const char *format_extension(const newsdoc_registry *registry, const char *format)
{
	size_t count = newsdoc_registry_exporter_count(registry);
	size_t i;

	for (i = 0; i < count; i++) {
		const newsdoc_exporter_info *info = newsdoc_registry_exporter_at(registry, i);
		const char *name = newsdoc_exporter_info_format(info);
		const char *extension = newsdoc_exporter_info_extension(info);

		if (name && strcmp(name, format) == 0 && extension && *extension)
			return extension[0] == '.' ? extension + 1 : extension;
	}
	return format;
}

/* The number of workers for -j: 0 is one per online core. */
static size_t worker_count(size_t jobs)
{
	if (jobs == 0) {
		long cores = sysconf(_SC_NPROCESSORS_ONLN);

		jobs = cores > 0 ? (size_t)cores : 1;
	}
	return jobs > CLI_MAX_JOBS ? CLI_MAX_JOBS : jobs;
}

/*
 * Expand the FILEs into the batch's sources, name their outputs, and run
 * the batch. Returns the exit status.
 */
static int run_batch(const newsdoc_registry *registry, const extract_settings *settings)
{
	extract_batch batch;
	cli_batch run;
	FILE *errors_file = NULL;
	int status = CLI_EXIT_OK;
	size_t i;

	memset(&batch, 0, sizeof(batch));
	batch.registry = registry;
	batch.settings = settings;
	for (i = 0; i < settings->files.count; i++) {
		if (cli_sources_add(&batch.sources, settings->files.items[i]) < 0) {
			status = CLI_EXIT_FAILED;
			goto done;
		}
	}
	if (settings->output_dir) {
		if (mkdir(settings->output_dir, 0777) != 0 && errno != EEXIST) {
			cli_error("--output-dir: cannot make %s: %s", settings->output_dir, strerror(errno));
			status = CLI_EXIT_FAILED;
			goto done;
		}
		if (cli_output_names(&batch.sources,
				settings->jsonl ? "jsonl" : format_extension(registry, settings->format)) < 0) {
			status = CLI_EXIT_FAILED;
			goto done;
		}
	}
	if (settings->errors_path) {
		errors_file = fopen(settings->errors_path, "w");
		if (!errors_file) {
			cli_error("--errors: cannot write %s: %s", settings->errors_path, strerror(errno));
			status = CLI_EXIT_FAILED;
			goto done;
		}
	}

	cli_report_start(&batch.report, batch.sources.count, settings->quiet, errors_file);
	memset(&run, 0, sizeof(run));
	run.count = batch.sources.count;
	run.jobs = worker_count(settings->jobs);
	run.work = extract_work;
	run.hand_over = extract_hand_over;
	run.context = &batch;
	cli_batch_run(&run);
	cli_report_finish(&batch.report);
	if (batch.report.failed)
		status = CLI_EXIT_FAILED;

	if (errors_file) {
		char reason_buf[256];

		if (cli_output_close(errors_file, reason_buf, sizeof(reason_buf)) < 0) {
			cli_error("--errors: %s: %s", settings->errors_path, reason_buf);
			status = CLI_EXIT_FAILED;
		}
	}
done:
	cli_sources_dispose(&batch.sources);
	return status;
}

int cli_extract(int argc, char **argv)
{
	extract_settings settings;
	newsdoc_registry *registry = NULL;
	int status;

	memset(&settings, 0, sizeof(settings));
	settings.input_kind = NEWSDOC_INPUT_HTML;
	settings.format = "json";
	settings.jobs = 1;

	status = parse_arguments(argc, argv, &settings);
	if (status >= 0)
		goto done;

	registry = cli_open_registry(settings.plugin_paths.items, settings.plugin_paths.count);
	if (!registry) {
		status = CLI_EXIT_FAILED;
		goto done;
	}
	if (report_skipped_manifests(registry, &settings.plugin_paths) && settings.strict_plugins) {
		cli_error("--strict-plugins: a manifest given with --plugin-path was skipped; nothing extracted");
		status = CLI_EXIT_FAILED;
		goto done;
	}
	/* A misspelt format or parser is a mistake on the command line; say so
	 * once, before any file is read, rather than once per file. */
	if (!settings.jsonl && !registry_has_format(registry, settings.format)) {
		status = cli_usage_error("unknown format '%s' ('newsdoc formats' lists them)", settings.format);
		goto done;
	}
	if (settings.parser && !registry_has_parser(registry, settings.parser)) {
		status = cli_usage_error("unknown parser '%s' ('newsdoc plugins' lists them)", settings.parser);
		goto done;
	}

	status = run_batch(registry, &settings);
	if (cli_finish_output() != CLI_EXIT_OK)
		status = CLI_EXIT_FAILED;

done:
	newsdoc_registry_free(registry);
	cli_strings_dispose(&settings.plugin_paths);
	cli_strings_dispose(&settings.files);
	return status;
}
