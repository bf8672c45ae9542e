/*
 * The attribute scan of libnewsdoc/html/html_attr_scan.c against libxml2
 * itself: tag soup made of the pieces where a careless scan and the
 * parser part ways ("<" inside a tag, quotes not after "=", comments that
 * end oddly, DOCTYPE literals, raw text and its end tags, names over 100
 * characters, non-ASCII names), parsed by htmlReadMemory as html_load.c
 * parses pages, and the attributes of the tree's elements counted. The
 * scan must give the same most-on-a-tag and the same sum of pairs; where
 * the parser drops a tag's attributes (a misplaced <body>) or stops at a
 * NUL byte, the scan may count more, never less.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include "html/html_attr_scan.h"

/* Documents a run; SCAN_TEST_DOCS and SCAN_TEST_SEED change them for a
 * longer search by hand. */
#define DOCS 20000
#define MAX_DOC 4096

static const int parse_flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT | XML_PARSE_HUGE;

static void quiet(void *context, const char *message, ...)
{
	(void)context;
	(void)message;
}

static void quiet_structured(void *context, xmlErrorPtr error)
{
	(void)context;
	(void)error;
}

/* A small deterministic generator, so that a failure can be replayed. */
static uint64_t rng_state;

static unsigned int rnd(unsigned int n)
{
	rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
	return (unsigned int)((rng_state >> 33) % n);
}

typedef struct doc_buf {
	char bytes[MAX_DOC];
	size_t len;
	unsigned int next_name; /* attribute names are unique: a1, a2 ... */
	int inexact;            /* the parser may read fewer than the scan */
} doc_buf;

static void put(doc_buf *doc, const char *s, size_t n)
{
	if (doc->len + n < MAX_DOC) {
		memcpy(doc->bytes + doc->len, s, n);
		doc->len += n;
	}
}

static void puts_doc(doc_buf *doc, const char *s)
{
	put(doc, s, strlen(s));
}

/* A fresh attribute name; now and then over 100 characters, made of
 * 100-character pieces that each start a unique name of their own, since
 * the parser reads such a name as one name a piece. */
static void put_name(doc_buf *doc)
{
	unsigned int id = ++doc->next_name;
	char piece[128];

	if (rnd(20) == 0) {
		unsigned int pieces = 2 + rnd(3), k;
		for (k = 0; k < pieces; k++) {
			int n = snprintf(piece, sizeof(piece), "n%uk%u", id, k);
			size_t size = k + 1 < pieces ? 100 : 1 + rnd(99);
			memset(piece + n, 'x', sizeof(piece) - (size_t)n);
			put(doc, piece, size > (size_t)n ? size : (size_t)n);
		}
		return;
	}
	snprintf(piece, sizeof(piece), "a%u", id);
	puts_doc(doc, piece);
}

static void put_piece(doc_buf *doc)
{
	static const char *const pieces[] = {
		"<p", "<div", "<i", "<x", "<span", "<script", "<style", "<SCRIPT", "<Style", "<noscript",
		"<scripts", "<_x", "<:x", "<1", "< p", "<", ">", "/>", "/", "=", "\"", "'", " = ", "=\"", "='",
		"= ", "\" ", "' ", "</", "</p", "</p>", "</script", "</script>", "</style>", "</scriptx>", "</ ",
		"</1", "</x a=\">\">", "<!--", "-->", "--!>", "--", "->", "<!-->", "<!--->", "-", "!",
		"<!DOCTYPE", "<!doctype html", " PUBLIC ", " SYSTEM ", "<!x", "<?", "<?pi ", "?>", "&amp;",
		"&#60;", "&", " ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "word ", "x", "\xC3\xA9",
		"\xC3\x97", "\xFF", "\xE2\x80\x9C", "\xC2\xB7", "<body", "<frameset", "<textarea",
		"<title", "<img", "<br", "<table", "<td", "<b", "</b>", "</div>", "</i>", "<a", "</a>",
		"<!DOCTYPE \xC3\xA9", "<!DOCTYPE a\xC3\x97", " PUBLIC \"", "\" \"", "<scriptx", "</style",
		"</noscript>", "</SCRIPT", "<head", "<html", "<?xml ", "<!DOCTYPE html>"
	};
	unsigned int pick = rnd(sizeof(pieces) / sizeof(pieces[0]) + 12);

	if (pick >= sizeof(pieces) / sizeof(pieces[0])) {
		/* an attribute, plain or with a value */
		if (rnd(3))
			puts_doc(doc, " ");
		put_name(doc);
		if (rnd(2)) {
			static const char *const values[] = { "=v", "=\"v w\"", "='v>w'", "=\"<p a=\"", "=", " = x",
				"=\"\"", "=v/", "=\">", "='", "=\"" };
			puts_doc(doc, values[rnd(sizeof(values) / sizeof(values[0]))]);
		}
		return;
	}
	/* Tags libxml2 may drop with their attributes (misplaced) */
	if (!strcmp(pieces[pick], "<body") || !strcmp(pieces[pick], "<frameset") ||
		!strcmp(pieces[pick], "<head") || !strcmp(pieces[pick], "<html"))
		doc->inexact = 1;
	puts_doc(doc, pieces[pick]);
}

