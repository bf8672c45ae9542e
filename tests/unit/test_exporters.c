/*
 * The exporter plugins (plugins/export-xml, export-markdown, export-text):
 * each is found through its manifest with the right MIME type and
 * extension, and writes exactly the expected bytes for a fully populated
 * document, an empty one and a few documents that stress escaping.
 *
 * The registry searches only the build's plugins.d, so that plugins the
 * user installed cannot stand in for the ones under test. One test loads
 * the plugins itself, with a host table whose buf_append fails, to see
 * every failure come back as the plugin's status.
 */
#define _POSIX_C_SOURCE 200809L /* dlopen under -std=c11 */

#include <dlfcn.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <newsdoc.h>
#include <newsdoc/sys/plugin.h>

#include "export_test_util.h"

/* ---- fixtures ---- */

static void add_text_block(newsdoc_document *doc, int type, const char *text)
{
	CHECK_OK(newsdoc_document_add_block(NULL, doc, type, text, strlen(text)));
}

static void add_list(newsdoc_document *doc, int ordered, const char *const *items, size_t count)
{
	newsdoc_block *block;
	size_t i;

	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_LIST, NULL, 0));
	CHECK_OK(newsdoc_block_set_ordered(block, ordered));
	for (i = 0; i < count; i++)
		CHECK_OK(newsdoc_block_add_item(block, items[i], strlen(items[i])));
}

/* Every field, every block type, and unknown values of every kind. */
static newsdoc_document *build_full(void)
{
	static const char *const bullets[] = { "first", "second *item*" };
	static const char *const more_bullets[] = { "again" };
	static const char *const numbered[] = { "one", "two" };
	newsdoc_document *doc;
	newsdoc_author *author;
	newsdoc_block *block;
	newsdoc_quote *quote;
	newsdoc_related *related;
	newsdoc_image *image;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_URL, "https://news.example/2025/05/21/un-korea?a=1&b=2"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_CANONICAL_URL, "https://news.example/un-korea"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SITE_NAME, "News Example"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_LANGUAGE, "en"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "UN urges action on *abductions* #1"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SUBTITLE, "Rights groups call the [report] a <first> step"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_DESCRIPTION, "A report."));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SECTION, "World"));
	CHECK_OK(newsdoc_document_add_tag(doc, "Korea"));
	CHECK_OK(newsdoc_document_add_tag(doc, "UN"));

	CHECK_OK(newsdoc_document_add_author(&author, doc, "Federico Borello"));
	CHECK_OK(newsdoc_author_set_role(author, "Interim Executive Director"));
	CHECK_OK(newsdoc_author_set_affiliation(author, "Human Rights Watch"));
	CHECK_OK(newsdoc_author_set_url(author, "https://example.org/borello"));
	CHECK_OK(newsdoc_author_set_kind(author, NEWSDOC_AUTHOR_PERSON));
	CHECK_OK(newsdoc_document_add_author(NULL, doc, "Ji Seong-ho"));
	CHECK_OK(newsdoc_document_add_author(&author, doc, "Jane Doe"));
	CHECK_OK(newsdoc_author_set_role(author, "Editor"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_PUBLISHED, "2025-05-21T15:42:10-04:00"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_MODIFIED, "2025-05-22T08:00:00Z"));

	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Background", 10));
	CHECK_OK(newsdoc_block_set_level(block, 2));
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH,
		"“We urge every Member State to act,” said the representative.");
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH,
		"1. Not a list - nor a bullet\n# not a heading, AT&T &amp; _under_ `code` ~x~ \\ <b>");
	add_list(doc, 0, bullets, 2);
	add_list(doc, 0, more_bullets, 1);
	add_list(doc, 1, numbered, 2);
	add_text_block(doc, NEWSDOC_BLOCK_BLOCKQUOTE, "Line one.\nLine two.\n\n- After a blank.");
	add_text_block(doc, NEWSDOC_BLOCK_PREFORMATTED, "a ``` fence\n\tindented");
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_TABLE, NULL, 0));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_block_add_cell(block, "Name", 4));
	CHECK_OK(newsdoc_block_add_cell(block, "Votes", 5));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_block_add_cell(block, "A | B", 5));
	CHECK_OK(newsdoc_block_add_cell(block, "14", 2));
	CHECK_OK(newsdoc_block_add_row(block));
	CHECK_OK(newsdoc_block_add_cell(block, "C", 1));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0));
	CHECK_OK(newsdoc_block_set_image(block, "https://example.org/a (1).jpg", "Alt [text]"));
	CHECK_OK(newsdoc_block_set_caption(block, "Caption"));
	CHECK_OK(newsdoc_block_set_credit(block, "Photo: AP"));
	/* A figure with nothing known. */
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Details", 7));
	CHECK_OK(newsdoc_block_set_level(block, 4));

	CHECK_OK(newsdoc_document_add_quote(&quote, doc, "We urge every Member State to act,"));
	CHECK_OK(newsdoc_quote_set_speaker(quote, "the representative"));
	CHECK_OK(newsdoc_quote_set_speaker_resolved(quote, "Jane Doe"));
	CHECK_OK(newsdoc_quote_set_cue(quote, "said"));
	CHECK_OK(newsdoc_quote_set_span(quote, 1, 1, 35));
	CHECK_OK(newsdoc_document_add_quote(NULL, doc, "Unplaced words"));

	CHECK_OK(newsdoc_document_add_related(&related, doc, "Related *story*", "https://example.org/r"));
	CHECK_OK(newsdoc_related_set_author(related, "Victoria Coates"));
	CHECK_OK(newsdoc_related_set_summary(related, "Summary."));
	CHECK_OK(newsdoc_related_set_image(related, "https://example.org/r.jpg"));
	CHECK_OK(newsdoc_document_add_related(NULL, doc, "Title only", NULL));
	CHECK_OK(newsdoc_document_add_related(NULL, doc, NULL, "https://example.org/u"));

	CHECK_OK(newsdoc_document_set_comment_count(doc, 12));

	CHECK_OK(newsdoc_document_add_image(&image, doc, "https://example.org/a.jpg"));
	CHECK_OK(newsdoc_image_set_alt(image, "alt text"));
	CHECK_OK(newsdoc_image_set_caption(image, "Caption"));
	CHECK_OK(newsdoc_image_set_credit(image, "Credit"));
	CHECK_OK(newsdoc_image_set_lead(image, 1));
	CHECK_OK(newsdoc_document_add_image(NULL, doc, "https://example.org/b.png"));

	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_PARSER, "generic"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_TITLE, "json-ld"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_AUTHORS, "byline"));
	CHECK_OK(newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_BODY, "html"));
	return doc;
}

