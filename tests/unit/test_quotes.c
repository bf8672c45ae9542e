/*
 * Quotes and their speakers (libnewsdoc/quotes/): every mark convention,
 * split and multi-paragraph quotes, each cue pattern, scare quotes and
 * titles, unbalanced marks, offsets, resolved speakers (headline quotes
 * and the seed page: test_quotes_headlines.c).
 * The quote pass runs inside newsdoc_parse, so the tests parse small
 * texts and pages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <newsdoc.h>

#include "quote_test_util.h"

static void test_marks_curly_and_straight(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CThe bridge will open in May,\xE2\x80\x9D the mayor said on Tuesday.\n\n"
		"\"We are ready for it,\" said Anna Berg, the engineer.\n\n"
		"''It took ten years to build,'' Mr. Holt said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 3);
	assert_quote(doc, 0, "The bridge will open in May,", "the mayor", "said");
	assert_span_is(doc, newsdoc_document_quote_at(doc, 0), "The bridge will open in May,");
	assert_quote(doc, 1, "We are ready for it,", "Anna Berg", "said");
	assert_span_is(doc, newsdoc_document_quote_at(doc, 1), "We are ready for it,");
	/* Two apostrophes stand for a double mark in some wire copy. */
	assert_quote(doc, 2, "It took ten years to build,", "Mr. Holt", "said");
	newsdoc_document_free(doc);
}

static void test_marks_mixed_straight_and_curly(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"\"The police have done an unbelievable job,\xE2\x80\x9D he continued.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "The police have done an unbelievable job,", "he", "continued");
	newsdoc_document_free(doc);
}

static void test_marks_french_guillemets(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* Spaces inside the marks are not part of the quote. */
	doc = parse_html("<html lang=\"fr\"><head><meta charset=\"utf-8\"></head><body><article>"
		"<p>Le ministre a parl\xC3\xA9 devant les d\xC3\xA9put\xC3\xA9s mardi apr\xC3\xA8s-midi.</p>"
		"<p>\xC2\xAB\xC2\xA0Nous allons construire le pont\xC2\xA0\xC2\xBB, dit Pierre Martin.</p>"
		"<p>\xE2\x80\xB9\xC2\xA0Une petite citation encore\xC2\xA0\xE2\x80\xBA, dit Pierre Martin.</p>"
		"</article></body></html>");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, "Nous allons construire le pont", "Pierre Martin", "dit");
	assert_span_is(doc, newsdoc_document_quote_at(doc, 0), "Nous allons construire le pont");
	assert_quote(doc, 1, "Une petite citation encore", "Pierre Martin", "dit");
	newsdoc_document_free(doc);
}

static void test_marks_german(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* German: „ opens and “ closes; » opens and « closes. */
	doc = parse_html("<html lang=\"de\"><head><meta charset=\"utf-8\"></head><body><article>"
		"<p>Die Ministerin sprach am Montag in Berlin vor der Presse \xC3\xBC" "ber die Lage.</p>"
		"<p>\xE2\x80\x9EWir bauen die Br\xC3\xBC" "cke im Mai\xE2\x80\x9C, sagte Anna Berg. "
		"Dann ging sie.</p>"
		"<p>\xC2\xBB" "Das ist ein guter Tag f\xC3\xBCr die Stadt\xC2\xAB, sagte Anna Berg.</p>"
		"</article></body></html>");
	assert_string_equal(newsdoc_document_language(doc), "de");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, "Wir bauen die Br\xC3\xBC" "cke im Mai", "Anna Berg", "sagte");
	assert_quote(doc, 1, "Das ist ein guter Tag f\xC3\xBCr die Stadt", "Anna Berg", "sagte");
	newsdoc_document_free(doc);
}

