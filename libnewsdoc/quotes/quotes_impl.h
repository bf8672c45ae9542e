/*
 * Shared by the quote finder's sources (libnewsdoc/quotes/): the quotation
 * mark scanner, the word tokenizer with its small lexicon, the attribution
 * rules and the speaker resolver. Nothing here leaves the library.
 */
#ifndef NEWSDOC_QUOTES_IMPL_H
#define NEWSDOC_QUOTES_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "quotes.h"
#include "lang.h"
#include "../util/str_set.h" /* newsdoc__hash_bytes: the lexicon's slots, the names' repeats */

/* ---- languages (lang.c, lexicon.c; the tables in lang_*.c) ---- */

/* The QLEX_* lists a word is in (below). */
typedef uint64_t quote_lex_flags;

#define QUOTE_LANG_COUNT 7
/* The table at index i (0: English, the default), or NULL past the end. */
const quote_lang *newsdoc__quote_lang_at(size_t i);

/* Longest word the lexicon holds, in bytes (longer tokens are not looked
 * up), and longest phrase. */
#define QUOTE_LEX_MAX_WORD 24
#define QUOTE_LEX_MAX_PHRASE 63

/* One language's word lists as a hash table (lexicon.c). */
typedef struct quote_lexicon quote_lexicon;

/* The lexicon of a table (built once per process, on first use). */
const quote_lexicon *newsdoc__quote_lexicon_for(const quote_lang *lang);
const quote_lang *newsdoc__quote_lexicon_lang(const quote_lexicon *lex);
/* QLEX_* flags of n bytes compared exactly (already folded). */
quote_lex_flags newsdoc__quote_lex_exact(const quote_lexicon *lex, const char *s, size_t n);
/* QPHRASE_* kinds of a folded phrase (words joined by one space). */
unsigned newsdoc__quote_lex_phrase_kinds(const quote_lexicon *lex, const char *folded, size_t n);
/* Copy n bytes folded to lower case (ASCII and Latin-1 capitals) into out
 * (room for QUOTE_LEX_MAX_WORD bytes); 0 when the word is longer. */
size_t newsdoc__quote_fold(char *out, const char *s, size_t n);
/* The first of `suffixes` that `word` ends in, with at least min_stem bytes
 * before it, or NULL. */
const char *newsdoc__quote_suffix_of(const char *word, size_t n, const char *const *suffixes,
	size_t min_stem);
/* A report verb's form that the list does not spell out (lang.h:
 * report_suffixes). `word` is folded, with room for one byte more. */
int newsdoc__quote_report_form(const quote_lexicon *lex, char *word, size_t n);

/* The table for a document: the one its title and body vote for (lang.c),
 * else its language tag's, else English. */
const quote_lang *newsdoc__quote_lang_of(const newsdoc_document *doc);

/* ---- quotation marks (marks.c) ---- */

/* The convention a language tag asks for; `fallback` when the tag says
 * nothing (no tag, or a language the list does not name). */
quote_convention newsdoc__quote_convention(const char *language, quote_convention fallback);

/* One outermost quotation in a block's text, in byte offsets. */
typedef struct quote_mark_span {
	size_t open;      /* the opening mark */
	size_t start;     /* the quoted text, white space inside the marks trimmed */
	size_t end;
	size_t close;     /* just after the closing mark; == end when unclosed */
	uint32_t opener;  /* code point of the opening mark */
	int closed;       /* 0: the block ended before a closing mark */
} quote_mark_span;

typedef struct quote_span_list {
	quote_mark_span *items;
	size_t count, cap;
} quote_span_list;

/* Find the outermost quotations of `text`. Nested quotes stay inside their
 * parent; only the last span may be unclosed. Returns 0 or NEWSDOC_ENOMEM. */
int newsdoc__quote_marks_scan(quote_span_list *out, const char *text, size_t len,
	quote_convention conv);
void newsdoc__quote_span_list_free(quote_span_list *list);

/* Decode one code point at `s` (len bytes left); sets *width (>= 1). */
uint32_t newsdoc__quote_decode(const char *s, size_t len, size_t *width);
/* The quotation mark at byte `pos` (its code point, '"' for two
 * apostrophes) and its width, or 0 when there is none. */
