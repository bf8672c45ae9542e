/*
 * libnewsdoc plugin interface: what a parser or exporter plugin sees.
 *
 * A plugin is a shared object plus a JSON manifest (docs/PLUGINS.md). It
 * does NOT link against libnewsdoc: everything it may call comes through
 * the host table handed to its entry point, so the same plugin works in a
 * program that links libnewsdoc statically (Go, Rust) or dynamically.
 *
 * Negotiation (the model is the Vulkan loader's):
 *   1. the host dlopen()s the library and looks up NEWSDOC_PLUGIN_ENTRY;
 *   2. it calls the entry with a newsdoc_plugin_request carrying its own
 *      struct size, the interface versions it accepts and the host table;
 *   3. the plugin answers with a pointer to its newsdoc_plugin_answer:
 *      its struct size, the version it chose, its name, init and fini, and
 *      its parse and export functions.
 * Both structs begin with their size and only ever grow at the end. A host
 * accepts an answer larger than it knows only when the extra bytes are zero,
 * the answer claims at most 64 KiB, and all of it lies in the plugin's
 * loaded image (a static object); a plugin must read only as much of the
 * request and the host table as their struct_size says.
 */
#ifndef NEWSDOC_SYS_PLUGIN_H
#define NEWSDOC_SYS_PLUGIN_H

#include "../document.h"
#include "../builder.h"
#include "../parse.h"
#include "../export.h"

NEWSDOC_BEGIN_DECL

/* The interface version this header describes. */
#define NEWSDOC_PLUGIN_INTERFACE_VERSION 1

/* The one symbol every plugin library exports. */
#define NEWSDOC_PLUGIN_ENTRY newsdoc_plugin_entry
#define NEWSDOC_PLUGIN_ENTRY_NAME "newsdoc_plugin_entry"

typedef struct newsdoc_plugin_page newsdoc_plugin_page;

/*
 * The host's functions, in an append-only table: new members are added at
 * the end and struct_size tells how many a host has. Each member has the
 * signature of the public function of the same name.
 */
