/*
 * Main-content extraction: the parts shared by the files of content/.
 *
 * The pipeline over one libxml2 tree:
 *   1. nodes.c       what an element is (tag kind, class/id hints, hidden)
 *   2. score.c       sums of text and link text per element, paragraph
 *                    votes, the choice of the article container
 *   3. related.c     related-article boxes turned into items before they go
 *   4. blocks.c      typed blocks emitted from the container (and the
 *                    standfirst before it), boilerplate out
 *   5. figure.c      figures, images and absolute URLs
 *   boiler_text.c    short texts that are furniture wherever they stand
 *   charset.c        the charset a page is read with (html_load.c)
 * Per-element figures live in a side array reached through node->_private,
 * which libxml2 leaves to the application; extraction clears the pointers
 * before it returns.
 */
#ifndef NEWSDOC_CONTENT_H
#define NEWSDOC_CONTENT_H

#include <libxml/tree.h>

#include "../util/str_set.h"
#include "../text/text_util.h"

/* What an element is, as far as extraction cares. */
enum content_tag {
	TAG_OTHER = 0,  /* unknown or structural (div, section, span ...) */
	TAG_SKIP,       /* never text: script, style, svg, form controls ... */
	TAG_INLINE,     /* continues the words around it */
	TAG_BR,
	TAG_P,
	TAG_HEADING,
	TAG_LIST,       /* ul, ol */
	TAG_LI,
	TAG_BLOCKQUOTE,
	TAG_PRE,
	TAG_TABLE,
	TAG_FIGURE,
	TAG_IMG,
	TAG_A,
	TAG_DIV,        /* div, section, article, main ...: block containers */
	TAG_BOILER      /* nav, aside, footer: page furniture by name */
};

/* Flags of one element. */
#define NODE_NEGATIVE 0x01  /* class/id/role say boilerplate */
#define NODE_POSITIVE 0x02  /* class/id/itemprop say article body */
#define NODE_HIDDEN   0x04  /* hidden attribute or display:none */
#define NODE_RELATED  0x08  /* a related/read-more box (items taken from it) */
#define NODE_HAS_POSITIVE 0x20 /* wraps an element marked as article body */
#define NODE_WEAK     0x40  /* the negative hint is a weak one */
#define NODE_BLOCK_CHILD 0x80 /* has an element child that is not inline */
#define NODE_RELATED_NAME 0x100 /* class/id name a related/read-more box */
#define NODE_CAPTION_NAME 0x200 /* class/id name a caption or a credit */
#define NODE_HOLDS_H1 0x400 /* has an <h1> inside (profile.c, product pages) */
#define NODE_HIDDEN_NARROW 0x800 /* NODE_HIDDEN by a class on small screens only ("hidden md:block") */
#define NODE_COMMENTS 0x1000 /* class/id name a comment section (its prose is readers') */

typedef struct content_stat {
	unsigned int text;       /* visible non-space characters inside */
	unsigned int link_text;  /* of which inside links */
	unsigned int para_text;  /* of which inside paragraph-like blocks */
	unsigned int good_text;  /* of which in paragraphs that voted (not furniture) */
	unsigned int list_text;  /* of which in list items */
	unsigned int own_text;   /* text directly in this block (inline children included) */
	unsigned int own_link;   /* of which inside links */
	unsigned int commas;     /* in own_text */
	float score;             /* Readability-style content score */
	unsigned char tag;       /* enum content_tag */
	unsigned char level;     /* heading level */
	unsigned short flags;    /* NODE_* */
} content_stat;

/* How far emitting lowers its guard, for a page that gave no body
 * (second.c's floor). */
enum content_floor {
	FLOOR_NONE = 0,
	FLOOR_NAMES,  /* furniture names and roles no longer drop text (tags do) */
	FLOOR_LINKS   /* nor furniture tags, nor link density */
};

