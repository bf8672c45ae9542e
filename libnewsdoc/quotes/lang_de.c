/*
 * German: the word lists of the quote finder (lang.h). German puts the
 * finite verb second ("Dazu sagte Merkel", "„…“, sagte sie"), writes „…“
 * and »…«, and capitalises every noun, so a capital says less about a name
 * than in English: the lists of determiners, prepositions and adverbs are
 * what tell a speaker from the phrase in front of the verb.
 */
#include "lang.h"

/* Verbs of saying in the third person (present, past, plural) and as
 * participles. */
static quote_words report_verbs = {
	"sagt", "sagte", "sagten", "sagen", "gesagt",
	"erkl\xC3\xA4rt", "erkl\xC3\xA4rte", "erkl\xC3\xA4rten",
	"betont", "betonte", "betonten",
	"meint", "meinte", "meinten",
	"schreibt", "schrieb", "schrieben", "geschrieben",
	"kritisiert", "kritisierte", "kritisierten",
	"warnt", "warnte", "warnten", "gewarnt",
	"fordert", "forderte", "forderten", "gefordert",
	"berichtet", "berichtete", "berichteten",
	"erg\xC3\xA4nzt", "erg\xC3\xA4nzte", "erg\xC3\xA4nzten",
	"versichert", "versicherte", "versicherten",
	"bekr\xC3\xA4" "ftigt", "bekr\xC3\xA4" "ftigte", "bekr\xC3\xA4" "ftigten",
	"unterstrich", "unterstreicht",
	"erl\xC3\xA4utert", "erl\xC3\xA4uterte",
	"\xC3\xA4u\xC3\x9F" "ert", "\xC3\xA4u\xC3\x9F" "erte", "\xC3\xA4u\xC3\x9F" "erten", "ge\xC3\xA4u\xC3\x9F" "ert",
	"zitiert", "zitierte", "zitierten",
	"antwortet", "antwortete", "antworteten", "geantwortet",
	"entgegnet", "entgegnete", "erwidert", "erwiderte",
	"fragt", "fragte", "fragten", "gefragt",
	"ruft", "rief", "riefen", "verk\xC3\xBCndet", "verk\xC3\xBCndete",
	"best\xC3\xA4tigt", "best\xC3\xA4tigte", "best\xC3\xA4tigten",
	"kommentiert", "kommentierte", "kommentierten",
	"beklagt", "beklagte", "beklagten", "klagt", "klagte",
	"mahnt", "mahnte", "mahnten", "appellierte",
	"verlautbarte", "verlautete", "twitterte", "postete",
	"res\xC3\xBCmierte", "bilanzierte", "folgerte", "urteilte",
	"beteuert", "beteuerte", "behauptet", "behauptete", "behaupteten",
	"verspricht", "versprach", "versprachen", "droht", "drohte",
	"erinnert", "erinnerte", "gestand", "gesteht",
	"schimpft", "schimpfte", "spottete", "scherzte", "lobte", "lobt",
	"verteidigte", "verteidigt", "argumentiert", "argumentierte",
	"begr\xC3\xBCndet", "begr\xC3\xBCndete", "sch\xC3\xA4tzt", "sch\xC3\xA4tzte",
	"prognostiziert", "prognostizierte", "vermutet", "vermutete",
	"best\xC3\xA4rkt", "wiederholte", "konterte", "r\xC3\xA4umte", "zeigte",
	"skandierten", "skandierte", "riet", "r\xC3\xA4t",
	"verk\xC3\xBCndeten",
	"bekannte", "notierte", "schilderte", "schildert", "erz\xC3\xA4hlt", "erz\xC3\xA4hlte",
	"fl\xC3\xBCsterte", "schrie", "jubelte",
	"hei\xC3\x9Ft", "hie\xC3\x9F", "heisst", "hiess", "gehei\xC3\x9F" "en", "lautet", "lautete",
	NULL
};

/* Verbs whose particle ends the clause: "teilte er mit", "fügte sie
 * hinzu", "stellte der Minister klar". */