uint32_t newsdoc__quote_mark_at(const char *text, size_t len, size_t pos, size_t *width);
/* 1 for any code point that may open or close a quotation. */
int newsdoc__quote_is_mark(uint32_t cp);
/* A letter or digit of a script that spells names (tokens.c): what a
 * word is made of. */
int newsdoc__quote_letter_cp(uint32_t cp);

/* ---- words (tokens.c) ---- */

typedef enum quote_token_kind {
	QTOK_WORD = 0,
	QTOK_PUNCT,   /* one punctuation code point, or a run of dashes */
	QTOK_MARK     /* a quotation mark */
} quote_token_kind;

typedef struct quote_token {
	size_t start, end;   /* bytes in the block text */
	unsigned char kind;
	unsigned char cap;   /* a word that starts with a capital letter */
	unsigned char word_class;  /* quote_word_class, looked up once */
	uint32_t cp;         /* first code point (punctuation and marks) */
	quote_lex_flags lex; /* QLEX_* lists the word is in, looked up once */
} quote_token;

typedef struct quote_token_list {
	quote_token *items;
	size_t count, cap;
	int owned;  /* 0: items is the caller's buffer (never freed), or NULL */
} quote_token_list;

/* A list that starts in the caller's buffer of `cap` tokens (a stack
 * array: most paragraphs fit, so most blocks allocate nothing) and moves
 * to the heap only when a block needs more. */
static inline void newsdoc__quote_token_list_init(quote_token_list *list, quote_token *buffer,
	size_t cap)
{
	list->items = buffer;
	list->count = 0;
	list->cap = buffer ? cap : 0;
	list->owned = 0;
}

int newsdoc__quote_tokenize(const quote_lexicon *lex, quote_token_list *out, const char *text,
	size_t len);
/* The token at or after *pos (moved past it); 0 at the end of the text.
 * With `lower_too` 0 only capitalised words are looked up in the lexicon
 * (enough to learn names); the others keep QW_NONE and no lists. */
int newsdoc__quote_next_token(const quote_lexicon *lex, const char *text, size_t len, size_t *pos,
	quote_token *tok, int lower_too);
void newsdoc__quote_token_list_free(quote_token_list *list);
/* Index of the first of `count` tokens that starts at or after `byte`. */
size_t newsdoc__quote_token_at(const quote_token *tokens, size_t count, size_t byte);

/* Word classes, compared case-insensitively on the token's bytes. */
typedef enum quote_word_class {
	QW_NONE = 0,
	QW_REPORT,      /* said, says, told, added, wrote, stated, ... */
	QW_AUX,         /* has, had, would, will, was, is, ... before a verb */
	QW_ADVERB,      /* also, later, then, ... between subject and verb */
	QW_PRONOUN,     /* he, she, they, ... */
	QW_DETERMINER,  /* the, a, his, ... */
	QW_STOP         /* words that end a noun phrase going backwards */
} quote_word_class;

/* The word lists of the lexicon (lang.h, lexicon.c), one bit each; the
 * compiler numbers the bits, so that two lists never share one (two
 * branches once added a flag at the same hand-written bit). */
