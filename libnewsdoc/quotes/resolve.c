/*
 * Speaker resolution: "Smith" and "Mr. Smith" become "John Smith" when the
 * article named exactly one John Smith before; a pronoun becomes the last
 * named speaker, or a person named after that speaker and before the
 * pronoun's block (the driver decides how far back). An ambiguous surname
 * (two Smiths) resolves to nothing rather than to a guess.
 */
#include <string.h>
#include <strings.h>

#include "quotes_impl.h"
#include "../text/text_util.h"

/* A word that stands before a name and is no part of it ("Sen.", "the"). */
static int is_title(const quote_token *tok)
{
	return (tok->lex & QLEX_TITLE) || tok->word_class == QW_DETERMINER;
}

/* Enough for any article; beyond it a page is not an article and names
 * stop being learnt, which keeps the work linear. */
#define MAX_NAMES 512

/* The last word of a mention, without its possessive. */
static void last_word(const char *s, size_t n, const char **word, size_t *word_len)
{
	size_t end = newsdoc__quote_strip_possessive(s, n), start = end;

	while (start > 0 && s[start - 1] != ' ')
		start--;
	*word = s + start;
	*word_len = end - start;
}

/* Another mention of a name known already: it is the nearest now. */
static void mention(quote_names *names, quote_name *name, size_t pos, quote_lex_flags sex)
{
	if (sex && !name->sex)
		name->sex = sex;
	if (name->block != names->block) {
		name->prev_block = name->block;
		name->prev_seen = name->seen;
		name->prev_block_pos = name->block_pos;
		name->block_pos = pos;
	}
	name->block = names->block;
	name->seen = ++names->mentions;
}

static int add_name(quote_names *names, const char *s, size_t pos, size_t n, size_t words,
	int after_determiner, quote_lex_flags sex)
{
	uint32_t hash = newsdoc__hash_bytes(s, n);
	quote_name *name;
	const char *lw;
	size_t i;

	for (i = 0; i < names->count; i++)
		if (names->items[i].hash == hash && names->items[i].len == n &&
			!memcmp(names->items[i].text, s, n)) {
			mention(names, &names->items[i], pos, sex);
			names->items[i].after_determiner &= after_determiner;
			return 0;
		}
	if (names->count >= MAX_NAMES)
		return 0;
	if (names->count == names->cap) {
		size_t cap = names->cap ? names->cap * 2 : 16;
		quote_name *items = newsdoc__realloc(names->items, cap * sizeof(*items));
		if (!items)
			return newsdoc__error_oom();
		names->items = items;
		names->cap = cap;
	}
	name = &names->items[names->count];
	if (!(name->text = newsdoc__strndup(s, n)))
		return newsdoc__error_oom();
	name->len = n;
	name->hash = hash;
	last_word(name->text, n, &lw, &name->last_len);
	name->last = (size_t)(lw - name->text);
	name->block = name->prev_block = -1;
	name->block_pos = name->prev_block_pos = 0;
	name->pronoun[0] = '\0';
	name->after_determiner = after_determiner;
	name->words = words;
	name->sex = 0;
	mention(names, name, pos, sex);
	names->count++;
	return 0;
}

/* The QLEX_* flags of the word at bytes start..end; a block without
 * quotations is tokenized without looking its lower-case words up, so
 * the words before a name are looked up here. */
static quote_lex_flags word_flags(const quote_lexicon *lex, const char *text, size_t start,
	size_t end)
{
	char folded[QUOTE_LEX_MAX_WORD + 1];
	size_t n;

	if (!lex || end <= start || (n = newsdoc__quote_fold(folded, text + start, end - start)) == 0)
		return 0;
	return newsdoc__quote_lex_exact(lex, folded, n);
}

/* The word at bytes start..end is a determiner ("the", "die"). */
static int follows_determiner(const quote_lexicon *lex, const char *text, size_t start,
	size_t end)
{
	return (word_flags(lex, text, start, end) & QLEX_DETERMINER) != 0;
}

/* The sex a title before a name gives ("Ministerin Anna Roth"), or a
 * role noun opening a name of three words or more ("Verbandschefin
 * Anna Roth"); 0: none. */
