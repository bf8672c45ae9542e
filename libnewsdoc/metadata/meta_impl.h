/*
 * What the metadata sources share: the candidate store that the tree walk
 * and the JSON-LD reader fill, one value per field and source, and the
 * helpers that turn raw strings into field values. The merge in
 * metadata.c then picks, field by field, the best source that has a value.
 */
#ifndef NEWSDOC_META_IMPL_H
#define NEWSDOC_META_IMPL_H

#include <stddef.h>

#include "metadata.h"

/* Sources, in the order the provenance names them. */
enum meta_source {
	META_SRC_JSONLD,
	META_SRC_OPENGRAPH,
	META_SRC_META,
	META_SRC_MICRODATA,
	META_SRC_TIME,
	META_SRC_REL_AUTHOR,
	META_SRC_BYLINE,
	META_SRC_HTML,
	META_SRC_URL,        /* the page's address: /2024/03/12/ */
	META_SRC_COUNT
};

/* Candidate slots: the document's string fields plus a few helpers. */
enum meta_slot {
	META_SLOT_CANONICAL,
	META_SLOT_SITE_NAME,
	META_SLOT_LANGUAGE,
	META_SLOT_TITLE,       /* headline, og:title, itemprop=headline */
	META_SLOT_TITLE_TAG,   /* <title> (html), twitter:title (meta) */
	META_SLOT_H1,          /* the first <h1> (html) */
	META_SLOT_DESCRIPTION,
	META_SLOT_SECTION,
	META_SLOT_PUBLISHED,   /* normalised already */
	META_SLOT_MODIFIED,    /* normalised already */
	META_SLOT_IMAGE,
	META_SLOT_COUNT
};

typedef struct meta_author {
	char *name;
	char *role;
	char *affiliation;
	char *url;
	int is_org;     /* an organisation, an agency, "Staff": not a person */
	int stated_kind; /* NEWSDOC_AUTHOR_* as a JSON-LD or microdata type states it, else 0 */
} meta_author;

typedef struct meta_authors {
	meta_author *items;
	size_t count;
	size_t cap;
} meta_authors;

typedef struct meta_strings {
	char **items;
	size_t count;
	size_t cap;
} meta_strings;

/* Parsed JSON-LD values (owned references). */
typedef struct meta_jsonld_roots {
	struct json_t **items;
	size_t count;
	size_t cap;
	struct json_t *ids; /* the objects references point at, by @id (meta_jsonld.c) */
} meta_jsonld_roots;

/* An <h1> or <h2> of the page: where it is, its text, whether it sits in
 * a box of other content (related, navigation, comments). */
#define META_MAX_HEADINGS 8   /* of each level */
typedef struct meta_heading {
	const struct _xmlNode *node;
	char *text;      /* folded; NULL when empty */
	int level;       /* 1 or 2 */
	int in_junk;
} meta_heading;

/* Byline elements read from one page. */
#define META_MAX_BYLINES 16

typedef struct meta_store {
	char *value[META_SLOT_COUNT][META_SRC_COUNT];
	meta_authors authors[META_SRC_COUNT];
	meta_strings tags[META_SRC_COUNT];
	long comments[META_SRC_COUNT];    /* -1: this source says nothing */
	int comment_itemprop_seen;        /* the page's first microdata comment count was read */
	long words_comment_count;         /* the count stated in unclassed words ("0 Kommentare"), or -1 */
	int words_comment_disagree;       /* two such statements disagree: none is believed */
	long boxed_comment_count;         /* the count stated in boxes of other content (a share bar), or -1 */
	int boxed_comment_disagree;       /* two such statements disagree: none is believed */
	meta_strings bylines;             /* texts of byline elements, in page order */
	char *byline_sources[META_MAX_BYLINES]; /* the source beside each, or NULL */
	meta_strings byline_lines;        /* short unmarked elements opening "By"/"Par" + a name */
	char *wire_credit;                /* the first "(Reporting by ...; Editing by ...)" line */
	meta_strings member_links;        /* the text of the first link to a forum member's page */
	char *member_href;                /* that link's address */
	int member_pages;                 /* distinct member pages linked, counted up to 2 */
	int forum_markup;                 /* an element's itemtype is DiscussionForumPosting */
	meta_heading headings[2 * META_MAX_HEADINGS]; /* the first <h1>s and <h2>s, in page order */
	size_t heading_count;             /* of them recorded */
	size_t h2_count;                  /* <h2>s among them */
	size_t h1_total;                  /* <h1>s on the page, with text or not */
	const char *page_url;             /* borrowed, may be NULL */
	const char *page_host;            /* in page_url (newsdoc__url_host), NULL without one */
	size_t page_host_len;             /* its length */
	size_t jsonld_budget;             /* bytes of JSON-LD still allowed */
	meta_jsonld_roots jsonld;         /* every script's values, until the merge */
	int failed;                       /* an allocation failed */
} meta_store;