enum {
	QLEX_REPORT_BIT,
	QLEX_PRONOUN_BIT,
	QLEX_DETERMINER_BIT,
	QLEX_AUX_BIT,
	QLEX_ADVERB_BIT,
	QLEX_STOP_BIT,
	QLEX_GROUP_BIT,
	QLEX_TITLE_BIT,
	QLEX_SMALL_BIT,
	QLEX_ARTICLE_BIT,
	QLEX_CONNECTOR_BIT,
	QLEX_KICKER_BIT,
	QLEX_ABBREV_BIT,
	QLEX_UTTERANCE_BIT,
	QLEX_UTTERANCE_OF_BIT,
	QLEX_LINK_BIT,
	QLEX_JOINER_BIT,
	QLEX_RELATIVE_BIT,
	QLEX_COMPLEMENTIZER_BIT,
	QLEX_CLAUSE_OPENER_BIT,
	QLEX_VERB_PARTICLE_BIT,
	QLEX_PHRASE_HEAD_BIT,
	QLEX_UTTERANCE_LINK_BIT,
	QLEX_BYLINE_BIT,
	QLEX_FRONTED_BIT,
	QLEX_ACCORDING_POST_BIT,
	QLEX_SINGULAR_BIT,
	QLEX_PLURAL_BIT,
	QLEX_NAMING_BIT,
	QLEX_CUE_NOUN_BIT,
	QLEX_PARTICLE_VERB_BIT,
	QLEX_INVERTED_BIT,
	QLEX_REFLEXIVE_BIT,
	QLEX_IMPERSONAL_BIT,
	QLEX_NAMING_LINK_BIT,
	QLEX_SUBORDINATOR_BIT,
	QLEX_TERM_BIT,
	QLEX_ORGANISATION_BIT,
	QLEX_NOMINATIVE_BIT,
	QLEX_COORDINATOR_BIT,
	QLEX_PASSIVE_BIT,
	QLEX_AGENT_BIT,
	QLEX_ORGANISATION_HEAD_BIT,
	QLEX_FEMALE_BIT,
	QLEX_MALE_BIT,
	QLEX_OBLIQUE_BIT,
	QLEX_MONTH_BIT,
	QLEX_ORDINAL_BEFORE_BIT,
	QLEX_ACCORDING_CLAUSE_BIT,
	QLEX_SUBJUNCTIVE_BIT,
	QLEX_QUOTING_BIT,
	QLEX_ADJUNCT_PREP_BIT,
	QLEX_FOCUS_BIT,
	QLEX_FEMININE_OBLIQUE_BIT,
	QLEX_SINGULAR_DET_BIT,
	QLEX_BIT_COUNT
};
_Static_assert(QLEX_BIT_COUNT <= 64, "the QLEX_* flags are one 64-bit mask");

