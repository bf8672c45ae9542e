/*
 * The title. The page states it several times: JSON-LD headline,
 * og:title, itemprop=headline, twitter:title, <title> and the visible
 * <h1>. Metadata titles often carry the site's name (" | DC News Line",
 * " - Site | 28.04.2023") and sometimes differ from the headline the
 * reader sees. The metadata titles win in source order with the site's
 * name cut off, and <title> comes last, cut harder; when JSON-LD and
 * OpenGraph disagree, the one the <h1> agrees with is the headline.
 */
#include <string.h>
#include <strings.h>

#include "meta_impl.h"

/* Separators between a headline and the site's name. */
static const char *const separators[] = {
	" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB ",
	" // ", " \xE2\x80\xA2 ", " \xE2\x80\xBA ", NULL
};

/* What may follow the headline in a longer metadata title: a separator
 * before a tail (site, project, section, tagline), full-width ones as CJK
 * pages write them, or a bracket ("Headline [LWN.net]", "(via Passle)"). */
static const char *const tail_separators[] = {
	" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB ",
	" // ", " / ", " ~ ", " \xE2\x80\xA2 ", " \xE2\x80\xBA ", "\xEF\xBD\x9C", " \xEF\xBD\x9C",
	"\xEF\xBC\x8D", " \xEF\xBC\x8D", " [", " (", NULL
};

/* Equal ignoring case (ASCII), white space and a trailing full stop. */
static int loose_equal(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0;

	while (alen && (newsdoc__meta_is_space((unsigned char)a[alen - 1]) || a[alen - 1] == '.'))
		alen--;
	while (blen && (newsdoc__meta_is_space((unsigned char)b[blen - 1]) || b[blen - 1] == '.'))
		blen--;
	for (;;) {
		while (i < alen && newsdoc__meta_is_space((unsigned char)a[i]))
			i++;
		while (j < blen && newsdoc__meta_is_space((unsigned char)b[j]))
			j++;
		if (i == alen || j == blen)
			return i == alen && j == blen;
		if ((a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]) != (b[j] >= 'A' && b[j] <= 'Z' ? b[j] + 32 : b[j]))
			return 0;
		i++;
		j++;
	}
}

/* Does this piece name the site? "DC News Line", "derStandard.at", "NZZ". */
static int names_site(const char *piece, size_t len, const char *site)
{
	size_t n;

	if (!site || !len)
		return 0;
	n = strlen(site);
	if (loose_equal(piece, len, site, n))
		return 1;
	/* "DW" for "DW.COM", "taz" for "taz.de": a site named by its domain
	 * is also named by the label before the dot, however short. */
	if (memchr(site, '.', n) && len == (size_t)(strchr(site, '.') - site) && loose_equal(piece, len, site, len))
		return 1;
	/* "SPIEGEL" for "DER SPIEGEL", "ORF.at" for "news.ORF.at" */
	if (len >= 3 && n >= 3) {
		char a[128], b[128];
		size_t i;
		if (len >= sizeof(a) || n >= sizeof(b))
			return 0;
		for (i = 0; i < len; i++)
			a[i] = (char)(piece[i] >= 'A' && piece[i] <= 'Z' ? piece[i] + 32 : piece[i]);
		a[len] = '\0';
		for (i = 0; i < n; i++)
			b[i] = (char)(site[i] >= 'A' && site[i] <= 'Z' ? site[i] + 32 : site[i]);
		b[n] = '\0';
		return strstr(a, b) != NULL || strstr(b, a) != NULL;
	}
	return 0;
}

static size_t word_count(const char *s, size_t len)
{
	size_t i, n = 0;
	int in_word = 0;
	for (i = 0; i < len; i++) {
		int space = newsdoc__meta_is_space((unsigned char)s[i]);
		if (!space && !in_word)
			n++;
		in_word = !space;
	}
	return n;
}

enum { MAX_SEPARATORS = 16 };

/* The width of the separator at title[i], 0 when none starts there. A
 * separator needs a piece after it: "Headline |" ends on none. */
