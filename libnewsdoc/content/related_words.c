/*
 * Headings of related-item boxes, by language: "Related", "Mehr zum Thema",
 * "À lire aussi", "Читайте также" ... A heading matches when its folded text
 * is one of these, or starts with one followed by a space or a colon
 * ("More from DC News Line", "Mehr zum Thema Gazastreifen"). Headings that
 * are common words of running text too ("Más información") match only
 * whole. The text is folded to small letters (newsdoc__utf8_fold_lower:
 * "À LIRE ÉGALEMENT", "ЧИТАЙТЕ ТАКЖЕ"), so every entry is written in small
 * letters.
 */
#include <string.h>
#include <strings.h>

#include "content.h"

static const related_heading related_headings[] = {
	/* English */
	{ "related", 0 }, { "more from", 0 }, { "read more", 0 }, { "recommended", 0 },
	{ "you may also like", 0 }, { "you might also like", 0 }, { "more stories", 0 },
	{ "more on this", 0 }, { "see also", 0 }, { "also read", 0 }, { "read also", 0 },
	{ "more news", 0 }, { "further reading", 0 }, { "more articles", 0 },
	{ "recommended for you", 0 }, { "related articles", 0 }, { "related stories", 0 },
	{ "related news", 0 }, { "related content", 0 }, { "related posts", 0 },
	{ "related coverage", 0 }, { "related reading", 0 }, { "you may like", 0 },
	{ "more like this", 0 }, { "more to read", 0 }, { "explore further", 0 }, { "more in", 0 },
	{ "also in the news", 0 }, { "more on", 0 }, { "read next", 0 }, { "keep reading", 0 },
	{ "more coverage", 0 }, { "similar articles", 0 }, { "you may be interested in", 0 },
	{ "you might be interested in", 0 }, { "you may also be interested in", 0 },
	{ "you might also be interested in", 0 },
	/* German */
	{ "mehr zum thema", 0 }, { "lesen sie auch", 0 }, { "auch interessant", 0 },
	{ "das k\xC3\xB6nnte sie auch interessieren", 0 }, { "weitere artikel", 0 },
	{ "passend zum artikel", 0 }, { "mehr von", 0 }, { "mehr aus", 0 },
	{ "\xC3\xA4hnliche artikel", 0 }, { "das k\xC3\xB6nnte sie interessieren", 0 },
	{ "zum thema", 0 }, { "verwandte artikel", 0 }, { "passend dazu", 0 }, { "dazu passend", 0 },
	{ "auch lesenswert", 0 }, { "mehr dazu", 1 }, { "empfohlene artikel", 0 },
	{ "mehr zu diesem thema", 0 }, { "ebenfalls interessant", 0 }, { "themenverwandte artikel", 0 },
	{ "das k\xC3\xB6nnte dich auch interessieren", 0 }, { "das k\xC3\xB6nnte dich interessieren", 0 },
	{ "weiterlesen", 1 }, { "weitere meldungen", 0 }, { "weitere nachrichten", 0 },
	{ "weitere beitr\xC3\xA4ge", 0 }, { "\xC3\xA4hnliche beitr\xC3\xA4ge", 0 },
	{ "lesen sie mehr", 0 }, { "auch spannend", 0 }, { "\xC3\xA4hnliche", 1 },
	/* French */
	{ "lire aussi", 0 }, { "\xC3\xA0 lire aussi", 0 }, { "a lire aussi", 0 },
	{ "sur le m\xC3\xAAme sujet", 0 }, { "l'auteur vous recommande", 0 },
	{ "l\xE2\x80\x99" "auteur vous recommande", 0 }, { "lire \xC3\xA9galement", 0 },
	{ "\xC3\xA0 lire \xC3\xA9galement", 0 }, { "articles similaires", 0 }, { "voir aussi", 0 },
	{ "dans la m\xC3\xAAme rubrique", 0 }, { "a lire \xC3\xA9galement", 0 },
	{ "\xC3\xA0 voir aussi", 0 }, { "a voir aussi", 0 }, { "voir \xC3\xA9galement", 0 },
	{ "sur le m\xC3\xAAme th\xC3\xA8me", 0 }, { "articles li\xC3\xA9s", 0 },
	{ "articles en lien", 0 }, { "pour aller plus loin", 0 },
	{ "ces articles peuvent vous int\xC3\xA9resser", 0 },
	{ "ces articles pourraient vous int\xC3\xA9resser", 0 }, { "articles recommand\xC3\xA9s", 0 },
	{ "vous pourriez aussi aimer", 0 }, { "\xC3\xA0 lire", 1 }, { "a lire", 1 },
	{ "dans la m\xC3\xAAme cat\xC3\xA9gorie", 0 }, { "toutes les infos sur", 0 },
	/* Spanish */
	{ "te recomendamos", 0 }, { "relacionado", 1 }, { "quiz\xC3\xA1 te interese", 0 },
	{ "quiz\xC3\xA1s te interese", 0 }, { "otras noticias", 0 }, { "m\xC3\xA1s noticias", 0 },
	{ "lea tambi\xC3\xA9n", 0 }, { "ver tambi\xC3\xA9n", 0 }, { "leer m\xC3\xA1s", 1 },
	{ "lee tambi\xC3\xA9n", 0 }, { "te puede interesar", 0 }, { "noticias relacionadas", 0 },
	{ "noticia relacionada", 0 }, { "contenido relacionado", 0 },
	{ "art\xC3\xAD" "culos relacionados", 0 }, { "relacionadas", 1 }, { "relacionados", 1 },
	{ "m\xC3\xA1s informaci\xC3\xB3n", 1 }, { "m\xC3\xA1s art\xC3\xAD" "culos de", 0 },
	{ "tambi\xC3\xA9n te puede interesar", 0 }, { "recomendado", 1 }, { "recomendados", 1 },
	{ "puede interesarte", 0 }, { "te podr\xC3\xAD" "a interesar", 0 },
	{ "podr\xC3\xAD" "a interesarte", 0 }, { "tambi\xC3\xA9n te podr\xC3\xAD" "a interesar", 0 },
	{ "lee adem\xC3\xA1s", 0 }, { "lea adem\xC3\xA1s", 0 }, { "leer tambi\xC3\xA9n", 0 },
	{ "m\xC3\xA1s sobre", 0 }, { "sigue leyendo", 1 }, { "relacionada", 1 },
	/* Portuguese */
	{ "leia mais", 1 }, { "veja mais", 1 }, { "mais not\xC3\xAD" "cias", 0 },
	{ "conte\xC3\xBA" "do relacionado", 0 }, { "leia tamb\xC3\xA9m", 0 }, { "veja tamb\xC3\xA9m", 0 },
	{ "not\xC3\xAD" "cias relacionadas", 0 }, { "mat\xC3\xA9rias relacionadas", 0 },
	{ "artigos relacionados", 0 }, { "voc\xC3\xAA pode gostar", 0 }, { "saiba mais", 1 },
	{ "recomendados para voc\xC3\xAA", 0 }, { "recomendado para voc\xC3\xAA", 0 },
	{ "voc\xC3\xAA tamb\xC3\xA9m pode gostar", 0 }, { "tamb\xC3\xA9m pode gostar", 0 },
	{ "pode tamb\xC3\xA9m gostar", 0 }, { "mais sobre", 0 }, { "leia mais sobre", 0 },
	{ "conte\xC3\xBA" "dos relacionados", 0 }, { "confira tamb\xC3\xA9m", 0 },
	/* ("relacionadas", "relacionados", "relacionada": under Spanish) */
	/* Italian */
	{ "potrebbe interessarti anche", 0 }, { "ti potrebbero interessare", 0 }, { "altri articoli", 0 },
	{ "correlati", 1 }, { "leggi altro", 0 }, { "potrebbe anche interessarti", 0 },
	{ "vedi anche", 0 }, { "leggi anche", 0 }, { "potrebbe interessarti", 0 },
	{ "articoli correlati", 0 }, { "notizie correlate", 0 }, { "ti potrebbe interessare", 0 },
	{ "approfondimenti", 1 }, { "approfondisci", 1 }, { "potrebbero interessarti", 0 },
	{ "sullo stesso argomento", 0 }, { "sullo stesso tema", 0 }, { "articoli simili", 0 },
	{ "altre notizie", 0 }, { "ti pu\xC3\xB2 interessare", 0 }, { "correlate", 1 }, { "altro su", 0 },
	/* Polish */
	{ "zobacz tak\xC5\xBC" "e", 0 }, { "czytaj r\xC3\xB3wnie\xC5\xBC", 0 },
	{ "przeczytaj r\xC3\xB3wnie\xC5\xBC", 0 }, { "przeczytaj tak\xC5\xBC" "e", 0 }, { "polecamy", 1 },
	{ "wi\xC4\x99" "cej na ten temat", 0 }, { "zobacz r\xC3\xB3wnie\xC5\xBC", 0 },
	{ "czytaj te\xC5\xBC", 0 }, { "czytaj tak\xC5\xBC" "e", 0 }, { "czytaj wi\xC4\x99" "cej", 0 },
	{ "przeczytaj te\xC5\xBC", 0 }, { "zobacz te\xC5\xBC", 0 }, { "powi\xC4\x85zane", 1 },
	{ "polecane", 1 }, { "wi\xC4\x99" "cej z dzia\xC5\x82u", 0 },
	{ "powi\xC4\x85zane artyku\xC5\x82y", 0 }, { "powi\xC4\x85zane tre\xC5\x9B" "ci", 0 },
	{ "podobne artyku\xC5\x82y", 0 }, { "warto przeczyta\xC4\x87", 0 },
	{ "polecane artyku\xC5\x82y", 0 }, { "inne artyku\xC5\x82y", 0 },
	{ "zobacz wi\xC4\x99" "cej", 1 }, { "przeczytaj wi\xC4\x99" "cej", 0 },
	{ "polecamy tak\xC5\xBC" "e", 0 }, { "polecamy r\xC3\xB3wnie\xC5\xBC", 0 },
	/* Russian */
	{ "\xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5", 1 },
	{ "\xD0\xBF\xD0\xBE\xD1\x85\xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", 0 },
	{ "\xD0\xB5\xD1\x89\xD1\x91 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5", 0 },
	{ "\xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8B \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5", 0 },
	{ "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5", 0 },
	{ "\xD0\xB5\xD1\x89\xD0\xB5 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5", 0 },
	{ "\xD0\xB4\xD1\x80\xD1\x83\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", 0 },
	{ "\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB8\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5", 0 },
	{ "\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB8 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5", 0 },
	{ "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5", 0 },
	{ "\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5", 0 },
	{ "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB4\xD1\x83\xD0\xB5\xD0\xBC", 1 },
	{ "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5", 0 },
	{ "\xD0\xB2\xD0\xB0\xD0\xBC \xD0\xBC\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 \xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C \xD0\xB8\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD0\xB5\xD1\x81\xD0\xBD\xD0\xBE", 0 },
	{ "\xD0\xB2\xD0\xB0\xD0\xBC \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5 \xD0\xBC\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 \xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C \xD0\xB8\xD0\xBD\xD1\x82\xD0\xB5\xD1\x80\xD0\xB5\xD1\x81\xD0\xBD\xD0\xBE", 0 },
	{ "\xD0\xBF\xD0\xBE\xD1\x85\xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8B", 0 },
	{ "\xD0\xBF\xD0\xBE\xD1\x85\xD0\xBE\xD0\xB6\xD0\xB8\xD0\xB5 \xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB8", 0 },
	{ "\xD0\xB4\xD1\x80\xD1\x83\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8B \xD1\x80\xD1\x83\xD0\xB1\xD1\x80\xD0\xB8\xD0\xBA\xD0\xB8", 0 },
	{ "\xD0\xB4\xD1\x80\xD1\x83\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB0\xD1\x82\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD1\x8B", 0 },
	{ "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5 \xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5", 0 },
	{ "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xB5\xD1\x89\xD1\x91", 0 },
	{ "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD0\xB5\xD1\x89\xD0\xB5", 0 },
	{ "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD0\xB8 \xD0\xBF\xD0\xBE \xD1\x82\xD0\xB5\xD0\xBC\xD0\xB5", 0 },
	/* Scandinavian, Dutch, Czech */
	{ "gerelateerde artikelen", 0 }, { "gerelateerd", 1 }, { "ook interessant", 0 },
	{ "meer nieuws", 0 }, { "relaterat", 1 }, { "l\xC3\xA4s mer", 1 }, { "relaterte saker", 0 },
	{ "p\xC5\x99" "e\xC4\x8Dt\xC4\x9Bte si tak\xC3\xA9", 0 },
	{ "souvisej\xC3\xAD" "c\xC3\xAD \xC4\x8Dl\xC3\xA1nky", 0 }, { "\xC4\xB0lgili haberler", 0 },
	{ "ilgili haberler", 0 }, { "benzer haberler", 0 },
	{ "\xEA\xB4\x80\xEB\xA0\xA8\xEA\xB8\xB0\xEC\x82\xAC", 0 },
	{ "\xEA\xB4\x80\xEB\xA0\xA8 \xEA\xB8\xB0\xEC\x82\xAC", 0 },
	{ "\xE3\x81\x82\xE3\x82\x8F\xE3\x81\x9B\xE3\x81\xA6\xE8\xAA\xAD\xE3\x81\xBF\xE3\x81\x9F\xE3\x81\x84", 0 },
	{ "les ogs\xC3\xA5", 0 }, { "l\xC3\xA4s ocks\xC3\xA5", 0 }, { "lees ook", 0 }, { "meer over", 0 },
	{ "lees meer", 1 }, { "souvisej\xC3\xAD" "c\xC3\xAD", 0 },
	/* Shops: the other products beside a product ("Frequently bought
	 * together", "People who viewed this item also viewed"), by language.
	 * All whole: a body's subheading or a line of text may open with the
	 * same words ("People who bought homes in 2021 face higher bills"), so
	 * the long forms are listed as they stand. */
	{ "frequently bought together", 1 }, { "customers also bought", 1 },
	{ "customers also viewed", 1 }, { "customers who bought this item also bought", 1 },
	{ "customers who bought this item also viewed", 1 },
	{ "customers who viewed this item also viewed", 1 },
	{ "customers who viewed this item also bought", 1 },
	{ "people who viewed this item also viewed", 1 }, { "people who viewed this also viewed", 1 },
	{ "people who bought this item also bought", 1 }, { "people who bought this also bought", 1 },
	{ "people also viewed", 1 }, { "people also bought", 1 }, { "others like you also bought", 1 },
	{ "similar items", 1 }, { "similar products", 1 }, { "you may also need", 1 },
	{ "recently viewed", 1 }, { "recently viewed items", 1 }, { "recently viewed products", 1 },
	{ "your recently viewed items", 1 }, { "ideas based on your recently viewed items", 1 },
	{ "ideas based on your recently viewed products", 1 },
	{ "this is what customers who bought this item also bought", 1 },
	{ "this is what customers who viewed this product bought", 1 },
	{ "this is what customers who bought this product also bought", 1 }, { "kunden kauften auch", 1 },
	{ "wird oft zusammen gekauft", 1 }, { "\xC3\xA4hnliche produkte", 1 },
	{ "produits similaires", 1 }, { "vous aimerez aussi", 1 },
	{ "vous aimerez peut-\xC3\xAAtre aussi", 1 }, { "souvent achet\xC3\xA9s ensemble", 1 },
	{ "productos similares", 1 }, { "comprados juntos habitualmente", 1 }, { "prodotti simili", 1 },
	{ "spesso comprati insieme", 1 }, { "vergelijkbare producten", 1 },
	/* Japanese: "関連記事" (related articles) */
	{ "\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B", 0 },
	{ "\xE3\x83\xBB\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B", 0 },
};


