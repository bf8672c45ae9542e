/*
 * The first use of the library, from 8 threads at once: each makes its
 * first registry (reading the in-tree manifests, whose rules are checked
 * with libxml2's XPath compiler), parses a page and exports it in every
 * format, behind a barrier, before anything else in the process has used
 * libxml2. Run under ThreadSanitizer (run-tsan.sh) it shows whether
 * libxml2 is initialised once before any thread calls it; without TSan it
 * checks that every thread gets the same documents.
 *
 *   test_first_use [PLUGIN_DIR] (default: the build tree's plugins.d)
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsdoc.h>

#include "../common/read_file_util.h"

#define THREADS 8

static const char *const formats[] = { "json", "xml", "markdown", "text" };
static const char *plugin_dir = NEWSDOC_PLUGINS_DIR;
static pthread_barrier_t start;
static char *page;
static size_t page_len;

typedef struct result {
	int failed;
	char *output; /* every export, one after the other */
} result;

static void append(result *r, const char *s)
{
	size_t old = r->output ? strlen(r->output) : 0, n = strlen(s);
	char *p = realloc(r->output, old + n + 1);
	if (!p)
		abort();
	memcpy(p + old, s, n + 1);
	r->output = p;
}

static void fail(result *r, const char *what)
{
	r->failed = 1;
	append(r, what);
	append(r, ": ");
	append(r, newsdoc_error_last()->message);
}

static void *first_use(void *arg)
{
	result *r = arg;
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;
	newsdoc_document *doc = NULL;
	const char *paths[1];
	size_t f;

	paths[0] = plugin_dir;
	opts.plugin_paths = paths;
	opts.plugin_path_count = 1;
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	pthread_barrier_wait(&start);
	if (newsdoc_registry_new(&reg, &opts) != NEWSDOC_OK) {
		fail(r, "registry");
		return NULL;
	}
	/* A URL no site parser claims: the probes and the generic parser run. */
	if (newsdoc_parse(&doc, reg, page, page_len, "https://first-use.test/a", NULL) != NEWSDOC_OK) {
		fail(r, "parse");
	} else {
		for (f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
			newsdoc_buf buf = NEWSDOC_BUF_INIT;
			if (newsdoc_export(&buf, reg, doc, formats[f], NULL) != NEWSDOC_OK) {
				fail(r, formats[f]);
				break;
			}
			append(r, buf.ptr);
			newsdoc_buf_dispose(&buf);
		}
	}
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t threads[THREADS];
	result results[THREADS];
	size_t i, failed = 0;

	if (argc > 1)
		plugin_dir = argv[1];
	if (!(page = read_whole_file(NEWSDOC_SOURCE_DIR "/examples/article.html", &page_len))) {
		fprintf(stderr, "test_first_use: cannot read examples/article.html\n");
		return 1;
	}
	memset(results, 0, sizeof(results));
	pthread_barrier_init(&start, NULL, THREADS);
	for (i = 0; i < THREADS; i++)
		if (pthread_create(&threads[i], NULL, first_use, &results[i]) != 0) {
			fprintf(stderr, "test_first_use: pthread_create failed\n");
			return 1;
		}
	for (i = 0; i < THREADS; i++)
		pthread_join(threads[i], NULL);
	pthread_barrier_destroy(&start);
	for (i = 0; i < THREADS; i++) {
		if (results[i].failed || !results[i].output || strcmp(results[i].output, results[0].output) != 0) {
			fprintf(stderr, "test_first_use: thread %zu: %s\n", i,
				results[i].failed ? results[i].output : "a different document than thread 0's");
			failed++;
		}
	}
	printf("test_first_use: %d threads made their first registry, parsed and exported at once; %zu failed\n",
		THREADS, failed);
	for (i = 0; i < THREADS; i++)
		free(results[i].output);
	free(page);
	return failed ? 1 : 0;
}
