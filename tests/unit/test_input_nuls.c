/*
 * NUL characters are data, never the end of the page nor alone a sign of
 * binary data (libnewsdoc/html/html_prepare.c). In HTML they go as the HTML
 * standard has it in markup: U+FFFD (a title, an attribute value, a script
 * such as JSON-LD); in the text of the body, as in text input, a NUL is a
 * space (the standard drops it, joining the words on either side). In UTF-16 a NUL is a code unit of two zero bytes.
 */
#include "content_test_util.h"
#include "wide_text_util.h"

#define PARA_A "The harbour ferry sailed again on Monday morning after four months in the dry dock at Kell Point."
#define PARA_B "Engineers replaced both propeller shafts and rebuilt the wheelhouse, the operator said on Monday."

static void assert_paragraphs(const newsdoc_document *doc, const char *a, const char *b)
{
	assert_int_equal(newsdoc_document_block_count(doc), 2);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), a);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 1)), b);
}

/* A page that puts `filler` bytes of a comment, then a NUL, between its
 * two paragraphs. */
static char *page_with_nul_after(size_t filler, size_t *len)
{
	char *page = malloc(filler + 512);
	size_t used = (size_t)sprintf(page, "<html><head><title>Ferry</title></head><body><article><p>%s</p><!-- ", PARA_A);

	memset(page + used, 'x', filler);
	used += filler;
	used += (size_t)sprintf(page + used, " -->");
	page[used++] = '\0';
	used += (size_t)sprintf(page + used, "<p>%s</p></article></body></html>", PARA_B);
	*len = used;
	return page;
}

/* Past the first 4 KiB a NUL once ended the page without a word; within
 * them it made the page "binary data". Both read whole now. */
static void test_nul_neither_cuts_nor_refuses(void **state)
{
	static const size_t fillers[] = { 16, 5000, 200000 };
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(fillers) / sizeof(fillers[0]); i++) {
		size_t len;
		char *page = page_with_nul_after(fillers[i], &len);
		newsdoc_document *doc;
		assert_null(newsdoc_binary_format(page, len));
		doc = parse_bytes(page, len, NEWSDOC_INPUT_HTML);
		assert_paragraphs(doc, PARA_A, PARA_B);
		newsdoc_document_free(doc);
		free(page);
	}
}

/* A space in text, U+FFFD in a title, an attribute value and JSON-LD. */
static void test_nul_by_where_it_is(void **state)
{
	static const char page[] =
		"<html><head><title>Ferry\0back</title>"
		"<meta name=\"description\" content=\"Back\0in service\">"
		"<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
		"\"author\": {\"@type\": \"Person\", \"name\": \"Jane\0Doe\"}}</script>"
		"<style>p { color: red }\0</style></head><body><article>"
		"<p>The harbour\0ferry sailed again on Monday morning after four months in the dry dock at Kell Point.</p>"
		"<!-- a\0comment --><p>" PARA_B "</p></article></body></html>";
	newsdoc_document *doc = parse_bytes(page, sizeof(page) - 1, NEWSDOC_INPUT_HTML);
	(void)state;

	assert_string_equal(newsdoc_document_title(doc), "Ferry\xEF\xBF\xBD" "back");
	assert_string_equal(newsdoc_document_description(doc), "Back\xEF\xBF\xBDin service");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_string_equal(newsdoc_author_name(newsdoc_document_author_at(doc, 0)), "Jane\xEF\xBF\xBD" "Doe");
	assert_paragraphs(doc, PARA_A, PARA_B);
	newsdoc_document_free(doc);
}

/* A run of NUL padding between paragraphs vanishes. In the first 4 KiB,
 * where newsdoc_binary_format looks, a share of NULs that high makes the
 * bytes binary data. */
static void test_nul_padding(void **state)
{
	char *page = malloc(20000);
	size_t used = (size_t)sprintf(page, "<html><body><article><p>%s</p><!-- ", PARA_A);
	newsdoc_document *doc;
	(void)state;

	memset(page + used, 'x', 5000);
	used += 5000;
	used += (size_t)sprintf(page + used, " -->");
	memset(page + used, 0, 10000);
	used += 10000;
	used += (size_t)sprintf(page + used, "<p>%s</p></article></body></html>", PARA_B);
	doc = parse_bytes(page, used, NEWSDOC_INPUT_HTML);
	assert_paragraphs(doc, PARA_A, PARA_B);
	newsdoc_document_free(doc);
	assert_string_equal(newsdoc_binary_format(page + 5000, 8192), "binary data");
	free(page);
}

/* In UTF-16 and in a legacy charset, the NUL is a character like the
 * others: the one of the page, not a zero byte of another character. */
static void test_nul_in_other_charsets(void **state)
{
	static const char utf8[] = "<html><body><article><p>The harbour\xC0\x80 ferry sailed again on Monday morning "
		"after four months in the dry dock at Kell Point.</p><p>" PARA_B "</p></article></body></html>";
	static const char cp1252[] = "<html><head><meta charset=\"windows-1252\"></head><body><article>"
		"<p>Caf\xE9 owners said the harbour ferry sailed again\0 on Monday morning after four months away.</p>"
		"<p>" PARA_B "</p></article></body></html>";
	size_t len;
	char *wide = to_wide(utf8, UTF16LE, 0, &len);
	newsdoc_document *doc;
	(void)state;

	assert_null(newsdoc_binary_format(wide, len));
	doc = parse_bytes(wide, len, NEWSDOC_INPUT_HTML);
	assert_paragraphs(doc, PARA_A, PARA_B);
	newsdoc_document_free(doc);
	free(wide);
	doc = parse_bytes(cp1252, sizeof(cp1252) - 1, NEWSDOC_INPUT_HTML);
	assert_paragraphs(doc, "Caf\xC3\xA9 owners said the harbour ferry sailed again on Monday morning after four months away.",
		PARA_B);
	newsdoc_document_free(doc);
}

/* In text input a NUL stands between two words: "Second\0para" is
 * "Second para", not "Secondpara". */
static void test_nul_in_text_input(void **state)
{
	static const char text[] = "Ferry news\n\nSecond\0paragraph of the text, with a NUL\0between words.\n";
	newsdoc_document *doc = parse_bytes(text, sizeof(text) - 1, NEWSDOC_INPUT_TEXT);
	(void)state;

	assert_int_equal(newsdoc_document_block_count(doc), 1);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 0)),
		"Second paragraph of the text, with a NUL between words.");
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nul_neither_cuts_nor_refuses),
		cmocka_unit_test(test_nul_by_where_it_is),
		cmocka_unit_test(test_nul_padding),
		cmocka_unit_test(test_nul_in_other_charsets),
		cmocka_unit_test(test_nul_in_text_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