/* ---- the exporters in the registry ---- */

static void test_exporters_listed(void **state)
{
	static const struct {
		const char *format, *mime_type, *extension, *plugin;
	} expected[] = {
		/* the plugin replaces the built-in json and is listed alone */
		{ "json", "application/json", "json", "export-json" },
		{ "xml", "application/xml", "xml", "export-xml" },
		{ "markdown", "text/markdown", "md", "export-markdown" },
		{ "text", "text/plain", "txt", "export-text" },
	};
	const newsdoc_registry *reg = *state;
	size_t e, i, count = newsdoc_registry_exporter_count(reg);

	for (e = 0; e < sizeof(expected) / sizeof(expected[0]); e++) {
		const newsdoc_exporter_info *found = NULL;

		for (i = 0; i < count; i++) {
			const newsdoc_exporter_info *info = newsdoc_registry_exporter_at(reg, i);
			if (strcmp(newsdoc_exporter_info_format(info), expected[e].format) == 0) {
				assert_null(found); /* one exporter per format */
				found = info;
			}
		}
		if (!found)
			fail_msg("no exporter for format '%s'", expected[e].format);
		assert_string_equal(newsdoc_exporter_info_id(found), expected[e].format);
		assert_string_equal(newsdoc_exporter_info_mime_type(found), expected[e].mime_type);
		assert_string_equal(newsdoc_exporter_info_extension(found), expected[e].extension);
		assert_string_equal(newsdoc_exporter_info_plugin(found), expected[e].plugin);
	}
}

/* ---- xml ---- */

