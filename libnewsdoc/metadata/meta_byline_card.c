/*
 * The title line of an author card. Many pages state an author's job not
 * in the byline but in a card or box beside the name, above or below the
 * article:
 *
 *   <h3><a href="/author/ada-finch">Ada Finch</a></h3>
 *   <div class="person-title">Special Assistant to the Director</div>
 *
 *   <span class="author-name"><a>Ada Finch</a></span>
 *   <span class="author-title">Gardener &amp; Beekeeper</span>
 *
 *   <a href="/ada">Ada Finch</a><p>Senior editor at Hollow Post.</p>
 *
 *   <h6><a rel="author">Ada Finch</a></h6>
 *   <p>(Editor / Journalist) - Ada comes from ...</p>
 *
 * Once the authors are known, an element whose whole text is an author's
 * name is looked for; the element right after it (after its parent's, when
 * the name ends its parent) is her title line when it is short and either
 * holds a title word early on or is classed as a title or role. A bio that
 * opens with a title in brackets gives that title. Its words are split
 * into role and affiliation as a byline's are (meta_byline_role.c).
 * Only authors without a role are looked up, and one walk serves them all.
 */
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "meta_byline.h"
#include "../html/dom_attr.h"
#include "../html/dom_walk.h"

/* Authors looked up on one page. */
#define MAX_CARD_AUTHORS 8
/* Nodes walked, and elements whose text is a name tried, per page. */
#define MAX_CARD_NODES 400000
#define MAX_CARD_MATCHES 16
/* Levels climbed from the name to the element the title line follows. */
#define MAX_CARD_CLIMB 3
/* A title line is short: bytes read, words kept, and how early its first
 * title word stands. */
#define MAX_TITLE_BYTES 160
#define MAX_TITLE_WORDS 12
#define TITLE_WORD_WITHIN 4
#define MAX_TITLE_NODES 48

/* Parts of a class or id ("author-title", "byline__title", "person-title",
 * "author__role", "card-author-rol", "author-job-title"), cut at '-' and
 * '_', that mark a title line. A role part is enough; a title part also
 * needs a person part, as a teaser's "title" is its headline. */
static const char *const role_parts[] = {
	"role", "rol", "job", "jobtitle", "position",        /* en, nl */
	"funktion", "beruf",                                 /* de */
	"fonction", "poste",                                 /* fr */
	"cargo", "puesto",                                   /* es, pt */
	"ruolo", "qualifica",                                /* it */
	"stanowisko", "funkcja",                             /* pl */
	NULL
};
static const char *const title_parts[] = {
	"title", "titel", "titre", "titulo", "titolo", "tytul", NULL
};
static const char *const person_parts[] = {
	"author", "authors", "byline", "person", "writer", "staff", "contributor", "autor", "auteur",
	"autore", "autora", NULL
};

typedef struct card_author {
	newsdoc_author *author;  /* NULL once nothing is missing */
	const char *name;
	size_t name_len;
} card_author;

/* Bytes of a bio read after the name. */
#define MAX_BIO_BYTES 300

static int part_in(const char *s, size_t len, const char *const *list)
{
	for (; *list; list++)
		if (strlen(*list) == len && !strncasecmp(s, *list, len))
			return 1;
	return 0;
}

/* Is the element classed (or id'd) as a title line? */
static int classed_as_title(const xmlNode *node)
{
	size_t k;

	for (k = 0; k < 2; k++) {
		const char *p = newsdoc__attr_text(node, k == 0 ? "class" : "id");
		int person = 0, title = 0;
		while (p && *p) {
			size_t n = strcspn(p, " \t\r\n-_");
			if (n && part_in(p, n, role_parts))
				return 1;
			person |= n && part_in(p, n, person_parts);
			title |= n && part_in(p, n, title_parts);
			/* A class ends its parts at white space: "author-name title"
			 * is two tokens, the name's and a headline's. */
			if (p[n] != '-' && p[n] != '_') {
				if (person && title)
					return 1;
				person = title = 0;
			}
			p += n;
			if (*p)
				p++;
		}
	}
	return 0;
}

/* The element after `node` (before it, unless `forward`), when only
 * white space lies between. */
static const xmlNode *adjacent_element(const xmlNode *node, int forward)
{
	const xmlNode *at;

	for (at = forward ? node->next : node->prev; at; at = forward ? at->next : at->prev) {
		if (at->type == XML_ELEMENT_NODE)
			return at;
		if (at->type == XML_TEXT_NODE && at->content && !newsdoc__meta_is_blank((const char *)at->content))
			return NULL;
	}
	return NULL;
}