/*
 * Path parts of pages about a person, by language: a link there is a
 * credit, not an article ("/autor/inigo-dominguez/"). "/autoren/" is left
 * out: German sites file articles under their author's path.
 */
static const char *const person_paths[] = {
	"/author", "/people/",                  /* English */
	"/autor/", "/autora/",                  /* Spanish, Portuguese, Polish, Czech, German */
	"/autore/", "/autori/",                 /* Italian */
	"/auteur/", "/auteurs/",                /* French, Dutch */
	"/avtor/", "/yazar/",                   /* Slovene, Turkish */
};

int newsdoc__content_is_person_path(const char *href)
{
	size_t i;

	for (i = 0; i < sizeof(person_paths) / sizeof(person_paths[0]); i++)
		if (strstr(href, person_paths[i]))
			return 1;
	return 0;
}

/*
 * Words that open a teaser's credit before the names, by language: "By",
 * "Von", "Par", "Por", "Door", "Przez", "Av", "Af"; Italian and Portuguese
 * "di", "de" only in lower case ("Di Maio" is a name); and the longer
 * "Written by" forms (the phrases first: "Written by" before "by").
 */
static const struct credit_word {
	const char *text;
	unsigned char lower_only;
} credit_words[] = {
	{ "written by", 0 }, { "posted by", 0 },                /* English */
	{ "geschrieben von", 0 }, { "verfasst von", 0 },       /* German */
	{ "\xC3\xA9" "crit par", 0 }, { "r\xC3\xA9" "dig\xC3\xA9 par", 0 }, /* French: écrit, rédigé */
	{ "escrito por", 0 }, { "publicado por", 0 },          /* Spanish, Portuguese */
	{ "scritto da", 0 }, { "pubblicato da", 0 },           /* Italian */
	{ "napisane przez", 0 },                               /* Polish */
	{ "by", 0 }, { "von", 0 }, { "par", 0 }, { "por", 0 }, { "door", 0 }, { "przez", 0 },
	{ "av", 0 }, { "af", 0 }, { "di", 1 }, { "de", 1 },
};