typedef struct newsdoc_host_api {
	size_t struct_size;

	/* errors: set the calling thread's error, return `code` */
	int (*error_set)(int code, const char *message);
	/* diagnostics, shown with NEWSDOC_DEBUG=plugins */
	void (*log)(const char *plugin, const char *message);
	/* output: append bytes to a buffer the host owns */
	int (*buf_append)(newsdoc_buf *out, const char *data, size_t len);
	/* the host's built-in JSON writer (flags: NEWSDOC_EXPORT_*) */
	int (*export_json)(newsdoc_buf *out, const newsdoc_document *doc, unsigned int flags);

	/* document, read side */
	const char *(*document_get)(const newsdoc_document *doc, int field);
	const char *(*document_provenance)(const newsdoc_document *doc, int field);
	const char *(*document_text)(const newsdoc_document *doc);
	size_t (*document_tag_count)(const newsdoc_document *doc);
	const char *(*document_tag_at)(const newsdoc_document *doc, size_t i);
	long (*document_comment_count)(const newsdoc_document *doc);
	size_t (*document_author_count)(const newsdoc_document *doc);
	const newsdoc_author *(*document_author_at)(const newsdoc_document *doc, size_t i);
	size_t (*document_block_count)(const newsdoc_document *doc);
	const newsdoc_block *(*document_block_at)(const newsdoc_document *doc, size_t i);
	size_t (*document_quote_count)(const newsdoc_document *doc);
	const newsdoc_quote *(*document_quote_at)(const newsdoc_document *doc, size_t i);
	size_t (*document_related_count)(const newsdoc_document *doc);
	const newsdoc_related *(*document_related_at)(const newsdoc_document *doc, size_t i);
	size_t (*document_image_count)(const newsdoc_document *doc);
	const newsdoc_image *(*document_image_at)(const newsdoc_document *doc, size_t i);
	const char *(*author_name)(const newsdoc_author *author);
	const char *(*author_role)(const newsdoc_author *author);
	const char *(*author_affiliation)(const newsdoc_author *author);
	const char *(*author_url)(const newsdoc_author *author);
	int (*block_type)(const newsdoc_block *block);
	const char *(*block_text)(const newsdoc_block *block);
	int (*block_level)(const newsdoc_block *block);
	int (*block_ordered)(const newsdoc_block *block);
	size_t (*block_item_count)(const newsdoc_block *block);
	const char *(*block_item_at)(const newsdoc_block *block, size_t i);
	size_t (*block_row_count)(const newsdoc_block *block);
	size_t (*block_cell_count)(const newsdoc_block *block, size_t row);
	const char *(*block_cell_at)(const newsdoc_block *block, size_t row, size_t col);
	const char *(*block_image_url)(const newsdoc_block *block);
	const char *(*block_image_alt)(const newsdoc_block *block);
	const char *(*block_caption)(const newsdoc_block *block);
	const char *(*block_credit)(const newsdoc_block *block);
	const char *(*quote_text)(const newsdoc_quote *quote);
	const char *(*quote_speaker)(const newsdoc_quote *quote);
	const char *(*quote_speaker_resolved)(const newsdoc_quote *quote);
	const char *(*quote_cue)(const newsdoc_quote *quote);
	long (*quote_block)(const newsdoc_quote *quote);
	long (*quote_start)(const newsdoc_quote *quote);
	long (*quote_end)(const newsdoc_quote *quote);
	const char *(*related_title)(const newsdoc_related *item);
	const char *(*related_url)(const newsdoc_related *item);
	const char *(*related_author)(const newsdoc_related *item);
	const char *(*related_summary)(const newsdoc_related *item);
	const char *(*related_image)(const newsdoc_related *item);
	const char *(*image_url)(const newsdoc_image *image);
	const char *(*image_alt)(const newsdoc_image *image);
	const char *(*image_caption)(const newsdoc_image *image);
	const char *(*image_credit)(const newsdoc_image *image);
	int (*image_is_lead)(const newsdoc_image *image);

	/* document, write side */
	int (*document_set)(newsdoc_document *doc, int field, const char *value);
	int (*document_set_provenance)(newsdoc_document *doc, int field, const char *source);
	int (*document_add_tag)(newsdoc_document *doc, const char *tag);
	int (*document_set_comment_count)(newsdoc_document *doc, long count);
	int (*document_add_author)(newsdoc_author **out, newsdoc_document *doc, const char *name);
	int (*author_set_role)(newsdoc_author *author, const char *role);
	int (*author_set_affiliation)(newsdoc_author *author, const char *affiliation);
	int (*author_set_url)(newsdoc_author *author, const char *url);
	int (*document_add_block)(newsdoc_block **out, newsdoc_document *doc, int type, const char *text, size_t len);
	int (*block_set_level)(newsdoc_block *block, int level);
	int (*block_set_ordered)(newsdoc_block *block, int ordered);
	int (*block_add_item)(newsdoc_block *block, const char *text, size_t len);
	int (*block_add_row)(newsdoc_block *block);
	int (*block_add_cell)(newsdoc_block *block, const char *text, size_t len);
	int (*block_set_image)(newsdoc_block *block, const char *url, const char *alt);
	int (*block_set_caption)(newsdoc_block *block, const char *caption);
	int (*block_set_credit)(newsdoc_block *block, const char *credit);
	int (*document_add_quote)(newsdoc_quote **out, newsdoc_document *doc, const char *text);
	int (*quote_set_speaker)(newsdoc_quote *quote, const char *speaker);
	int (*quote_set_cue)(newsdoc_quote *quote, const char *cue);
	int (*quote_set_span)(newsdoc_quote *quote, long block, long start, long end);
	int (*document_add_related)(newsdoc_related **out, newsdoc_document *doc, const char *title, const char *url);
	int (*related_set_author)(newsdoc_related *item, const char *author);
	int (*related_set_summary)(newsdoc_related *item, const char *summary);
	int (*related_set_image)(newsdoc_related *item, const char *image_url);
	int (*document_add_image)(newsdoc_image **out, newsdoc_document *doc, const char *url);
	int (*image_set_alt)(newsdoc_image *image, const char *alt);
	int (*image_set_caption)(newsdoc_image *image, const char *caption);
	int (*image_set_credit)(newsdoc_image *image, const char *credit);
	int (*image_set_lead)(newsdoc_image *image, int is_lead);

	int (*quote_set_speaker_resolved)(newsdoc_quote *quote, const char *name);

	/* page helpers */
	/* the text of an HTML node (an xmlNodePtr), white space folded; the
	 * caller releases it with buf_dispose */
	int (*node_text)(newsdoc_buf *out, const void *node);
	void (*buf_dispose)(newsdoc_buf *buf);
	/* a date as the page wrote it, to ISO 8601 (NULL format: guess) */
	int (*date_normalize)(newsdoc_buf *out, const char *text, const char *format);

	/* the first `needle` (a C string) in the `len` bytes at `data`, or
	 * NULL; reads nothing past data + len, so it is the way to search a
	 * page (newsdoc_plugin_page.data is not NUL-terminated) */
	const char *(*bytes_find)(const char *data, size_t len, const char *needle);

	/* ---- added after 1.0.0: check NEWSDOC_HOST_API_HAS before use ---- */

	/* Evaluate the XPath 1.0 `expression` on the page's tree (page->html,
	 * the document as context node) and give back the string value of
	 * each result, white space folded: one per node of a node-set (a
	 * node's text, an attribute's value), one for a string or a number.
	 * `out` then holds *count NUL-terminated strings one after another
	 * (out->size counts their NULs); release it with buf_dispose. Nothing
	 * found is 0 with *count 0. This is how a plugin reads the tree
	 * without linking libxml2 itself.
	 * The evaluation gets the operation limit site rules get on the same
	 * page, which grows with the page: NEWSDOC_ELIMIT when it is hit,
	 * NEWSDOC_EINVAL for an expression that does not compile or a page
	 * without a tree (text input). Each call walks the page once to size
	 * that limit, so ask for several values with one expression (a union,
	 * or an `each`-style path) rather than with one call per node. */
	int (*xpath_strings)(newsdoc_buf *out, size_t *count, const newsdoc_plugin_page *page,
		const char *expression);

	/* Since 1.2: what an author is, NEWSDOC_AUTHOR_* (newsdoc_author_kind).
	 * A parser plugin that knows may say; an author it leaves UNKNOWN is
	 * given a kind by the generic extractor that runs after it. */
	int (*author_kind)(const newsdoc_author *author);
	int (*author_set_kind)(newsdoc_author *author, int kind);
} newsdoc_host_api;

