/*
 * Italian: the word lists of the quote finder (lang.h). Italian writes
 * «…» and “…”, reports with a compound past ("ha detto", "ha spiegato il
 * ministro") and names sources with "secondo".
 */
#include "lang.h"

static quote_words report_verbs = {
	"detto", "dice", "dicono", "disse", "dissero", "dichiarato", "dichiara", "dichiarano",
	"dichiar\xC3\xB2", "spiegato", "spiega", "spiegano", "spieg\xC3\xB2", "aggiunto",
	"aggiunge", "aggiungono", "aggiunse", "sottolineato", "sottolinea", "sottolineano",
	"sottoline\xC3\xB2", "affermato", "afferma", "affermano", "afferm\xC3\xB2",
	"commentato", "commenta", "comment\xC3\xB2", "osservato", "osserva", "raccontato",
	"racconta", "raccont\xC3\xB2", "ricordato", "ricorda", "ricord\xC3\xB2", "concluso",
	"conclude", "avvertito", "avverte", "precisato", "precisa", "ribadito", "ribadisce",
	"annunciato", "annuncia", "scritto", "scrive", "scrisse", "assicurato", "assicura",
	"evidenziato", "evidenzia", "rimarcato", "rimarca", "spiegava", "diceva", "dichiarava",
	"replicato", "replica", "risposto", "risponde", "chiesto", "chiede", "denunciato",
	"denuncia", "attaccato", "attacca", "confermato", "conferma", "ammesso", "ammette",
	"sostenuto", "sostiene", "insistito", "insiste", "riferito", "riferisce", "rivelato",
	"rivela", "tuonato", "tuona", "incalzato", "incalza", "confidato", "confida",
	"twittato", "puntualizzato", "puntualizza", "segnalato", "segnala", "esordito",
	"esordisce", "aggiungeva", "avvisato", "avvisa", "garantito", "garantisce",
	"lamentato", "lamenta", "promesso", "promette", "proseguito", "prosegue",
	/* the imperfect of narration ("scriveva il giornale") */
	"scriveva", "raccontava", "sottolineava", "affermava", "ricordava", "commentava",
	"ripeteva", "ripete", "ripetuto", "osservava", "spiegavano", "dicevano",
	/* the feminine and plural participles ("l'ha definita", "si sono detti") */
	"detta", "detti", "dette", "spiegata", "dichiarata",
	NULL
};
static quote_words according = { "secondo", "a detta di", "stando a", "a parere di",
	"per", NULL };
static quote_words naming_verbs = { "definito", "definita", "definiti", "definite",
	"definisce", "defin\xC3\xAC", "chiamato",
	"chiama", "parlato", "parla", "denunciato", "denuncia", "criticato", "critica",
	"descritto", "descrive", "considera", "considerato", "bollato", "bolla", "giudicato",
	"giudica", "chiesto", "chiede", "promesso", "promette", "detto", "dice", "spiegato",
	"spiega", "sottolineato", "sottolinea", "affermato", "afferma", "annunciato",
	"annuncia", "lamentato", "lamenta", NULL };
static quote_words naming_links = { "come", "di", "da", "per", NULL };

static quote_words cue_nouns = { "dichiarazione", "comunicato", "intervista", "messaggio",
	"parole", "lettera", "nota", "post", NULL };
static quote_words auxiliaries = { "ha", "hanno", "aveva", "avevano", "avrebbe", "\xC3\xA8",
	"sono", "era", "sar\xC3\xA0", "abbiamo", "ho", NULL };
static quote_words adverbs = { "anche", "poi", "ancora", "gi\xC3\xA0", "inoltre",
	"infine", "ieri", "oggi", "successivamente", "recentemente", "pure", "invece",
	"comunque", "tuttavia", "allora", NULL };
static quote_words pronouns = { "lui", "lei", "loro", "egli", "ella", "io", "noi", NULL };
static quote_words singular_pronouns = { "lui", "lei", "egli", "ella", NULL };
static quote_words plural_pronouns = { "loro", NULL };
static quote_words determiners = { "il", "lo", "la", "i", "gli", "le", "l'", "l\xE2\x80\x99", "un", "uno",
	"una", "suo", "sua", "suoi", "sue", "questo", "questa", "quel", "quella", "alcuni",
	"alcune", "diversi", "due", "tre", "nostro", "nostra", "ogni", "del", "della", "dei",
	"degli", "delle", NULL };
static quote_words stops = { "e", "ed", "o", "ma", "che", "come", "quando", "se",
	"perch\xC3\xA9", "anche", "mentre", "in", "con", "su", "per", "tra", "fra", "da", "di",
	"a", "al", "allo", "alla", "ai", "agli", "alle", "dal", "dalla", "dai", "nel", "nella",
	"nei", "negli", "nelle", "sul", "sulla", "sui", "non", "dove", "chi", "cui", "secondo",
	"dopo", "prima", "contro", "senza", "verso", "durante", NULL };
static quote_words links = { "di", "del", "della", "dei", "degli", "delle", "per", NULL };
static quote_words subject_joiners = { "e", "di", "del", "della", NULL };
static quote_words coordinators = { "e", "ma", NULL };
static quote_words relatives = { "che", "chi", "cui", NULL };
static quote_words complementizers = { "che", NULL };
static quote_words clause_openers = { "che", "se", NULL };
static quote_words group_nouns = { "manifestanti", "esperti", "residenti", "fonti",
	"autorit\xC3\xA0", "analisti", "critici", "testimoni", "sindacati", NULL };
static quote_words title_words = { "sig.", "sig.ra", "dott.", "dott.ssa", "prof.", "on.",
	"presidente", "ministro", "ministra", "sindaco", "sindaca", "senatore", "senatrice",
	"deputato", "deputata", "segretario", "segretaria", "direttore", "direttrice",
	"giudice", "generale", "papa", "re", "regina", "principe", "portavoce", "capo",
	"procuratore", "avvocato", "allenatore", "premier", "governatore", "assessore", NULL };
static quote_words small_words = { "il", "lo", "la", "i", "gli", "le", "di", "del", "della",
	"e", "in", "a", "al", "un", "una", "per", "con", NULL };
static quote_words connectors = { "di", "de", "del", "della", "da", "van", "von", "bin",
	"al", "el", "la", "lo", "der", "den", "ter", NULL };
static quote_words kickers = { "video", "diretta", "esclusiva", "analisi", "opinione",
	"intervista", "editoriale", "commento", NULL };
static quote_words utterance_words = { "scandivano", "scandito", "gridavano", "gridando",
	"striscione", "cartello", "cartelli", "slogan", "intitolato", "intitolata", NULL };
static quote_words byline_words = { "di", NULL };
/* Adverbs are formed with -mente ("finalmente"). */
static quote_words adverb_suffixes = { "mente", NULL };
/* A reflexive pronoun before its verb ("se queja"): no subject. */
static quote_words reflexives = { "si", NULL };
static quote_words abbrevs = { "Sig", "Dott", "Prof", "On", "Avv", "Ing", "ecc", "pag",
	"St", NULL };
static quote_words detect_words = { "il", "della", "dei", "delle", "che", "per", "una",
	"non", "sono", "\xC3\xA8", "gli", "anche", "alla", "nel", "nella", "ha", "detto",
	"pi\xC3\xB9", "questo", "ma", "degli", "del", "lo", "di", "ai", NULL };

const quote_lang newsdoc__quote_lang_it = {
	.code = "it",
	.convention = QUOTE_CONV_DEFAULT,
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
