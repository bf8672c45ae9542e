/*
 * Headings of related boxes, language by language: each heading of the
 * per-language table (related_words.c) heads a small page written here in
 * several shapes (an <h2> section after the story, an <h3> box of cards in
 * an aside, a span-headed box between the paragraphs, a heading and its
 * list as siblings in the story, a box before the story), in any case of
 * letters ("À LIRE ÉGALEMENT", "CZYTAJ TEŻ", "ЕЩЁ ПО ТЕМЕ"). Each page
 * gives the box's two items, and they leave the body. A box named related
 * whose heading says "Most shared", "Популярное" or "Lo más leído" gives
 * none.
 */
#include <stdio.h>
#include <string.h>

#include "content_test_util.h"

static const char *const related_box_headings[] = {
	/* English */
	"Related Coverage", "Further Reading", "More in Politics", "Read next", "Keep reading",
	"More coverage", "Similar articles", "You may be interested in",
	"You might also be interested in", "RELATED STORIES",
	/* German */
	"Mehr zum Thema", "Lesen Sie auch", "Auch interessant", "Weitere Artikel", "Verwandte Artikel",
	"Passend dazu", "Dazu passend", "Auch lesenswert", "Mehr dazu", "Empfohlene Artikel",
	"Mehr zu diesem Thema", "Ebenfalls interessant", "Themenverwandte Artikel",
	"Das k\xC3\xB6nnte dich auch interessieren", "Das k\xC3\xB6nnte Dich interessieren",
	"Weiterlesen", "Weitere Meldungen", "Weitere Nachrichten aus der Region",
	"Weitere Beitr\xC3\xA4ge", "\xC3\x84hnliche Beitr\xC3\xA4ge", "\xC3\x84HNLICHE ARTIKEL",
	"Lesen Sie mehr zum Thema", "Auch spannend", "\xC3\x84hnliche:",
	/* French */
	"\xC3\x80 lire aussi", "Sur le m\xC3\xAAme sujet", "L'auteur vous recommande",
	"L\xE2\x80\x99" "auteur vous recommande", "Lire aussi", "A lire \xC3\xA9galement",
	"\xC3\x80 LIRE \xC3\x89GALEMENT", "\xC3\x80 voir aussi", "A voir aussi", "Voir \xC3\xA9galement",
	"Sur le m\xC3\xAAme th\xC3\xA8me", "Articles li\xC3\xA9s", "Articles en lien",
	"Pour aller plus loin", "Ces articles peuvent vous int\xC3\xA9resser",
	"Ces articles pourraient vous int\xC3\xA9resser", "Articles recommand\xC3\xA9s",
	"Vous pourriez aussi aimer", "\xC3\x80 lire", "A lire", "Dans la m\xC3\xAAme cat\xC3\xA9gorie",
	"Toutes les infos sur ChatGPT",
	/* Spanish */
	"Noticias relacionadas", "Lee tambi\xC3\xA9n", "LEE TAMBI\xC3\x89N",
	"M\xC3\xA1s informaci\xC3\xB3n", "Te puede interesar", "Ver tambi\xC3\xA9n", "Puede interesarte",
	"Te podr\xC3\xAD" "a interesar", "Podr\xC3\xAD" "a interesarte",
	"Tambi\xC3\xA9n te podr\xC3\xAD" "a interesar", "Lee adem\xC3\xA1s", "Lea adem\xC3\xA1s",
	"Leer tambi\xC3\xA9n", "M\xC3\xA1s sobre Econom\xC3\xAD" "a", "Sigue leyendo", "Relacionada",
	"RELACIONADAS",
	/* Italian */
	"Leggi anche", "LEGGI ANCHE", "Potrebbe interessarti", "Approfondimenti", "Approfondisci",
	"Potrebbero interessarti", "Sullo stesso argomento", "Sullo stesso tema", "Articoli simili",
	"Altre notizie", "Ti pu\xC3\xB2 interessare anche", "Correlate", "Altro su Cronaca",
	/* Portuguese */
	"Relacionadas", "Leia tamb\xC3\xA9m", "Veja tamb\xC3\xA9m", "Recomendados para voc\xC3\xAA",
	"Recomendado para voc\xC3\xAA", "Voc\xC3\xAA tamb\xC3\xA9m pode gostar",
	"Tamb\xC3\xA9m pode gostar", "Pode tamb\xC3\xA9m gostar de", "Mais sobre Pol\xC3\xADtica",
	"Leia mais sobre o tema", "Conte\xC3\xBA" "dos relacionados", "Confira tamb\xC3\xA9m",
	"LEIA TAMB\xC3\x89M",
	/* Polish */
	"Czytaj te\xC5\xBC", "CZYTAJ TE\xC5\xBB", "Przeczytaj tak\xC5\xBC" "e", "Zobacz te\xC5\xBC",
	"Powi\xC4\x85zane artyku\xC5\x82y", "Powi\xC4\x85zane tre\xC5\x9B" "ci",
	"Podobne artyku\xC5\x82y", "Warto przeczyta\xC4\x87", "Polecane artyku\xC5\x82y",
	"Inne artyku\xC5\x82y", "Zobacz wi\xC4\x99" "cej", "Przeczytaj wi\xC4\x99" "cej",
	"Polecamy tak\xC5\xBC" "e", "Polecamy r\xC3\xB3wnie\xC5\xBC", "ZOBACZ R\xC3\x93WNIE\xC5\xBB",
	/* Russian */
	"\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
	"\xD0\xA7\xD0\x98\xD0\xA2\xD0\x90\xD0\x99\xD0\xA2\xD0\x95 \xD0\xA2\xD0\x90\xD0\x9A\xD0\x96\xD0\x95",
	"\xD0\x95\xD1\x89\xD0\xB5 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5",
	"\xD0\x95\xD0\xA9\xD0\x81 \xD0\x9F\xD0\x9E \xD0\xA2\xD0\x95\xD0\x9C\xD0\x95",
	"\xD0\x94\xD1\x80\xD1\x83\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8",
	"\xD0\xA1\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB8\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
	"\xD0\xA1\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB8 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
	"\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",
	"\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5",
	"\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB4\xD1\x83\xD0\xB5\xD0\xBC",
	"\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5",
	"\xD0\x92\xD0\xB0\xD0\xBC \xD0\xBC\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 \xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C \xD0\xB8\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD0\xB5\xD1\x81\xD0\xBD\xD0\xBE",
	"\xD0\x92\xD0\xB0\xD0\xBC \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5 \xD0\xBC\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 \xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C \xD0\xB8\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD0\xB5\xD1\x81\xD0\xBD\xD0\xBE",
	"\xD0\x9F\xD0\xBE\xD1\x85\xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8B",
	"\xD0\x9F\xD0\xBE\xD1\x85\xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB5 \xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB8",
	"\xD0\x94\xD1\x80\xD1\x83\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8B \xD1\x80\xD1\x83\xD0\xB1\xD1\x80\xD0\xB8\xD0\xBA\xD0\xB8",
	"\xD0\x94\xD1\x80\xD1\x83\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8B",
	"\xD0\xA2\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5 \xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5",
	"\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xB5\xD1\x89\xD1\x91",
	"\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xB5\xD1\x89\xD0\xB5",
	"\xD0\xA1\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB8 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5",
};

