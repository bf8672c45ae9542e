/*
 * Words around quotations: a tokenizer that keeps names whole ("Seong-ho",
 * "O'Rourke", "Sen.", "J.") and the small English lexicon the attribution
 * rules need (reporting verbs in their forms, pronouns, determiners).
 */
#include <pthread.h>
#include <string.h>

#include "quotes_impl.h"
#include "../work.h"

static int is_letter_cp(uint32_t cp)
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

/* ---- the lexicon ----
 *
 * Every word list the quote finder consults lives in one hash table, built
 * once per process: a word token is looked up once when it is made and
 * keeps the set of lists it belongs to (quote_token.lex), so the rules
 * never loop over a list. Words are compared folded to ASCII lower case,
 * except the abbreviations, which keep their case ("Mass." but "mass.").
 */

/* Reporting verbs in every form a news text uses them. */
static const char *const report_verbs[] = {
	"say", "says", "said", "saying", "tell", "tells", "told", "telling",
	"add", "adds", "added", "adding", "write", "writes", "wrote", "written", "writing",
	"state", "states", "stated", "stating", "explain", "explains", "explained", "explaining",
	"note", "notes", "noted", "noting", "argue", "argues", "argued", "arguing",
	"insist", "insists", "insisted", "insisting", "claim", "claims", "claimed", "claiming",
	"declare", "declares", "declared", "declaring", "announce", "announces", "announced",
	"continue", "continues", "continued", "continuing", "recall", "recalls", "recalled",
	"ask", "asks", "asked", "asking", "reply", "replies", "replied", "replying",
	"respond", "responds", "responded", "answer", "answers", "answered",
	"tweet", "tweets", "tweeted", "tweeting", "post", "posts", "posted",
	"warn", "warns", "warned", "warning", "admit", "admits", "admitted", "admitting",
	"acknowledge", "acknowledges", "acknowledged", "suggest", "suggests", "suggested",
	"observe", "observes", "observed", "remark", "remarks", "remarked",
	"comment", "comments", "commented", "quip", "quips", "quipped",
	"joke", "jokes", "joked", "joking", "shout", "shouts", "shouted", "shouting",
	"yell", "yells", "yelled", "exclaim", "exclaims", "exclaimed",
	"conclude", "concludes", "concluded", "emphasize", "emphasizes", "emphasized",
	"emphasise", "emphasised", "stress", "stresses", "stressed",
	"predict", "predicts", "predicted", "promise", "promises", "promised",
	"vow", "vows", "vowed", "boast", "boasts", "boasted", "complain", "complains", "complained",
	"contend", "contends", "contended", "maintain", "maintains", "maintained",
	"assert", "asserts", "asserted", "mention", "mentions", "mentioned",
	"counter", "counters", "countered", "concede", "concedes", "conceded",
	"confirm", "confirms", "confirmed", "deny", "denies", "denied",
	"testify", "testifies", "testified", "report", "reports", "reported",
	"reiterate", "reiterates", "reiterated", "recount", "recounts", "recounted",
	"thunder", "thundered", "snap", "snapped", "scoff", "scoffed", "sigh", "sighed",
	"chant", "chanted", "chanting", "cry", "cried", "retort", "retorted",
	"muse", "mused", "whisper", "whispered", "murmur", "murmured", "urge", "urges", "urged",
	"proclaim", "proclaimed", "pledge", "pledged", "demand", "demanded", "demands",
	"read", "reads", "began", "begins", "put", "press", "pressed", "interject", "interjected",
	"chime", "chimed", "offer", "offered", "caution", "cautions", "cautioned",
	"lament", "laments", "lamented", "marvel", "marveled", "marvelled", "advise", "advised",
	"reason", "reasoned", "wonder", "wondered", "wonders", "plead", "pleaded",
	"recalls", "concede", "rejoin", "rejoined", "summarize", "summarized", "opine", "opined",
	"gush", "gushed", "crow", "crowed", "rail", "railed", "tout", "touted",
	/* the commonest in German, French, Spanish, Italian, Portuguese */
	"sagte", "sagt", "sagten", "erkl\xC3\xA4rte", "betonte", "meinte", "schrieb",
	"dit", "d\xC3\xA9" "clare", "d\xC3\xA9" "clar\xC3\xA9", "affirme", "affirm\xC3\xA9", "explique",
	"ajoute", "ajout\xC3\xA9", "estime", "dijo", "afirm\xC3\xB3", "se\xC3\xB1" "al\xC3\xB3",
	"explic\xC3\xB3", "a\xC3\xB1" "adi\xC3\xB3", "detto", "dichiarato", "disse", "afirmou",
	NULL
};

