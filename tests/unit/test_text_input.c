/*
 * Plain-text input: title, byline with role and affiliation, comment
 * count, paragraphs without furniture lines, related items.
 */
#include "content_test_util.h"

static void test_text_fixture(void **state)
{
	newsdoc_document *doc = parse_file(FIXTURE("article.txt"), NULL, NEWSDOC_INPUT_TEXT);
	const newsdoc_author *author;
	const newsdoc_related *item;
	(void)state;

	assert_non_null(doc);
	assert_string_equal(newsdoc_document_title(doc), "Library opens late on Thursdays");
	assert_int_equal(newsdoc_document_comment_count(doc), 12);
	assert_string_equal(newsdoc_document_provenance(doc, NEWSDOC_FIELD_COMMENTS), "text");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	author = newsdoc_document_author_at(doc, 0);
	assert_string_equal(newsdoc_author_name(author), "Ann Smith");
	assert_string_equal(newsdoc_author_role(author), "Senior Reporter");
	assert_string_equal(newsdoc_author_affiliation(author), "Bayside Courier");

	/* "Advertisement", "Share this article", the comment form and the
	 * Most popular list are not paragraphs; lines of one paragraph join. */
	assert_int_equal(newsdoc_document_block_count(doc), 2);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 1)),
		"The extra hours are paid for by a grant from the county, which also covers a new reading room for teenagers.");

	assert_int_equal(newsdoc_document_related_count(doc), 2);
	item = newsdoc_document_related_at(doc, 0);
	assert_string_equal(newsdoc_related_title(item), "Swimming pool reopens after refit");
	assert_string_equal(newsdoc_related_author(item), "Tom Reed");
	assert_string_equal(newsdoc_related_summary(item), "The pool on Mill Lane is open again with a new roof and a learner pool.");
	item = newsdoc_document_related_at(doc, 1);
	assert_string_equal(newsdoc_related_title(item), "Farmers' market returns to the square");
	assert_null(newsdoc_related_author(item));
	newsdoc_document_free(doc);
}

/* No comment line: the count stays unknown, not 0. */
static void test_text_without_furniture(void **state)
{
	static const char text[] = "Short note\n\nOnly one paragraph here, and it ends.\n";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	(void)state;

	opts.input = NEWSDOC_INPUT_TEXT;
	assert_int_equal(newsdoc_parse(&doc, NULL, text, sizeof(text) - 1, NULL, &opts), 0);
	assert_int_equal(newsdoc_document_comment_count(doc), -1);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	assert_int_equal(newsdoc_document_related_count(doc), 0);
	newsdoc_document_free(doc);
}

/*
 * A long run of short lines under the title is content (here a tide table
 * whose every line holds a date), not a byline header to drop as page
 * furniture; a header has at most 16 lines.
 */
static void test_text_long_short_run_is_content(void **state)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	char text[2048];
	size_t len;
	int day;
	(void)state;

	len = (size_t)snprintf(text, sizeof(text), "Tide times for Port Averill\n\n");
	for (day = 1; day <= 17; day++)
		len += (size_t)snprintf(text + len, sizeof(text) - len, "%d May 2025 high water 06:%02d\n", day, day);
	assert_true(len < sizeof(text));
	opts.input = NEWSDOC_INPUT_TEXT;
	assert_int_equal(newsdoc_parse(&doc, NULL, text, len, NULL, &opts), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	assert_non_null(strstr(newsdoc_block_text(newsdoc_document_block_at(doc, 0)), "17 May 2025 high water 06:17"));
	newsdoc_document_free(doc);
}

static void test_seed_text(void **state)
{
	static const char *const last_paragraph =
		"The representatives concluded with a call to action: \xE2\x80\x9CIf we fail to act, we tell every "
		"tyrant that crimes against humanity carry no cost.\xE2\x80\x9D The assembly emphasized continued "
		"support for those risking everything in pursuit of freedom.";
	newsdoc_document *doc;
	const newsdoc_author *author;
	(void)state;

	skip_without_seed(SEED("article.txt"));
	doc = parse_file(SEED("article.txt"), NULL, NEWSDOC_INPUT_TEXT);
	assert_non_null(doc);
	assert_string_equal(newsdoc_document_title(doc),
		"UN addresses human rights abuses in North Korea at high-level meeting");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	author = newsdoc_document_author_at(doc, 0);
	assert_string_equal(newsdoc_author_name(author), "Federico Borello");
	assert_string_equal(newsdoc_author_role(author), "Interim Executive Director");
	assert_string_equal(newsdoc_author_affiliation(author), "Human Rights Watch");
	assert_int_equal(newsdoc_document_comment_count(doc), 0);
	assert_int_equal(newsdoc_document_block_count(doc), 8);
	assert_string_equal(newsdoc_block_text(newsdoc_document_block_at(doc, 7)), last_paragraph);
	assert_null(strstr(newsdoc_document_text(doc), "Leave a Reply"));
	assert_null(strstr(newsdoc_document_text(doc), "Newsletter"));
	assert_int_equal(newsdoc_document_related_count(doc), 3);
	assert_string_equal(newsdoc_related_author(newsdoc_document_related_at(doc, 0)), "Victoria Coates");
	assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 2)),
		"Supreme Court rules in favor of Catholic Charities Bureau in tax exemption case");
	assert_string_equal(newsdoc_related_summary(newsdoc_document_related_at(doc, 1)),
		"The Supreme Court has issued a unanimous decision in the case of Smith & Wesson v. Estados Unidos "
		"Mexicanos, ruling that a lawsuit filed by the Mexican government against several U.S. gun "
		"manufacturers and a wholesaler is barred by the Protection\xE2\x80\xA6");
	newsdoc_document_free(doc);
}