void newsdoc__meta_store_init(meta_store *store, const char *url, const newsdoc_parse_options *opts);
void newsdoc__meta_store_free(meta_store *store);

/* Keep the first value per slot and source: a copy of `len` bytes with
 * white space folded and trimmed; empty values are ignored. */
void newsdoc__meta_offer(meta_store *store, int slot, int source, const char *value, size_t len);
/* A date: stored normalised, ignored when it cannot be read. */
void newsdoc__meta_offer_date(meta_store *store, int slot, int source, const char *value, size_t len);
/* Append a folded copy to a string list unless it is there already. */
void newsdoc__meta_strings_push(meta_store *store, meta_strings *list, const char *value, size_t len);
/* Drop the last string pushed. */
void newsdoc__meta_strings_pop(meta_strings *list);
void newsdoc__meta_offer_tag(meta_store *store, int source, const char *value, size_t len);
/* Split `value` at commas (and semicolons) into tags. */
void newsdoc__meta_offer_tag_list(meta_store *store, int source, const char *value, size_t len);

/* A new author at the end of `list` (name copied, folded); NULL when the
 * name is empty, or when memory ran out, which also sets *oom. The
 * pointer is valid until the next push. */
meta_author *newsdoc__meta_authors_push(meta_authors *list, const char *name, size_t len, int *oom);
int newsdoc__meta_authors_has(const meta_authors *list, const char *name);
size_t newsdoc__meta_authors_count_named(const meta_authors *list, const char *name);
/* Drop the last author (a duplicate just pushed). */
void newsdoc__meta_authors_pop(meta_authors *list);
void newsdoc__meta_authors_free(meta_authors *list);
/* Set a string member of an author (folded copy; empty clears nothing). */
int newsdoc__meta_author_set(char **slot, const char *value, size_t len);

/* ---- text helpers (meta_text.c) ---- */
/* A fresh copy of `len` bytes with white space folded and trimmed, invalid
 * UTF-8 replaced; NULL when empty or out of memory (*oom set). */
char *newsdoc__meta_clean(const char *s, size_t len, int *oom);
int newsdoc__meta_is_space(unsigned char c);
/* White space only (or empty): the indentation between elements. */
int newsdoc__meta_is_blank(const char *text);
/* Decode HTML character references in place (&amp; &#8217; &rsquo; ...):
 * JSON-LD written by templates often carries them. */
void newsdoc__meta_decode_entities(char *s);
/* ASCII-case-insensitive comparisons. */
int newsdoc__meta_ieq(const char *a, const char *b);
int newsdoc__meta_istarts(const char *s, const char *prefix);
/* Does this text name the site of `url` (its host's main label)? */
int newsdoc__meta_names_host(const char *piece, size_t len, const char *url);
/* Is this text the host's brand, all of it: "SPIEGEL" on www.spiegel.de,
 * "n-tv" on n-tv.de (its letters and digits are the main label's)? */
int newsdoc__meta_is_host_brand(const char *piece, size_t len, const char *url);
/* Do two texts have the same letters and digits in the same order, case
 * aside? "Nationale Demo / Der 9. Juli" and "Nationale DemoDer 9. Juli",
 * straight and curly quotes, an ellipsis at the end all compare equal. */
int newsdoc__meta_same_words(const char *a, size_t alen, const char *b, size_t blen);
/* Are the letters and digits of `needle` (ASCII lowered, spaces and signs
 * left out) a run of those of `hay`? Their number, 0 when not (or when
 * `needle` has more than 510). */
size_t newsdoc__meta_words_within(const char *hay, size_t hay_len, const char *needle, size_t needle_len);
/* Does `haystack` contain `needle` (ASCII case-insensitive)? */
int newsdoc__meta_icontains(const char *haystack, const char *needle);

/* ---- dates (meta_date.c) ---- */
/* ISO 8601 from the common formats; NULL when unreadable, or when out of
 * memory, which also sets *oom. */
char *newsdoc__meta_date_parse(const char *s, size_t len, int *oom);
/*
 * The first date written out in running text ("By Jane Doe, March 12,
 * 2024", "12. März 2024", "12 de marzo de 2024", "12.03.2024",
 * "2024-03-12"): day, month and year all stated. Its place is
 * [*start, *end) (the time after it, if any, is read too). "03/04/2024"
 * is March 4 when `slash_month_first` (American pages), else 3 April.
 * Returns the ISO date, or NULL when the text holds none or memory ran
 * out (*oom).
 */