static size_t separator_at(const char *title, size_t len, size_t i)
{
	size_t k;

	for (k = 0; separators[k]; k++) {
		size_t n = strlen(separators[k]);
		if (n < len - i && !strncmp(title + i, separators[k], n))
			return n;
	}
	return 0;
}

/*
 * Where the separators of `title` are, in order: at most MAX_SEPARATORS,
 * and none overlapping (each starts after the end of the one before), so
 * that the pieces between them have a length. A run of separators sharing
 * their spaces ("a | | b", "a - | b") is one separator: the pieces inside
 * it are empty.
 */
static size_t find_separators(const char *title, size_t len, size_t *at, size_t *width)
{
	size_t i, n, more, count = 0;

	for (i = 1; i < len && count < MAX_SEPARATORS; i++) {
		if (title[i] != ' ' || !(n = separator_at(title, len, i)))
			continue;
		/* The next one of a run starts on this one's last space. */
		while ((more = separator_at(title, len, i + n - 1)) != 0)
			n += more - 1;
		at[count] = i;
		width[count++] = n;
		i += n - 1;
	}
	return count;
}

/* The length of the piece from `start` to `end`; 0 when they cross. */
static size_t piece_length(size_t start, size_t end)
{
	return end > start ? end - start : 0;
}

/* Where the separator (or run of them) that starts at `pos` ends. */
static size_t separator_end(const size_t *at, const size_t *width, size_t count, size_t pos, size_t n)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (at[i] == pos)
			return pos + width[i];
	return pos + n;
}

/*
 * The length of `title` without the site's name at its end (or start).
 * The cut is made before the first piece that names the site when only
 * short pieces follow it: "Headline | DW | 28.04.2023", "Headline | The
 * Gateway Pundit | by Cristina Laila". `hard`: also cut a short last piece
 * that does not name the site, as <title> usually ends with a site or
 * section name.
 */
static size_t strip_site(const char *title, const char *site, const char *url, int hard, size_t *start)
{
	size_t len = strlen(title), at[MAX_SEPARATORS], width[MAX_SEPARATORS], count, cut, i, k;
	const char *p;

	*start = 0;
	count = find_separators(title, len, at, width);
	/* From the end leftwards while the pieces are short; the last piece
	 * may be long, as before: "Headline - Die Neue Südtiroler Tageszeitung". */
	for (i = count, cut = len; i-- > 0;) {
		const char *piece = title + at[i] + width[i];
		size_t piece_len = piece_length(at[i] + width[i], i + 1 < count ? at[i + 1] : len);
		int is_short = word_count(piece, piece_len) <= 5;
		if ((is_short || i + 1 == count) &&
		    (names_site(piece, piece_len, site) || newsdoc__meta_names_host(piece, piece_len, url)))
			cut = at[i];
		if (!is_short)
			break;
	}
	if (cut < len)
		return cut;
	if (count) {
		const char *tail = title + at[count - 1] + width[count - 1];
		size_t tail_len = piece_length(at[count - 1] + width[count - 1], len);
		if (hard && word_count(tail, tail_len) <= 4 && tail_len * 2 < at[count - 1])
			return at[count - 1];
	}
	/* "Site | Headline" */
	for (k = 0; separators[k]; k++) {
		size_t n = strlen(separators[k]);
		if ((p = strstr(title, separators[k])) != NULL && p > title &&
		    (names_site(title, (size_t)(p - title), site) || newsdoc__meta_names_host(title, (size_t)(p - title), url))) {
			*start = separator_end(at, width, count, (size_t)(p - title), n);
			return len;
		}
	}
	return len;
}

static int set_title(newsdoc_document *doc, const char *text, size_t len, int source)
{
	char *copy = newsdoc__strndup(text, len);
	int error;

	if (!copy)
		return newsdoc__error_oom();
	if (!(error = newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, copy)))
		error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_TITLE, newsdoc__meta_source_names[source]);
	newsdoc__free(copy);
	return error;
}

