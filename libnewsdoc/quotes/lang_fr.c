/*
 * French: the word lists of the quote finder (lang.h). French writes
 * « … » with spaces inside the marks (and “ … ” inside them), puts the
 * verb before its subject after a quotation ("a déclaré le ministre",
 * "dit-il", "a-t-elle ajouté") and names sources with "selon" and
 * "d'après".
 */
#include "lang.h"

/* Present, passé simple and past participles (after "a"/"ont"). */
static quote_words report_verbs = {
	"dit", "disent", "d\xC3\xA9" "clare", "d\xC3\xA9" "clar\xC3\xA9", "d\xC3\xA9" "clarent",
	"affirme", "affirm\xC3\xA9", "affirment", "explique", "expliqu\xC3\xA9", "expliquent",
	"ajoute", "ajout\xC3\xA9", "ajoutent", "estime", "estim\xC3\xA9", "estiment",
	"souligne", "soulign\xC3\xA9", "soulignent", "indique", "indiqu\xC3\xA9", "indiquent",
	"pr\xC3\xA9" "cise", "pr\xC3\xA9" "cis\xC3\xA9", "assure", "assur\xC3\xA9", "assurent",
	"confie", "confi\xC3\xA9", "lance", "lanc\xC3\xA9", "raconte", "racont\xC3\xA9",
	"rappelle", "rappel\xC3\xA9", "poursuit", "poursuivi", "insiste", "insist\xC3\xA9",
	"reconna\xC3\xAEt", "reconnu", "mart\xC3\xA8le", "martel\xC3\xA9",
	"pr\xC3\xA9vient", "pr\xC3\xA9venu", "regrette", "regrett\xC3\xA9", "d\xC3\xA9nonce",
	"d\xC3\xA9nonc\xC3\xA9", "juge", "jug\xC3\xA9", "note", "not\xC3\xA9", "observe",
	"observ\xC3\xA9", "commente", "comment\xC3\xA9", "r\xC3\xA9pond", "r\xC3\xA9pondu",
	"r\xC3\xA9" "agi", "r\xC3\xA9" "agit", "\xC3\xA9" "crit", "\xC3\xA9" "crivent", "tweet\xC3\xA9",
	"confirme", "confirm\xC3\xA9", "annonce", "annonc\xC3\xA9", "avertit", "averti",
	"admet", "admis", "d\xC3\xA9taille", "d\xC3\xA9taill\xC3\xA9", "r\xC3\xA9sume",
	"r\xC3\xA9sum\xC3\xA9", "conclut", "conclu", "t\xC3\xA9moigne", "t\xC3\xA9moign\xC3\xA9",
	"rel\xC3\xA8ve", "relev\xC3\xA9", "analyse", "analys\xC3\xA9", "argue", "argument\xC3\xA9",
	"plaide", "plaid\xC3\xA9", "fustige", "fustig\xC3\xA9", "salue", "salu\xC3\xA9",
	"d\xC3\xA9plore", "d\xC3\xA9plor\xC3\xA9", "s'exclame", "exclam\xC3\xA9", "interroge",
	"interrog\xC3\xA9", "demande", "demand\xC3\xA9", "s'interroge", "glisse", "gliss\xC3\xA9",
	"r\xC3\xA9torque", "r\xC3\xA9torqu\xC3\xA9", "tranche", "tranch\xC3\xA9", "pr\xC3\xA9" "dit",
	"promet", "promis", "s'inqui\xC3\xA8te", "constate", "constat\xC3\xA9", "signale",
	"signal\xC3\xA9", "r\xC3\xA9" "affirme", "r\xC3\xA9" "affirm\xC3\xA9", "soutient", "soutenu",
	"ironise", "ironis\xC3\xA9", "sourit", "souri", "d\xC3\xA9" "crit",
	"d\xC3\xA9" "crypte", "d\xC3\xA9" "crypt\xC3\xA9", "abonde", "nuance", "nuanc\xC3\xA9",
	"compl\xC3\xA8te", "compl\xC3\xA9t\xC3\xA9", "rench\xC3\xA9rit",
	"s'emporte", "s'agace", "s'\xC3\xA9tonne", "s'indigne", "mentionne",
	"mentionn\xC3\xA9", "avance", "avanc\xC3\xA9", "appelle", "invite",
	"insistait", "disait", "expliquait", "d\xC3\xA9" "clarait", "affirmait", "ajoutait",
	"estimait", "soulignait", "racontait", "confiait", "assurait", "dira", "d\xC3\xA9" "clara",
	"affirma", "expliqua", "ajouta", "lan\xC3\xA7" "a", "r\xC3\xA9pondit",
	"poursuivit", "s'exclama", "pr\xC3\xA9" "cisait", "\xC3\xA9" "crivait",
	"rapporte", "rapport\xC3\xA9", "rapportent", "\xC3\xA9voque", "\xC3\xA9voqu\xC3\xA9",
	NULL
};