#define QLEX_REPORT            (UINT64_C(1) << QLEX_REPORT_BIT)  /* reporting verbs */
#define QLEX_PRONOUN           (UINT64_C(1) << QLEX_PRONOUN_BIT)
#define QLEX_DETERMINER        (UINT64_C(1) << QLEX_DETERMINER_BIT)
#define QLEX_AUX               (UINT64_C(1) << QLEX_AUX_BIT)
#define QLEX_ADVERB            (UINT64_C(1) << QLEX_ADVERB_BIT)
#define QLEX_STOP              (UINT64_C(1) << QLEX_STOP_BIT)
#define QLEX_GROUP             (UINT64_C(1) << QLEX_GROUP_BIT)  /* lowercase nouns that speak ("officials") */
#define QLEX_TITLE             (UINT64_C(1) << QLEX_TITLE_BIT)  /* a title before a name ("Sen.", "President") */
#define QLEX_SMALL             (UINT64_C(1) << QLEX_SMALL_BIT)  /* small words a title leaves in lower case */
#define QLEX_ARTICLE           (UINT64_C(1) << QLEX_ARTICLE_BIT)  /* a reporting verb after one is a noun */
#define QLEX_CONNECTOR         (UINT64_C(1) << QLEX_CONNECTOR_BIT)  /* inside a name ("van", "bin") */
#define QLEX_KICKER            (UINT64_C(1) << QLEX_KICKER_BIT)  /* headline labels ("The Latest:") */
#define QLEX_ABBREV            (UINT64_C(1) << QLEX_ABBREV_BIT)  /* keeps its period (exact case; tokens.c only) */
#define QLEX_UTTERANCE         (UINT64_C(1) << QLEX_UTTERANCE_BIT)  /* quoted words after it were uttered ("chanting") */
#define QLEX_UTTERANCE_OF      (UINT64_C(1) << QLEX_UTTERANCE_OF_BIT)  /* the same with "of" between ("chants of") */
#define QLEX_LINK              (UINT64_C(1) << QLEX_LINK_BIT)  /* goes on inside a mention ("of", "for") */
#define QLEX_JOINER            (UINT64_C(1) << QLEX_JOINER_BIT)  /* joins subjects ("and", "from") */
#define QLEX_RELATIVE          (UINT64_C(1) << QLEX_RELATIVE_BIT)  /* "who" */
#define QLEX_COMPLEMENTIZER    (UINT64_C(1) << QLEX_COMPLEMENTIZER_BIT)  /* "that" */
#define QLEX_CLAUSE_OPENER     (UINT64_C(1) << QLEX_CLAUSE_OPENER_BIT)  /* starts a clause, not a speaker */
#define QLEX_VERB_PARTICLE     (UINT64_C(1) << QLEX_VERB_PARTICLE_BIT)  /* "back", "out" after a verb */
#define QLEX_PHRASE_HEAD       (UINT64_C(1) << QLEX_PHRASE_HEAD_BIT)  /* first word of a phrase (QPHRASE_*) */
#define QLEX_UTTERANCE_LINK    (UINT64_C(1) << QLEX_UTTERANCE_LINK_BIT)  /* the "of" of "chants of" */
#define QLEX_BYLINE            (UINT64_C(1) << QLEX_BYLINE_BIT)  /* "by" after a title */
#define QLEX_FRONTED           (UINT64_C(1) << QLEX_FRONTED_BIT)  /* a verb that may open a sentence ("Said") */
#define QLEX_ACCORDING_POST    (UINT64_C(1) << QLEX_ACCORDING_POST_BIT)  /* "zufolge": after its speaker */
#define QLEX_SINGULAR          (UINT64_C(1) << QLEX_SINGULAR_BIT)  /* a pronoun for one person */
#define QLEX_PLURAL            (UINT64_C(1) << QLEX_PLURAL_BIT)  /* a pronoun for several */
#define QLEX_NAMING            (UINT64_C(1) << QLEX_NAMING_BIT)  /* "nannte", "bezeichnete": names quoted words */
#define QLEX_CUE_NOUN          (UINT64_C(1) << QLEX_CUE_NOUN_BIT)  /* "Worten", "Erklärung": a cue before a quotation */
#define QLEX_PARTICLE_VERB     (UINT64_C(1) << QLEX_PARTICLE_VERB_BIT)  /* the verb of a particle verb ("teilte") */
#define QLEX_INVERTED          (UINT64_C(1) << QLEX_INVERTED_BIT)  /* "dit-il": verb and pronoun in one */
#define QLEX_REFLEXIVE         (UINT64_C(1) << QLEX_REFLEXIVE_BIT)  /* "sich", "se": stays with its verb */
#define QLEX_IMPERSONAL        (UINT64_C(1) << QLEX_IMPERSONAL_BIT)  /* "es" of "heißt es": names no one */
#define QLEX_NAMING_LINK       (UINT64_C(1) << QLEX_NAMING_LINK_BIT)  /* "als" of "bezeichnete ihn als" */
#define QLEX_SUBORDINATOR      (UINT64_C(1) << QLEX_SUBORDINATOR_BIT)  /* "als", "wenn": a clause before the verb */
#define QLEX_TERM              (UINT64_C(1) << QLEX_TERM_BIT)  /* "sogenannte", "Begriff": quoted words are a term */
#define QLEX_ORGANISATION      (UINT64_C(1) << QLEX_ORGANISATION_BIT)  /* "Council", "GmbH": ends no person's name */
#define QLEX_NOMINATIVE        (UINT64_C(1) << QLEX_NOMINATIVE_BIT)  /* "er", "wir": only ever a subject */
#define QLEX_COORDINATOR       (UINT64_C(1) << QLEX_COORDINATOR_BIT)  /* "but", "pero": may open a sentence */
#define QLEX_PASSIVE           (UINT64_C(1) << QLEX_PASSIVE_BIT)  /* "wird", "worden": a passive's auxiliary */
#define QLEX_AGENT             (UINT64_C(1) << QLEX_AGENT_BIT)  /* "von", "durch": a passive's agent follows */
#define QLEX_ORGANISATION_HEAD (UINT64_C(1) << QLEX_ORGANISATION_HEAD_BIT)  /* "Gewerkschaft": opens no person's name */
#define QLEX_FEMALE            (UINT64_C(1) << QLEX_FEMALE_BIT)  /* "sie", "Frau", "Ministerin" */
#define QLEX_MALE              (UINT64_C(1) << QLEX_MALE_BIT)  /* "er", "Herr", "Minister" */
#define QLEX_OBLIQUE           (UINT64_C(1) << QLEX_OBLIQUE_BIT)  /* "dem", "den": opens no subject */
#define QLEX_MONTH             (UINT64_C(1) << QLEX_MONTH_BIT)  /* "Dezember": "14." before it is an ordinal */
#define QLEX_ORDINAL_BEFORE    (UINT64_C(1) << QLEX_ORDINAL_BEFORE_BIT)  /* "am", "zum": "am 14." is an ordinal */
#define QLEX_ACCORDING_CLAUSE  (UINT64_C(1) << QLEX_ACCORDING_CLAUSE_BIT)  /* "wie" of "wie X sagte" */
#define QLEX_SUBJUNCTIVE       (UINT64_C(1) << QLEX_SUBJUNCTIVE_BIT)  /* "sei", "habe": reported speech */
#define QLEX_QUOTING           (UINT64_C(1) << QLEX_QUOTING_BIT)  /* "zitierte": its object speaks */
#define QLEX_ADJUNCT_PREP      (UINT64_C(1) << QLEX_ADJUNCT_PREP_BIT)  /* "am" of "sagte am Montag X" */
#define QLEX_FOCUS             (UINT64_C(1) << QLEX_FOCUS_BIT)  /* "auch" of "Auch X hält …" */
#define QLEX_FEMININE_OBLIQUE  (UINT64_C(1) << QLEX_FEMININE_OBLIQUE_BIT)  /* "der" of "Der Zeitung sagte X" */
#define QLEX_SINGULAR_DET      (UINT64_C(1) << QLEX_SINGULAR_DET_BIT)  /* "ein": one thing, no plural verb */

