/*
 * libnewsdoc: turning bytes into a document.
 */
#ifndef NEWSDOC_PARSE_H
#define NEWSDOC_PARSE_H

#include "document.h"
#include "registry.h"

NEWSDOC_BEGIN_DECL

/* What the input bytes are. Values are ABI. */
typedef enum newsdoc_input {
	NEWSDOC_INPUT_HTML = 0, /* an HTML page */
	NEWSDOC_INPUT_TEXT = 1, /* a page rendered as plain text */
	NEWSDOC_INPUT_JSON = 2  /* a document exported as JSON (round trip) */
} newsdoc_input;

/*
 * Version 2 added max_work. A caller built against version 1 passes the
 * smaller struct with version 1: the library reads only its fields.
 */
#define NEWSDOC_PARSE_OPTIONS_VERSION 2

/*
 * Parse options. Zero limits mean the documented defaults:
 * max_input_size 64 MiB, max_depth 256 (deeper content is flattened into
 * its ancestor), max_nodes 2,000,000, max_jsonld_size 4 MiB,
 * max_quotes 1,000, max_related 100, max_work 20,000,000 steps plus 10
 * a byte of input.
 * What happens past a limit:
 *   max_input_size  NEWSDOC_ELIMIT, "... over the limit of N (max_input_size)"
 *   max_nodes       NEWSDOC_ELIMIT, "... more than N nodes (max_nodes)";
 *                   nodes are the HTML tree's elements, text, comment
 *                   and processing-instruction nodes (those before and
 *                   after the root element too) and attributes; the
 *                   document type is none; a single tag with more than
 *                   min(N, 1,000) attributes is refused the same way
 *                   before parsing ("a tag has more than N attributes").
 *                   Memory grows with it: at the default, the heaviest
 *                   pages measured (a million short paragraphs, or
 *                   480,000 with a class and an id each) peak at 460 and
 *                   530 MB of resident memory, within the 1 GB a parse
 *                   that docs/SCALE.md plans for; libxml2's tree is most
 *                   of it (about 300 bytes an element with its text)
 *   max_depth       truncation: a subtree deeper than N becomes one block
 *                   with its text
 *   max_jsonld_size truncation: JSON-LD scripts past N bytes in total are
 *                   not read (the other metadata sources still are)
 *   max_quotes      truncation: the first N quotes are kept
 *   max_related     truncation: the first N related items are kept
 *   max_work        NEWSDOC_ELIMIT, "... needed more than N steps of
 *                   work (max_work)". A step is a node visited by a walk
 *                   that a pass makes for part of the page, a line of
 *                   text input, a token or mark of the quote pass, a
 *                   JSON-LD value looked at, and in the HTML parser an
 *                   attribute compared with an earlier one of its tag or
 *                   an open element searched for an end tag. The 2,148
 *                   pages of the project's benchmarks take at most 130,000
 *                   steps (0.4 a byte); a step takes 3 to 30 ns, so the
 *                   default stops a page shaped to make a pass quadratic
 *                   in well under a second while no real page comes near
 *                   it. NEWSDOC_DEBUG=work prints the steps of each parse
 *                   on stderr.
 * Fixed limits (not options):
 *   images          the first 1,000 distinct images are kept in the
 *                   document's image list; the body's figure blocks keep
 *                   every picture
 *   JSON-LD nesting a JSON-LD script nested deeper than 64 levels is not
 *                   read (the other metadata sources still are)
 */
typedef struct newsdoc_parse_options {
	unsigned int version;  /* NEWSDOC_PARSE_OPTIONS_VERSION */
	int input;             /* newsdoc_input */
	const char *parser;    /* parser id; NULL chooses by URL, then "generic" */
	const char *charset;   /* charset hint (e.g. from HTTP); NULL detects */
	unsigned int flags;    /* NEWSDOC_PARSE_* bits, 0 for none */
	size_t max_input_size;
	size_t max_depth;
	size_t max_nodes;
	size_t max_jsonld_size;
	size_t max_quotes;
	size_t max_related;
	size_t max_work;       /* version 2 */
} newsdoc_parse_options;

/*
 * Flags. NEWSDOC_PARSE_QUOTES_BY_SENTENCE: a quotation split by its cue
 * across sentences ("A," said X. "B.") gives one quote per sentence, both
 * with X as speaker, as news corpora such as PolNeAR annotate it; without
 * it that is one quote. Within one sentence ("A," he said, "b.") it is one
 * quote either way.
 */
#define NEWSDOC_PARSE_QUOTES_BY_SENTENCE 0x1u

#define NEWSDOC_PARSE_OPTIONS_INIT { NEWSDOC_PARSE_OPTIONS_VERSION, NEWSDOC_INPUT_HTML, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0 }

/*
 * Fill `opts` with the defaults of options `version` (1 or 2). Version 1
 * writes only the version 1 struct, for callers built against it.
 */
NEWSDOC_EXTERN(int) newsdoc_parse_options_init(newsdoc_parse_options *opts, unsigned int version);

/*
 * Parse `len` bytes of `data` into a new document in `*out`, which the
 * caller frees with newsdoc_document_free(). `reg` may be NULL (built-in
 * parsers only); `url` may be NULL (it helps choosing a parser and making
 * links absolute); `opts` NULL means HTML input and automatic choice.
 * On failure `*out` is NULL and newsdoc_error_last() says why.
 *
 * Thread stack: a parse (newsdoc_document_from_json too) needs at most
 * 256 KiB of stack, whatever the input, so it may run in threads with
 * small stacks (Rust's 2 MiB, a pool's 256 KiB). The walks over the page are iterative and the
 * recursions left (libxml2, jansson) are bounded by the fixed limits
 * above; the deepest hostile pages measure under 50 KB (a JSON document
 * nested 500 levels; HTML nested 10,000 levels in any way, under 20 KB),
 * and tests/threads/test_small_stack.c parses them in threads with
 * 256 KiB. The code of C plugins runs on the same stack and is not
 * counted.
 */
NEWSDOC_EXTERN(int) newsdoc_parse(newsdoc_document **out, const newsdoc_registry *reg,
	const char *data, size_t len, const char *url, const newsdoc_parse_options *opts);

/*
 * What `len` bytes of `data` are when they are no page the library can
 * read: "a PNG image", "gzip-compressed data (decompress it first)", "an
 * executable program" ... or "binary data"; NULL when they can be one.
 * Text is a page in any charset the library decodes: UTF-8, UTF-16 and
 * UTF-32 with or without a byte order mark, and the legacy 8-bit and
 * multibyte charsets. A NUL byte alone does not make binary data (a page
 * with one is read, the NUL replaced). newsdoc_parse refuses what this
 * names with NEWSDOC_EPARSE, "... the input looks like <what>, not an
 * HTML page"; a caller may ask first to say so in its own words. The
 * string is static. Since version 1.1 (symbol version NEWSDOC_1.1).
 */
NEWSDOC_EXTERN(const char *) newsdoc_binary_format(const char *data, size_t len);

/* Read a document from the JSON that the "json" exporter writes. */
NEWSDOC_EXTERN(int) newsdoc_document_from_json(newsdoc_document **out, const char *data, size_t len);

NEWSDOC_END_DECL

#endif
