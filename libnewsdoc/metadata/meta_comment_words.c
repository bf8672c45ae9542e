/*
 * The words of comment counts, per language: the word for comments
 * ("Kommentare", "commentaires", "komentarzy"), and the words that state a
 * count before it without a digit: "One comment", "Ein Kommentar", "No
 * comments yet", "Keine Kommentare", "Aucun commentaire", "Sin
 * comentarios", "Nessun commento", "Sem comentários", "Brak komentarzy".
 * meta_comments.c reads the counts; this file holds the words only.
 */
#include <string.h>

#include "meta_impl.h"
#include "../html/html_lean.h"

/* The words for comments, per language. A longer word sharing the start
 * of a shorter one needs no order: a word must end where the text does
 * or before a non-letter. */
static const char *const words_en[] = {
	"comments", "comment", "responses", "response", "replies", "reply", "reactions", "thoughts",
	"join the conversation", NULL
};
static const char *const words_de[] = {
	"kommentare", "kommentar", "leserkommentare", "leserkommentar", "postings", NULL
};
static const char *const words_fr[] = { "commentaires", "commentaire", "vos réactions", "réactions", "réaction", NULL };
static const char *const words_es[] = { "comentarios", "comentario", NULL };
static const char *const words_it[] = { "commenti", "commento", NULL };
static const char *const words_pt[] = { "comentários", "comentário", NULL };
static const char *const words_pl[] = { "komentarze", "komentarzy", "komentarz", NULL };
static const char *const words_nl[] = { "reacties", "reactie", NULL };
static const char *const words_nordic[] = { "kommentarer", "kommentarar", NULL };
static const char *const words_cs[] = { "komentáře", NULL };
/* "コメント 0" (Japanese writes no plural) */
static const char *const words_ja[] = { "コメント", NULL };

static const char *const *const comment_words[] = {
	words_en, words_de, words_fr, words_es, words_it, words_pt, words_pl, words_nl, words_nordic, words_cs,
	words_ja, NULL
};

/* Comment words that also count one thread's answers ("3 replies" under
 * a comment): deeper in a comment section they state no total. */
static const char *const reply_words[] = { "replies", "reply", "responses", "response", NULL };

/* Words for the posts of a comment forum, a count of comments only in
 * words that name the comments: "Kommentare lesen (1 Beitrag)". */
static const char *const post_words[] = { "beiträge", "beitrag", "posts", NULL };

/* A count said in words before the comment word ("No comments", "Un
 * commentaire"); a space in a phrase stands for any run of white space. */
typedef struct count_word {
	const char *words;
	long value;
} count_word;

static const count_word count_words[] = {
	/* en */
	{ "one", 1 }, { "no", 0 },
	/* de */
	{ "ein", 1 }, { "keine", 0 }, { "noch keine", 0 }, { "bisher keine", 0 },
	/* fr */
	{ "un", 1 }, { "une", 1 }, { "aucun", 0 }, { "aucune", 0 }, { "pas de", 0 }, { "pas encore de", 0 },
	/* es (and "un", as in French and Italian) */
	{ "sin", 0 }, { "ningún", 0 }, { "no hay", 0 }, { "aún no hay", 0 }, { "todavía no hay", 0 },
	/* it */
	{ "nessun", 0 }, { "nessuna", 0 }, { "non ci sono", 0 }, { "ancora nessun", 0 },
	/* pt */
	{ "um", 1 }, { "sem", 0 }, { "nenhum", 0 }, { "não há", 0 }, { "ainda não há", 0 }, { "ainda sem", 0 },
	/* pl */
	{ "jeden", 1 }, { "brak", 0 }, { "nie ma", 0 },
	{ NULL, 0 }
};

/* Words that may close such a statement ("No comments yet", "Keine
 * Kommentare vorhanden"); anything else after the comment word makes it a
 * sentence about comments, not a count ("No comments to show" in a
 * widget of the site's latest comments). */
static const char *const closing_words[] = {
	"yet", "so far", "vorhanden", "bisher", "pour le moment", "pour l'instant", "todavía", "aún", "ancora",
	"ainda", "jeszcze", NULL
};