char *newsdoc__meta_date_find(const char *text, size_t len, int slash_month_first, size_t *start, size_t *end,
	int *oom);
/* The date in a URL's path ("/2024/03/12/", "/blog/2024-03-12-title"):
 * year, month and day of two digits each; NULL when there is none. */
char *newsdoc__meta_date_in_url(const char *url, int *oom);

/* ---- words of dates, per language (meta_date_words.c) ---- */
/* The month (1-12) a word names, in any language of the tables, whole or
 * abbreviated to 3 letters at least; 0 when none. */
int newsdoc__meta_month_of(const char *word, size_t len);
enum { META_DATE_OTHER = -1, META_DATE_PUBLISHED = 1, META_DATE_UPDATED = 2 };
/* What a label word says of the date after it: META_DATE_PUBLISHED
 * ("Published", "Veröffentlicht", "Publié"), META_DATE_UPDATED
 * ("Updated", "Aktualisiert", "Mis à jour"), META_DATE_OTHER for a date
 * of something else ("Joined", "Deadline", "Gegründet"), or 0. */
int newsdoc__meta_date_label(const char *word, size_t len);

/* ---- bylines (meta_byline.c) ---- */
/* Split a byline into authors appended to `out`. Returns the number added,
 * or -1 when memory ran out. `lang` is the page's language tag (NULL when unknown): its words join
 * names ("en" does in Dutch, not in Spanish). */
int newsdoc__meta_byline_split_in(meta_authors *out, const char *text, size_t len, const char *lang);
/* Split `text` in the page's language (newsdoc__meta_store_language) into
 * `out`; store->failed is set when memory ran out. Returns the number
 * added, or -1. */
int newsdoc__meta_store_byline(meta_store *store, meta_authors *out, const char *text);
/* The page's language as far as the store knows it: <html lang>, then
 * <meta>, JSON-LD, OpenGraph; NULL when none said. */
const char *newsdoc__meta_store_language(const meta_store *store);
/* Does the text open as a byline does: "By Jane", "Par Jean", "Von Anna"? */
int newsdoc__meta_opens_byline(const char *text, size_t len);
/* A wire story's closing credit (meta_byline_wire.c): does the text open
 * with an author's task and "by" ("(Reporting by", "Writing by")? The
 * reporters' and writers' names of such a line, after ", " each, appended
 * to `names`; 0, or -1 out of memory. */
int newsdoc__meta_opens_wire_credit(const char *text, size_t len);
int newsdoc__meta_wire_credit_names(const char *text, newsdoc__sb *names);
/* Is this name an organisation, a news agency or a staff credit? */
int newsdoc__meta_is_org_name(const char *name);
/* A name that names nobody: "No Author", "Redaktion", "admin". */
int newsdoc__meta_is_placeholder_name(const char *name);

/* ---- JSON-LD (meta_jsonld.c) ---- */
/* Read one <script type="application/ld+json"> and offer what it says. */
void newsdoc__meta_jsonld_read(meta_store *store, const char *text, size_t len);
/* Offer what the collected JSON-LD says (after every script was read). */
void newsdoc__meta_jsonld_finish(meta_store *store);
void newsdoc__meta_jsonld_free(meta_store *store);

/* Provenance names of the sources. */
extern const char *const newsdoc__meta_source_names[META_SRC_COUNT];

/* ---- the title (meta_title.c) ---- */
/* Choose the title when the document has none; *error takes a status. */
void newsdoc__meta_merge_title(newsdoc_document *doc, const meta_store *store, int *error);

/* ---- class and id tokens (meta_tokens.c) ---- */
enum meta_token_kind {
	META_TOKEN_JUNK = 1,          /* a box of other content: related, navigation, comments */
	META_TOKEN_COMMENT_BOX = 2,   /* the comment section */
	META_TOKEN_COMMENT_COUNT = 4, /* a comment counter */
	META_TOKEN_BYLINE = 8,        /* the credit line itself */
	META_TOKEN_PUBLISHED = 16,    /* a publication date */
	META_TOKEN_DATE = 32,         /* a date that is not an update or a reading time */
	META_TOKEN_MODIFIED = 64,     /* a modification date */
	META_TOKEN_SIGNATURE = 128,   /* "article-signature": a credit, yielding to a byline inside it */
	META_TOKEN_SOURCE = 256       /* "source", "provider": where the story comes from */
};
/* The META_TOKEN_ kinds of one lowercase class or id token. */
unsigned int newsdoc__meta_token_kinds(const char *token);

