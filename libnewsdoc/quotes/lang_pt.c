/*
 * Portuguese: the word lists of the quote finder (lang.h). Portuguese
 * writes “…” and «…» (Portugal), puts the verb before its subject after a
 * quotation ("afirmou o ministro") and names sources with "segundo" and
 * "de acordo com".
 */
#include "lang.h"

static quote_words report_verbs = {
	"disse", "diz", "dizem", "disseram", "dito", "afirmou", "afirma", "afirmam",
	"afirmaram", "declarou", "declara", "declararam", "explicou", "explica", "explicam",
	"acrescentou", "acrescenta", "destacou", "destaca", "ressaltou", "ressalta",
	"salientou", "salienta", "sublinhou", "sublinha", "garantiu", "garante",
	"assegurou", "assegura", "comentou", "comenta", "contou", "conta", "lembrou",
	"lembra", "observou", "observa", "avaliou", "avalia", "defendeu", "defende",
	"criticou", "critica", "alertou", "alerta", "respondeu", "responde", "perguntou",
	"pergunta", "escreveu", "escreve", "refor\xC3\xA7ou", "refor\xC3\xA7" "a", "apontou",
	"aponta", "frisou", "frisa", "admitiu", "admite", "reconheceu", "reconhece",
	"anunciou", "anuncia", "prometeu", "promete", "relatou", "relata", "concluiu",
	"conclui", "insistiu", "insiste", "argumentou", "argumenta", "questionou",
	"questiona", "completou", "completa", "pontuou", "pontua", "enfatizou", "enfatiza",
	"confirmou", "confirma", "declarara", "afirmara", "disse-me", "postou", "publicou",
	"adiantou", "adianta", "sustentou", "sustenta", "indicou", "indica", "referiu",
	"refere", "considerou", "considera", "rematou", "desabafou", "brincou", "ironizou",
	"informou", "informa", "detalhou", "detalha", "esclareceu", "esclarece",
	NULL
};
static quote_words according = { "segundo", "de acordo com", "conforme", "para",
	"na opini\xC3\xA3o de", "nas palavras de", NULL };
static quote_words naming_verbs = { "classificou", "classifica", "chamou", "chama",
	"definiu", "define", "qualificou", "qualifica", "falou", "fala", "criticou", "critica",
	"descreveu", "descreve", "considerou", "considera", "disse", "diz", "afirmou", "afirma",
	"alertou", "alerta", "pediu", "pede", "defendeu", "defende", "destacou", "destaca",
	"prometeu", "promete", "lamentou", "lamenta", "garantiu", "garante", NULL };
static quote_words naming_links = { "como", "de", "por", NULL };

static quote_words cue_nouns = { "declara\xC3\xA7\xC3\xA3o", "comunicado", "entrevista",
	"mensagem", "palavras", "carta", "nota", NULL };
static quote_words auxiliaries = { "tem", "t\xC3\xAAm", "tinha", "tinham", "havia", "\xC3\xA9",
	"foi", "era", "est\xC3\xA1", "ser\xC3\xA1", "vai", NULL };
static quote_words adverbs = { "tamb\xC3\xA9m", "ainda", "depois", "j\xC3\xA1", "ent\xC3\xA3o",
	"al\xC3\xA9m", "ontem", "hoje", "recentemente", "posteriormente", "finalmente", NULL };
static quote_words pronouns = { "ele", "ela", "eles", "elas", "eu", "n\xC3\xB3s", NULL };
static quote_words singular_pronouns = { "ele", "ela", NULL };
static quote_words plural_pronouns = { "eles", "elas", NULL };
static quote_words determiners = { "o", "a", "os", "as", "um", "uma", "uns", "umas", "seu",
	"sua", "seus", "suas", "este", "esta", "esse", "essa", "aquele", "aquela", "v\xC3\xA1rios",
	"v\xC3\xA1rias", "dois", "duas", "tr\xC3\xAAs", "nosso", "nossa", "alguns", "algumas",
	"cada", "do", "da", "dos", "das", NULL };
static quote_words stops = { "e", "ou", "mas", "que", "como", "quando", "se", "porque",
	"embora", "enquanto", "em", "no", "na", "nos", "nas", "com", "sem", "sobre", "por",
	"pelo", "pela", "pelos", "pelas", "para", "entre", "desde", "at\xC3\xA9", "contra",
	"ap\xC3\xB3s", "ante", "durante", "segundo", "de", "ao", "aos", "\xC3\xA0", "\xC3\xA0s",
	"n\xC3\xA3o", "onde", "quem", "cujo", "conforme", NULL };
static quote_words links = { "de", "do", "da", "dos", "das", "para", NULL };
static quote_words subject_joiners = { "e", "de", "do", "da", NULL };
static quote_words coordinators = { "e", "mas", NULL };
static quote_words relatives = { "quem", "que", NULL };
static quote_words complementizers = { "que", NULL };
static quote_words clause_openers = { "que", "se", NULL };
static quote_words group_nouns = { "manifestantes", "especialistas", "moradores",
	"fontes", "autoridades", "analistas", "cr\xC3\xADticos", "testemunhas", NULL };
static quote_words title_words = { "sr.", "sra.", "dr.", "dra.", "presidente", "presidenta",
	"ministro", "ministra", "prefeito", "prefeita", "senador", "senadora", "deputado",
	"deputada", "secret\xC3\xA1rio", "secret\xC3\xA1ria", "diretor", "diretora", "juiz",
	"ju\xC3\xADza", "general", "papa", "rei", "rainha", "pr\xC3\xADncipe", "porta-voz",
	"chefe", "procurador", "advogado", "advogada", "treinador", "t\xC3\xA9" "cnico",
	"governador", "governadora", "vice-presidente", "autarca", NULL };
static quote_words small_words = { "o", "a", "os", "as", "de", "do", "da", "e", "em", "no",
	"na", "um", "uma", "por", "para", "com", NULL };
static quote_words connectors = { "de", "do", "da", "dos", "das", "e", "van", "von", "bin",
	"al", "el", "der", "den", "ter", NULL };
static quote_words kickers = { "v\xC3\xAD" "deo", "ao", "vivo", "exclusivo", "an\xC3\xA1lise",
	"opini\xC3\xA3o", "entrevista", "editorial", NULL };
static quote_words utterance_words = { "gritavam", "gritaram", "gritando", "cantavam",
	"faixa", "faixas", "cartaz", "cartazes", "lema", "intitulado", "intitulada", NULL };
static quote_words byline_words = { "por", NULL };
/* Adverbs are formed with -mente ("finalmente"). */
static quote_words adverb_suffixes = { "mente", NULL };
/* A reflexive pronoun before its verb ("se queja"): no subject. */
static quote_words reflexives = { "se", NULL };
static quote_words abbrevs = { "Sr", "Sra", "Dr", "Dra", "etc", "p\xC3\xA1g", NULL };
static quote_words detect_words = { "os", "do", "da", "dos", "das", "n\xC3\xA3o", "uma",
	"com", "mais", "pelo", "pela", "tamb\xC3\xA9m", "foi", "s\xC3\xA3o", "est\xC3\xA1",
	"disse", "ao", "em", "no", "na", "que", "ele", "ela", "seu", "sua", "\xC3\xA9", NULL };

const quote_lang newsdoc__quote_lang_pt = {
	.code = "pt",
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
