/*
 * Dates: each accepted format normalised to ISO 8601, the page's offset
 * kept, a date alone written as YYYY-MM-DD, nonsense left unknown.
 */
#include "test_metadata_util.h"

static void check_date(const char *written, const char *expected)
{
	char html[1024];
	newsdoc_document *doc;

	snprintf(html, sizeof(html), "<html><head><meta name=\"date\" content=\"%s\"><title>Date test page</title>"
		"</head><body><p>The article text is long enough to be a body.</p></body></html>", written);
	doc = parse_page(html, NULL);
	if (!expected && newsdoc_document_published(doc))
		fail_msg("'%s' gave '%s', expected nothing", written, newsdoc_document_published(doc));
	if (expected && (!newsdoc_document_published(doc) || strcmp(newsdoc_document_published(doc), expected)))
		fail_msg("'%s' gave '%s', expected '%s'", written,
			newsdoc_document_published(doc) ? newsdoc_document_published(doc) : "(null)", expected);
	newsdoc_document_free(doc);
}

static void test_iso(void **state)
{
	(void)state;
	check_date("2025-05-21T15:42:10-04:00", "2025-05-21T15:42:10-04:00");
	check_date("2025-05-21T19:42:10Z", "2025-05-21T19:42:10+00:00");
	check_date("2025-05-21T15:42:10.389+0200", "2025-05-21T15:42:10+02:00");
	check_date("2023-08-30T16:45+0100", "2023-08-30T16:45:00+01:00");
	check_date("2024-05-03 18:19", "2024-05-03T18:19:00");
	check_date("2024-05-03 18:19:08.721370", "2024-05-03T18:19:08");
	check_date("2024-05-03", "2024-05-03");
	check_date("2024/5/3", "2024-05-03");
	check_date("  2024-05-03T07:00:00+05:30  ", "2024-05-03T07:00:00+05:30");
}

static void test_prose(void **state)
{
	(void)state;
	check_date("May 21, 2025", "2025-05-21");
	check_date("21 May 2025", "2025-05-21");
	check_date("Sept. 3, 2024", "2024-09-03");
	check_date("May 21, 2025 3:42 PM EDT", "2025-05-21T15:42:00-04:00");
	check_date("May 21, 2025 12:05 am", "2025-05-21T00:05:00");
	check_date("21. Mai 2025, 15:42 Uhr", "2025-05-21T15:42:00");
	check_date("3 février 2024", "2024-02-03");
	check_date("1 de marzo de 2024", "2024-03-01");
	check_date("30 August 2023 \xE2\x80\xA2 4:45pm", "2023-08-30T16:45:00");
}

static void test_rfc2822(void **state)
{
	(void)state;
	check_date("Wed, 21 May 2025 15:42:10 -0400", "2025-05-21T15:42:10-04:00");
	check_date("Wed, 21 May 2025 15:42:10 GMT", "2025-05-21T15:42:10+00:00");
	check_date("Tue, 5 Nov 2024 09:00:00 CET", "2024-11-05T09:00:00+01:00");
}

static void test_numeric(void **state)
{
	(void)state;
	check_date("21.05.2025", "2025-05-21");
	check_date("21.05.2025, 15:42", "2025-05-21T15:42:00");
	check_date("05/21/2025", "2025-05-21");
	check_date("21/05/2025", "2025-05-21");
	check_date("21.05.25", "2025-05-21");
	check_date("20250521", "2025-05-21");
	check_date("202505211542", "2025-05-21T15:42:00");
	check_date("2025\xE5\xB9\xB4" "1\xE6\x9C\x88" "14\xE6\x97\xA5 21:17", "2025-01-14T21:17:00");
}

static void test_epoch(void **state)
{
	(void)state;
	check_date("1716300130", "2024-05-21T14:02:10+00:00");
	check_date("1716300130000", "2024-05-21T14:02:10+00:00");
}

static void test_unreadable(void **state)
{
	(void)state;
	check_date("yesterday", NULL);
	check_date("2025-02-30", NULL);
	check_date("2025-13-01", NULL);
	check_date("May 21", NULL);
	check_date("12:30", NULL);
	check_date("3 hours ago", NULL);
	check_date("99999", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_prose),
		cmocka_unit_test(test_rfc2822),
		cmocka_unit_test(test_numeric),
		cmocka_unit_test(test_epoch),
		cmocka_unit_test(test_unreadable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