static int is_word_end(const char *s, size_t n, size_t len)
{
	return n == len || !((s[n] | 32) >= 'a' && (s[n] | 32) <= 'z');
}

/* The length of the word of `list` opening s (within len), or 0. */
static size_t word_of_list_at(const char *const *list, const char *s, size_t len)
{
	size_t k, n;

	if (!len)
		return 0;
	for (k = 0; list[k]; k++) {
		/* (the first letter rules out most words at once) */
		if ((s[0] | 32) != (list[k][0] | 32))
			continue;
		n = strlen(list[k]);
		if (n <= len && newsdoc__meta_istarts(s, list[k]) && is_word_end(s, n, len))
			return n;
	}
	return 0;
}

size_t newsdoc__meta_comment_word_at(const char *s, size_t len)
{
	size_t k, n;

	for (k = 0; comment_words[k]; k++)
		if ((n = word_of_list_at(comment_words[k], s, len)) != 0)
			return n;
	return 0;
}

size_t newsdoc__meta_comment_post_word_at(const char *s, size_t len)
{
	return word_of_list_at(post_words, s, len);
}

int newsdoc__meta_comment_reply_word_at(const char *s, size_t len)
{
	return word_of_list_at(reply_words, s, len) != 0;
}

int newsdoc__meta_comment_word_before(const char *s, size_t end)
{
	size_t i;

	for (i = 0; i < end; i++)
		if ((i == 0 || !newsdoc__html_is_letter(s[i - 1])) && newsdoc__meta_comment_word_at(s + i, end - i))
			return 1;
	return 0;
}

int newsdoc__meta_comment_word_ends_at(const char *s, size_t end)
{
	size_t k, j, n;

	while (end && (newsdoc__meta_is_space((unsigned char)s[end - 1]) || s[end - 1] == '(' || s[end - 1] == ':' ||
		       s[end - 1] == '['))
		end--;
	for (k = 0; comment_words[k]; k++)
		for (j = 0; comment_words[k][j]; j++) {
			n = strlen(comment_words[k][j]);
			if (n <= end && newsdoc__meta_istarts(s + end - n, comment_words[k][j]) &&
			    (n == end || !newsdoc__html_is_letter(s[end - n - 1])))
				return 1;
		}
	return 0;
}

/* The length of `phrase` opening s (within len), a space in it matching
 * a run of white space; 0 when it does not open s or ends inside a word. */
static size_t phrase_at(const char *s, size_t len, const char *phrase)
{
	size_t i = 0;

	for (; *phrase; phrase++) {
		if (*phrase == ' ') {
			if (i >= len || !newsdoc__meta_is_space((unsigned char)s[i]))
				return 0;
			while (i < len && newsdoc__meta_is_space((unsigned char)s[i]))
				i++;
			continue;
		}
		if (i >= len || ((unsigned char)s[i] | 32) != ((unsigned char)*phrase | 32))
			return 0;
		i++;
	}
	return is_word_end(s, i, len) ? i : 0;
}

static size_t skip_space(const char *s, size_t i, size_t len)
{
	while (i < len && newsdoc__meta_is_space((unsigned char)s[i]))
		i++;
	return i;
}

long newsdoc__meta_comment_count_in_words(const char *text, size_t len)
{
	size_t k, c, i, n, w;

	/* a question ("Un commentaire ?") asks for one; a digit belongs to
	 * the numbers read elsewhere */
	for (i = 0; i < len; i++)
		if (text[i] == '?' || (text[i] >= '0' && text[i] <= '9'))
			return -1;
	for (k = 0; count_words[k].words; k++) {
		if ((n = phrase_at(text, len, count_words[k].words)) == 0 || (i = skip_space(text, n, len)) == n)
			continue;
		if ((w = newsdoc__meta_comment_word_at(text + i, len - i)) == 0)
			continue;
		i = skip_space(text, i + w, len);
		for (c = 0; i < len && closing_words[c]; c++)
			if ((n = phrase_at(text + i, len - i, closing_words[c])) != 0) {
				i += n;
				break;
			}
		while (i < len && (text[i] == '.' || text[i] == '!' || newsdoc__meta_is_space((unsigned char)text[i])))
			i++;
		return i == len ? count_words[k].value : -1;
	}
	return -1;
}
