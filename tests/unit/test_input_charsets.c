/*
 * Pages in every charset the library reads, and what is no page at all
 * (newsdoc_binary_format, which newsdoc_parse and the CLI share): legacy
 * 8-bit charsets are text, not binary; UTF-16 and UTF-32 are known by
 * their byte order mark or, without one, by the zero bytes of their ASCII
 * characters; a <meta> naming a charset in which ASCII is not ASCII is
 * ignored, as the HTML standard says; bytes a charset cannot read become
 * U+FFFD instead of ending the page.
 */
#include "content_test_util.h"
#include "wide_text_util.h"

/* "Паром снова вышел в море" ("the ferry put to sea again") */
#define RU_UTF8 "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD1\x81\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0 " \
	"\xD0\xB2\xD1\x8B\xD1\x88\xD0\xB5\xD0\xBB \xD0\xB2 \xD0\xBC\xD0\xBE\xD1\x80\xD0\xB5"
#define RU_CP1251 "\xCF\xE0\xF0\xEE\xEC \xF1\xED\xEE\xE2\xE0 \xE2\xFB\xF8\xE5\xEB \xE2 \xEC\xEE\xF0\xE5"
#define RU_KOI8R "\xF0\xC1\xD2\xCF\xCD \xD3\xCE\xCF\xD7\xC1 \xD7\xD9\xDB\xC5\xCC \xD7 \xCD\xCF\xD2\xC5"
#define FERRY ": the harbour ferry sailed again on Monday morning after four months in the dry dock at Kell Point."
#define SECOND "Engineers replaced both propeller shafts and rebuilt the wheelhouse, the operator said on Monday."

/* A page around `first` (in whatever charset), with `head` in <head>. */
static char *page_with(const char *head, const char *first, size_t *len)
{
	static const char *const parts[] = {
		"<html><head>", "</head><body><article><p>", "</p><p>" SECOND "</p></article></body></html>"
	};
	char *page = malloc(strlen(head) + strlen(first) + 256);

	sprintf(page, "%s%s%s%s%s", parts[0], head, parts[1], first, parts[2]);
	*len = strlen(page);
	return page;
}

/* The page reads as `expected` then SECOND. */
static void assert_reads(const char *bytes, size_t len, const char *expected)
{
	newsdoc_document *doc = parse_bytes(bytes, len, NEWSDOC_INPUT_HTML);

	assert_int_equal(newsdoc_document_block_count(doc), 2);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), expected);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 1)), SECOND);
	newsdoc_document_free(doc);
}

