/*
 * The quote pass: runs over a finished document's body blocks, whichever
 * parser made them, and adds each direct quotation with its speaker.
 *
 * Decisions worth knowing:
 * - A sentence split by its cue ("A," he said, "b.") is one quote: the
 *   pieces are joined with one space, and the span runs from the start of
 *   the first piece to the end of the last one in that block (so it covers
 *   the cue between them). So is a new sentence after the cue ("A," said
 *   X. "B."), unless the caller asks for quotes by sentence
 *   (NEWSDOC_PARSE_QUOTES_BY_SENTENCE): then B is a quote of its own with
 *   the same speaker and cue, as news corpora (PolNeAR) annotate it.
 * - A quotation over several paragraphs (the opening mark repeated at each
 *   paragraph's start, no closing mark until the last) is one quote: the
 *   paragraphs are joined with "\n\n", like the document's text, and the
 *   span is the part in the first block (to that block's end).
 * - An unclosed mark never runs past its paragraph except in that pattern.
 * - Short quoted words inside a sentence with no cue are scare quotes or
 *   titles, not quotations.
 * - A paragraph that opens with a quotation and has no cue of its own
 *   continues the speaker (and cue) of the quotation just before it, in
 *   that paragraph or the one before, or of a paragraph that introduced
 *   it with a colon. A quotation that opens a sentence without a cue
 *   takes the subject of a short sentence just before it ("Smith
 *   agreed."); a cue with no speaker in reach leaves the speaker unknown.
 * - Words quoted inside a sentence with no cue before or after them are
 *   a partial quotation in reported speech, not a direct quote; a short
 *   quotation after a colon, or a whole quoted sentence after a comma or
 *   at a sentence start whose speaker is known, is a quote.
 *   So are words a cue names as chanted, shouted or read out ("the crowd
 *   was chanting “…”", "a sign reading “…”"; see attribution.c).
 *   So is a quotation right after one just taken, with at most one word
 *   of its own before it ("…,” he said. But “b.”", "says “a” because
 *   “b”"): it goes on quoting the same speaker.
 * - The headline is read too ("Trump: ‘We Will Win.’", "‘...,’ Smith
 *   Says"; headlines quote with single marks): its quotation comes first,
 *   with block, start and end unknown (-1), and changes nothing in the
 *   body's state. Only that colon or trailing-attribution shape counts:
 *   a headline's scare quotes stay out.
 * - Each quote's block is where it starts; offsets are code points into
 *   that block's text, the quoted text without its marks.
 */
#include <string.h>

#include "quotes_impl.h"
#include "../util/work.h"

#define DEFAULT_MAX_QUOTES 1000
/* A quotation without a cue goes on quoting the speaker of the one taken
 * just before when at most this many words stand between them. */
#define CONTINUE_MAX_GAP 20
/* Quotations without a cue of up to this many words inside a sentence are
 * scare quotes or titles. */
#define SCARE_MAX_WORDS 8
/* A pronoun resolves to the last named speaker, or a person named, at most
 * this many blocks before. */
#define PRONOUN_REACH 3
/* Tokens of a block held on the stack (8 KB): a paragraph of up to about
 * 200 words needs no allocation. */
#define TOKEN_BUFFER 256

typedef struct speaker_info {
	char *speaker;
	char *cue;
	int pronoun;
} speaker_info;

typedef struct pending_quote {
	int active;
	newsdoc__sb text;
	size_t block;
	long start_cp, end_cp;
	size_t open_byte;  /* its opening mark in its first block */
	uint32_t opener;
	speaker_info who;
} pending_quote;

typedef struct quote_pass {
	newsdoc_document *doc;
	size_t max_quotes, added;
	int by_sentence;           /* NEWSDOC_PARSE_QUOTES_BY_SENTENCE */
	const quote_lexicon *lex;  /* of the document's language */
	quote_convention conv;
	quote_names names;
	quote_token_list tokens;
	quote_token token_buffer[TOKEN_BUFFER];  /* the tokens' first home */
	quote_span_list spans;
	pending_quote pending;
	speaker_info last;          /* the speaker of the last quotation */
	long last_block;            /* its block, -1 before any */
	long last_person_block;     /* block of the last named speaker */
	speaker_info intro;         /* "X said:" ending the previous block */
	long intro_block;
	newsdoc_quote *title_quote;  /* the headline's quotation, resolved at the end */
	/* code point cursor in the current block */
	size_t cursor_byte;
	long cursor_cp;
} quote_pass;

