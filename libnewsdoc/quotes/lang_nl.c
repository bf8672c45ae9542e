/*
 * Dutch: the word lists of the quote finder (lang.h). Like German, Dutch
 * puts the finite verb second ("Daarover zei De Vries", "„…“, zei ze") and
 * ends a separable verb with its particle ("liet hij weten"); "aldus X"
 * after a quotation names its speaker.
 */
#include "lang.h"

static quote_words report_verbs = {
	"zei", "zegt", "zeiden", "gezegd", "verklaarde", "verklaart", "verklaarden",
	"stelde", "stelt", "stelden", "benadrukte", "benadrukt", "schreef", "schrijft",
	"vertelde", "vertelt", "vertelden", "meldde", "meldt", "waarschuwde", "waarschuwt",
	"antwoordde", "antwoordt", "vroeg", "vraagt", "reageerde", "reageert", "vond", "vindt",
	"zegde", "beweerde", "beweert", "bevestigde", "bevestigt", "erkende", "erkent",
	"twitterde", "concludeerde", "oordeelde", NULL
};
static quote_words particle_verbs = { "liet weten", "laat weten", "voegde toe",
	"voegt toe", "legde uit", "legt uit", "gaf aan", "geeft aan", "gaf toe", "geeft toe",
	"merkte op", "merkt op", "deelde mee", "deelt mee", "riep op", "roept op", NULL };
static quote_words according_after = { "aldus", NULL };
static quote_words according = { "volgens", NULL };
static quote_words auxiliaries = { "heeft", "had", "hebben", "hadden", "is", "was", "zou",
	"zal", "wil", "wilde", "kan", "kon", "moet", "moest", NULL };
static quote_words adverbs = { "ook", "dan", "later", "daarna", "bovendien", "echter",
	"al", "nog", "opnieuw", "eerder", "toen", "nu", "gisteren", "vandaag", "daarover",
	"daarop", "verder", NULL };
static quote_words pronouns = { "hij", "zij", "ze", "het", "ik", "wij", "we", "men", NULL };
static quote_words singular_pronouns = { "hij", "zij", "ze", NULL };
static quote_words plural_pronouns = { "zij", "ze", NULL };
static quote_words plural_endings = { "en", NULL };
static quote_words determiners = { "de", "het", "een", "zijn", "haar", "hun", "deze",
	"die", "dit", "dat", "twee", "drie", "enkele", "veel", "alle", NULL };
static quote_words stops = { "en", "of", "maar", "als", "wanneer", "omdat", "dat",
	"want", "terwijl", "in", "op", "aan", "bij", "met", "na", "naar", "van", "voor", "uit",
	"over", "onder", "door", "tegen", "zonder", "volgens", "niet", "hoe", "wat", "wie",
	"waar", "tot", "om", "weten", "toe", "mee", NULL };
static quote_words links = { "van", "voor", "bij", NULL };
static quote_words subject_joiners = { "en", "van", "uit", NULL };
static quote_words complementizers = { "dat", NULL };
static quote_words clause_openers = { "dat", "of", NULL };
static quote_words title_words = { "dr.", "prof.", "mr.", "premier", "minister",
	"president", "burgemeester", "woordvoerder", "woordvoerster", "koning", "koningin",
	"directeur", "voorzitter", NULL };
static quote_words connectors = { "van", "de", "der", "den", "ter", "ten", "het", NULL };
static quote_words byline_words = { "door", NULL };
static quote_words abbrevs = { "Dr", "Prof", "Mr", "Ir", "Drs", "St", "blz", "enz", NULL };
static quote_words detect_words = { "de", "het", "een", "van", "en", "niet", "dat", "op",
	"zijn", "voor", "met", "ook", "aan", "werd", "hij", "wordt", "naar", "bij", "heeft",
	"maar", "om", "dit", "zei", "ze", "er", NULL };

const quote_lang newsdoc__quote_lang_nl = {
	.code = "nl",
	.convention = QUOTE_CONV_DEFAULT,
	.verb_second = 1,
	.detect_words = detect_words,
	.report_verbs = report_verbs,
	.particle_verbs = particle_verbs,
	.according = according,
	.according_after = according_after,
	.auxiliaries = auxiliaries,
	.adverbs = adverbs,
	.pronouns = pronouns,
	.singular_pronouns = singular_pronouns,
	.plural_pronouns = plural_pronouns,
	.plural_endings = plural_endings,
	.determiners = determiners,
	.stops = stops,
	.links = links,
	.subject_joiners = subject_joiners,
	.complementizers = complementizers,
	.clause_openers = clause_openers,
	.title_words = title_words,
	.connectors = connectors,
	.byline_words = byline_words,
	.abbrevs = abbrevs,
};
