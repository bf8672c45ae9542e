/*
 * The merge: after one walk over the page has offered every source's
 * values, each field still unknown in the document takes the best source
 * that has one, and records that source as the field's provenance.
 *
 * Source order per field follows how often each is right on real pages:
 * JSON-LD is written for search engines and rarely wrong about the
 * article; OpenGraph is close behind but is often the shared title; <meta>
 * and microdata come next; visible markup (<time>, rel=author, bylines)
 * last, because sidebars and related boxes carry their own.
 */
#include <string.h>

#include <libxml/tree.h>

#include "meta_impl.h"
#include "meta_author_kind.h"

const char *const newsdoc__meta_source_names[META_SRC_COUNT] = {
	"json-ld", "opengraph", "meta", "microdata", "time", "rel-author", "byline", "html", "url"
};

typedef struct merge {
	newsdoc_document *doc;
	meta_store *store;
	const char *url;
	int error;
} merge;

static int set_field(merge *m, int field, const char *value, int source)
{
	if (m->error || !value)
		return m->error;
	if (!(m->error = newsdoc_document_set(m->doc, field, value)))
		m->error = newsdoc_document_set_provenance(m->doc, field, newsdoc__meta_source_names[source]);
	return m->error;
}

/* The first source in `order` (ended by -1) with a value for `slot`. */
static int pick(const meta_store *store, int slot, const int *order)
{
	for (; *order >= 0; order++)
		if (store->value[slot][*order])
			return *order;
	return -1;
}

static void published_from_modified(merge *m, const int *modified)
{
	int source = pick(m->store, META_SLOT_MODIFIED, modified);

	/* An update the visible-date pass read was already judged there (far
	 * below the headline it stays the modification date only). */
	if (m->error || source < 0 || source == META_SRC_HTML)
		return;
	if (!(m->error = newsdoc_document_set(m->doc, NEWSDOC_FIELD_PUBLISHED,
					      m->store->value[META_SLOT_MODIFIED][source])))
		m->error = newsdoc_document_set_provenance(m->doc, NEWSDOC_FIELD_PUBLISHED, "modified");
}

static void merge_simple(merge *m, int field, int slot, const int *order)
{
	int source;

	if (m->error || newsdoc_document_get(m->doc, field) || (source = pick(m->store, slot, order)) < 0)
		return;
	set_field(m, field, m->store->value[slot][source], source);
}

/* "/path" and "//host/path" against the page URL; other forms as given. */
static void merge_canonical(merge *m)
{
	static const int order[] = { META_SRC_HTML, META_SRC_OPENGRAPH, META_SRC_JSONLD, -1 };
	newsdoc__sb joined = NEWSDOC__SB_INIT;
	const char *value, *scheme_end, *host_end;
	int source;

	if (m->error)
		return;
	if (newsdoc_document_canonical_url(m->doc) || (source = pick(m->store, META_SLOT_CANONICAL, order)) < 0)
		return;
	value = m->store->value[META_SLOT_CANONICAL][source];
	if (!strncmp(value, "http://", 7) || !strncmp(value, "https://", 8)) {
		set_field(m, NEWSDOC_FIELD_CANONICAL_URL, value, source);
		return;
	}
	if (!m->url || value[0] != '/' || !(scheme_end = strstr(m->url, "://")))
		return;
	if (value[1] == '/') {
		newsdoc__sb_put(&joined, m->url, (size_t)(scheme_end - m->url) + 1);
	} else {
		host_end = scheme_end + 3 + strcspn(scheme_end + 3, "/?#");
		newsdoc__sb_put(&joined, m->url, (size_t)(host_end - m->url));
	}
	newsdoc__sb_puts(&joined, value);
	if (joined.failed)
		m->error = newsdoc__error_oom();
	else
		set_field(m, NEWSDOC_FIELD_CANONICAL_URL, joined.ptr, source);
	newsdoc__sb_free(&joined);
}