/* Kinds of phrase entries (lang.h). */
enum {
	QPHRASE_ACCORDING = 1u << 0,        /* "according to", "laut" */
	QPHRASE_ACCORDING_AFTER = 1u << 1,  /* "so", after a quotation only */
	QPHRASE_CUE = 1u << 2,              /* "told reporters" */
	QPHRASE_PARTICLE = 1u << 3,         /* "teilte mit" */
	QPHRASE_ACCORDING_FRONTED = 1u << 4 /* "pour", opening a sentence only */
};

/* 1 when the token's bytes equal `word` (n bytes, lower case) ignoring
 * ASCII case; QUOTE_WORD_IS takes a string literal. */
int newsdoc__quote_word_is_n(const char *text, const quote_token *tok, const char *word, size_t n);
#define QUOTE_WORD_IS(text, tok, literal) \
	newsdoc__quote_word_is_n((text), (tok), "" literal, sizeof(literal) - 1)

/* Bytes of a word or mention without a trailing possessive ('s, ’s):
 * n when it has none. */
size_t newsdoc__quote_strip_possessive(const char *s, size_t n);

/* 1 for '.', '!' or '?' tokens, that end a sentence. */
int newsdoc__quote_sentence_end(const quote_token *tok);
/* The first token of the sentence whose last token is tok[e - 1]: the
 * one after the sentence end before it, or 0 at the block's start; `e`
 * when that is more than `reach` tokens back (bounds the walk). */
size_t newsdoc__quote_sentence_start(const quote_token *tok, size_t e, size_t reach);
/* 1 for a dash token (— – or --). */
int newsdoc__quote_is_dash(const quote_token *tok);

/* ---- attribution (attribution.c) ---- */

