/*
 * Spanish: the word lists of the quote finder (lang.h). Spanish writes
 * «…» and “…”, sets interviews and dialogue off with dashes (—), puts the
 * verb before its subject after a quotation ("dijo el ministro") and
 * leaves the subject out when it is known ("«…», añadió.").
 */
#include "lang.h"

static quote_words report_verbs = {
	"dijo", "dice", "dicen", "dijeron", "dicho", "afirm\xC3\xB3", "afirma", "afirman",
	"afirmaron", "afirmado", "asegur\xC3\xB3", "asegura", "aseguran", "aseguraron",
	"asegurado", "explic\xC3\xB3", "explica", "explican", "explicaron", "explicado",
	"se\xC3\xB1" "al\xC3\xB3", "se\xC3\xB1" "ala", "se\xC3\xB1" "alan", "se\xC3\xB1" "alaron",
	"se\xC3\xB1" "alado", "a\xC3\xB1" "adi\xC3\xB3", "a\xC3\xB1" "ade", "a\xC3\xB1" "adieron",
	"a\xC3\xB1" "adido", "indic\xC3\xB3", "indica", "indicaron", "indicado", "sostuvo",
	"sostiene", "sostienen", "manifest\xC3\xB3", "manifiesta", "manifestado",
	"declar\xC3\xB3", "declara", "declararon", "declarado", "coment\xC3\xB3", "comenta",
	"comentaron", "comentado", "expres\xC3\xB3", "expresa", "apunt\xC3\xB3", "apunta",
	"subray\xC3\xB3", "subraya", "destac\xC3\xB3", "destaca", "destacaron", "advirti\xC3\xB3",
	"advierte", "reconoci\xC3\xB3", "reconoce", "insisti\xC3\xB3", "insiste", "agreg\xC3\xB3",
	"agrega", "precis\xC3\xB3", "precisa", "record\xC3\xB3", "recuerda", "concluy\xC3\xB3",
	"concluye", "respondi\xC3\xB3", "responde", "pregunt\xC3\xB3", "pregunta",
	"escribi\xC3\xB3", "escribe", "denunci\xC3\xB3", "denuncia", "critic\xC3\xB3", "critica",
	"defendi\xC3\xB3", "defiende", "cont\xC3\xB3", "cuenta", "relat\xC3\xB3", "relata",
	"detall\xC3\xB3", "detalla", "a\xC3\xB1" "adir\xC3\xAD" "a", "enfatiz\xC3\xB3", "enfatiza",
	"remarc\xC3\xB3", "remarca", "resalt\xC3\xB3", "resalta", "opin\xC3\xB3", "opina",
	"lament\xC3\xB3", "lamenta", "admiti\xC3\xB3", "admite", "confes\xC3\xB3", "confiesa",
	"anunci\xC3\xB3", "anuncia", "prometi\xC3\xB3", "promete", "exclam\xC3\xB3",
	"tuite\xC3\xB3", "public\xC3\xB3", "valor\xC3\xB3", "valora", "consider\xC3\xB3",
	"considera", "estim\xC3\xB3", "estima", "argument\xC3\xB3", "argumenta", "plante\xC3\xB3",
	"plantea", "inform\xC3\xB3", "informa", "zanj\xC3\xB3", "ironiz\xC3\xB3",
	"apostill\xC3\xB3", "aclar\xC3\xB3", "aclara", "matiz\xC3\xB3", "matiza", "insist\xC3\xAD" "a",
	"dec\xC3\xAD" "a", "dijera", "afirmaba", "explicaba", "aseguraba", "a\xC3\xB1" "ad\xC3\xAD" "a",
	"confirm\xC3\xB3", "confirma", "alert\xC3\xB3", "alerta", "reclam\xC3\xB3", "reclama",
	"pidi\xC3\xB3", "pide", "celebr\xC3\xB3", "celebra", "asever\xC3\xB3", "esgrimi\xC3\xB3",
	"reiter\xC3\xB3", "reitera", "sentenci\xC3\xB3", "mencion\xC3\xB3", "narr\xC3\xB3",
	"recalc\xC3\xB3", "recalca", "sosten\xC3\xAD" "a", "se\xC3\xB1" "alaba", "indicaba",
	"comentaba", "denunciaba", "agregaba", "preguntaba",
	/* the participles of the perfect ("ha subrayado"), which news from
	 * Spain uses for what was said today */
	"subrayado", "insistido", "advertido", "recordado", "lamentado", "reconocido",
	"destacado", "apuntado", "agregado", "precisado", "aclarado", "relatado", "contado",
	"concluido", "respondido", "admitido", "denunciado", "criticado", "defendido",
	"reiterado", "recalcado", "remarcado", "alertado", "expresado", "valorado",
	"confirmado", "anunciado", "matizado", "sentenciado", "zanjado", "resumido",
	"detallado", "enfatizado", "resaltado", "sostenido",
	/* more verbs of saying, each tense news uses */
	"resume", "resumi\xC3\xB3", "expone", "expuso", "queja", "quej\xC3\xB3", "lanza",
	"lanz\xC3\xB3", "relataba", "explicaban", "aseguraban",
	"espet\xC3\xB3", "espeta", "abund\xC3\xB3", "abunda", "rememor\xC3\xB3", "rememora",
	"desliz\xC3\xB3", "desliza", "replic\xC3\xB3", "replica", "contest\xC3\xB3", "contesta",
	"brome\xC3\xB3", "bromea", "razon\xC3\xB3", "razona", "reproch\xC3\xB3", "reprocha",
	"avis\xC3\xB3", "avisa", "vaticin\xC3\xB3", "vaticina", "prosigui\xC3\xB3", "prosigue",
	"justific\xC3\xB3", "justifica", "ataj\xC3\xB3", "zanja", "agradeci\xC3\xB3", "agradece",
	"replicado", "contestado",
	NULL
};