/* The element a title line follows: the name's own, or the ancestor whose
 * content it ends ("<h3><a>Ada Finch</a></h3><div>title</div>"). */
static const xmlNode *title_line_of(const xmlNode *name)
{
	const xmlNode *at = name, *next;
	int level;

	for (level = 0; at && at->type == XML_ELEMENT_NODE && level <= MAX_CARD_CLIMB; level++) {
		if ((next = adjacent_element(at, 1)) != NULL)
			return next;
		/* Only white space may follow the name in its parent. */
		for (next = at->next; next; next = next->next)
			if (next->type == XML_ELEMENT_NODE ||
			    (next->type == XML_TEXT_NODE && next->content && !newsdoc__meta_is_blank((const char *)next->content)))
				return NULL;
		at = at->parent;
		if (at && (!strcasecmp((const char *)at->name, "body") || !strcasecmp((const char *)at->name, "article")))
			return NULL;
	}
	return NULL;
}

/* Does the element hold a link (a few levels down)? A title line is
 * plain text; a link there leads to another story or person. */
static int holds_link(const xmlNode *node, int depth)
{
	const xmlNode *child;

	if (!strcasecmp((const char *)node->name, "a"))
		return 1;
	for (child = node->children; child && depth < 4; child = child->next)
		if (child->type == XML_ELEMENT_NODE && holds_link(child, depth + 1))
			return 1;
	return 0;
}

static int has_digit_or_sign(const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++)
		if ((s[i] >= '0' && s[i] <= '9') || strchr("@:?!|\"", s[i]))
			return 1;
	return 0;
}

/*
 * The title line's pieces, at commas, as a byline's: the first is the role
 * (and the organisation after "at"); a later piece of title words adds to
 * the role ("Head Winemaker, Co-Founder"), any other is where the person
 * works ("Vice President of Sales, Harbour Group"), and ends the line.
 */
static int read_title_pieces(meta_author *found, byline_word *words, size_t n)
{
	size_t start = 0, i;

	for (i = 0; i < n; i++) {
		byline_word *piece = &words[start];
		size_t count = i + 1 - start;
		int comma = words[i].len > 1 && words[i].s[words[i].len - 1] == ',';
		if (!comma && i + 1 < n)
			continue;
		if (comma)
			words[i].len--;
		start = i + 1;
		if (!found->role) {
			if (newsdoc__byline_role_and_affiliation(found, piece, count) != 0)
				return -1;
		} else if (!found->affiliation && newsdoc__byline_role_continues(piece, count)) {
			if (newsdoc__byline_role_append(found, piece, count) != 0)
				return -1;
		} else {
			if (!found->affiliation && newsdoc__meta_author_set(&found->affiliation, piece[0].s,
				(size_t)(piece[count - 1].s + piece[count - 1].len - piece[0].s)) != 0)
				return -1;
			break;
		}
	}
	return 0;
}

/* Bytes of a separator and the spaces after it at the start of s[0, len)
 * (",", ";", ":", "|", "-", a middle dot, an en or em dash); 0 for none. */
