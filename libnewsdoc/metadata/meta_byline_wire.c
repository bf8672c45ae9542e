/*
 * The credit line a wire story closes with, where its byline would be:
 *
 *   <p>(<em>Reporting by Ada Finch and Bo Lund in Harbourton; additional
 *   reporting by Cy Marsh; Editing by Dee Holt</em>)</p>
 *
 * Every "<task> by" label opens a list of people; the reporters and
 * writers are the story's authors, the editors and others are not. A
 * place after a name ("in Harbourton") is no part of it. The walk
 * (meta_walk.c) keeps the first such line; the merge reads it as a byline
 * when no other source names a person. The task words are data below.
 */
#include <string.h>

#include "meta_byline.h"
#include "../text/text_util.h"

/* Tasks whose people wrote the story, and those whose did not; a label
 * is one of them followed by "by". */
static const char *const author_tasks[] = {
	"reporting", "reported", "writing", "written", NULL
};
static const char *const other_tasks[] = {
	"editing", "edited", "graphics", "graphic", "photos", "photo", "photography", "production",
	"design", "video", "illustration", "illustrations", "translation", "translated", "fact-checking",
	NULL
};
/* Words before a label that belong to it: "with reporting by", "and editing by". */
static const char *const label_lead_ins[] = { "with", "and", "additional", NULL };
/* Words that part two names, and the one that opens a place after one. */
static const char *const name_joiners[] = { "and", NULL };
static const char *const place_words[] = { "in", "from", NULL };

#define MAX_WIRE_WORDS 80
/* Bytes of the line read for its opening. */
#define WIRE_OPENING 40

/* A word of the line without the signs around it ("(Reporting", "Lund;"). */
static byline_word bare(byline_word w)
{
	while (w.len && strchr("([", w.s[0]))
		w.s++, w.len--;
	while (w.len && strchr(",;:.)]", w.s[w.len - 1]))
		w.len--;
	return w;
}

/* Is words[i] the task of a label ("Reporting" of "Reporting by")? 1 for
 * an author's task, 2 for another's, 0 for no label. */
static int label_at(const byline_word *words, size_t i, size_t n)
{
	byline_word task, by;

	if (i + 1 >= n)
		return 0;
	task = bare(words[i]);
	by = bare(words[i + 1]);
	if (!newsdoc__byline_word_is(&by, "by") || by.len != words[i + 1].len)
		return 0;
	if (newsdoc__byline_word_in(&task, author_tasks))
		return 1;
	return newsdoc__byline_word_in(&task, other_tasks) ? 2 : 0;
}

/* Do words[i] and maybe the next lead in to a label ("with additional
 * reporting by")? */
static int leads_in(const byline_word *words, size_t i, size_t n)
{
	size_t k;

	for (k = i; k < n && k < i + 2; k++) {
		byline_word w = bare(words[k]);
		if (!newsdoc__byline_word_in(&w, label_lead_ins))
			return 0;
		if (label_at(words, k + 1, n))
			return 1;
	}
	return 0;
}

int newsdoc__meta_opens_wire_credit(const char *text, size_t len)
{
	byline_word words[4];
	size_t n, i;

	if (len > WIRE_OPENING)
		len = WIRE_OPENING;
	while (len && (*text == '(' || *text == '[' || newsdoc__meta_is_space((unsigned char)*text)))
		text++, len--;
	/* (most elements open with no task word: one look at the first letter) */
	if (!len || !strchr("RrWwAa", *text))
		return 0;
	n = newsdoc__byline_words(words, 4, text, len);
	for (i = 0; i < n && i < 2; i++)
		if (label_at(words, i, n) == 1)
			return 1;
	return 0;
}

/* End the name being gathered: append it to `names` after ", ". */
static void end_name(newsdoc__sb *names, const char *from, const char *to)
{
	if (!from || to <= from)
		return;
	if (names->len)
		newsdoc__sb_puts(names, ", ");
	newsdoc__sb_put(names, from, (size_t)(to - from));
}

int newsdoc__meta_wire_credit_names(const char *text, newsdoc__sb *names)
{
	byline_word words[MAX_WIRE_WORDS];
	size_t n, i;
	int task = 0, in_place = 0;
	const char *from = NULL, *to = NULL;

	n = newsdoc__byline_words(words, MAX_WIRE_WORDS, text, strlen(text));
	for (i = 0; i < n; i++) {
		byline_word w = bare(words[i]);
		int label = label_at(words, i, n);
		size_t tail;
		if (label || leads_in(words, i, n)) {
			end_name(names, from, to);
			from = NULL;
			in_place = 0;
			if (label) {
				task = label;
				i++;
			}
			continue;
		}
		tail = (size_t)(words[i].s + words[i].len - (w.s + w.len));
		if (task == 1 && w.len) {
			if (newsdoc__byline_word_in(&w, name_joiners)) {
				end_name(names, from, to);
				from = NULL;
				in_place = 0;
				continue;
			}
			if (newsdoc__byline_word_in(&w, place_words)) {
				end_name(names, from, to);
				from = NULL;
				in_place = 1;
			} else if (!in_place) {
				if (!from)
					from = w.s;
				to = w.s + w.len;
			}
		}
		/* A comma or semicolon after the word ends a name and a place;
		 * a semicolon or a closing bracket the task too. */
		if (tail && (memchr(w.s + w.len, ',', tail) || memchr(w.s + w.len, ';', tail) ||
			     memchr(w.s + w.len, ')', tail))) {
			end_name(names, from, to);
			from = NULL;
			in_place = 0;
			if (!memchr(w.s + w.len, ',', tail))
				task = 0;
		}
	}
	if (task == 1)
		end_name(names, from, to);
	return names->failed ? -1 : 0;
}
