/*
 * Comment counts in the words of each language the issue names (en, de,
 * fr, es, it, pt, pl): counts with a digit, counts said in words ("One
 * comment", "Keine Kommentare", "Nessun commento") where the page names
 * the element for comments, and numbers that are no count (a form's
 * limit, shares, views) in each language. Small pages written for the
 * tests; the basic forms are in test_metadata_bylines.c and
 * test_metadata_comments.c.
 */
#include "test_metadata_util.h"

static void test_counts_with_digits(void **state)
{
	static const comment_count_case cases[] = {
		{ "<h2>Comments (3)</h2>", 3 },
		{ "<p>3 Kommentare</p>", 3 },
		{ "<h2>Kommentare (3)</h2>", 3 },
		{ "<h2>7 Leserkommentare</h2>", 7 },
		{ "<p>61 commentaires</p>", 61 },
		{ "<div><span>Vos r\xC3\xA9" "actions (11)</span></div>", 11 },
		{ "<p>12 comentarios</p>", 12 },
		{ "<h3>Coment\xC3\xA1rios (4)</h3>", 4 },
		{ "<p>12 commenti</p>", 12 },
		{ "<h2>Komentarze (5)</h2>", 5 },
		{ "<p>5 komentarzy</p>", 5 },
		{ "<p>1 komentarz</p>", 1 },
		/* a Polish anchor names the comment section too */
		{ "<a href=\"#komentarze\">12</a>", 12 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_counts_in_words(void **state)
{
	static const comment_count_case cases[] = {
		/* links to this page's comment section */
		{ "<a href=\"#comments\">One comment</a>", 1 },
		{ "<a href=\"#comments\">No comments yet</a>", 0 },
		{ "<a href=\"#kommentare\">Ein Kommentar</a>", 1 },
		{ "<a href=\"#kommentare\">Keine Kommentare</a>", 0 },
		{ "<a href=\"#comentarios\">Un comentario</a>", 1 },
		{ "<a href=\"#comentarios\">Sin comentarios</a>", 0 },
		{ "<a href=\"#respond\">Nessun commento</a>", 0 },
		{ "<a href=\"#comments\">Um coment\xC3\xA1rio</a>", 1 },
		{ "<a href=\"#comments\">Sem coment\xC3\xA1rios</a>", 0 },
		{ "<a href=\"#komentarze\">Brak komentarzy</a>", 0 },
		{ "<a href=\"#komentarze\">Jeden komentarz</a>", 1 },
		/* counters named for comments */
		{ "<span class=\"comment-count\">Aucun commentaire</span>", 0 },
		{ "<span class=\"comments-count\">Un commentaire</span>", 1 },
		/* the first words of the comment section, "Nessun commento"
		 * on the link in a box named for comments */
		{ "<div class=\"entry-content-comments\"><a href=\"#respond\">Nessun commento</a></div>", 0 },
		{ "<div id=\"comments\"><p>Noch keine Kommentare vorhanden.</p></div>", 0 },
		{ "<div id=\"comments\"><h3>Pas encore de commentaires</h3></div>", 0 },
		{ "<div id=\"comments\"><h3>No hay comentarios</h3></div>", 0 },
		{ "<div id=\"comments\"><h3>Non ci sono commenti</h3></div>", 0 },
		{ "<div id=\"comments\"><h3>Ainda n\xC3\xA3o h\xC3\xA1 coment\xC3\xA1rios</h3></div>", 0 },
		{ "<div id=\"comments\"><h3>Nie ma komentarzy</h3></div>", 0 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_words_that_state_nothing(void **state)
{
	static const comment_count_case cases[] = {
		/* an invitation or a question is no count */
		{ "<div id=\"comments\"><h3>Be the first to comment</h3></div>", -1 },
		{ "<div id=\"comments\"><h3>Un commentaire ?</h3></div>", -1 },
		{ "<div id=\"comments\"><h3>Leave a comment</h3></div>", -1 },
		{ "<div id=\"comments\"><h3>Lascia un commento</h3></div>", -1 },
		/* a sentence about comments, a widget of the site's comments */
		{ "<div id=\"comments\"><h3>No comment on this story from the council</h3></div>", -1 },
		{ "<div class=\"recent-comments\"><p>No comments to show.</p></div>", -1 },
		/* words without a named element are not read: any line could
		 * say them */
		{ "<p>No comments</p>", -1 },
		{ "<p>No comments were received by the council in 2020.</p>", -1 },
		/* another page's comments */
		{ "<a href=\"/other#comments\">No comments</a>", -1 },
		{ "<span class=\"comment-count\">No</span>", -1 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

static void test_other_numbers(void **state)
{
	static const comment_count_case cases[] = {
		/* a form's limit */
		{ "<p>1000 characters left</p>", -1 },
		{ "<p>Noch 1000 Zeichen</p>", -1 },
		{ "<p>1000 caract\xC3\xA8res restants</p>", -1 },
		{ "<p>1000 caracteres restantes</p>", -1 },
		{ "<p>1000 caratteri rimanenti</p>", -1 },
		{ "<p>Restam 1000 caracteres</p>", -1 },
		{ "<p>Pozosta\xC5\x82o 1000 znak\xC3\xB3w</p>", -1 },
		{ "<div id=\"comments\"><form><textarea maxlength=\"1000\"></textarea></form></div>", -1 },
		/* shares, likes, views, reading time */
		{ "<p>12 Mal geteilt</p>", -1 },
		{ "<p>12 partages</p>", -1 },
		{ "<p>12 compartidos</p>", -1 },
		{ "<p>12 condivisioni</p>", -1 },
		{ "<p>12 compartilhamentos</p>", -1 },
		{ "<p>12 udost\xC4\x99pnie\xC5\x84</p>", -1 },
		{ "<p>12 J'aime</p>", -1 },
		{ "<p>1.234 Aufrufe</p>", -1 },
		{ "<span class=\"post-views-count\">2.289</span><span> letture</span>", -1 },
		{ "<p>12 wy\xC5\x9Bwietle\xC5\x84</p>", -1 },
		{ "<p>Lesezeit 5 Minuten</p>", -1 },
		{ "<div class=\"share\"><a href=\"#\">Facebook</a><span class=\"count\">12</span></div>", -1 },
		/* beside a share count, the link to the comments states the count */
		{ "<div class=\"share-bar\"><span class=\"share-count\">34</span> <a href=\"#comments\">12 comments</a></div>", 12 },
	};
	(void)state;
	CHECK_COMMENT_CASES(cases);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts_with_digits),
		cmocka_unit_test(test_counts_in_words),
		cmocka_unit_test(test_words_that_state_nothing),
		cmocka_unit_test(test_other_numbers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
