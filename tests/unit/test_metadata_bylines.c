/*
 * Bylines: each form ("By A and B", "A, B and C", "A & B", foreign
 * prefixes, "Name, Role", "Name | Affiliation", "Name Role - Affiliation"),
 * the end of a byline (dates, reading times), organisations against
 * people, picture credits; and comment counts stated by the page.
 */
#include <stdlib.h>
#include <string.h>

#include "test_metadata_util.h"

typedef struct byline_case {
	const char *markup;  /* the byline element */
	size_t count;
	const char *names[4];
	const char *roles[4];
	const char *affiliations[4];
} byline_case;

static void check_case(const byline_case *c)
{
	char html[2048];
	newsdoc_document *doc;
	size_t i;

	snprintf(html, sizeof(html), "<html><head><title>A headline for the byline test</title></head>"
		"<body><h1>A headline for the byline test</h1>%s"
		"<p>The article text follows the byline and is long enough.</p></body></html>", c->markup);
	doc = parse_page(html, NULL);
	if (newsdoc_document_author_count(doc) != c->count)
		fail_msg("%s: %zu authors, expected %zu", c->markup, newsdoc_document_author_count(doc), c->count);
	for (i = 0; i < c->count; i++)
		assert_author(doc, i, c->names[i], c->roles[i], c->affiliations[i]);
	if (c->count)
		assert_field(newsdoc_document_provenance(doc, NEWSDOC_FIELD_AUTHORS), "byline");
	newsdoc_document_free(doc);
}