static quote_words according = { "seg\xC3\xBAn", "de acuerdo con", "a juicio de",
	"en palabras de", "a decir de", "en opini\xC3\xB3n de", NULL };
static quote_words naming_verbs = { "calific\xC3\xB3", "califica", "calificaron",
	"calificado", "tild\xC3\xB3", "tilda", "llam\xC3\xB3", "llama", "defini\xC3\xB3", "define",
	"habl\xC3\xB3", "habla", "denunci\xC3\xB3", "denuncia", "critic\xC3\xB3", "critica",
	"describi\xC3\xB3", "describe", "consider\xC3\xB3", "considera", "advirti\xC3\xB3",
	"advierte", "alert\xC3\xB3", "alerta", "pidi\xC3\xB3", "pide", "reclam\xC3\xB3", "reclama",
	"celebr\xC3\xB3", "celebra", "lament\xC3\xB3", "lamenta", "prometi\xC3\xB3", "promete",
	"asegur\xC3\xB3", "asegura", "afirm\xC3\xB3", "afirma", "dijo", "dice", "se\xC3\xB1" "al\xC3\xB3",
	"se\xC3\xB1" "ala", "explic\xC3\xB3", "explica", "destac\xC3\xB3", "destaca", "valor\xC3\xB3",
	"valora", "reconoci\xC3\xB3", "reconoce", "expres\xC3\xB3", "expresa", NULL };
static quote_words naming_links = { "como", "de", "por", NULL };

static quote_words cue_nouns = { "declaraci\xC3\xB3n", "comunicado", "entrevista",
	"mensaje", "palabras", "carta", "tuit", NULL };

static quote_words auxiliaries = { "ha", "han", "hab\xC3\xAD" "a", "hab\xC3\xAD" "an",
	"habr\xC3\xAD" "a", "hubiera", "es", "fue", "era", "est\xC3\xA1", "ser\xC3\xA1", "va",
	"hemos", "he", NULL };
static quote_words adverbs = { "tambi\xC3\xA9n", "adem\xC3\xA1s", "luego", "despu\xC3\xA9s",
	"ya", "a\xC3\xBAn", "todav\xC3\xAD" "a", "entonces", "asimismo", "igualmente", "incluso",
	"finalmente", "posteriormente", "recientemente", "ayer", "hoy", "este", "sin",
	"embargo", "no", "quiz\xC3\xA1", "quiz\xC3\xA1s", "acaso", "apenas", "casi", "siempre",
	"nunca", "as\xC3\xAD", "aqu\xC3\xAD", "all\xC3\xAD", NULL };
static quote_words pronouns = { "\xC3\xA9l", "ella", "ellos", "ellas", "yo", "nosotros",
	"usted", "ustedes", NULL };
static quote_words singular_pronouns = { "\xC3\xA9l", "ella", NULL };
static quote_words plural_pronouns = { "ellos", "ellas", NULL };
static quote_words determiners = { "el", "la", "los", "las", "un", "una", "unos", "unas",
	"su", "sus", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel",
	"varios", "varias", "dos", "tres", "nuestro", "nuestra", "algunos", "algunas", "cada",
	"otro", "otra", "otros", "otras", "al", "del", NULL };