size_t newsdoc__content_credit_label_length(const char *text, size_t len)
{
	size_t i, skip = 0;

	for (i = 0; i < sizeof(credit_words) / sizeof(credit_words[0]); i++) {
		const struct credit_word *word = &credit_words[i];
		size_t wl = strlen(word->text);
		if (len > wl + 1 && (text[wl] == ' ' || text[wl] == ':') &&
			!(word->lower_only ? strncmp(text, word->text, wl) : strncasecmp(text, word->text, wl))) {
			skip = wl;
			break;
		}
	}
	if (!skip)
		return 0;
	while (skip < len && (text[skip] == ' ' || text[skip] == ':'))
		skip++;
	return skip < len ? skip : 0;
}

int newsdoc__content_is_credit_word(const char *text, size_t len)
{
	size_t i;

	while (len && text[len - 1] == ':')
		len--;
	for (i = 0; i < sizeof(credit_words) / sizeof(credit_words[0]); i++) {
		const struct credit_word *word = &credit_words[i];
		if (strlen(word->text) == len &&
			!(word->lower_only ? strncmp(text, word->text, len) : strncasecmp(text, word->text, len)))
			return 1;
	}
	return 0;
}

/*
 * Marks of an advertising click address: a sponsored teaser in a related
 * box goes through an ad server's redirect, never to an article.
 */