static void test_byline_forms(void **state)
{
	static const byline_case cases[] = {
		{ "<div class=\"byline\">By Jane Doe and John Roe</div>", 2,
		  { "Jane Doe", "John Roe" }, { NULL }, { NULL } },
		{ "<p class=\"article-byline\">BY ANNA SMITH, BEN JONES AND CARL LEE</p>", 3,
		  { "ANNA SMITH", "BEN JONES", "CARL LEE" }, { NULL }, { NULL } },
		{ "<span class=\"author-name\">Tom Hardy &amp; Lisa Ray</span>", 2,
		  { "Tom Hardy", "Lisa Ray" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Von Anna Schmidt und Jörg Müller</div>", 2,
		  { "Anna Schmidt", "Jörg Müller" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">par Marie Curie</div>", 1, { "Marie Curie" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Por Juan Pérez y Ana García</div>", 2,
		  { "Juan Pérez", "Ana García" }, { NULL }, { NULL } },
		/* a spaced slash separates names; an unspaced one stays in a desk code */
		{ "<div class=\"byline\">Por Laura Jordán / Javier Urbina</div>", 2,
		  { "Laura Jordán", "Javier Urbina" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Door Anna de Vries / Piet Jansen</div>", 2,
		  { "Anna de Vries", "Piet Jansen" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">By Jane Doe, Senior Reporter</div>", 1,
		  { "Jane Doe" }, { "Senior Reporter" }, { NULL } },
		{ "<div class=\"byline\">Jane Doe | Reuters</div>", 1, { "Jane Doe" }, { NULL }, { "Reuters" } },
		/* a labelled date ends the byline; its month is not a name */
		{ "<div class=\"byline\">Saibal Dasgupta / Updated: Oct 9, 2019, 11:05 IST</div>", 1,
		  { "Saibal Dasgupta" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Jane Doe | Senior Reporter</div>", 1,
		  { "Jane Doe" }, { "Senior Reporter" }, { NULL } },
		{ "<div class=\"byline\">By Sam Poe, Staff Writer</div>", 1,
		  { "Sam Poe" }, { "Staff Writer" }, { NULL } },
		{ "<div class=\"byline\"><span class=\"author vcard\"><a class=\"url fn n\" href=\"/people/fb\">"
		  "Federico Borello</a></span> <span class=\"author-title\">Interim Executive Director - Human "
		  "Rights Watch</span></div>", 1,
		  { "Federico Borello" }, { "Interim Executive Director" }, { "Human Rights Watch" } },
		{ "<div class=\"byline\">Kim Lo Editor at The Harbour Times</div>", 1,
		  { "Kim Lo" }, { "Editor" }, { "The Harbour Times" } },
		{ "<div class=\"byline\">By Jane Doe | Updated May 5, 2024, 3:42 PM</div>", 1,
		  { "Jane Doe" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">By Jane Doe 5 min read</div>", 1, { "Jane Doe" }, { NULL }, { NULL } },
		{ "<div class=\"meta\">capital von Jemima Kelly 05. November 2024</div>"
		  "<div class=\"byline\">capital von Jemima Kelly 05. November 2024</div>", 1,
		  { "Jemima Kelly" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Felix Schröder, Jörg Soldwisch, dpa</div>", 3,
		  { "Felix Schröder", "Jörg Soldwisch", "dpa" }, { NULL }, { NULL } },
		/* a repeated name is dropped, and the role still finds the last person */
		{ "<div class=\"byline\">By Ann Lee, Bo Chan, Cy Dow, Di Eng, Ann Lee, Senior Reporter</div>", 4,
		  { "Ann Lee", "Bo Chan", "Cy Dow", "Di Eng" }, { NULL, NULL, NULL, "Senior Reporter" }, { NULL } },
		{ "<div class=\"byline\">srf/hosb;kesm</div>", 2, { "srf/hosb", "kesm" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Redaktion: Roman Warschauer</div>", 1,
		  { "Roman Warschauer" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">신현주 기자</div>", 1,
		  { "신현주" }, { "기자" }, { NULL } },
		/* a one-word head before title words, after a person, is the title;
		 * the organisation after the title is the affiliation */
		{ "<div class=\"byline\">By Jane Doe, Transport Correspondent, Harbour Times</div>", 1,
		  { "Jane Doe" }, { "Transport Correspondent" }, { "Harbour Times" } },
		{ "<div class=\"byline\">By Jane Doe, Senior Reporter, Reuters</div>", 1,
		  { "Jane Doe" }, { "Senior Reporter" }, { "Reuters" } },
		/* an agency right after a name, no comma: the person's affiliation */
		{ "<div class=\"byline\">By Tom Davies Associated Press</div>", 1,
		  { "Tom Davies" }, { NULL }, { "Associated Press" } },
		/* "Emily Post" is a name, not Emily of the Post */
		{ "<div class=\"byline\">By Emily Post</div>", 1, { "Emily Post" }, { NULL }, { NULL } },
		/* a weekday starts the dateline */
		{ "<div class=\"byline\">By Jeff Foust Monday, November 4, 2024</div>", 1,
		  { "Jeff Foust" }, { NULL }, { NULL } },
		/* a title in brackets is the role; after a title, a longer piece
		 * is where the person works */
		{ "<div class=\"byline\">By Jane Doe (Political Editor)</div>", 1,
		  { "Jane Doe" }, { "Political Editor" }, { NULL } },
		{ "<div class=\"byline\"><a href=\"/people/fb\">Federico Borello</a>, Interim Executive Director, "
		  "Human Rights Watch</div>", 1,
		  { "Federico Borello" }, { "Interim Executive Director" }, { "Human Rights Watch" } },
		/* without a title between them the agency is an author of its own */
		{ "<div class=\"byline\">By Jane Doe and John Roe, Reuters</div>", 3,
		  { "Jane Doe", "John Roe", "Reuters" }, { NULL }, { NULL } },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
}

/* An organisation alone is the author the page states; "Staff" too. */
static void test_organisation_bylines(void **state)
{
	static const byline_case cases[] = {
		{ "<div class=\"byline\">By Reuters</div>", 1, { "Reuters" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">By The Associated Press</div>", 1,
		  { "The Associated Press" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">MND Staff</div>", 1, { "MND Staff" }, { NULL }, { NULL } },
		/* the agency after the one person is also her affiliation */
		{ "<div class=\"byline\">Adam Vidler, AP</div>", 2, { "Adam Vidler", "AP" }, { NULL }, { "AP" } },
		/* an article starts a publication's name, never a person's: not
		 * person "The" with role "Economist" */
		{ "<div class=\"byline\">By The Economist</div>", 1, { "The Economist" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Von Die Zeit</div>", 1, { "Die Zeit" }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Par Le Monde</div>", 1, { "Le Monde" }, { NULL }, { NULL } },
		/* after a person, the publication is not her title */
		{ "<div class=\"byline\">By Jane Doe, The Economist</div>", 2,
		  { "Jane Doe", "The Economist" }, { NULL }, { NULL } },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
}

/* Placeholders name nobody: a CMS's default, a desk without a name. */
static void test_placeholder_bylines(void **state)
{
	static const byline_case cases[] = {
		{ "<div class=\"byline\">Staff and news service reports</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Staff reports</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">No Author</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Von Redaktion</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Par R\xC3\xA9" "daction</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Por Redacci\xC3\xB3n</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Posted by admin</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">By Webmaster</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<div class=\"byline\">Unknown</div>", 0, { NULL }, { NULL }, { NULL } },
		/* a placeholder beside a person goes, the person stays */
		{ "<div class=\"byline\">By Jane Doe and Redaktion</div>", 1, { "Jane Doe" }, { NULL }, { NULL } },
		/* a named desk is an organisation the page states */
		{ "<div class=\"byline\">MND Staff</div>", 1, { "MND Staff" }, { NULL }, { NULL } },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
}

/* A placeholder named as the author in JSON-LD names nobody either. */
static void test_placeholder_jsonld_author(void **state)
{
	static const char html[] = PAGE("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
		"\"headline\":\"A headline\",\"author\":{\"@type\":\"Person\",\"name\":\"No Author\"}}</script>",
		"<h1>A headline</h1>");
	newsdoc_document *doc = parse_page(html, NULL);
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 0);
	newsdoc_document_free(doc);
}

static void test_not_bylines(void **state)
{
	static const byline_case cases[] = {
		/* a picture credit */
		{ "<div class=\"byline\">Bild: SN/APA/KEYSTONE</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<figure><img src=\"x.jpg\"><figcaption><span itemprop=\"author\">(Image: Getty Images)</span>"
		  "</figcaption></figure>", 0, { NULL }, { NULL }, { NULL } },
		/* an author photo and a biography box */
		{ "<div class=\"author-photo\">Jane Doe</div><div class=\"author-bio\">Jane Doe writes about boats.</div>",
		  0, { NULL }, { NULL }, { NULL } },
		/* the comment form's author field */
		{ "<form><p class=\"comment-form-author\"><label for=\"author\">Name</label></p></form>",
		  0, { NULL }, { NULL }, { NULL } },
		/* only a date */
		{ "<div class=\"byline\">Updated 3 hours ago</div>", 0, { NULL }, { NULL }, { NULL } },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
}

/* A credit classed as a signature ("article-signature", French pages) is a
 * byline; a byline inside it is the credit itself (not the signature's
 * whole text, date run in); a forum post's "signature" is no byline. */
static void test_signature_bylines(void **state)
{
	static const byline_case cases[] = {
		{ "<div class=\"article-signature\">Par Jean Dupont</div>", 1, { "Jean Dupont" }, { NULL }, { NULL } },
		{ "<p id=\"story-signature\">Par Jean Dupont et Marie Curie</p>", 2,
		  { "Jean Dupont", "Marie Curie" }, { NULL }, { NULL } },
		{ "<span class=\"x-signature-1\"><span class=\"x-bylines-2\">Jane Doe</span>"
		  "<span class=\"Timestamp\">April 28, 2023</span></span>", 1, { "Jane Doe" }, { NULL }, { NULL } },
		{ "<div class=\"signature\">Anna Berg Best Regards</div>", 0, { NULL }, { NULL }, { NULL } },
		{ "<blockquote class=\"restore\"><div class=\"signaturecontainer\"><b>Web Hosting</b></div></blockquote>",
		  0, { NULL }, { NULL }, { NULL } },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
}

/* A short element with no byline class that opens with a byline prefix
 * ("Par Jean Dupont", "<span>Par</span> <a>..</a>") names the author when
 * no byline element does; a label ended by ": " opens no byline, and a
 * classed byline wins over such a line. */
static void test_unmarked_byline_lines(void **state)
{
	static const byline_case cases[] = {
		{ "<p>Par Jean Dupont</p>", 1, { "Jean Dupont" }, { NULL }, { NULL } },
		{ "<p>By <strong>Jane Doe</strong></p>", 1, { "Jane Doe" }, { NULL }, { NULL } },
		{ "<div class=\"meta\"><span>Par</span> <a href=\"/x\">Marie Curie</a></div>", 1,
		  { "Marie Curie" }, { NULL }, { NULL } },
		{ "<p><span>Sie finden uns</span><span>: <a href=\"/a\">Fahrradwerkstatt Hamburg</a></span></p>", 0,
		  { NULL }, { NULL }, { NULL } },
		{ "<p>Par Jean Dupont</p><div class=\"byline\">Par Marie Curie</div>", 1,
		  { "Marie Curie" }, { NULL }, { NULL } },
		/* indentation past the 64 bytes looked at: not counted in them */
		{ "<p>\n                                                                        "
		  "By Jane Doe</p>", 1, { "Jane Doe" }, { NULL }, { NULL } },
		/* 80 bytes or more: a sentence, not a byline line */
		{ "<p>By Jane Doe and the whole of the harbour desk, who followed the story all this week</p>", 0,
		  { NULL }, { NULL }, { NULL } },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
}

/* The element right after a byline, classed as the story's source, names
 * the last person's affiliation: its first piece between spaced dashes,
 * not a date after it; a byline's own affiliation wins; an element not
 * classed as a source, or one holding only a date, adds nothing. */
static void test_byline_source_beside(void **state)
{
	static const byline_case cases[] = {
		{ "<div class=\"meta\"><span class=\"byline\"> By Nell Harrow </span>\n<span class=\"wire-source\"> - "
		  "Valley Wire - Monday, May 6, 2024</span></div>", 1,
		  { "Nell Harrow" }, { NULL }, { "Valley Wire" } },
		{ "<div><cite class=\"byline\"><span>By </span><span class=\"fn\">ORLA PENRICE</span>"
		  "<abbr>June 2, 2019 8:10 AM</abbr></cite> <span class=\"foot-strip\"><a href=\"/lantern\">"
		  "<span class=\"provider-label\">Morning Lantern</span></a></span></div>", 1,
		  { "ORLA PENRICE" }, { NULL }, { "Morning Lantern" } },
		{ "<div><span class=\"byline\">Jane Doe | Reuters</span><span class=\"source\">Harbour Wire</span></div>", 1,
		  { "Jane Doe" }, { NULL }, { "Reuters" } },
		{ "<div><span class=\"byline\">By Tom Davies</span><span class=\"share\">Share this</span></div>", 1,
		  { "Tom Davies" }, { NULL }, { NULL } },
		{ "<div><span class=\"byline\">By Tom Davies</span><span class=\"source\">April 28, 2023</span></div>", 1,
		  { "Tom Davies" }, { NULL }, { NULL } },
		/* words between: the source element is not beside the byline */
		{ "<div><span class=\"byline\">By Tom Davies</span> updated <span class=\"source\">Harbour Wire</span></div>",
		  1, { "Tom Davies" }, { NULL }, { NULL } },
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
}

/* A source-classed wrapper around the whole story is read no further
 * than a source line can reach, and names nobody's affiliation, even when
 * it opens with what looks like a source line. */
static void test_byline_source_wrapper(void **state)
{
	static const char head[] = "<div><span class=\"byline\">By Nell Harrow</span><div class=\"source\">"
		"<p> - Valley Wire - </p>";
	static const char para[] = "<p>The valley road reopened after the flood waters went down.</p>";
	size_t n = 3000, i, len = sizeof(head) - 1 + n * (sizeof(para) - 1) + 16;
	char *markup = malloc(len), *at = markup;
	byline_case c = { NULL, 1, { "Nell Harrow" }, { NULL }, { NULL } };
	(void)state;

	assert_non_null(markup);
	memcpy(at, head, sizeof(head) - 1);
	at += sizeof(head) - 1;
	for (i = 0; i < n; i++, at += sizeof(para) - 1)
		memcpy(at, para, sizeof(para) - 1);
	strcpy(at, "</div></div>");
	c.markup = markup;
	check_case(&c);
	free(markup);
}

/* The site's own name after a person is that person's affiliation. */
static void test_site_as_affiliation(void **state)
{
	static const char html[] = PAGE("<meta property=\"og:site_name\" content=\"MDR\">",
		"<div class=\"byline\">von David Straub, MDR THÜRINGEN</div>");
	newsdoc_document *doc = parse_page(html, "https://www.mdr.de/nachrichten/x.html");
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "David Straub", NULL, "MDR THÜRINGEN");
	newsdoc_document_free(doc);
}

/* An author link's address comes out absolute, resolved against the page's
 * (the white space around the href is no part of it); without a page
 * address it stays as written. */
static void test_author_url_absolute(void **state)
{
	static const char html[] = PAGE("", "<div class=\"byline\">By <a rel=\"author\" "
		"href=\" /authors/nora-whitfield \">Nora Whitfield</a></div>");
	newsdoc_document *doc = parse_page(html, "https://harbour.example/news/x.html");
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_string_equal(newsdoc_author_url(newsdoc_document_author_at(doc, 0)),
		"https://harbour.example/authors/nora-whitfield");
	newsdoc_document_free(doc);
	doc = parse_page(html, NULL);
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_string_equal(newsdoc_author_url(newsdoc_document_author_at(doc, 0)), "/authors/nora-whitfield");
	newsdoc_document_free(doc);
}

/* A page address libxml2 cannot parse (a space, a letter outside ASCII:
 * callers pass such addresses as they got them) resolves nothing: the
 * author's address stays as written, and the parse does not fail as if
 * memory had run out (xmlBuildURI hands back the reference unchanged). */
static void test_author_url_unparsed_page_address(void **state)
{
	static const char html[] = PAGE("", "<div class=\"byline\">By <a rel=\"author\" "
		"href=\"/authors/nora-whitfield\">Nora Whitfield</a></div>");
	static const char *const pages[] = {
		"https://harbour.example/news/sea wall.html", "https://harbour.example/nachrichten/\xC3\xBC" "ber-uns",
		"https://harbour.example/a|b", "https://h\xC3\xA4" "fen.example/x",
	};
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
		newsdoc_document *doc = parse_page(html, pages[i]);
		if (!doc)
			fail_msg("%s: no document (%s)", pages[i], newsdoc_error_last()->message);
		assert_int_equal(newsdoc_document_author_count(doc), 1);
		assert_string_equal(newsdoc_author_url(newsdoc_document_author_at(doc, 0)), "/authors/nora-whitfield");
		newsdoc_document_free(doc);
	}
}

/* The same before the person: two <meta name=author>, the site's name and
 * then the reporter's, name one author; the site alone stays the author. */
static void test_site_before_person(void **state)
{
	static const char html[] = PAGE("<meta property=\"og:site_name\" content=\"Harbour Times\">"
		"<meta name=\"author\" content=\"Harbour Times\"><meta name=\"author\" content=\"Nora Whitfield\">", "");
	static const char alone[] = PAGE("<meta property=\"og:site_name\" content=\"Harbour Times\">"
		"<meta name=\"author\" content=\"Harbour Times\">", "");
	newsdoc_document *doc = parse_page(html, "https://harbourtimes.example/news/x.html");
	(void)state;

	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Nora Whitfield", NULL, "Harbour Times");
	newsdoc_document_free(doc);
	doc = parse_page(alone, "https://harbourtimes.example/news/x.html");
	assert_int_equal(newsdoc_document_author_count(doc), 1);
	assert_author(doc, 0, "Harbour Times", NULL, NULL);
	newsdoc_document_free(doc);
}

static void check_comments(const char *markup, long expected)
{
	check_comment_count(markup, NULL, expected, expected >= 0 ? "html" : NULL);
}

static void test_comment_counts(void **state)
{
	(void)state;
	check_comments("<a class=\"comments-link\" href=\"#respond\"><span class=\"comments-count\">0</span>Comments</a>", 0);
	check_comments("<a href=\"#comments\" class=\"comment-count\">12 comments</a>", 12);
	check_comments("<span class=\"comment-counter\">Kommentare (3)</span>", 3);
	check_comments("<div class=\"comments-number\">Comments: 4</div>", 4);
	check_comments("<a href=\"#comments\">7 Comments</a>", 7);
	/* another story's comments */
	check_comments("<a href=\"/other-story#comments\">9 Comments</a>", -1);
	check_comments("<a href=\"#comments\">Join the discussion</a>", -1);
	check_comments("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">"
		"3 thoughts on \xE2\x80\x9C" "A rather long article title for the heading\xE2\x80\x9D" "</h2></div>", 3);
	/* no stated count: unknown, not 0 */
	check_comments("<div id=\"comments\"><h3>Leave a Reply</h3></div>", -1);
	check_comments("<span class=\"comment-count\">Be the first to comment</span>", -1);
	check_comments("<span class=\"comment-count\">12 likes</span>", -1);
	/* other languages, and thousands written with a separator */
	check_comments("<a href=\"#comments\" class=\"comment-count\">Vos r\xC3\xA9" "actions (11)</a>", 11);
	check_comments("<span class=\"comment-count\">23 komentarzy</span>", 23);
	check_comments("<span class=\"comment-count\">5 coment\xC3\xA1rios</span>", 5);
	check_comments("<div class=\"comments-number\">Comments 7,907</div>", 7907);
	check_comments("<span class=\"comment-count\">2.289 commenti</span>", 2289);
	/* a decimal is not a count of comments */
	check_comments("<span class=\"comment-count\">1,5 comments</span>", -1);
	/* a small element named for comments that holds a bare number (an
	 * icon beside it); a block so named is a comment section, not a count */
	check_comments("<span class=\"entry-meta__comments\"><i class=\"icon\"></i> 4</span>", 4);
	check_comments("<a class=\"post-comments\" href=\"/forum/thread-8\">15</a>", 15);
	check_comments("<div class=\"comments\"><p>2</p></div>", -1);
	/* a comment form's character limit is not a count */
	check_comments("<div id=\"comments\" class=\"comments-area\"><h3>Comments</h3><form id=\"commentform\">"
		"<textarea name=\"comment\" maxlength=\"1000\"></textarea>"
		"<span class=\"comment-count\">1000 characters remaining</span></form></div>", -1);
	check_comments("<a href=\"#comments\" class=\"comment-count\">1000 characters remaining</a>", -1);
	check_comments("<div class=\"comments-count\">Max. 1000 Zeichen</div>", -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_byline_forms),
		cmocka_unit_test(test_organisation_bylines),
		cmocka_unit_test(test_placeholder_bylines),
		cmocka_unit_test(test_placeholder_jsonld_author),
		cmocka_unit_test(test_not_bylines),
		cmocka_unit_test(test_signature_bylines),
		cmocka_unit_test(test_unmarked_byline_lines),
		cmocka_unit_test(test_byline_source_beside),
		cmocka_unit_test(test_byline_source_wrapper),
		cmocka_unit_test(test_site_as_affiliation),
		cmocka_unit_test(test_site_before_person),
		cmocka_unit_test(test_author_url_absolute),
		cmocka_unit_test(test_author_url_unparsed_page_address),
		cmocka_unit_test(test_comment_counts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