static quote_words stops = { "y", "e", "o", "u", "pero", "que", "como", "cuando", "si",
	"porque", "aunque", "mientras", "en", "con", "sin", "sobre", "por", "para", "entre",
	"desde", "hasta", "hacia", "contra", "tras", "ante", "bajo", "durante", "seg\xC3\xBAn",
	"a", "de", "no", "donde", "quien", "quienes", "cual", "cuyo", "mediante", "pues", NULL };
static quote_words links = { "de", "del", "para", "en", "ante", NULL };
static quote_words subject_joiners = { "y", "de", "del", NULL };
static quote_words coordinators = { "y", "e", "pero", NULL };
static quote_words relatives = { "quien", "quienes", "que", NULL };
static quote_words complementizers = { "que", NULL };
static quote_words clause_openers = { "que", "si", NULL };
static quote_words group_nouns = { "manifestantes", "expertos", "vecinos", "fuentes",
	"autoridades", "analistas", "cr\xC3\xADticos", "testigos", "sindicatos", NULL };
static quote_words title_words = { "sr.", "sra.", "don", "do\xC3\xB1" "a", "dr.", "dra.",
	"presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "senador",
	"senadora", "diputado", "diputada", "secretario", "secretaria", "director", "directora",
	"juez", "jueza", "general", "papa", "rey", "reina", "pr\xC3\xADncipe", "portavoz",
	"jefe", "jefa", "fiscal", "abogado", "abogada", "entrenador", "seleccionador",
	"vicepresidente", "vicepresidenta", "consejero", "consejera", "delegado", "delegada",
	"gobernador", "gobernadora", NULL };
static quote_words small_words = { "el", "la", "los", "las", "de", "del", "y", "en", "a",
	"al", "un", "una", "por", "para", "con", NULL };
static quote_words connectors = { "de", "del", "la", "las", "los", "y", "van", "von", "da",
	"di", "bin", "al", "el", "der", "den", "ter", NULL };
static quote_words kickers = { "v\xC3\xAD" "deo", "directo", "exclusiva", "an\xC3\xA1lisis",
	"opini\xC3\xB3n", "entrevista", "tribuna", "editorial", "cr\xC3\xB3nica", "\xC3\xBAltima",
	"hora", NULL };
static quote_words utterance_words = { "coreaban", "corearon", "gritaban", "gritaron",
	"gritando", "lema", "lemas", "pancarta", "pancartas", "titulado", "titulada", NULL };
static quote_words byline_words = { "por", NULL };
/* Adverbs are formed with -mente ("finalmente"). */
static quote_words adverb_suffixes = { "mente", NULL };
/* A reflexive pronoun before its verb ("se queja"): no subject. */
static quote_words reflexives = { "se", NULL };
static quote_words abbrevs = { "Sr", "Sra", "Srta", "Dr", "Dra", "Ud", "Uds", "D", "D\xC3\xB1" "a",
	"etc", "p\xC3\xA1g", "n\xC3\xBAm", "EE", "UU", NULL };
static quote_words detect_words = { "el", "los", "las", "del", "por", "una", "para",
	"como", "pero", "m\xC3\xA1s", "seg\xC3\xBAn", "dijo", "tambi\xC3\xA9n", "esta", "este",
	"est\xC3\xA1", "sus", "fue", "hay", "muy", "y", "es", "al", "con", "su", "lo", "se", NULL };

const quote_lang newsdoc__quote_lang_es = {
	.code = "es",
	.convention = QUOTE_CONV_DEFAULT,
	.fragment_before_cue = 1,
	.subject_drop = 1,
	.detect_words = detect_words,
	.report_verbs = report_verbs,
	.according = according,
	.naming_verbs = naming_verbs,
	.naming_links = naming_links,
	.cue_nouns = cue_nouns,
	.auxiliaries = auxiliaries,
	.adverbs = adverbs,
	.pronouns = pronouns,
	.singular_pronouns = singular_pronouns,
	.plural_pronouns = plural_pronouns,
	.determiners = determiners,
	.stops = stops,
	.links = links,
	.subject_joiners = subject_joiners,
	.coordinators = coordinators,
	.relatives = relatives,
	.complementizers = complementizers,
	.clause_openers = clause_openers,
	.group_nouns = group_nouns,
	.title_words = title_words,
	.small_words = small_words,
	.connectors = connectors,
	.kickers = kickers,
	.utterance_words = utterance_words,
	.byline_words = byline_words,
	.abbrevs = abbrevs,
	.reflexives = reflexives,
	.adverb_suffixes = adverb_suffixes,
};