static const char *const unrelated_box_headings[] = {
	"Most shared", "Most commented", "Mais vistas", "Mais vistos",
	"\xD0\x9F\xD0\xBE\xD0\xBF\xD1\x83\xD0\xBB\xD1\x8F\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB5",
	"\xD0\xA1\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB5 \xD0\xBF\xD0\xBE\xD0\xBF\xD1\x83\xD0\xBB\xD1\x8F\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB5",
	"\xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8",
	"\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD1\x91\xD1\x80\xD0\xBE\xD0\xB2",
	"\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD0\xB5\xD1\x80\xD0\xBE\xD0\xB2",
	"\xD0\x9F\xD0\x9E\xD0\x9F\xD0\xA3\xD0\x9B\xD0\xAF\xD0\xA0\xD0\x9D\xD0\x9E\xD0\x95",
	"LO M\xC3\x81S LE\xC3\x8D" "DO", "\xC3\x9ALTIMAS NOTICIAS",
};

#define STORY \
	"<p>The council voted on Tuesday evening to close the old harbour bridge for eight weeks of repairs, after " \
	"inspectors found that two of its bearings had worn far beyond what the design allows.</p>" \
	"<p>Buses will run a detour through the ring road while the works last, and the ferry company has agreed to " \
	"add crossings at the busiest hours of the morning and the evening.</p>"