/* Does the <h1> say the same words? */
static int heading_agrees(const char *heading, const char *text, size_t len)
{
	return heading && newsdoc__meta_same_words(text, len, heading, strlen(heading));
}

/* Do two kickers share a word of three letters or more? */
static int share_a_word(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j;

	while (i < alen) {
		size_t a_end = i;
		while (a_end < alen && !newsdoc__meta_is_space((unsigned char)a[a_end]))
			a_end++;
		for (j = 0; j < blen && a_end - i >= 3;) {
			size_t b_end = j;
			while (b_end < blen && !newsdoc__meta_is_space((unsigned char)b[b_end]))
				b_end++;
			if (newsdoc__meta_same_words(a + i, a_end - i, b + j, b_end - j))
				return 1;
			j = b_end + 1;
		}
		i = a_end + 1;
	}
	return 0;
}

/* Where the text after a leading kicker starts ("Kicker: Headline",
 * "Kicker - Headline"): after the first separator; 0 when there is none. */
static size_t after_kicker(const char *text, size_t len)
{
	static const char *const kicker_separators[] = {
		": ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " / ", NULL
	};
	size_t i, k;

	for (i = 1; i < len; i++)
		for (k = 0; kicker_separators[k]; k++) {
			size_t n = strlen(kicker_separators[k]);
			if (i + n < len && !strncmp(text + i, kicker_separators[k], n))
				return i + n;
		}
	return 0;
}

/*
 * A kicker is a line of a few words (the longest on the benchmark pages
 * has 13): a longer text before the first separator is part of the
 * headline. The bound also keeps share_a_word, which compares every word
 * with every word, linear in the title.
 */
enum { MAX_KICKER_WORDS = 32 };

/*
 * A kicker that the sources do not agree on is no part of the headline:
 * og:title "Iranischer Angriff auf Israel: «...»" and <h1> "Eskalation im
 * Nahen Osten - «...»" share the headline, not the line above it. Moves
 * *start past the kicker when the <h1> has the same rest of three words
 * at least behind a kicker without a word in common ("I sell Disney World
 * holidays - ..." against "I sell Walt Disney World holidays - ..." is one
 * sentence reworded, not two kickers).
 */
static void drop_disputed_kicker(const char *heading, const char *text, size_t *start, size_t len)
{
	size_t rest, heading_len, heading_rest;

	if (!heading || !(rest = after_kicker(text + *start, len - *start)) ||
	    word_count(text + *start + rest, len - *start - rest) < 3 ||
	    word_count(text + *start, rest) > MAX_KICKER_WORDS)
		return;
	heading_len = strlen(heading);
	if ((heading_rest = after_kicker(heading, heading_len)) != 0 &&
	    word_count(heading, heading_rest) <= MAX_KICKER_WORDS &&
	    newsdoc__meta_same_words(text + *start + rest, len - *start - rest, heading + heading_rest,
		heading_len - heading_rest) &&
	    !share_a_word(text + *start, rest, heading, heading_rest))
		*start += rest;
}

/*
 * Where the visible headline ends in `text` when `text` begins with it and
 * goes on after a tail separator ("Headline | Project docs", "Headline
 * ｜ 公視新聞網PNN"); 0 otherwise. ASCII case and runs of white space are
 * not compared. The headline has eight bytes at least: a short <h1> is a
 * logo or a section more often than the story.
 */
static size_t headline_end(const char *heading, const char *text, size_t len)
{
	size_t i = 0, j = 0, k;

	if (!heading || strlen(heading) < 8)
		return 0;
	while (heading[j] && i < len) {
		int a = (unsigned char)text[i], b = (unsigned char)heading[j];
		if (newsdoc__meta_is_space(a) && newsdoc__meta_is_space(b)) {
			while (i < len && newsdoc__meta_is_space((unsigned char)text[i]))
				i++;
			while (newsdoc__meta_is_space((unsigned char)heading[j]))
				j++;
			continue;
		}
		if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != (b >= 'A' && b <= 'Z' ? b + 32 : b))
			return 0;
		i++;
		j++;
	}
	if (heading[j])
		return 0;
	for (k = 0; tail_separators[k]; k++) {
		size_t n = strlen(tail_separators[k]);
		if (n < len - i && !strncmp(text + i, tail_separators[k], n))
			return i;
	}
	return 0;
}