static void test_marks_german_guillemets_without_language(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* No language: the guillemet that comes first opens. */
	doc = parse_text("Title\n\n"
		"\xC2\xBB" "Das ist ein guter Tag f\xC3\xBCr uns alle\xC2\xAB, sagte Anna Berg.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "Das ist ein guter Tag f\xC3\xBCr uns alle", "Anna Berg", "sagte");
	newsdoc_document_free(doc);
}

static void test_marks_swedish(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* Swedish and Finnish open and close with the same mark. */
	doc = parse_html("<html lang=\"sv\"><head><meta charset=\"utf-8\"></head><body><article>"
		"<p>Borgm\xC3\xA4staren talade i fullm\xC3\xA4ktige p\xC3\xA5 tisdagen om bron.</p>"
		"<p>\xE2\x80\x9D" "Bron \xC3\xB6ppnar i maj i \xC3\xA5r\xE2\x80\x9D, sa hon.</p>"
		"</article></body></html>");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_string_equal(newsdoc_quote_text(newsdoc_document_quote_at(doc, 0)),
		"Bron \xC3\xB6ppnar i maj i \xC3\xA5r");
	newsdoc_document_free(doc);
}

static void test_marks_corner_brackets_nested(void **state)
{
	newsdoc_document *doc;
	const char *expected = "\xE3\x80\x8E\xE6\xA9\x8B\xE3\x80\x8F\xE3\x81\xAF\xE4\xBA\x94"
		"\xE6\x9C\x88\xE3\x81\xAB\xE9\x96\x8B\xE3\x81\x8F";  /* 『橋』は五月に開く */
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE3\x80\x8C\xE3\x80\x8E\xE6\xA9\x8B\xE3\x80\x8F\xE3\x81\xAF\xE4\xBA\x94"
		"\xE6\x9C\x88\xE3\x81\xAB\xE9\x96\x8B\xE3\x81\x8F\xE3\x80\x8D"
		"\xE3\x81\xA8\xE5\xB8\x82\xE9\x95\xB7\xE3\x81\xAF\xE8\xA8\x80\xE3\x81\xA3"
		"\xE3\x81\x9F\xE3\x80\x82\n");  /* 「『橋』は五月に開く」と市長は言った。 */
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_string_equal(newsdoc_quote_text(newsdoc_document_quote_at(doc, 0)), expected);
	assert_span_is(doc, newsdoc_document_quote_at(doc, 0), expected);
	assert_int_equal(newsdoc_quote_start(newsdoc_document_quote_at(doc, 0)), 1);
	assert_int_equal(newsdoc_quote_end(newsdoc_document_quote_at(doc, 0)), 10);
	newsdoc_document_free(doc);
}

static void test_marks_nested_quotes(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CHe told me \xE2\x80\x98not this year\xE2\x80\x99 and then he left,\xE2\x80\x9D "
		"she said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "He told me \xE2\x80\x98not this year\xE2\x80\x99 and then he left,", "she", "said");
	newsdoc_document_free(doc);

	/* A French text (its own words tell the language: "dit" is a cue). */
	doc = parse_text("Le pont\n\n"
		"\xC2\xAB Il a dit \xE2\x80\x9C" "demain\xE2\x80\x9D et il est parti \xC2\xBB, dit Marie Dupont.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "Il a dit \xE2\x80\x9C" "demain\xE2\x80\x9D et il est parti", "Marie Dupont", "dit");
	newsdoc_document_free(doc);
}

/* ---- split and multi-paragraph quotes ---- */

static void test_split_sentence_is_one_quote(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CThe bridge,\xE2\x80\x9D said Anna Berg, \xE2\x80\x9Cwill open in May.\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "The bridge, will open in May.", "Anna Berg", "said");
	/* The span runs from the first piece to the end of the last one. */
	quote = newsdoc_document_quote_at(doc, 0);
	assert_span_is(doc, quote,
		"The bridge,\xE2\x80\x9D said Anna Berg, \xE2\x80\x9Cwill open in May.");
	newsdoc_document_free(doc);
}