static quote_words particle_verbs = {
	"teilt mit", "teilte mit", "teilten mit",
	"f\xC3\xBCgt hinzu", "f\xC3\xBCgte hinzu", "f\xC3\xBCgten hinzu",
	"stellt fest", "stellte fest", "stellten fest", "stellt klar", "stellte klar", "stellten klar",
	"gibt an", "gab an", "gaben an", "gibt zu", "gab zu", "gaben zu", "gab bekannt", "gibt bekannt",
	"weist hin", "wies hin", "wiesen hin",
	"r\xC3\xA4umt ein", "r\xC3\xA4umte ein", "r\xC3\xA4umten ein",
	"k\xC3\xBCndigt an", "k\xC3\xBCndigte an", "k\xC3\xBCndigten an",
	"hebt hervor", "hob hervor", "hoben hervor",
	"streicht heraus", "strich heraus",
	"f\xC3\xBChrt aus", "f\xC3\xBChrte aus",
	"merkt an", "merkte an", "h\xC3\xA4lt fest", "hielt fest", "hielt entgegen", "h\xC3\xA4lt entgegen",
	"wirft vor", "warf vor", "ruft auf", "rief auf", "rief zu", "ruft zu", "rief aus",
	"legt nahe", "legte nahe", "gibt wieder", "gab wieder", "fasst zusammen", "fasste zusammen",
	"gesteht ein", "gestand ein", "r\xC3\xA4t ab", "riet ab",
	"l\xC3\xA4sst verlauten", "lie\xC3\x9F verlauten", "lie\xC3\x9F" "en verlauten",
	"lehnt ab", "lehnte ab", "lehnten ab",
	/* "zeigte sich der Trainer zufrieden:" */
	"zeigt zufrieden", "zeigte zufrieden", "zeigten zufrieden", "zeigt besorgt", "zeigte besorgt",
	"zeigten besorgt", "zeigt \xC3\xBC" "berzeugt", "zeigte \xC3\xBC" "berzeugt", "zeigten \xC3\xBC" "berzeugt",
	"zeigt erfreut", "zeigte erfreut", "zeigt entt\xC3\xA4uscht", "zeigte entt\xC3\xA4uscht",
	"zeigt zuversichtlich", "zeigte zuversichtlich", "zeigt optimistisch", "zeigte optimistisch",
	"zeigt skeptisch", "zeigte skeptisch", "zeigt emp\xC3\xB6rt", "zeigte emp\xC3\xB6rt",
	"zeigt erleichtert", "zeigte erleichtert", "zeigt \xC3\xBC" "berrascht", "zeigte \xC3\xBC" "berrascht",
	NULL
};

/* "„…“, so Merkel." */
static quote_words according_after = { "so", NULL };
/* "laut Polizei", "nach Angaben von", "nach Ansicht des" */
static quote_words according = {
	"laut", "nach angaben von", "nach angaben des", "nach angaben der", "nach angaben",
	"nach ansicht von", "nach ansicht des", "nach ansicht der", "nach worten von",
	"nach worten des", "nach worten der", "nach auffassung von", "nach auffassung des",
	"nach auffassung der", "nach einsch\xC3\xA4tzung von", "nach einsch\xC3\xA4tzung des",
	"nach einsch\xC3\xA4tzung der", "nach darstellung von", "nach darstellung des",
	"nach darstellung der", "zitiert nach", "gem\xC3\xA4\xC3\x9F",
	NULL
};
/* "wie die Polizei mitteilte" (lang.h) */
static quote_words according_clauses = { "wie", NULL };
/* "Für Trainer Krickau ist das Duell noch fern: „…“" (lang.h) */
static quote_words according_fronted = { "f\xC3\xBCr", NULL };
/* "der Polizei zufolge" */
static quote_words according_post = { "zufolge", NULL };

/* "mit den Worten „…“", "in einer Erklärung: „…“" */
static quote_words naming_links = { "als", "von", "vor", "zu", "f\xC3\xBCr", "zur", "zum", "wie", NULL };

