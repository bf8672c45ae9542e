/*
 * The plugin commands: `newsdoc plugins` lists what the registry found,
 * in use and skipped (with reasons), and `newsdoc plugin check MANIFEST`
 * validates one manifest and opens its library.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int same_name(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static void print_parser(const newsdoc_parser_info *info)
{
	size_t host_count = newsdoc_parser_info_host_count(info);
	size_t h;

	size_t path_count = newsdoc_parser_info_path_count(info);

	printf("    parser   %s (%spriority %d", cli_or_dash(newsdoc_parser_info_id(info)),
		newsdoc_parser_info_declarative(info) ? "rules, " : "", newsdoc_parser_info_priority(info));
	if (host_count > 0) {
		fputs("; hosts:", stdout);
		for (h = 0; h < host_count; h++)
			printf("%s %s", h ? "," : "", cli_or_dash(newsdoc_parser_info_host_at(info, h)));
	}
	if (path_count > 0) {
		fputs("; paths:", stdout);
		for (h = 0; h < path_count; h++)
			printf("%s %s", h ? "," : "", cli_or_dash(newsdoc_parser_info_path_at(info, h)));
	}
	fputs(")\n", stdout);
}

static void print_exporter(const newsdoc_exporter_info *info)
{
	const char *id = newsdoc_exporter_info_id(info);
	const char *format = newsdoc_exporter_info_format(info);

	printf("    exporter %s (format %s, %s, .%s)\n", cli_or_dash(id ? id : format), cli_or_dash(format),
		cli_or_dash(newsdoc_exporter_info_mime_type(info)),
		cli_or_dash(newsdoc_exporter_info_extension(info)));
}

/* Whether `owner` names a plugin in use (not one that was skipped). */
static int owner_in_use(const newsdoc_registry *registry, const char *owner)
{
	size_t count = newsdoc_registry_plugin_count(registry);
	size_t i;

	for (i = 0; i < count; i++) {
		const newsdoc_plugin_info *plugin = newsdoc_registry_plugin_at(registry, i);

		if (!newsdoc_plugin_info_skip_reason(plugin) && same_name(owner, newsdoc_plugin_info_name(plugin)))
			return 1;
	}
	return 0;
}

/* Whether an offer owned by `owner` belongs to the listing of
 * `plugin_name`, or with plugin_name NULL, to no plugin in use. */
static int offered_by(const newsdoc_registry *registry, const char *owner, const char *plugin_name)
{
	return plugin_name ? same_name(owner, plugin_name) : !owner_in_use(registry, owner);
}

/*
 * Count, and when `print` is set print, the parsers and exporters whose
 * plugin is `plugin_name`; with plugin_name NULL, those that no plugin in
 * use claims, so that nothing the registry offers goes unlisted, whatever
 * the library calls its built-ins.
 */
static size_t list_offers(const newsdoc_registry *registry, const char *plugin_name, int print)
{
	size_t listed = 0;
	size_t count, i;

	count = newsdoc_registry_parser_count(registry);
	for (i = 0; i < count; i++) {
		const newsdoc_parser_info *info = newsdoc_registry_parser_at(registry, i);

		if (offered_by(registry, newsdoc_parser_info_plugin(info), plugin_name)) {
			if (print)
				print_parser(info);
			listed++;
		}
	}
	count = newsdoc_registry_exporter_count(registry);
	for (i = 0; i < count; i++) {
		const newsdoc_exporter_info *info = newsdoc_registry_exporter_at(registry, i);

		if (offered_by(registry, newsdoc_exporter_info_plugin(info), plugin_name)) {
			if (print)
				print_exporter(info);
			listed++;
		}
	}
	return listed;
}