/* "a-t-il dit", "dit-elle", "ajoute-t-on": the pronoun after the verb,
 * joined by hyphens. */
static quote_words inverted_pronouns = { "-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles",
	"-il", "-elle", "-on", "-ils", "-elles", "-je", "-nous", "-vous", NULL };

static quote_words according = { "selon", "d'apr\xC3\xA8s", "d\xE2\x80\x99" "apr\xC3\xA8s",
	"aux dires de", "de l'avis de", NULL };
static quote_words according_fronted = { "pour", NULL };
/* Before a pull quote's source line (pull_quote.c). */
static quote_words source_labels = { "une citation de", NULL };

/* Naming verbs: "a qualifié la réforme de « désastre »", "dénonce des
 * « méthodes de voyou »", "parle d'un « scandale »". */
static quote_words naming_verbs = { "qualifie", "qualifi\xC3\xA9", "qualifient",
	"d\xC3\xA9nonce", "d\xC3\xA9nonc\xC3\xA9", "d\xC3\xA9noncent", "parle", "parl\xC3\xA9",
	"\xC3\xA9voque", "\xC3\xA9voqu\xC3\xA9", "fustige", "fustig\xC3\xA9", "salue",
	"salu\xC3\xA9", "appelle", "appel\xC3\xA9", "d\xC3\xA9plore", "d\xC3\xA9plor\xC3\xA9",
	"juge", "jug\xC3\xA9", "estime", "estim\xC3\xA9", "craint", "redoute", "promet", "promis",
	"r\xC3\xA9" "clame", "r\xC3\xA9" "clam\xC3\xA9", "exige", "exig\xC3\xA9", "pr\xC3\xB4ne",
	"pr\xC3\xB4n\xC3\xA9", "souhaite", "souhait\xC3\xA9", "veut", "voulu", "d\xC3\xA9" "crit",
	"critique", "critiqu\xC3\xA9", "condamne", "condamn\xC3\xA9", "regrette", "regrett\xC3\xA9",
	"assure", "assur\xC3\xA9", "affirme", "affirm\xC3\xA9", "souligne",
	"soulign\xC3\xA9", "indique", "indiqu\xC3\xA9", "explique", "expliqu\xC3\xA9", "pointe",
	"point\xC3\xA9", "\xC3\xA9" "crit", "dit", "confie", "confi\xC3\xA9", "reconna\xC3\xAEt",
	"reconnu", "annonce", "annonc\xC3\xA9", "vante", "vant\xC3\xA9", "pr\xC3\xA9" "cise",
	NULL };

static quote_words naming_links = { "de", "d'", "comme", "pour", NULL };

static quote_words cue_nouns = { "d\xC3\xA9" "claration", "communiqu\xC3\xA9", "entretien",
	"interview", "message", "propos", "mots", "termes", "lettre", "tweet", NULL };

static quote_words auxiliaries = { "a", "ont", "avait", "avaient", "aurait", "auraient",
	"est", "sont", "\xC3\xA9tait", "\xC3\xA9taient", "sera", "va", "vont", "avons", "ai",
	"aura", "eu", NULL };

static quote_words adverbs = { "aussi", "encore", "ensuite", "alors", "d\xC3\xA9j\xC3\xA0",
	"notamment", "toutefois", "cependant", "\xC3\xA9galement", "pourtant", "enfin",
	"ainsi", "plus", "tard", "bien", "d'ailleurs", "simplement", "volontiers",
	"aujourd'hui", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
	"dimanche", "r\xC3\xA9" "cemment", "publiquement", "clairement", "ouvertement", NULL };

static quote_words pronouns = { "il", "elle", "ils", "elles", "on", "je", "nous", "vous",
	"lui", "celui-ci", "celle-ci", NULL };
static quote_words singular_pronouns = { "il", "elle", "lui", NULL };
static quote_words plural_pronouns = { "ils", "elles", NULL };

static quote_words determiners = { "le", "la", "les", "l'", "l\xE2\x80\x99", "un", "une", "des", "du",
	"son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "plusieurs",
	"certains", "certaines", "notre", "nos", "mon", "ma", "mes", "deux", "trois",
	"quelques", "chaque", "tous", "toutes", NULL };

