/*
 * newsdoc: the command-line front end of libnewsdoc.
 *
 *   newsdoc extract [OPTIONS] FILE...   pages into documents
 *   newsdoc formats                     the exporters available
 *   newsdoc plugins                     the plugins found, used and skipped
 *   newsdoc plugin check [--load] MANIFEST
 *                                       validate one manifest (--load: open
 *                                       its library too)
 *
 * This file holds the command dispatch, the help text, `formats` and
 * the helpers the other files share; extract.c holds the extract command
 * and plugins.c the plugin commands.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include "cli.h"

/* ---- messages ---- */

static void print_prefixed(const char *format, va_list args)
{
	fputs("newsdoc: ", stderr);
	vfprintf(stderr, format, args);
	fputc('\n', stderr);
}

void cli_error(const char *format, ...)
{
	va_list args;

	va_start(args, format);
	print_prefixed(format, args);
	va_end(args);
}

int cli_usage_error(const char *format, ...)
{
	va_list args;

	va_start(args, format);
	print_prefixed(format, args);
	va_end(args);
	fputs("Try 'newsdoc --help'.\n", stderr);
	return CLI_EXIT_USAGE;
}

void cli_print_usage(FILE *out)
{
	fputs(
		"Usage: newsdoc extract [OPTIONS] FILE|FOLDER...\n"
		"       newsdoc formats [--plugin-path DIR]...\n"
		"       newsdoc plugins [--plugin-path DIR]...\n"
		"       newsdoc plugin check [--load] MANIFEST\n"
		"       newsdoc -h | --help | --version\n"
		"\n"
		"Turn news pages into structured documents (title, authors, dates, body,\n"
		"quotes and their speakers, related articles, comment count, images).\n"
		"\n"
		"Commands:\n"
		"  extract      read each FILE ('-' for standard input, a folder for the pages\n"
		"               in it) and print its document\n"
		"  formats      list the output formats: format, MIME type, extension, plugin\n"
		"  plugins      list the plugins found with their parsers and exporters,\n"
		"               and the plugins skipped with the reason\n"
		"  plugin check [--load] MANIFEST\n"
		"               validate one manifest without running any of the plugin's code\n"
		"               (exit 0 when usable); --load also opens its library and runs\n"
		"               its init\n"
		"  help         print this help\n"
		"\n"
		"Options of extract:\n"
		"  --url URL          the page's address; helps choose a parser and make links\n"
		"                     absolute (it applies to every FILE)\n"
		"  --input TYPE       what the FILEs hold: html (default), text (a page rendered\n"
		"                     as plain text) or json (a document exported as json)\n"
		"  --format FMT       output format: json (default), jsonl, or any format that\n"
		"                     'newsdoc formats' lists\n"
		"  --parser ID        use parser ID instead of choosing one by URL\n"
		"  --plugin-path DIR  search DIR (a folder or a manifest file) for plugins\n"
		"                     before the usual places; may be repeated (refused\n"
		"                     when the tool runs setuid or setgid). A manifest found\n"
		"                     there that cannot be used (a bad XPath, say) is named\n"
		"                     on standard error with the reason, and its pages go\n"
		"                     to the other parsers\n"
		"  --strict-plugins   exit 1 without extracting anything when a manifest\n"
		"                     found through --plugin-path is skipped\n"
		"  --max-work N       stop a page that needs more than N steps of work (0: the\n"
		"                     library's default, which no real page comes near)\n"
		"  --quotes-by-sentence  a quotation split by its cue across sentences\n"
		"                     (\"A,\" said X. \"B.\") gives a quote per sentence, as\n"
		"                     news corpora annotate it; by default it is one quote\n"
		"  -j N, --jobs N     parse N files at once on N threads (default 1; 0: one\n"
		"                     per core); the output is the same as with -j 1\n"
		"  --output-dir DIR   write each document to its own file in DIR (made if\n"
		"                     missing) instead of standard output; see Output\n"
		"  --errors FILE      also write each failure to FILE as a JSON line:\n"
		"                     {\"source\": FILE, \"code\": \"EIO\", \"reason\": \"...\"}\n"
		"  -q, --quiet        no progress line and no summary on standard error\n"
		"  --                 end of options: what follows are FILEs\n"
		"Options may also be written --name=VALUE.\n"
		"\n"
		"Output:\n"
		"  With --format jsonl each FILE gives one line: a compact JSON object whose\n"
		"  first key, \"source\", is the FILE name as given on the command line.\n"
		"  With any other format the documents are written one after another in the\n"
		"  order of the FILEs, each ending with a newline; for json that is a stream\n"
		"  of JSON values, one per FILE, each starting on a new line.\n"
		"  A FILE that is a folder stands for the files in it and its subfolders\n"
		"  whose names end in .html, .htm or .gz, each folder's in name order (byte\n"
		"  order); links to folders are not followed. Gzip-compressed input is\n"
		"  decompressed, whatever its name; the 64 MiB limit applies after that.\n"
		"  The documents come out in the order of the FILEs whatever -j is.\n"
		"  With --output-dir each FILE gives DIR/NAME.EXT: NAME is the file's name\n"
		"  (its path under the folder named, for a file found in one) without a\n"
		"  .gz and an .html or .htm suffix, EXT the format's extension ('newsdoc\n"
		"  formats'), standard input is 'stdin'; a NAME already written in the run\n"
		"  becomes NAME-2, NAME-3...\n"
		"  A FILE that cannot be turned into a document (missing, empty, binary\n"
		"  data, a folder with no page, or refused by the parser) is reported on\n"
		"  standard error with the reason, and the remaining FILEs are still\n"
		"  processed. When standard error is a terminal a progress line shows the\n"
		"  files done, pages per second and failures; a run over several FILEs ends\n"
		"  with a summary line on standard error (files, documents, failures by\n"
		"  code); --quiet drops the progress line and the summary.\n"
		"\n"
		"Environment:\n"
		"  NEWSDOC_PLUGIN_PATH      folders to search for plugin manifests instead of\n"
		"                           the usual places (colon-separated absolute paths)\n"
		"  NEWSDOC_ADD_PLUGIN_PATH  folders searched before the usual places\n"
		"  NEWSDOC_DEBUG=plugins    log every plugin accepted or skipped on stderr\n"
		"  NEWSDOC_DEBUG=work       print the steps of work each page took on stderr\n"
		"\n"
		"Exit status:\n"
		"  0  success\n"
		"  1  at least one FILE could not be turned into a document, the\n"
		"     --output-dir folder or the --errors file could not be made, or (with\n"
		"     --strict-plugins) a manifest given with --plugin-path was skipped\n"
		"  2  usage error (unknown command, option, input type, format or parser;\n"
		"     missing argument; no FILE)\n",
		out);
}

