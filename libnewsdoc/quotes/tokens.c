/*
 * Words around quotations: a tokenizer that keeps names whole ("Seong-ho",
 * "O'Rourke", "Sen.", "J.") and the small English lexicon the attribution
 * rules need (reporting verbs in their forms, pronouns, determiners).
 */
#include <string.h>

#include "quotes_impl.h"

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

/* Abbreviations whose period does not end a sentence. */
static int keeps_period(const char *s, size_t len)
{
	static const char *const abbrevs[] = { "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps",
		"Gov", "Govs", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Prof", "Rev", "Pres",
		"Sec", "Atty", "Jr", "Sr", "St", "Ft", "Mt", "Supt", "Insp", "Det", "Hon", "Amb",
		"Maj", "Cpl", "Pvt", "No", "vs", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ",
		"Calif", "Fla", "Mass", "Penn", "Ariz", "Ala", "Ark", "Colo", "Conn", "Del", "Ga",
		"Ill", "Ind", "Kan", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
		"Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", NULL };
	size_t i;

	if (len == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return 1;  /* an initial */
	for (i = 0; abbrevs[i]; i++)
		if (strlen(abbrevs[i]) == len && !memcmp(abbrevs[i], s, len))
			return 1;
	/* U.S., D.C., U.N.: letters separated by periods. */
	return len >= 3 && s[1] == '.';
}

static int classify(const char *text, const quote_token *tok);

static int push_token(quote_token_list *list, const quote_token *tok)
{
	if (list->count == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 64;
		quote_token *items = newsdoc__realloc(list->items, cap * sizeof(*items));
		if (!items)
			return newsdoc__error_oom();
		list->items = items;
		list->cap = cap;
	}
	list->items[list->count++] = *tok;
	return 0;
}

int newsdoc__quote_tokenize(quote_token_list *out, const char *text, size_t len)
{
	size_t pos = 0, width;

	out->count = 0;
	while (pos < len) {
		uint32_t cp = newsdoc__quote_decode(text + pos, len - pos, &width);
		quote_token tok;
		size_t mark_width;
		uint32_t mark = newsdoc__quote_mark_at(text, len, pos, &mark_width);

		if (is_space_cp(cp)) {
			pos += width;
			continue;
		}
		memset(&tok, 0, sizeof(tok));
		tok.start = pos;
		tok.cp = cp;
		if (is_ideograph_cp(cp)) {
			/* Chinese and Japanese run words together: count each
			 * character as a word so that lengths stay comparable. */
			tok.kind = QTOK_WORD;
			pos += width;
			tok.end = pos;
		} else if (is_letter_cp(cp)) {
			tok.kind = QTOK_WORD;
			tok.cap = (unsigned char)is_upper_cp(cp);
			pos += width;
			while (pos < len) {
				uint32_t next = newsdoc__quote_decode(text + pos, len - pos, &width);
				size_t next_width;
				uint32_t after = pos + width < len ?
					newsdoc__quote_decode(text + pos + width, len - pos - width, &next_width) : 0;
				if (is_letter_cp(next) && !is_ideograph_cp(next)) {
					pos += width;
					continue;
				}
				/* Joiners inside a word: Seong-ho, O'Rourke, Smith's, U.S. */
				if ((next == '-' || next == '\'' || next == 0x2019 || next == '.' || next == 0x2010 ||
					next == '&') &&
					is_letter_cp(after)) {
					if (next == '.' && !(pos - tok.start == 1 || (pos - tok.start >= 3 && text[tok.start + 1] == '.')))
						break;
					pos += width;
					continue;
				}
				break;
			}
			/* Keep the period of an abbreviation or initial, and one
			 * that a closing bracket or comma follows ("(D-Nev.)"). */
			if (pos < len && text[pos] == '.' && (keeps_period(text + tok.start, pos - tok.start) ||
				(pos + 1 < len && (text[pos + 1] == ')' || text[pos + 1] == ','))))
				pos++;
			tok.end = pos;
		} else if (mark) {
			tok.kind = QTOK_MARK;
			tok.cp = mark;
			pos += mark_width;
			tok.end = pos;
		} else {
			tok.kind = QTOK_PUNCT;
			pos += width;
			/* "--" is one dash. */
			if (cp == '-' && pos < len && text[pos] == '-')
				while (pos < len && text[pos] == '-')
					pos++;
			tok.end = pos;
		}
		tok.word_class = (unsigned char)classify(text, &tok);
		if (push_token(out, &tok))
			return NEWSDOC_ENOMEM;
	}
	return 0;
}

size_t newsdoc__quote_token_at(const quote_token_list *tokens, size_t byte)
{
	size_t lo = 0, hi = tokens->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (tokens->items[mid].start < byte)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void newsdoc__quote_token_list_free(quote_token_list *list)
{
	newsdoc__free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}

int newsdoc__quote_word_is(const char *text, const quote_token *tok, const char *word)
{
	size_t n, i;
	char first = text[tok->start];

	/* The first letter rules out almost every word before strlen. */
	if (first >= 'A' && first <= 'Z')
		first = (char)(first - 'A' + 'a');
	if (tok->kind != QTOK_WORD || first != word[0])
		return 0;
	n = strlen(word);
	if (tok->end - tok->start != n)
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

static int in_list(const char *text, const quote_token *tok, const char *const *words)
{
	size_t i;

	for (i = 0; words[i]; i++)
		if (newsdoc__quote_word_is(text, tok, words[i]))
			return 1;
	return 0;
}

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

static int list_has(const char *const *words, const char *s, size_t n)
{
	size_t i;

	for (i = 0; words[i]; i++)
		if (strlen(words[i]) == n && !memcmp(words[i], s, n))
			return 1;
	return 0;
}

/*
 * Forms the list does not spell out: "yelling" and "yelled" from "yell",
 * "quipping" from "quip", "joking" from "joke".
 */
static int report_form(const char *text, const quote_token *tok)
{
	char word[24];
	size_t n = tok->end - tok->start, i, stem;

	if (n < 5 || n >= sizeof(word) || tok->cap)
		return 0;
	for (i = 0; i < n; i++) {
		char ch = text[tok->start + i];
		word[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
	}
	if (!memcmp(word + n - 3, "ing", 3))
		stem = n - 3;
	else if (!memcmp(word + n - 2, "ed", 2))
		stem = n - 2;
	else
		return 0;
	if (list_has(report_verbs, word, stem))
		return 1;
	if (stem >= 2 && word[stem - 1] == word[stem - 2] && list_has(report_verbs, word, stem - 1))
		return 1;
	word[stem] = 'e';
	return list_has(report_verbs, word, stem + 1);
}

int newsdoc__quote_word_class(const char *text, const quote_token *tok)
{
	(void)text;
	return tok->word_class;
}

/* The class of a word token, looked up once when it is made. */
static int classify(const char *text, const quote_token *tok)
{
	if (tok->kind != QTOK_WORD)
		return QW_NONE;
	if (in_list(text, tok, report_verbs) || report_form(text, tok))
		return QW_REPORT;
	if (in_list(text, tok, pronouns))
		return QW_PRONOUN;
	if (in_list(text, tok, determiners))
		return QW_DETERMINER;
	if (in_list(text, tok, auxiliaries))
		return QW_AUX;
	if (in_list(text, tok, adverbs))
		return QW_ADVERB;
	if (in_list(text, tok, stops))
		return QW_STOP;
	return QW_NONE;
}

int newsdoc__quote_group_noun(const char *text, const quote_token *tok)
{
	static const char *const nouns[] = { "officials", "sources", "critics", "experts", "aides",
		"analysts", "democrats", "republicans", "people", "supporters", "advisers", "advisors",
		"observers", "voters", "residents", "police", "authorities", "witnesses", "protesters",
		"lawmakers", "officers", "scientists", "researchers", "doctors", "investigators",
		"prosecutors", "others", "many", "some", "both", "organizers", "opponents", "activists",
		"conservatives", "liberals", "sources", "insiders", "staffers", "spokesman",
		"spokeswoman", "spokesperson", "reporters", "senators", "donors", NULL };
	return in_list(text, tok, nouns);
}

int newsdoc__quote_title_word(const char *text, const quote_token *tok)
{
	static const char *const titles[] = { "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
		"gen.", "president", "senator", "governor", "secretary", "minister", "judge", "justice",
		"chairman", "mayor", "speaker", "leader", "sheriff", "chief", "professor", "rev.",
		"father", "pope", "king", "queen", "prince", "lord", "lady", "sir", "dame", "vice",
		"former", "representative", "congressman", "congresswoman", "ambassador",
		"attorney", "general", "director", NULL };
	return in_list(text, tok, titles);
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