/* The most hidden panels a page has shown (panels.c). */
#define CONTENT_MAX_SHOWN 32

/* The most sibling containers the body is read from. */
#define CONTENT_MAX_PARTS 64

typedef struct content_ctx {
	newsdoc_document *doc;
	xmlNode *body;
	const char *url;          /* base for absolute links (may be NULL) */
	content_stat *stats;      /* one per element, reached by node->_private */
	size_t stat_count;
	size_t max_depth;
	size_t max_related;
	const char *title;        /* the document's title, kept out of the body */
	xmlNode *container;       /* the chosen article container */
	/* The largest subtree the scorer does not enter although it holds
	 * text (a <noscript> crawler view, a hidden anti-flash wrapper, a page
	 * that the parser nested inside a <button>), and its characters;
	 * `revealed` is the one scored as visible (reveal.c). */
	xmlNode *unseen;
	unsigned int unseen_text;
	xmlNode *revealed;
	/* Hidden panels of a product page (tabs, accordions) scored as
	 * visible (panels.c). */
	xmlNode *shown[CONTENT_MAX_SHOWN];
	size_t shown_count;
	int floor;                /* enum content_floor: how far emitting lowers its guard */
	/* The body split over siblings of the container's kind (siblings.c):
	 * the parts in document order, the container among them; 0 when the
	 * container alone is the body. */
	xmlNode *parts[CONTENT_MAX_PARTS];
	size_t part_count;
	unsigned int container_para_text;
	int saw_heading_title;    /* the headline was met and skipped */
	/* The document's image addresses, each with its index in the image
	 * list (figure.c): images [0, images_indexed) are in the set. */
	newsdoc__str_set image_urls;
	size_t images_indexed;
	/* The page type whose profile extraction follows (enum
	 * newsdoc__page_type; 0, article, unless pagetype.c says otherwise). */
	int page_type;
	/* The parent of the page's largest run of repeated items (teasers,
	 * products, posts) as the page-type features found it, or NULL. */
	xmlNode *items_parent;
	/* The related items' addresses so far (related.c), while
	 * newsdoc__content_related runs. */
	struct related_listed *related_listed;
} content_ctx;

static inline content_stat *content_stat_of(const xmlNode *node)
{
	return node && node->type == XML_ELEMENT_NODE ? (content_stat *)node->_private : NULL;
}

/* name_sets.c: the lists of class/id names, matched in one scan. */
enum name_set {
	NAME_SET_POSITIVE,      /* the article body itself */
	NAME_SET_NEGATIVE,      /* furniture at any size, at a word start */
	NAME_SET_NEGATIVE_WORD, /* furniture as a whole word ("ad", "nav") */
	NAME_SET_WEAK,          /* furniture while it holds little prose */
	NAME_SET_WEAK_WORD,
	NAME_SET_EMBED,         /* embedded posts: quoted sources */
	NAME_SET_COMMERCIAL,    /* what makes an "embed" an ad or a prompt */
	NAME_SET_PROSE,         /* "text", "body": excuses a weak name */
	NAME_SET_INLINE,        /* captions and credits set in a span */
	NAME_SET_RELATED,       /* related / read-more boxes */
	NAME_SET_SHOP,          /* products: a box named related and shop is a shop's */
	NAME_SET_COMMENTS,      /* comment sections */
	NAME_SET_COUNT
};
#define NAME_SET(which) (1u << NAME_SET_##which)
/* The sets (NAME_SET bits) with a name in `names`: lowercase class and id
 * text joined by a space. */
unsigned int newsdoc__content_name_sets(const char *names);

/* nodes.c */
int newsdoc__content_tag_of(const xmlNode *node, unsigned char *level);
/* NODE_NEGATIVE / NODE_POSITIVE / NODE_HIDDEN / NODE_RELATED_NAME from the
 * element's attributes. */