static quote_words cue_nouns = { "worten", "wort", "erkl\xC3\xA4rung", "mitteilung",
	"pressemitteilung", "stellungnahme", "interview", "aussage", "zitat", "botschaft",
	"appell", "parole", "parolen", "spr\xC3\xBC" "che", "motto", "schreiben", "brief",
	"tweet", "post", NULL };

/* Verbs that give quoted words as what something was called: "nannte
 * den Plan „gescheitert“", "bezeichnete ihn als „Gesindel“", "sprach von
 * einer „Katastrophe“", "warnte vor einem „Flächenbrand“". */
static quote_words naming_verbs = {
	"nennt", "nannte", "nannten", "genannt",
	"bezeichnet", "bezeichnete", "bezeichneten",
	"spricht", "sprach", "sprachen", "gesprochen",
	"warnt", "warnte", "warnten",
	"w\xC3\xBCrdigte", "w\xC3\xBCrdigt", "charakterisierte", "charakterisiert",
	"kritisierte", "kritisiert", "lobte", "lobt", "feierte", "feiert",
	"beschrieb", "beschreibt", "beschrieben", "rechtfertigte", "rechtfertigt",
	"sieht", "sah", "h\xC3\xA4lt", "hielt", "wertete", "wertet", "verurteilte", "verurteilt",
	"forderte", "fordert", "riet", "r\xC3\xA4t", "bezichtigte",
	"skandierte", "skandierten", "rief", "riefen", "betitelte", "titulierte",
	"verteidigte", "verteidigt", "beklagte", "beklagt", "kritisierten",
	NULL
};

static quote_words auxiliaries = { "hat", "hatte", "hatten", "haben", "habe", "h\xC3\xA4tte",
	"ist", "war", "waren", "sei", "seien", "wird", "wurde", "wurden", "w\xC3\xBCrde",
	"werde", "werden", "soll", "sollte", "sollen", "will", "wollte", "kann", "konnte",
	"muss", "musste", "m\xC3\xBCsse", "lie\xC3\x9F", "l\xC3\xA4sst", NULL };

static quote_words adverbs = { "auch", "dann", "sp\xC3\xA4ter", "zudem", "au\xC3\x9F" "erdem",
	"jedoch", "allerdings", "bereits", "schon", "noch", "erneut", "weiter", "zuvor",
	"damals", "heute", "gestern", "nun", "jetzt", "dazu", "daraufhin", "offenbar",
	"offensichtlich", "ebenfalls", "inzwischen", "zuletzt", "k\xC3\xBCrzlich",
	"anschlie\xC3\x9F" "end", "gleichzeitig", "zugleich", "w\xC3\xB6rtlich", "deutlich",
	"ausdr\xC3\xBC" "cklich", "wiederholt", "mehrfach", "\xC3\xB6" "ffentlich", "sogar", "nur",
	"immer", "vielmehr", "eher", "bisher", "dabei", "hingegen", "dagegen", "indes", "ferner",
	"weiterhin", "zun\xC3\xA4" "chst", "schlie\xC3\x9F" "lich", "abschlie\xC3\x9F" "end",
	"ebenso", "aber", "jedenfalls", "freilich", "demnach",
	"zuerst", "dort", "hier", "damit", "daher", "deshalb", "darin",
	"darauf", "daran", "davon", "sinngem\xC3\xA4\xC3\x9F", "relativierend", "erg\xC3\xA4nzend",
	"\xC3\xA4hnlich", "einst", "sp\xC3\xA4terhin", "morgens", "abends", "mittags",
	/* sentence adverbs that fill a verb-second clause's front: "Dennoch
	 * betont der Trainer:", "Umso wichtiger seien …:" */
	"dennoch", "trotzdem", "gleichwohl", "umso", "zwar", "sonst", "stattdessen", "seither",
	"k\xC3\xBCnftig", "bislang", "derzeit", "mittlerweile", "n\xC3\xA4mlich", "\xC3\xBC" "berdies",
	"hierzu", "hierbei", "daf\xC3\xBCr", "danach", "vorher", "vorab", "zumindest", "immerhin",
	"wenigstens", "insbesondere", "besonders", "ohnehin", "tats\xC3\xA4" "chlich", "nat\xC3\xBC" "rlich",
	"also", "folglich", "somit", "insofern", "vermutlich", "angeblich", "kaum", "oft", "h\xC3\xA4ufig",
	"manchmal", "stets", "nie", "niemals", "erst", "vielleicht", "genauso", "andererseits",
	"einerseits", "\xC3\xBC" "brigens", "\xC3\xBC" "berhaupt", "darum", "deswegen", "insgesamt",
	"unterdessen", "derweil", "vorerst", "j\xC3\xBCngst", "unl\xC3\xA4ngst", "sofort", "bald",
	"l\xC3\xA4ngst", "gleich", "ganz", NULL };