/* A speaker and cue found around a quotation: byte ranges in the block. */
typedef struct quote_attribution {
	size_t speaker_start, speaker_end;  /* speaker_end == speaker_start: none */
	size_t cue_start, cue_end;          /* cue_end == cue_start: none */
	const char *cue_literal;            /* a cue with no span in the text (":") */
	size_t consumed_end;                /* end of the speaker, cue and their punctuation */
	size_t sentence_end;                /* end of the sentence the cue is in */
	int found;                          /* 1 when a cue was found */
	int after;                          /* 1 when it follows the quotation */
	int pronoun;                        /* the speaker is a pronoun */
	int adjacent;                       /* a cue before ends at the mark */
	int named;                          /* a naming verb's clause holds the words
	                                     * ("nannte den Plan „gescheitert“") */
	int utterance;                      /* with a cue: the word before the mark names
	                                     * the words as chanted, read out ... */
	size_t words_before;                /* words before the mark in its clause */
	int fragment_cue;                   /* no cue of its own, but its sentence has
	                                     * a speech cue and no term word (lang.h's
	                                     * fragment_terms); QUOTE_FRAGMENT_NAMED:
	                                     * a naming verb after them names them
	                                     * ("als „…“ bezeichnet") */
	int subject_dropped;                /* a cue after the quotation with no subject
	                                     * ("«…», añadió."): lang.h's subject_drop */
} quote_attribution;

#define QUOTE_FRAGMENT_NAMED 2

/*
 * Look for the cue of the quotation at `spans[index]`: in the words that
 * follow it up to the end of the sentence, else in the clause before it.
 */
void newsdoc__quote_attribute(quote_attribution *out, const quote_lexicon *lex,
	const char *text,
	const quote_token_list *tokens, const quote_span_list *spans, size_t index);

/* Quotations joined by a conjunction ("„A“ und „B“, sagte X"): the
 * cue after the last of them, for the one at `index` that has none of its
 * own. 1 when found (then `found` and `adjacent` are set). */
int newsdoc__quote_coordinated_cue(quote_attribution *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens, const quote_span_list *spans, size_t index);

/* For a quotation without a cue: the subject of its sentence, or of the
 * short sentence just before it. Sets only the speaker, never `found`. */
void newsdoc__quote_weak_speaker(quote_attribution *out, const quote_lexicon *lex,
	const char *text,
	const quote_token_list *tokens, const quote_span_list *spans, size_t index);

/* The subject of the last sentence of a paragraph, when it names one at
 * any length ("El representante de Irán, Amir Iravani, ha afirmado …"):
 * the speaker of a quotation opening the next paragraph whose cue left
 * its subject out ("«…», denunció."). */
void newsdoc__quote_last_subject(quote_attribution *out, const quote_lexicon *lex,
	const char *text, const quote_token_list *tokens);

/* The last sentence of `text` ends with a colon and names a speaker:
 * a paragraph that introduces a quotation in the next one. */
void newsdoc__quote_intro_attribute(quote_attribution *out, const quote_lexicon *lex,
	const char *text,
	const quote_token_list *tokens);

/* A quotation in a headline ("Trump: ‘We Will Win.’", "‘Quoted,’ Smith
 * Says"), where single marks quote too: bytes of the title. */
typedef struct quote_headline {
	int found;
	size_t start, end;        /* the quoted text */
	quote_attribution attr;   /* its speaker and cue */
} quote_headline;

void newsdoc__quote_headline(quote_headline *out, const quote_lexicon *lex,
	const char *text,
	const quote_token_list *tokens);

/* A pull quote (pull_quote.c): a blockquote block with no marks whose last
 * line is a name ("… ambitions. Jean Dupont, ministre"); the quotation and
 * its speaker in the same shape as a headline's. */
void newsdoc__quote_pull_quote(quote_headline *out, const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens);

/* A quotation that names something (a translation or short form after a
 * label and a colon, one capitalised word after an article; name_quote.c),
 * not words somebody said. */
/* The word token `t` is one of `words` (a lang.h list, lower case; NULL:
 * none); name_quote.c. For the rules that run once per quotation. */
int newsdoc__quote_word_is(const char *const *words, const char *text, const quote_token *t);
/* A capitalised word that ends like a common noun ("Gelassenheit",
 * lang.h common_noun_suffixes) and ends no organisation's name: no
 * name's or title's word. */
int newsdoc__quote_common_noun(const quote_lang *lang, const char *text, const quote_token *t);
int newsdoc__quote_names_a_thing(const quote_lexicon *lex, const char *text,
	const quote_token_list *tokens, const quote_mark_span *span);

/* ---- speakers (resolve.c) ---- */

