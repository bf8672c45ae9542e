/*
 * Pull quotes: a blockquote with no quotation marks whose last line names
 * its source ("… ambitions. Jean Dupont, ministre des Finances") is a
 * quotation of that person (pull_quote.c). Every page here is invented.
 */
#include "quote_test_util.h"

#define PAGE_HEAD "<html lang=\"fr\"><body><article><h1>Le budget de la ville</h1>" \
	"<p>Le conseil municipal a vot\xC3\xA9 le budget de la ville lundi soir, apr\xC3\xA8s un long d\xC3\xA9" "bat " \
	"sur les d\xC3\xA9penses des quartiers et sur la dette de la commune.</p>"
#define PAGE_TAIL "<p>Le vote final a eu lieu peu avant minuit, devant une salle pleine et " \
	"dans une ambiance tendue entre la majorit\xC3\xA9 et l'opposition.</p></article></body></html>"

static void test_pull_quote_with_source_line(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_html(PAGE_HEAD "<blockquote><p>Il s'agit d'un budget de transition et nous devons "
		"\xC3\xAA" "tre \xC3\xA0 la hauteur de la p\xC3\xA9riode.</p><footer><span>Une citation de </span>"
		"<span>Claire Vernet, adjointe aux finances</span></footer></blockquote>" PAGE_TAIL);
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	quote = newsdoc_document_quote_at(doc, 0);
	assert_string_equal(newsdoc_quote_text(quote), "Il s'agit d'un budget de transition et nous devons "
		"\xC3\xAA" "tre \xC3\xA0 la hauteur de la p\xC3\xA9riode.");
	assert_string_equal(newsdoc_quote_speaker(quote), "Claire Vernet");
	newsdoc_document_free(doc);
}

/* No quote: a blockquote whose last line names nobody (an embedded post
 * signed with a dash and a date), or that is too short to be a quotation. */
static void test_pull_quote_controls(void **state)
{
	static const char *const pages[] = {
		PAGE_HEAD "<blockquote><p>Le budget de la ville est enfin vot\xC3\xA9 apr\xC3\xA8s six heures de "
			"d\xC3\xA9" "bat.</p><p>\xE2\x80\x94 Mairie de Lunel (@lunel) 3 mars 2025</p></blockquote>" PAGE_TAIL,
		PAGE_HEAD "<blockquote><p>Vote final.</p><footer>Claire Vernet</footer></blockquote>" PAGE_TAIL,
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		newsdoc_document *doc = parse_html(pages[i]);
		assert_int_equal(newsdoc_document_quote_count(doc), 0);
		newsdoc_document_free(doc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pull_quote_with_source_line),
		cmocka_unit_test(test_pull_quote_controls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