unsigned int newsdoc__content_hints(const xmlNode *node, int tag);
/* A related-box heading of a table: its words, and 1 in `whole` when the
 * heading must be these words alone (related_words.c). */
typedef struct related_heading {
	const char *text;
	unsigned char whole;
} related_heading;
/* related_words_more.c: headings in more languages and phrasings. */
extern const related_heading newsdoc__related_headings_more[];
extern const size_t newsdoc__related_headings_more_count;
/* related_reject_words.c: headings of boxes that are no related items
 * (next/previous article, related jobs, tags, products ...). */
extern const related_heading newsdoc__related_unrelated_more[];
extern const size_t newsdoc__related_unrelated_more_count;
/* related_reject.c: _index_url: an absolute address that names an index
 * (tag, topic, category page, date archive), a product (on a page that is
 * none), a job offer or a newsletter sign-up, no article;
 * _box_named_unrelated: a box whose class or id also names it a paid
 * widget or a menu, or a most-read or trending list that no related
 * heading opens (`scratch` reads the heading). */
int newsdoc__related_index_url(const char *url, const char *page_url);
int newsdoc__related_box_named_unrelated(xmlNode *box, newsdoc__sb *scratch);
/* related_reject.c: a teaser card in the story that links to such a page
 * (`href` as written): it leaves the body without an item. */
int newsdoc__related_promo_card(content_ctx *ctx, const xmlChar *href);
/* A related heading with a topic inside: "More <topic> news" (related_words_more.c). */
typedef struct related_frame {
	const char *open, *close;
} related_frame;
extern const related_frame newsdoc__related_heading_frames[];
extern const size_t newsdoc__related_heading_frames_count;
/* 1 when `text` (folded) is a related-box heading ("Related", "Read more" ...). */
int newsdoc__content_is_related_heading(const char *text, size_t len);
/* 1 when it heads a box that is no related items ("Latest", "Most read" ...). */
int newsdoc__content_is_unrelated_heading(const char *text, size_t len);
/* A related heading word for word, nothing after it ("Mehr zum Thema", not
 * "Mehr zum Thema Banken"): for text in markup that says nothing of a heading. */
int newsdoc__content_is_whole_related_heading(const char *text, size_t len);
/* 1 when a link address goes to a page about a person ("/author/", "/autor/" ...). */
int newsdoc__content_is_person_path(const char *href);
/* 1 when a link address is an ad server's click redirect. */
int newsdoc__content_is_ad_click(const char *href);
/* The length of a label before a teaser's credit ("By ", "Redacción: "), or 0. */
size_t newsdoc__content_credit_label_length(const char *text, size_t len);
/* 1 when the whole text is such a label ("by", "Von:"). */
int newsdoc__content_is_credit_word(const char *text, size_t len);
/* The length of a teaser's credit before a date stated in it and the
 * separators before that ("Jane Doe | Jan 2, 2025" -> "Jane Doe"), or
 * before the place after the names ("Jane Doe, Berlin"); `len` when it
 * states none (*oom set when memory ran out). */
size_t newsdoc__content_credit_length_before_date(const char *text, size_t len, int *oom);
/* Folded visible text of a subtree (iterative; no depth limit). */
int newsdoc__content_collect_text(newsdoc__sb *sb, const xmlNode *node, int *pending_space);
/* `sb` emptied, then the folded visible text of `node` trimmed of the
 * white space around it. */
int newsdoc__content_text_of(newsdoc__sb *sb, const xmlNode *node);
/* The same for a text that must be short (a heading): the walk stops after
 * `max_nodes` nodes of the subtree and sets *too_big, so that asking of
 * every element whether it is such a text stays linear. */
int newsdoc__content_collect_short_text(newsdoc__sb *sb, const xmlNode *node, size_t max_nodes, int *too_big);
/* The element is a <q> (inline_quote.c). */
int newsdoc__content_is_q(const xmlNode *node);
/* The mark a browser draws at the start (closing == 0) or end of the <q>
 * element `q`, in the page's language; `nested`: for a <q> inside one. */
