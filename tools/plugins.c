/*
 * The plugin commands: `newsdoc plugins` lists what the registry found,
 * in use and skipped (with reasons), and `newsdoc plugin check MANIFEST`
 * validates one manifest. Checking runs none of the plugin's code unless
 * asked with --load (it may be checked because it is not trusted yet).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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

/*
 * The registry's parsers and exporters sorted by the plugin that offers
 * them, and the names of the plugins in use sorted, so that listing them
 * plugin by plugin is n log n: finding each plugin's offers by walking
 * them all was quadratic in the number of plugins.
 */
typedef struct offer {
	const char *owner; /* the plugin's name ("" when the library gives none) */
	size_t order;      /* parsers first, then exporters, each in the registry's order */
} offer;

typedef struct offer_index {
	offer *offers;     /* by owner, then order */
	size_t count;
	size_t parser_count;
	const char **in_use; /* names of the plugins in use, sorted */
	size_t in_use_count;
} offer_index;

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int compare_offers(const void *a, const void *b)
{
	const offer *x = a, *y = b;
	int by_owner = strcmp(x->owner, y->owner);
	if (by_owner)
		return by_owner;
	return x->order < y->order ? -1 : x->order > y->order;
}

static void offer_index_dispose(offer_index *index)
{
	free(index->offers);
	free((void *)index->in_use);
}

/* 0, or -1 after reporting that memory ran out. */
static int offer_index_build(offer_index *index, const newsdoc_registry *registry)
{
	size_t plugin_count = newsdoc_registry_plugin_count(registry);
	size_t exporter_count = newsdoc_registry_exporter_count(registry);
	size_t i;

	memset(index, 0, sizeof(*index));
	index->parser_count = newsdoc_registry_parser_count(registry);
	index->count = index->parser_count + exporter_count;
	index->offers = malloc((index->count ? index->count : 1) * sizeof(*index->offers));
	index->in_use = malloc((plugin_count ? plugin_count : 1) * sizeof(*index->in_use));
	if (!index->offers || !index->in_use) {
		offer_index_dispose(index);
		cli_error("out of memory");
		return -1;
	}
	for (i = 0; i < index->count; i++) {
		const char *owner = i < index->parser_count
			? newsdoc_parser_info_plugin(newsdoc_registry_parser_at(registry, i))
			: newsdoc_exporter_info_plugin(newsdoc_registry_exporter_at(registry, i - index->parser_count));
		index->offers[i].owner = owner ? owner : "";
		index->offers[i].order = i;
	}
	qsort(index->offers, index->count, sizeof(*index->offers), compare_offers);
	for (i = 0; i < plugin_count; i++) {
		const newsdoc_plugin_info *plugin = newsdoc_registry_plugin_at(registry, i);
		if (!newsdoc_plugin_info_skip_reason(plugin) && newsdoc_plugin_info_name(plugin))
			index->in_use[index->in_use_count++] = newsdoc_plugin_info_name(plugin);
	}
	qsort((void *)index->in_use, index->in_use_count, sizeof(*index->in_use), compare_names);
	return 0;
}

static void print_offer(const newsdoc_registry *registry, const offer_index *index, size_t order)
{
	if (order < index->parser_count)
		print_parser(newsdoc_registry_parser_at(registry, order));
	else
		print_exporter(newsdoc_registry_exporter_at(registry, order - index->parser_count));
}

/* Whether `owner` names a plugin in use (not one that was skipped). */
static int owner_in_use(const offer_index *index, const char *owner)
{
	return owner && bsearch(&owner, index->in_use, index->in_use_count, sizeof(*index->in_use),
		compare_names) != NULL;
}