static void make_doc(doc_buf *doc)
{
	unsigned int n = 5 + rnd(60), i;

	doc->len = 0;
	doc->next_name = 0;
	doc->inexact = 0;
	for (i = 0; i < n; i++)
		put_piece(doc);
	if (rnd(50) == 0) {
		put(doc, "\0", 1);
		doc->inexact = 1;
		for (i = 0; i < 10; i++)
			put_piece(doc);
	}
}

/*
 * The parser's own count, from its SAX events: the attributes it hands to
 * each start of an element, and the repeated names it dropped before
 * (each reported as redefined).
 */
typedef struct parser_count {
	newsdoc__html_attr_count count; /* what the parser read */
	newsdoc__html_attr_count kept;  /* what it kept: a lower bound where a
	                                 * dropped tag's repeats are counted
	                                 * with the next tag */
	size_t redefined; /* since the last start of an element */
} parser_count;

static parser_count *counting;

static void count_redefined(void *context, xmlErrorPtr error)
{
	(void)context;
	if (counting && error && error->code == XML_ERR_ATTRIBUTE_REDEFINED)
		counting->redefined++;
}

static void note(newsdoc__html_attr_count *count, size_t n)
{
	if (n > count->most)
		count->most = n;
	count->pairs += n * (n - 1) / 2;
}

static void count_start(void *context, const xmlChar *name, const xmlChar **atts)
{
	size_t kept = 0;

	if (atts)
		while (atts[2 * kept])
			kept++;
	note(&counting->kept, kept);
	note(&counting->count, kept + counting->redefined);
	counting->redefined = 0;
	xmlSAX2StartElement(context, name, atts);
}

static void parser_attributes(const char *bytes, size_t len, const char *charset, newsdoc__html_attr_count *out,
	newsdoc__html_attr_count *kept)
{
	htmlParserCtxtPtr parser = htmlNewParserCtxt();
	parser_count count;
	xmlDoc *html;

	assert_non_null(parser);
	memset(&count, 0, sizeof(count));
	counting = &count;
	parser->sax->startElement = count_start;
	xmlSetStructuredErrorFunc(NULL, count_redefined);
	html = htmlCtxtReadMemory(parser, bytes, (int)len, NULL, charset, parse_flags);
	xmlSetStructuredErrorFunc(NULL, quiet_structured);
	counting = NULL;
	xmlFreeDoc(html);
	htmlFreeParserCtxt(parser);
	*out = count.count;
	*kept = count.kept;
}

static void dump(const doc_buf *doc)
{
	size_t i;

	fprintf(stderr, "document (%zu bytes): \"", doc->len);
	for (i = 0; i < doc->len; i++) {
		unsigned char c = (unsigned char)doc->bytes[i];
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
			fputc(c, stderr);
		else
			fprintf(stderr, "\\x%02X", c);
	}
	fprintf(stderr, "\"\n");
}

static void compare(const doc_buf *doc, const char *bytes, size_t len, const char *charset)
{
	newsdoc__html_attr_count scanned, parsed, kept;

	assert_int_equal(newsdoc__html_attr_scan(&scanned, bytes, len, charset, (size_t)-1), 0);
	parser_attributes(bytes, len, charset, &parsed, &kept);
	if (doc->inexact) {
		if (scanned.most >= kept.most && scanned.pairs >= kept.pairs)
			return;
	} else if (scanned.ways > 1 ? scanned.most >= parsed.most && scanned.pairs >= parsed.pairs :
		scanned.most == parsed.most && scanned.pairs == parsed.pairs) {
		return;
	}
	dump(doc);
	fprintf(stderr, "%s: scan most %zu pairs %zu, libxml2 most %zu pairs %zu\n", charset, scanned.most,
		scanned.pairs, parsed.most, parsed.pairs);
	fail();
}