static void speaker_clear(speaker_info *who)
{
	newsdoc__free(who->speaker);
	newsdoc__free(who->cue);
	memset(who, 0, sizeof(*who));
}

static int speaker_copy(speaker_info *dst, const speaker_info *src)
{
	speaker_info copy;

	memset(&copy, 0, sizeof(copy));
	copy.pronoun = src->pronoun;
	if ((src->speaker && !(copy.speaker = newsdoc__strdup(src->speaker))) ||
		(src->cue && !(copy.cue = newsdoc__strdup(src->cue)))) {
		speaker_clear(&copy);
		return newsdoc__error_oom();
	}
	speaker_clear(dst);
	*dst = copy;
	return 0;
}

static int speaker_from(speaker_info *who, const char *text, const quote_attribution *attr)
{
	speaker_clear(who);
	if (attr->speaker_end > attr->speaker_start) {
		size_t n = newsdoc__quote_strip_possessive(text + attr->speaker_start, attr->speaker_end - attr->speaker_start);
		if (!(who->speaker = newsdoc__strndup(text + attr->speaker_start, n)))
			return newsdoc__error_oom();
	}
	if (attr->cue_literal)
		who->cue = newsdoc__strdup(attr->cue_literal);
	else if (attr->cue_end > attr->cue_start)
		who->cue = newsdoc__strndup(text + attr->cue_start, attr->cue_end - attr->cue_start);
	if ((attr->cue_literal || attr->cue_end > attr->cue_start) && !who->cue)
		return newsdoc__error_oom();
	who->pronoun = attr->pronoun;
	return 0;
}

/* Code point offset of `byte` in the current block; calls come in order. */
static long cp_at(quote_pass *pass, const char *text, size_t byte)
{
	if (byte < pass->cursor_byte) {
		pass->cursor_byte = 0;
		pass->cursor_cp = 0;
	}
	pass->cursor_cp += (long)newsdoc__utf8_count(text + pass->cursor_byte, byte - pass->cursor_byte);
	pass->cursor_byte = byte;
	return pass->cursor_cp;
}

/* Add one quotation to the document and remember its speaker. */
static int emit(quote_pass *pass, const char *quote_text, const speaker_info *who, size_t block,
	size_t open_byte, long start_cp, long end_cp)
{
	newsdoc_quote *quote;
	const char *resolved = NULL;
	int error;

	if (pass->added >= pass->max_quotes)
		return 0;
	if (who->speaker && who->pronoun)
		resolved = newsdoc__quote_names_resolve_pronoun(&pass->names, pass->lex, who->speaker,
			who->cue, (long)block, open_byte, PRONOUN_REACH, pass->last_person_block);
	else if (who->speaker)
		resolved = newsdoc__quote_names_resolve(&pass->names, who->speaker);
	if ((error = newsdoc_document_add_quote(&quote, pass->doc, quote_text)) != 0 ||
		(who->speaker && (error = newsdoc_quote_set_speaker(quote, who->speaker)) != 0) ||
		(resolved && (error = newsdoc_quote_set_speaker_resolved(quote, resolved)) != 0) ||
		(who->cue && (error = newsdoc_quote_set_cue(quote, who->cue)) != 0) ||
		(error = newsdoc_quote_set_span(quote, (long)block, start_cp, end_cp)) != 0)
		return error;
	pass->added++;
	if (who->speaker) {
		if ((error = speaker_copy(&pass->last, who)) != 0)
			return error;
		pass->last_block = (long)block;
		if (resolved && !who->pronoun) {
			if ((error = newsdoc__quote_names_set_last(&pass->names, resolved)) != 0)
				return error;
			pass->last_person_block = (long)block;
		} else if (who->pronoun && resolved) {
			newsdoc__quote_names_note_pronoun(&pass->names, who->speaker, resolved);
			pass->last_person_block = (long)block;
		}
	}
	return 0;
}

static int flush_pending(quote_pass *pass)
{
	pending_quote *p = &pass->pending;
	int error = 0;

	if (p->active && p->text.ptr)
		error = emit(pass, p->text.ptr, &p->who, p->block, p->open_byte, p->start_cp, p->end_cp);
	if (!error && p->text.failed)
		error = newsdoc__error_oom();
	newsdoc__sb_free(&p->text);
	speaker_clear(&p->who);
	p->active = 0;
	return error;
}

