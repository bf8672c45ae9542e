/*
 * Bylines to people. A byline is prose: "By Jane Doe and John Roe",
 * "Felix Schröder, Jörg Soldwisch, dpa", "By Jane Doe, Senior Reporter",
 * "Jane Doe | Reuters", "Federico Borello Interim Executive Director -
 * Human Rights Watch", often followed by a date or "5 min read". It is cut
 * into segments at bars, bullets and spaced dashes; the first segment holds
 * the names (split at commas and conjunctions, each name possibly followed
 * by its job title), the later ones a role or the affiliation of the last
 * person, and anything with a digit or a date word ends the byline.
 *
 * Organisations (agencies, "Staff", "Redaktion", a domain name) are kept as
 * authors of their own, marked is_org, never merged into a person's name:
 * an agency credit is what the page says wrote the article (Fundus keeps it
 * too). Behind a bar or dash after a person the organisation is that
 * person's affiliation instead.
 */
#include <string.h>
#include <strings.h>

#include "meta_byline.h"
#include "meta_author_kind.h"
#include "../text/text_util.h"

#define MAX_WORDS NEWSDOC_BYLINE_MAX_WORDS

/* The word tests and tables of meta_byline_words.c, by their short names. */
typedef byline_word word;
#define word_is newsdoc__byline_word_is
#define word_in newsdoc__byline_word_in
#define stop_words newsdoc__byline_stop_words
#define credentials newsdoc__byline_credentials
#define credit_labels newsdoc__byline_credit_labels
#define credit_abbreviations newsdoc__byline_credit_abbreviations
#define articles newsdoc__byline_articles
#define name_particles newsdoc__byline_name_particles
#define role_joiners newsdoc__byline_role_joiners
#define affiliation_markers newsdoc__byline_affiliation_markers
#define is_agency newsdoc__byline_is_agency
#define is_placeholder newsdoc__byline_is_placeholder
#define is_org_text newsdoc__byline_is_org_text
#define is_upper_start newsdoc__byline_upper_start
#define split_words newsdoc__byline_split_words