static const char *const auxiliaries[] = { "has", "had", "have", "would", "will", "was", "is",
	"were", "are", "be", "been", "did", "does", "do", "could", "might", "may", "should",
	"can", "reportedly", NULL };

static const char *const adverbs[] = { "also", "later", "then", "recently", "previously",
	"once", "again", "repeatedly", "simply", "quickly", "never", "often", "famously",
	"publicly", "privately", "earlier", "first", "further", "flatly", "frequently",
	"succinctly", "bluntly", "angrily", "jokingly", "told", "wryly", "quietly", "loudly",
	"recently", "just", "still", "ultimately", "finally", "subsequently", "simply",
	"explicitly", "emphatically", "directly", "openly", "infamously", "memorably",
	"proudly", "sarcastically", "tearfully", "cheerfully", NULL };

static const char *const pronouns[] = { "he", "she", "they", "i", "we", "it", "you", "who",
	"someone", "everyone", "everybody", "somebody", "nobody", NULL };

static const char *const determiners[] = { "the", "a", "an", "this", "that", "these", "those",
	"his", "her", "their", "its", "our", "my", "your", "another", "some", "one", "two",
	"three", "several", "many", "most", "both", "each", "every", "other", "no", NULL };

static const char *const stops[] = { "and", "or", "but", "as", "when", "while", "because",
	"if", "that", "which", "where", "after", "before", "since", "though", "although",
	"in", "on", "at", "to", "for", "with", "from", "by", "about", "into", "than",
	"so", "not", "also", "what", "how", "why", "whether", "there", "here", "between",
	"during", "under", "over", "among", "through", "against", "without", "within", "despite",
	"unlike", "like", "per", "via", "across", "behind", "beyond", "toward", "towards", "upon",
	"amid", "of", "until", "unless", "once", NULL };

static const char *const group_nouns[] = { "officials", "sources", "critics", "experts", "aides",
	"analysts", "democrats", "republicans", "people", "supporters", "advisers", "advisors",
	"observers", "voters", "residents", "police", "authorities", "witnesses", "protesters",
	"lawmakers", "officers", "scientists", "researchers", "doctors", "investigators",
	"prosecutors", "others", "many", "some", "both", "organizers", "opponents", "activists",
	"conservatives", "liberals", "sources", "insiders", "staffers", "spokesman",
	"spokeswoman", "spokesperson", "reporters", "senators", "donors", NULL };

static const char *const title_words[] = { "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
	"gen.", "president", "senator", "governor", "secretary", "minister", "judge", "justice",
	"chairman", "mayor", "speaker", "leader", "sheriff", "chief", "professor", "rev.",
	"father", "pope", "king", "queen", "prince", "lord", "lady", "sir", "dame", "vice",
	"former", "representative", "congressman", "congresswoman", "ambassador",
	"attorney", "general", "director", NULL };

/* Small words a title leaves in lower case ("Meet the Press"). */
static const char *const small_words[] = { "the", "a", "an", "of", "and", "with", "in", "on",
	"to", "for", "at", "by", "or", "from", "is", "are", "be", "as", "vs", "vs.", NULL };

/* Words after which a reporting verb is a noun ("a pledge", "his remarks"). */
static const char *const articles[] = { "a", "an", "the", "his", "her", "their", "its",
	"our", "my", "your", NULL };

/* Small words inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
static const char *const connectors[] = { "de", "da", "van", "von", "der", "den", "bin",
	"al", "la", "le", "del", "di", "du", "ibn", "of", NULL };

/* Headline labels before a colon that name no speaker ("The Latest:"). */
static const char *const kickers[] = { "latest", "breaking", "exclusive", "watch", "video",
	"report", "analysis", "opinion", "editorial", "update", "updated", "live", "poll",
	"review", "photos", "explainer", "factbox", "factcheck", "wow", "look", "revealed", "boom",
	"just", "leaked", "quiz", "podcast", "listen", "column", "commentary", "letters",
	"interview", "transcript", "huffpollster", "playbook", "nerdcast", NULL };