static quote_lex_flags sex_of_run(const quote_lexicon *lex, const quote_name_scan *scan,
	const char *text)
{
	char folded[QUOTE_LEX_MAX_WORD + 1];
	const quote_lang *lang;
	size_t n;

	if (scan->sex)
		return scan->sex;
	if (!lex || scan->count < 3 || !(lang = newsdoc__quote_lexicon_lang(lex))->female_suffixes ||
		(n = newsdoc__quote_fold(folded, text + scan->start, scan->first_end - scan->start)) == 0)
		return 0;
	if (lang->female_suffix_names && newsdoc__word_in_table(lang->female_suffix_names, folded, n))
		return 0;
	return newsdoc__quote_suffix_of(folded, n, lang->female_suffixes, 3) ? QLEX_FEMALE : 0;
}

/* "Mr. Doe" after "John Doe": a title on a surname alone tells the sex of
 * the one full name learnt with that surname (two Does: of neither). */
static void surname_sex(quote_names *names, const char *surname, size_t n,
	quote_lex_flags sex)
{
	quote_name *found = NULL;
	size_t i;

	for (i = 0; i < names->count; i++) {
		quote_name *name = &names->items[i];
		if (name->last_len != n || memcmp(name->text + name->last, surname, n) != 0)
			continue;
		if (found)
			return;
		found = name;
	}
	if (found && !found->sex)
		found->sex = sex;
}

/*
 * Runs of two to four capitalised words, titles left out, fed one token at
 * a time so that a block needs no token list of its own: a run starts at a
 * capitalised word of no class that is not a title, takes up to five such
 * words and ends after a possessive ("Smith's").
 */
static int scan_close(quote_names *names, quote_name_scan *scan, const char *text)
{
	size_t n = scan->end - scan->start;
	int error = 0;

	if (scan->count >= 2 && scan->count <= 4)
		error = add_name(names, text + scan->start, scan->start,
			newsdoc__quote_strip_possessive(text + scan->start, n), scan->count,
			scan->after_determiner, sex_of_run(names->lex, scan, text));
	else if (scan->count == 1 && scan->sex)
		surname_sex(names, text + scan->start,
			newsdoc__quote_strip_possessive(text + scan->start, n), scan->sex);
	scan->count = 0;
	return error;
}

int newsdoc__quote_names_feed(quote_names *names, quote_name_scan *scan, const char *text,
	const quote_token *tok)
{
	int error;
	int word = tok->kind == QTOK_WORD && tok->cap && tok->word_class == QW_NONE;
	size_t n = tok->end - tok->start;
	quote_name_scan before = *scan;

	scan->prev2_start = scan->prev_start;
	scan->prev2_end = scan->prev_end;
	scan->prev_start = scan->prev_end = 0;
	scan->prev_lower = 0;
	if (tok->kind == QTOK_WORD) {
		scan->prev_start = tok->start;
		scan->prev_end = tok->end;
		scan->prev_lower = !tok->cap;
	}

	if (scan->count > 0) {
		if (word && scan->count < 5) {
			scan->count++;
			scan->end = tok->end;
			return newsdoc__quote_strip_possessive(text + tok->start, n) != n ? scan_close(names, scan, text) : 0;
		}
		if ((error = scan_close(names, scan, text)) != 0)
			return error;
	}
	if (!word || is_title(tok))
		return 0;
	scan->count = 1;
	scan->first_end = tok->end;
	/* A title right before the run that says whether a woman or a man
	 * is named; titles are capitalised words, looked up already. */
	scan->sex = 0;
	if (before.prev_end > before.prev_start && !before.prev_lower) {
		quote_lex_flags prev = word_flags(names->lex, text, before.prev_start, before.prev_end);
		if (prev & QLEX_TITLE)
			scan->sex = prev & (QLEX_FEMALE | QLEX_MALE);
	}
	/* A determiner right before the run, or before one lower-case word
	 * (an adjective) before it. */
	scan->after_determiner = follows_determiner(names->lex, text, before.prev_start, before.prev_end) ||
		(before.prev_lower &&
			follows_determiner(names->lex, text, before.prev2_start, before.prev2_end));
	scan->start = tok->start;
	scan->end = tok->end;
	return newsdoc__quote_strip_possessive(text + tok->start, n) != n ? scan_close(names, scan, text) : 0;
}