/* "en_US" (og:locale) -> "en-US"; junk that cannot be a tag is skipped. */
static void merge_language(merge *m)
{
	static const int order[] = { META_SRC_HTML, META_SRC_META, META_SRC_JSONLD, META_SRC_OPENGRAPH, -1 };
	char tag[36];
	size_t i, k, n;

	if (m->error)
		return;
	if (newsdoc_document_language(m->doc))
		return;
	for (i = 0; order[i] >= 0; i++) {
		const char *value = m->store->value[META_SLOT_LANGUAGE][order[i]];
		int ok = 1;
		if (!value || (n = strlen(value)) < 2 || n >= sizeof(tag))
			continue;
		for (k = 0; k < n && ok; k++) {
			char c = value[k];
			tag[k] = c == '_' ? '-' : c;
			ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
				c == '-' || c == '_';
		}
		tag[n] = '\0';
		if (ok) {
			set_field(m, NEWSDOC_FIELD_LANGUAGE, tag, order[i]);
			return;
		}
	}
}

static void merge_tags(merge *m)
{
	static const int order[] = { META_SRC_JSONLD, META_SRC_OPENGRAPH, META_SRC_META, -1 };
	const meta_strings *tags = NULL;
	size_t i;
	int source = -1;

	if (m->error)
		return;
	if (newsdoc_document_tag_count(m->doc))
		return;
	for (i = 0; order[i] >= 0 && !tags; i++)
		if (m->store->tags[order[i]].count) {
			source = order[i];
			tags = &m->store->tags[source];
		}
	if (!tags)
		return;
	for (i = 0; i < tags->count && !m->error; i++)
		m->error = newsdoc_document_add_tag(m->doc, tags->items[i]);
	if (!m->error)
		m->error = newsdoc_document_set_provenance(m->doc, NEWSDOC_FIELD_TAGS, newsdoc__meta_source_names[source]);
}

/* Is this name the site's own (its og:site_name, publisher, or host)? */
static int names_site(const meta_store *store, const char *name)
{
	size_t k;
	for (k = 0; k < META_SRC_COUNT; k++)
		if (store->value[META_SLOT_SITE_NAME][k] && newsdoc__meta_ieq(store->value[META_SLOT_SITE_NAME][k], name))
			return 1;
	return newsdoc__meta_names_host(name, strlen(name), store->page_url);
}

/* Does the list name anyone but organisations and the site itself? */
static int names_person(const meta_store *store, const meta_authors *list)
{
	size_t i;

	for (i = 0; i < list->count; i++) {
		const meta_author *a = &list->items[i];
		int is_site = names_site(store, a->name);
		/* A person has two names at least, unless written in CJK script,
		 * which needs no space ("牛镛"); "LTO", "kicker" are brands. */
		if (!a->is_org && !is_site && (strchr(a->name, ' ') || (unsigned char)a->name[0] >= 0xE0))
			return 1;
	}
	return 0;
}

/* The role or affiliation read for `a`, unless it holds the name of
 * another author of `list`: cards in a row read as one byline ("Jane Doe
 * Editor John Roe Reporter") give the first the words of the next. An
 * organisation credited as well is her affiliation all the same ("By Jane
 * Doe, Reuters"). */
static const char *own_detail(const meta_authors *list, const meta_author *a, const char *detail)
{
	size_t i;

	for (i = 0; detail && i < list->count; i++)
		if (&list->items[i] != a && !newsdoc__meta_ieq(list->items[i].name, a->name) &&
		    !(list->items[i].is_org && newsdoc__meta_ieq(list->items[i].name, detail)) &&
		    newsdoc__meta_icontains(detail, list->items[i].name))
			return NULL;
	return detail;
}

/*
 * The visible byline states what metadata leaves out: JSON-LD names
 * "Yasemin Saplakoglu", the byline "Yasemin Saplakoglu - Staff Writer".
 * When the byline names the same person with a role or an affiliation,
 * its entry is the one to copy.
 */