const char *newsdoc__content_q_mark(const xmlNode *q, int nested, int closing);
/* Do the `len` bytes of `text`, spaces aside, end in a quotation mark
 * (the page wrote the marks of the <q> that follows itself)? */
int newsdoc__content_ends_in_mark(const char *text, size_t len);
/* Text of an attribute folded, or NULL. Caller frees with xmlFree. */
xmlChar *newsdoc__content_attr(const xmlNode *node, const char *name);
/* The class attribute in ASCII lowercase ("storyBody" -> "storybody"), or
 * NULL. Caller frees with xmlFree. */
xmlChar *newsdoc__content_class_lower(const xmlNode *node);

/* score.c */
int newsdoc__content_score(content_ctx *ctx);
/* score.c: a comment section beside an article (NODE_COMMENTS, with an
 * article's worth of paragraph text outside it in `around_prose`, the
 * page's or the container's): readers' prose outweighs any article once
 * there are enough comments (a 20,000-comment thread), so its share of the
 * prose says nothing, and it stays furniture. */
int newsdoc__content_is_comment_section(const content_stat *stat, unsigned int around_prose);

/* layout.c: a weak furniture name that the wrappers of most of the page's
 * prose share is a layout name (a page builder's "widget" wrappers): its
 * elements are furniture no more. Called between the sums and the votes. */
int newsdoc__content_clear_layout_names(content_ctx *ctx);
/* Forget the scores: the side array and every node's pointer to it. */
void newsdoc__content_forget(content_ctx *ctx);
xmlNode *newsdoc__content_pick_container(content_ctx *ctx);

/* reveal.c: when the visible page is a shell around a subtree the scorer
 * skips, score that subtree as visible. */
int newsdoc__content_reveal(content_ctx *ctx);
/* For a page that gave no body: the unseen subtree whatever its size, when
 * it holds more than the visible text; *revealed says it was scored. */
int newsdoc__content_reveal_for_floor(content_ctx *ctx, int *revealed);

/* second.c: the main region instead of a container that holds a small
 * share of the page's prose. */
void newsdoc__content_second_opinion(content_ctx *ctx);
/* The body's container: the scorer's pick, its kin joined (siblings.c),
 * the second opinion asked. */
void newsdoc__content_choose(content_ctx *ctx);
/* <main> or role="main" */
int newsdoc__content_is_main_region(const xmlNode *node);
/* The floor for a page whose body came out empty: emit again from the
 * densest region with the name filter off, then from the whole page with
 * the link filter off too, then the page's description. */
int newsdoc__content_floor(content_ctx *ctx);

/* siblings.c: the container's kin (same tag and class list, same article
 * or main region, with prose) join it as parts of the body. */
void newsdoc__content_join_siblings(content_ctx *ctx);

/* pagetype.c: the page type (the document's when a site rule or plugin
 * set it, else classified and recorded with its provenance) into
 * ctx->page_type. After scoring. */
int newsdoc__content_page_type(content_ctx *ctx);

/* profile.c: what the page type changes in the pipeline (nothing for
 * articles). _prepare after newsdoc__content_page_type (it may score the
 * page again), before newsdoc__content_reveal; _container after
 * newsdoc__content_choose (it drops the joined parts when it moves the
 * container). */
int newsdoc__profile_prepare(content_ctx *ctx);
/* panels.c: note the hidden panels of the scored page that a reader opens
 * (tab panels, accordions, named by role or by a word table) in
 * ctx->shown; 1 when some were new. */
int newsdoc__panels_find(content_ctx *ctx);
/* 1 when `node` is one of ctx->shown. */
int newsdoc__content_is_shown(const content_ctx *ctx, const xmlNode *node);
void newsdoc__profile_container(content_ctx *ctx);
/* 1 when the page type's body is made of links (a listing's item titles),
 * which blocks.c then keeps instead of dropping as link lists. */