int cli_plugins(int argc, char **argv)
{
	newsdoc_registry *registry;
	size_t plugin_count, i;
	size_t skipped = 0;
	int status = cli_open_listing_registry(argc, argv, &registry);

	if (status >= 0)
		return status;

	plugin_count = newsdoc_registry_plugin_count(registry);
	for (i = 0; i < plugin_count; i++) {
		const newsdoc_plugin_info *plugin = newsdoc_registry_plugin_at(registry, i);
		const char *manifest = newsdoc_plugin_info_manifest(plugin);

		if (newsdoc_plugin_info_skip_reason(plugin)) {
			skipped++;
			continue;
		}
		printf("%s %s (%s)\n", cli_or_dash(newsdoc_plugin_info_name(plugin)),
			cli_or_dash(newsdoc_plugin_info_version(plugin)),
			cli_or_dash(newsdoc_plugin_info_kind(plugin)));
		printf("    manifest %s\n", manifest ? manifest : "(built in)");
		if (newsdoc_plugin_info_library(plugin))
			printf("    library  %s\n", newsdoc_plugin_info_library(plugin));
		if (list_offers(registry, newsdoc_plugin_info_name(plugin), 1) == 0)
			puts("    (offers no parser or exporter)");
	}
	if (list_offers(registry, NULL, 0) > 0) {
		puts("(built in)");
		list_offers(registry, NULL, 1);
	}
	if (newsdoc_registry_warning_count(registry) > 0) {
		printf("\nWarnings:\n");
		for (i = 0; i < newsdoc_registry_warning_count(registry); i++)
			printf("    %s\n", newsdoc_registry_warning_at(registry, i));
	}
	if (skipped > 0) {
		printf("\nSkipped plugins:\n");
		for (i = 0; i < plugin_count; i++) {
			const newsdoc_plugin_info *plugin = newsdoc_registry_plugin_at(registry, i);
			const char *reason = newsdoc_plugin_info_skip_reason(plugin);

			if (!reason)
				continue;
			printf("%s %s (%s)\n", cli_or_dash(newsdoc_plugin_info_name(plugin)),
				cli_or_dash(newsdoc_plugin_info_version(plugin)),
				cli_or_dash(newsdoc_plugin_info_kind(plugin)));
			printf("    manifest %s\n", cli_or_dash(newsdoc_plugin_info_manifest(plugin)));
			printf("    skipped: %s\n", reason);
		}
	}

	newsdoc_registry_free(registry);
	return cli_finish_output();
}

/* ---- newsdoc plugin check ---- */

/* The plugin read from `manifest` (the registry holds exactly one). */
static const newsdoc_plugin_info *checked_plugin(const newsdoc_registry *registry, size_t *index)
{
	size_t i;
	for (i = 0; i < newsdoc_registry_plugin_count(registry); i++) {
		const newsdoc_plugin_info *plugin = newsdoc_registry_plugin_at(registry, i);
		if (newsdoc_plugin_info_manifest(plugin)) {
			*index = i;
			return plugin;
		}
	}
	return NULL;
}

static int plugin_check(const char *manifest)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *registry = NULL;
	const newsdoc_plugin_info *plugin;
	size_t index = 0, i;
	int status = CLI_EXIT_OK;

	/* Only this manifest: no environment, no default folders. */
	opts.plugin_paths = &manifest;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (newsdoc_registry_new(&registry, &opts) != 0) {
		cli_error("%s: %s", manifest, newsdoc_error_last()->message);
		return CLI_EXIT_FAILED;
	}
	plugin = checked_plugin(registry, &index);
	if (!plugin) {
		cli_error("%s: no manifest found (a folder holds no *.json file, or the name does not end in .json)", manifest);
		status = CLI_EXIT_FAILED;
	} else if (newsdoc_plugin_info_skip_reason(plugin)) {
		cli_error("%s: invalid: %s", manifest, newsdoc_plugin_info_skip_reason(plugin));
		status = CLI_EXIT_FAILED;
	} else if (newsdoc_registry_plugin_load(registry, index) != 0) {
		cli_error("%s: %s", manifest, newsdoc_error_last()->message);
		status = CLI_EXIT_FAILED;
	} else {
		printf("%s: ok: plugin %s %s (%s)\n", manifest, cli_or_dash(newsdoc_plugin_info_name(plugin)),
			cli_or_dash(newsdoc_plugin_info_version(plugin)), cli_or_dash(newsdoc_plugin_info_kind(plugin)));
		if (newsdoc_plugin_info_library(plugin))
			printf("    library  %s (loaded)\n", newsdoc_plugin_info_library(plugin));
		list_offers(registry, newsdoc_plugin_info_name(plugin), 1);
		for (i = 0; i < newsdoc_registry_warning_count(registry); i++)
			printf("    warning: %s\n", newsdoc_registry_warning_at(registry, i));
	}
	newsdoc_registry_free(registry);
	if (status == CLI_EXIT_OK)
		return cli_finish_output();
	return status;
}

int cli_plugin(int argc, char **argv)
{
	if (argc >= 2 && cli_is_help(argv[1])) {
		cli_print_usage(stdout);
		return cli_finish_output();
	}
	if (argc < 2)
		return cli_usage_error("'plugin' needs a subcommand: plugin check MANIFEST");
	if (strcmp(argv[1], "check") != 0)
		return cli_usage_error("unknown plugin subcommand '%s' (known: check)", argv[1]);
	if (argc != 3)
		return cli_usage_error("'plugin check' takes exactly one MANIFEST");
	return plugin_check(argv[2]);
}