int newsdoc__quote_names_finish(quote_names *names, quote_name_scan *scan, const char *text)
{
	return scan->count > 0 ? scan_close(names, scan, text) : 0;
}

int newsdoc__quote_names_learn(quote_names *names, const char *text,
	const quote_token_list *tokens)
{
	quote_name_scan scan = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
	size_t i;
	int error;

	for (i = 0; i < tokens->count; i++)
		if ((error = newsdoc__quote_names_feed(names, &scan, text, &tokens->items[i])) != 0)
			return error;
	return newsdoc__quote_names_finish(names, &scan, text);
}

const char *newsdoc__quote_names_resolve(const quote_names *names, const char *speaker)
{
	const char *word, *found = NULL;
	size_t word_len, i;

	if (!speaker)
		return NULL;
	last_word(speaker, strlen(speaker), &word, &word_len);
	/* "the representative" is a description; "pollster Frank Luntz" and
	 * "Smith" end in a name. */
	if (word_len < 2 || ((unsigned char)word[0] < 0x80 && (word[0] < 'A' || word[0] > 'Z')))
		return NULL;
	for (i = 0; i < names->count; i++) {
		const quote_name *name = &names->items[i];
		if (name->last_len == word_len && !memcmp(name->text + name->last, word, word_len)) {
			if (found && strcmp(found, name->text) != 0) {
				/* Two people share the surname: is one the mention itself? */
				if (strstr(speaker, name->text))
					found = name->text;
				else if (!strstr(speaker, found))
					return NULL;
				continue;
			}
			found = name->text;
		}
	}
	return found;
}

int newsdoc__quote_names_set_last(quote_names *names, const char *full_name)
{
	char *copy = NULL;

	if (full_name && !(copy = newsdoc__strdup(full_name)))
		return newsdoc__error_oom();
	if (!copy || !names->last_person || strcmp(copy, names->last_person) != 0)
		names->last_pronoun[0] = '\0';
	newsdoc__free(names->last_person);
	names->last_person = copy;
	return 0;
}

/* A pronoun folded to lower case into out (sizeof last_pronoun); 0 when it
 * does not fit. */
static size_t fold_pronoun(char out[8], const char *pronoun)
{
	char folded[QUOTE_LEX_MAX_WORD + 1];
	size_t n = strlen(pronoun);

	if (n >= 8 || (n = newsdoc__quote_fold(folded, pronoun, n)) == 0 || n >= 8)
		return 0;
	memcpy(out, folded, n);
	out[n] = '\0';
	return n;
}

/* A word of the cue has a plural verb's ending ("sagten", "haben"). */
static int plural_cue(const quote_lang *lang, const char *cue)
{
	char folded[QUOTE_LEX_MAX_WORD + 1];
	size_t start = 0, end, n;

	if (!cue || !lang->plural_endings)
		return 0;
	while (cue[start]) {
		for (end = start; cue[end] && cue[end] != ' '; end++)
			;
		n = newsdoc__quote_fold(folded, cue + start, end - start);
		if (n > 0 && newsdoc__quote_suffix_of(folded, n, lang->plural_endings, 3))
			return 1;
		start = cue[end] ? end + 1 : end;
	}
	return 0;
}

/* A name whose last word (`last`, n bytes) ends no organisation's or
 * place's name ("City Council", "New York Times"). */
static int not_organisation(const quote_lexicon *lex, const char *last, size_t n)
{
	char folded[QUOTE_LEX_MAX_WORD + 1];

	n = newsdoc__quote_fold(folded, last, n);
	return n == 0 || !(newsdoc__quote_lex_exact(lex, folded, n) & QLEX_ORGANISATION);
}

/* A name whose first word opens no organisation's name ("Gewerkschaft
 * Verdi", "Deutsche Bahn"). */