#define STORY_END \
	"<p>Engineers expect the repairs to cost a little under two million euros, paid from the roads budget that " \
	"was set aside in the spring, and the bridge should reopen before the autumn term.</p>"
#define LIST \
	"<ul><li><a href=\"/news/2024/ferry-timetable-changes\">Extra ferries to run while the bridge is shut</a></li>" \
	"<li><a href=\"/news/2024/ring-road-resurfacing\">Ring road resurfacing finished ahead of schedule</a></li></ul>"
#define CARDS \
	"<div class=\"list\"><div class=\"card\"><a href=\"/news/2024/ferry-timetable-changes\"><h3>Extra ferries to " \
	"run while the bridge is shut</h3></a></div><div class=\"card\"><a href=\"/news/2024/ring-road-resurfacing\">" \
	"<h3>Ring road resurfacing finished ahead of schedule</h3></a></div></div>"

/* The shapes of a page, each a format taking the heading once. */
static const char *const page_shapes[] = {
	/* a section after the story */
	"<html><body><article><h1>Harbour bridge closes</h1>" STORY STORY_END "</article>"
	"<section><h2>%s</h2>" LIST "</section></body></html>",
	/* a box of cards in an aside beside the story */
	"<html><body><main><article><h1>Harbour bridge closes</h1>" STORY STORY_END "</article>"
	"<aside><div><h3>%s</h3>" CARDS "</div></aside></main></body></html>",
	/* a box headed by a span between the story's paragraphs */
	"<html><body><article><h1>Harbour bridge closes</h1>" STORY
	"<div class=\"box\"><span class=\"heading\">%s</span>" LIST "</div>" STORY_END "</article></body></html>",
	/* the heading and its list as siblings in the story */
	"<html><body><article><h1>Harbour bridge closes</h1>" STORY "<h2>%s</h2>" LIST STORY_END
	"</article></body></html>",
	/* a box before the story */
	"<html><body><div class=\"wrap\"><section><h4>%s</h4>" LIST "</section><article><h1>Harbour bridge closes</h1>"
	STORY STORY_END "</article></div></body></html>",
};

#define PAGE_URL "https://harbour.example/news/2024/bridge-closes"

static newsdoc_document *page_with(const char *shape, const char *heading)
{
	char html[4096];
	int len = snprintf(html, sizeof(html), shape, heading);

	assert_true(len > 0 && (size_t)len < sizeof(html));
	return parse_string(html, PAGE_URL);
}

static void test_headings_by_language(void **state)
{
	size_t i, shape;
	(void)state;

	for (i = 0; i < sizeof(related_box_headings) / sizeof(related_box_headings[0]); i++) {
		for (shape = 0; shape < sizeof(page_shapes) / sizeof(page_shapes[0]); shape++) {
			newsdoc_document *doc = page_with(page_shapes[shape], related_box_headings[i]);
			if (newsdoc_document_related_count(doc) != 2)
				fail_msg("\"%s\" in shape %zu: %zu items, not 2", related_box_headings[i], shape,
					newsdoc_document_related_count(doc));
			assert_string_equal(newsdoc_related_title(newsdoc_document_related_at(doc, 0)),
				"Extra ferries to run while the bridge is shut");
			assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 1)),
				"https://harbour.example/news/2024/ring-road-resurfacing");
			if (strstr(newsdoc_document_text(doc), "Extra ferries"))
				fail_msg("\"%s\" in shape %zu: the box stays in the body", related_box_headings[i], shape);
			assert_non_null(strstr(newsdoc_document_text(doc), "two million euros"));
			newsdoc_document_free(doc);
		}
	}
}

