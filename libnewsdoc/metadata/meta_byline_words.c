/*
 * The words bylines are read with: job titles, words that end a byline,
 * degrees, credit labels, conjunctions per language, articles, placeholder
 * credits, name particles, news agencies and organisation words, and the
 * tests built on them (is this an agency, an organisation, a placeholder?).
 * Language knowledge lives here as data; meta_byline.c parses.
 */
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "meta_byline.h"
#include "../html/word_index.h"
#include "../text/text_util.h"

/* Words that make a job title. */
const char *const newsdoc__byline_role_words[] = {
	"director", "executive", "editor", "editors", "reporter", "correspondent", "writer",
	"columnist", "contributor", "producer", "analyst", "manager", "president", "chief",
	"senior", "interim", "deputy", "associate", "assistant", "head", "officer", "professor",
	"fellow", "researcher", "journalist", "founder", "co-founder", "ceo", "cfo", "chair",
	"chairman", "chairwoman", "secretary", "lecturer", "student", "intern", "coordinator",
	"specialist", "strategist", "economist", "photographer", "anchor", "host", "critic",
	"commentator", "contributing", "political", "investigative", "freelance", "lead",
	"blogger", "consultant", "adviser", "advisor", "scientist", "engineer", "designer",
	"developer", "historian", "curator", "presenter", "broadcaster", "meteorologist",
	"nutritionist", "therapist", "strategist", "marketer", "reviewer", "vp", "cto",
	"coo", "cmo", "editor-in-chief",
	"\xEA\xB8\xB0\xEC\x9E\x90" /* 기자 */, "\xE8\xA8\x98\xE8\x80\x85" /* 記者 */,
	"\xED\x8A\xB9\xED\x8C\x8C\xEC\x9B\x90" /* 특파원 */,
	"redakteur", "redakteurin", "korrespondent", "korrespondentin", "chefredakteur",
	"chefredakteurin", "journalistin", "autorin", "reporterin", "volontär", "volontärin",
	"leiter", "leiterin", "ressortleiter", "ressortleiterin", "rédacteur", "rédactrice",
	"journaliste", "envoyé", "envoyée", "spécial", "corresponsal", "periodista", "redactor",
	"redactora", "giornalista", "inviato", "inviata",
	"correspondant", "correspondante", "chroniqueur", "chroniqueuse", "éditorialiste",  /* fr */
	"reportera", "columnista", "editora", "enviado", "enviada", "especial",             /* es */
	"redattore", "redattrice", "corrispondente", "caporedattore", "caporedattrice",      /* it */
	"editorialista", "opinionista", "speciale",
	"jornalista", "repórter", "redator", "redatora", "correspondente", "colunista",      /* pt */
	"dziennikarz", "dziennikarka", "redaktor", "redaktorka", "korespondent",             /* pl */
	"korespondentka", "publicysta", "publicystka", "reporterka", "felietonista",
	"felietonistka",
	/* titles that follow the noun they qualify: "redactora jefa",
	 * "envoyée spéciale", "redator-chefe adjunto" */
	"jefe", "jefa", "adjunto", "adjunta", "adjoint", "adjointe", "spéciale", "chefe",
	"verslaggever", "verslaggeefster", "redacteur", "redactrice", "hoofdredacteur",        /* nl */
	"redaktör", "krönikör", "kolumnist", "fotograf",                                      /* sv */
	"redaktør", "kommentator",                                                             /* no, da */
	"zpravodaj", "zpravodajka", "reportér", "reportérka", "komentátor", "komentátorka",    /* cs, sk */
	"novinář", "novinářka", "spravodajca", "spravodajkyňa",
	"korespondentas", "korespondentė", "žurnalistas", "žurnalistė", "redaktorius",         /* lt */
	"redaktorė", "apžvalgininkas", "apžvalgininkė",
	"redaktors", "redaktore", "žurnālists", "žurnāliste", "korespondents", "korespondente", /* lv */
	"muhabir", "muhabiri", "editör", "editörü", "temsilcisi",                              /* tr */
	"wartawan", "jurnalis", "redaktur", "kontributor", "koresponden",                      /* id */
	"\xD0\xBA\xD0\xBE\xD1\x80\xD1\x80\xD0\xB5\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82" /* ru корреспондент */,
	"\xD0\xBE\xD0\xB1\xD0\xBE\xD0\xB7\xD1\x80\xD0\xB5\xD0\xB2\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C" /* ru обозреватель */,
	"\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x82\xD0\xBE\xD1\x80" /* ru редактор */,
	"\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82" /* ru журналист */,
	"\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x82\xD0\xBA\xD0\xB0" /* ru журналистка */,
	"\xD0\xBA\xD0\xBE\xD1\x80\xD0\xB5\xD1\x81\xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82" /* uk кореспондент */,
	"\xD0\xB6\xD1\x83\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBB\xD1\x96\xD1\x81\xD1\x82" /* uk журналіст */,
	"\xEC\xB9\xBC\xEB\x9F\xBC\xEB\x8B\x88\xEC\x8A\xA4\xED\x8A\xB8" /* 칼럼니스트 */,
	"\xEB\x85\xBC\xEC\x84\xA4\xEC\x9C\x84\xEC\x9B\x90" /* 논설위원 */,
	"\xE7\x89\xB9\xE6\xB4\xBE\xE5\x93\xA1" /* 特派員 */,
	"\xE8\xAE\xB0\xE8\x80\x85" /* 记者 */,
	NULL
};

