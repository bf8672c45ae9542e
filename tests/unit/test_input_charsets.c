/*
 * Pages in UTF-16 and UTF-32, known by their byte order mark or, without
 * one, by the zero bytes of their ASCII characters; and a <meta> naming a
 * charset in which ASCII is not ASCII, ignored as the HTML standard says.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf16_and_utf32),
		cmocka_unit_test(test_meta_charsets_that_cannot_be),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
