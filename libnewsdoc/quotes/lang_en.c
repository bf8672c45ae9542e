/*
 * English: the word lists of the quote finder (lang.h). These were the
 * lexicon of tokens.c when English was the only language; PolNeAR's
 * attribution rules were written against them.
 */
#include "lang.h"

/* Reporting verbs in every form a news text uses them. */
static quote_words report_verbs = {
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
	NULL
};

static quote_words auxiliaries = { "has", "had", "have", "would", "will", "was", "is",
	"were", "are", "be", "been", "did", "does", "do", "could", "might", "may", "should",
	"can", "reportedly", NULL };

static quote_words adverbs = { "also", "later", "then", "recently", "previously",
	"once", "again", "repeatedly", "simply", "quickly", "never", "often", "famously",
	"publicly", "privately", "earlier", "first", "further", "flatly", "frequently",
	"succinctly", "bluntly", "angrily", "jokingly", "told", "wryly", "quietly", "loudly",
	"recently", "just", "still", "ultimately", "finally", "subsequently", "simply",
	"explicitly", "emphatically", "directly", "openly", "infamously", "memorably",
	"proudly", "sarcastically", "tearfully", "cheerfully", NULL };

static quote_words pronouns = { "he", "she", "they", "i", "we", "it", "you", "who",
	"someone", "everyone", "everybody", "somebody", "nobody", NULL };

static quote_words determiners = { "the", "a", "an", "this", "that", "these", "those",
	"his", "her", "their", "its", "our", "my", "your", "another", "some", "one", "two",
	"three", "several", "many", "most", "both", "each", "every", "other", "no", NULL };

static quote_words stops = { "and", "or", "but", "as", "when", "while", "because",
	"if", "that", "which", "where", "after", "before", "since", "though", "although",
	"in", "on", "at", "to", "for", "with", "from", "by", "about", "into", "than",
	"so", "not", "also", "what", "how", "why", "whether", "there", "here", "between",
	"during", "under", "over", "among", "through", "against", "without", "within", "despite",
	"unlike", "like", "per", "via", "across", "behind", "beyond", "toward", "towards", "upon",
	"amid", "of", "until", "unless", "once", NULL };

static quote_words group_nouns = { "officials", "sources", "critics", "experts", "aides",
	"analysts", "democrats", "republicans", "people", "supporters", "advisers", "advisors",
	"observers", "voters", "residents", "police", "authorities", "witnesses", "protesters",
	"lawmakers", "officers", "scientists", "researchers", "doctors", "investigators",
	"prosecutors", "others", "many", "some", "both", "organizers", "opponents", "activists",
	"conservatives", "liberals", "sources", "insiders", "staffers", "spokesman",
	"spokeswoman", "spokesperson", "reporters", "senators", "donors", NULL };

static quote_words title_words = { "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
	"gen.", "president", "senator", "governor", "secretary", "minister", "judge", "justice",
	"chairman", "mayor", "speaker", "leader", "sheriff", "chief", "professor", "rev.",
	"father", "pope", "king", "queen", "prince", "lord", "lady", "sir", "dame", "vice",
	"former", "representative", "congressman", "congresswoman", "ambassador",
	"attorney", "general", "director", NULL };

/* Small words a title leaves in lower case ("Meet the Press"). */
static quote_words small_words = { "the", "a", "an", "of", "and", "with", "in", "on",
	"to", "for", "at", "by", "or", "from", "is", "are", "be", "as", "vs", "vs.", NULL };

/* Words after which a reporting verb is a noun ("a pledge", "his remarks"). */
static quote_words articles = { "a", "an", "the", "his", "her", "their", "its",
	"our", "my", "your", NULL };

/* Small words inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
static quote_words connectors = { "de", "da", "van", "von", "der", "den", "bin",
	"al", "la", "le", "del", "di", "du", "ibn", "of", NULL };

/* Headline labels before a colon that name no speaker ("The Latest:"). */
static quote_words kickers = { "latest", "breaking", "exclusive", "watch", "video",
	"report", "analysis", "opinion", "editorial", "update", "updated", "live", "poll",
	"review", "photos", "explainer", "factbox", "factcheck", "wow", "look", "revealed", "boom",
	"just", "leaked", "quiz", "podcast", "listen", "column", "commentary", "letters",
	"interview", "transcript", "huffpollster", "playbook", "nerdcast", NULL };

static quote_words utterance_words = { "chant", "chants", "chanted", "chanting", "cry",
	"cries", "cried", "shouted", "shouting", "screamed", "yelled", "yelling", "read", "reads",
	"reading", "slogan", "titled", "entitled", NULL };

/* Nouns that take "of" before the words ("chants of", "a chorus of"). */
static quote_words utterance_of_nouns = { "chant", "chants", "chorus", "cries", "calls",
	NULL };

/* Abbreviations whose period does not end a sentence (exact case). */
static quote_words abbrevs = { "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps",
	"Gov", "Govs", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Prof", "Rev", "Pres",
	"Sec", "Atty", "Jr", "Sr", "St", "Ft", "Mt", "Supt", "Insp", "Det", "Hon", "Amb",
	"Maj", "Cpl", "Pvt", "No", "vs", "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ",
	"Calif", "Fla", "Mass", "Penn", "Ariz", "Ala", "Ark", "Colo", "Conn", "Del", "Ga",
	"Ill", "Ind", "Kan", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
	"Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", NULL };

/* Report verbs that open a sentence before their speaker ("Said Smith:");
 * a lower-case past form in -ed does too (attribution.c). */
static quote_words fronted_verbs = { "said", "says", "wrote", "told", NULL };