/* A line of text that opens like a shop box's heading ("People who bought
 * ...", "Similar items ...") is a subheading: the article goes on after it. */
static void test_text_shop_like_line_is_not_an_end(void **state)
{
	static const char text[] =
		"Rents climb along the canal\n\n"
		"Tenants in the canal quarter saw their rents rise for the third year running, the housing office said.\n\n"
		"People who bought flats in 2019 pay more\n\n"
		"Owners who moved in before the works began now pay twice what they did for the quay repairs.\n\n"
		"Similar items were raised in the spring\n\n"
		"The residents' group put the same questions to the office in April and was told to wait.\n";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	(void)state;

	opts.input = NEWSDOC_INPUT_TEXT;
	assert_int_equal(newsdoc_parse(&doc, NULL, text, sizeof(text) - 1, NULL, &opts), 0);
	assert_non_null(strstr(newsdoc_document_text(doc), "People who bought flats in 2019 pay more"));
	assert_non_null(strstr(newsdoc_document_text(doc), "Owners who moved in before the works began"));
	assert_non_null(strstr(newsdoc_document_text(doc), "The residents' group put the same questions"));
	assert_int_equal(newsdoc_document_related_count(doc), 0);
	newsdoc_document_free(doc);
}

/*
 * A text saved without its title line starts with its first paragraph:
 * long, with sentence punctuation, it is body (with its quotation), not
 * the title (issue 15 item 5); a long headline without sentence
 * punctuation and a short one ending with a stop stay titles.
 */
static void test_text_first_paragraph_is_body(void **state)
{
	static const char untitled[] =
		"\xE2\x80\x9EWir bauen die Br\xC3\xBC" "cke noch in diesem Jahr neu\xE2\x80\x9C, sagte "
		"B\xC3\xBCrgermeister Karl Weber am Montag in Berlin. Der Streit um die Pl\xC3\xA4ne der "
		"Stadt dauert schon lange.\n\nDer Rat stimmt im Mai ab.\n";
	static const char long_title[] =
		"Stadtrat und Verwaltung streiten seit vielen Jahren \xC3\xBC" "ber die neue Br\xC3\xBC" "cke am "
		"Hafen und den Bau einer zweiten Schule im Norden der kleinen Stadt am Fluss\n\n"
		"Der Rat stimmt im Mai ab.\n";
	static const char stop_title[] = "Council Votes To Rebuild The Bridge Over The River.\n\n"
		"The council voted on Monday.\n";
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_document *doc;
	(void)state;

	opts.input = NEWSDOC_INPUT_TEXT;
	assert_int_equal(newsdoc_parse(&doc, NULL, untitled, sizeof(untitled) - 1, NULL, &opts), 0);
	assert_null(newsdoc_document_title(doc));
	assert_int_equal(newsdoc_document_block_count(doc), 2);
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)),
		"B\xC3\xBCrgermeister Karl Weber");
	newsdoc_document_free(doc);

	assert_int_equal(newsdoc_parse(&doc, NULL, long_title, sizeof(long_title) - 1, NULL, &opts), 0);
	assert_non_null(newsdoc_document_title(doc));
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);

	assert_int_equal(newsdoc_parse(&doc, NULL, stop_title, sizeof(stop_title) - 1, NULL, &opts), 0);
	assert_string_equal(newsdoc_document_title(doc), "Council Votes To Rebuild The Bridge Over The River.");
	assert_int_equal(newsdoc_document_block_count(doc), 1);
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_fixture),
		cmocka_unit_test(test_text_without_furniture),
		cmocka_unit_test(test_text_long_short_run_is_content),
		cmocka_unit_test(test_seed_text),
		cmocka_unit_test(test_text_shop_like_line_is_not_an_end),
		cmocka_unit_test(test_text_first_paragraph_is_body),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