/* Only white space and punctuation other than marks between two offsets. */
/*
 * The helpers below run over tokens for each quotation of a block, so each
 * charges the tokens it read to the work budget (work.h): a block made of
 * marks is where such runs could add up.
 */
static int only_filler(const quote_token_list *tokens, size_t from, size_t to)
{
	size_t first = newsdoc__quote_token_at(tokens->items, tokens->count, from), i;
	int filler = 1;

	for (i = first; i < tokens->count; i++) {
		const quote_token *t = &tokens->items[i];
		if (t->start >= to)
			break;
		if (t->kind != QTOK_PUNCT) {
			filler = 0;
			break;
		}
	}
	newsdoc__work_charge(i - first);
	return filler;
}

/* A whole sentence, words and its end mark, stands between bytes `from`
 * and `to`. */
static int sentence_between(const quote_token_list *tokens, size_t from, size_t to)
{
	size_t first = newsdoc__quote_token_at(tokens->items, tokens->count, from), i, words = 0;
	int found = 0;

	for (i = first; i < tokens->count && tokens->items[i].start < to && !found; i++) {
		if (tokens->items[i].kind == QTOK_WORD)
			words++;
		else if (newsdoc__quote_sentence_end(&tokens->items[i]))
			found = words > 0;
	}
	newsdoc__work_charge(i - first);
	return found;
}

static size_t words_in(const quote_token_list *tokens, size_t from, size_t to)
{
	size_t first = newsdoc__quote_token_at(tokens->items, tokens->count, from), i, n = 0;

	for (i = first; i < tokens->count && tokens->items[i].start < to; i++)
		if (tokens->items[i].kind == QTOK_WORD)
			n++;
	newsdoc__work_charge(i - first);
	return n;
}

/*
 * Titles of shows, books and articles: every word that is not a small
 * function word is capitalised ("Meet the Press", "Orange Is the New
 * Black"), or the quoted words are followed by "by" (an article's title).
 */
static int looks_like_title(const quote_lang *lang, const char *text, const quote_token_list *tokens,
	const quote_mark_span *span)
{
	size_t first = newsdoc__quote_token_at(tokens->items, tokens->count, span->start), i, words = 0, caps = 0;

	for (i = first; i < tokens->count && tokens->items[i].start < span->end; i++) {
		const quote_token *t = &tokens->items[i];
		if (t->kind != QTOK_WORD)
			continue;
		if ((t->lex & QLEX_SMALL) && words > 0)
			continue;
		words++;
		/* "„Gelassenheit und Aufmerksamkeit“": German nouns */
		caps += t->cap && !newsdoc__quote_common_noun(lang, text, t);
	}
	for (; i < tokens->count && tokens->items[i].start < span->close; i++)
		;
	newsdoc__work_charge(i - first);
	if (i < tokens->count && tokens->items[i].kind == QTOK_PUNCT && tokens->items[i].cp == ',')
		i++;
	if (i < tokens->count && (tokens->items[i].lex & QLEX_BYLINE))
		return 1;
	/* "USA! USA!" and "Mr. D'Souza?" are chanted or asked. */
	if (span->end > span->start && (text[span->end - 1] == '!' || text[span->end - 1] == '?'))
		return 0;
	return words >= 2 && words <= 12 && caps == words;
}

/* The token right before the quotation's opening mark, or NULL. */
static const quote_token *token_before(const quote_token_list *tokens, const quote_mark_span *span)
{
	size_t i = newsdoc__quote_token_at(tokens->items, tokens->count, span->open);

	return i > 0 ? &tokens->items[i - 1] : NULL;
}

/* A colon introduces the quotation ("Why not just say: “…”"). */
static int after_colon(const quote_token_list *tokens, const quote_mark_span *span)
{
	const quote_token *t = token_before(tokens, span);

	return t && t->kind == QTOK_PUNCT && t->cp == ':';
}

/*
 * A short quotation that may be no scare quote: one a colon introduces, or
 * a whole sentence (ending in . ! or ? inside the marks) that starts a
 * sentence or follows a comma ("Said Dorothy Poynter, who grew up with
 * him, “We were all so proud of him.”"). The caller takes the second kind
 * only when it knows the speaker.
 */