static int not_organisation_head(const quote_lexicon *lex, const char *name)
{
	size_t n = 0;

	while (name[n] && name[n] != ' ')
		n++;
	return !(word_flags(lex, name, 0, n) & QLEX_ORGANISATION_HEAD);
}

/* A full name that is a person's: no organisation, and no noun after a
 * determiner ("the White House", "die Insel Bali"). */
static int person_name(const quote_lexicon *lex, const quote_name *name)
{
	if (name->after_determiner && name->words < 3)
		return 0;
	return not_organisation(lex, name->text + name->last, name->last_len) &&
		not_organisation_head(lex, name->text);
}

/* The sex of a learnt name: from a title before a mention of it, else
 * from its given name (lang.h); 0 when neither tells. Looked up only for
 * a pronoun, so learning names costs nothing more. */
static quote_lex_flags name_sex(const quote_lexicon *lex, const quote_name *name)
{
	const quote_lang *lang = newsdoc__quote_lexicon_lang(lex);
	size_t n = 0;

	if (name->sex)
		return name->sex;
	while (name->text[n] && name->text[n] != ' ')
		n++;
	if (lang->female_given_names && newsdoc__word_in_table(lang->female_given_names, name->text, n))
		return QLEX_FEMALE;
	if (lang->male_given_names && newsdoc__word_in_table(lang->male_given_names, name->text, n))
		return QLEX_MALE;
	return 0;
}

/* A name a title or given name gave the other sex than the pronoun's
 * (pronoun_sex: QLEX_FEMALE, QLEX_MALE or 0). */
static int other_sex(const quote_lexicon *lex, const quote_name *name,
	quote_lex_flags pronoun_sex)
{
	quote_lex_flags sex;

	return pronoun_sex && (sex = name_sex(lex, name)) != 0 && sex != pronoun_sex;
}

/* A full name that is an organisation's or a place's ("City Council",
 * "Gewerkschaft Verdi"). */
static int organisation_name(const quote_lexicon *lex, const char *name)
{
	const char *word;
	size_t word_len;

	last_word(name, strlen(name), &word, &word_len);
	return !not_organisation(lex, word, word_len) || !not_organisation_head(lex, name);
}

/* The pronoun (`kind` 1: an organisation's, 0: a person's of `sex`) may
 * stand for the full name `text`, learnt as `name` (NULL: not learnt). */
static int may_stand_for(const quote_lexicon *lex, const char *text, const quote_name *name,
	int organisation, quote_lex_flags sex)
{
	if (organisation)
		return organisation_name(lex, text);
	return !organisation_name(lex, text) && !(name && other_sex(lex, name, sex));
}

/*
 * "Soleimanis Lebensweg", "Gaddafis Stamm": two capitalised words whose
 * first is the genitive of a name the article gives ("Qassem Soleimani")
 * are a thing of that person's, not a person. Only a language that writes
 * its genitive onto the name (lang.h: genitive_suffixes) reads names so,
 * and only two-word runs whose first word has such an ending ("Thomas
 * Schaaf" stays a name: no learnt name ends in "Thoma"); in English
 * "Roberts Kane" is a man even when a "Tom Robert" was named.
 */
static int genitive_of_known_name(const quote_lang *lang, const quote_names *names,
	const quote_name *name)
{
	size_t first = 0, stem, i;
	const char *suffix;

	if (name->words != 2 || !lang->genitive_suffixes)
		return 0;
	while (name->text[first] && name->text[first] != ' ')
		first++;
	suffix = newsdoc__quote_suffix_of(name->text, first, lang->genitive_suffixes, 2);
	if (!suffix)
		return 0;
	stem = first - strlen(suffix);
	for (i = 0; i < names->count; i++) {
		const quote_name *other = &names->items[i];
		if (other != name && other->last_len == stem &&
			!memcmp(other->text + other->last, name->text, stem))
			return 1;
	}
	return 0;
}

/* The learnt name whose text is `text`, or NULL. */
static const quote_name *name_of(const quote_names *names, const char *text)
{
	size_t i;

	for (i = 0; i < names->count; i++)
		if (!strcmp(names->items[i].text, text))
			return &names->items[i];
	return NULL;
}