static size_t separator_length(const char *s, size_t len)
{
	size_t n = 0;

	if (len && strchr(",;:|-", s[0]))
		n = 1;
	else if (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xB7)
		n = 2;
	else if (len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
		 ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
		n = 3;
	if (!n)
		return 0;
	while (n < len && s[n] == ' ')
		n++;
	return n;
}

/* Give the author the role found and, when she has none, its
 * affiliation; 1 when a role was found, 0 when not, -1 out of memory. */
static int set_found(newsdoc_author *author, const meta_author *found)
{
	if (found->role && newsdoc_author_set_role(author, found->role) != 0)
		return -1;
	if (found->affiliation && !newsdoc_author_affiliation(author) &&
	    newsdoc_author_set_affiliation(author, found->affiliation) != 0)
		return -1;
	return found->role != NULL;
}

/*
 * Read the line after the name as the author's title; 1 when taken, 0
 * when it is no title line, -1 when memory ran out.
 */
static int take_title_line(meta_store *store, card_author *ca, const xmlNode *line, int need_class)
{
	byline_word words[MAX_TITLE_WORDS + 1], probe;
	meta_author found;
	size_t n = 0, i, len;
	const char *s, *end;
	char *text;
	int cut, classed, titled = 0, result = 0;
	size_t skip;

	/* A box of other stories or people ("related") holds no title. */
	if (newsdoc__meta_element_kinds(line) & META_TOKEN_JUNK)
		return 0;
	if (!(text = newsdoc__meta_element_text_capped(store, line, MAX_TITLE_BYTES, MAX_TITLE_NODES, &cut)))
		return store->failed ? -1 : 0;
	s = text;
	len = strlen(text);
	/* "(Editor / Journalist) - Ada comes from ...": the bracket is the title. */
	if (s[0] == '(' && (end = memchr(s, ')', len)) != NULL) {
		s++;
		len = (size_t)(end - s);
		cut = 0;
	} else if (holds_link(line, 0)) {
		newsdoc__free(text);
		return 0;
	}
	while (len && (s[len - 1] == '.' || s[len - 1] == ' '))
		len--;
	/* "<a>Ada Finch</a><span>, Senior Editor</span>", "| Senior Editor":
	 * the separator after the name is no part of the title. */
	while ((skip = separator_length(s, len)) != 0)
		s += skip, len -= skip;
	classed = classed_as_title(line);
	if (need_class && !classed) {
		newsdoc__free(text);
		return 0;
	}
	if (cut || !len || has_digit_or_sign(s, len) || newsdoc__meta_istarts(s, ca->name)) {
		newsdoc__free(text);
		return 0;
	}
	n = newsdoc__byline_words(words, MAX_TITLE_WORDS + 1, s, len);
	/* "Jane is a senior editor at X", "She is ...": a bio's sentence, not
	 * a title line; read as a bio after its subject. */
	if (n >= 3) {
		memset(&found, 0, sizeof(found));
		if (newsdoc__byline_bio_role(&found, words[1].s, len - (size_t)(words[1].s - s)) != 0)
			result = -1;
		else if (found.role)
			result = set_found(ca->author, &found);
		newsdoc__free(found.role);
		newsdoc__free(found.affiliation);
		if (result) {
			newsdoc__free(text);
			return result;
		}
	}
	for (i = 0; i < n && i < TITLE_WORD_WITHIN; i++) {
		/* "Winemaker," counts as a title word; the span keeps the comma. */
		probe = words[i];
		while (probe.len && strchr(",;", probe.s[probe.len - 1]))
			probe.len--;
		/* A card's line is set apart from the name: "Home Security
		 * Expert" is a title there. */
		titled |= newsdoc__byline_is_role_word(&probe) || newsdoc__byline_is_separate_title_head(&probe);
	}
	if (n && n <= MAX_TITLE_WORDS && (titled || classed)) {
		memset(&found, 0, sizeof(found));
		if (read_title_pieces(&found, words, n) != 0)
			result = -1;
		else
			result = set_found(ca->author, &found);
		newsdoc__free(found.role);
		newsdoc__free(found.affiliation);
	}
	newsdoc__free(text);
	return result;
}

/* ASCII white space, as newsdoc__meta_is_space, without a call per byte
 * on every text node of the page. */
static int is_blank_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static unsigned char fold_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/*
 * Bytes of `text` that spell `name`, white space (a no-break space too)
 * folded and ASCII case aside; 0 when it does not start with the name.
 */
static size_t spells_name(const char *text, size_t len, const char *name)
{
	size_t i = 0;

	for (; *name; name++) {
		if (*name == ' ') {
			size_t at = i;
			while (i < len && (newsdoc__meta_is_space((unsigned char)text[i]) ||
			       (i + 1 < len && (unsigned char)text[i] == 0xC2 && (unsigned char)text[i + 1] == 0xA0)))
				i += (unsigned char)text[i] == 0xC2 ? 2 : 1;
			if (i == at)
				return 0;
			continue;
		}
		if (i >= len || fold_ascii((unsigned char)text[i]) != fold_ascii((unsigned char)*name))
			return 0;
		i++;
	}
	return i;
}

/* The author whose name the text node holds, white space aside: all of
 * it, or after a byline's opening words ("By Jane Doe": *whole set), or
 * its start before a space (a bio: "Jane Doe is ..."; *after is where the
 * sentence goes on). */
static card_author *named_by(card_author *authors, size_t count, const char *text, int *whole,
	const char **after)
{
	size_t len, k, opener, spelled;

	while (is_blank_byte((unsigned char)*text))
		text++;
	/* Most text nodes between elements are white space only. */
	if (!*text)
		return NULL;
	len = strnlen(text, MAX_BIO_BYTES);
	while (len && is_blank_byte((unsigned char)text[len - 1]))
		len--;
	for (k = 0; k < count; k++) {
		size_t name_len = authors[k].name_len;
		if (!authors[k].author)
			continue;
		if ((spelled = spells_name(text, len, authors[k].name)) != 0) {
			*whole = spelled == len;
			*after = text + spelled;
			if (*whole || text[spelled] == ' ')
				return &authors[k];
		}
		/* "By Jane Doe": the name ends a short text after its opener
		 * (the name's last letters are compared first: the opening words
		 * are the dearer test). */
		if (len > name_len && len < 96 && name_len >= 3 &&
		    !strncasecmp(text + len - 3, authors[k].name + name_len - 3, 3) &&
		    (opener = newsdoc__byline_opener_length(text, len, NULL)) != 0 &&
		    spells_name(text + opener, len - opener, authors[k].name) == len - opener) {
			*whole = 1;
			return &authors[k];
		}
	}
	return NULL;
}

/* Fill what the author lacks from the bio sentence `text` after her name;
 * -1 when memory ran out. */
static int take_bio(card_author *ca, const char *text)
{
	meta_author found;
	int error;

	memset(&found, 0, sizeof(found));
	error = newsdoc__byline_bio_role(&found, text, strnlen(text, MAX_BIO_BYTES));
	if (!error && found.role && !newsdoc_author_role(ca->author))
		error = newsdoc_author_set_role(ca->author, found.role);
	if (!error && found.role && found.affiliation && !newsdoc_author_affiliation(ca->author))
		error = newsdoc_author_set_affiliation(ca->author, found.affiliation);
	newsdoc__free(found.role);
	newsdoc__free(found.affiliation);
	return error ? -1 : 0;
}

/* Look one text node up: a card's name, a bio's opening. */
static int on_text(meta_store *store, card_author *ca, const xmlNode *text, int whole, const char *after)
{
	const xmlNode *line;

	if (!whole)
		return take_bio(ca, after);
	if (!newsdoc_author_role(ca->author) && (line = title_line_of(text->parent)) != NULL &&
	    take_title_line(store, ca, line, 0) < 0)
		return -1;
	/* "<span class=role>Political Editor</span> <a>Jane Doe</a>": a line
	 * before the name counts only when classed as a title. */
	if (!newsdoc_author_role(ca->author) && (line = adjacent_element(text->parent, 0)) != NULL &&
	    take_title_line(store, ca, line, 1) < 0)
		return -1;
	/* "<a>Jane Doe</a> is the Political Editor of ...". */
	if (text->parent->next && text->parent->next->type == XML_TEXT_NODE && text->parent->next->content)
		return take_bio(ca, (const char *)text->parent->next->content);
	return 0;
}

int newsdoc__meta_author_cards(meta_store *store, const struct _xmlDoc *html, newsdoc_document *doc)
{
	card_author authors[MAX_CARD_AUTHORS];
	const xmlNode *root = xmlDocGetRootElement((xmlDoc *)html), *node;
	size_t count = 0, left = 0, k, nodes = 0, matches = 0;

	if (!root)
		return 0;
	for (k = 0; k < newsdoc_document_author_count(doc) && count < MAX_CARD_AUTHORS; k++) {
		newsdoc_author *a = (newsdoc_author *)newsdoc_document_author_at(doc, k);
		const char *name = newsdoc_author_name(a);
		/* A person's name has two words, or is written in a script
		 * without spaces; "AP", "mbl.is" have no card. */
		if ((newsdoc_author_role(a) && newsdoc_author_affiliation(a)) || !name ||
		    (!strchr(name, ' ') && (unsigned char)name[0] < 0xE0))
			continue;
		authors[count].author = a;
		authors[count].name = name;
		authors[count].name_len = strlen(name);
		count++;
	}
	left = count;
	node = root;
	while (node && left && nodes < MAX_CARD_NODES && matches < MAX_CARD_MATCHES) {
		card_author *ca;
		int skip = 0, whole = 0;
		const char *after = NULL;
		nodes++;
		/* (a first letter rules out most names before a comparison) */
		if (node->type == XML_ELEMENT_NODE && strchr("sShH", node->name[0]))
			skip = !strcasecmp((const char *)node->name, "script") || !strcasecmp((const char *)node->name, "style") ||
				!strcasecmp((const char *)node->name, "head");
		else if (node->type == XML_TEXT_NODE && node->content && node->parent &&
			 (ca = named_by(authors, count, (const char *)node->content, &whole, &after)) != NULL) {
			matches++;
			if (on_text(store, ca, node, whole, after) < 0)
				return newsdoc__error_oom();
			if (newsdoc_author_role(ca->author) && newsdoc_author_affiliation(ca->author)) {
				ca->author = NULL;
				left--;
			}
		}
		node = newsdoc__walk_next((xmlNode *)node, root, !skip && node->type == XML_ELEMENT_NODE);
	}
	return 0;
}
