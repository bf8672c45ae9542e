/*
 * Quotes in headlines (the title is read for "Speaker: 'words'" and
 * "'Words,' Speaker Says") and the seed page's three quotes, from its HTML
 * and its text rendering.
 */
#include "quote_test_util.h"
#include "content_test_util.h"

static void test_headline_colon_quote(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	/* Headlines quote with single marks; the quote has no body block. */
	doc = parse_text("Kasich: \xE2\x80\x98We Are Going All The Way To Cleveland.\xE2\x80\x99\n\n"
		"John Kasich, the governor of Ohio, spoke to voters in Columbus on Tuesday night.\n\n"
		"\xE2\x80\x9CWe will win the nomination,\xE2\x80\x9D Kasich said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, "We Are Going All The Way To Cleveland.", "Kasich", ":");
	quote = newsdoc_document_quote_at(doc, 0);
	assert_int_equal(newsdoc_quote_block(quote), -1);
	assert_int_equal(newsdoc_quote_start(quote), -1);
	assert_int_equal(newsdoc_quote_end(quote), -1);
	/* The body names him later: the headline's speaker resolves too. */
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "John Kasich");
	assert_quote(doc, 1, "We will win the nomination,", "Kasich", "said");
	assert_span_is(doc, newsdoc_document_quote_at(doc, 1), "We will win the nomination,");
	newsdoc_document_free(doc);

	/* Straight marks, and a possessive before the colon. */
	doc = parse_text("Republicans' reaction: 'Is that all there is?'\n\nThe speech ran long.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "Is that all there is?", "Republicans", ":");
	newsdoc_document_free(doc);

	/* Partly quoted: the speaker's words, marks kept. */
	doc = parse_text("Sidney Blumenthal: \xE2\x80\x98No Idea\xE2\x80\x99 If I Told Her.\n\n"
		"The hearing ran long.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "\xE2\x80\x98No Idea\xE2\x80\x99 If I Told Her", "Sidney Blumenthal", ":");
	newsdoc_document_free(doc);
}

static void test_headline_trailing_speaker(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("\xE2\x80\x98" "Birther\xE2\x80\x99 Claims Are Like A Bad Rerun, Trevor Noah Says.\n\n"
		"The host spoke on Monday night.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "\xE2\x80\x98" "Birther\xE2\x80\x99 Claims Are Like A Bad Rerun",
		"Trevor Noah", "Says");
	newsdoc_document_free(doc);

	doc = parse_text("'Second Amendment people' his secret weapon, Trump hints\n\n"
		"The remark drew criticism.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "'Second Amendment people' his secret weapon", "Trump", "hints");
	newsdoc_document_free(doc);
}

static void test_headline_without_quote(void **state)
{
	static const char *const titles[] = {
		/* labels name nobody */
		"The Latest: \xE2\x80\x98We Will Win\xE2\x80\x99",
		"EXCLUSIVE: \xE2\x80\x9C" "A Plan\xE2\x80\x9D For The City",
		/* scare quotes and possessives */
		"Obama slams GOP\xE2\x80\x99s \xE2\x80\x98" "doom and despair\xE2\x80\x99 on economy",
		"Clinton's missteps at debate arm her rivals",
		"Dr. Ben Carson: Hillary Clinton \xE2\x80\x98Not Fit To Serve\xE2\x80\x99",
		"UN addresses human rights abuses in North Korea at high-level meeting",
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(titles) / sizeof(titles[0]); i++) {
		char text[512];
		newsdoc_document *doc;

		snprintf(text, sizeof(text), "%s\n\nThe council met on Monday.\n", titles[i]);
		doc = parse_text(text);
		if (newsdoc_document_quote_count(doc) != 0)
			fail_msg("case %zu: %zu quotes in \"%s\"", i, newsdoc_document_quote_count(doc), titles[i]);
		newsdoc_document_free(doc);
	}
}

/* ---- the seed page ---- */

static void check_seed(const char *path, int input)
{
	char *data;
	size_t len = 0, i;
	newsdoc_parse_options opts;
	newsdoc_document *doc = NULL;

	skip_without_seed(path);
	data = read_whole_file(path, &len);
	assert_non_null(data);
	assert_int_equal(newsdoc_parse_options_init(&opts, NEWSDOC_PARSE_OPTIONS_VERSION), 0);
	opts.input = input;
	assert_int_equal(newsdoc_parse(&doc, NULL, data, len, NULL, &opts), 0);
	free(data);
	assert_int_equal(newsdoc_document_quote_count(doc), 3);
	assert_quote(doc, 0, "We urge China and every Member State to end the forcible repatriation "
		"of North Koreans,", "the representative", "stated");
	assert_quote(doc, 1, "Each time I hear people speak up for us, I know we are not forgotten "
		"and that change is possible.", "Ji Seong-ho", ":");
	assert_quote(doc, 2, "If we fail to act, we tell every tyrant that crimes against humanity "
		"carry no cost.", "The representatives", NULL);
	for (i = 0; i < 3; i++) {
		const newsdoc_quote *quote = newsdoc_document_quote_at(doc, i);
		assert_span_is(doc, quote, newsdoc_quote_text(quote));
		assert_null(strstr(newsdoc_quote_text(quote), "illegal border crossing"));
		assert_string_not_equal(newsdoc_quote_text(quote), "treason");
	}
	newsdoc_document_free(doc);
}

static void test_seed_html(void **state)
{
	(void)state;
	check_seed(SEED("article.html"), NEWSDOC_INPUT_HTML);
}

static void test_seed_text(void **state)
{
	(void)state;
	check_seed(SEED("article.txt"), NEWSDOC_INPUT_TEXT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headline_colon_quote),
		cmocka_unit_test(test_headline_trailing_speaker),
		cmocka_unit_test(test_headline_without_quote),
		cmocka_unit_test(test_seed_html),
		cmocka_unit_test(test_seed_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