int newsdoc__byline_upper_start(const byline_word *w)
{
	unsigned char c = (unsigned char)w->s[0];
	/* Non-ASCII initials (Ä, Ł, CJK, Cyrillic) count as capitals: case
	 * cannot be told without tables and such names are common. */
	return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

size_t newsdoc__byline_split_words(byline_word *words, const char *s, size_t len)
{
	size_t n = 0, i = 0;

	while (i < len && n < MAX_WORDS) {
		while (i < len && newsdoc__meta_is_space((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		words[n].s = s + i;
		while (i < len && !newsdoc__meta_is_space((unsigned char)s[i]))
			i++;
		words[n].len = (size_t)(s + i - words[n].s);
		n++;
	}
	return n;
}

/* "al-Sayed", "el-Baradei", "bin-Talal": a particle joined by a hyphen to
 * a capitalised name is a capitalised name word. */
static int is_particle_joined(const word *w)
{
	const char *hyphen = memchr(w->s, '-', w->len);
	word particle, rest;

	if (!hyphen || hyphen + 1 >= w->s + w->len)
		return 0;
	particle.s = w->s;
	particle.len = (size_t)(hyphen - w->s);
	rest.s = hyphen + 1;
	rest.len = (size_t)(w->s + w->len - rest.s);
	return word_in(&particle, name_particles) && is_upper_start(&rest);
}

static int has_digit(const word *w)
{
	return newsdoc__word_has_digit(w->s, w->len);
}

static const char *span_end(const word *w)
{
	return w->s + w->len;
}

/* Strip punctuation around a word ("Doe," "(AP)" "Roe."), but keep the
 * dot of an initial ("D."). */
static void trim_word(word *w)
{
	while (w->len && strchr(",;:()[]\"'", w->s[0])) {
		w->s++;
		w->len--;
	}
	while (w->len && strchr(",;:()[]\"'", w->s[w->len - 1]))
		w->len--;
	/* "Read more articles by Nikhil Marathe…": the name, not cut short. */
	while (w->len > 3 && (!memcmp(span_end(w) - 3, "\xE2\x80\xA6", 3) || !memcmp(span_end(w) - 3, "...", 3)))
		w->len -= 3;
}

/* Is this run of words a plausible name of a person or an organisation? */
static int plausible_name(const word *words, size_t n)
{
	size_t i, capitals = 0, total = 0;

	if (n == 0 || n > 6)
		return 0;
	for (i = 0; i < n; i++) {
		size_t k;
		int letters = 0;
		for (k = 0; k < words[i].len; k++) {
			unsigned char c = (unsigned char)words[i].s[k];
			letters += (c | 32) >= 'a' && (c | 32) <= 'z';
			letters += c >= 0xC0;
		}
		if (!letters)
			return 0;
		total += words[i].len;
		if (has_digit(&words[i]) || memchr(words[i].s, '@', words[i].len))
			return 0;
		if (is_upper_start(&words[i]) || is_particle_joined(&words[i]))
			capitals++;
		else if (!word_in(&words[i], name_particles) && n > 1)
			return 0;
	}
	return total <= 80 && (capitals || n == 1);
}

typedef struct byline_state {
	meta_authors *out;
	int added;
	int failed;
	/* Index of the last person added, for a trailing role (an index, as
	 * the list may move when it grows); -1 for none. */
	long last;
	/* The piece just taken was the last person's title: an organisation
	 * right after it is where that person works. */
	int after_title;
	/* The piece being read is the names segment's last: after a title it
	 * can only be where that person works ("Anna Schmidt, Korrespondentin,
	 * Norddeutscher Rundfunk"). */
	int last_piece;
	/* A conjunction ended the piece before the one being read. */
	int after_conjunction;
	/* The page's language tag, NULL when unknown: which conjunctions
	 * join names. */
	const char *lang;
	/* Index of the person whose role the piece before set, -1 for none:
	 * a piece of title words after it goes on with that role ("Head
	 * Winemaker, Co-Founder"). */
	long role_of;
	/* out->count before this byline: its persons come after. */
	size_t first;
} byline_state;

static meta_author *last_person(byline_state *st)
{
	return st->last >= 0 ? &st->out->items[st->last] : NULL;
}

static void set_from_words(byline_state *st, char **slot, const word *from, const word *to)
{
	if (newsdoc__meta_author_set(slot, from->s, (size_t)(span_end(to) - from->s)) != 0)
		st->failed = 1;
}

/* Role and affiliation from words after a name (meta_byline_role.c). */
static void role_and_affiliation(byline_state *st, meta_author *author, const word *w, size_t n)
{
	if (newsdoc__byline_role_and_affiliation(author, w, n) != 0)
		st->failed = 1;
	st->role_of = author->role ? (long)(author - st->out->items) : -1;
}

#define is_role_piece newsdoc__byline_is_role_piece

/*
 * "Transport Correspondent", "Home Safety Expert" after "Jane Doe,": one or
 * two Latin words before title words, right after a person who has no
 * title yet and with no conjunction between, belong to the title (a new
 * person comes after "and"). (In Korean and Japanese bylines one word and
 * a title is a name and its title: "신현주 기자".)
 */
/* "AP", "UPI": an agency's short name opening a title. */
#define MAX_LEAD_ACRONYM 4

static int is_title_after_person(byline_state *st, const word *w, size_t n)
{
	size_t i, lead;

	if (!last_person(st) || last_person(st)->role || n < 2 || (unsigned char)w[0].s[0] >= 0xE0 ||
	    newsdoc__byline_is_role_word(&w[0]) || word_in(&w[0], articles))
		return 0;
	/* Two lead words only for a title set apart ("Home Security Expert"),
	 * one a role modifier opens ("Senior Lake Correspondent") or an
	 * agency's acronym ("AP Auto Writer"): "Bo Lund Reporter" is a second
	 * person and his title. */
	lead = n >= 3 && !st->after_conjunction && !newsdoc__byline_is_role_word(&w[1]) &&
		(newsdoc__byline_is_separate_title_head(&w[n - 1]) || newsdoc__byline_is_role_modifier(&w[0]) ||
		 (w[0].len <= MAX_LEAD_ACRONYM && newsdoc__word_all_capitals(w[0].s, w[0].len))) ? 2 : 1;
	for (i = lead; i < n; i++)
		if (!newsdoc__byline_is_role_word(&w[i]) &&
		    !(i + 1 == n && newsdoc__byline_is_separate_title_head(&w[i])))
			return 0;
	return 1;
}

/* Do the words name an organisation ("Harbour Times", "Reuters")? */
static int is_org_piece(const word *w, size_t n)
{
	return is_org_text(w[0].s, (size_t)(span_end(&w[n - 1]) - w[0].s));
}

/* Does a publication's word close the name ("Harbour Times", "Valley
 * Gazette")? */
static int is_publication_piece(const word *w, size_t n)
{
	return is_upper_start(&w[0]) && word_in(&w[n - 1], newsdoc__kind_publication_words);
}

/* "March 11, 2015" after "By TAMSIN OAKRIDGE": a month name with a day
 * after it starts the date, while "April Ryan" or "June Smith" is a name. */
static int starts_date(const word *w, size_t n)
{
	return n > 1 && has_digit(&w[1]) && newsdoc__meta_month_of(w[0].s, w[0].len);
}

/* "Written by Jane Doe in Raspberry Pi on 21 December": a lower-case
 * "in" before a capitalised word, after a name, says where the story is
 * filed (a section, a city), not more of the name; "Jane Doe Editor in
 * Chief" is her title. */
static int starts_section(const word *w, size_t n, size_t i)
{
	return i >= 2 && i + 1 < n && w[i].len == 2 && !memcmp(w[i].s, "in", 2) && is_upper_start(&w[i + 1]) &&
		!newsdoc__byline_is_role_word(&w[i - 1]) && !newsdoc__byline_is_role_word(&w[i + 1]);
}

/* Is every word of the piece a degree or licence (points aside)? */
static int is_credentials_piece(const word *w, size_t n)
{
	size_t i, k, len;
	char lower[12];

	for (i = 0; i < n; i++) {
		for (k = 0, len = 0; k < w[i].len && len < sizeof(lower) - 1; k++) {
			unsigned char c = (unsigned char)w[i].s[k];
			if (c != '.')
				lower[len++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		lower[len] = '\0';
		if (k < w[i].len || !len)
			return 0;
		for (k = 0; credentials[k] && strcmp(credentials[k], lower); k++)
			;
		if (!credentials[k])
			return 0;
	}
	return n > 0;
}

/* One comma- or conjunction-separated piece of the names segment. Returns
 * 0 to go on, 1 when the byline is over. */
static int take_piece(byline_state *st, word *w, size_t n)
{
	size_t name_words, agency_words, i;
	meta_author *author;
	long role_of;
	int truncated = 0, acronym;

	if (!n)
		return 0;
	for (i = 0; i < n; i++)
		if (has_digit(&w[i]) || word_in(&w[i], stop_words) || (i && w[i].s[0] == '(') ||
		    memchr(w[i].s, ':', w[i].len) || starts_date(w + i, n - i) || starts_section(w, n, i)) {
			n = i;
			truncated = 1;
			break;
		}
	if (!n)
		return 1;
	role_of = st->role_of;
	st->role_of = -1;
	if (last_person(st) && is_credentials_piece(w, n))
		return truncated;
	name_words = n;
	if (is_role_piece(w, n) && (!is_upper_start(&w[0]) || newsdoc__byline_is_role_word(&w[0]) ||
	    (word_is(&w[0], "staff") && n > 1) || is_title_after_person(st, w, n))) {
		/* "Senior Reporter", "Transport Correspondent" after "Jane Doe," */
		if (last_person(st) && !last_person(st)->role) {
			role_and_affiliation(st, last_person(st), w, n);
			st->after_title = 1;
		} else if (role_of >= 0 && role_of == st->last && !last_person(st)->affiliation &&
			   newsdoc__byline_role_continues(w, n)) {
			/* "Head Winemaker, Co-Founder": one role of two titles. */
			if (newsdoc__byline_role_append(last_person(st), w, n) != 0)
				st->failed = 1;
			st->role_of = role_of;
		}
		return truncated;
	}
	/* "/ Harbour Times Staff Writers": the paper and the title of the
	 * persons before (meta_byline_staff.c). */
	if (last_person(st)) {
		int taken = newsdoc__byline_staff_title(st->out, st->first, w, n);
		if (taken < 0)
			st->failed = 1;
		if (taken)
			return truncated;
	}
	/* "Jane Doe, Transport Correspondent, Harbour Times": the paper she
	 * writes for, not an author of its own. */
	if (st->after_title && !st->after_conjunction && last_person(st) && !last_person(st)->affiliation &&
	    plausible_name(w, n) &&
	    (is_org_piece(w, n) || n >= 3 || st->last_piece)) {
		set_from_words(st, &last_person(st)->affiliation, &w[0], &w[n - 1]);
		st->after_title = 0;
		return truncated;
	}
	st->after_title = 0;
	/* "Jane Doe, Harbour Times": a publication's name right after a
	 * person, no title between, is where she works, not an author. */
	if (last_person(st) && !st->after_conjunction && !last_person(st)->affiliation && n >= 2 &&
	    st->added && plausible_name(w, n) && is_publication_piece(w, n)) {
		set_from_words(st, &last_person(st)->affiliation, &w[0], &w[n - 1]);
		return truncated;
	}
	/* "By Jane Doe, Reuters": the agency right after the one person, no
	 * conjunction between, is where she works; it stays an author of its
	 * own, as the page credits it ("Adam Lund and AP" names a co-author;
	 * after two people it may be either's or both). */
	if (last_person(st) && st->added == 1 && !st->after_conjunction && !last_person(st)->affiliation &&
	    is_agency(w[0].s, (size_t)(span_end(&w[n - 1]) - w[0].s)))
		set_from_words(st, &last_person(st)->affiliation, &w[0], &w[n - 1]);
	/* "Anna Schmidt, NDR": a short name in capitals after a person is an
	 * organisation, credited as the page does, and the one person's
	 * affiliation. */
	acronym = last_person(st) && !st->after_conjunction && newsdoc__byline_is_org_acronym(w, n) &&
		!newsdoc__word_all_capitals(last_person(st)->name, strcspn(last_person(st)->name, " "));
	if (acronym && st->added == 1 && !last_person(st)->affiliation)
		set_from_words(st, &last_person(st)->affiliation, &w[0], &w[n - 1]);
	/* "Rui Lobo, da Reuters", "Ana Souza, do Rio": a piece opening with a
	 * lower-case particle after a person says where she works or is, and
	 * names nobody: an organisation is her affiliation, a place ends it. */
	if (last_person(st) && n >= 2 && !is_upper_start(&w[0]) && word_in(&w[0], name_particles)) {
		if (!last_person(st)->affiliation && is_org_piece(w + 1, n - 1))
			set_from_words(st, &last_person(st)->affiliation, &w[1], &w[n - 1]);
		return 1;
	}
	/* "By Jane Doe and Staff": the placeholder names nobody ("Jane Doe,
	 * Editor" was taken as her title above). */
	if (is_placeholder(w[0].s, (size_t)(span_end(&w[n - 1]) - w[0].s)))
		return truncated;
	/* A name followed by its title: at least two name words first, or
	 * one when only title words follow ("신현주 기자"). */
	for (i = 1; i < n && !word_in(&w[0], articles); i++)
		if (newsdoc__byline_is_role_word(&w[i])) {
			size_t k;
			int only_roles = 1;
			for (k = i; k < n; k++)
				if (!newsdoc__byline_is_role_word(&w[k]))
					only_roles = 0;
			if (i >= 2 || only_roles) {
				name_words = i;
				break;
			}
		}
	/* "Tom Davies Associated Press": a person, then the agency they
	 * write for, with no comma between. */
	agency_words = 0;
	for (i = 2; i < name_words && !agency_words; i++)
		if (is_agency(w[i].s, (size_t)(span_end(&w[name_words - 1]) - w[i].s)))
			agency_words = name_words - i;
	name_words -= agency_words;
	if (!plausible_name(w, name_words))
		return 1;
	author = newsdoc__meta_authors_push(st->out, w[0].s, (size_t)(span_end(&w[name_words - 1]) - w[0].s), &st->failed);
	if (!author)
		return 1;
	/* "Jane Doe and Jane Doe": the same person once. A second link to her
	 * ("Jane Doe, DVM" under her photo, then in the byline) names no new
	 * person: what follows her name (", DVM") is still hers, not an author.
	 * Within one byline a later title stays with the last new person. */
	if (newsdoc__meta_authors_count_named(st->out, author->name) > 1) {
		for (i = 0; !newsdoc__meta_ieq(st->out->items[i].name, author->name); i++)
			;
		if (st->last < 0 && !st->out->items[i].is_org)
			st->last = (long)i;
		newsdoc__meta_authors_pop(st->out);
		return truncated;
	}
	st->added++;
	if (acronym) {
		/* The byline's shape states the kind as a typed source would. */
		author->is_org = 1;
		author->stated_kind = NEWSDOC_AUTHOR_ORGANIZATION;
	}
	st->last = author->is_org ? -1 : (long)(author - st->out->items);
	if (agency_words)
		set_from_words(st, &author->affiliation, &w[name_words], &w[name_words + agency_words - 1]);
	else if (name_words < n) {
		role_and_affiliation(st, author, w + name_words, n - name_words);
		/* "Jane Doe Political Editor, Harbour Times": as after a title
		 * piece, the organisation next is where she works. */
		st->after_title = author->role && !author->affiliation;
	}
	return truncated;
}

/* The names segment: pieces at commas and conjunctions. */
static int take_names(byline_state *st, word *w, size_t n)
{
	size_t start = 0, i, bracket;
	int added, credit_after = 0, bracket_open;

	for (i = 0; i <= n && st->added < NEWSDOC_BYLINE_MAX_PERSONS; i++) {
		int ends_piece = i == n || newsdoc__byline_is_conjunction(&w[i], st->lang);
		int comma_after = i < n && w[i].len && (w[i].s[w[i].len - 1] == ',' || w[i].s[w[i].len - 1] == ';');
		int semicolon_after = comma_after && w[i].s[w[i].len - 1] == ';';
		if (ends_piece || comma_after) {
			size_t end = ends_piece ? i : i + 1, k;
			/* "Fot. Jan Kowalski": a picture credit, its label cut short. */
			if (start < end && w[start].len > 1 && w[start].s[w[start].len - 1] == '.') {
				word label = { w[start].s, w[start].len - 1 };
				if (word_in(&label, credit_abbreviations))
					return 1;
			}
			/* "Bild: SN/APA", "Foto: X": a picture credit, not a byline. */
			for (k = start; k < end; k++)
				if (w[k].len > 1 && w[k].s[w[k].len - 1] == ':') {
					word label = { w[k].s, w[k].len - 1 };
					while (label.len && (label.s[0] == '(' || label.s[0] == '['))
						label.s++, label.len--;
					/* "Updated: Oct 9" opening a piece: a date follows, the
					 * byline is over (later in a piece, take_piece ends
					 * the name at the label). */
					if (k == start && (word_in(&label, credit_labels) || word_in(&label, stop_words)))
						return 1;
					/* "Anna Nowak Źródło: PAP": the credit ends the byline
					 * after the name before it. */
					if (word_in(&label, credit_labels)) {
						end = k;
						credit_after = 1;
						break;
					}
					/* "Redaktion: Roman Warschauer", "Text: X": the label goes. */
					if (k == start) {
						start++;
						if (start >= end)
							break;
					}
				}
			/* "Elena Oberholzer (obe)": initials or a place in brackets end a name;
			 * "Jane Doe (Political Editor)": a title in brackets is her role. */
			bracket = end;
			for (k = start + 1; k < end; k++)
				if (w[k].s[0] == '(') {
					bracket = k;
					break;
				}
			/* A bracket still open at the piece's end goes on in the next. */
			bracket_open = bracket < end && !memchr(w[bracket].s, ')',
				(size_t)(span_end(&w[end - 1]) - w[bracket].s));
			for (k = start; k < end; k++)
				trim_word(&w[k]);
			added = st->added;
			st->last_piece = i == n;
			if (take_piece(st, w + start, bracket - start))
				return 1;
			if (bracket < end && st->added > added && last_person(st) && !last_person(st)->role &&
			    is_role_piece(w + bracket, end - bracket)) {
				role_and_affiliation(st, last_person(st), w + bracket, end - bracket);
				/* "Jane Doe (Political Editor, Harbour Times)". */
				st->after_title = bracket_open && !last_person(st)->affiliation;
			}
			/* "Jane Doe Political Editor; Bo Lund": a semicolon parts
			 * people, not a person and where she works. */
			if (semicolon_after)
				st->after_title = 0;
			if (credit_after)
				return 1;
			/* The piece after "and" names a person, not where the one
			 * before works ("Ada Finch, Editor, and Bo Lund"). */
			st->after_conjunction = i < n && ends_piece;
			start = i + 1;
		}
	}
	/* At the cap the byline is over: a later segment is no title of
	 * the last person taken. */
	return st->added >= NEWSDOC_BYLINE_MAX_PERSONS;
}

/* A later segment: the last person's role or affiliation, or the end. */
static int take_tail(byline_state *st, word *w, size_t n)
{
	size_t i;
	int truncated = 0;

	/* "- Staff Writer 2019-11-18 Health": the date ends the byline, but
	 * what comes before it in the segment is still the title. */
	for (i = 0; i < n; i++) {
		trim_word(&w[i]);
		if (has_digit(&w[i]) || word_in(&w[i], stop_words) || starts_date(w + i, n - i)) {
			n = i;
			truncated = 1;
			break;
		}
	}
	if (!n || !last_person(st))
		return 1;
	if (is_role_piece(w, n)) {
		if (!last_person(st)->role)
			role_and_affiliation(st, last_person(st), w, n);
		return truncated;
	}
	if (plausible_name(w, n) && !last_person(st)->affiliation) {
		set_from_words(st, &last_person(st)->affiliation, &w[0], &w[n - 1]);
		return truncated;
	}
	return 1;
}

/* Segment separators: bars, bullets, spaced dashes. */
static size_t separator_at(const char *s, size_t len, size_t i)
{
	static const char *const seps[] = {
		" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", "|", "\xE2\x80\xA2", "\xC2\xB7", NULL
	};
	size_t k;
	for (k = 0; seps[k]; k++) {
		size_t n = strlen(seps[k]);
		if (i + n <= len && !memcmp(s + i, seps[k], n))
			return n;
	}
	return 0;
}

/* Does the ';' at s[i] close a character reference ("&uuml;", "&#252;")? */
static int ends_reference(const char *s, size_t i)
{
	size_t k = i;
	while (k > 0 && i - k < 10 && (((s[k - 1] | 32) >= 'a' && (s[k - 1] | 32) <= 'z') ||
	       (s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == '#'))
		k--;
	return k > 0 && k < i && s[k - 1] == '&';
}

const char *newsdoc__meta_store_language(const meta_store *store)
{
	static const int order[] = { META_SRC_HTML, META_SRC_META, META_SRC_JSONLD, META_SRC_OPENGRAPH };
	size_t i;

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++)
		if (store->value[META_SLOT_LANGUAGE][order[i]])
			return store->value[META_SLOT_LANGUAGE][order[i]];
	return NULL;
}

int newsdoc__meta_store_byline(meta_store *store, meta_authors *out, const char *text)
{
	int added = newsdoc__meta_byline_split_in(out, text, strlen(text), newsdoc__meta_store_language(store));
	if (added < 0)
		store->failed = 1;
	return added;
}

int newsdoc__meta_byline_split_in(meta_authors *out, const char *text, size_t len, const char *lang)
{
	byline_state st;
	word words[MAX_WORDS];
	char *clean;
	size_t start, i, skip;
	int oom = 0, segment = 0;

	memset(&st, 0, sizeof(st));
	st.out = out;
	st.last = -1;
	st.role_of = -1;
	st.lang = lang;
	st.first = out->count;
	if (!(clean = newsdoc__meta_clean(text, len, &oom)))
		return oom ? -1 : 0;
	/* "srf/hosb;kesm", "A,B": a semicolon lists names like a comma, and
	 * a comma separates words even without a space after it. The
	 * byline's elements are read apart ("<a>Jane Doe</a>, Editor" is
	 * "Jane Doe , Editor", "(<b>AP</b>)" is "( AP )"): a space before a
	 * comma or a closing bracket, or after an opening one, goes. */
	if (strpbrk(clean, ";,()")) {
		newsdoc__sb spaced = NEWSDOC__SB_INIT;
		for (i = 0; clean[i]; i++) {
			int separator = clean[i] == ',' || (clean[i] == ';' && !ends_reference(clean, i));
			/* A ';' right after a space closes no reference ("&uuml;"
			 * has letters before it): it always separates. */
			if (clean[i] == ' ' && (clean[i + 1] == ',' || clean[i + 1] == ')' || (i && clean[i - 1] == '(') ||
			    clean[i + 1] == ';'))
				continue;
			newsdoc__sb_putc(&spaced, separator ? ',' : clean[i]);
			if (separator && clean[i + 1] && clean[i + 1] != ' ')
				newsdoc__sb_putc(&spaced, ' ');
		}
		newsdoc__free(clean);
		if (spaced.failed) {
			newsdoc__sb_free(&spaced);
			return -1;
		}
		clean = spaced.ptr;
	}
	len = strlen(clean);
	skip = newsdoc__byline_opener_length(clean, len, lang);
	if (!skip)
		skip = newsdoc__byline_inner_prefix(clean, len);
	/* "Staff and news service reports": the whole byline names nobody. */
	if (is_placeholder(clean + skip, len - skip) || newsdoc__byline_prefix_alone(clean, len)) {
		newsdoc__free(clean);
		return 0;
	}
	start = skip;
	for (i = skip; i <= len; i++) {
		size_t sep = i < len ? separator_at(clean, len, i) : 0;
		if (i < len && !sep)
			continue;
		{
			size_t n = split_words(words, clean + start, i - start);
			int over = segment == 0 ? take_names(&st, words, n) : take_tail(&st, words, n);
			segment++;
			if (over || st.failed)
				break;
		}
		i += sep ? sep - 1 : 0;
		start = i + 1;
		/* A new prefix can follow a bar: "Foto: X | Text: Y" is rare; ignore. */
	}
	newsdoc__free(clean);
	return st.failed ? -1 : st.added;
}

int newsdoc__byline_add_authors(newsdoc_document *doc, const char *byline, size_t len,
	const char *source)
{
	meta_authors list = { NULL, 0, 0 };
	size_t i, j;
	int added = 0, error = 0, n;

	if (!doc || !byline)
		return newsdoc__error_arg("newsdoc__byline_add_authors", doc ? "byline" : "doc");
	if ((n = newsdoc__meta_byline_split_in(&list, byline, len, newsdoc_document_language(doc))) < 0) {
		newsdoc__meta_authors_free(&list);
		return newsdoc__error_oom();
	}
	for (i = 0; i < list.count && !error; i++) {
		const meta_author *a = &list.items[i];
		newsdoc_author *author;
		int known = 0;
		for (j = 0; j < newsdoc_document_author_count(doc); j++)
			if (newsdoc__meta_ieq(newsdoc_author_name(newsdoc_document_author_at(doc, j)), a->name))
				known = 1;
		if (known)
			continue;
		if (!(error = newsdoc_document_add_author(&author, doc, a->name))) {
			if (a->role)
				error = newsdoc_author_set_role(author, a->role);
			if (!error && a->affiliation)
				error = newsdoc_author_set_affiliation(author, a->affiliation);
			if (!error && a->url)
				error = newsdoc_author_set_url(author, a->url);
			added++;
		}
	}
	if (!error && added && source)
		error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_AUTHORS, source);
	newsdoc__meta_authors_free(&list);
	return error;
}
