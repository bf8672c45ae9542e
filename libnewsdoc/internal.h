/*
 * Internal helpers shared by the library's sources. Nothing here is
 * exported: non-static internal functions carry the `newsdoc__` prefix so
 * that they cannot clash with a program linking the static library.
 */
#ifndef NEWSDOC_INTERNAL_H
#define NEWSDOC_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>

#include "newsdoc.h"

#if defined(__GNUC__)
#define NEWSDOC__PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define NEWSDOC__PRINTF(f, a)
#endif

/* ---- allocation (alloc.c): every allocation goes through these, so that
 * tests can make the n-th one fail ---- */
void *newsdoc__malloc(size_t size);
void *newsdoc__calloc(size_t count, size_t size);
void *newsdoc__realloc(void *ptr, size_t size);
void newsdoc__free(void *ptr);
char *newsdoc__strdup(const char *s);
char *newsdoc__strndup(const char *s, size_t len);

/* ---- errors (error.c) ---- */
/* Set the thread's last error and return `code`. */
int newsdoc__error_set(int code, const char *fmt, ...) NEWSDOC__PRINTF(2, 3);
/* Shorthand for an allocation failure: sets NEWSDOC_ENOMEM and returns it. */
int newsdoc__error_oom(void);
/* Shorthand for a NULL or bad argument: names the function and argument. */
int newsdoc__error_arg(const char *function, const char *argument);

/* ---- growable byte buffer (buf.c) ---- */
typedef struct newsdoc__sb {
	char *ptr;   /* NUL-terminated when non-NULL */
	size_t len;
	size_t cap;
	int failed;  /* an allocation failed: further appends are no-ops */
} newsdoc__sb;

#define NEWSDOC__SB_INIT { NULL, 0, 0, 0 }

int newsdoc__sb_grow(newsdoc__sb *sb, size_t extra);
int newsdoc__sb_put(newsdoc__sb *sb, const char *data, size_t len);
/* newsdoc__sb_put into an empty buffer with no room to spare: for a text
 * set once and kept (a block's), where a growing buffer's first 64 bytes
 * would be most of the memory it takes. Appends later grow it as usual. */
int newsdoc__sb_put_exact(newsdoc__sb *sb, const char *data, size_t len);
int newsdoc__sb_puts(newsdoc__sb *sb, const char *s);
int newsdoc__sb_putc(newsdoc__sb *sb, char c);
void newsdoc__sb_free(newsdoc__sb *sb);
/* Hand the bytes to a newsdoc_buf (which then owns them); sb is reset.
 * Returns NEWSDOC_ENOMEM if any earlier append failed. */
int newsdoc__sb_to_buf(newsdoc__sb *sb, newsdoc_buf *out);

/* ---- pointer lists (document.c) ---- */
/* A list of owned pointers; items never move, so handles stay valid. */
typedef struct newsdoc__vec {
	void **items;
	size_t count;
	size_t cap;
} newsdoc__vec;

int newsdoc__vec_push(newsdoc__vec *vec, void *item);

/* ---- UTF-8 (utf8.c) ---- */
/* 1 when `len` bytes are strict UTF-8 (no overlong forms, no surrogates,
 * nothing above U+10FFFF) and contain no NUL byte; else 0. */
int newsdoc__utf8_valid(const char *s, size_t len);
/* Number of code points in valid UTF-8. */
size_t newsdoc__utf8_count(const char *s, size_t len);
/* Append `len` bytes to `sb`, replacing each invalid sequence with U+FFFD
 * and each NUL byte with a space. */
int newsdoc__utf8_sanitize(newsdoc__sb *sb, const char *s, size_t len);
/* Write code point `cp` (at most U+10FFFF) as UTF-8 into `out`, which has
 * room for 4 bytes; returns the number of bytes written. */
size_t newsdoc__utf8_encode(char *out, unsigned long cp);
/* `len` bytes of UTF-8 into `out` (room for `len` bytes) with the capitals
 * of ASCII, Latin-1, Latin Extended-A and Cyrillic made small ("À LIRE
 * ÉGALEMENT", "CZYTAJ TEŻ", "ЧИТАЙТЕ ТАКЖЕ"); as long as the input. */
void newsdoc__utf8_fold_lower(char *out, const char *s, size_t len);

/* ---- charsets (utf8_convert.c) ---- */
/* `len` bytes of `data` in `charset` as UTF-8, NUL-terminated, in a new
 * allocation in *out (newsdoc__free), its length in *out_len; bytes the
 * charset cannot read each become U+FFFD. NULL in *out when nothing needs
 * converting (UTF-8, or a charset neither iconv nor libxml2 knows). 0,
 * NEWSDOC_ENOMEM or NEWSDOC_ELIMIT. */
int newsdoc__to_utf8(const char *data, size_t len, const char *charset, char **out, size_t *out_len);
/* Close a charset handler of libxml2's xmlFindCharEncodingHandler, also
 * one it gave back half made when memory ran out (utf8_convert.c). */
struct _xmlCharEncodingHandler;
void newsdoc__charset_handler_close(struct _xmlCharEncodingHandler *handler);

