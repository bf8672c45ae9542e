/*
 * newsdoc command-line tool: `newsdoc extract`, pages into documents.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* How a file is named in messages: "-" alone would be cryptic there. */
static const char *display_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "(standard input)" : path;
}

/*
 * Write one jsonl line: the compact JSON object of `json` with
 * "source":PATH spliced in as its first key.
 */
static int write_jsonl_line(const char *path, const newsdoc_buf *json)
{
	const char *start = json->ptr;
	const char *end = json->ptr + json->size;
	const char *after_brace;

	while (start < end && (*start == ' ' || *start == '\n' || *start == '\r' || *start == '\t'))
		start++;
	while (end > start && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t'))
		end--;
	if (start == end || *start != '{' || end[-1] != '}') {
		cli_error("%s: the json exporter did not write a JSON object", display_name(path));
		return -1;
	}
	after_brace = start + 1;
	fputs("{\"source\":", stdout);
	cli_write_json_string(stdout, path);
	/* An object with no keys of its own takes no comma after "source". */
	if (*after_brace != '}')
		fputc(',', stdout);
	fwrite(after_brace, 1, (size_t)(end - after_brace), stdout);
	fputc('\n', stdout);
	return 0;
}

/* Turn one file into a document and print it. Returns 0, or -1 after reporting why not. */
static int extract_one(const newsdoc_registry *registry, const extract_settings *settings, const char *path)
{
	newsdoc_parse_options parse_options = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_export_options export_options = NEWSDOC_EXPORT_OPTIONS_INIT;
	newsdoc_buf output = NEWSDOC_BUF_INIT;
	newsdoc_document *document = NULL;
	cli_input input = { NULL, 0 };
	char reason_buf[256];
	const char *reason = NULL;
	int result = -1;

	if (cli_read_input(&input, path, reason_buf, sizeof(reason_buf), &reason) < 0) {
		cli_error("%s: %s", display_name(path), reason);
		return -1;
	}
	reason = cli_check_input(&input, settings->input_kind, reason_buf, sizeof(reason_buf));
	if (reason) {
		cli_error("%s: %s", display_name(path), reason);
		goto done;
	}

	parse_options.input = settings->input_kind;
	parse_options.parser = settings->parser;
	parse_options.flags = settings->parse_flags;
	parse_options.max_input_size = CLI_MAX_INPUT_SIZE;
	parse_options.max_work = settings->max_work;
	if (newsdoc_parse(&document, registry, input.data, input.size, settings->url, &parse_options) != NEWSDOC_OK) {
		cli_error("%s: %s", display_name(path), newsdoc_error_last()->message);
		goto done;
	}

	if (settings->jsonl)
		export_options.flags |= NEWSDOC_EXPORT_COMPACT;
	if (newsdoc_export(&output, registry, document, settings->jsonl ? "json" : settings->format,
			&export_options) != NEWSDOC_OK) {
		cli_error("%s: cannot write as %s: %s", display_name(path), settings->format,
			newsdoc_error_last()->message);
		goto done;
	}

	if (settings->jsonl) {
		if (write_jsonl_line(path, &output) < 0)
			goto done;
	} else {
		fwrite(output.ptr, 1, output.size, stdout);
		/* Each document ends with a newline, so the next starts on its own line. */
		if (output.size == 0 || output.ptr[output.size - 1] != '\n')
			fputc('\n', stdout);
	}
	result = 0;

done:
	newsdoc_buf_dispose(&output);
	newsdoc_document_free(document);
	cli_input_dispose(&input);
	return result;
}

int cli_extract(int argc, char **argv)
{
	extract_settings settings;
	newsdoc_registry *registry = NULL;
	int status;
	size_t i;

	memset(&settings, 0, sizeof(settings));
	settings.input_kind = NEWSDOC_INPUT_HTML;
	settings.format = "json";

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

	status = CLI_EXIT_OK;
	for (i = 0; i < settings.files.count; i++) {
		if (extract_one(registry, &settings, settings.files.items[i]) < 0)
			status = CLI_EXIT_FAILED;
	}
	if (cli_finish_output() != CLI_EXIT_OK)
		status = CLI_EXIT_FAILED;

done:
	newsdoc_registry_free(registry);
	cli_strings_dispose(&settings.plugin_paths);
	cli_strings_dispose(&settings.files);
	return status;
}