static quote_words pronouns = { "er", "sie", "es", "ich", "wir", "man", "ihr", "du", NULL };
static quote_words reflexives = { "sich", NULL };
static quote_words impersonals = { "es", NULL };
/* "sie" and "es" may be objects, "ihr" a dative. */
static quote_words nominative_pronouns = { "er", "ich", "wir", "du", NULL };
/* "wird/wurde von X als „…“ bezeichnet", "war … bezeichnet worden" */
static quote_words passive_auxiliaries = { "wird", "wurde", "wurden", "werden", "worden", NULL };
static quote_words agent_prepositions = { "von", "vom", "durch", NULL };
static quote_words singular_pronouns = { "er", "sie", NULL };
static quote_words plural_pronouns = { "sie", NULL };
/* "sie sagten": plural; "sie sagte": one woman. */
static quote_words plural_endings = { "en", NULL };

static quote_words determiners = { "der", "die", "das", "den", "dem", "des", "ein", "eine",
	"einer", "eines", "einem", "einen", "sein", "seine", "seinen", "seinem", "seiner",
	"seines", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dieser", "diese", "dieses",
	"diesem", "diesen", "jener", "jene", "alle", "viele", "einige", "mehrere", "beide",
	"zwei", "drei", "vier", "kein", "keine", "unser", "unsere", "manche", "zahlreiche",
	"andere", NULL };

/* Dative and accusative only, never nominative: "„…“, dankte dem
 * Trainer" has no subject there (the genitive's "des", "eines" go on
 * inside a mention: "ein Sprecher des Ministeriums"). */
static quote_words oblique_determiners = { "dem", "den", "einem", "einen", "seinem", "seinen",
	"ihrem", "ihren", "diesem", "diesen", "jenem", "jenen", "keinem", "keinen", "unserem",
	"unseren", NULL };

static quote_words stops = { "und", "oder", "aber", "als", "wenn", "weil", "dass",
	"da\xC3\x9F", "ob", "denn", "sondern", "doch", "da", "nachdem", "bevor",
	"w\xC3\xA4hrend", "obwohl", "in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei",
	"beim", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur", "f\xC3\xBCr", "gegen",
	"ohne", "um", "\xC3\xBC" "ber", "unter", "vor", "hinter", "neben", "zwischen", "durch",
	"wegen", "trotz", "laut", "gegen\xC3\xBC" "ber", "so", "nicht", "wie", "was", "wer",
	"warum", "wo", "bis", "sowie", "au\xC3\x9F" "er", "innerhalb", "angesichts",
	"aufgrund", "zufolge", "hinzu", "fest", "heraus", "hervor", "klar", "entgegen",
	"zur\xC3\xBC" "ck", "wieder", "bekannt", "nahe", "zusammen", "ab", "welche", "welcher",
	"welches", "deren", "dessen", NULL };

/* "der Leiter der Studie", "ein Sprecher des Unternehmens", "Kempf vom
 * Max-Planck-Institut für Kernphysik" */
