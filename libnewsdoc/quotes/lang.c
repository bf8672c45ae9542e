/*
 * The language tables the quote finder knows, and how it picks one: by a
 * vote of the text's commonest words, else by the page's language tag. Each
 * table lists its own detection words (lang.h: detect_words); a word that
 * two tables list votes for both, so the lists hold words that are common
 * in their language and rare elsewhere ("der", "und"; "el", "los"; "het",
 * "een"). A text needs MIN_VOTES votes for its winner and a clear lead
 * over the runner-up; else the tag decides, and without a table for the
 * tag's language the default (English) stays, as before languages were
 * told apart.
 */
#include <pthread.h>
#include <string.h>

#include "quotes_impl.h"

static const quote_lang *const langs[QUOTE_LANG_COUNT] = {
	&newsdoc__quote_lang_en,  /* first: the default */
	&newsdoc__quote_lang_de,
	&newsdoc__quote_lang_fr,
	&newsdoc__quote_lang_es,
	&newsdoc__quote_lang_it,
	&newsdoc__quote_lang_pt,
	&newsdoc__quote_lang_nl,
};

/* Fewer votes than this detect nothing: a caption or a headline alone. */
#define MIN_VOTES 3
/* The winner needs this many votes for every 2 of the runner-up's. */
#define LEAD_NUM 3

const quote_lang *newsdoc__quote_lang_at(size_t i)
{
	return i < QUOTE_LANG_COUNT ? langs[i] : NULL;
}

const quote_lang *newsdoc__quote_lang_by_tag(const char *tag)
{
	size_t i, k, n;

	if (!tag)
		return NULL;
	for (i = 0; i < QUOTE_LANG_COUNT; i++) {
		n = strlen(langs[i]->code);
		/* tags are case-insensitive: "de", "DE", "de-AT", "pt_BR" */
		for (k = 0; k < n && tag[k] && (tag[k] | 0x20) == langs[i]->code[k]; k++)
			;
		if (k == n && (tag[n] == '\0' || tag[n] == '-' || tag[n] == '_'))
			return langs[i];
	}
	return NULL;
}

/* ---- the vote ---- */

#define VOTE_SLOTS 512  /* a power of two, over twice the detection words */

typedef struct vote_entry {
	const char *word;
	unsigned char len;
	uint16_t langs;  /* bit i: langs[i] lists the word */
} vote_entry;

static vote_entry vote_table[VOTE_SLOTS];
static pthread_once_t vote_once = PTHREAD_ONCE_INIT;

static void vote_build(void)
{
	size_t i, k;

	for (i = 0; i < QUOTE_LANG_COUNT; i++) {
		const char *const *words = langs[i]->detect_words;
		for (k = 0; words && words[k]; k++) {
			size_t n = strlen(words[k]);
			uint32_t slot = newsdoc__hash_bytes(words[k], n) & (VOTE_SLOTS - 1);
			while (vote_table[slot].word && (vote_table[slot].len != n ||
				memcmp(vote_table[slot].word, words[k], n) != 0))
				slot = (slot + 1) & (VOTE_SLOTS - 1);
			vote_table[slot].word = words[k];
			vote_table[slot].len = (unsigned char)n;
			vote_table[slot].langs |= (uint16_t)(1u << i);
		}
	}
}

static unsigned vote_find(const char *s, size_t n)
{
	uint32_t slot = newsdoc__hash_bytes(s, n) & (VOTE_SLOTS - 1);

	while (vote_table[slot].word) {
		if (vote_table[slot].len == n && !memcmp(vote_table[slot].word, s, n))
			return vote_table[slot].langs;
		slot = (slot + 1) & (VOTE_SLOTS - 1);
	}
	return 0;
}

/* Bytes of a word: ASCII letters and every byte of a multi-byte
 * character (the detection words are Latin-script). */
static int word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

void newsdoc__quote_lang_vote_text(quote_lang_vote *vote, const char *text, size_t len,
	size_t max_words)
{
	char folded[QUOTE_LEX_MAX_WORD];
	size_t pos = 0, i;

	pthread_once(&vote_once, vote_build);
	while (pos < len && vote->words < max_words) {
		size_t start, n;
		unsigned hits;
		while (pos < len && !word_byte((unsigned char)text[pos]))
			pos++;
		start = pos;
		while (pos < len && word_byte((unsigned char)text[pos]))
			pos++;
		n = pos - start;
		if (n == 0)
			break;
		vote->words++;
		if (!newsdoc__quote_fold(folded, text + start, n))
			continue;
		hits = vote_find(folded, n);
		for (i = 0; hits && i < QUOTE_LANG_COUNT; i++)
			if (hits & (1u << i))
				vote->votes[i]++;
	}
}

const quote_lang *newsdoc__quote_lang_vote_winner(const quote_lang_vote *vote)
{
	size_t i, best = 0, second = 0, best_i = 0;

	for (i = 0; i < QUOTE_LANG_COUNT; i++) {
		if (vote->votes[i] > best) {
			second = best;
			best = vote->votes[i];
			best_i = i;
		} else if (vote->votes[i] > second) {
			second = vote->votes[i];
		}
	}
	if (best < MIN_VOTES || best * 2 < second * LEAD_NUM)
		return NULL;
	return langs[best_i];
}

/* Words read for the vote: enough for a clear majority, few enough to
 * cost nothing next to the quote pass itself. */
#define VOTE_WORDS 400

const quote_lang *newsdoc__quote_lang_of(const newsdoc_document *doc)
{
	const char *title = newsdoc_document_title(doc);
	const quote_lang *tagged = newsdoc__quote_lang_by_tag(newsdoc_document_language(doc));
	const quote_lang *voted;
	quote_lang_vote vote;
	size_t i, count = newsdoc_document_block_count(doc);

	memset(&vote, 0, sizeof(vote));
	if (title)
		newsdoc__quote_lang_vote_text(&vote, title, strlen(title), VOTE_WORDS);
	for (i = 0; i < count && vote.words < VOTE_WORDS; i++) {
		const newsdoc_block *block = newsdoc_document_block_at(doc, i);
		newsdoc__quote_lang_vote_text(&vote, newsdoc_block_text(block), newsdoc_block_text_len(block),
			VOTE_WORDS);
	}
	/* A clear vote overrides the tag: sites that serve English stories
	 * under their German template's lang="de" are not rare. */
	if ((voted = newsdoc__quote_lang_vote_winner(&vote)) != NULL)
		return voted;
	return tagged ? tagged : langs[0];
}