static const meta_author *with_byline_details(const meta_store *store, const meta_authors *list,
	const meta_author *a)
{
	static const int visible[] = { META_SRC_BYLINE, META_SRC_REL_AUTHOR };
	size_t i, k;

	/* What the page shows beats what metadata says ("Political Editor"
	 * in the byline, "jobTitle": "Editor" in JSON-LD), unless its words
	 * ran on into the name again (a caption and a byline read as one).
	 * The byline first, then the author's link ("<a rel=author>Jane Doe -
	 * Staff Writer</a>"). */
	for (k = 0; k < sizeof(visible) / sizeof(visible[0]); k++) {
		const meta_authors *byline = &store->authors[visible[k]];
		if (list == byline)
			continue;
		for (i = 0; i < byline->count; i++)
			if (newsdoc__meta_ieq(byline->items[i].name, a->name) &&
			    (byline->items[i].role || byline->items[i].affiliation) &&
			    !(byline->items[i].role && newsdoc__meta_icontains(byline->items[i].role, a->name)))
				return &byline->items[i];
	}
	return a;
}

/* The address of the author's page a link on the page gives her by name
 * ("By <a rel=author href=/author/jane-doe>Jane Doe</a>, Political Editor"
 * when JSON-LD names her without one); NULL when none does. */
static const char *visible_url(const meta_store *store, const char *name)
{
	const meta_authors *links = &store->authors[META_SRC_REL_AUTHOR];
	size_t i;

	for (i = 0; i < links->count; i++)
		if (links->items[i].url && newsdoc__meta_ieq(links->items[i].name, name))
			return links->items[i].url;
	return NULL;
}

/*
 * Does a name of `list` begin with a whole name of `reserve` and go on?
 * "Russell Miller Dec" read from the byline of the newsletter named
 * "Russell Miller", "Mazi December" from a link whose JSON-LD says "Mazi".
 */
static int extends_a_name(const meta_authors *list, const meta_authors *reserve)
{
	size_t i, k;

	for (i = 0; i < list->count; i++)
		for (k = 0; k < reserve->count; k++) {
			size_t n = strlen(reserve->items[k].name);
			if (strlen(list->items[i].name) > n && list->items[i].name[n] == ' ' &&
			    newsdoc__meta_istarts(list->items[i].name, reserve->items[k].name))
				return 1;
		}
	return 0;
}

/* An author's page as an absolute address: "/autor/jane-doe" resolved
 * against the page's address (issue 14: author URLs absolute); kept as
 * written when there is no page address or it does not resolve. */
static int set_author_url(merge *m, newsdoc_author *author, const char *url)
{
	char *absolute = NULL;
	int error = m->store->page_url ? newsdoc__xml_build_uri(url, m->store->page_url, &absolute) : 0;

	if (!error)
		error = newsdoc_author_set_url(author, absolute ? absolute : url);
	xmlFree(absolute);
	return error;
}

/* Does a source before the byline name a person? */
static int any_person(const meta_store *store)
{
	static const int before[] = { META_SRC_JSONLD, META_SRC_MICRODATA, META_SRC_META, META_SRC_OPENGRAPH,
		META_SRC_REL_AUTHOR };
	size_t k;

	for (k = 0; k < sizeof(before) / sizeof(before[0]); k++)
		if (names_person(store, &store->authors[before[k]]))
			return 1;
	return 0;
}

/* The reporters and writers of the wire credit as the byline's authors. */
static void wire_credit_authors(meta_store *store)
{
	newsdoc__sb names = NEWSDOC__SB_INIT;
	meta_authors parsed = { NULL, 0, 0 };

	if (newsdoc__meta_wire_credit_names(store->wire_credit, &names) != 0)
		store->failed = 1;
	else if (names.len)
		newsdoc__meta_store_byline(store, &parsed, names.ptr);
	if (names_person(store, &parsed)) {
		newsdoc__meta_authors_free(&store->authors[META_SRC_BYLINE]);
		store->authors[META_SRC_BYLINE] = parsed;
	} else {
		newsdoc__meta_authors_free(&parsed);
	}
	newsdoc__sb_free(&names);
}