static void test_split_new_sentence_is_one_quote(void **state)
{
	static const char text[] = "Title\n\n"
		"\xE2\x80\x9CThe bridge will open in May,\xE2\x80\x9D said Anna Berg. "
		"\xE2\x80\x9CWe are ready.\xE2\x80\x9D\n";
	newsdoc_document *doc;
	(void)state;

	/* A new sentence after the cue: still the quotation the cue split. */
	doc = parse_text(text);
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "The bridge will open in May, We are ready.", "Anna Berg", "said");
	assert_span_is(doc, newsdoc_document_quote_at(doc, 0),
		"The bridge will open in May,\xE2\x80\x9D said Anna Berg. \xE2\x80\x9CWe are ready.");
	newsdoc_document_free(doc);

	/* Quotes by sentence, as PolNeAR annotates: two, the same speaker. */
	doc = parse_with_flags(text, NEWSDOC_INPUT_TEXT, 0, NEWSDOC_PARSE_QUOTES_BY_SENTENCE);
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, "The bridge will open in May,", "Anna Berg", "said");
	assert_quote(doc, 1, "We are ready.", "Anna Berg", "said");
	assert_span_is(doc, newsdoc_document_quote_at(doc, 1), "We are ready.");
	newsdoc_document_free(doc);

	/* Within one sentence it is one quote either way. */
	doc = parse_with_flags("Title\n\n"
		"\xE2\x80\x9CThe bridge,\xE2\x80\x9D said Anna Berg, \xE2\x80\x9Cwill open in May.\xE2\x80\x9D\n",
		NEWSDOC_INPUT_TEXT, 0, NEWSDOC_PARSE_QUOTES_BY_SENTENCE);
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "The bridge, will open in May.", "Anna Berg", "said");
	newsdoc_document_free(doc);
}