static quote_words links = { "der", "des", "von", "vom", "f\xC3\xBCr", "bei", "beim",
	"aus", "im", "am", NULL };
/* End the name of an organisation or place, not a person (lang.h). */
static quote_words organisation_words = { "ag", "gmbh", "se", "bank", "partei", "union",
	"bundestag", "landtag", "rat", "gericht", "bundesgerichtshof", "ministerium",
	"universit\xC3\xA4t", "stiftung", "institut", "verband", "zeitung", "allgemeine",
	"rundschau", "post", "nachrichten", "polizei", "kommission", "stadt", "republik",
	"staaten", "k\xC3\xB6nigreich", "nationen", "gewerkschaft", "bahn", "konzern",
	/* a country or region closing a name is an organisation's branch
	 * ("Erwerbslosen Forum Deutschland", "Amnesty International"),
	 * never a person's surname */
	"deutschland", "\xC3\xB6sterreich", "schweiz", "europa", "international", "forum",
	"revolutionsgarden", "revolutionsgarde", "armee", "streitkr\xC3\xA4" "fte", NULL };
/* Open the name of an organisation (lang.h): "Gewerkschaft Verdi Nord",
 * "Deutsche Bahn". */
static quote_words organisation_heads = { "gewerkschaft", "firma", "konzern", "partei",
	"verband", "verein", "stiftung", "institut", "universit\xC3\xA4t", "bundesamt", "landesamt",
	"ministerium", "bundesministerium", "amt", "beh\xC3\xB6rde", "stadt", "gemeinde",
	"bank", "deutsche", "deutscher", "deutschen", "bundesagentur", "agentur", "zeitung",
	"klinik", "klinikum", "verlag", "sender", "gruppe", "holding", "initiative",
	"regierung", "fraktion", "landkreis", "kreis", "bezirk", "hochschule", "schule",
	"bahn", "staatsanwaltschaft", "polizei", "feuerwehr", "bundeswehr",
	/* "Vereinigte Staaten", "Vereinigten Königreich", "Vereinte Nationen" */
	"vereinigte", "vereinigten", "vereinigtes", "vereinte", "vereinten", "k\xC3\xB6nigreich",
	"republik", "freistaat", "bundesland", "bundesrepublik", NULL };
/* "Merkels Rede", "Soleimanis Lebensweg" (lang.h) */
static quote_words genitive_suffixes = { "s", NULL };
/* The sex a pronoun or a title before a name gives (lang.h). */
static quote_words female_words = { "sie", "frau", "pr\xC3\xA4sidentin", "ministerin",
	"kanzlerin", "bundeskanzlerin", "b\xC3\xBCrgermeisterin", "k\xC3\xB6nigin", "prinzessin",
	"professorin", "senatorin", "richterin", "chefin", "sprecherin", "direktorin",
	"ministerpr\xC3\xA4sidentin", "premierministerin", NULL };
static quote_words male_words = { "er", "herr", "pr\xC3\xA4sident", "minister", "kanzler",
	"bundeskanzler", "b\xC3\xBCrgermeister", "papst", "k\xC3\xB6nig", "prinz", "professor",
	"senator", "richter", "chef", "sprecher", "direktor", "au\xC3\x9F" "enminister",
	"innenminister", "bundespr\xC3\xA4sident", "ministerpr\xC3\xA4sident", "premierminister",
	"kardinal", "bischof", "pfarrer", NULL };
/* "Verbandschefin", "Sprecherin", "Präsidentin", "Direktorin" */
static quote_words female_suffixes = { "erin", "chefin", "entin", "orin", "istin", "antin",
	NULL };
/* Men's given names with those endings (lang.h). */
static quote_words female_suffix_names = { "konstantin", "constantin", "valentin", "florentin",
	"corentin", "severin", NULL };
static quote_words subject_joiners = { "und", "von", "vom", "aus", NULL };
/* Conjunctions before a verb-second clause's front, which they do not
 * fill: "Und man wollte …:", "Doch der Minister sagte:". */