/* Words after which quoted words are what was uttered or written
 * ("marchers were chanting “…”", "a hat reading, “…”"; attribution.c). */
static const char *const utterance_words[] = { "chant", "chants", "chanted", "chanting", "cry",
	"cries", "cried", "shouted", "shouting", "screamed", "yelled", "yelling", "read", "reads",
	"reading", "slogan", "titled", "entitled", NULL };

/* Nouns that take "of" before the words ("chants of", "a chorus of"). */
static const char *const utterance_of_nouns[] = { "chant", "chants", "chorus", "cries", "calls",
	NULL };

/* Abbreviations whose period does not end a sentence (exact case). */
static const char *const abbrevs[] = { "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps",
	"Gov", "Govs", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Prof", "Rev", "Pres",
	"Sec", "Atty", "Jr", "Sr", "St", "Ft", "Mt", "Supt", "Insp", "Det", "Hon", "Amb",
	"Maj", "Cpl", "Pvt", "No", "vs", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ",
	"Calif", "Fla", "Mass", "Penn", "Ariz", "Ala", "Ark", "Colo", "Conn", "Del", "Ga",
	"Ill", "Ind", "Kan", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
	"Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", NULL };

/* Longest word the table holds, in bytes; longer tokens are not looked up. */
#define LEX_MAX_WORD 24
#define LEX_SLOTS 4096  /* a power of two, well over twice the words */

typedef struct lex_entry {
	const char *word;  /* NULL: an empty slot */
	unsigned char len;
	unsigned short flags;
} lex_entry;

static lex_entry lex_table[LEX_SLOTS];
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static void lex_add(const char *const *words, unsigned short flag)
{
	size_t i;

	for (i = 0; words[i]; i++) {
		size_t n = strlen(words[i]);
		uint32_t slot = newsdoc__hash_bytes(words[i], n) & (LEX_SLOTS - 1);
		while (lex_table[slot].word && (lex_table[slot].len != n ||
			memcmp(lex_table[slot].word, words[i], n) != 0))
			slot = (slot + 1) & (LEX_SLOTS - 1);
		lex_table[slot].word = words[i];
		lex_table[slot].len = (unsigned char)n;
		lex_table[slot].flags |= flag;
	}
}

static void lex_build(void)
{
	lex_add(report_verbs, QLEX_REPORT);
	lex_add(pronouns, QLEX_PRONOUN);
	lex_add(determiners, QLEX_DETERMINER);
	lex_add(auxiliaries, QLEX_AUX);
	lex_add(adverbs, QLEX_ADVERB);
	lex_add(stops, QLEX_STOP);
	lex_add(group_nouns, QLEX_GROUP);
	lex_add(title_words, QLEX_TITLE);
	lex_add(small_words, QLEX_SMALL);
	lex_add(articles, QLEX_ARTICLE);
	lex_add(connectors, QLEX_CONNECTOR);
	lex_add(kickers, QLEX_KICKER);
	lex_add(utterance_words, QLEX_UTTERANCE);
	lex_add(utterance_of_nouns, QLEX_UTTERANCE_OF);
	lex_add(abbrevs, QLEX_ABBREV);
}

/* The flags of the n bytes at s, compared exactly (already folded). */
static unsigned short lex_find(const char *s, size_t n)
{
	uint32_t slot;

	if (n == 0 || n > LEX_MAX_WORD)
		return 0;
	slot = newsdoc__hash_bytes(s, n) & (LEX_SLOTS - 1);
	while (lex_table[slot].word) {
		if (lex_table[slot].len == n && !memcmp(lex_table[slot].word, s, n))
			return lex_table[slot].flags;
		slot = (slot + 1) & (LEX_SLOTS - 1);
	}
	return 0;
}