static void merge_authors(merge *m)
{
	static const int order[] = {
		META_SRC_JSONLD, META_SRC_MICRODATA, META_SRC_META, META_SRC_OPENGRAPH,
		META_SRC_REL_AUTHOR, META_SRC_BYLINE, -1
	};
	meta_store *store = m->store;
	const meta_authors *list = NULL, *reserve = NULL;
	const char *site_before = NULL; /* the site named before the first person */
	size_t i;
	int source = -1, reserve_source = -1;

	if (m->error)
		return;
	if (newsdoc_document_author_count(m->doc))
		return;
	/* Bylines are parsed now, in page order: the first that names a person
	 * counts, else the first that names anyone. */
	for (i = 0; i < store->bylines.count; i++) {
		meta_authors parsed = { NULL, 0, 0 };
		meta_authors *kept = &store->authors[META_SRC_BYLINE];
		newsdoc__meta_store_byline(store, &parsed, store->bylines.items[i]);
		newsdoc__meta_byline_source_apply(store, &parsed, i);
		if (parsed.count && (!kept->count || (!names_person(store, kept) && names_person(store, &parsed)))) {
			newsdoc__meta_authors_free(kept);
			*kept = parsed;
		} else {
			newsdoc__meta_authors_free(&parsed);
		}
		if (kept->count && names_person(store, kept))
			break;
	}
	/* Else a short unmarked line "Par Jean Dupont", when it names a person. */
	for (i = 0; i < store->byline_lines.count && !names_person(store, &store->authors[META_SRC_BYLINE]); i++) {
		meta_authors parsed = { NULL, 0, 0 };
		newsdoc__meta_store_byline(store, &parsed, store->byline_lines.items[i]);
		if (names_person(store, &parsed)) {
			newsdoc__meta_authors_free(&store->authors[META_SRC_BYLINE]);
			store->authors[META_SRC_BYLINE] = parsed;
		} else {
			newsdoc__meta_authors_free(&parsed);
		}
	}
	/* Else the credit line closing a wire story ("(Reporting by ...)"). */
	if (store->wire_credit && !names_person(store, &store->authors[META_SRC_BYLINE]) && !any_person(store))
		wire_credit_authors(store);
	/*
	 * The first source that names a person. A source that names only
	 * organisations (JSON-LD often credits the publisher) is kept in
	 * reserve: the byline may name the journalist; if nothing does, the
	 * organisation is the author the page states.
	 */
	for (i = 0; order[i] >= 0; i++) {
		const meta_authors *candidate = &store->authors[order[i]];
		if (!candidate->count)
			continue;
		if (!names_person(store, candidate)) {
			if (!list) {
				list = reserve = candidate;
				source = reserve_source = order[i];
			}
			continue;
		}
		list = candidate;
		source = order[i];
		break;
	}
	/* A page that credits nobody, a forum thread (marked as one, or
	 * linking to two members' pages): the first member whose page it
	 * links to started the thread (its first post's poster). */
	if (!list && store->member_links.count && (store->forum_markup || store->member_pages >= 2)) {
		meta_authors *kept = &store->authors[META_SRC_REL_AUTHOR];
		newsdoc__meta_store_byline(store, kept, store->member_links.items[0]);
		if (kept->count) {
			list = kept;
			source = META_SRC_REL_AUTHOR;
		}
	}
	if (!list)
		return;
	/* The name in reserve is no person by the test above when the site is
	 * named after its author, or when it is one word (a handle, a first
	 * name); a later source that names "a person" by beginning with it
	 * read what follows the name on the page (a date, a word of the job):
	 * the structured source's name is the clean one. */
	if (reserve && list != reserve && extends_a_name(list, reserve)) {
		list = reserve;
		source = reserve_source;
	}
	for (i = 0; i < list->count && !m->error; i++) {
		const meta_author *a = &list->items[i], *details;
		const char *url = NULL, *role, *affiliation;
		newsdoc_author *author;
		/* "David Straub, MDR THÜRINGEN" on mdr.de, or two <meta
		 * name=author>, the site's name and then the reporter's: the site
		 * beside a person is that person's affiliation (of the one before
		 * it, else of the next), not a second author. */
		if (names_person(store, list) && names_site(store, a->name)) {
			size_t count = newsdoc_document_author_count(m->doc);
			const newsdoc_author *prev = count ? newsdoc_document_author_at(m->doc, count - 1) : NULL;
			if (prev && !newsdoc_author_affiliation(prev))
				m->error = newsdoc_author_set_affiliation((newsdoc_author *)prev, a->name);
			else if (!prev)
				site_before = a->name;
			continue;
		}
		if ((m->error = newsdoc_document_add_author(&author, m->doc, a->name)) != 0)
			break;
		details = with_byline_details(store, list, a);
		role = own_detail(list, a, details->role);
		affiliation = own_detail(list, a, details->affiliation);
		/* Metadata's job title and employer only where the page shows them. */
		if (details == a && source != META_SRC_BYLINE && source != META_SRC_REL_AUTHOR) {
			role = newsdoc__meta_stated_detail(store, role);
			affiliation = newsdoc__meta_stated_detail(store, affiliation);
		}
		if (role)
			m->error = newsdoc_author_set_role(author, role);
		if (!m->error && (affiliation || site_before))
			m->error = newsdoc_author_set_affiliation(author, affiliation ? affiliation : site_before);
		site_before = NULL;
		if (!m->error && (a->url || details->url || (url = visible_url(store, a->name)) != NULL))
			m->error = set_author_url(m, author, a->url ? a->url : details->url ? details->url : url);
	}
	if (!m->error)
		m->error = newsdoc_document_set_provenance(m->doc, NEWSDOC_FIELD_AUTHORS, newsdoc__meta_source_names[source]);
}