int newsdoc__profile_keeps_links(const content_ctx *ctx);

/* related.c */
int newsdoc__content_related(content_ctx *ctx);

/* related_links.c: the links of related items. _article_href: the link's
 * address when it goes to an article, not to a person, a section, a tag or
 * an ad (caller frees with xmlFree), else NULL. _person_link: 1 when it
 * goes to a page about a person. _names_no_other_article: 1 when `url` is
 * the page itself (`page_url`, may be NULL) or a site's front page.
 * _class_holds: 1 when the lowercase class text `names` holds one of
 * `words` (NULL-ended); _class_has: the same for `node`'s class. */
xmlChar *newsdoc__related_article_href(const xmlNode *a);
int newsdoc__related_is_article_link(const xmlNode *a);
/* An article link when a cue before it says so ("Read more: <a>..</a>"):
 * the section test (a short label on a plain path) is not asked. */
int newsdoc__related_is_cued_article_link(const xmlNode *a);
int newsdoc__related_person_link(const xmlNode *a);
int newsdoc__related_names_no_other_article(const char *url, const char *page_url);
/* The part of an absolute address that names its page: two addresses name
 * one page when these parts are alike (the scheme, a "www." prefix, a
 * fragment and a trailing slash left out). Its start, and its length in
 * *len. */
const char *newsdoc__related_address_key(const char *url, size_t *len);
int newsdoc__related_class_holds(const xmlChar *names, const char *const *words);
int newsdoc__related_class_has(const xmlNode *node, const char *const *words);

/* related_narrow.c: the paragraph inside `hidden`, an element hidden on
 * small screens only (NODE_HIDDEN_NARROW), that is a teaser's summary
 * wider layouts show; NULL when it holds no such paragraph alone. */
xmlNode *newsdoc__related_narrow_summary(xmlNode *hidden);

/* related_title.c: `title`, the text of `from`, without a label classed
 * as one inside `from` ("Live", a kicker, the source) that opens or ends it. */
int newsdoc__related_drop_title_label(newsdoc__sb *title, const xmlNode *from);
/* _drop_title_kicker: the same for a kicker set apart as its own element
 * with no such class ("<span>Kicker</span>: Title"). */
int newsdoc__related_drop_title_kicker(newsdoc__sb *title, const xmlNode *from);
/* related_listed.c: the addresses of the items so far, keyed
 * (newsdoc__related_address_key). _already_listed: 1 when `url` is an
 * item's already (*index: that item's place in the document), 0 when not,
 * -1 when out of memory; _remember_listed: `url` is the item's at `index`
 * now (0 or NEWSDOC_ENOMEM). */
struct related_listed {
	newsdoc__str_set keys;
	newsdoc__vec owned;  /* the keys' strings */
};
void newsdoc__related_listed_free(struct related_listed *listed);
int newsdoc__related_already_listed(const content_ctx *ctx, const char *url, size_t *index);
int newsdoc__related_remember_listed(content_ctx *ctx, const char *url, size_t index);

/* related_body.c: items set inside the story. _nested_article: an
 * <article> in an article, between paragraphs; _body_card: a block that
 * is one link holding a heading, between paragraphs; _body_list: a list of
 * links to the site's own articles (`page_url`'s) between paragraphs, one
 * headline link an item. */
int newsdoc__related_nested_article(const xmlNode *node);
int newsdoc__related_body_card(const xmlNode *node, const content_stat *stat, const char *page_url);
/* related_sponsored.c: a card of a related box that carries a sponsor's
 * label ("Sponsored", "Anzeige") as a short text of its own: no item. */
int newsdoc__related_sponsored_card(const xmlNode *card);
int newsdoc__related_body_list(const xmlNode *list, const content_stat *stat, const char *page_url);