static const char *const ad_click_marks[] = {
	"doubleclick.net", "/mbclk", "trackclk", "register-click", "/aclk?", "adclick", "clicktrack",
	"/click?", "adserver", "googleadservices",
};

int newsdoc__content_is_ad_click(const char *href)
{
	size_t i;

	for (i = 0; i < sizeof(ad_click_marks) / sizeof(ad_click_marks[0]); i++)
		if (strstr(href, ad_click_marks[i]))
			return 1;
	return 0;
}

/*
 * Headings of boxes that are no related items although a page may name
 * them "related": the latest, the most read, the sponsored, by language.
 * Matched like the related headings (folded to small letters, whole or
 * followed by a space or colon).
 */
static const related_heading unrelated_headings[] = {
	/* English */
	{ "latest", 0 }, { "most read", 0 }, { "most popular", 0 }, { "most viewed", 0 },
	{ "trending", 0 }, { "popular", 0 }, { "sponsored", 0 }, { "top stories", 0 },
	{ "most shared", 0 }, { "most commented", 0 },
	/* German */
	{ "neueste", 0 }, { "meistgelesen", 0 }, { "meistgelesene", 0 }, { "am meisten gelesen", 0 },
	{ "neu im ressort", 0 }, { "anzeige", 0 }, { "aktuell", 1 },
	/* French */
	{ "les plus lus", 0 }, { "les plus lues", 0 }, { "derni\xC3\xA8res", 0 },
	{ "\xC3\xA0 la une", 0 }, { "sponsoris\xC3\xA9", 0 },
	/* Spanish, Portuguese, Italian */
	{ "lo m\xC3\xA1s le\xC3\xAD" "do", 0 }, { "lo m\xC3\xA1s visto", 0 }, { "\xC3\xBAltimas", 0 },
	{ "\xC3\xBAltima hora", 0 }, { "patrocinado", 0 }, { "mais lidas", 0 }, { "mais lidos", 0 },
	{ "i pi\xC3\xB9 letti", 0 }, { "pi\xC3\xB9 letti", 0 }, { "ultime notizie", 0 },
	{ "ultim'ora", 0 }, { "mais vistas", 0 }, { "mais vistos", 0 },
	/* Polish, Czech, Dutch */
	{ "najnowsze", 0 }, { "najcz\xC4\x99\xC5\x9B" "ciej czytane", 0 }, { "najpopularniejsze", 0 },
	{ "nej\xC4\x8Dten\xC4\x9Bj\xC5\xA1\xC3\xAD", 0 }, { "nejnov\xC4\x9Bj\xC5\xA1\xC3\xAD", 0 },
	{ "meest gelezen", 0 }, { "laatste nieuws", 0 },
	/* Russian: "самое читаемое", "популярное", "самое популярное", "последние
	 * новости", "новости партнёров" (партнеров) */
	{ "\xD1\x81\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB5 \xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xB5", 0 },
	{ "\xD0\xBF\xD0\xBE\xD0\xBF\xD1\x83\xD0\xBB\xD1\x8F\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB5", 0 },
	{ "\xD1\x81\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB5 \xD0\xBF\xD0\xBE\xD0\xBF\xD1\x83\xD0\xBB\xD1\x8F\xD1\x80\xD0\xBD\xD0\xBE\xD0\xB5", 0 },
	{ "\xD0\xBF\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8", 0 },
	{ "\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD1\x91\xD1\x80\xD0\xBE\xD0\xB2", 0 },
	{ "\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD0\xB5\xD1\x80\xD0\xBE\xD0\xB2", 0 },
	/* Japanese: "人気記事" (popular), "最新記事" (latest) */
	{ "\xE4\xBA\xBA\xE6\xB0\x97\xE8\xA8\x98\xE4\xBA\x8B", 0 },
	{ "\xE6\x9C\x80\xE6\x96\xB0\xE8\xA8\x98\xE4\xBA\x8B", 0 },
};