static int introduced(const char *text, const quote_token_list *tokens, const quote_mark_span *span)
{
	const quote_token *t = token_before(tokens, span);
	char last = span->end > span->start ? text[span->end - 1] : 0;

	if (t && t->kind == QTOK_PUNCT && t->cp == ':')
		return 1;
	if (last != '.' && last != '!' && last != '?')
		return 0;
	return !t || newsdoc__quote_sentence_end(t) || (t->kind == QTOK_PUNCT && t->cp == ',');
}

/* The speaker for a quotation without a cue of its own, at the start of a
 * paragraph or right after another quotation: the one before carries on.
 * A paragraph's introduction ("X said:") speaks until the paragraph's
 * first quotation with a speaker; after that one, its speaker does. */
static const speaker_info *carried_speaker(const quote_pass *pass, size_t block)
{
	if (pass->intro_block >= 0 && (long)block == pass->intro_block + 1 && pass->intro.speaker &&
		pass->last_block != (long)block)
		return &pass->intro;
	if (pass->last_block >= 0 && (long)block - pass->last_block <= 1 && pass->last.speaker)
		return &pass->last;
	return NULL;
}

static int quotable(const newsdoc_block *block)
{
	int type = newsdoc_block_type(block);
	return type == NEWSDOC_BLOCK_PARAGRAPH || type == NEWSDOC_BLOCK_BLOCKQUOTE ||
		type == NEWSDOC_BLOCK_LIST;
}

/* "El representante de Irán, Amir Iravani, ha afirmado que … ¶ «…»,
 * denunció.": a quotation opening a paragraph, its cue with no subject
 * and no speaker carried over, speaks for the subject of the paragraph
 * before (subject_drop languages only; their tables set the flag). */
static int previous_subject(quote_pass *pass, size_t block, speaker_info *who)
{
	const newsdoc_block *prev;
	quote_token_list tokens;
	quote_attribution attr;
	const char *text;
	int error;

	if (block == 0 || !quotable(prev = newsdoc_document_block_at(pass->doc, block - 1)))
		return 0;
	text = newsdoc_block_text(prev);
	newsdoc__quote_token_list_init(&tokens, NULL, 0);
	memset(&attr, 0, sizeof(attr));
	if ((error = newsdoc__quote_tokenize(pass->lex, &tokens, text, newsdoc_block_text_len(prev))) == 0) {
		newsdoc__quote_last_subject(&attr, pass->lex, text, &tokens);
		if (attr.speaker_end > attr.speaker_start)
			error = speaker_from(who, text, &attr);
	}
	newsdoc__quote_token_list_free(&tokens);
	return error;
}

static int start_pending(quote_pass *pass, const char *text, const quote_mark_span *span,
	size_t block, const speaker_info *who)
{
	pending_quote *p = &pass->pending;
	int error;

	p->active = 1;
	p->block = block;
	p->opener = span->opener;
	p->start_cp = cp_at(pass, text, span->start);
	p->open_byte = span->open;
	p->end_cp = cp_at(pass, text, span->end);
	newsdoc__sb_put(&p->text, text + span->start, span->end - span->start);
	if (who && (error = speaker_copy(&p->who, who)) != 0)
		return error;
	return p->text.failed ? newsdoc__error_oom() : 0;
}

/*
 * The first span of a block continues a multi-paragraph quotation when it
 * opens the paragraph with the same mark. Returns the number of spans used
 * (0 or 1) through *used, and 1 in *open_still when it runs on further.
 */
static int continue_pending(quote_pass *pass, const char *text, size_t *used, int *open_still)
{
	pending_quote *p = &pass->pending;
	const quote_mark_span *span;
	quote_attribution attr;
	int error;

	*used = 0;
	*open_still = 0;
	if (!p->active)
		return 0;
	span = pass->spans.count ? &pass->spans.items[0] : NULL;
	if (!span || span->opener != p->opener || !only_filler(&pass->tokens, 0, span->open))
		return flush_pending(pass);
	*used = 1;
	newsdoc__sb_puts(&p->text, "\n\n");
	newsdoc__sb_put(&p->text, text + span->start, span->end - span->start);
	if (!span->closed && pass->spans.count == 1) {
		*open_still = 1;
		return p->text.failed ? newsdoc__error_oom() : 0;
	}
	if (!p->who.speaker) {
		newsdoc__quote_attribute(&attr, pass->lex, text, &pass->tokens, &pass->spans, 0);
		if (attr.found && attr.after && (error = speaker_from(&p->who, text, &attr)) != 0)
			return error;
	}
	return flush_pending(pass);
}