static const char full_xml[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<document xmlns=\"https://libnewsdoc.org/ns/document/1\">\n"
	"  <url>https://news.example/2025/05/21/un-korea?a=1&amp;b=2</url>\n"
	"  <canonical_url>https://news.example/un-korea</canonical_url>\n"
	"  <site_name>News Example</site_name>\n"
	"  <language>en</language>\n"
	"  <title>UN urges action on *abductions* #1</title>\n"
	"  <subtitle>Rights groups call the [report] a &lt;first&gt; step</subtitle>\n"
	"  <description>A report.</description>\n"
	"  <section>World</section>\n"
	"  <tags>\n"
	"    <tag>Korea</tag>\n"
	"    <tag>UN</tag>\n"
	"  </tags>\n"
	"  <authors>\n"
	"    <author>\n"
	"      <name>Federico Borello</name>\n"
	"      <role>Interim Executive Director</role>\n"
	"      <affiliation>Human Rights Watch</affiliation>\n"
	"      <url>https://example.org/borello</url>\n"
	"      <kind>person</kind>\n"
	"    </author>\n"
	"    <author>\n"
	"      <name>Ji Seong-ho</name>\n"
	"    </author>\n"
	"    <author>\n"
	"      <name>Jane Doe</name>\n"
	"      <role>Editor</role>\n"
	"    </author>\n"
	"  </authors>\n"
	"  <published>2025-05-21T15:42:10-04:00</published>\n"
	"  <modified>2025-05-22T08:00:00Z</modified>\n"
	"  <body>\n"
	"    <heading level=\"2\">Background</heading>\n"
	"    <paragraph>“We urge every Member State to act,” said the representative.</paragraph>\n"
	"    <paragraph>1. Not a list - nor a bullet\n"
	"# not a heading, AT&amp;T &amp;amp; _under_ `code` ~x~ \\ &lt;b&gt;</paragraph>\n"
	"    <list ordered=\"false\">\n"
	"      <item>first</item>\n"
	"      <item>second *item*</item>\n"
	"    </list>\n"
	"    <list ordered=\"false\">\n"
	"      <item>again</item>\n"
	"    </list>\n"
	"    <list ordered=\"true\">\n"
	"      <item>one</item>\n"
	"      <item>two</item>\n"
	"    </list>\n"
	"    <blockquote>Line one.\n"
	"Line two.\n"
	"\n"
	"- After a blank.</blockquote>\n"
	"    <preformatted xml:space=\"preserve\">a ``` fence\n"
	"\tindented</preformatted>\n"
	"    <table>\n"
	"      <row>\n"
	"        <cell>Name</cell>\n"
	"        <cell>Votes</cell>\n"
	"      </row>\n"
	"      <row>\n"
	"        <cell>A | B</cell>\n"
	"        <cell>14</cell>\n"
	"      </row>\n"
	"      <row>\n"
	"        <cell>C</cell>\n"
	"      </row>\n"
	"    </table>\n"
	"    <figure>\n"
	"      <image>https://example.org/a (1).jpg</image>\n"
	"      <alt>Alt [text]</alt>\n"
	"      <caption>Caption</caption>\n"
	"      <credit>Photo: AP</credit>\n"
	"    </figure>\n"
	"    <figure/>\n"
	"    <heading level=\"4\">Details</heading>\n"
	"  </body>\n"
	"  <text>Background\n"
	"\n"
	"“We urge every Member State to act,” said the representative.\n"
	"\n"
	"1. Not a list - nor a bullet\n"
	"# not a heading, AT&amp;T &amp;amp; _under_ `code` ~x~ \\ &lt;b&gt;\n"
	"\n"
	"first\n"
	"second *item*\n"
	"\n"
	"again\n"
	"\n"
	"one\n"
	"two\n"
	"\n"
	"Line one.\n"
	"Line two.\n"
	"\n"
	"- After a blank.\n"
	"\n"
	"a ``` fence\n"
	"\tindented\n"
	"\n"
	"Name\tVotes\n"
	"A | B\t14\n"
	"C\n"
	"\n"
	"Caption\n"
	"\n"
	"Details</text>\n"
	"  <quotes>\n"
	"    <quote block=\"1\" start=\"1\" end=\"35\">\n"
	"      <text>We urge every Member State to act,</text>\n"
	"      <speaker>the representative</speaker>\n"
	"      <speaker_resolved>Jane Doe</speaker_resolved>\n"
	"      <cue>said</cue>\n"
	"    </quote>\n"
	"    <quote>\n"
	"      <text>Unplaced words</text>\n"
	"    </quote>\n"
	"  </quotes>\n"
	"  <related>\n"
	"    <item>\n"
	"      <title>Related *story*</title>\n"
	"      <url>https://example.org/r</url>\n"
	"      <author>Victoria Coates</author>\n"
	"      <summary>Summary.</summary>\n"
	"      <image>https://example.org/r.jpg</image>\n"
	"    </item>\n"
	"    <item>\n"
	"      <title>Title only</title>\n"
	"    </item>\n"
	"    <item>\n"
	"      <url>https://example.org/u</url>\n"
	"    </item>\n"
	"  </related>\n"
	"  <comments count=\"12\"/>\n"
	"  <images>\n"
	"    <image is_lead=\"true\">\n"
	"      <url>https://example.org/a.jpg</url>\n"
	"      <alt>alt text</alt>\n"
	"      <caption>Caption</caption>\n"
	"      <credit>Credit</credit>\n"
	"    </image>\n"
	"    <image is_lead=\"false\">\n"
	"      <url>https://example.org/b.png</url>\n"
	"    </image>\n"
	"  </images>\n"
	"  <parser>generic</parser>\n"
	"  <provenance>\n"
	"    <source field=\"title\">json-ld</source>\n"
	"    <source field=\"authors\">byline</source>\n"
	"    <source field=\"body\">html</source>\n"
	"  </provenance>\n"
	"</document>\n";

static void test_xml_full(void **state)
{
	newsdoc_document *doc = build_full();

	expect_export(*state, doc, "xml", 0, full_xml);
	newsdoc_document_free(doc);
}

static void test_xml_empty(void **state)
{
	newsdoc_document *doc;

	CHECK_OK(newsdoc_document_new(&doc));
	expect_export(*state, doc, "xml", 0,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<document xmlns=\"https://libnewsdoc.org/ns/document/1\"/>\n");
	newsdoc_document_free(doc);
}

/* Compact: no indentation. A known-empty value is an empty element, a zero
 * count is written, and characters XML cannot carry become U+FFFD while a
 * CR survives as a character reference. */
static void test_xml_compact_and_special_text(void **state)
{
	newsdoc_document *doc;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "bell\a cr\r\n ]]> \xEF\xBF\xBF"));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_SECTION, ""));
	CHECK_OK(newsdoc_document_set_comment_count(doc, 0));
	expect_export(*state, doc, "xml", NEWSDOC_EXPORT_COMPACT,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<document xmlns=\"https://libnewsdoc.org/ns/document/1\">"
		"<title>bell\xEF\xBF\xBD cr&#13;\n ]]&gt; \xEF\xBF\xBD</title>"
		"<section></section>"
		"<comments count=\"0\"/>"
		"</document>\n");
	newsdoc_document_free(doc);
}

