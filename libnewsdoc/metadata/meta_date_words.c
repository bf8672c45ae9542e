/*
 * The words of written dates, one table per language: month names (with
 * the forms a date uses, as Polish "12 marca"), and the labels that say
 * what a date is ("Published", "Veröffentlicht", "Publié le" against
 * "Updated", "Aktualisiert", "Mis à jour", against "Joined", "Deadline"
 * that date something else). meta_date.c reads dates with
 * the months; the visible-date pass (meta_dateline.c) tells a publication
 * date from an update by the labels; bylines end at a month before a day.
 *
 * Words are lower case; a page's word is lowered (ASCII) before it is
 * compared, so "März", "MÄRZ" (not lowered past ASCII) and "märz" are
 * handled as far as the first letter goes, which is what pages write.
 */
#include <string.h>

#include "meta_impl.h"
#include "../text/text_util.h"

typedef struct month_word {
	const char *word;
	unsigned char month;
} month_word;

typedef struct date_language {
	const char *code;                /* BCP 47 language, for the reader */
	const month_word *months;        /* ended by a NULL word */
	const char *const *published;    /* labels of a publication date */
	const char *const *updated;      /* labels of an update */
	const char *const *other;        /* labels of another event (a member's sign-up, a deadline) */
} date_language;

static const month_word months_en[] = {
	{ "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
	{ "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "sept", 9 },
	{ "october", 10 }, { "november", 11 }, { "december", 12 }, { NULL, 0 }
};
static const char *const published_en[] = { "published", "posted", "date", "released", "written", NULL };
static const char *const updated_en[] = { "updated", "modified", "revised", "reviewed", "edited", NULL };
static const char *const other_en[] = { "joined", "registered", "deadline", "born", "founded", "expires", "closes", NULL };

static const month_word months_de[] = {
	{ "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "feber", 2 }, { "märz", 3 },
	{ "maerz", 3 }, { "april", 4 }, { "mai", 5 }, { "juni", 6 }, { "juli", 7 }, { "august", 8 },
	{ "september", 9 }, { "oktober", 10 }, { "november", 11 }, { "dezember", 12 }, { NULL, 0 }
};
static const char *const published_de[] = {
	"veröffentlicht", "erschienen", "publiziert", "erstellt", "datum", NULL
};
static const char *const updated_de[] = { "aktualisiert", "geändert", "stand", "zuletzt", NULL };
static const char *const other_de[] = { "registriert", "beigetreten", "geboren", "gegründet", "bewerbungsfrist", "frist", NULL };

static const month_word months_fr[] = {
	{ "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 },
	{ "mai", 5 }, { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 },
	{ "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 },
	{ "decembre", 12 }, { NULL, 0 }
};
/* "Mis à jour le": "jour" is the word no other label has. */
static const char *const published_fr[] = { "publié", "publiée", "publie", "paru", "parue", NULL };
static const char *const updated_fr[] = { "jour", "màj", "modifié", "modifiée", "actualisé", NULL };
static const char *const other_fr[] = { "inscrit", "inscription", "fondé", "fondée", "limite", NULL };

static const month_word months_es[] = {
	{ "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 }, { "mayo", 5 },
	{ "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "septiembre", 9 }, { "setiembre", 9 },
	{ "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 }, { NULL, 0 }
};
static const char *const published_es[] = { "publicado", "publicada", "fecha", NULL };
static const char *const updated_es[] = { "actualizado", "actualizada", "modificado", NULL };
static const char *const other_es[] = { "registrado", "registro", "nacido", "fundado", "fundada", "plazo", NULL };

static const month_word months_it[] = {
	{ "gennaio", 1 }, { "febbraio", 2 }, { "marzo", 3 }, { "aprile", 4 }, { "maggio", 5 },
	{ "giugno", 6 }, { "luglio", 7 }, { "agosto", 8 }, { "settembre", 9 }, { "ottobre", 10 },
	{ "novembre", 11 }, { "dicembre", 12 }, { NULL, 0 }
};
static const char *const published_it[] = { "pubblicato", "pubblicata", NULL };
static const char *const updated_it[] = { "aggiornato", "aggiornata", "modificato", NULL };
static const char *const other_it[] = { "iscritto", "iscrizione", "fondato", "fondata", "scadenza", NULL };

static const month_word months_pt[] = {
	{ "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "marco", 3 }, { "abril", 4 },
	{ "maio", 5 }, { "junho", 6 }, { "julho", 7 }, { "agosto", 8 }, { "setembro", 9 },
	{ "outubro", 10 }, { "novembro", 11 }, { "dezembro", 12 }, { NULL, 0 }
};
static const char *const published_pt[] = { "publicado", "publicada", NULL };
static const char *const updated_pt[] = { "atualizado", "atualizada", "actualizado", NULL };
static const char *const other_pt[] = { "registrado", "registo", "cadastro", "fundado", "fundada", "prazo", NULL };

static const month_word months_nl[] = {
	{ "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "april", 4 }, { "mei", 5 },
	{ "juni", 6 }, { "juli", 7 }, { "augustus", 8 }, { "september", 9 }, { "oktober", 10 },
	{ "november", 11 }, { "december", 12 }, { NULL, 0 }
};
static const char *const published_nl[] = { "gepubliceerd", "geplaatst", "datum", NULL };
static const char *const updated_nl[] = { "bijgewerkt", "gewijzigd", NULL };
static const char *const other_nl[] = { "geregistreerd", "opgericht", "deadline", NULL };

/* Polish writes the genitive in dates ("12 marca 2024"), the nominative
 * alone ("marzec 2024"). */
static const month_word months_pl[] = {
	{ "stycznia", 1 }, { "styczeń", 1 }, { "lutego", 2 }, { "luty", 2 }, { "marca", 3 },
	{ "marzec", 3 }, { "kwietnia", 4 }, { "kwiecień", 4 }, { "maja", 5 }, { "maj", 5 },
	{ "czerwca", 6 }, { "czerwiec", 6 }, { "lipca", 7 }, { "lipiec", 7 }, { "sierpnia", 8 },
	{ "sierpień", 8 }, { "września", 9 }, { "wrzesień", 9 }, { "października", 10 },
	{ "październik", 10 }, { "listopada", 11 }, { "listopad", 11 }, { "grudnia", 12 },
	{ "grudzień", 12 }, { NULL, 0 }
};
static const char *const published_pl[] = { "opublikowano", "publikacja", "data", NULL };
static const char *const updated_pl[] = { "zaktualizowano", "aktualizacja", NULL };
static const char *const other_pl[] = { "dołączył", "rejestracja", "założony", "termin", NULL };

static const month_word months_nordic[] = {
	{ "januari", 1 }, { "januar", 1 }, { "februari", 2 }, { "februar", 2 }, { "mars", 3 },
	{ "april", 4 }, { "maj", 5 }, { "mai", 5 }, { "juni", 6 }, { "juli", 7 },
	{ "augusti", 8 }, { "august", 8 }, { "september", 9 }, { "oktober", 10 },
	{ "november", 11 }, { "december", 12 }, { "desember", 12 }, { NULL, 0 }
};
static const char *const published_nordic[] = { "publicerad", "publisert", "publiceret", NULL };
static const char *const updated_nordic[] = { "uppdaterad", "oppdatert", "opdateret", NULL };
static const char *const other_nordic[] = { "medlem", "registrerad", "grundad", "sista", NULL };

static const month_word months_tr[] = {
	{ "ocak", 1 }, { "şubat", 2 }, { "mart", 3 }, { "nisan", 4 }, { "mayıs", 5 },
	{ "haziran", 6 }, { "temmuz", 7 }, { "ağustos", 8 }, { "eylül", 9 }, { "ekim", 10 },
	{ "kasım", 11 }, { "aralık", 12 }, { NULL, 0 }
};
static const char *const published_tr[] = { "yayınlanma", "yayınlandı", NULL };
static const char *const updated_tr[] = { "güncellendi", "güncelleme", NULL };
static const char *const other_tr[] = { "katılım", "kayıt", "kuruluş", NULL };

static const date_language languages[] = {
	{ "en", months_en, published_en, updated_en, other_en },
	{ "de", months_de, published_de, updated_de, other_de },
	{ "fr", months_fr, published_fr, updated_fr, other_fr },
	{ "es", months_es, published_es, updated_es, other_es },
	{ "it", months_it, published_it, updated_it, other_it },
	{ "pt", months_pt, published_pt, updated_pt, other_pt },
	{ "nl", months_nl, published_nl, updated_nl, other_nl },
	{ "pl", months_pl, published_pl, updated_pl, other_pl },
	{ "sv", months_nordic, published_nordic, updated_nordic, other_nordic },
	{ "tr", months_tr, published_tr, updated_tr, other_tr }
};

#define LANGUAGE_COUNT (sizeof(languages) / sizeof(languages[0]))

/* `word` lowered (ASCII) into `out` (size `cap`); 0 when it does not fit. */
static size_t lower_word(char *out, size_t cap, const char *word, size_t len)
{
	size_t i;

	if (len >= cap)
		return 0;
	for (i = 0; i < len; i++)
		out[i] = (char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
	out[len] = '\0';
	return len;
}

int newsdoc__meta_month_of(const char *word, size_t len)
{
	char lower[24];
	size_t i, k;

	/* Three letters at least: "Mar", "Dez", "déc" (4 bytes). */
	if (len < 3 || !lower_word(lower, sizeof(lower), word, len))
		return 0;
	for (i = 0; i < LANGUAGE_COUNT; i++)
		for (k = 0; languages[i].months[k].word; k++) {
			const char *name = languages[i].months[k].word;
			/* The full name, or its beginning: "Sept", "Dec", "janv". */
			if (!strncmp(name, lower, len))
				return languages[i].months[k].month;
		}
	return 0;
}

int newsdoc__meta_date_label(const char *word, size_t len)
{
	size_t i;

	if (len < 4)
		return 0;
	for (i = 0; i < LANGUAGE_COUNT; i++) {
		if (newsdoc__word_in_table(languages[i].updated, word, len))
			return META_DATE_UPDATED;
		if (newsdoc__word_in_table(languages[i].published, word, len))
			return META_DATE_PUBLISHED;
		if (newsdoc__word_in_table(languages[i].other, word, len))
			return META_DATE_OTHER;
	}
	return 0;
}