/* related_nav.c: 1 when the text of `node` (its start) has a headline's
 * few words (or is CJK), 0 when it is a label of one or two. */
int newsdoc__related_headline_words(const xmlNode *node);

/* related_picture.c: _picture_box: `box` holds two article links (at
 * least) without text whose title attribute names the article;
 * _link_title: `title` gets the title attribute of `link` (empty without
 * one); 0 or NEWSDOC_ENOMEM. */
int newsdoc__related_picture_box(xmlNode *box);
int newsdoc__related_link_title(newsdoc__sb *title, const xmlNode *link);

/* _drop_summary_kicker: the same for a summary's kicker, set apart by a
 * colon, bar or dash ("<strong>ANALYSE -</strong> ..."). */
int newsdoc__related_drop_summary_kicker(newsdoc__sb *summary, const xmlNode *from);
/* _drop_title_furniture: a reading time, a date or a furniture label in an
 * element of its own at an end of the title ("Headline<span>4 min</span>"). */
int newsdoc__related_drop_title_furniture(newsdoc__sb *title, const xmlNode *from);
/* _title_end: the element at the start (last == 0) or end of the title
 * element `from` (inside the wrappers that hold all of it) that shows text
 * beside the rest, or NULL. */
const xmlNode *newsdoc__related_title_end(const xmlNode *from, int last);
/* related_title_credit.c: a credit in an element of its own at the end of
 * the title ("<span>Von Jane Doe, Berlin</span>", "Eine Kolumne von ..."):
 * cut from `title`, its names in `author` (emptied first). */
int newsdoc__related_title_credit(newsdoc__sb *title, const xmlNode *from, newsdoc__sb *author);
/* related_teaser.c: a teaser's summary without its kicker, its author
 * without a label before a colon, or an author from a plain credit line
 * after its title ("von Jane Doe", the names alone in its meta line) when
 * it has none. `summary` may be NULL. */
int newsdoc__related_finish_teaser(newsdoc_related *related, const xmlNode *item, const xmlNode *title,
	const xmlNode *summary);
/* related_lines.c: the lines of a teaser. _is_line: an element whose
 * children show text inline only; _element_child: it has an element
 * child; _ends_sentence: the text ends with ".", "!", "?" or a CJK mark. */
int newsdoc__related_is_line(const xmlNode *node);
int newsdoc__related_element_child(const xmlNode *node);
int newsdoc__related_ends_sentence(const char *text, size_t len);
/* related_names.c: 1 when `text` is a person's name or a few of them, as
 * a teaser's credit shows them ("Jane Doe and John Roe", "ANTONIO LOBATO"). */
int newsdoc__related_names_only(const char *text, size_t len);
/* related_credit_text.c: `text` emptied, then the names the credit element
 * `credit` shows, without label, date or place. */
int newsdoc__related_credit_text(newsdoc__sb *text, const xmlNode *credit);
/* related_card_title.c: `title`, the text of a link `from` holding several
 * blocks, cut to the block that reads as the headline (not a label, a
 * credit or a date line). */
int newsdoc__related_card_headline(newsdoc__sb *title, const xmlNode *from);
/* related_card_title.c: `lead`, the block after the one holding `title`
 * in a card that is one link `from`, when it reads as a lead; else empty. */
int newsdoc__related_card_lead(newsdoc__sb *lead, const xmlNode *from, const char *title);
/* related_index_words.c: a link text that labels an index of articles
 * ("View all posts", "Alle anzeigen"), no article. */
int newsdoc__related_is_index_label(const char *text, size_t len);