/* Full names (two or more capitalised words) the article has named. */
typedef struct quote_name {
	char *text;
	size_t len;
	size_t last, last_len;  /* its last word: offset and bytes */
	uint32_t hash;          /* of the whole name, to find repeats fast */
	/* Its last mention (block and order among all mentions) and the last
	 * one in an earlier block, -1: none; a pronoun in block b looks at
	 * mentions before b, as a name later in b's text is no antecedent. */
	long block, prev_block;
	size_t seen, prev_seen;
	/* The byte where the first mention in `block` starts: a pronoun after
	 * it in the same block may stand for it ("Der Minister, Karl Roth,
	 * verteidigte … Er sagte: „…“"). prev_block_pos is the same for
	 * prev_block: a quotation running on into the next block is resolved
	 * once that block is learnt, which may name the person again. */
	size_t block_pos, prev_block_pos;
	char pronoun[8];        /* the pronoun that resolved to it, "": none */
	/* Every mention followed a determiner ("the White House", "die Insel
	 * Bali", "der Zweiten Weltkrieg"): a thing or place, or in German a
	 * noun before a name, unless a title-like word and a name make three
	 * words ("die Schriftstellerin Kathrin Passig"). */
	int after_determiner;
	size_t words;
	/* QLEX_FEMALE or QLEX_MALE when a title before a mention said so
	 * ("Ministerin Anna Roth"), 0: not known. */
	quote_lex_flags sex;
} quote_name;

typedef struct quote_names {
	quote_name *items;
	size_t count, cap;
	char *last_person;   /* the resolved name of the last named speaker */
	char last_pronoun[8];  /* "he" or "she" once resolved to last_person */
	long block;          /* the block being learnt (the driver sets it) */
	const quote_lexicon *lex;  /* to tell determiners (the driver sets it) */
	size_t mentions;     /* names seen so far, to order mentions */
} quote_names;

/* Remember the names in a block's text (before its quotes are resolved). */
int newsdoc__quote_names_learn(quote_names *names, const char *text,
	const quote_token_list *tokens);
/* The same a token at a time (newsdoc__quote_next_token), then finish
 * once at the end of the block. */
typedef struct quote_name_scan {
	size_t count;        /* words in the current run, 0: none */
	size_t start, end;   /* its bytes */
	int after_determiner;  /* the run follows a determiner */
	/* The last two tokens' bytes when words (0 0: none), and whether the
	 * last was in lower case: "der sardischen Hauptstadt Cagliari". */
	size_t prev_start, prev_end, prev2_start, prev2_end;
	int prev_lower;
	size_t first_end;    /* the end of the run's first word */
	quote_lex_flags sex;  /* QLEX_FEMALE or QLEX_MALE from a title before the run */
} quote_name_scan;
int newsdoc__quote_names_feed(quote_names *names, quote_name_scan *scan, const char *text,
	const quote_token *tok);
int newsdoc__quote_names_finish(quote_names *names, quote_name_scan *scan, const char *text);
/* The full name for a speaker mention, or NULL; the result is borrowed. */
const char *newsdoc__quote_names_resolve(const quote_names *names, const char *speaker);
/*
 * The person a pronoun speaker in `block` stands for: the last named
 * speaker (at `last_person_block`, -1: none) or, when a full name was
 * mentioned after it, the nearest person named before the quotation (in
 * its block before byte `open_byte`, or in an earlier one), at most
 * `reach` blocks back. Only the language's singular pronouns resolve (one
 * that is plural as well not with a plural verb in `cue`), and never to a
 * person another pronoun ("she" after "he") resolved to. NULL: nobody;
 * the result is borrowed.
 */
const char *newsdoc__quote_names_resolve_pronoun(const quote_names *names,
	const quote_lexicon *lex, const char *pronoun, const char *cue, long block,
	size_t open_byte, long reach, long last_person_block);
int newsdoc__quote_names_set_last(quote_names *names, const char *full_name);
/* A pronoun resolved to `full_name`: later pronouns must agree. */
void newsdoc__quote_names_note_pronoun(quote_names *names, const char *pronoun,
	const char *full_name);
void newsdoc__quote_names_free(quote_names *names);

#endif