/* ---- markdown ---- */

static const char full_markdown[] =
	"# UN urges action on \\*abductions\\* \\#1\n"
	"\n"
	"*Rights groups call the \\[report\\] a \\<first> step*\n"
	"\n"
	"By [Federico Borello](https://example.org/borello) (Interim Executive Director, Human Rights Watch), "
	"Ji Seong-ho and Jane Doe (Editor)\n"
	"\n"
	"Published 2025-05-21T15:42:10-04:00 · Updated 2025-05-22T08:00:00Z\n"
	"\n"
	"## Background\n"
	"\n"
	"“We urge every Member State to act,” said the representative.\n"
	"\n"
	"1\\. Not a list - nor a bullet\n"
	"\\# not a heading, AT&T \\&amp; \\_under\\_ \\`code\\` \\~x\\~ \\\\ \\<b>\n"
	"\n"
	"- first\n"
	"- second \\*item\\*\n"
	"\n"
	"<!-- -->\n"
	"\n"
	"- again\n"
	"\n"
	"1. one\n"
	"2. two\n"
	"\n"
	"> Line one.\n"
	"> Line two.\n"
	">\n"
	"> \\- After a blank.\n"
	"\n"
	"````\n"
	"a ``` fence\n"
	"\tindented\n"
	"````\n"
	"\n"
	"| Name | Votes |\n"
	"| --- | --- |\n"
	"| A \\| B | 14 |\n"
	"| C |  |\n"
	"\n"
	"![Alt \\[text\\]](https://example.org/a%20%281%29.jpg)\n"
	"*Caption* (Photo: AP)\n"
	"\n"
	"#### Details\n"
	"\n"
	"## Quotes\n"
	"\n"
	"- “We urge every Member State to act,” — the representative (Jane Doe)\n"
	"- “Unplaced words”\n"
	"\n"
	"## Related\n"
	"\n"
	"- [Related \\*story\\*](https://example.org/r) — Victoria Coates\n"
	"  Summary.\n"
	"- Title only\n"
	"- [https://example.org/u](https://example.org/u)\n"
	"\n"
	"Comments: 12\n";