static quote_words coordinators = { "und", "aber", "doch", "denn", "oder", "sondern", NULL };
static quote_words relatives = { "der", "die", "welcher", "welche", NULL };
static quote_words complementizers = { "dass", "da\xC3\x9F", NULL };
static quote_words subordinators = { "als", "wenn", "weil", "nachdem", "da", "obwohl",
	"w\xC3\xA4hrend", "bevor", "sobald", "seit", "seitdem", "indem", "falls", "ob", "dass",
	"da\xC3\x9F", "obgleich", "wie", "damit",
	/* a fronted indirect question: "Weshalb es dazu kam, konnte er
	 * nicht sagen:" */
	"weshalb", "weswegen", "warum", "wieso", "wann", "wovor", "wor\xC3\xBC" "ber", "wof\xC3\xBCr",
	"womit", "woran", "wodurch", NULL };
static quote_words clause_openers = { "dass", "da\xC3\x9F", "ob", "wenn", "weil", NULL };

static quote_words group_nouns = { "demonstranten", "experten", "kritiker", "beobachter",
	"anwohner", "polizei", "beh\xC3\xB6rden", "sprecher", "sprecherin", NULL };

static quote_words title_words = { "dr.", "prof.", "herr", "frau", "pr\xC3\xA4sident",
	"pr\xC3\xA4sidentin", "minister", "ministerin", "kanzler", "kanzlerin",
	"bundeskanzler", "bundeskanzlerin", "b\xC3\xBCrgermeister", "b\xC3\xBCrgermeisterin",
	"papst", "k\xC3\xB6nig", "k\xC3\xB6nigin", "prinz", "prinzessin", "professor",
	"professorin", "senator", "senatorin", "richter", "richterin", "generalsekret\xC3\xA4r",
	"abgeordnete", "abgeordneter", "staatssekret\xC3\xA4r", "vorsitzende", "vorsitzender",
	"chef", "chefin", "sprecher", "sprecherin", "trainer", "direktor", "direktorin",
	"au\xC3\x9F" "enminister", "innenminister", "bundespr\xC3\xA4sident",
	"ministerpr\xC3\xA4sident", "ministerpr\xC3\xA4sidentin", "premierminister",
	"premierministerin", "kardinal", "bischof", "pfarrer", NULL };

static quote_words small_words = { "der", "die", "das", "und", "in", "im", "von", "mit",
	"f\xC3\xBCr", "zu", "am", "an", "auf", NULL };
static quote_words connectors = { "von", "van", "de", "da", "der", "den", "bin", "al",
	"la", "le", "del", "di", "du", "zu", "ibn", NULL };
static quote_words kickers = { "kommentar", "analyse", "interview", "live", "liveblog",
	"ticker", "newsblog", "video", "exklusiv", "meinung", "faktencheck", "umfrage", NULL };
static quote_words utterance_words = { "skandierten", "skandierte", "riefen", "rief",
	"parolen", "parole", "motto", "aufschrift", "titel", "sprechch\xC3\xB6re", "slogan",
	"slogans", "spr\xC3\xBC" "che", "plakaten", "transparenten", NULL };
/* A quoted term, title or name, not words said (lang.h fragment_terms). */
static quote_words fragment_terms = { "sogenannte", "sogenannten", "sogenannter",
	"sogenanntes", "genannte", "genannten", "begriff", "begriffs", "wort", "titel",
	"buch", "roman", "film", "schiff", "partei", "organisation", "zeitung", "magazin",
	"sendung", "programm", "projekt", "aktion", "kampagne", "operation", NULL };
/* "(etwa: „…“)", "(übersetzt: „…“)", ", kurz: „…“" (lang.h) */
static quote_words name_labels = { "etwa", "\xC3\xBC" "bersetzt", "deutsch", "englisch", "engl",
	"kurz", "abgek\xC3\xBC" "rzt", "auch", "zu", "bzw", NULL };