/*
 * Whether the host table `api` has `member`: a host older than this header
 * has a shorter table, and a plugin must not read past its struct_size.
 * A plugin checks the members it needs in init, so it works with every
 * host that has them:
 *
 *   if (!NEWSDOC_HOST_API_HAS(api, xpath_strings))
 *       return api->error_set(NEWSDOC_EVERSION, "needs a newer libnewsdoc");
 */
#define NEWSDOC_HOST_API_HAS(api, member) \
	((api)->struct_size >= offsetof(newsdoc_host_api, member) + sizeof((api)->member))

/* What the host hands the entry point. */
typedef struct newsdoc_plugin_request {
	size_t struct_size;
	unsigned int interface_min; /* the host accepts these versions */
	unsigned int interface_max;
	const newsdoc_host_api *host;
	const char *manifest_path;  /* for messages */
} newsdoc_plugin_request;

/*
 * What a parser is given. `data` is the caller's buffer, exactly `len`
 * bytes: it is NOT NUL-terminated (Go slices, Rust byte slices and C
 * buffers of exact length are passed as they are, without a copy) and it
 * may hold NUL bytes. Read it with length-bounded calls only (memchr,
 * memcmp, host->bytes_find), never strstr, strlen or strchr.
 */
struct newsdoc_plugin_page {
	size_t struct_size;
	const char *data;  /* the page's bytes: `len` of them, no NUL after */
	size_t len;
	const char *url;   /* may be NULL */
	void *html;        /* the page as a libxml2 tree (xmlDocPtr); NULL for text input */
	int input;         /* newsdoc_input */
};

/*
 * What the plugin answers. `state` is what init stored, passed back to
 * every call. parse and export may be NULL when the plugin offers none.
 */
typedef struct newsdoc_plugin_answer {
	size_t struct_size;
	unsigned int interface_version; /* chosen, within the request's range */
	const char *name;               /* must equal the manifest's plugin.name */
	int (*init)(void **state, const newsdoc_host_api *host);
	void (*fini)(void *state);
	int (*parse)(void *state, const char *parser_id, newsdoc_document *doc, const newsdoc_plugin_page *page);
	int (*export_document)(void *state, const char *exporter_id, newsdoc_buf *out,
		const newsdoc_document *doc, unsigned int flags);
} newsdoc_plugin_answer;

typedef int (*newsdoc_plugin_entry_fn)(const newsdoc_plugin_request *request,
	const newsdoc_plugin_answer **answer);

#if defined(__GNUC__)
#define NEWSDOC_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define NEWSDOC_PLUGIN_EXPORT
#endif

/*
 * Make a plugin a page of C: define init, fini, parse and/or export
 * functions (or pass NULL), then
 *
 *   NEWSDOC_PLUGIN_DEFINE("my-plugin", my_init, my_fini, my_parse, NULL)
 *
 * which defines the entry point, accepting interface version 1.
 */
#define NEWSDOC_PLUGIN_DEFINE(plugin_name, init_fn, fini_fn, parse_fn, export_fn) \
	static const newsdoc_plugin_answer newsdoc_plugin_answer_ = { \
		sizeof(newsdoc_plugin_answer), NEWSDOC_PLUGIN_INTERFACE_VERSION, \
		plugin_name, init_fn, fini_fn, parse_fn, export_fn \
	}; \
	NEWSDOC_BEGIN_DECL \
	NEWSDOC_PLUGIN_EXPORT int NEWSDOC_PLUGIN_ENTRY(const newsdoc_plugin_request *request, \
		const newsdoc_plugin_answer **answer); \
	NEWSDOC_END_DECL \
	int NEWSDOC_PLUGIN_ENTRY(const newsdoc_plugin_request *request, \
		const newsdoc_plugin_answer **answer) \
	{ \
		if (!request || request->struct_size < sizeof(newsdoc_plugin_request) || \
		    request->interface_min > NEWSDOC_PLUGIN_INTERFACE_VERSION || \
		    request->interface_max < NEWSDOC_PLUGIN_INTERFACE_VERSION) \
			return -1; \
		*answer = &newsdoc_plugin_answer_; \
		return 0; \
	}

NEWSDOC_END_DECL

#endif