static void test_markdown_full(void **state)
{
	newsdoc_document *doc = build_full();

	expect_export(*state, doc, "markdown", 0, full_markdown);
	newsdoc_document_free(doc);
}

static void test_markdown_empty(void **state)
{
	newsdoc_document *doc;

	CHECK_OK(newsdoc_document_new(&doc));
	expect_export(*state, doc, "markdown", 0, "");
	newsdoc_document_free(doc);
}

/* An affiliation without a role is marked "at", as the text exporter
 * writes it: "(Reuters)" alone reads as a role. */
static void test_markdown_affiliation_only(void **state)
{
	newsdoc_document *doc;
	newsdoc_author *author;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_add_author(&author, doc, "Jane Roe"));
	CHECK_OK(newsdoc_author_set_affiliation(author, "Reuters"));
	CHECK_OK(newsdoc_document_add_author(&author, doc, "Kim Lo"));
	CHECK_OK(newsdoc_author_set_role(author, "Editor"));
	expect_export(*state, doc, "markdown", 0, "By Jane Roe (at Reuters) and Kim Lo (Editor)\n");
	newsdoc_document_free(doc);
}

/* Line starts that would be block markup (in the body and inside list
 * items), indentation that would make a code block, items over several
 * lines, blank blocks left out, a level-1 heading demoted below the title,
 * and a zero comment count. */
static void test_markdown_edges(void **state)
{
	static const char *const items[] = { "+ plus\nsecond line", "" };
	newsdoc_document *doc;
	newsdoc_block *block;
	newsdoc_related *related;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_HEADING, "Top # level", 11));
	CHECK_OK(newsdoc_block_set_level(block, 1));
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH, "    four spaces\n> not quoted\n===\n12) twelve\n| pipe");
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH, " \n ");
	add_list(doc, 1, items, 2);
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH, "");
	add_list(doc, 1, items, 1);
	add_text_block(doc, NEWSDOC_BLOCK_PREFORMATTED, "plain\n");
	CHECK_OK(newsdoc_document_add_block(&block, doc, NEWSDOC_BLOCK_FIGURE, NULL, 0));
	CHECK_OK(newsdoc_block_set_credit(block, "Credit only"));
	CHECK_OK(newsdoc_document_add_related(&related, doc, "1. Numbered title", NULL));
	CHECK_OK(newsdoc_related_set_summary(related, "- dash"));
	CHECK_OK(newsdoc_document_set_comment_count(doc, 0));
	expect_export(*state, doc, "markdown", 0,
		"## Top \\# level\n"
		"\n"
		"four spaces\n"
		"\\> not quoted\n"
		"\\===\n"
		"12\\) twelve\n"
		"\\| pipe\n"
		"\n"
		"1. \\+ plus\n"
		"   second line\n"
		"2.\n"
		"\n"
		"<!-- -->\n"
		"\n"
		"1. \\+ plus\n"
		"   second line\n"
		"\n"
		"```\n"
		"plain\n"
		"```\n"
		"\n"
		"(Credit only)\n"
		"\n"
		"## Related\n"
		"\n"
		"- 1\\. Numbered title\n"
		"  \\- dash\n"
		"\n"
		"Comments: 0\n");
	newsdoc_document_free(doc);
}