int cli_finish_output(void)
{
	int error_number;

	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout))
		return CLI_EXIT_OK;
	/* errno still tells why when the failing write was the flush, as it
	 * usually is with stdout buffered; otherwise the cause is gone. */
	error_number = errno;
	if (error_number)
		cli_error("cannot write to standard output: %s", strerror(error_number));
	else
		cli_error("cannot write to standard output");
	return CLI_EXIT_FAILED;
}

/* ---- secure execution ---- */

int cli_secure_execution(void)
{
	return getauxval(AT_SECURE) != 0;
}

int cli_refuse_when_secure(const char *option)
{
	return cli_usage_error("%s is refused in a setuid or setgid program: it would let whoever runs it "
		"choose code that runs with the program's privileges", option);
}

/* ---- argument helpers ---- */

int cli_is_help(const char *arg)
{
	return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

int cli_take_value(int argc, char **argv, int *index, const char *name, const char **value)
{
	const char *arg = argv[*index];
	size_t name_len = strlen(name);

	if (strncmp(arg, name, name_len) != 0)
		return 0;
	if (arg[name_len] == '=') {
		*value = arg + name_len + 1;
		*index += 1;
	} else if (arg[name_len] != '\0') {
		return 0; /* a longer option that merely starts with `name` */
	} else if (*index + 1 >= argc) {
		cli_usage_error("option '%s' needs an argument", name);
		return -1;
	} else {
		*value = argv[*index + 1];
		*index += 2;
	}
	/* No option of the tool has a meaningful empty value; an empty one is
	 * most likely an unset shell variable, better caught here. */
	if (**value == '\0') {
		cli_usage_error("option '%s' needs a non-empty argument", name);
		return -1;
	}
	return 1;
}

int cli_strings_push(cli_strings *list, const char *item)
{
	if (list->count == list->capacity) {
		size_t new_capacity = list->capacity ? list->capacity * 2 : 8;
		const char **grown = realloc((void *)list->items, new_capacity * sizeof(*grown));

		if (!grown) {
			cli_error("out of memory");
			return -1;
		}
		list->items = grown;
		list->capacity = new_capacity;
	}
	list->items[list->count++] = item;
	return 0;
}

void cli_strings_dispose(cli_strings *list)
{
	free((void *)list->items);
	list->items = NULL;
	list->count = list->capacity = 0;
}

newsdoc_registry *cli_open_registry(const char *const *paths, size_t path_count)
{
	newsdoc_registry_options options = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *registry = NULL;

	options.plugin_paths = paths;
	options.plugin_path_count = path_count;
	if (newsdoc_registry_new(&registry, &options) != NEWSDOC_OK) {
		cli_error("cannot set up the plugin registry: %s", newsdoc_error_last()->message);
		return NULL;
	}
	return registry;
}

/* Show unknown values as "-" so that table columns never go missing. */
const char *cli_or_dash(const char *text)
{
	return text && *text ? text : "-";
}

/* The options `formats` and `plugins` share into `plugin_paths`; returns
 * -1 to continue, else an exit status to return at once. */
static int parse_listing_options(int argc, char **argv, cli_strings *plugin_paths)
{
	const char *command = argv[0];
	int index = 1;

	while (index < argc) {
		const char *value = NULL;
		int taken;

		if (cli_is_help(argv[index])) {
			cli_print_usage(stdout);
			return cli_finish_output();
		}
		taken = cli_take_value(argc, argv, &index, "--plugin-path", &value);
		if (taken < 0)
			return CLI_EXIT_USAGE;
		if (taken > 0) {
			if (cli_secure_execution())
				return cli_refuse_when_secure("--plugin-path");
			if (cli_strings_push(plugin_paths, value) < 0)
				return CLI_EXIT_FAILED;
			continue;
		}
		if (argv[index][0] == '-' && argv[index][1] != '\0')
			return cli_usage_error("unknown option '%s' for '%s'", argv[index], command);
		return cli_usage_error("'%s' takes no arguments, got '%s'", command, argv[index]);
	}
	return -1;
}

int cli_open_listing_registry(int argc, char **argv, newsdoc_registry **registry)
{
	cli_strings plugin_paths = { NULL, 0, 0 };
	int status = parse_listing_options(argc, argv, &plugin_paths);

	*registry = NULL;
	if (status < 0) {
		*registry = cli_open_registry(plugin_paths.items, plugin_paths.count);
		if (!*registry)
			status = CLI_EXIT_FAILED;
	}
	cli_strings_dispose(&plugin_paths);
	return status;
}

/* ---- newsdoc formats ---- */

/* jsonl is not an exporter but the tool's own framing of json output. */
#define JSONL_MIME_TYPE "application/x-ndjson"

static int command_formats(int argc, char **argv)
{
	newsdoc_registry *registry;
	size_t count, i;
	int width_format = (int)strlen("FORMAT");
	int width_mime;
	int width_extension = (int)strlen("EXTENSION");
	int status = cli_open_listing_registry(argc, argv, &registry);

	if (status >= 0)
		return status;

	/* Size the columns to the longest value so the table lines up; the
	 * jsonl row below is the widest of the fixed ones. */
	width_mime = (int)strlen(JSONL_MIME_TYPE);
	/* The registry lists each format once, the exporter that serves it. */
	count = newsdoc_registry_exporter_count(registry);
	for (i = 0; i < count; i++) {
		const newsdoc_exporter_info *info = newsdoc_registry_exporter_at(registry, i);
		int len;

		len = (int)strlen(cli_or_dash(newsdoc_exporter_info_format(info)));
		if (len > width_format)
			width_format = len;
		len = (int)strlen(cli_or_dash(newsdoc_exporter_info_mime_type(info)));
		if (len > width_mime)
			width_mime = len;
		len = (int)strlen(cli_or_dash(newsdoc_exporter_info_extension(info)));
		if (len > width_extension)
			width_extension = len;
	}
	printf("%-*s  %-*s  %-*s  %s\n", width_format, "FORMAT", width_mime, "MIME TYPE",
		width_extension, "EXTENSION", "PLUGIN");
	for (i = 0; i < count; i++) {
		const newsdoc_exporter_info *info = newsdoc_registry_exporter_at(registry, i);

		printf("%-*s  %-*s  %-*s  %s\n",
			width_format, cli_or_dash(newsdoc_exporter_info_format(info)),
			width_mime, cli_or_dash(newsdoc_exporter_info_mime_type(info)),
			width_extension, cli_or_dash(newsdoc_exporter_info_extension(info)),
			cli_or_dash(newsdoc_exporter_info_plugin(info)));
	}
	/* jsonl is the tool's own framing of the json exporter, so say so. */
	printf("%-*s  %-*s  %-*s  %s\n", width_format, "jsonl", width_mime, JSONL_MIME_TYPE,
		width_extension, "jsonl", "(cli)");

	newsdoc_registry_free(registry);
	return cli_finish_output();
}

/* ---- main ---- */

int main(int argc, char **argv)
{
	const char *command;

	if (argc < 2)
		return cli_usage_error("no command given");
	command = argv[1];

	if (cli_is_help(command) || strcmp(command, "help") == 0) {
		cli_print_usage(stdout);
		return cli_finish_output();
	}
	if (strcmp(command, "--version") == 0) {
		printf("newsdoc %s\n", newsdoc_version(NULL, NULL, NULL));
		return cli_finish_output();
	}
	/* Each command sees its own name as argv[0], like a separate program. */
	if (strcmp(command, "extract") == 0)
		return cli_extract(argc - 1, argv + 1);
	if (strcmp(command, "formats") == 0)
		return command_formats(argc - 1, argv + 1);
	if (strcmp(command, "plugins") == 0)
		return cli_plugins(argc - 1, argv + 1);
	if (strcmp(command, "plugin") == 0)
		return cli_plugin(argc - 1, argv + 1);

	if (command[0] == '-' && command[1] != '\0')
		return cli_usage_error("unknown option '%s'", command);
	return cli_usage_error("unknown command '%s'", command);
}