static void test_generated_tag_soup(void **state)
{
	doc_buf *doc = malloc(sizeof(*doc));
	int i;
	(void)state;

	assert_non_null(doc);
	rng_state = getenv("SCAN_TEST_SEED") ? strtoull(getenv("SCAN_TEST_SEED"), NULL, 10) : 11;
	for (i = 0; i < (getenv("SCAN_TEST_DOCS") ? atoi(getenv("SCAN_TEST_DOCS")) : DOCS); i++) {
		make_doc(doc);
		compare(doc, doc->bytes, doc->len, "UTF-8");
	}
	free(doc);
}

/* The same documents in UTF-16: the scan reads the page as libxml2
 * converts it, not its bytes. */
static void test_generated_utf16(void **state)
{
	doc_buf *doc = malloc(sizeof(*doc));
	char *wide = malloc(MAX_DOC * 2);
	int i;
	(void)state;

	assert_non_null(doc);
	assert_non_null(wide);
	rng_state = 12;
	for (i = 0; i < DOCS / 10; i++) {
		size_t k, n = 0;
		make_doc(doc);
		/* only ASCII documents: each byte one UTF-16 code unit */
		for (k = 0; k < doc->len; k++) {
			if ((unsigned char)doc->bytes[k] >= 0x80)
				break;
			wide[n++] = doc->bytes[k];
			wide[n++] = 0;
		}
		if (k < doc->len)
			continue;
		compare(doc, wide, n, "UTF-16LE");
	}
	free(wide);
	free(doc);
}

/* The shapes of the shared hostile pages, written out. */
static void test_known_shapes(void **state)
{
	static const struct {
		const char *html;
		size_t most, pairs;
	} cases[] = {
		{ "<p <x a1 <x a2 <x a3>text</p>", 3, 3 },
		{ "<p a1 a2 a1 a1>", 4, 6 },
		{ "<p title=\"x>y\" b c>", 3, 3 },
		{ "<p \"a b c>", 2, 1 },
		{ "<!--><p a b>", 0, 0 },
		{ "<!-- --!><p a b>", 2, 1 },
		{ "<script/><p a b>", 2, 1 },
		/* "</scripts>" may close the script (were a <scripts> open), so
		 * both ways are counted: <p c d> as a tag and as script text */
		{ "<script></scripts a b><p c d></script><p e f>", 2, 2 },
		{ "<style><body a b c>", 3, 3 },
		{ "<!DOCTYPE html PUBLIC \"> <p c d>\"><p e>", 1, 0 },
		{ "<!DOCTYPE a\xC3\x97 PUBLIC \"> <p c d>\">", 2, 1 },
		{ "<?x a=\"> <p c d>\">", 2, 1 },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		newsdoc__html_attr_count count;
		assert_int_equal(newsdoc__html_attr_scan(&count, cases[i].html, strlen(cases[i].html), "UTF-8", (size_t)-1), 0);
		if (count.most != cases[i].most || count.pairs != cases[i].pairs)
			fprintf(stderr, "%s: most %zu pairs %zu\n", cases[i].html, count.most, count.pairs);
		assert_int_equal(count.most, cases[i].most);
		assert_int_equal(count.pairs, cases[i].pairs);
	}
}

/* The scan stops at the first tag over the cap. */
static void test_cap_stops_the_scan(void **state)
{
	newsdoc__html_attr_count count;
	static const char html[] = "<p a b c d><i e f g h i j k l>";
	(void)state;

	assert_int_equal(newsdoc__html_attr_scan(&count, html, sizeof(html) - 1, "UTF-8", 3), 0);
	assert_int_equal(count.most, 4);
	assert_int_equal(count.pairs, 6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_known_shapes),
		cmocka_unit_test(test_cap_stops_the_scan),
		cmocka_unit_test(test_generated_tag_soup),
		cmocka_unit_test(test_generated_utf16),
	};
	xmlInitParser();
	xmlSetGenericErrorFunc(NULL, quiet);
	xmlSetStructuredErrorFunc(NULL, quiet_structured);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