static void test_quote_goes_on_after_quote_taken(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* Right after a quotation, with at most one word of its own before
	 * it, a quotation without a cue keeps the same speaker. */
	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CThe bridge will open in May,\xE2\x80\x9D Anna Berg said outside the hall. "
		"But \xE2\x80\x9Cthe budget is not settled yet.\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 1, "the budget is not settled yet.", "Anna Berg", "said");
	newsdoc_document_free(doc);

	doc = parse_text("Title\n\n"
		"Anna Berg says \xE2\x80\x9Cthe old bridge is unsafe\xE2\x80\x9D because "
		"\xE2\x80\x9Cthe steel has rusted through.\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, "the old bridge is unsafe", "Anna Berg", "says");
	assert_quote(doc, 1, "the steel has rusted through.", "Anna Berg", "says");
	newsdoc_document_free(doc);

	/* Far from the quotation taken, quoted words are someone else's. */
	doc = parse_text("Title\n\n"
		"Anna Berg says \xE2\x80\x9Cthe old bridge is unsafe\xE2\x80\x9D and the council has been "
		"too slow to act on repairs since the storm last year, while residents call it "
		"\xE2\x80\x9C" "a daily danger.\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	newsdoc_document_free(doc);
}

static void test_multi_paragraph_quote(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_text("Title\n\n"
		"The mayor opened the session on Monday. Anna Berg said:\n\n"
		"\xE2\x80\x9CThe bridge will open in May. It took ten years.\n\n"
		"\xE2\x80\x9CWe thank everyone who worked on it.\n\n"
		"\xE2\x80\x9CNow the traffic can flow again.\xE2\x80\x9D\n\n"
		"The session ended at noon.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	quote = newsdoc_document_quote_at(doc, 0);
	assert_quote(doc, 0, "The bridge will open in May. It took ten years.\n\n"
		"We thank everyone who worked on it.\n\n"
		"Now the traffic can flow again.", "Anna Berg", "said");
	/* The block is the first paragraph; the span is its part there. */
	assert_span_is(doc, quote, "The bridge will open in May. It took ten years.");
	newsdoc_document_free(doc);
}

static void test_multi_paragraph_quote_cue_at_the_end(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CThe bridge will open in May. It took ten years.\n\n"
		"\xE2\x80\x9CWe thank everyone,\xE2\x80\x9D the mayor said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "The bridge will open in May. It took ten years.\n\n"
		"We thank everyone,", "the mayor", "said");
	newsdoc_document_free(doc);
}

/* ---- cues ---- */

static void test_cue_patterns(void **state)
{
	static const speaker_case cases[] = {
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D Anna Berg said.", "Anna Berg", "said", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D said the engineer.", "the engineer", "said", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D Anna Berg, the city engineer, said on Monday.",
			"Anna Berg", "said", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D according to Anna Berg.", "Anna Berg", "according to", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D Anna Berg told reporters.", "Anna Berg", "told reporters", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D she added.", "she", "added", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D Anna Berg wrote in a letter.", "Anna Berg", "wrote", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D Anna Berg says.", "Anna Berg", "says", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D Anna Berg has said.", "Anna Berg", "has said", NULL },
		{ "\xE2\x80\x9CWe will build it,\xE2\x80\x9D super PAC spokeswoman Anna Berg said.",
			"super PAC spokeswoman Anna Berg", "said", NULL },
		{ "\xE2\x80\x9CWe will build it\xE2\x80\x9D \xE2\x80\x94 Anna Berg", "Anna Berg", "\xE2\x80\x94", NULL },
		{ "Anna Berg said: \xE2\x80\x9CWe will build it.\xE2\x80\x9D", "Anna Berg", "said", NULL },
		{ "Anna Berg told reporters on Monday, \xE2\x80\x9CWe will build it.\xE2\x80\x9D", "Anna Berg",
			"told reporters", NULL },
		{ "According to Anna Berg, \xE2\x80\x9Cwe will build it this year.\xE2\x80\x9D", "Anna Berg",
			"According to", NULL },
		{ "The city engineer stated, \xE2\x80\x9CWe will build it.\xE2\x80\x9D", "The city engineer", "stated", NULL },
		{ "In conclusion, Anna Berg\xE2\x80\x99s words were shared: \xE2\x80\x9CWe will build it.\xE2\x80\x9D",
			"Anna Berg", ":", NULL },
		{ "Anna Berg went on to say, \xE2\x80\x9CWe will build it.\xE2\x80\x9D", "Anna Berg", "say", NULL },
	};
	(void)state;

	assert_speaker_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_cue_carried_to_next_paragraphs(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CThe bridge will open in May,\xE2\x80\x9D Anna Berg said.\n\n"
		"\xE2\x80\x9CIt took ten years to build it.\xE2\x80\x9D\n\n"
		"\xE2\x80\x9CWe thank everyone who worked on it.\xE2\x80\x9D\n\n"
		"The council voted on the budget later that day.\n\n"
		"\xE2\x80\x9CThe budget is fine,\xE2\x80\x9D he said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 4);
	assert_quote(doc, 1, "It took ten years to build it.", "Anna Berg", NULL);
	assert_quote(doc, 2, "We thank everyone who worked on it.", "Anna Berg", NULL);
	assert_quote(doc, 3, "The budget is fine,", "he", "said");
	newsdoc_document_free(doc);
}

static void test_cue_colon_paragraph_introduces_quote(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"As Anna Berg of the city council observed, the bridge was the real winner:\n\n"
		"\xE2\x80\x9CThe clear winner of the night was the bridge, which opened on time.\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "The clear winner of the night was the bridge, which opened on time.",
		"Anna Berg of the city council", "observed");
	newsdoc_document_free(doc);

	/* The introduction speaks only until the paragraph quotes someone
	 * else: the sentence after "… Tom Lind said." is still Tom Lind's
	 * (it went back to Anna Berg before). */
	doc = parse_with_flags("Title\n\n"
		"The council member Anna Berg said:\n\n"
		"\xE2\x80\x9CWe will open the bridge in May.\xE2\x80\x9D Tom Lind said. "
		"\xE2\x80\x9C" "And we will do it with every crew we have.\xE2\x80\x9D\n",
		NEWSDOC_INPUT_TEXT, 0, NEWSDOC_PARSE_QUOTES_BY_SENTENCE);
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, "We will open the bridge in May.", "Tom Lind", "said");
	assert_quote(doc, 1, "And we will do it with every crew we have.", "Tom Lind", "said");
	newsdoc_document_free(doc);
}

/* ---- not quotes ---- */