/* "mit dem „Deutschlandfunk“", "zum „Austausch“" (lang.h) */
static quote_words name_articles = { "der", "die", "das", "den", "dem", "des", "ein", "eine",
	"einen", "einem", "einer", "eines", "zum", "zur", "im", "am", "beim", "vom", "ins", NULL };
/* "„Gelassenheit und Aufmerksamkeit“" (lang.h) */
static quote_words common_noun_suffixes = { "heit", "keit", "ung", "schaft", "t\xC3\xA4t", "ismus",
	NULL };
/* "als „Fest“ bezeichnete"; "Seiner Ansicht nach „…“" (lang.h) */
static quote_words naming_as_links = { "als", NULL };
static quote_words opinion_nouns = { "ansicht", "meinung", "auffassung", "einsch\xC3\xA4tzung",
	"\xC3\xBC" "berzeugung", "worten", "aussage", "darstellung", NULL };
static quote_words opinion_postpositions = { "nach", "zufolge", NULL };
/* "skandierten Sprüche wie „…“" (the word before "wie"; lang.h) */
static quote_words utterance_of_nouns = { "spr\xC3\xBC" "che", "parolen", "slogans", NULL };
static quote_words utterance_links = { "wie", NULL };
/* Adjectives used as adverbs: "Unmissverständlich sagt das Gericht". */
static quote_words adverb_suffixes = { "lich", "weise", NULL };
static quote_words byline_words = { "von", NULL };
static quote_words abbrevs = { "Dr", "Prof", "Hr", "Fr", "St", "Nr", "bzw", "ca", "vgl",
	"usw", "etc", "Mio", "Mrd", "Jh", "Abs", "Art", "Bd", NULL };

/* "am 14. Dezember", "zum 3. Mal", "der 2. Weltkrieg" (lang.h) */
static quote_words month_names = { "januar", "j\xC3\xA4nner", "februar", "m\xC3\xA4rz", "april", "mai",
	"juni", "juli", "august", "september", "oktober", "november", "dezember", NULL };
static quote_words ordinal_before = { "am", "im", "vom", "zum", "zur", "beim", "ab", "bis", "seit",
	"der", "die", "das", "den", "dem", "des", "ihr", "ihre", "ihrem", "ihren", "sein", "seine",
	"seinem", "seinen", NULL };

/* Konjunktiv I forms that differ from the indicative in the third person
 * (Konjunktiv II "hätten", "würden" also make conditionals: not listed). */
static quote_words subjunctive_verbs = { "sei", "seien", "habe", "werde", "k\xC3\xB6nne",
	"m\xC3\xBCsse", "solle", "wolle", "d\xC3\xBC" "rfe", "m\xC3\xB6ge", "gebe", "gehe", "stehe",
	"liege", "komme", "bleibe", "wisse", "lasse", "brauche", "fehle", "handle", "trage", "gelte",
	"zeige", "mache", NULL };

/* "„…“, zitierte man X", "Der Spiegel zitiert den Prediger mit den
 * Worten „…“": the object speaks. */
static quote_words quoting_verbs = { "zitiert", "zitierte", "zitierten", "zitieren", NULL };

/* "„…“, sagte am Montag X", "sagte gegenüber der Zeitung X", "betonte
 * auf einer Pressekonferenz X": an adverbial between the verb and its
 * subject (adjunct_before_subject.c). */
static quote_words adjunct_prepositions = { "in", "im", "an", "am", "auf", "aus", "bei", "beim",
	"mit", "nach", "seit", "vor", "vom", "zum", "zur", "f\xC3\xBCr", "gegen",
	"gegen\xC3\xBC" "ber", "\xC3\xBC" "ber", "unter", "w\xC3\xA4hrend", "laut", "wegen", "trotz",
	"angesichts", NULL };

/* "Auch Karl Weber hält …", "Nur der Minister widersprach:" (front_phrase.c) */
static quote_words focus_particles = { "auch", "selbst", "sogar", "nur", "gerade", "ebenfalls",
	"allein", "lediglich", "insbesondere", "besonders", NULL };