/* The longest heading read, in bytes: a heading is a few words. */
#define HEADING_MAX_BYTES 60

/*
 * Marks a heading may open with, as decoration: "■関連記事", "▶ Related",
 * "» Mehr zum Thema", "【関連記事】" (its closing bracket below). Read
 * before the words, not as part of them.
 */
static const char *const heading_lead_marks[] = {
	"\xE2\x96\xA0", "\xE2\x96\xA1", "\xE2\x96\xAA", "\xE2\x97\xBC", /* ■ □ ▪ ◼ */
	"\xE2\x96\xB6", "\xE2\x96\xBA", "\xE2\x96\xB8", "\xE2\x96\xB7", /* ▶ ► ▸ ▷ */
	"\xE2\x97\x8F", "\xE2\x97\x8B", "\xE2\x97\x86", "\xE2\x97\x87", /* ● ○ ◆ ◇ */
	"\xE2\x98\x85", "\xE2\x98\x86", "\xE2\x80\xA2", "\xC2\xBB", /* ★ ☆ • » */
	"\xE2\x80\xBA", "\xE3\x80\x90", ">", "|", "#", "*", "-", /* › 【 */
};
#define HEADING_CLOSE_MARK "\xE3\x80\x91" /* 】 */

static size_t heading_lead_length(const char *text, size_t len)
{
	size_t at = 0, i;

	/* (most headings open with a letter: one byte says no mark) */
	if (!len || !strchr(" >|#*-\xC2\xE2\xE3", text[0]))
		return 0;
	for (;;) {
		size_t before = at;
		while (at < len && text[at] == ' ')
			at++;
		for (i = 0; i < sizeof(heading_lead_marks) / sizeof(heading_lead_marks[0]); i++) {
			size_t ml = strlen(heading_lead_marks[i]);
			if (len - at >= ml && !memcmp(text + at, heading_lead_marks[i], ml)) {
				at += ml;
				break;
			}
		}
		if (at == before)
			return at;
	}
}