/*
 * The second piece belongs to the same quotation: always, unless quotes go
 * by sentence; then only when it goes on with the first one's sentence,
 * the first ending without a full stop and the second starting in lower
 * case ("A," he said, "b.").
 */
static int continues_sentence(const quote_pass *pass, const char *text, const quote_mark_span *first,
	const quote_mark_span *second)
{
	char last = text[first->end - 1], next = text[second->start];

	if (!pass->by_sentence)
		return 1;
	if (last == '.' || last == '!' || last == '?')
		return 0;
	return !((unsigned char)next >= 'A' && (unsigned char)next <= 'Z');
}

/* Join the pieces of a quotation split by its cue ("A," said X. "B."). */
static size_t join_split(quote_pass *pass, newsdoc__sb *quote_text, const char *text,
	size_t k, const quote_attribution *attr, size_t *end_byte)
{
	const quote_span_list *spans = &pass->spans;
	size_t gap_from = attr->consumed_end;

	while (k + 1 < spans->count && spans->items[k + 1].closed &&
		only_filler(&pass->tokens, gap_from, spans->items[k + 1].open) &&
		continues_sentence(pass, text, &spans->items[k], &spans->items[k + 1])) {
		const quote_mark_span *next = &spans->items[k + 1];
		quote_attribution next_attr;

		/* A cue before the next piece can only be the one between the
		 * pieces; a cue after it makes a sentence of its own. */
		newsdoc__quote_attribute(&next_attr, pass->lex, text, &pass->tokens, spans, k + 1);
		if (next_attr.found && next_attr.after)
			break;
		newsdoc__sb_putc(quote_text, ' ');
		newsdoc__sb_put(quote_text, text + next->start, next->end - next->start);
		*end_byte = next->end;
		gap_from = next->close;
		k++;
	}
	return k;
}

/* A block that ends "X said:" introduces the quotation in the next one. */
static int note_intro(quote_pass *pass, size_t block, const char *text)
{
	quote_attribution attr;

	newsdoc__quote_intro_attribute(&attr, pass->lex, text, &pass->tokens);
	if (attr.found && attr.speaker_end > attr.speaker_start) {
		pass->intro_block = (long)block;
		return speaker_from(&pass->intro, text, &attr);
	}
	return 0;
}

/*
 * A block without quotation marks (most of them): its names are learnt
 * from a stream of tokens, with no token list and no lexicon look-ups for
 * lower-case words; only a block ending in a colon is tokenized in full,
 * for the quotation it may introduce.
 */
static int plain_block(quote_pass *pass, size_t block, const char *text, size_t len)
{
	quote_name_scan scan = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
	quote_token tok;
	size_t pos = 0, count = 0;
	int error, colon = 0;

	while (newsdoc__quote_next_token(pass->lex, text, len, &pos, &tok, 0)) {
		if ((error = newsdoc__quote_names_feed(&pass->names, &scan, text, &tok)) != 0)
			return error;
		colon = tok.kind == QTOK_PUNCT && tok.cp == ':';
		count++;
	}
	newsdoc__work_charge(count);
	if ((error = newsdoc__quote_names_finish(&pass->names, &scan, text)) != 0 ||
		(error = flush_pending(pass)) != 0 || !colon)
		return error;
	if ((error = newsdoc__quote_tokenize(pass->lex, &pass->tokens, text, len)) != 0)
		return error;
	return note_intro(pass, block, text);
}