/* related_heading.c: headings of related boxes. _says_related: the element's
 * short text is a related heading; _opens_with_related_heading /
 * _opens_with_unrelated_heading: the box's opening heading says related, or
 * "Latest", "Most read"; _is_heading_like: a heading in any markup;
 * _inline_read_also: the first link of a "Read also: <link>" paragraph, or
 * NULL; _cue_line: the first link of the line after a paragraph that is
 * only a cue ("<p>Read also</p><p><a>..</a></p>"), *line that line, or
 * NULL; _next_link: the link after `link` inside `top`, or NULL. The
 * texts are read into `scratch` (and `link_text`): when an allocation fails
 * there, the test says no and the buffer stays failed (newsdoc__sb), which
 * the caller turns into NEWSDOC_ENOMEM. */
int newsdoc__related_says_related(const xmlNode *heading, newsdoc__sb *scratch);
int newsdoc__related_opens_with_related_heading(xmlNode *node, newsdoc__sb *scratch);
int newsdoc__related_opens_with_unrelated_heading(xmlNode *node, newsdoc__sb *scratch);
int newsdoc__related_is_heading_like(const xmlNode *node, const content_stat *stat);
xmlNode *newsdoc__related_inline_read_also(xmlNode *node, const content_stat *stat, newsdoc__sb *scratch,
	newsdoc__sb *link_text);
int newsdoc__related_cue_over_list(const xmlNode *cue, const content_stat *stat, const xmlNode *list);
xmlNode *newsdoc__related_cue_line(xmlNode *node, const content_stat *stat, newsdoc__sb *scratch, xmlNode **line);
xmlNode *newsdoc__related_next_link(xmlNode *link, const xmlNode *top);

/* blocks.c */
int newsdoc__content_emit(content_ctx *ctx);

/* figure.c */
/* Absolute form of `href` against the page URL; NULL when not a web link.
 * Caller frees with xmlFree. */
xmlChar *newsdoc__content_absolute_url(const content_ctx *ctx, const xmlChar *href);
/* Source of an <img>: src, or a lazy-loading attribute when src is a
 * placeholder. NULL when none; caller frees with xmlFree. */
xmlChar *newsdoc__content_img_source(const content_ctx *ctx, const xmlNode *img);
int newsdoc__content_emit_figure(content_ctx *ctx, const xmlNode *figure);
int newsdoc__content_emit_image(content_ctx *ctx, const xmlNode *img);
/* A figure that is a data table (no picture beside it): its table is
 * text, walked like the container's; its caption stays a caption. */
int newsdoc__content_figure_is_table(const xmlNode *figure);
int newsdoc__content_is_figure_caption(const xmlNode *node);
int newsdoc__content_emit_caption(content_ctx *ctx, const xmlNode *caption);
/* Forget the image addresses looked up while emitting. */
void newsdoc__content_images_free(content_ctx *ctx);

/* boiler_text.c: short texts that are page furniture wherever they are. */
int newsdoc__content_is_boiler_text(const char *text, size_t len);

/* charset.c */
/* The charset to read `data` with: BOM, caller hint, the zero bytes of
 * UTF-16 or UTF-32, valid UTF-8, an ASCII-compatible <meta> declaration,
 * else windows-1252. Sets *bom_len to skip. A name copied from the page
 * or the hint goes into `scratch`. */
const char *newsdoc__content_detect_charset(const char *data, size_t len, const char *hint, size_t *bom_len,
	char *scratch, size_t scratch_size);
/* The charset of plain-text input: BOM, caller hint, the zero bytes of
 * UTF-16 or UTF-32, else UTF-8 (text declares no charset). */
const char *newsdoc__content_text_charset(const char *data, size_t len, const char *hint, size_t *bom_len,
	char *scratch, size_t scratch_size);
/* The charset of the byte order mark `data` starts with (UTF-8, UTF-16 or
 * UTF-32, either order), its length in *bom_len; NULL and 0 without one. */
const char *newsdoc__charset_bom(const char *data, size_t len, size_t *bom_len);
/* "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the first bytes
 * are such text without a byte order mark (the zero bytes of its ASCII
 * characters show it), else NULL. */
const char *newsdoc__charset_wide(const char *data, size_t len);

#endif