/* `text` as a heading reads, folded to small letters into `folded`
 * (HEADING_MAX_BYTES): without its lead marks and the marks after the
 * words; 0 when empty or longer than a heading. */
static size_t fold_heading(const char *text, size_t len, char *folded)
{
	size_t lead = heading_lead_length(text, len);

	text += lead;
	len -= lead;
	/* "You may also like…", "Related:": the mark after the words is no part of them */
	for (;;) {
		if (len && (text[len - 1] == ':' || text[len - 1] == ' ' || text[len - 1] == '.'))
			len--;
		else if (len >= 3 && (!memcmp(text + len - 3, "\xE2\x80\xA6", 3) || !memcmp(text + len - 3, HEADING_CLOSE_MARK, 3)))
			len -= 3;
		else
			break;
	}
	if (len == 0 || len > HEADING_MAX_BYTES)
		return 0;
	newsdoc__utf8_fold_lower(folded, text, len);
	return len;
}

/* Does `folded` open with a heading of the table (words after it allowed
 * unless the entry is whole, or `word_for_word` asks for none)? */
static int heading_in(const related_heading *table, size_t count, const char *folded, size_t len, int word_for_word)
{
	size_t i;

	for (i = 0; i < count; i++) {
		const related_heading *heading = &table[i];
		size_t hl;
		/* (the first byte rules out most headings at once: this runs for
		 * every short block of every page) */
		if (heading->text[0] != folded[0] && heading->text[0])
			continue;
		hl = strlen(heading->text);
		if (len < hl || memcmp(folded, heading->text, hl))
			continue;
		if (len == hl || (!word_for_word && !heading->whole && (folded[hl] == ' ' || folded[hl] == ':')))
			return 1;
	}
	return 0;
}