/* ---- text ---- */

static const char full_text[] =
	"UN urges action on *abductions* #1\n"
	"\n"
	"By Federico Borello (Interim Executive Director, Human Rights Watch), Ji Seong-ho and Jane Doe (Editor)\n"
	"Published: 2025-05-21T15:42:10-04:00\n"
	"Updated: 2025-05-22T08:00:00Z\n"
	"\n"
	"Background\n"
	"\n"
	"“We urge every Member State to act,” said the representative.\n"
	"\n"
	"1. Not a list - nor a bullet\n"
	"# not a heading, AT&T &amp; _under_ `code` ~x~ \\ <b>\n"
	"\n"
	"first\n"
	"second *item*\n"
	"\n"
	"again\n"
	"\n"
	"one\n"
	"two\n"
	"\n"
	"Line one.\n"
	"Line two.\n"
	"\n"
	"- After a blank.\n"
	"\n"
	"a ``` fence\n"
	"\tindented\n"
	"\n"
	"Name\tVotes\n"
	"A | B\t14\n"
	"C\n"
	"\n"
	"Caption\n"
	"\n"
	"Details\n";

static void test_text_full(void **state)
{
	newsdoc_document *doc = build_full();

	expect_export(*state, doc, "text", 0, full_text);
	newsdoc_document_free(doc);
}

static void test_text_empty(void **state)
{
	newsdoc_document *doc;

	CHECK_OK(newsdoc_document_new(&doc));
	expect_export(*state, doc, "text", 0, "");
	/* Blocks without text make no text either. */
	CHECK_OK(newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, "", 0));
	expect_export(*state, doc, "text", 0, "");
	newsdoc_document_free(doc);
}

/* Each part is left out when unknown; a title over two lines stays one. */
static void test_text_parts(void **state)
{
	newsdoc_document *doc;

	CHECK_OK(newsdoc_document_new(&doc));
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, "Two\r\nlines"));
	expect_export(*state, doc, "text", 0, "Two lines\n");
	CHECK_OK(newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, NULL));
	CHECK_OK(newsdoc_document_add_author(NULL, doc, "Ann"));
	CHECK_OK(newsdoc_document_add_author(NULL, doc, "Bo"));
	expect_export(*state, doc, "text", 0, "By Ann and Bo\n");
	add_text_block(doc, NEWSDOC_BLOCK_PARAGRAPH, "Body.");
	expect_export(*state, doc, "text", 0, "By Ann and Bo\n\nBody.\n");
	newsdoc_document_free(doc);
}

/* ---- host failures ---- */

/* The fake host's buffer: appends succeed until `appends_left` runs out. */
static long appends_left;
static size_t appends_made;

static int fake_error_set(int code, const char *message)
{
	(void)message;
	return code;
}

static int fake_buf_append(newsdoc_buf *out, const char *data, size_t len)
{
	char *grown;

	appends_made++;
	if (appends_left >= 0 && appends_left-- == 0)
		return NEWSDOC_ENOMEM;
	if (!(grown = realloc(out->ptr, out->size + len + 1)))
		return NEWSDOC_ENOMEM;
	memcpy(grown + out->size, data, len);
	out->ptr = grown;
	out->size += len;
	out->ptr[out->size] = '\0';
	out->reserved = out->size + 1;
	return 0;
}

/* The library's public read functions have the host members' signatures. */
static void fill_host(newsdoc_host_api *host)
{
#define SET(member) host->member = newsdoc_##member
	memset(host, 0, sizeof(*host));
	host->struct_size = sizeof(*host);
	host->error_set = fake_error_set;
	host->buf_append = fake_buf_append;
	SET(document_get); SET(document_provenance); SET(document_text); SET(document_tag_count);
	SET(document_tag_at); SET(document_comment_count); SET(document_author_count);
	SET(document_author_at); SET(document_block_count); SET(document_block_at);
	SET(document_quote_count); SET(document_quote_at); SET(document_related_count);
	SET(document_related_at); SET(document_image_count); SET(document_image_at);
	SET(author_name); SET(author_role); SET(author_affiliation); SET(author_url);
	SET(block_type); SET(block_text); SET(block_level); SET(block_ordered);
	SET(block_item_count); SET(block_item_at); SET(block_row_count); SET(block_cell_count);
	SET(block_cell_at); SET(block_image_url); SET(block_image_alt); SET(block_caption);
	SET(block_credit); SET(quote_text); SET(quote_speaker); SET(quote_speaker_resolved);
	SET(quote_cue); SET(quote_block); SET(quote_start); SET(quote_end);
	SET(related_title); SET(related_url); SET(related_author); SET(related_summary);
	SET(related_image); SET(image_url); SET(image_alt); SET(image_caption);
	SET(image_credit); SET(image_is_lead); SET(author_kind);
#undef SET
}