/*
 * The role table has grown past 200 words in a dozen languages, and every
 * word of a byline and of an author card's lines is tested against it:
 * compared word by word that was the byline's costliest test. The word
 * index compares only the table words that share the first two bytes.
 */
static newsdoc__word_index role_index;
static pthread_once_t role_index_once = PTHREAD_ONCE_INIT;
static int role_index_failed;

static void build_role_index(void)
{
	size_t count = 0;

	while (newsdoc__byline_role_words[count])
		count++;
	role_index_failed = newsdoc__word_index_add(&role_index, newsdoc__byline_role_words, count, 0) != 0;
	newsdoc__word_index_finish(&role_index);
}

int newsdoc__byline_is_role_word(const byline_word *w)
{
	char lower[64];
	size_t i, k, end;

	pthread_once(&role_index_once, build_role_index);
	/* A table past the index's size: every word is still found. */
	if (role_index_failed)
		return newsdoc__byline_word_in(w, newsdoc__byline_role_words);
	/* Every role word is 2 to 63 bytes long. */
	if (w->len < 2 || w->len >= sizeof(lower))
		return 0;
	for (i = 0; i < w->len; i++) {
		unsigned char c = (unsigned char)w->s[i];
		lower[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	lower[w->len] = '\0';
	for (k = newsdoc__word_index_first(&role_index, lower, &end); k < end; k++)
		if (role_index.len[k] == w->len && newsdoc__word_index_matches(&role_index, k, lower))
			return 1;
	return 0;
}

/* Byline openers that count only in the case written, per language: "di"
 * and "de" in lower case open Italian and Portuguese bylines anywhere, as
 * "Di Maio" is a name; capitalised "Di" and "DI" open an Italian byline
 * before a first name and a surname ("Di Marco Rossi"). */
const newsdoc__byline_opener newsdoc__byline_cased_openers[] = {
	{ "", "di", 0 },
	{ "", "de", 0 },
	{ "it", "Di", 2 },
	{ "it", "DI", 2 },
	{ NULL, NULL, 0 }
};

/* Words after which the byline is over: dates, reading times, sharing. */
const char *const newsdoc__byline_stop_words[] = {
	"updated", "update", "published", "posted", "aktualisiert", "veröffentlicht", "stand",
	"uhr", "am", "um", "on", "min", "mins", "minute", "minutes", "read", "lesezeit", "share",
	"follow", "email", "e-mail", "mail", "twitter", "facebook", "linkedin", "kommentare",
	"comments", "comment", "photo", "photos", "foto", "fotos", "video", "publié", "publicado",
	"mis", "à", "heute", "gestern", "yesterday", "today", "ago", "vor", "hours", "hour",
	"stunden", "more", "about", "contact", "bio", "profile", "articles", "see", "view", "all",
	/* a dateline's weekday: "Jeff Foust Monday, November 4" */
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag",
	"dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	/* Korean "and others": "박준석 기자 외 1명" is one named reporter */
	"\xEC\x99\xB8", NULL
};

/* Degrees and licences written after a name ("Tamsin Oakridge, MS, RD",
 * "Peregrine Voss, Ph.D."), points left out: the person's, not more
 * authors. */
const char *const newsdoc__byline_credentials[] = {
	"phd", "md", "do", "ms", "msc", "ma", "mba", "mph", "mfa", "bsc", "rd", "rdn", "ld", "ldn",
	"dvm", "vmd", "rn", "bsn", "np", "fnp", "aprn", "dds", "dmd", "pharmd", "psyd", "edd", "jd",
	"esq", "cpa", "cfa", "cfp", "lcsw", "lpc", "cscs", "ibclc", "facp", "frcp", NULL
};

/* Labels of picture and source credits. */
const char *const newsdoc__byline_credit_labels[] = {
	"bild", "bilder", "foto", "fotos", "photo", "photos", "image", "images", "credit", "credits",
	"quelle", "source", "video", "grafik", "illustration", "picture", "pictures",
	"fuente", "fonte", "\xC5\xBAr\xC3\xB3" "d\xC5\x82o" /* źródło */,
	"\xC5\xB9r\xC3\xB3" "d\xC5\x82o" /* Źródło: only ASCII letters are folded */, NULL
};

/* Picture credit labels written as an abbreviation with a point instead of
 * a colon: Polish "Fot. Jan Kowalski", "Zdj. Anna Nowak". */
const char *const newsdoc__byline_credit_abbreviations[] = {
	"fot", "zdj", NULL
};

/* Between names, per language; "/" only spaced ("Laura Jordán / Javier Urbina"), as
 * "srf/hosb" is one desk code. */
static const struct conjunction_words {
	const char *lang; /* a primary language subtag; "" for every language */
	const char *words[3];
} conjunctions[] = {
	/* English "and" too: pages in other languages credit in English
	 * ("Jane Doe and John Roe" on a German page), and no language of the
	 * table has it as a word of its own. */
	{ "", { "&", "/", "and" } },
	{ "en", { NULL } },
	{ "de", { "und", NULL } },
	{ "fr", { "et", NULL } },
	{ "es", { "y", "e", NULL } },
	{ "it", { "e", NULL } },
	{ "pt", { "e", NULL } },
	{ "nl", { "en", NULL } },
	{ "da", { "og", NULL } },
	{ "no", { "og", NULL } },
	{ "nb", { "og", NULL } },
	{ "nn", { "og", NULL } },
	{ "sv", { "och", NULL } },
};

/* Does `lang` ("es", "es-MX", "ES_es") have the primary subtag `primary`? */
int newsdoc__byline_lang_is(const char *lang, const char *primary)
{
	size_t n = strlen(primary);
	return !strncasecmp(lang, primary, n) && (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_');
}

int newsdoc__byline_is_conjunction(const byline_word *w, const char *lang)
{
	size_t i, k;
	int known = 0;

	/* A page in a language of the table joins names with its own words
	 * only ("RT en Español" is one name on a Spanish page); any other page
	 * with every language's. */
	if (lang && *lang)
		for (i = 1; i < sizeof(conjunctions) / sizeof(conjunctions[0]) && !known; i++)
			known = newsdoc__byline_lang_is(lang, conjunctions[i].lang);
	for (i = 0; i < sizeof(conjunctions) / sizeof(conjunctions[0]); i++) {
		if (i && known && !newsdoc__byline_lang_is(lang, conjunctions[i].lang))
			continue;
		for (k = 0; k < 3 && conjunctions[i].words[k]; k++)
			if (newsdoc__byline_word_is(w, conjunctions[i].words[k]))
				return 1;
	}
	return 0;
}

/* Articles, per language: they start a publication's name ("The Economist",
 * "Die Zeit", "Le Monde", "El País"), never a person's. "de", "da" and "del"
 * are left out: they start Dutch papers but also bylines' surnames. */
const char *const newsdoc__byline_articles[] = {
	"the", "a", "an",                           /* en */
	"der", "die", "das",                        /* de */
	"le", "la", "les",                          /* fr */
	"el", "los", "las",                         /* es */
	"il", "lo", "gli",                          /* it */
	"het",                                      /* nl */
	"o", "os", "as",                            /* pt */
	NULL
};

/* Whole bylines that name nobody, per language: a CMS's default or a desk
 * without a name. "Staff" and "Anonymous" alone are left out: the
 * references of bench/run's sets (wcxb) keep them as the stated author.
 * "MND Staff" names a desk and stays an organisation. */
static const char *const placeholders[] = {
	"no author", "staff and news service reports", "staff reports", "staff report",
	"webmaster", "admin", "administrator", "unknown", "editor", "editors",              /* en */
	"redaktion", "unbekannt", "anonym",                                                   /* de */
	"rédaction", "la rédaction", "anonyme",                                               /* fr */
	"redacción", "la redacción", "anónimo",                                               /* es */
	"redazione", "la redazione", "anonimo",                                               /* it */
	"redactie", "de redactie",                                                            /* nl */
	"redação", "da redação",                                                              /* pt */
	"redakcja", "anonim",                                                                 /* pl */
	NULL
};

/* After a title word, the title goes on: "Director of Communications",
 * "Editor in Chief", "Leiter für Politik", "directeur de la rédaction",
 * "inviato a Kiev", "enviada em Lisboa", "korespondent w Berlinie",
 * Norwegian, Danish and Swedish "Journalist i Paris". */
const char *const newsdoc__byline_role_joiners[] = {
	"of", "in", "für", "de", "du", "des", "del", "di", "della", "a", "en", "em", "do", "da", "w", "ds.",
	"i", NULL
};

/* After a title, the organisation follows: "Editor at Reuters", "Redakteurin
 * bei der Zeitung", "journaliste chez X", "corresponsal para El País",
 * "giornalista per X", "dziennikarz dla X". */
const char *const newsdoc__byline_affiliation_markers[] = {
	"at", "bei", "for", "chez", "para", "per", "dla", NULL
};

const char *const newsdoc__byline_name_particles[] = {
	"von", "van", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin",
	"al", "el", "dos", "das", "do", "ten", "ter", "zu", "y", "mc", NULL
};

static const char *const agencies[] = {
	"reuters", "ap", "associated press", "the associated press", "afp", "dpa", "sda", "apa",
	"kna", "epd", "sid", "ansa", "efe", "upi", "pa", "pa media", "bloomberg", "xinhua",
	"tass", "ria novosti", "anadolu", "kyodo", "yonhap", "cnn", "bbc", "bbc news", "pap", "lusa",
	"europa press", "belga", "adnkronos", NULL
};

/* Words that make a name an organisation's: "Harbour Times", "Redaktion". */
static const char *const org_words[] = {
	"staff", "redaktion", "newsroom", "desk", "team", "agency", "agentur", "presse", "press",
	"news", "online", "media", "service", "editorial", "redazione", "rédaction", "redacción",
	"nachrichten", "zeitung", "times", "post", "journal", "magazine", "magazin", "digital",
	NULL
};

/* Is s[0, len) the name of a news agency ("Associated Press")? */
int newsdoc__byline_is_agency(const char *s, size_t len)
{
	return newsdoc__word_in_table(agencies, s, len);
}

/* Is s[0, len) a placeholder that names nobody ("No Author", "Redaktion")? */
int newsdoc__byline_is_placeholder(const char *s, size_t len)
{
	return newsdoc__word_in_table(placeholders, s, len);
}

/* Does s[0, len) start with an article and go on ("The Economist")? */
static int starts_with_article(const char *s, size_t len)
{
	const char *space = memchr(s, ' ', len);
	byline_word first;

	if (!space || space + 1 >= s + len)
		return 0;
	first.s = s;
	first.len = (size_t)(space - s);
	return newsdoc__byline_word_in(&first, newsdoc__byline_articles);
}

/* Is s[0, len) an organisation: an agency, a domain, a publication named
 * with an article, a name with an organisation's word? Read in place, so
 * that a run of byline words needs no copy. */
int newsdoc__byline_is_org_text(const char *s, size_t len)
{
	const char *end = s + len, *p, *dot = NULL;
	byline_word w;

	if (newsdoc__byline_is_agency(s, len) || starts_with_article(s, len))
		return 1;
	/* A domain name: "ORF.at", "sportschau.de". */
	for (p = s; p < end && *p != ' '; p++)
		if (*p == '.')
			dot = p;
	if (p == end && dot && dot > s && dot + 1 < end)
		return 1;
	for (p = s; p < end;) {
		while (p < end && *p == ' ')
			p++;
		w.s = p;
		while (p < end && *p != ' ')
			p++;
		w.len = (size_t)(p - w.s);
		if (w.len && newsdoc__byline_word_in(&w, org_words))
			return 1;
	}
	return 0;
}

int newsdoc__meta_is_placeholder_name(const char *name)
{
	return newsdoc__byline_is_placeholder(name, strlen(name));
}

int newsdoc__meta_is_org_name(const char *name)
{
	return newsdoc__byline_is_org_text(name, strlen(name));
}