/* A heading framed as related with a topic inside ("More games news"):
 * opens with a frame's first words, ends with its last, and holds one or
 * two words between them. */
static int framed_heading(const char *folded, size_t len)
{
	size_t i, at, words;

	for (i = 0; i < newsdoc__related_heading_frames_count; i++) {
		const related_frame *frame = &newsdoc__related_heading_frames[i];
		size_t ol, cl;
		if (frame->open[0] != folded[0] && frame->open[0])
			continue;
		ol = strlen(frame->open);
		cl = strlen(frame->close);
		if (len < ol + cl + 3 || memcmp(folded, frame->open, ol) || folded[ol] != ' ' ||
			memcmp(folded + len - cl, frame->close, cl) || folded[len - cl - 1] != ' ')
			continue;
		for (at = ol + 1, words = 1; at < len - cl - 1; at++)
			if (folded[at] == ' ')
				words++;
		if (words <= 2)
			return 1;
	}
	return 0;
}

/*
 * Words an unrelated heading may end with, after the name of a section
 * ("Politics & Government Latest Articles", "Sport Most Read"): a list of
 * the section's newest or most read, not of stories on this one.
 */
static const char *const unrelated_heading_tails[] = {
	"latest articles", "latest news", "latest stories", "latest posts", "most read", "most popular",
	"neueste artikel", "meistgelesen",
};

/* Does `folded` end with one of the tails above, as whole words after others? */
static int unrelated_tail(const char *folded, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(unrelated_heading_tails) / sizeof(unrelated_heading_tails[0]); i++) {
		size_t tl = strlen(unrelated_heading_tails[i]);
		if (len > tl && folded[len - tl - 1] == ' ' && !memcmp(folded + len - tl, unrelated_heading_tails[i], tl))
			return 1;
	}
	return 0;
}

int newsdoc__content_is_unrelated_heading(const char *text, size_t len)
{
	char folded[HEADING_MAX_BYTES];

	len = fold_heading(text, len, folded);
	return len && (heading_in(unrelated_headings, sizeof(unrelated_headings) / sizeof(unrelated_headings[0]), folded, len, 0) ||
		heading_in(newsdoc__related_unrelated_more, newsdoc__related_unrelated_more_count, folded, len, 0) ||
		unrelated_tail(folded, len));
}

/* A related heading; `word_for_word`: with no words after it, and not a
 * frame around a topic. */
static int related_heading_match(const char *text, size_t len, int word_for_word)
{
	char folded[HEADING_MAX_BYTES];

	len = fold_heading(text, len, folded);
	return len && (heading_in(related_headings, sizeof(related_headings) / sizeof(related_headings[0]), folded, len, word_for_word) ||
		heading_in(newsdoc__related_headings_more, newsdoc__related_headings_more_count, folded, len, word_for_word) ||
		(!word_for_word && framed_heading(folded, len)));
}

int newsdoc__content_is_whole_related_heading(const char *text, size_t len)
{
	return related_heading_match(text, len, 1);
}

int newsdoc__content_is_related_heading(const char *text, size_t len)
{
	return related_heading_match(text, len, 0);
}