static void merge_comments(merge *m)
{
	static const int order[] = { META_SRC_JSONLD, META_SRC_MICRODATA, META_SRC_HTML, -1 };
	size_t i;

	if (m->error)
		return;
	if (newsdoc_document_comment_count(m->doc) >= 0)
		return;
	for (i = 0; order[i] >= 0; i++)
		if (m->store->comments[order[i]] >= 0) {
			if (!(m->error = newsdoc_document_set_comment_count(m->doc, m->store->comments[order[i]])))
				m->error = newsdoc_document_set_provenance(m->doc, NEWSDOC_FIELD_COMMENTS,
					newsdoc__meta_source_names[order[i]]);
			return;
		}
}

static void merge_image(merge *m)
{
	static const int order[] = { META_SRC_OPENGRAPH, META_SRC_JSONLD, -1 };
	newsdoc_image *image;
	int source;

	if (m->error)
		return;
	if (newsdoc_document_image_count(m->doc) || (source = pick(m->store, META_SLOT_IMAGE, order)) < 0)
		return;
	if (!(m->error = newsdoc_document_add_image(&image, m->doc, m->store->value[META_SLOT_IMAGE][source])) &&
	    !(m->error = newsdoc_image_set_lead(image, 1)))
		m->error = newsdoc_document_set_provenance(m->doc, NEWSDOC_FIELD_IMAGES, newsdoc__meta_source_names[source]);
}

/* The page's address, else its canonical one, else og:url. */
static void date_from_url(meta_store *store)
{
	const char *urls[3];
	size_t i;

	urls[0] = store->page_url;
	urls[1] = store->value[META_SLOT_CANONICAL][META_SRC_HTML];
	urls[2] = store->value[META_SLOT_CANONICAL][META_SRC_OPENGRAPH];
	for (i = 0; i < 3 && !store->value[META_SLOT_PUBLISHED][META_SRC_URL]; i++)
		if (urls[i])
			store->value[META_SLOT_PUBLISHED][META_SRC_URL] = newsdoc__meta_date_in_url(urls[i], &store->failed);
}