static void test_unrelated_headings_in_related_box(void **state)
{
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(unrelated_box_headings) / sizeof(unrelated_box_headings[0]); i++) {
		newsdoc_document *doc = page_with("<html><body><article><h1>Harbour bridge closes</h1>" STORY STORY_END
			"</article><div class=\"related\"><h2>%s</h2>" LIST "</div></body></html>", unrelated_box_headings[i]);
		if (newsdoc_document_related_count(doc) != 0)
			fail_msg("\"%s\": %zu items, not none", unrelated_box_headings[i], newsdoc_document_related_count(doc));
		newsdoc_document_free(doc);
	}
}

/* A box named related whose "Latest" heading sits in a link to its section,
 * the section's name first: the heading is read through the link, and the
 * box gives nothing. The same box headed "Related Articles" gives its two. */
static void test_latest_heading_inside_link(void **state)
{
	static const char *const shape = "<html><body><article><h1>Harbour bridge closes</h1>" STORY STORY_END
		"</article><div class=\"latestlist related\"><a href=\"/news/transport/\"><h2><i class=\"icon\"></i>%s"
		"</h2></a><div>" LIST "</div></div></body></html>";
	static const char *const latest[] = { "Transport Latest Articles", "Latest Articles", "City News Most Read" };
	newsdoc_document *doc;
	size_t i;
	(void)state;

	for (i = 0; i < sizeof(latest) / sizeof(latest[0]); i++) {
		doc = page_with(shape, latest[i]);
		if (newsdoc_document_related_count(doc) != 0)
			fail_msg("\"%s\": %zu items, not none", latest[i], newsdoc_document_related_count(doc));
		newsdoc_document_free(doc);
	}
	doc = page_with(shape, "Related Articles");
	assert_int_equal(newsdoc_document_related_count(doc), 2);
	newsdoc_document_free(doc);
}

/* A box headed in markup that says nothing of a heading: a <header>, or a
 * <span> over a rule and the list. Its whole text must be a related
 * heading: "Mehr zum Thema Banken" in a span is a line of text, no box. */
static void test_heading_in_header_or_span(void **state)
{
	static const char *const shapes[] = {
		"<html><body><article><h1>Harbour bridge closes</h1>" STORY STORY_END "</article>"
		"<div class=\"article-box\"><header>%s</header>"
		"<div class=\"node\"><a href=\"/news/2024/ferry-timetable-changes\">Extra ferries to run while the bridge is shut</a></div>"
		"<div class=\"node\"><a href=\"/news/2024/ring-road-resurfacing\">Ring road resurfacing finished ahead of schedule</a></div>"
		"</div></body></html>",
		"<html><body><article><h1>Harbour bridge closes</h1>" STORY STORY_END "</article>"
		"<section><div><span class=\"block text-xl\">%s</span><div class=\"separator\"></div>" LIST "</div></section>"
		"</body></html>",
	};
	size_t shape;
	(void)state;

	for (shape = 0; shape < sizeof(shapes) / sizeof(shapes[0]); shape++) {
		newsdoc_document *doc = page_with(shapes[shape], shape ? "Mehr zum Thema" : "Related News");
		if (newsdoc_document_related_count(doc) != 2)
			fail_msg("shape %zu: %zu items, not 2", shape, newsdoc_document_related_count(doc));
		assert_string_equal(newsdoc_related_url(newsdoc_document_related_at(doc, 1)),
			"https://harbour.example/news/2024/ring-road-resurfacing");
		newsdoc_document_free(doc);
		doc = page_with(shapes[shape], shape ? "Mehr zum Thema Banken" : "Related News from the council");
		if (newsdoc_document_related_count(doc) != 0)
			fail_msg("shape %zu, heading with words after: %zu items, not none", shape, newsdoc_document_related_count(doc));
		newsdoc_document_free(doc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headings_by_language),
		cmocka_unit_test(test_unrelated_headings_in_related_box),
		cmocka_unit_test(test_latest_heading_inside_link),
		cmocka_unit_test(test_heading_in_header_or_span),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
