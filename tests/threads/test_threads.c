/*
 * Thread safety: 8 threads parse different pages on one shared registry
 * and export each document in every format; every result must equal the
 * single-threaded one.
 *
 * The pages are examples/, tests/fixtures/content/ and the seed page when
 * present, each parsed with no URL and with a URL that every parser with
 * hosts claims, so the in-tree site plugins (declarative and C) and the
 * exporter plugins are opened lazily, from several threads at once: the
 * threads start together behind a barrier on a fresh registry.
 * The reference results come from a second registry used by one thread.
 *
 *   test_threads [PLUGIN_DIR] (default: the build tree's plugins.d)
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsdoc.h>

#include "../common/read_file_util.h"

#define THREADS 8
#define ROUNDS 2
#define MAX_PAGES 64
#define MAX_URLS 40

typedef struct page {
	char *path;
	char *data;
	size_t len;
	int input;
} page;

typedef struct item {
	const page *page;
	const char *url;
	char *expected; /* all exports, concatenated; or the error */
} item;

static page pages[MAX_PAGES];
static size_t page_count;
static char *urls[MAX_URLS];
static size_t url_count;
static item *items;
static size_t item_count;
static const char *const formats[] = { "json", "xml", "markdown", "text" };
static const char *plugin_dir = NEWSDOC_PLUGINS_DIR;
static pthread_barrier_t start;
static newsdoc_registry *shared;

static void add_page(const char *path)
{
	size_t n = strlen(path), len;
	int input;
	char *data;
	if (page_count == MAX_PAGES)
		return;
	if (n > 5 && !strcmp(path + n - 5, ".html"))
		input = NEWSDOC_INPUT_HTML;
	else if (n > 4 && !strcmp(path + n - 4, ".txt"))
		input = NEWSDOC_INPUT_TEXT;
	else
		return;
	if (!(data = read_whole_file(path, &len)))
		return;
	pages[page_count].path = strdup(path);
	pages[page_count].data = data;
	pages[page_count].len = len;
	pages[page_count].input = input;
	page_count++;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void add_folder(const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name), i;
	for (i = 0; i < n; i++) {
		char path[2048];
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		add_page(path);
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

static newsdoc_registry *open_registry(void)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;
	const char *paths[1];
	paths[0] = plugin_dir;
	opts.plugin_paths = paths;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	if (newsdoc_registry_new(&reg, &opts) != NEWSDOC_OK) {
		fprintf(stderr, "test_threads: registry: %s\n", newsdoc_error_last()->message);
		exit(1);
	}
	return reg;
}

/* A URL for every parser that claims hosts: its first host, and a path
 * made from its first path glob. */
static void collect_urls(const newsdoc_registry *reg)
{
	size_t i, n = newsdoc_registry_parser_count(reg);
	for (i = 0; i < n && url_count < MAX_URLS; i++) {
		const newsdoc_parser_info *info = newsdoc_registry_parser_at(reg, i);
		const char *host, *glob = "/news/2024/story";
		char path[512], url[1024];
		size_t k, len = 0;
		if (newsdoc_parser_info_host_count(info) == 0)
			continue;
		host = newsdoc_parser_info_host_at(info, 0);
		if (host[0] == '*' && host[1] == '.')
			host += 2;
		if (newsdoc_parser_info_path_count(info) > 0)
			glob = newsdoc_parser_info_path_at(info, 0);
		for (k = 0; glob[k] && len + 16 < sizeof(path); k++) {
			if (glob[k] == '*' || glob[k] == '?') {
				memcpy(path + len, "story-1", 7);
				len += 7;
			} else {
				path[len++] = glob[k];
			}
		}
		path[len] = '\0';
		snprintf(url, sizeof(url), "https://%s%s%s", host, path[0] == '/' ? "" : "/", path);
		urls[url_count++] = strdup(url);
	}
}

static void append(char **out, size_t *len, const char *s)
{
	size_t n = strlen(s);
	char *p = realloc(*out, *len + n + 1);
	if (!p)
		abort();
	memcpy(p + *len, s, n + 1);
	*out = p;
	*len += n;
}

/* Parse and export one item: every format's output, or the error. */
static char *run_item(const newsdoc_registry *reg, const item *it)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc = NULL;
	char *out = NULL, line[64];
	size_t len = 0, f;
	opts.input = it->page->input;
	if (newsdoc_parse(&doc, reg, it->page->data, it->page->len, it->url, &opts) != NEWSDOC_OK) {
		snprintf(line, sizeof(line), "error %d: ", newsdoc_error_last()->code);
		append(&out, &len, line);
		append(&out, &len, newsdoc_error_last()->message);
		return out;
	}
	append(&out, &len, "parser ");
	append(&out, &len, newsdoc_document_parser(doc));
	for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
		newsdoc_buf buf = NEWSDOC_BUF_INIT;
		append(&out, &len, "\n== ");
		append(&out, &len, formats[f]);
		append(&out, &len, "\n");
		if (newsdoc_export(&buf, reg, doc, formats[f], NULL) != NEWSDOC_OK) {
			append(&out, &len, "export error: ");
			append(&out, &len, newsdoc_error_last()->message);
		} else {
			append(&out, &len, buf.ptr);
		}
		newsdoc_buf_dispose(&buf);
	}
	newsdoc_document_free(doc);
	return out;
}