/* ---- libxml2 set-up (xml_init.c) ---- */
/* Initialise libxml2, once per process, whichever thread comes first. */
void newsdoc__xml_init(void);

/* ---- libxml2 allocation failures (xml_oom.c) ---- */
/* Forget libxml2's last error on this thread; then newsdoc__xml_oom()
 * says whether libxml2 ran out of memory since, even in calls that only
 * returned NULL. The first libxml2 call of every entry point that drives
 * libxml2, so it initialises libxml2 (newsdoc__xml_init) before that. */
void newsdoc__xml_clear_oom(void);
int newsdoc__xml_oom(void);
/* A structured error handler that drops libxml2's messages (XPath errors
 * would go to stderr); the failure itself stays in the last error. */
struct _xmlError;
void newsdoc__xml_ignore_error(void *context, struct _xmlError *error);
/* `ref` made absolute against `base` by libxml2's xmlBuildURI, in *out
 * (xmlFree); NULL there when it does not resolve. NEWSDOC_ENOMEM when
 * memory ran out on the way, also where libxml2 records nothing
 * (uri_build.c). */
int newsdoc__xml_build_uri(const char *ref, const char *base, char **out);
/* xmlBuildURI(ref, base) (xmlFree), NULL where it does not resolve, and
 * also where the two climb more levels than a real address ("../" by
 * the thousand: libxml2's time grows with their count times the
 * length). Every address made absolute goes through it. (An xmlChar
 * string: unsigned char, as libxml2 defines it.) */
unsigned char *newsdoc__uri_resolve(const char *ref, const char *base);

/* ---- dates (plugin/dates.c) ---- */
/* Append `text` as an ISO 8601 date to `out`: with a strptime `format`
 * when given, else guessed. NEWSDOC_EPARSE when it is not a date. */
int newsdoc__date_normalize(newsdoc__sb *out, const char *text, const char *format);
/* What is wrong with a rule's strptime `format`, or NULL when nothing is:
 * an unknown conversion (stored in *conversion), a lone '%' at the end, no
 * year or no day. */
const char *newsdoc__date_format_problem(const char *format, char *conversion);

/* ---- documents (document.c) ---- */
/* Copy a document's string into a fresh allocation after checking it. */
int newsdoc__set_string(char **slot, const char *value, const char *what);
/* 1 for the fields newsdoc_document_get and newsdoc_document_set take. */
int newsdoc__is_string_field(int field);

/* The page types (NEWSDOC_FIELD_PAGE_TYPE), in the order of their names
 * (document.c); PAGE_TYPE_COUNT is also "unknown". */
enum newsdoc__page_type {
	PAGE_TYPE_ARTICLE = 0,
	PAGE_TYPE_FORUM,
	PAGE_TYPE_PRODUCT,
	PAGE_TYPE_COLLECTION,
	PAGE_TYPE_LISTING,
	PAGE_TYPE_DOCUMENTATION,
	PAGE_TYPE_SERVICE,
	PAGE_TYPE_COUNT
};
/* "article" ... "service"; NULL for PAGE_TYPE_COUNT or any other value. */
const char *newsdoc__page_type_name(int type);
/* The type a name stands for, or PAGE_TYPE_COUNT. */
int newsdoc__page_type_from_name(const char *name);

/* ---- built-in parsers and exporters ---- */
struct _xmlDoc;
/* Bytes to a libxml2 tree (html_load.c); the caller frees it with xmlFreeDoc.
 * `lean`: leave out comments, styles and scripts that are not JSON
 * (html_lean.c), for the generic extractor. */
int newsdoc__html_load(struct _xmlDoc **out, const char *data, size_t len, const char *url,
	const newsdoc_parse_options *opts, int lean);
/* The generic extractor: fills every field of `doc` that is still unknown
 * from the page (extract_generic.c). Site rules and plugins run first. */
int newsdoc__extract_generic(newsdoc_document *doc, struct _xmlDoc *html, const char *url,
	const newsdoc_parse_options *opts);
int newsdoc__parse_text(newsdoc_document *doc, const char *data, size_t len,
	const newsdoc_parse_options *opts);
/* Typed blocks from one container element of the page, as the generic
 * extractor emits them, for site rules that name the body (content/). */
struct _xmlNode;
int newsdoc__content_from_container(newsdoc_document *doc, struct _xmlDoc *html,
	struct _xmlNode *container, const char *url, const newsdoc_parse_options *opts);
/* Does the body say anything: a block other than a figure, or a figure
 * with a caption (document.c)? A body of uncaptioned pictures alone (a
 * product grid's images) is empty to a reader of its text. */
int newsdoc__document_has_words(const newsdoc_document *doc);
/* Remove `count` blocks from `first` on (document.c): a reading that gave
 * only pictures, replaced by a better one. */
void newsdoc__document_drop_blocks(newsdoc_document *doc, size_t first, size_t count);
/* JSON (json_export.c, json_import.c). */
int newsdoc__export_json(newsdoc_buf *out, const newsdoc_document *doc, unsigned int flags);
int newsdoc__import_json(newsdoc_document **out, const char *data, size_t len);

#endif