static int process_block(quote_pass *pass, size_t block, const char *text, size_t len)
{
	quote_span_list *spans = &pass->spans;
	speaker_info who;
	newsdoc__sb quote_text = NEWSDOC__SB_INIT;
	size_t k = 0, used, last_end = 0;
	long last_taken = -1;  /* index of the span last taken as a quote */
	int open_still, error, emitted_here = 0;
	int fragment_before_cue = newsdoc__quote_lexicon_lang(pass->lex)->fragment_before_cue;

	memset(&who, 0, sizeof(who));
	pass->names.block = (long)block;
	spans->count = 0;
	pass->cursor_byte = 0;
	pass->cursor_cp = 0;
	if ((error = newsdoc__quote_marks_scan(spans, text, len, pass->conv)) != 0)
		return error;
	if (spans->count == 0)
		return plain_block(pass, block, text, len);
	if ((error = newsdoc__quote_tokenize(pass->lex, &pass->tokens, text, len)) != 0 ||
		(error = newsdoc__quote_names_learn(&pass->names, text, &pass->tokens)) != 0)
		return error;
	if ((error = continue_pending(pass, text, &used, &open_still)) != 0 || open_still)
		return error;
	newsdoc__work_charge(spans->count);
	for (k = used; k < spans->count && !error && !newsdoc__work_exceeded(); k++) {
		const quote_mark_span *span = &spans->items[k];
		quote_attribution attr, weak;
		int weak_done = 0;
		const speaker_info *carried;
		/* At the paragraph's start, or right after the cue of the
		 * quotation before: a quotation, whatever its length. */
		int starts_para = only_filler(&pass->tokens, emitted_here ? last_end : 0, span->open);
		size_t words = words_in(&pass->tokens, span->start, span->end), end_byte = span->end;
		long start_cp;
		int goes_on;

		newsdoc__quote_attribute(&attr, pass->lex, text, &pass->tokens, spans, k);
		carried = starts_para || emitted_here ? carried_speaker(pass, block) : NULL;
		/* "„…“, sagte der Papst. Sein Bruder Georg war eingeweiht.
		 * „…“": in a verb-second language, a sentence of its own since
		 * the last quotation's cue names the next speaker when its
		 * subject is found (the weak speaker) */
		if (carried && !starts_para && newsdoc__quote_lexicon_lang(pass->lex)->verb_second &&
			!(attr.found && attr.speaker_end > attr.speaker_start) &&
			sentence_between(&pass->tokens, last_end, span->open)) {
			memset(&weak, 0, sizeof(weak));
			newsdoc__quote_weak_speaker(&weak, pass->lex, text, &pass->tokens, spans, k);
			/* the answer the branch below wants, unless that one
			 * starts from a dropped subject */
			weak_done = !(attr.found && attr.subject_dropped);
			if (weak.speaker_end > weak.speaker_start)
				carried = NULL;
		}
		if (attr.found && attr.speaker_end > attr.speaker_start)
			error = speaker_from(&who, text, &attr);
		else if (carried)
			error = speaker_copy(&who, carried);
		else {
			if (!weak_done) {
				memset(&weak, 0, sizeof(weak));
				weak.subject_dropped = attr.found && attr.subject_dropped;
				newsdoc__quote_weak_speaker(&weak, pass->lex, text, &pass->tokens, spans, k);
			}
			/* "«…», añadió." with no sentence before it in the
			 * paragraph: the last speaker, when that was just before. */
			if (weak.subject_dropped && weak.speaker_end == weak.speaker_start &&
				(carried = carried_speaker(pass, block)) != NULL)
				error = speaker_copy(&who, carried);
			else if (weak.subject_dropped && weak.speaker_end == weak.speaker_start &&
				starts_para && !emitted_here)
				error = previous_subject(pass, block, &who);
			else
				error = speaker_from(&who, text, &weak);
			if (!error && attr.found && !who.cue && attr.cue_end > attr.cue_start &&
				!(who.cue = newsdoc__strndup(text + attr.cue_start, attr.cue_end - attr.cue_start)))
				error = newsdoc__error_oom();
		}
		if (error)
			break;
		if (!span->closed) {
			/* Runs to the end of the paragraph: the first paragraph of a
			 * longer quotation, or a quotation its cue introduced. */
			if (starts_para || attr.found)
				error = start_pending(pass, text, span, block, &who);
			break;
		}
		/* "(etwa: „…“)", "mit dem „Deutschlandfunk“": a name */
		if (newsdoc__quote_names_a_thing(pass->lex, text, &pass->tokens, span))
			continue;
		/* "…,” he said. But “b.”" / "says “a” because “b.”": right
		 * after a quotation just taken, with at most one word of its
		 * own before it, a quotation without a cue goes on with the
		 * same speaker (carried_speaker gave it). */
		goes_on = !attr.found && !starts_para && attr.words_before <= 1 && k > 0 &&
			last_taken == (long)k - 1 && pass->last_block == (long)block && pass->last.speaker &&
			words_in(&pass->tokens, spans->items[k - 1].close, span->open) <= CONTINUE_MAX_GAP;
		/* Words quoted inside a sentence with no cue: reported speech
		 * with a partial quotation, not a direct quote. */
		if (!attr.found && !starts_para && attr.words_before > 0 && !goes_on &&
			!attr.fragment_cue)
			continue;
		/* Scare quotes and terms: a few words inside a sentence, unless a
		 * cue stands right before them, the quotation opens the
		 * sentence its cue follows (or, in a language whose corpora
		 * count partial quotes, stands anywhere before that cue:
		 * fragment_before_cue), it is introduced (see introduced),
		 * or the cue's clause names the words as chanted, shouted or
		 * read out (attr.utterance: quotes at any length, titles too),
		 * or a naming verb's clause gives them as its subject's words
		 * (attr.named: „Gesindel“, a „beschämenden Deal“). */
		if (words <= SCARE_MAX_WORDS && !starts_para &&
			!(introduced(text, &pass->tokens, span) &&
			(who.speaker || after_colon(&pass->tokens, span))) &&
			!(attr.found && (attr.after ? attr.words_before == 0 || fragment_before_cue :
			attr.adjacent)) &&
			!attr.utterance && !attr.named && !goes_on && !attr.fragment_cue)
			continue;
		if (!attr.found && starts_para && words < 2)
			continue;
		/* after a colon too, when no cue word is there (the colon alone
		 * is no cue) and the words make no sentence ("Sein erstes Werk
		 * entstand 1970: „Le Grand Macabre“.") */
		if (looks_like_title(newsdoc__quote_lexicon_lang(pass->lex), text, &pass->tokens, span) &&
			!(after_colon(&pass->tokens, span) && ((attr.found && attr.cue_end > attr.cue_start) ||
			strchr(".!?", text[span->end - 1]))) &&
			!(attr.found && attr.after && attr.words_before == 0) && !attr.utterance && !attr.named &&
			attr.fragment_cue != QUOTE_FRAGMENT_NAMED)
			continue;
		quote_text.len = 0;
		newsdoc__sb_put(&quote_text, text + span->start, span->end - span->start);
		start_cp = cp_at(pass, text, span->start);
		if (attr.found && attr.after)
			k = join_split(pass, &quote_text, text, k, &attr, &end_byte);
		if (quote_text.failed) {
			error = newsdoc__error_oom();
			break;
		}
		error = emit(pass, quote_text.ptr, &who, block, span->open, start_cp,
			cp_at(pass, text, end_byte));
		emitted_here = 1;
		last_taken = (long)k;
		last_end = attr.found && attr.after ? attr.sentence_end : spans->items[k].close;
	}
	newsdoc__sb_free(&quote_text);
	speaker_clear(&who);
	if (!error && !pass->pending.active)
		error = note_intro(pass, block, text);
	return error;
}