/* ---- the source beside a byline (meta_byline_source.c) ---- */
/* When the element right after `byline`, whose text is bylines.items[index],
 * names the story's source ("<span class=wire-source>- Valley Wire</span>"),
 * keep it as byline_sources[index]. */
void newsdoc__meta_byline_source(meta_store *store, const struct _xmlNode *byline, size_t index);
/* The source kept for bylines.items[index] becomes the affiliation of the
 * last person `parsed` from it, when that person has none. */
void newsdoc__meta_byline_source_apply(meta_store *store, meta_authors *parsed, size_t index);

/* ---- author cards (meta_byline_card.c) ---- */
/* The document's authors without a role take the title line a card sets
 * beside their name on the page ("<h3>Ada Finch</h3><div
 * class=person-title>Senior Gardener</div>"). 0, or an error code. */
int newsdoc__meta_author_cards(meta_store *store, const struct _xmlDoc *html, newsdoc_document *doc);

/* ---- <meta> elements (meta_walk_meta.c) ---- */
/* Offer what a <meta> element states (by its property, name or
 * http-equiv key) to the store. */
void newsdoc__meta_on_meta_tag(meta_store *store, const struct _xmlNode *node);
/* A <meta> (or itemprop element) value: its content, or for names and
 * dates (`name_or_date`) of a <meta>, its value attribute. Borrowed. */
const char *newsdoc__meta_tag_content(const struct _xmlNode *node, int name_or_date);
/* Is the text an address (http://, https:// or a path)? */
int newsdoc__meta_is_url_value(const char *s);

/* ---- links to authors' pages (meta_author_links.c) ---- */
/* Does `href` lead to an author's page ("/author/jane-doe")? */
int newsdoc__meta_is_author_href(const char *href);
/* Is the link (<a>) an item of a menu of author links, a site's list of
 * its columnists rather than a byline? */
int newsdoc__meta_in_author_menu(const struct _xmlNode *link);

/* ---- forum member links (meta_member.c) ---- */
/* Does `href` lead to a member's profile on the page's own site (its
 * host `page_host`, `page_host_len` bytes, or a subdomain or parent of
 * it; NULL: then only relative addresses do)? */
int newsdoc__meta_is_member_href(const char *href, const char *page_host, size_t page_host_len);
/* Note a link (<a>) to a member's page: the first one's text, and
 * whether a second member's page is linked. */
void newsdoc__meta_on_member_link(meta_store *store, const struct _xmlNode *node);
/* Note an element whose itemtype marks a forum post. */
void newsdoc__meta_note_forum_item(meta_store *store, const struct _xmlNode *node);

/* ---- the tree walk (meta_walk.c) ---- */
void newsdoc__meta_walk(meta_store *store, const struct _xmlDoc *html);
/* The META_TOKEN_ kinds of an element's class and id tokens. */
unsigned int newsdoc__meta_element_kinds(const struct _xmlNode *node);
/* The folded text of an element (scripts and styles left out), bounded;
 * NULL when empty. Free with newsdoc__free. */
char *newsdoc__meta_element_text(meta_store *store, const struct _xmlNode *node);
/* The same, read no further than `cap` bytes and `max_nodes` nodes; *cut
 * is set when the element holds more. */
char *newsdoc__meta_element_text_capped(meta_store *store, const struct _xmlNode *node, size_t cap,
	size_t max_nodes, int *cut);
/* The first element under `node` whose itemprop is `prop` (any case), at
 * most 8 levels below `depth`; NULL when none. */
const struct _xmlNode *newsdoc__meta_find_itemprop(const struct _xmlNode *node, const char *prop, int depth);
/* Read a comment count from an element with itemprop `prop` into the
 * store (source MICRODATA): commentCount, the older interactionCount
 * ("UserComments:12"), or an interactionStatistic scope counting comments. */
void newsdoc__meta_itemprop_comments(meta_store *store, const struct _xmlNode *node, const char *prop);

/* ---- comment counts in words and links (meta_comment_walk.c) ---- */
/* The comment section the walk is in (section NULL: none). */
typedef struct meta_comment_walk {
	const struct _xmlNode *section;
	int text_seen;                 /* an element with words of its own was met in it */
	int elsewhere;                 /* it sits in a link to another page: that page's */
	const struct _xmlNode *link;   /* the link a counter was last found in, */
	int link_elsewhere;            /* and whether it is to another page */
	int boxed;                     /* the section sits in a box of other content */
	unsigned int elements_seen;    /* elements met in it, up to a bound */
} meta_comment_walk;

