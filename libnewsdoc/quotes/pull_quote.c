/*
 * A pull quote: a blockquote with no quotation marks whose last line names
 * who said it ("Il s'agit d'un changement générationnel … ambitions.
 * François-Philippe Champagne, ministre fédéral des Finances"), as news
 * sites set a quotation apart with its source in a footer. The words
 * before that line are the quotation, the name its speaker.
 */
#include <string.h>
#include <strings.h>

#include "clause.h"

/* Fewest words a pull quote holds (a shorter block is a caption). */
#define PULL_MIN_WORDS 6
/* Most tokens after the name: a role ("ministre fédéral des Finances"). */
#define PULL_MAX_ROLE 12

/* The first token after a source label at token s ("Une citation de",
 * lang.h source_labels), or s when none stands there; s < c->count. */
static size_t past_label(const clause *c, size_t s)
{
	const char *const *label;
	const char *at;

	if (!c->lang->source_labels)
		return s;
	at = c->text + c->tok[s].start;
	for (label = c->lang->source_labels; *label; label++) {
		size_t n = strlen(*label), j = s;
		if (strncasecmp(at, *label, n) != 0 || at[n] != ' ')
			continue;
		while (j < c->count && c->tok[j].start < c->tok[s].start + n)
			j++;
		return j;
	}
	return s;
}

/* A word that may be part of a person's name: capitalised, of no class. */
static int name_word(const clause *c, size_t i)
{
	return c->tok[i].kind == QTOK_WORD && c->tok[i].cap && newsdoc__quote_cls(c, i) == QW_NONE;
}

void newsdoc__quote_pull_quote(quote_headline *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens)
{
	clause c = newsdoc__quote_clause(lex, text, tokens);
	size_t s, name, j, k, words = 0;

	memset(out, 0, sizeof(*out));
	/* the last sentence end before the source line (none after it: no
	 * source line) */
	for (s = c.count; s > 0 && !newsdoc__quote_sentence_end(&c.tok[s - 1]); s--)
		;
	if (s == 0 || s == c.count)
		return;
	name = past_label(&c, s);
	if (c.count - name > 4 + 1 + PULL_MAX_ROLE)
		return;
	for (j = name; j < c.count && j < name + 4 && name_word(&c, j); j++)
		;
	if (j - name < 2)
		return;
	/* the name ends the block, or a comma and a role follow it */
	if (j < c.count && !newsdoc__quote_is_punct(&c, j, ','))
		return;
	for (k = 0; k < s; k++)
		if (c.tok[k].kind == QTOK_WORD)
			words++;
	if (words < PULL_MIN_WORDS)
		return;
	out->found = 1;
	out->start = c.tok[0].start;
	out->end = c.tok[s - 1].end;
	out->attr.speaker_start = c.tok[name].start;
	out->attr.speaker_end = c.tok[j - 1].end;
}
