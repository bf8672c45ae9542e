/*
 * One test plugin, compiled once per failure mode (FIXTURE_* macros), so
 * that every way a plugin library can be wrong has a real .so to load.
 * Without a FIXTURE_* macro it is a working parser and exporter.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <string.h>
#include <sys/mman.h>

#include <newsdoc/sys/plugin.h>

#ifndef FIXTURE_NAME
#define FIXTURE_NAME "test-good"
#endif

static const newsdoc_host_api *host;

static int fixture_init(void **state, const newsdoc_host_api *api)
{
	host = api;
	*state = (void *)"fixture state";
#ifdef FIXTURE_INIT_FAILS
	return api->error_set(NEWSDOC_EPLUGIN, "the fixture's init refuses: no licence key");
#else
	return 0;
#endif
}

static void fixture_fini(void *state)
{
	(void)state;
}

/* A site parser that reads <h2 class="headline"> as the title and leaves
 * the rest to the generic extractor. */
static int fixture_parse(void *state, const char *parser_id, newsdoc_document *doc,
	const newsdoc_plugin_page *page)
{
	const char *marker = "<h2 class=\"headline\">", *start, *end;
	char title[256];
	size_t len;
	int error;

	if (strcmp((const char *)state, "fixture state") != 0)
		return host->error_set(NEWSDOC_EPLUGIN, "state was not passed back");
	/* The page is page->len bytes with no NUL after them. */
	if (host->bytes_find(page->data, page->len, "FAIL-PARSE"))
		return host->error_set(NEWSDOC_EPARSE, "the page says FAIL-PARSE");
	start = host->bytes_find(page->data, page->len, marker);
	if (!start)
		return 0;
	start += strlen(marker);
	end = host->bytes_find(start, (size_t)(page->data + page->len - start), "</h2>");
	len = end ? (size_t)(end - start) : 0;
	if (!len || len >= sizeof(title))
		return 0;
	memcpy(title, start, len);
	title[len] = '\0';
	if ((error = host->document_set(doc, NEWSDOC_FIELD_TITLE, title)) != 0)
		return error;
	(void)parser_id;
	return host->document_set_provenance(doc, NEWSDOC_FIELD_TITLE, "plugin");
}

/* Exports "TITLE=<title>\n". */
static int fixture_export(void *state, const char *exporter_id, newsdoc_buf *out,
	const newsdoc_document *doc, unsigned int flags)
{
	const char *title = host->document_get(doc, NEWSDOC_FIELD_TITLE);
	int error;
	(void)state;
	(void)exporter_id;
	(void)flags;
	if ((error = host->buf_append(out, "TITLE=", 6)) != 0)
		return error;
	if (title && (error = host->buf_append(out, title, strlen(title))) != 0)
		return error;
	return host->buf_append(out, "\n", 1);
}

#if defined(FIXTURE_NO_ENTRY)
/* No entry symbol at all: only an unrelated function. */
NEWSDOC_PLUGIN_EXPORT int not_the_entry(void);
int not_the_entry(void)
{
	/* Keeps the functions referenced, so the library is otherwise whole. */
	(void)fixture_init;
	(void)fixture_fini;
	(void)fixture_parse;
	(void)fixture_export;
	return 0;
}
#elif defined(FIXTURE_REFUSES) || defined(FIXTURE_WRONG_VERSION) || defined(FIXTURE_BIG_DIRTY) || \
	defined(FIXTURE_BIG_CLEAN) || defined(FIXTURE_SMALL) || defined(FIXTURE_SIZE_MAX) || \
	defined(FIXTURE_SIZE_HUGE) || defined(FIXTURE_SIZE_OVERLONG) || defined(FIXTURE_HEAP_ANSWER)
/* Hand-written entry points for the negotiation failures. */
typedef struct bigger_answer {
	newsdoc_plugin_answer base;
	void *from_the_future;
} bigger_answer;

static bigger_answer answer = {
	{ sizeof(newsdoc_plugin_answer), NEWSDOC_PLUGIN_INTERFACE_VERSION, FIXTURE_NAME,
	  fixture_init, fixture_fini, fixture_parse, fixture_export },
	NULL
};

NEWSDOC_BEGIN_DECL
NEWSDOC_PLUGIN_EXPORT int NEWSDOC_PLUGIN_ENTRY(const newsdoc_plugin_request *request,
	const newsdoc_plugin_answer **out);
NEWSDOC_END_DECL

int NEWSDOC_PLUGIN_ENTRY(const newsdoc_plugin_request *request, const newsdoc_plugin_answer **out)
{
#if defined(FIXTURE_REFUSES)
	/* Speaks only interface 2, which no host has yet. */
	if (request->interface_max < 2)
		return -1;
#elif defined(FIXTURE_WRONG_VERSION)
	answer.base.interface_version = 7;
#elif defined(FIXTURE_BIG_DIRTY)
	answer.base.struct_size = sizeof(answer);
	answer.from_the_future = (void *)&answer;
#elif defined(FIXTURE_BIG_CLEAN)
	answer.base.struct_size = sizeof(answer);
#elif defined(FIXTURE_SMALL)
	answer.base.struct_size = sizeof(size_t) + sizeof(unsigned int);
#elif defined(FIXTURE_SIZE_MAX)
	/* Reading that many bytes would run off the end of memory. */
	answer.base.struct_size = (size_t)-1;
#elif defined(FIXTURE_SIZE_HUGE)
	answer.base.struct_size = (size_t)1 << 40;
#elif defined(FIXTURE_SIZE_OVERLONG)
	/* Under any sane maximum, but far past the end of this small library's
	 * data: the bytes after the answer are not all there to read. */
	answer.base.struct_size = 60000;
#elif defined(FIXTURE_HEAP_ANSWER)
	{
		/* A larger answer with a clean tail, but in memory of its own (an
		 * anonymous mapping, as a heap block would be), where the host
		 * cannot tell how far the memory goes. Never unmapped: a plugin's
		 * answer lives as long as the library, and leak checkers do not
		 * count mappings. */
		void *memory = mmap(NULL, sizeof(bigger_answer), PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		bigger_answer *heap = memory;
		if (memory == MAP_FAILED)
			return -1;
		heap->base = answer.base;
		heap->base.struct_size = sizeof(*heap);
		*out = &heap->base;
		(void)request;
		return 0;
	}
#endif
	(void)request;
	*out = &answer.base;
	return 0;
}
#else
NEWSDOC_PLUGIN_DEFINE(FIXTURE_NAME, fixture_init, fixture_fini, fixture_parse, fixture_export)
#endif
