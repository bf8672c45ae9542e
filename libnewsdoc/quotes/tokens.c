/*
 * Words around quotations: a tokenizer that keeps names whole ("Seong-ho",
 * "O'Rourke", "Sen.", "J.") and looks each word up once in the document
 * language's lexicon (lexicon.c).
 */
#include <string.h>

#include "quotes_impl.h"
#include "../util/work.h"

int newsdoc__quote_letter_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
	/* Latin-1 letters, and every script above the general punctuation
	 * block except the CJK symbols: enough to keep names whole. */
	if (cp >= 0xC0 && cp <= 0x24F)
		return cp != 0xD7 && cp != 0xF7;
	if (cp >= 0x370 && cp < 0x2000)
		return 1;
	if (cp >= 0x3040 && cp < 0xFF00)
		return 1;
	return 0;
}

static int is_ideograph_cp(uint32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
		(cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

static int is_upper_cp(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	/* Latin Extended-A alternates upper and lower case. */
	if (cp >= 0x100 && cp <= 0x17F)
		return (cp & 1) == 0;
	return cp >= 0x391 && cp <= 0x3A9 ? 1 : (cp >= 0x410 && cp <= 0x42F);
}

static int is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
		cp == 0x2009 || cp == 0x3000 || cp == 0x200B;
}

/* Abbreviations whose period does not end a sentence. */
static int keeps_period(const quote_lexicon *lex, const char *s, size_t len)
{
	if (len == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return 1;  /* an initial */
	if (newsdoc__quote_lex_exact(lex, s, len) & QLEX_ABBREV)
		return 1;
	/* U.S., D.C., U.N.: letters separated by periods. */
	return len >= 3 && s[1] == '.';
}

/* Look a word token up once: its lists and its class. */
static void classify(const quote_lexicon *lex, const char *text, quote_token *tok)
{
	char folded[QUOTE_LEX_MAX_WORD + 1];
	size_t n = tok->end - tok->start;
	quote_lex_flags flags;
	const char *inverted;

	tok->lex = 0;
	tok->word_class = QW_NONE;
	if (tok->kind != QTOK_WORD || !newsdoc__quote_fold(folded, text + tok->start, n))
		return;
	flags = newsdoc__quote_lex_exact(lex, folded, n) & ~QLEX_ABBREV;
	if (!(flags & QLEX_REPORT) && !tok->cap && n < QUOTE_LEX_MAX_WORD &&
		newsdoc__quote_report_form(lex, folded, n))
		flags |= QLEX_REPORT;
	if (!flags && (inverted = newsdoc__quote_suffix_of(folded, n,
		newsdoc__quote_lexicon_lang(lex)->inverted_pronouns, 1)) != NULL) {
		/* "dit-il", "a-t-elle": the verb's lists, and the pronoun in it */
		flags = newsdoc__quote_lex_exact(lex, folded, n - strlen(inverted));
		if (flags & (QLEX_REPORT | QLEX_AUX))
			flags |= QLEX_INVERTED;
		/* "argumente-t-elle": a pronoun joined by a letter of its own
		 * ("-t-") follows a finite verb only, one of speech when a
		 * quotation is before it, listed or not */
		else if (!flags && !tok->cap && strchr(inverted + 1, '-') != NULL)
			flags = QLEX_REPORT | QLEX_INVERTED;
		else
			flags = 0;
	}
	tok->lex = flags;
	if (flags & QLEX_REPORT)
		tok->word_class = QW_REPORT;
	else if (flags & QLEX_PRONOUN)
		tok->word_class = QW_PRONOUN;
	else if (flags & QLEX_DETERMINER)
		tok->word_class = QW_DETERMINER;
	else if (flags & QLEX_AUX)
		tok->word_class = QW_AUX;
	else if (flags & QLEX_ADVERB)
		tok->word_class = QW_ADVERB;
	else if (flags & QLEX_STOP)
		tok->word_class = QW_STOP;
}

/* Room for `cap` tokens; the tokens already there are kept. */
static int reserve_tokens(quote_token_list *list, size_t cap)
{
	quote_token *items;

	if (list->owned) {
		items = newsdoc__realloc(list->items, cap * sizeof(*items));
	} else {
		items = newsdoc__malloc(cap * sizeof(*items));
		if (items && list->count)
			memcpy(items, list->items, list->count * sizeof(*items));
	}
	if (!items)
		return newsdoc__error_oom();
	list->items = items;
	list->cap = cap;
	list->owned = 1;
	return 0;
}

static int push_token(quote_token_list *list, const quote_token *tok)
{
	if (list->count == list->cap && reserve_tokens(list, list->cap ? list->cap * 2 : 64))
		return NEWSDOC_ENOMEM;
	list->items[list->count++] = *tok;
	return 0;
}

/* One code point at text[pos], ASCII without a call. */
static inline uint32_t decode_at(const char *text, size_t len, size_t pos, size_t *width)
{
	if ((unsigned char)text[pos] < 0x80) {
		*width = 1;
		return (unsigned char)text[pos];
	}
	return newsdoc__quote_decode(text + pos, len - pos, width);
}

/* The n bytes at s, a letter or two and an apostrophe, are a determiner
 * of the language ("l'", "l’"). */
static int elided_determiner(const quote_lexicon *lex, const char *s, size_t n)
{
	char folded[QUOTE_LEX_MAX_WORD + 1];

	return lex && (n = newsdoc__quote_fold(folded, s, n)) > 0 &&
		(newsdoc__quote_lex_exact(lex, folded, n) & QLEX_DETERMINER) != 0;
}

int newsdoc__quote_next_token(const quote_lexicon *lex, const char *text, size_t len, size_t *at,
	quote_token *tok, int lower_too)
{
	size_t pos = *at, width, mark_width;
	uint32_t cp = 0, mark;

	while (pos < len) {
		if (text[pos] == ' ') {
			pos++;
			continue;
		}
		cp = decode_at(text, len, pos, &width);
		if (!is_space_cp(cp))
			break;
		pos += width;
	}
	if (pos >= len) {
		*at = pos;
		return 0;
	}
	memset(tok, 0, sizeof(*tok));
	tok->start = pos;
	tok->cp = cp;
	if (is_ideograph_cp(cp)) {
		/* Chinese and Japanese run words together: count each
		 * character as a word so that lengths stay comparable. */
		tok->kind = QTOK_WORD;
		pos += width;
		tok->end = pos;
	} else if (newsdoc__quote_letter_cp(cp)) {
		tok->kind = QTOK_WORD;
		tok->cap = (unsigned char)is_upper_cp(cp);
		pos += width;
		while (pos < len) {
			size_t after_width;
			unsigned char b = (unsigned char)text[pos];
			uint32_t next, after;
			/* ASCII letters and digits: the common case, no calls. */
			if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
				pos++;
				continue;
			}
			next = decode_at(text, len, pos, &width);
			if (newsdoc__quote_letter_cp(next) && !is_ideograph_cp(next)) {
				pos += width;
				continue;
			}
			/* An elided determiner is a word of its own ("l'ancien
			 * ministre", "l’avvocato"), when the language lists it. */
			if ((next == '\'' || next == 0x2019) && pos - tok->start <= 2 &&
				elided_determiner(lex, text + tok->start, pos + width - tok->start)) {
				pos += width;
				break;
			}
			/* Joiners inside a word: Seong-ho, O'Rourke, Smith's, U.S. */
			if (!(next == '-' || next == '\'' || next == 0x2019 || next == '.' || next == 0x2010 ||
				next == '&'))
				break;
			after = pos + width < len ? decode_at(text, len, pos + width, &after_width) : 0;
			if (!newsdoc__quote_letter_cp(after))
				break;
			if (next == '.' && !(pos - tok->start == 1 || (pos - tok->start >= 3 && text[tok->start + 1] == '.')))
				break;
			pos += width;
		}
		/* Keep the period of an abbreviation or initial, and one
		 * that a closing bracket or comma follows ("(D-Nev.)"). */
		if (pos < len && text[pos] == '.' && (keeps_period(lex, text + tok->start, pos - tok->start) ||
			(pos + 1 < len && (text[pos + 1] == ')' || text[pos + 1] == ','))))
			pos++;
		tok->end = pos;
		if (lower_too || tok->cap)
			classify(lex, text, tok);
	} else if ((mark = newsdoc__quote_mark_at(text, len, pos, &mark_width)) != 0) {
		tok->kind = QTOK_MARK;
		tok->cp = mark;
		pos += mark_width;
		tok->end = pos;
	} else {
		tok->kind = QTOK_PUNCT;
		pos += width;
		/* "--" is one dash. */
		if (cp == '-' && pos < len && text[pos] == '-')
			while (pos < len && text[pos] == '-')
				pos++;
		tok->end = pos;
	}
	*at = pos;
	return 1;
}

/* Longest stretch from a particle verb to the end of its clause looked at,
 * in tokens. */
#define PARTICLE_REACH 16

/*
 * A separable verb counts as a reporting verb when its particle closes the
 * clause ("teilte er am Montag mit."): the particle is the word before the
 * clause's first punctuation or mark. The particle is then no part of a
 * speaker mention (a stop).
 */
static void particle_verbs(const quote_lexicon *lex, const char *text, quote_token_list *list)
{
	char phrase[QUOTE_LEX_MAX_PHRASE + 1];
	size_t i, k;

	for (i = 0; i < list->count; i++) {
		quote_token *verb = &list->items[i], *particle;
		size_t vn = verb->end - verb->start, pn;
		if (!(verb->lex & QLEX_PARTICLE_VERB))
			continue;
		for (k = i + 1; k < list->count && k < i + PARTICLE_REACH && list->items[k].kind == QTOK_WORD; k++)
			;
		if (k == i + 1 || (k < list->count && list->items[k].kind == QTOK_WORD))
			continue;
		particle = &list->items[k - 1];
		pn = particle->end - particle->start;
		if (vn + 1 + pn > QUOTE_LEX_MAX_PHRASE || !newsdoc__quote_fold(phrase, text + verb->start, vn) ||
			!newsdoc__quote_fold(phrase + vn + 1, text + particle->start, pn))
			continue;
		phrase[vn] = ' ';
		if (!(newsdoc__quote_lex_phrase_kinds(lex, phrase, vn + 1 + pn) & QPHRASE_PARTICLE))
			continue;
		verb->lex |= QLEX_REPORT;
		verb->word_class = QW_REPORT;
		particle->lex |= QLEX_STOP;
		particle->word_class = QW_STOP;
	}
}

static int number_word(const char *text, const quote_token *t)
{
	return t->kind == QTOK_WORD && text[t->start] >= '0' && text[t->start] <= '9';
}

/* Longest number whose period may be an ordinal's, in bytes ("14."). */
#define ORDINAL_MAX_DIGITS 2

/*
 * Punctuation inside numbers ends no sentence and parts no clause: a
 * period or comma between digits ("2.000 Menschen", "14.12.2010", "2,5
 * Prozent") joins them into one number, and the period of an ordinal
 * ("am 14. Dezember", "zum 3. Mal", lang.h: month_names, ordinal_before)
 * joins its number. German dates put such periods in many a reporting
 * clause ("Der Minister sagte am 14. Dezember: „…“"), which then lost
 * its front to a sentence that was none. In place, one pass.
 */
static void join_numbers(const char *text, quote_token_list *list)
{
	size_t r, w = 0;

	for (r = 0; r < list->count; r++) {
		const quote_token *t = &list->items[r];
		quote_token *num = w > 0 ? &list->items[w - 1] : NULL;
		const quote_token *next = r + 1 < list->count ? &list->items[r + 1] : NULL;

		if (num && t->kind == QTOK_PUNCT && (t->cp == '.' || t->cp == ',') && number_word(text, num) &&
			num->end == t->start && next) {
			if (next->start == t->end && number_word(text, next)) {
				num->end = next->end;
				r++;
				continue;
			}
			if (t->cp == '.' && next->kind == QTOK_WORD && num->end - num->start <= ORDINAL_MAX_DIGITS &&
				((next->lex & QLEX_MONTH) || (w >= 2 && (list->items[w - 2].lex & QLEX_ORDINAL_BEFORE)))) {
				num->end = t->end;
				continue;
			}
		}
		list->items[w++] = *t;
	}
	list->count = w;
}

int newsdoc__quote_tokenize(const quote_lexicon *lex, quote_token_list *out, const char *text,
	size_t len)
{
	size_t pos = 0;
	quote_token tok;

	out->count = 0;
	/* About one token in five bytes of news text: grow once, not often. */
	if (out->cap < len / 5 + 16 && reserve_tokens(out, len / 5 + 16))
		return NEWSDOC_ENOMEM;
	while (newsdoc__quote_next_token(lex, text, len, &pos, &tok, 1))
		if (push_token(out, &tok))
			return NEWSDOC_ENOMEM;
	join_numbers(text, out);
	if (newsdoc__quote_lexicon_lang(lex)->particle_verbs)
		particle_verbs(lex, text, out);
	newsdoc__work_charge(out->count);
	return 0;
}

size_t newsdoc__quote_token_at(const quote_token *tokens, size_t count, size_t byte)
{
	size_t lo = 0, hi = count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (tokens[mid].start < byte)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void newsdoc__quote_token_list_free(quote_token_list *list)
{
	if (list->owned)
		newsdoc__free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
	list->owned = 0;
}

int newsdoc__quote_word_is_n(const char *text, const quote_token *tok, const char *word, size_t n)
{
	size_t i;

	if (tok->kind != QTOK_WORD || tok->end - tok->start != n)
		return 0;
	for (i = 0; i < n; i++) {
		char c = text[tok->start + i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return 0;
	}
	return 1;
}

size_t newsdoc__quote_strip_possessive(const char *s, size_t n)
{
	if (n > 2 && (s[n - 1] == 's' || s[n - 1] == 'S') && s[n - 2] == '\'')
		return n - 2;
	if (n > 4 && (s[n - 1] == 's' || s[n - 1] == 'S') && !memcmp(s + n - 4, "\xE2\x80\x99", 3))
		return n - 4;
	return n;
}

int newsdoc__quote_sentence_end(const quote_token *tok)
{
	return tok->kind == QTOK_PUNCT && (tok->cp == '.' || tok->cp == '!' || tok->cp == '?' ||
		tok->cp == 0x2026 || tok->cp == 0x3002);
}

size_t newsdoc__quote_sentence_start(const quote_token *tok, size_t e, size_t reach)
{
	size_t s = e;

	while (s > 0 && e - s < reach && !newsdoc__quote_sentence_end(&tok[s - 1]))
		s--;
	return s > 0 && !newsdoc__quote_sentence_end(&tok[s - 1]) ? e : s;
}

int newsdoc__quote_is_dash(const quote_token *tok)
{
	/* Hyphens inside words belong to the word: a '-' token stands alone,
	 * so it is a dash typed as a hyphen ("loved Stalin - he said"). */
	return tok->kind == QTOK_PUNCT && (tok->cp == 0x2014 || tok->cp == 0x2013 ||
		tok->cp == '-' || tok->cp == 0x2015);
}