static quote_words stops = { "et", "ou", "mais", "car", "donc", "que", "qu'", "qui",
	"quand", "lorsque", "si", "comme", "parce", "puisque", "dans", "en", "sur", "sous",
	"avec", "sans", "pour", "par", "vers", "chez", "entre", "contre", "depuis", "pendant",
	"avant", "apr\xC3\xA8s", "selon", "malgr\xC3\xA9", "\xC3\xA0", "au", "aux", "ne", "pas",
	"o\xC3\xB9", "dont", "lors", "afin", "face", "devant", "derri\xC3\xA8re", "parmi",
	"outre", NULL };

/* "le porte-parole du gouvernement", "la ministre de la Santé" */
static quote_words links = { "de", "du", "des", "d'", "pour", "\xC3\xA0", "au", "aux", NULL };
static quote_words subject_joiners = { "et", "de", "du", NULL };
static quote_words coordinators = { "et", "mais", NULL };
static quote_words relatives = { "qui", "dont", NULL };
static quote_words complementizers = { "que", "qu'", NULL };
static quote_words clause_openers = { "que", "qu'", "si", NULL };
static quote_words group_nouns = { "manifestants", "experts", "syndicats", "habitants",
	"riverains", "proches", "enqu\xC3\xAAteurs", "autorit\xC3\xA9s", "sources", "opposants",
	"responsables", NULL };
static quote_words title_words = { "m.", "mme", "mme.", "dr", "dr.", "pr", "pr.", "me",
	"ma\xC3\xAEtre", "pr\xC3\xA9sident", "pr\xC3\xA9sidente", "ministre", "maire",
	"s\xC3\xA9nateur", "s\xC3\xA9natrice", "d\xC3\xA9put\xC3\xA9", "d\xC3\xA9put\xC3\xA9" "e",
	"secr\xC3\xA9taire", "directeur", "directrice", "professeur", "juge", "g\xC3\xA9n\xC3\xA9ral",
	"pape", "roi", "reine", "prince", "princesse", "premier", "chancelier", "chanceli\xC3\xA8re",
	"porte-parole", "patron", "patronne", "chef", "procureur", "procureure", "avocat",
	"avocate", "entra\xC3\xAEneur", "s\xC3\xA9lectionneur", NULL };
static quote_words small_words = { "le", "la", "les", "de", "du", "des", "et", "en", "\xC3\xA0",
	"au", "aux", "un", "une", "pour", "sur", "d'", "l'", NULL };
static quote_words connectors = { "de", "du", "des", "d'", "le", "la", "van", "von", "ben",
	"bin", "al", "el", "da", "di", "der", "den", "ter", NULL };
static quote_words kickers = { "vid\xC3\xA9o", "direct", "info", "exclusif", "analyse",
	"entretien", "tribune", "chronique", "\xC3\xA9" "dito", "enqu\xC3\xAAte", "r\xC3\xA9" "cit",
	"reportage", "portrait", "d\xC3\xA9" "cryptage", NULL };
static quote_words utterance_words = { "scandent", "scandaient", "scand\xC3\xA9", "criant",
	"crient", "criaient", "slogan", "slogans", "pancarte", "pancartes", "banderole",
	"intitul\xC3\xA9", "intitul\xC3\xA9" "e", "baptis\xC3\xA9", "baptis\xC3\xA9" "e", NULL };
static quote_words byline_words = { "par", NULL };
static quote_words abbrevs = { "M", "Mme", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "Mgr",
	"av", "J.-C", "etc", "cf", "p", NULL };

static quote_words detect_words = { "le", "les", "des", "du", "est", "une", "pour", "dans",
	"qui", "pas", "sur", "avec", "au", "aux", "mais", "plus", "\xC3\xA9t\xC3\xA9", "il", "elle",
	"ce", "cette", "sont", "selon", "ont", "nous", "leur", "aussi", "fait", "\xC3\xA0", "et",
	NULL };

const quote_lang newsdoc__quote_lang_fr = {
	.code = "fr",
	.convention = QUOTE_CONV_FRENCH,
	.fragment_before_cue = 1,
	.fragment_after_source = 1,
	.verb_second = 0,
	.detect_words = detect_words,
	.report_verbs = report_verbs,
	.inverted_pronouns = inverted_pronouns,
	.according = according,
	.according_fronted = according_fronted,
	.source_labels = source_labels,
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
};