/* Well-known formats are named; random bytes are binary data. */
static void test_binary_formats_named(void **state)
{
	static const struct { const char *bytes; size_t len; const char *what; } cases[] = {
		{ "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, "a PNG image" },
		{ "\x1f\x8b\x08\0\0\0\0\0\0\x03", 10, "gzip-compressed data (decompress it first)" },
		{ "%PDF-1.7\n", 9, "a PDF document" },
		{ "PK\x03\x04\x14\0\0\0", 8, "a zip archive" },
		{ "\xff\xd8\xff\xe0\0\x10JFIF", 10, "a JPEG image" },
		{ "\x7f" "ELF\x02\x01\x01\0", 8, "an executable program" },
		{ "BZh91AY&SY\x01", 11, "bzip2-compressed data (decompress it first)" },
		{ "RIFF\x24\0\0\0WEBPVP8 ", 16, "a WebP image" },
	};
	char noise[4096];
	unsigned int seed = 12345;
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_string_equal(newsdoc_binary_format(cases[i].bytes, cases[i].len), cases[i].what);
	for (i = 0; i < sizeof(noise); i++) {
		seed = seed * 1103515245u + 12345u;
		noise[i] = (char)(seed >> 16);
	}
	assert_string_equal(newsdoc_binary_format(noise, sizeof(noise)), "binary data");
	/* Short control bytes with zero bytes among them: no UTF-16 text (its
	 * units would be control characters U+0001, U+00FF...), binary. */
	assert_string_equal(newsdoc_binary_format("\x00\x01\x02\x03" "binary\x00\xff\xfe", 14), "binary data");
	/* "BZh" and "RIFF" alone are text. */
	assert_null(newsdoc_binary_format("BZh is a word here", 18));
	assert_null(newsdoc_binary_format(NULL, 0));
	assert_null(newsdoc_binary_format("<p>x</p>", 0));
}

/* windows-1251 and KOI8-R: every letter a byte over 0x7F, and text. */
static void test_legacy_8bit_charsets_are_text(void **state)
{
	size_t len;
	char *cp1251 = page_with("<meta charset=\"windows-1251\">", RU_CP1251 FERRY, &len);
	char *koi8r;
	(void)state;

	assert_null(newsdoc_binary_format(cp1251, len));
	assert_reads(cp1251, len, RU_UTF8 FERRY);
	free(cp1251);
	koi8r = page_with("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">", RU_KOI8R FERRY, &len);
	assert_null(newsdoc_binary_format(koi8r, len));
	assert_reads(koi8r, len, RU_UTF8 FERRY);
	free(koi8r);
}

/* UTF-16 and UTF-32 in both orders, with and without a byte order mark:
 * text, read right. FF FE 00 00 is UTF-32LE's mark, not UTF-16LE's and a
 * NUL. */
static void test_utf16_and_utf32(void **state)
{
	static const wide_form forms[] = { UTF16LE, UTF16BE, UTF32LE, UTF32BE };
	size_t utf8_len, f;
	char *utf8 = page_with("<title>Ferry</title>", RU_UTF8 FERRY, &utf8_len);
	int bom;
	(void)state;

	for (f = 0; f < 4; f++) {
		for (bom = 0; bom <= 1; bom++) {
			size_t len;
			char *wide = to_wide(utf8, forms[f], bom, &len);
			assert_null(newsdoc_binary_format(wide, len));
			assert_reads(wide, len, RU_UTF8 FERRY);
			free(wide);
		}
	}
	free(utf8);
}

/* A <meta> naming a charset in which ASCII is not ASCII (UTF-16 and
 * UTF-32 by any name, EBCDIC, UTF-7) on a page of ASCII bytes is ignored:
 * the declaration was read as ASCII, so the page is not in it. */
static void test_meta_charsets_that_cannot_be(void **state)
{
	static const char *const labels[] = {
		"UTF-16", "utf-16le", "UTF16", "UCS-2", "UNICODE", "UTF-32", "UTF-32LE", "UCS-4", "IBM037",
		"CP500", "UTF-7"
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		char head[96];
		size_t len;
		char *page;
		newsdoc_document *doc;
		snprintf(head, sizeof(head), "<meta charset=\"%s\"><title>Ferry back +in service</title>", labels[i]);
		page = page_with(head, "Ferry" FERRY, &len);
		doc = parse_bytes(page, len, NEWSDOC_INPUT_HTML);
		assert_string_equal(newsdoc_document_title(doc), "Ferry back +in service");
		assert_int_equal(newsdoc_document_block_count(doc), 2);
		assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), "Ferry" FERRY);
		newsdoc_document_free(doc);
		free(page);
	}
}

/* A byte the charset has no character for (0x81 in windows-1252, an
 * invalid pair in Shift_JIS) is U+FFFD, and the page goes on after it. */
static void test_unreadable_bytes_replaced(void **state)
{
	size_t len;
	char *page = page_with("<meta charset=\"windows-1252\">", "Caf\xE9 \x81" FERRY, &len);
	(void)state;

	assert_reads(page, len, "Caf\xC3\xA9 \xEF\xBF\xBD" FERRY);
	free(page);
	page = page_with("<meta charset=\"Shift_JIS\">", "Ferry \xFF\xFF" FERRY, &len);
	assert_reads(page, len, "Ferry \xEF\xBF\xBD\xEF\xBF\xBD" FERRY);
	free(page);
}

/* Text input reads UTF-16 without a mark, and the caller's charset. */
static void test_text_input_charsets(void **state)
{
	static const char text[] = "Ferry news\n\n" RU_UTF8 FERRY "\n";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	size_t len;
	char *wide = to_wide(text, UTF16LE, 0, &len);
	(void)state;

	assert_null(newsdoc_binary_format(wide, len));
	doc = parse_bytes(wide, len, NEWSDOC_INPUT_TEXT);
	assert_string_equal(newsdoc_document_title(doc), "Ferry news");
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), RU_UTF8 FERRY);
	newsdoc_document_free(doc);
	free(wide);

	opts.input = NEWSDOC_INPUT_TEXT;
	opts.charset = "windows-1251";
	assert_int_equal(newsdoc_parse(&doc, NULL, "Ferry news\n\n" RU_CP1251 FERRY "\n",
		strlen("Ferry news\n\n" RU_CP1251 FERRY "\n"), NULL, &opts), 0);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), RU_UTF8 FERRY);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_binary_formats_named),
		cmocka_unit_test(test_legacy_8bit_charsets_are_text),
		cmocka_unit_test(test_utf16_and_utf32),
		cmocka_unit_test(test_meta_charsets_that_cannot_be),
		cmocka_unit_test(test_unreadable_bytes_replaced),
		cmocka_unit_test(test_text_input_charsets),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