/* "Der Zeitung sagte X:", "Der Deutschen Presse-Agentur sagte er:" (front_phrase.c) */
static quote_words feminine_oblique_determiners = { "der", NULL };
static quote_words feminine_noun_suffixes = { "ung", "heit", "keit", "schaft", "tion", "sion",
	"t\xC3\xA4t", "tur", "ei", NULL };
static quote_words oblique_adjective_suffixes = { "en", NULL };
/* "Auch ein Narrativ hatten sich die Liberalen zurechtgelegt" (front_phrase.c) */
static quote_words singular_determiners = { "ein", "der", "das", "dieser", "dieses", "jener",
	"jenes", "kein", "sein", "seines", "ihres", NULL };

static quote_words detect_words = { "der", "die", "und", "das", "nicht", "ist", "den",
	"dem", "ein", "eine", "mit", "auf", "sich", "f\xC3\xBCr", "auch", "wird", "wurde",
	"von", "zu", "im", "sie", "er", "hat", "dass", "nach", "bei", "aus", "einer",
	"sagte", "werden", "wie", "oder", "zum", "zur", "noch", NULL };

const quote_lang newsdoc__quote_lang_de = {
	.code = "de",
	.convention = QUOTE_CONV_GERMAN,
	.verb_second = 1,
	.pronoun_in_block = 1,
	.detect_words = detect_words,
	.report_verbs = report_verbs,
	.particle_verbs = particle_verbs,
	.according = according,
	.according_after = according_after,
	.according_post = according_post,
	.according_fronted = according_fronted,
	.according_clauses = according_clauses,
	.cue_nouns = cue_nouns,
	.naming_verbs = naming_verbs,
	.naming_links = naming_links,
	.auxiliaries = auxiliaries,
	.adverbs = adverbs,
	.adverb_suffixes = adverb_suffixes,
	.pronouns = pronouns,
	.reflexives = reflexives,
	.impersonals = impersonals,
	.nominative_pronouns = nominative_pronouns,
	.passive_auxiliaries = passive_auxiliaries,
	.agent_prepositions = agent_prepositions,
	.singular_pronouns = singular_pronouns,
	.plural_pronouns = plural_pronouns,
	.plural_endings = plural_endings,
	.determiners = determiners,
	.oblique_determiners = oblique_determiners,
	.stops = stops,
	.links = links,
	.subject_joiners = subject_joiners,
	.coordinators = coordinators,
	.organisation_words = organisation_words,
	.organisation_heads = organisation_heads,
	.genitive_suffixes = genitive_suffixes,
	.female_words = female_words,
	.male_words = male_words,
	.female_suffixes = female_suffixes,
	.female_suffix_names = female_suffix_names,
	.relatives = relatives,
	.subordinators = subordinators,
	.complementizers = complementizers,
	.clause_openers = clause_openers,
	.group_nouns = group_nouns,
	.title_words = title_words,
	.small_words = small_words,
	.connectors = connectors,
	.kickers = kickers,
	.utterance_words = utterance_words,
	.byline_words = byline_words,
	.name_labels = name_labels,
	.name_articles = name_articles,
	.common_noun_suffixes = common_noun_suffixes,
	.naming_as_links = naming_as_links,
	.opinion_nouns = opinion_nouns,
	.opinion_postpositions = opinion_postpositions,
	.utterance_of_nouns = utterance_of_nouns,
	.utterance_links = utterance_links,
	.fragment_terms = fragment_terms,
	.abbrevs = abbrevs,
	.month_names = month_names,
	.ordinal_before = ordinal_before,
	.subjunctive_verbs = subjunctive_verbs,
	.quoting_verbs = quoting_verbs,
	.adjunct_prepositions = adjunct_prepositions,
	.focus_particles = focus_particles,
	.feminine_oblique_determiners = feminine_oblique_determiners,
	.feminine_noun_suffixes = feminine_noun_suffixes,
	.oblique_adjective_suffixes = oblique_adjective_suffixes,
	.singular_determiners = singular_determiners,
};
