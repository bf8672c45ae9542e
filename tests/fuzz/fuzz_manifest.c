/* Fuzz target: the plugin manifest reader. The input is written to a
 * manifest file in a private temporary folder and a registry is made with
 * that manifest as its only plugin path. Declarative rules are then run
 * once over a small page, so the rules the manifest carries are used too. */
#include "fuzz_common.h"

#include <stdio.h>
#include <unistd.h>

static char fuzz_dir_[256];
static char fuzz_manifest_[300];
static int registered_;

static const char fuzz_page_[] =
	"<html><head><title>T</title><meta property=\"og:title\" content=\"OG\"></head>"
	"<body><article><h1 class=\"headline\">Head</h1><p class=\"byline\">By A B</p>"
	"<time datetime=\"2024-01-02T03:04:05Z\">x</time>"
	"<div class=\"body\"><p>One paragraph of text, \"a quote,\" she said.</p>"
	"<p>Two.</p></div><aside class=\"related\"><a href=\"/r\">Rel</a></aside>"
	"</article></body></html>";

static void fuzz_cleanup_(void)
{
	unlink(fuzz_manifest_);
	rmdir(fuzz_dir_);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_dir_[0] == '\0' || access(fuzz_dir_, W_OK) != 0) {
		/* first call, or the folder was removed under us */
		const char *tmp = getenv("TMPDIR");
		snprintf(fuzz_dir_, sizeof fuzz_dir_, "%s/newsdoc-fuzz-XXXXXX", tmp ? tmp : "/tmp");
		if (mkdtemp(fuzz_dir_) == NULL)
			abort();
		snprintf(fuzz_manifest_, sizeof fuzz_manifest_, "%s/fuzz.json", fuzz_dir_);
		if (!registered_) {
			atexit(fuzz_cleanup_);
			registered_ = 1;
		}
	}
	FILE *f = fopen(fuzz_manifest_, "wb");
	if (f == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);

	const char *paths[1] = { fuzz_manifest_ };
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	opts.plugin_paths = paths;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	newsdoc_registry *reg = NULL;
	if (newsdoc_registry_new(&reg, &opts) != NEWSDOC_OK)
		return 0;
	size_t plugins = newsdoc_registry_plugin_count(reg);
	for (size_t i = 0; i < plugins; i++) {
		const newsdoc_plugin_info *info = newsdoc_registry_plugin_at(reg, i);
		(void)newsdoc_plugin_info_name(info);
		(void)newsdoc_plugin_info_skip_reason(info);
		/* Never dlopen what a fuzzed manifest names. */
		if (strcmp(newsdoc_plugin_info_kind(info), "library") != 0)
			(void)newsdoc_registry_plugin_load(reg, i);
	}
	for (size_t i = 0; i < newsdoc_registry_warning_count(reg); i++)
		(void)newsdoc_registry_warning_at(reg, i);
	size_t parsers = newsdoc_registry_parser_count(reg);
	for (size_t i = 0; i < parsers; i++) {
		const newsdoc_parser_info *info = newsdoc_registry_parser_at(reg, i);
		if (!newsdoc_parser_info_declarative(info))
			continue;
		newsdoc_parse_options popts = NEWSDOC_PARSE_OPTIONS_INIT;
		popts.parser = newsdoc_parser_info_id(info);
		newsdoc_document *doc = NULL;
		if (newsdoc_parse(&doc, reg, fuzz_page_, sizeof fuzz_page_ - 1,
				"https://www.example.com/a/b.html", &popts) == NEWSDOC_OK)
			newsdoc_document_free(doc);
		break;
	}
	newsdoc_registry_free(reg);
	return 0;
}