/* Print the parsers and exporters of plugin `name`; returns how many. */
static size_t list_plugin_offers(const newsdoc_registry *registry, const offer_index *index, const char *name)
{
	size_t low = 0, high = index->count, i;

	if (!name)
		return 0;
	while (low < high) { /* the first offer whose owner is not below `name` */
		size_t middle = low + (high - low) / 2;
		if (strcmp(index->offers[middle].owner, name) < 0)
			low = middle + 1;
		else
			high = middle;
	}
	for (i = low; i < index->count && !strcmp(index->offers[i].owner, name); i++)
		print_offer(registry, index, index->offers[i].order);
	return i - low;
}

/* Count, and when `print` is set print, the parsers and exporters that no
 * plugin in use claims, so that nothing the registry offers goes
 * unlisted, whatever the library calls its built-ins. */
static size_t list_unowned_offers(const newsdoc_registry *registry, const offer_index *index, int print)
{
	size_t listed = 0, i;

	for (i = 0; i < index->count; i++) {
		const char *owner = i < index->parser_count
			? newsdoc_parser_info_plugin(newsdoc_registry_parser_at(registry, i))
			: newsdoc_exporter_info_plugin(newsdoc_registry_exporter_at(registry, i - index->parser_count));
		if (!owner_in_use(index, owner)) {
			if (print)
				print_offer(registry, index, i);
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
	offer_index index;
	int status = cli_open_listing_registry(argc, argv, &registry);

	if (status >= 0)
		return status;
	if (offer_index_build(&index, registry) != 0) {
		newsdoc_registry_free(registry);
		return CLI_EXIT_FAILED;
	}

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
		if (list_plugin_offers(registry, &index, newsdoc_plugin_info_name(plugin)) == 0)
			puts("    (offers no parser or exporter)");
	}
	if (list_unowned_offers(registry, &index, 0) > 0) {
		puts("(built in)");
		list_unowned_offers(registry, &index, 1);
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

	offer_index_dispose(&index);
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

static int plugin_check(const char *manifest, int load)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *registry = NULL;
	const newsdoc_plugin_info *plugin;
	offer_index offers;
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
	} else if (load && newsdoc_registry_plugin_load(registry, index) != 0) {
		cli_error("%s: %s", manifest, newsdoc_error_last()->message);
		status = CLI_EXIT_FAILED;
	} else if (offer_index_build(&offers, registry) != 0) {
		status = CLI_EXIT_FAILED;
	} else {
		printf("%s: ok: plugin %s %s (%s)\n", manifest, cli_or_dash(newsdoc_plugin_info_name(plugin)),
			cli_or_dash(newsdoc_plugin_info_version(plugin)), cli_or_dash(newsdoc_plugin_info_kind(plugin)));
		if (newsdoc_plugin_info_library(plugin))
			printf("    library  %s (%s)\n", newsdoc_plugin_info_library(plugin),
				load ? "loaded" : "not loaded; 'plugin check --load' opens it and runs its init");
		list_plugin_offers(registry, &offers, newsdoc_plugin_info_name(plugin));
		offer_index_dispose(&offers);
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
	const char *manifest = NULL;
	int load = 0, i;

	if (argc >= 2 && cli_is_help(argv[1])) {
		cli_print_usage(stdout);
		return cli_finish_output();
	}
	if (argc < 2)
		return cli_usage_error("'plugin' needs a subcommand: plugin check [--load] MANIFEST");
	if (strcmp(argv[1], "check") != 0)
		return cli_usage_error("unknown plugin subcommand '%s' (known: check)", argv[1]);
	for (i = 2; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			cli_print_usage(stdout);
			return cli_finish_output();
		}
		if (strcmp(argv[i], "--load") == 0)
			load = 1;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage_error("unknown option '%s' for 'plugin check'", argv[i]);
		else if (manifest)
			return cli_usage_error("'plugin check' takes exactly one MANIFEST");
		else
			manifest = argv[i];
	}
	if (!manifest)
		return cli_usage_error("'plugin check' takes exactly one MANIFEST");
	if (load && cli_secure_execution())
		return cli_refuse_when_secure("--load");
	return plugin_check(manifest, load);
}