static size_t mismatches;
static pthread_mutex_t report_lock = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
	size_t t = (size_t)arg, round, k;
	pthread_barrier_wait(&start);
	for (round = 0; round < ROUNDS; round++) {
		for (k = 0; k < item_count; k++) {
			/* each thread walks the items from its own offset, so
			 * different pages and parsers run at the same moment */
			const item *it = &items[(k + t * item_count / THREADS + round * 7) % item_count];
			char *got = run_item(shared, it);
			if (strcmp(got, it->expected) != 0) {
				pthread_mutex_lock(&report_lock);
				if (mismatches++ < 5)
					fprintf(stderr, "test_threads: thread %zu: %s (url %s) differs from the "
						"single-threaded result\n", t, it->page->path, it->url ? it->url : "none");
				pthread_mutex_unlock(&report_lock);
			}
			free(got);
		}
	}
	return NULL;
}

int main(int argc, char **argv)
{
	char path[2048];
	newsdoc_registry *reference;
	pthread_t threads[THREADS];
	size_t i, u, loaded = 0;
	const char *shared_dir = NEWSDOC_SHARED_DIR;

	if (argc > 1)
		plugin_dir = argv[1];
	snprintf(path, sizeof(path), "%s/examples", NEWSDOC_SOURCE_DIR);
	add_folder(path);
	snprintf(path, sizeof(path), "%s/tests/fixtures/content", NEWSDOC_SOURCE_DIR);
	add_folder(path);
	snprintf(path, sizeof(path), "%s/seed", shared_dir);
	add_folder(path);
	if (page_count == 0) {
		fprintf(stderr, "test_threads: no pages found\n");
		return 1;
	}

	/* Reference results, one thread, its own registry. */
	reference = open_registry();
	collect_urls(reference);
	items = calloc(page_count * (url_count + 1), sizeof(*items));
	for (i = 0; i < page_count; i++) {
		for (u = 0; u <= url_count; u++) {
			item *it = &items[item_count++];
			it->page = &pages[i];
			it->url = u == 0 ? NULL : urls[u - 1];
			it->expected = run_item(reference, it);
		}
	}
	newsdoc_registry_free(reference);

	/* The shared registry: nothing opened yet, so the threads race to
	 * open the plugins. */
	shared = open_registry();
	pthread_barrier_init(&start, NULL, THREADS);
	for (i = 0; i < THREADS; i++)
		if (pthread_create(&threads[i], NULL, worker, (void *)i) != 0) {
			fprintf(stderr, "test_threads: pthread_create failed\n");
			return 1;
		}
	for (i = 0; i < THREADS; i++)
		pthread_join(threads[i], NULL);
	pthread_barrier_destroy(&start);

	for (i = 0; i < newsdoc_registry_plugin_count(shared); i++) {
		const newsdoc_plugin_info *info = newsdoc_registry_plugin_at(shared, i);
		if (!newsdoc_plugin_info_skip_reason(info) && newsdoc_plugin_info_library(info))
			loaded++;
	}
	newsdoc_registry_free(shared);
	printf("test_threads: %zu pages x %zu URLs, %d threads x %d rounds, %zu library plugins, %zu mismatches\n",
		page_count, url_count + 1, THREADS, ROUNDS, loaded, mismatches);
	for (i = 0; i < item_count; i++)
		free(items[i].expected);
	free(items);
	for (i = 0; i < page_count; i++) {
		free(pages[i].path);
		free(pages[i].data);
	}
	for (i = 0; i < url_count; i++)
		free(urls[i]);
	if (loaded == 0) {
		fprintf(stderr, "test_threads: no library plugin was opened (is %s built?)\n", plugin_dir);
		return 1;
	}
	return mismatches ? 1 : 0;
}