/* Export `doc` with the plugin in `library`, buf_append failing after
 * `successes` calls (-1: never); returns the plugin's status. */
static int run_with_fake_host(const char *library, const char *format,
	const newsdoc_document *doc, long successes, const char *expected)
{
	newsdoc_host_api host;
	newsdoc_plugin_request request;
	const newsdoc_plugin_answer *answer = NULL;
	newsdoc_plugin_entry_fn entry;
	newsdoc_buf out = NEWSDOC_BUF_INIT;
	void *handle, *plugin_state = NULL;
	int status;

	fill_host(&host);
	handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
	if (!handle)
		fail_msg("dlopen %s: %s", library, dlerror());
	*(void **)&entry = dlsym(handle, NEWSDOC_PLUGIN_ENTRY_NAME);
	assert_non_null(entry);
	memset(&request, 0, sizeof(request));
	request.struct_size = sizeof(request);
	request.interface_min = request.interface_max = NEWSDOC_PLUGIN_INTERFACE_VERSION;
	request.host = &host;
	assert_int_equal(entry(&request, &answer), 0);
	assert_int_equal(answer->init(&plugin_state, &host), 0);
	appends_left = successes;
	appends_made = 0;
	status = answer->export_document(plugin_state, format, &out, doc, 0);
	if (expected) {
		assert_int_equal(status, 0);
		assert_string_equal(out.ptr, expected);
	}
	if (answer->fini)
		answer->fini(plugin_state);
	free(out.ptr);
	dlclose(handle);
	return status;
}

static void test_host_failures_returned(void **state)
{
	static const struct {
		const char *library, *format, *expected;
	} plugins[] = {
		{ NEWSDOC_BINARY_DIR "/plugins.d/libnewsdoc-export-xml.so", "xml", full_xml },
		{ NEWSDOC_BINARY_DIR "/plugins.d/libnewsdoc-export-markdown.so", "markdown", full_markdown },
		{ NEWSDOC_BINARY_DIR "/plugins.d/libnewsdoc-export-text.so", "text", full_text },
	};
	newsdoc_document *doc = build_full();
	size_t p;
	long n, calls;

	(void)state;
	for (p = 0; p < sizeof(plugins) / sizeof(plugins[0]); p++) {
		/* With a working host the output is the registry's, byte for byte. */
		run_with_fake_host(plugins[p].library, plugins[p].format, doc, -1, plugins[p].expected);
		calls = (long)appends_made;
		assert_true(calls > 0);
		for (n = 0; n < calls; n++) {
			int status = run_with_fake_host(plugins[p].library, plugins[p].format, doc, n, NULL);
			if (status != NEWSDOC_ENOMEM)
				fail_msg("%s: append %ld of %ld failed, export returned %d", plugins[p].format, n, calls, status);
		}
	}
	newsdoc_document_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exporters_listed),
		cmocka_unit_test(test_xml_full),
		cmocka_unit_test(test_xml_empty),
		cmocka_unit_test(test_xml_compact_and_special_text),
		cmocka_unit_test(test_markdown_full),
		cmocka_unit_test(test_markdown_empty),
		cmocka_unit_test(test_markdown_edges),
		cmocka_unit_test(test_markdown_affiliation_only),
		cmocka_unit_test(test_text_full),
		cmocka_unit_test(test_text_empty),
		cmocka_unit_test(test_text_parts),
		cmocka_unit_test(test_host_failures_returned),
	};

	return cmocka_run_group_tests(tests, registry_setup, registry_teardown);
}
