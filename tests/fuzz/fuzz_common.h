/*
 * Shared by the fuzz targets: one registry per process, made on first use.
 *
 * When NEWSDOC_PLUGIN_PATH is set (a colon-separated list of folders or
 * manifests, as for the library) its entries are the registry's only
 * plugin paths, so the in-tree site parsers and exporters take part;
 * otherwise the registry has the built-ins only. XDG and installed folders
 * are never searched, so a run does not depend on the machine.
 */
#ifndef NEWSDOC_FUZZ_COMMON_H
#define NEWSDOC_FUZZ_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <newsdoc.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static newsdoc_registry *fuzz_registry_;
static char fuzz_urls_[32][256];
static size_t fuzz_url_count_;

static inline const newsdoc_registry *fuzz_registry(void)
{
	if (fuzz_registry_ != NULL)
		return fuzz_registry_;
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	const char *paths[16];
	size_t count = 0;
	static char env[4096];
	const char *value = getenv("NEWSDOC_PLUGIN_PATH");
	if (value != NULL && strlen(value) < sizeof env) {
		strcpy(env, value);
		for (char *save = NULL, *p = strtok_r(env, ":", &save); p != NULL && count < 16;
		     p = strtok_r(NULL, ":", &save))
			paths[count++] = p;
	}
	opts.plugin_paths = count > 0 ? paths : NULL;
	opts.plugin_path_count = count;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (newsdoc_registry_new(&fuzz_registry_, &opts) != NEWSDOC_OK) {
		fprintf(stderr, "fuzz: newsdoc_registry_new failed: %s\n", newsdoc_error_last()->message);
		abort();
	}
	/* One URL per host a parser claims, so the first input byte can steer
	 * the choice of site parser. */
	size_t parsers = newsdoc_registry_parser_count(fuzz_registry_);
	for (size_t i = 0; i < parsers && fuzz_url_count_ < 32; i++) {
		const newsdoc_parser_info *info = newsdoc_registry_parser_at(fuzz_registry_, i);
		if (newsdoc_parser_info_host_count(info) == 0)
			continue;
		const char *host = newsdoc_parser_info_host_at(info, 0);
		if (strlen(host) > 200)
			continue;
		char *url = fuzz_urls_[fuzz_url_count_++];
		strcpy(url, "https://");
		/* a wildcard host "*.example.com" becomes "www.example.com" */
		if (host[0] == '*' && host[1] == '.') {
			strcat(url, "www");
			host++;
		}
		strcat(url, host);
		strcat(url, "/news/2024/01/02/story-123.html");
	}
	return fuzz_registry_;
}

/* The URL selected by `selector`: NULL, a neutral one, or a site's. */
static inline const char *fuzz_url(unsigned char selector)
{
	fuzz_registry();
	size_t n = fuzz_url_count_ + 2;
	size_t i = selector % n;
	if (i == 0)
		return NULL;
	if (i == 1)
		return "https://news.example.org/world/2024/story.html";
	return fuzz_urls_[i - 2];
}

/* `json` is what the "json" exporter wrote with default options: it must
 * import again, and the import must export to the same bytes (the round
 * trip is exact). Anything else aborts, so that the fuzzer reports it;
 * only running out of memory is let through. */
static inline void fuzz_check_json_round_trip(const newsdoc_buf *json)
{
	newsdoc_document *again = NULL;
	newsdoc_buf out = NEWSDOC_BUF_INIT;
	int rc = newsdoc_document_from_json(&again, json->ptr, json->size);

	if (rc == NEWSDOC_ENOMEM)
		return;
	if (rc != NEWSDOC_OK) {
		fprintf(stderr, "fuzz: the exported JSON does not import again (%d): %s\n", rc,
			newsdoc_error_last()->message);
		abort();
	}
	rc = newsdoc_export(&out, NULL, again, "json", NULL);
	if (rc != NEWSDOC_OK && rc != NEWSDOC_ENOMEM) {
		fprintf(stderr, "fuzz: the imported document does not export (%d): %s\n", rc,
			newsdoc_error_last()->message);
		abort();
	}
	if (rc == NEWSDOC_OK && (out.size != json->size || memcmp(out.ptr, json->ptr, out.size) != 0)) {
		fprintf(stderr, "fuzz: the JSON round trip is not exact\n");
		abort();
	}
	newsdoc_buf_dispose(&out);
	newsdoc_document_free(again);
}

#endif