int newsdoc__extract_metadata(newsdoc_document *doc, struct _xmlDoc *html, const char *url,
	const newsdoc_parse_options *opts)
{
	static const int description[] = { META_SRC_OPENGRAPH, META_SRC_JSONLD, META_SRC_META, META_SRC_MICRODATA, -1 };
	static const int section[] = { META_SRC_JSONLD, META_SRC_OPENGRAPH, META_SRC_META, META_SRC_MICRODATA, -1 };
	static const int site[] = { META_SRC_OPENGRAPH, META_SRC_JSONLD, META_SRC_META, -1 };
	static const int published[] = {
		META_SRC_JSONLD, META_SRC_OPENGRAPH, META_SRC_META, META_SRC_MICRODATA, META_SRC_TIME,
		META_SRC_HTML, META_SRC_URL, -1
	};
	static const int modified[] = {
		META_SRC_JSONLD, META_SRC_OPENGRAPH, META_SRC_META, META_SRC_MICRODATA, META_SRC_TIME,
		META_SRC_HTML, -1
	};
	meta_store store;
	merge m;
	size_t authors_before;

	if (!doc || !html)
		return newsdoc__error_arg("newsdoc__extract_metadata", doc ? "html" : "doc");
	newsdoc__meta_store_init(&store, url, opts);
	newsdoc__meta_walk(&store, html);
	if (!store.failed)
		newsdoc__meta_jsonld_finish(&store);
	m.doc = doc;
	m.store = &store;
	m.url = url;
	m.error = 0;
	if (!store.failed) {
		merge_simple(&m, NEWSDOC_FIELD_SITE_NAME, META_SLOT_SITE_NAME, site);
		merge_canonical(&m);
		merge_language(&m);
		newsdoc__meta_merge_title(doc, &store, &m.error);
		merge_simple(&m, NEWSDOC_FIELD_DESCRIPTION, META_SLOT_DESCRIPTION, description);
		merge_simple(&m, NEWSDOC_FIELD_SECTION, META_SLOT_SECTION, section);
		/* No source states the date: read what the page shows near its
		 * headline. A date the walk read from markup alone (an element
		 * classed as a date, a <time> without a label) may be a teaser's
		 * in a carousel above or beside the story: the line by the
		 * headline wins over it, when there is one. */
		if (!m.error && !newsdoc_document_published(doc) &&
		    pick(&store, META_SLOT_PUBLISHED, published) == META_SRC_HTML) {
			char *markup = store.value[META_SLOT_PUBLISHED][META_SRC_HTML];
			store.value[META_SLOT_PUBLISHED][META_SRC_HTML] = NULL;
			newsdoc__meta_dateline(&store, html, newsdoc_document_title(doc));
			if (!store.value[META_SLOT_PUBLISHED][META_SRC_HTML])
				store.value[META_SLOT_PUBLISHED][META_SRC_HTML] = markup;
			else
				newsdoc__free(markup);
		} else if (!m.error && pick(&store, META_SLOT_PUBLISHED, published) < 0 && !newsdoc_document_published(doc))
			newsdoc__meta_dateline(&store, html, newsdoc_document_title(doc));
		/* Nor does it show one: the address may hold it. */
		if (!m.error && pick(&store, META_SLOT_PUBLISHED, published) < 0 && !newsdoc_document_published(doc))
			date_from_url(&store);
		/* Nor the address: a page whose sources state only its last update
		 * gives no other date, and that one is its date (provenance
		 * "modified", which tells it from a stated publication). */
		if (!m.error && pick(&store, META_SLOT_PUBLISHED, published) < 0 && !newsdoc_document_published(doc))
			published_from_modified(&m, modified);
		merge_simple(&m, NEWSDOC_FIELD_PUBLISHED, META_SLOT_PUBLISHED, published);
		merge_simple(&m, NEWSDOC_FIELD_MODIFIED, META_SLOT_MODIFIED, modified);
		merge_tags(&m);
		authors_before = newsdoc_document_author_count(doc);
		merge_authors(&m);
		/* The authors this merge named may state their job in a card. */
		if (!m.error && !authors_before && newsdoc_document_author_count(doc))
			m.error = newsdoc__meta_author_cards(&store, html, doc);
		/* Every author, the site rules' and plugins' too, is a person or
		 * an organisation from here on. */
		if (!m.error)
			m.error = newsdoc__author_kinds(doc, &store, url);
		merge_comments(&m);
		merge_image(&m);
	}
	if (store.failed && !m.error)
		m.error = newsdoc__error_oom();
	newsdoc__meta_store_free(&store);
	return m.error;
}