/* A blockquote with no marks whose last line names its source. */
static int pull_quote(quote_pass *pass, size_t block, const char *text, size_t len)
{
	quote_headline pull;
	speaker_info who;
	char *quote;
	int error;

	if ((error = newsdoc__quote_tokenize(pass->lex, &pass->tokens, text, len)) != 0)
		return error;
	newsdoc__quote_pull_quote(&pull, pass->lex, text, &pass->tokens);
	if (!pull.found)
		return 0;
	if (!(quote = newsdoc__strndup(text + pull.start, pull.end - pull.start)))
		return newsdoc__error_oom();
	memset(&who, 0, sizeof(who));
	pass->cursor_byte = 0;
	pass->cursor_cp = 0;
	if (!(error = speaker_from(&who, text, &pull.attr)))
		error = emit(pass, quote, &who, block, pull.start, cp_at(pass, text, pull.start),
			cp_at(pass, text, pull.end));
	newsdoc__free(quote);
	speaker_clear(&who);
	return error;
}

/*
 * The headline is no body block, but headlines quote ("Trump: ‘We Will
 * Win.’"): its quotation comes first, with no block or offsets (-1), its
 * speaker as the headline names it. It leaves the body's state alone.
 */
static int title_quote(quote_pass *pass, const char *title)
{
	quote_headline headline;
	speaker_info who;
	char *text;
	int error;

	if (!title || !*title || pass->max_quotes == 0)
		return 0;
	if ((error = newsdoc__quote_tokenize(pass->lex, &pass->tokens, title, strlen(title))) != 0)
		return error;
	newsdoc__quote_headline(&headline, pass->lex, title, &pass->tokens);
	if (!headline.found)
		return 0;
	memset(&who, 0, sizeof(who));
	if (!(text = newsdoc__strndup(title + headline.start, headline.end - headline.start)))
		return newsdoc__error_oom();
	if (!(error = speaker_from(&who, title, &headline.attr)) &&
		!(error = newsdoc_document_add_quote(&pass->title_quote, pass->doc, text)) &&
		!(who.speaker && (error = newsdoc_quote_set_speaker(pass->title_quote, who.speaker))) &&
		!(who.cue && (error = newsdoc_quote_set_cue(pass->title_quote, who.cue))))
		pass->added++;
	newsdoc__free(text);
	if (!error && who.pronoun)
		pass->title_quote = NULL;  /* a pronoun in a headline names nobody */
	speaker_clear(&who);
	return error;
}