/*
 * headline_end for the page's other headings: the first <h1> is often a
 * logo or a banner, and documentation and service pages put the title
 * the metadata begins with in a later <h1> or an <h2> ("Using the Fetch
 * API - Web APIs" over <h1>Using the Fetch API</h1> after the site's
 * own). The first recorded heading, in page order, that the title begins
 * with before a tail separator ends it.
 */
static size_t heading_end_any(const meta_store *store, const char *text, size_t len)
{
	size_t k, end;

	for (k = 0; k < store->heading_count; k++)
		if ((end = headline_end(store->headings[k].text, text, len)) != 0)
			return end;
	return 0;
}

/*
 * A visible headline is a line: the two rules below that weigh the <h1>
 * against other titles read it only up to this length, which also keeps
 * their comparisons (every place in one text against the other) linear in
 * the other text on hostile pages with a huge <h1>.
 */
enum { MAX_HEADLINE_BYTES = 400 };

/*
 * The other side of those comparisons: a <title> or a metadata headline
 * is no longer than a few lines either. Past this the two rules are not
 * tried, so that their cost (up to MAX_HEADLINE_BYTES times the other
 * text) stays small on a page with a huge <title> or headline.
 */
enum { MAX_TITLE_BYTES = 4 * MAX_HEADLINE_BYTES };

/* Does `text` hold the `len` bytes at `piece`, ASCII case aside? */
static int holds_piece(const char *text, const char *piece, size_t len)
{
	size_t n = strlen(text), i;

	for (i = 0; len && i + len <= n; i++)
		if (!strncasecmp(text + i, piece, len))
			return 1;
	return 0;
}

/*
 * A page with no headline in its metadata, only a <title>, and a single
 * <h1>: the <h1> is the headline the reader sees, and the <title> is
 * often the SEO title in other words ("7 Places to Find Hidden Treasure
 * Around Your House" over <h1>7 Unexpected Places You Could Find Cash
 * ...</h1>). Not when the <title> holds the <h1> (a shorter name of the
 * story or a kicker's rest, the cut of the tail settles those), nor when
 * the <h1> holds a piece after one of the <title>'s separators (the <h1>
 * is the site's name or logo: "POLITICO Politico Logo" under "... -
 * POLITICO"), nor when the <h1> has fewer than four words (a section or
 * a page's label: "About This Site").
 */
static int heading_beats_title_tag(const meta_store *store, const char *heading, const char *title)
{
	size_t len, at[MAX_SEPARATORS], width[MAX_SEPARATORS], count, i;

	if (!heading || store->h1_total != 1 || strlen(heading) > MAX_HEADLINE_BYTES ||
	    strlen(title) > MAX_TITLE_BYTES || word_count(heading, strlen(heading)) < 4 ||
	    newsdoc__meta_icontains(title, heading))
		return 0;
	len = strlen(title);
	count = find_separators(title, len, at, width);
	for (i = 0; i < count; i++) {
		size_t from = at[i] + width[i];
		if (holds_piece(heading, title + from, piece_length(from, i + 1 < count ? at[i + 1] : len)))
			return 0;
	}
	return 1;
}