/* What the walk knows of an element's tag, for the comment rules. */
enum {
	META_COMMENT_EL_LINK = 1,       /* <a> */
	META_COMMENT_EL_SUBHEADING = 2  /* <h2> to <h4> */
};

/* The walk enters the comment section `section`. */
void newsdoc__meta_comments_enter(meta_comment_walk *walk, const struct _xmlNode *section);
/* Look for the comment count in `node` (source HTML, the first found
 * kept). `is_counter`: its class names it a comment counter;
 * `outside_boxes`: it is in no box of other content; `kind`: 0 or a
 * META_COMMENT_EL_ value. */
void newsdoc__meta_comments_element(meta_store *store, meta_comment_walk *walk, const struct _xmlNode *node,
	int is_counter, int outside_boxes, int kind);

/* After the walk: a count stated in unclassed words, when every such
 * statement agreed and no comment-named element stated one; failing
 * that, the count stated in boxes of other content, when all agreed. */
void newsdoc__meta_comments_words_result(meta_store *store);

/* A comment section or counter inside a box of other content (a share
 * bar, an entry footer, an aside): enter it as a section whose counts are
 * only tallied (meta_comment_boxed.c). Returns 1 when `node` names a
 * comment counter. */
int newsdoc__meta_comments_boxed_enter(meta_comment_walk *walk, const struct _xmlNode *node);

/* ---- visible datelines (meta_dateline.c) ---- */
/* Read the date the page shows near its headline into the store (slot
 * PUBLISHED, or MODIFIED when labelled as an update; source HTML).
 * `title`: the document's title (may be NULL), which tells the headline
 * among the page's <h1>s. */
void newsdoc__meta_dateline(meta_store *store, const struct _xmlDoc *html, const char *title);

/* ---- comment counts (meta_comments.c) ---- */
/* The largest comment count believed (no page has a billion comments): a
 * larger number, from any source, is no count. */
#define META_MAX_COMMENT_COUNT 1000000000L
/* The count written by the run of digits at `s` (within `len` bytes);
 * *used: the length of the run. -1 when there is no digit or the number is
 * above META_MAX_COMMENT_COUNT. */
long newsdoc__meta_read_count(const char *s, size_t len, size_t *used);
/* A count stated by text like "12 comments", "0Comments", "Kommentare (3)";
 * -1 when the text states none. */
long newsdoc__meta_comment_count_in_text(const char *text, size_t len, int number_only);
/* A count stated by the whole text: "0 Comments", "Comments (3)", "No
 * comments yet", not "3 comments on the story" nor one thread's "3
 * replies"; -1 when none. */
long newsdoc__meta_comment_count_whole(const char *text, size_t len);
/* A count inside a short label, next to a comment word: "View comments
 * (0)", "Forum: 5 Postings" (the first number decides); -1 when none. */
long newsdoc__meta_comment_count_in_label(const char *text, size_t len);
/* The length of the comment word ("comments", "Kommentare", "vos
 * réactions") opening s, or 0 (meta_comment_words.c). */
size_t newsdoc__meta_comment_word_at(const char *s, size_t len);
/* The length of a word for a forum's posts ("Beiträge") opening s, or 0
 * (meta_comment_words.c). */
size_t newsdoc__meta_comment_post_word_at(const char *s, size_t len);
/* Does a word that also counts one thread's answers ("replies") open s? */
int newsdoc__meta_comment_reply_word_at(const char *s, size_t len);
/* Does a comment word start in the first `end` bytes of s? */
int newsdoc__meta_comment_word_before(const char *s, size_t end);
/* Does a comment word end at `end` in s, maybe followed by white space,
 * "(", ":" or "[" ("View comments (", "Forum: ")? (meta_comment_words.c) */
int newsdoc__meta_comment_word_ends_at(const char *s, size_t end);
/* A count said in words before a comment word, the whole text: "No
 * comments yet" 0, "Un commentaire" 1; -1 when the text is not one. */
long newsdoc__meta_comment_count_in_words(const char *text, size_t len);
/* Does a schema.org interaction type (a name or an address) count
 * comments: CommentAction, or the older UserComments? */
int newsdoc__meta_is_comment_interaction(const char *type);
/* The count of schema.org's older interactionCount, "UserComments:12";
 * -1 for another interaction or no whole count. */
long newsdoc__meta_comment_interaction_count(const char *text);
/* A count written alone ("12", " 12 "): -1 for anything else. */
long newsdoc__meta_bare_count(const char *text, size_t len);

#endif