const char *newsdoc__quote_names_resolve_pronoun(const quote_names *names,
	const quote_lexicon *lex, const char *pronoun, const char *cue, long block,
	size_t open_byte, long reach, long last_person_block)
{
	char folded[8];
	const char *found = NULL;
	long found_block = -1;
	size_t found_seen = 0, n, i;
	quote_lex_flags flags, sex;
	const quote_lang *lang = newsdoc__quote_lexicon_lang(lex);
	int organisation;
	int in_block;

	if (!pronoun || (n = fold_pronoun(folded, pronoun)) == 0)
		return NULL;
	flags = newsdoc__quote_lex_exact(lex, folded, n);
	/* Only a pronoun for one person points at one ("he", "er"; "sie"
	 * with "sagte", not with "sagten"); "they" may point at one
	 * organisation instead. */
	organisation = lang->organisation_pronouns &&
		newsdoc__word_in_table(lang->organisation_pronouns, folded, n);
	if (!organisation && (!(flags & QLEX_SINGULAR) ||
		((flags & QLEX_PLURAL) && plural_cue(lang, cue))))
		return NULL;
	sex = flags & (QLEX_FEMALE | QLEX_MALE);
	if (names->last_person && last_person_block >= 0 && block - last_person_block <= reach &&
		(!names->last_pronoun[0] || !strcmp(folded, names->last_pronoun)) &&
		may_stand_for(lex, names->last_person, name_of(names, names->last_person),
			organisation, sex)) {
		found = names->last_person;
		found_block = last_person_block;
	}
	/* Only a language whose table lists organisation words can tell a
	 * person's name from an organisation's or a place's; elsewhere a
	 * pronoun stands for the last named speaker alone (French "il" went
	 * to the wrong names too often without such a table). */
	if (!lang->organisation_words)
		return found;
	in_block = lang->pronoun_in_block;
	/* A person named in a later block than the last speaker is nearer;
	 * the speaker wins a tie. In the pronoun's own block (a language
	 * with pronoun_in_block only) a name counts when first mentioned
	 * before the quotation's mark (one after it is no antecedent; a
	 * quotation over several blocks is emitted once the next block is
	 * learnt, and then its block's names are older): the latest such
	 * mention is the nearest. */
	for (i = 0; i < names->count; i++) {
		const quote_name *name = &names->items[i];
		int here = in_block && ((name->block == block && name->block_pos < open_byte) ||
			(name->prev_block == block && name->prev_block_pos < open_byte));
		long at = name->block < block ? name->block : here ? block : name->prev_block;
		size_t seen = name->block < block ? name->seen : !here ? name->prev_seen :
			name->block == block ? name->block_pos : name->prev_block_pos;

		if (at < 0 || (at == block && !here) || at > block || block - at > reach || at < found_block ||
			(at == found_block && (found == names->last_person || seen <= found_seen)))
			continue;
		if ((name->pronoun[0] && strcmp(name->pronoun, folded) != 0) ||
			!may_stand_for(lex, name->text, name, organisation, sex) ||
			(!organisation && (!person_name(lex, name) || genitive_of_known_name(lang, names, name))))
			continue;
		found = name->text;
		found_block = at;
		found_seen = seen;
	}
	return found;
}

void newsdoc__quote_names_note_pronoun(quote_names *names, const char *pronoun,
	const char *full_name)
{
	char folded[8];
	size_t i;

	if (fold_pronoun(folded, pronoun) == 0)
		return;
	if (names->last_person && !strcmp(full_name, names->last_person))
		strcpy(names->last_pronoun, folded);
	for (i = 0; i < names->count; i++)
		if (!strcmp(names->items[i].text, full_name)) {
			strcpy(names->items[i].pronoun, folded);
			break;
		}
}

void newsdoc__quote_names_free(quote_names *names)
{
	size_t i;

	for (i = 0; i < names->count; i++)
		newsdoc__free(names->items[i].text);
	newsdoc__free(names->items);
	newsdoc__free(names->last_person);
	memset(names, 0, sizeof(*names));
}