/* Copy a word folded to ASCII lower case; 0 when it is too long. */
static size_t fold(char *out, const char *s, size_t n)
{
	size_t i;

	if (n > LEX_MAX_WORD)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		out[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	return n;
}

void newsdoc__quote_lexicon_init(void)
{
	pthread_once(&lex_once, lex_build);
}

/* Abbreviations whose period does not end a sentence. */
static int keeps_period(const char *s, size_t len)
{
	if (len == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return 1;  /* an initial */
	if (lex_find(s, len) & QLEX_ABBREV)
		return 1;
	/* U.S., D.C., U.N.: letters separated by periods. */
	return len >= 3 && s[1] == '.';
}

/*
 * Forms the list does not spell out: "yelling" and "yelled" from "yell",
 * "quipping" from "quip", "joking" from "joke". `word` is folded.
 */
static int report_form(char *word, size_t n)
{
	size_t stem;

	if (n < 5)
		return 0;
	if (!memcmp(word + n - 3, "ing", 3))
		stem = n - 3;
	else if (!memcmp(word + n - 2, "ed", 2))
		stem = n - 2;
	else
		return 0;
	if (lex_find(word, stem) & QLEX_REPORT)
		return 1;
	if (stem >= 2 && word[stem - 1] == word[stem - 2] && (lex_find(word, stem - 1) & QLEX_REPORT))
		return 1;
	word[stem] = 'e';
	return (lex_find(word, stem + 1) & QLEX_REPORT) != 0;
}

/* Look a word token up once: its lists and its class. */
static void classify(const char *text, quote_token *tok)
{
	char folded[LEX_MAX_WORD + 1];
	size_t n = tok->end - tok->start;
	unsigned short flags;

	tok->lex = 0;
	tok->word_class = QW_NONE;
	if (tok->kind != QTOK_WORD || !fold(folded, text + tok->start, n))
		return;
	flags = (unsigned short)(lex_find(folded, n) & ~QLEX_ABBREV);
	if (!(flags & QLEX_REPORT) && !tok->cap && n < LEX_MAX_WORD && report_form(folded, n))
		flags |= QLEX_REPORT;
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

int newsdoc__quote_next_token(const char *text, size_t len, size_t *at, quote_token *tok,
	int lower_too)
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
	} else if (is_letter_cp(cp)) {
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
			if (is_letter_cp(next) && !is_ideograph_cp(next)) {
				pos += width;
				continue;
			}
			/* Joiners inside a word: Seong-ho, O'Rourke, Smith's, U.S. */
			if (!(next == '-' || next == '\'' || next == 0x2019 || next == '.' || next == 0x2010 ||
				next == '&'))
				break;
			after = pos + width < len ? decode_at(text, len, pos + width, &after_width) : 0;
			if (!is_letter_cp(after))
				break;
			if (next == '.' && !(pos - tok->start == 1 || (pos - tok->start >= 3 && text[tok->start + 1] == '.')))
				break;
			pos += width;
		}
		/* Keep the period of an abbreviation or initial, and one
		 * that a closing bracket or comma follows ("(D-Nev.)"). */
		if (pos < len && text[pos] == '.' && (keeps_period(text + tok->start, pos - tok->start) ||
			(pos + 1 < len && (text[pos + 1] == ')' || text[pos + 1] == ','))))
			pos++;
		tok->end = pos;
		if (lower_too || tok->cap)
			classify(text, tok);
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

int newsdoc__quote_tokenize(quote_token_list *out, const char *text, size_t len)
{
	size_t pos = 0;
	quote_token tok;

	pthread_once(&lex_once, lex_build);
	out->count = 0;
	/* About one token in five bytes of news text: grow once, not often. */
	if (out->cap < len / 5 + 16 && reserve_tokens(out, len / 5 + 16))
		return NEWSDOC_ENOMEM;
	while (newsdoc__quote_next_token(text, len, &pos, &tok, 1))
		if (push_token(out, &tok))
			return NEWSDOC_ENOMEM;
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

int newsdoc__quote_is_dash(const quote_token *tok)
{
	/* Hyphens inside words belong to the word: a '-' token stands alone,
	 * so it is a dash typed as a hyphen ("loved Stalin - he said"). */
	return tok->kind == QTOK_PUNCT && (tok->cp == 0x2014 || tok->cp == 0x2013 ||
		tok->cp == '-' || tok->cp == 0x2015);
}