void newsdoc__meta_merge_title(newsdoc_document *doc, const meta_store *store, int *error)
{
	static const struct { int slot, source, hard; } order[] = {
		{ META_SLOT_TITLE, META_SRC_JSONLD, 0 },
		{ META_SLOT_TITLE, META_SRC_OPENGRAPH, 0 },
		{ META_SLOT_TITLE, META_SRC_MICRODATA, 0 },
		{ META_SLOT_TITLE_TAG, META_SRC_META, 0 },
		{ META_SLOT_TITLE_TAG, META_SRC_HTML, 1 },
		{ META_SLOT_H1, META_SRC_HTML, 0 }
	};
	enum { COUNT = sizeof(order) / sizeof(order[0]) };
	const char *site = store->value[META_SLOT_SITE_NAME][META_SRC_OPENGRAPH];
	const char *heading = store->value[META_SLOT_H1][META_SRC_HTML];
	const char *text[COUNT];
	size_t start[COUNT], len[COUNT], i, title_tag;

	if (*error || newsdoc_document_title(doc))
		return;
	/* (the <title> element's place in order[]) */
	for (title_tag = 0; order[title_tag].slot != META_SLOT_TITLE_TAG || order[title_tag].source != META_SRC_HTML;
	     title_tag++)
		;
	if (!site)
		site = store->value[META_SLOT_SITE_NAME][META_SRC_JSONLD];
	for (i = 0; i < COUNT; i++) {
		text[i] = store->value[order[i].slot][order[i].source];
		len[i] = text[i] ? strip_site(text[i], site, store->page_url, order[i].hard, &start[i]) : 0;
		if (text[i] && len[i] <= start[i])
			text[i] = NULL;
	}
	for (i = 0; i < COUNT && !text[i]; i++)
		;
	if (i == COUNT)
		return;
	/*
	 * JSON-LD headline and og:title disagree on 78 of the 258 Fundus
	 * pages: one of them is the SEO or the social title, with a kicker or
	 * a longer tail ("... in battling win over Tottenham"). The headline
	 * the reader sees decides when it says the words of one of them only;
	 * otherwise the shorter is the headline more often than not. (Shorter
	 * alone: 46 of 78 right; with the <h1> deciding first: 52.)
	 * Punctuation alone (straight or curly quotes) is no disagreement the
	 * <h1> can settle: the shorter is taken then too.
	 */
	if (text[0] && text[1] && !loose_equal(text[0] + start[0], len[0] - start[0], text[1] + start[1], len[1] - start[1])) {
		int ld_agrees = heading_agrees(heading, text[0] + start[0], len[0] - start[0]);
		int og_agrees = heading_agrees(heading, text[1] + start[1], len[1] - start[1]);
		if (ld_agrees != og_agrees)
			i = og_agrees ? 1 : 0;
		else
			i = len[1] - start[1] < len[0] - start[0] ? 1 : 0;
	}
	/*
	 * A metadata headline in other words altogether, when the <title>
	 * and the <h1> say the same: two sources against one, and the one is
	 * a description or a subject ("constitutional monarchy in Oceania"
	 * over <title>New Zealand - Wikipedia</title> and <h1>New Zealand).
	 */
	if (order[i].slot == META_SLOT_TITLE && text[title_tag] && text[COUNT - 1] &&
	    strlen(heading) <= MAX_HEADLINE_BYTES && len[i] - start[i] <= MAX_TITLE_BYTES &&
	    len[title_tag] - start[title_tag] <= MAX_TITLE_BYTES &&
	    heading_agrees(heading, text[title_tag] + start[title_tag], len[title_tag] - start[title_tag]) &&
	    !share_a_word(text[i] + start[i], len[i] - start[i], heading, strlen(heading)))
		i = COUNT - 1;
	if (order[i].slot == META_SLOT_TITLE_TAG && order[i].source == META_SRC_HTML && text[COUNT - 1] &&
	    heading_beats_title_tag(store, heading, text[i]))
		i = COUNT - 1;
	if (order[i].slot != META_SLOT_H1) {
		size_t end;
		drop_disputed_kicker(heading, text[i], &start[i], len[i]);
		/* The tail the site's name did not account for: the headline the
		 * reader sees ends before it. */
		if ((end = headline_end(heading, text[i] + start[i], len[i] - start[i])) != 0 ||
		    (end = heading_end_any(store, text[i] + start[i], len[i] - start[i])) != 0)
			len[i] = start[i] + end;
	}
	*error = set_title(doc, text[i] + start[i], len[i] - start[i], order[i].source);
}
