/*
 * The words that tell an organisation credited as an author from a person
 * (meta_author_kind.c), as data. All lowercase; compared as whole words,
 * ASCII letters without case.
 *
 * Two strengths, because a person's name must never read as an
 * organisation's: a DESK word is never part of a personal name ("Staff",
 * "Redaktion", "Newsroom"), so one is enough; a PUBLICATION word is the
 * surname of real writers too ("Eyal Press", "Tom Service", "Emily Post"),
 * so it counts only beside other evidence: the site's own name, a leading
 * article ("The Harbour Times").
 */
#include <stddef.h>

#include "meta_author_kind.h"

/* A desk, a newsroom, an agency, a team, a news service, by language. */
const char *const newsdoc__kind_desk_words[] = {
	/* en */
	"staff", "newsroom", "newsdesk", "desk", "team", "agency", "agencies", "news", "editors",
	"reporters", "correspondents", "wire", "wires", "bureau", "online", "digital", "editorial",
	/* de */
	"redaktion", "onlineredaktion", "nachrichtenredaktion", "agentur", "agenturen", "nachrichten",
	"newsteam", "ressort",
	/* fr */
	"rédaction", "redaction", "agence", "agences", "équipe", "equipe",
	/* es, pt */
	"redacción", "redaccion", "redação", "redacao", "agencia", "agencias", "agência", "agências",
	"equipo", "equipa", "noticias", "notícias",
	/* it */
	"redazione", "agenzia", "agenzie", "notizie",
	/* nl, pl, sv/no/da */
	"redactie", "redakcja", "redaktionen", "redaksjonen", "nieuwsdienst",
	NULL
};

/* Words of a publication's name that are also people's surnames. */
const char *const newsdoc__kind_publication_words[] = {
	"press", "presse", "prensa", "stampa", "service", "services", "post", "times", "media",
	"journal", "magazine", "magazin", "zeitung", "daily", "tribune", "herald", "gazette",
	"chronicle", "courier", "observer", "telegraph", "mirror", "express", "monitor", "review",
	"weekly", "radio", "tv", "network", "group", "report", "blog", "zeitschrift", "tageblatt",
	"kurier", "rundschau", "anzeiger", "diario", "periódico", "periodico", "giornale", "jornal",
	"krant", "gazeta",
	NULL
};

/* Legal forms closing a company's name ("SmartEtailing Inc", "Harbour
 * Media GmbH", "Ferries S.A."), compared with their closing point cut
 * ("Inc." is "inc", "S.A." is "s.a"). Forms that are also words or names
 * ("Co", "AB", "AS", "Spa", "SAS") are left out. */
const char *const newsdoc__kind_legal_forms[] = {
	"inc", "incorporated", "llc", "llp", "ltd", "limited", "corp", "corporation", "plc", "pty",
	"gmbh", "ag", "kg", "s.a", "s.l", "s.r.l", "srl", "s.p.a", "b.v", "n.v", "bv", "sarl",
	"s.a.r.l", "oy", "a/s", "asa", NULL
};

/* Articles that open a publication's name ("The Economist", "Die Zeit",
 * "Le Monde", "El País"), counted only when the name is also the site's:
 * "Le" and "La" open Vietnamese and French personal names too. */
const char *const newsdoc__kind_articles[] = {
	"the", "die", "der", "das", "le", "la", "les", "el", "il", "lo", "los", "las", "o", "os",
	"de", "het", NULL
};

/* English "The" opens a publication's name and no one's own: enough alone
 * when a publication word follows ("The Canadian Press"). */
const char *const newsdoc__kind_english_article[] = { "the", NULL };

/*
 * News agencies credited alone, besides the byline parser's table
 * (newsdoc__byline_is_agency: Reuters, AP, AFP, dpa, EFE, ANSA, PAP, Lusa,
 * Kyodo, ...): the whole name must be one of them.
 */
const char *const newsdoc__kind_agencies[] = {
	"pti", "ians", "ani", "uni", "aa", "ntb", "tt", "ritzau", "stt", "čtk", "ctk", "mti", "bta",
	"hina", "tanjug", "aap", "ap news", "afp news", "reuters news", "press association",
	"agence france-presse", "agence france presse", "deutsche presse-agentur", "notimex",
	"agência brasil", "agencia brasil", "ep", "europa press", "aci", "kna", "apa-ots", "ots",
	"ddp", "dapd", NULL
};