/* The headline's speaker, once the body has named people ("Kasich" is
 * "John Kasich"). */
static int resolve_title_speaker(quote_pass *pass)
{
	const char *speaker = pass->title_quote ? newsdoc_quote_speaker(pass->title_quote) : NULL;
	const char *resolved = speaker ? newsdoc__quote_names_resolve(&pass->names, speaker) : NULL;

	return resolved ? newsdoc_quote_set_speaker_resolved(pass->title_quote, resolved) : 0;
}

int newsdoc__quotes_extract(newsdoc_document *doc, const newsdoc_parse_options *opts)
{
	quote_pass pass;
	const quote_lang *lang, *tagged;
	const char *tag;
	size_t i, count;
	int error = 0;

	if (!doc)
		return newsdoc__error_arg("newsdoc__quotes_extract", "doc");
	memset(&pass, 0, sizeof(pass));
	pass.doc = doc;
	pass.max_quotes = opts && opts->max_quotes ? opts->max_quotes : DEFAULT_MAX_QUOTES;
	pass.by_sentence = opts && (opts->flags & NEWSDOC_PARSE_QUOTES_BY_SENTENCE);
	lang = newsdoc__quote_lang_of(doc);
	tag = newsdoc_document_language(doc);
	tagged = newsdoc__quote_lang_by_tag(tag);
	pass.lex = newsdoc__quote_lexicon_for(lang);
	pass.names.lex = pass.lex;
	/* The tag says more about the marks than the table ("de-CH" writes
	 * « »), unless the text's own language overrode it. */
	pass.conv = tagged && tagged != lang ? lang->convention :
		newsdoc__quote_convention(tag, lang->convention);
	pass.last_block = pass.last_person_block = pass.intro_block = -1;
	newsdoc__quote_token_list_init(&pass.tokens, pass.token_buffer, TOKEN_BUFFER);
	error = title_quote(&pass, newsdoc_document_title(doc));
	count = newsdoc_document_block_count(doc);
	for (i = 0; i < count && !error && pass.added < pass.max_quotes && !newsdoc__work_exceeded(); i++) {
		const newsdoc_block *block = newsdoc_document_block_at(doc, i);
		if (!quotable(block)) {
			if (!(error = flush_pending(&pass)))
				continue;
			break;
		}
		error = process_block(&pass, i, newsdoc_block_text(block), newsdoc_block_text_len(block));
		if (!error && pass.spans.count == 0 && newsdoc_block_type(block) == NEWSDOC_BLOCK_BLOCKQUOTE)
			error = pull_quote(&pass, i, newsdoc_block_text(block), newsdoc_block_text_len(block));
	}
	if (!error)
		error = flush_pending(&pass);
	if (!error)
		error = resolve_title_speaker(&pass);
	newsdoc__sb_free(&pass.pending.text);
	speaker_clear(&pass.pending.who);
	speaker_clear(&pass.last);
	speaker_clear(&pass.intro);
	newsdoc__quote_names_free(&pass.names);
	newsdoc__quote_token_list_free(&pass.tokens);
	newsdoc__quote_span_list_free(&pass.spans);
	return error;
}