static void test_scare_quotes_and_titles(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"The coalition demanded their release from charges such as \xE2\x80\x9Cillegal border "
		"crossing\xE2\x80\x9D and \xE2\x80\x9Ctreason.\xE2\x80\x9D\n\n"
		"She spoke on NBC\xE2\x80\x99s \xE2\x80\x9CMeet the Press\xE2\x80\x9D on Sunday about the "
		"film \xE2\x80\x9CThe Big Short\xE2\x80\x9D and its \xE2\x80\x9C" "banker villains.\xE2\x80\x9D\n\n"
		"He called the plan \xE2\x80\x9C" "a disaster\xE2\x80\x9D in a speech.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

static void test_partial_quote_inside_reported_speech(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* Quoted words inside an indirect sentence ("adding that the work had
	 * been ...") are a partial quotation, not a direct quote. */
	doc = parse_text("Title\n\n"
		"The mayor said the bridge would be finished by May, adding that the work had been "
		"\xE2\x80\x9Cslower than anyone on the council had hoped for when it began.\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);

	doc = parse_text("Title\n\n"
		"Last year the council described the bridge as \xE2\x80\x9Cthe most important project of "
		"the decade for all of us\xE2\x80\x9D in its annual report.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

static void test_utterance_named_by_cue(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* Words a cue names as read out or chanted are quoted, though short
	 * and capitalised like a title. */
	doc = parse_text("Title\n\n"
		"Anna Berg wore a hat reading, \xE2\x80\x9CMake the Bridge Great Again\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "Make the Bridge Great Again", "Anna Berg", "reading");
	newsdoc_document_free(doc);

	doc = parse_text("Title\n\n"
		"The crowd answered with chants of \xE2\x80\x9C" "Build the bridge!\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "Build the bridge!", "The crowd", "answered");
	newsdoc_document_free(doc);

	/* The same words after any other word stay a title. */
	doc = parse_text("Title\n\n"
		"Anna Berg wore a hat from \xE2\x80\x9CMake the Bridge Great Again\xE2\x80\x9D\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 0);
	newsdoc_document_free(doc);
}

static void test_unbalanced_marks_do_not_swallow(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* An opening mark without its closing one, mid-paragraph, must not
	 * run into the paragraphs that follow. */
	doc = parse_text("Title\n\n"
		"The council met on Monday to discuss the \xE2\x80\x9C" "bridge plan and other things.\n\n"
		"\xE2\x80\x9CThe bridge will open in May,\xE2\x80\x9D Anna Berg said.\n\n"
		"Voters will decide in \"June on the budget.\n\n"
		"\"We are ready,\" said the engineer.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_quote(doc, 0, "The bridge will open in May,", "Anna Berg", "said");
	assert_quote(doc, 1, "We are ready,", "the engineer", "said");
	newsdoc_document_free(doc);

	/* A mark that opens again before the first one closed starts over. */
	doc = parse_text("Title\n\n"
		"They spoke of a \xE2\x80\x9Cnew era. \xE2\x80\x9CWe will build the bridge this "
		"year,\xE2\x80\x9D Anna Berg said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "We will build the bridge this year,", "Anna Berg", "said");
	newsdoc_document_free(doc);
}

/* ---- offsets, resolution, limits ---- */

static void test_offsets_are_code_points(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_text("Title\n\n"
		"Am Montag sprach Jos\xC3\xA9 Garc\xC3\xAD" "a \xE2\x80\x94 "
		"\xE2\x80\x9C\xC3\x9C" "ber die Br\xC3\xBC" "cke,\xE2\x80\x9D said Jos\xC3\xA9 Garc\xC3\xAD" "a.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	quote = newsdoc_document_quote_at(doc, 0);
	assert_string_equal(newsdoc_quote_text(quote), "\xC3\x9C" "ber die Br\xC3\xBC" "cke,");
	/* 31 code points before the opening mark, then the mark itself. */
	assert_int_equal(newsdoc_quote_start(quote), 32);
	assert_int_equal(newsdoc_quote_end(quote), 32 + 16);
	assert_span_is(doc, quote, "\xC3\x9C" "ber die Br\xC3\xBC" "cke,");
	newsdoc_document_free(doc);
}

static void test_speaker_resolved(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_text("Title\n\n"
		"John Smith, the mayor, opened the bridge on Monday with Maria Lopez.\n\n"
		"\xE2\x80\x9CIt took ten years,\xE2\x80\x9D Smith said.\n\n"
		"\xE2\x80\x9CWe are proud of it,\xE2\x80\x9D he added.\n\n"
		"\xE2\x80\x9CThe city needed it,\xE2\x80\x9D said Maria Lopez.\n\n"
		"\xE2\x80\x9CIt is beautiful,\xE2\x80\x9D the engineer said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 4);
	quote = newsdoc_document_quote_at(doc, 0);
	assert_string_equal(newsdoc_quote_speaker(quote), "Smith");
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "John Smith");
	quote = newsdoc_document_quote_at(doc, 1);
	assert_string_equal(newsdoc_quote_speaker(quote), "he");
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "John Smith");
	quote = newsdoc_document_quote_at(doc, 2);
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "Maria Lopez");
	/* A description is not resolved to a guess. */
	quote = newsdoc_document_quote_at(doc, 3);
	assert_string_equal(newsdoc_quote_speaker(quote), "the engineer");
	assert_null(newsdoc_quote_speaker_resolved(quote));
	newsdoc_document_free(doc);
}

static void test_speaker_resolved_ambiguous_surname(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"John Smith and Jane Smith both spoke at the opening on Monday.\n\n"
		"\xE2\x80\x9CIt took ten years,\xE2\x80\x9D Smith said.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_null(newsdoc_quote_speaker_resolved(newsdoc_document_quote_at(doc, 0)));
	newsdoc_document_free(doc);
}

/* A pronoun with no named speaker before it stands for the person the
 * article named last; "she" after a "he" is somebody else. */
static void test_pronoun_resolved_to_named_person(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_html("<article><h1>Budget fight</h1>"
		"<p>Councillor Tom Reyes opposed the plan on Monday.</p>"
		"<p>\xE2\x80\x9CThis budget fails our schools,\xE2\x80\x9D he said.</p>"
		"<p>\xE2\x80\x9CWe will find the money,\xE2\x80\x9D she said.</p>"
		"<p>The mayor, Ann Lee, defended it at City Hall.</p>"
		"<p>\xE2\x80\x9CThe schools get more,\xE2\x80\x9D she said.</p></article>");
	assert_int_equal(newsdoc_document_quote_count(doc), 3);
	quote = newsdoc_document_quote_at(doc, 0);
	assert_string_equal(newsdoc_quote_speaker(quote), "he");
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "Councillor Tom Reyes");
	/* Tom Reyes is "he": nobody else was named before. */
	quote = newsdoc_document_quote_at(doc, 1);
	assert_string_equal(newsdoc_quote_speaker(quote), "she");
	assert_null(newsdoc_quote_speaker_resolved(quote));
	/* Ann Lee is named later than Tom Reyes; "City Hall" is a place. */
	quote = newsdoc_document_quote_at(doc, 2);
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "Ann Lee");
	newsdoc_document_free(doc);
}

/* The last named speaker wins over a person named as near; a person
 * named after the speaker, or only after the quotation, is no match. */
static void test_pronoun_prefers_named_speaker(void **state)
{
	newsdoc_document *doc;
	const newsdoc_quote *quote;
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CIt took ten years,\xE2\x80\x9D said John Smith, who met Paul Brown.\n\n"
		"\xE2\x80\x9CWe are proud of it,\xE2\x80\x9D he added.\n\n"
		"Nobody spoke for the Acme Company.\n\n"
		"\xE2\x80\x9CIt is late,\xE2\x80\x9D he said of Peter Black.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 3);
	quote = newsdoc_document_quote_at(doc, 1);
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "John Smith");
	/* "Acme Company" is no person and Peter Black comes after the quote. */
	quote = newsdoc_document_quote_at(doc, 2);
	assert_string_equal(newsdoc_quote_speaker(quote), "he");
	assert_string_equal(newsdoc_quote_speaker_resolved(quote), "John Smith");
	newsdoc_document_free(doc);

	/* A newspaper that spoke is no "he". */
	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CIt took ten years,\xE2\x80\x9D said the New York Times.\n\n"
		"\xE2\x80\x9CWe are proud of it,\xE2\x80\x9D he added.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_string_equal(newsdoc_quote_speaker_resolved(newsdoc_document_quote_at(doc, 0)),
		"New York Times");
	assert_null(newsdoc_quote_speaker_resolved(newsdoc_document_quote_at(doc, 1)));
	newsdoc_document_free(doc);

	/* No name before the pronoun: nothing to resolve to. */
	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CIt took ten years,\xE2\x80\x9D he said, standing with Jane Doe.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_null(newsdoc_quote_speaker_resolved(newsdoc_document_quote_at(doc, 0)));
	newsdoc_document_free(doc);
}

/* A list of voices in one paragraph: each quotation ends its sentence
 * and its "― Name" runs straight into the next quotation. */
static void test_voices_after_bar_in_one_paragraph(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_text("Title\n\n"
		"\xE2\x80\x9CThe plan scares me. It is late.\xE2\x80\x9D \xE2\x80\x95 Nora Vidal\n"
		"\xE2\x80\x9CNobody asked the farmers.\xE2\x80\x9D \xE2\x80\x95 Emil Haas\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)), "Nora Vidal");
	assert_string_equal(newsdoc_quote_text(newsdoc_document_quote_at(doc, 1)),
		"Nobody asked the farmers.");
	assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 1)), "Emil Haas");
	newsdoc_document_free(doc);
}

static void test_max_quotes(void **state)
{
	static const char text[] = "Title\n\n"
		"\xE2\x80\x9COne is here,\xE2\x80\x9D she said.\n\n"
		"\xE2\x80\x9CTwo is here,\xE2\x80\x9D he said.\n\n"
		"\xE2\x80\x9CThree is here,\xE2\x80\x9D they said.\n";
	newsdoc_document *doc;
	(void)state;

	doc = parse_as(text, NEWSDOC_INPUT_TEXT, 2);
	assert_int_equal(newsdoc_document_quote_count(doc), 2);
	newsdoc_document_free(doc);
	doc = parse_as(text, NEWSDOC_INPUT_TEXT, 0);
	assert_int_equal(newsdoc_document_quote_count(doc), 3);
	newsdoc_document_free(doc);
}

static void test_html_quotes(void **state)
{
	newsdoc_document *doc;
	(void)state;

	doc = parse_html("<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body><article>"
		"<h1>Harbour ferry returns</h1>"
		"<p>The ferry sailed again on <b>Monday</b> after three months of repairs in the yard.</p>"
		"<p>\xE2\x80\x9CIt is <em>good</em> to be back,\xE2\x80\x9D said the captain.</p>"
		"</article></body></html>");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "It is good to be back,", "the captain", "said");
	assert_span_is(doc, newsdoc_document_quote_at(doc, 0), "It is good to be back,");
	newsdoc_document_free(doc);
}

static void test_long_text_with_stray_marks(void **state)
{
	/* Many paragraphs, each with stray marks: bounded per paragraph. */
	static const char para[] = "The council met about the \xE2\x80\x9C" "bridge and the \" budget again.\n\n";
	size_t paragraphs = 4000, i, len = 7, para_len = sizeof(para) - 1;
	char *text = malloc(7 + paragraphs * para_len + 64);
	newsdoc_document *doc;
	(void)state;

	assert_non_null(text);
	memcpy(text, "Title\n\n", 7);
	for (i = 0; i < paragraphs; i++) {
		memcpy(text + len, para, para_len);
		len += para_len;
	}
	strcpy(text + len, "\xE2\x80\x9C" "Done with it,\xE2\x80\x9D she said.\n");
	doc = parse_text(text);
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "Done with it,", "she", "said");
	newsdoc_document_free(doc);
	free(text);
}

/* ---- headlines ---- */

static void test_stray_straight_mark_before_curly(void **state)
{
	newsdoc_document *doc;
	(void)state;

	/* A straight mark doubling a curly one does not open a quotation
	 * that swallows the paragraph. */
	doc = parse_text("Title\n\n"
		"\"\xE2\x80\x9CWe will build the bridge this year,\xE2\x80\x9D Anna Berg said before "
		"adding that the council agreed.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "We will build the bridge this year,", "Anna Berg", "said");
	newsdoc_document_free(doc);

	/* A straight mark that never closes around curly quotation marks is
	 * a stray: the curly quotation stands on its own. */
	doc = parse_text("Title\n\n"
		"\"The mayor answered the council, \xE2\x80\x9CThe bridge will open in May.\xE2\x80\x9D "
		"Nobody asked again.\n");
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_quote(doc, 0, "The bridge will open in May.", "The mayor", NULL);
	newsdoc_document_free(doc);
}

static void test_long_paragraph_quote(void **state)
{
	/* More tokens than the pass keeps on the stack (256). */
	static const char words[] = "the council met again on Monday to discuss the bridge and ";
	char *text = malloc(64 * 1024);
	size_t len, i;
	newsdoc_document *doc;
	(void)state;

	assert_non_null(text);
	len = (size_t)sprintf(text, "Title\n\n\xE2\x80\x9C" "After all this time, ");
	for (i = 0; i < 60; i++) {
		memcpy(text + len, words, sizeof(words) - 1);
		len += sizeof(words) - 1;
	}
	strcpy(text + len, "it is done,\xE2\x80\x9D she quipped.\n");
	doc = parse_text(text);
	assert_int_equal(newsdoc_document_quote_count(doc), 1);
	assert_non_null(strstr(newsdoc_quote_text(newsdoc_document_quote_at(doc, 0)), "it is done,"));
	assert_string_equal(newsdoc_quote_speaker(newsdoc_document_quote_at(doc, 0)), "she");
	/* "quipped" is a reporting verb by its stem ("quip"). */
	assert_string_equal(newsdoc_quote_cue(newsdoc_document_quote_at(doc, 0)), "quipped");
	newsdoc_document_free(doc);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_marks_curly_and_straight),
		cmocka_unit_test(test_marks_mixed_straight_and_curly),
		cmocka_unit_test(test_marks_french_guillemets),
		cmocka_unit_test(test_marks_german),
		cmocka_unit_test(test_marks_german_guillemets_without_language),
		cmocka_unit_test(test_marks_swedish),
		cmocka_unit_test(test_marks_corner_brackets_nested),
		cmocka_unit_test(test_marks_nested_quotes),
		cmocka_unit_test(test_split_sentence_is_one_quote),
		cmocka_unit_test(test_split_new_sentence_is_one_quote),
		cmocka_unit_test(test_quote_goes_on_after_quote_taken),
		cmocka_unit_test(test_multi_paragraph_quote),
		cmocka_unit_test(test_multi_paragraph_quote_cue_at_the_end),
		cmocka_unit_test(test_cue_patterns),
		cmocka_unit_test(test_cue_carried_to_next_paragraphs),
		cmocka_unit_test(test_cue_colon_paragraph_introduces_quote),
		cmocka_unit_test(test_scare_quotes_and_titles),
		cmocka_unit_test(test_partial_quote_inside_reported_speech),
		cmocka_unit_test(test_utterance_named_by_cue),
		cmocka_unit_test(test_unbalanced_marks_do_not_swallow),
		cmocka_unit_test(test_offsets_are_code_points),
		cmocka_unit_test(test_speaker_resolved),
		cmocka_unit_test(test_speaker_resolved_ambiguous_surname),
		cmocka_unit_test(test_pronoun_resolved_to_named_person),
		cmocka_unit_test(test_pronoun_prefers_named_speaker),
		cmocka_unit_test(test_voices_after_bar_in_one_paragraph),
		cmocka_unit_test(test_max_quotes),
		cmocka_unit_test(test_html_quotes),
		cmocka_unit_test(test_long_text_with_stray_marks),
		cmocka_unit_test(test_stray_straight_mark_before_curly),
		cmocka_unit_test(test_long_paragraph_quote),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