static quote_words verb_particles = { "back", "out", NULL };  /* "shot back", "lashed out" */
static quote_words according = { "according to", NULL };
static quote_words cue_phrases = { "told reporters", "tells reporters", "tell reporters", NULL };

/* "a spokesman for the campaign", "Joel Pollak of Breitbart" */
static quote_words links = { "of", "for", "at", NULL };
/* End the name of an organisation or place, not a person (lang.h). */
static quote_words organisation_words = { "council", "committee", "commission", "department",
	"ministry", "agency", "office", "court", "house", "senate", "congress", "parliament",
	"party", "university", "college", "school", "hospital", "bank", "inc", "corp",
	"company", "group", "association", "union", "foundation", "institute", "police",
	"times", "post", "news", "street", "city", "county", "state", "states", "kingdom",
	"republic", "island", "islands", "hall", NULL };
static quote_words subject_joiners = { "and", "from", NULL };
static quote_words coordinators = { "and", "but", NULL };
static quote_words relatives = { "who", NULL };
static quote_words complementizers = { "that", NULL };
static quote_words clause_openers = { "that", "this", "these", "those", NULL };
static quote_words utterance_links = { "of", NULL };
static quote_words byline_words = { "by", NULL };

static quote_words singular_pronouns = { "he", "she", NULL };
static quote_words plural_pronouns = { "they", NULL };
/* Pronouns and titles that tell a person's sex (lang.h). */
static quote_words male_words = { "he", "mr.", "mr", "sir", "lord", "king", "prince",
	"congressman", NULL };
static quote_words female_words = { "she", "mrs.", "mrs", "ms.", "ms", "miss", "lady",
	"dame", "queen", "princess", "congresswoman", NULL };
/* Given names that tell a person's sex when no title does (lang.h);
 * names given to both (Chris, Jordan, Robin) are left out. */
static quote_words male_given_names = { "john", "james", "robert", "michael", "william",
	"david", "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew",
	"anthony", "donald", "mark", "paul", "steven", "andrew", "kenneth", "joshua", "kevin",
	"brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob",
	"gary", "eric", "stephen", "jonathan", "larry", "justin", "scott", "brandon", "benjamin",
	"samuel", "frank", "gregory", "raymond", "patrick", "jack", "dennis", "jerry", "tyler",
	"peter", "henry", "carl", "arthur", "tom", "mike", "bill", "bob", "joe", "jim", "ted",
	"bernie", "barack", "mitt", "mitch", "newt", "marco", "ben", "tim", "jeb", "chuck",
	"harry", "nick", "dan", "steve", "greg", "ken", "jeff", "rick", "ron", NULL };
static quote_words female_given_names = { "mary", "patricia", "jennifer", "linda",
	"elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty",
	"margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy",
	"carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
	"cynthia", "kathleen", "amy", "angela", "anna", "ann", "anne", "helen", "emma", "julie",
	"maria", "hillary", "sonia", "elena", "nikki", "carly", "condoleezza", "michele",
	"claire", "jane", "janet", "diane", "heather", "rachel", "kate", "catherine",
	"christine", "loretta", "melania", "ivanka", "elaine", "susana", "kamala",
	"kirsten", "tammy", "debbie", NULL };
/* "they" may stand for a council or a company (lang.h). */
static quote_words organisation_pronouns = { "they", NULL };

static quote_words adverb_suffixes = { "ly", NULL };
static quote_words past_suffixes = { "ed", NULL };
static quote_words participle_suffixes = { "ing", NULL };
static quote_words verb_suffixes = { "ed", "s", NULL };
static quote_words not_verb_suffixes = { "ss", NULL };
static quote_words report_suffixes = { "ing", "ed", NULL };

static quote_words detect_words = { "the", "and", "of", "to", "is", "was", "that", "with",
	"for", "on", "are", "have", "from", "by", "it", "he", "she", "said", "they", "were",
	"been", "which", "would", "this", "has", "will", "their", "about", NULL };

const quote_lang newsdoc__quote_lang_en = {
	.code = "en",
	.convention = QUOTE_CONV_DEFAULT,
	.verb_second = 0,
	.detect_words = detect_words,
	.report_verbs = report_verbs,
	.verb_particles = verb_particles,
	.according = according,
	.cue_phrases = cue_phrases,
	.auxiliaries = auxiliaries,
	.adverbs = adverbs,
	.pronouns = pronouns,
	.singular_pronouns = singular_pronouns,
	.plural_pronouns = plural_pronouns,
	.male_words = male_words,
	.female_words = female_words,
	.male_given_names = male_given_names,
	.female_given_names = female_given_names,
	.organisation_pronouns = organisation_pronouns,
	.determiners = determiners,
	.stops = stops,
	.links = links,
	.subject_joiners = subject_joiners,
	.coordinators = coordinators,
	.organisation_words = organisation_words,
	.relatives = relatives,
	.complementizers = complementizers,
	.clause_openers = clause_openers,
	.group_nouns = group_nouns,
	.title_words = title_words,
	.small_words = small_words,
	.articles = articles,
	.connectors = connectors,
	.kickers = kickers,
	.utterance_words = utterance_words,
	.utterance_of_nouns = utterance_of_nouns,
	.utterance_links = utterance_links,
	.byline_words = byline_words,
	.abbrevs = abbrevs,
	.fronted_verbs = fronted_verbs,
	.adverb_suffixes = adverb_suffixes,
	.past_suffixes = past_suffixes,
	.participle_suffixes = participle_suffixes,
	.verb_suffixes = verb_suffixes,
	.not_verb_suffixes = not_verb_suffixes,
	.report_suffixes = report_suffixes,
};
