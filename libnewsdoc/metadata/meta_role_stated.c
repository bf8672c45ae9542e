/*
 * Is a role or an affiliation that metadata gives an author stated on the
 * page with her name? JSON-LD "jobTitle": "News-Redakteur", "worksFor":
 * the publisher, a CMS profile's "Senior reporter": the page's byline
 * often shows only the name, and a role the reader never sees is not the
 * byline's (issue 14: role and affiliation "only when the page states
 * them with the name"). The visible bylines and the short "By ..." lines
 * read from the page are where it would be stated, and the names written
 * as a byline in <meta name=author>; an author card beside
 * the name is read later from the tree (meta_byline_card.c) for authors
 * left without a role. The letters compared are ASCII ones, case and signs
 * aside; a title in another script ("기자") must stand as written.
 */
#include <string.h>

#include "meta_impl.h"

/* A detail this short ("AP", "Inc", "CEO") squeezed is inside many a
 * squeezed name ("Appleby"): it must stand as a word of its own. */
#define SHORT_DETAIL 4

static int word_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/* Is `detail` (ASCII case aside) in `text` with no letter or digit
 * joined to it on either side? */
static int has_whole_word(const char *text, const char *detail, size_t len)
{
	const char *p;
	size_t k;

	for (p = text; *p; p++) {
		if (p > text && word_char((unsigned char)p[-1]))
			continue;
		for (k = 0; k < len && p[k] && ((unsigned char)p[k] | 0x20) == ((unsigned char)detail[k] | 0x20); k++)
			;
		if (k == len && !word_char((unsigned char)p[len]))
			return 1;
	}
	return 0;
}

static int within(const meta_strings *texts, const char *detail)
{
	size_t i, len = strlen(detail);

	for (i = 0; i < texts->count; i++)
		if (len <= SHORT_DETAIL ? has_whole_word(texts->items[i], detail, len) :
		    newsdoc__meta_words_within(texts->items[i], strlen(texts->items[i]), detail, len) ||
		    strstr(texts->items[i], detail))
			return 1;
	return 0;
}

/* Does an author of a byline written as text ("박준석 기자 외 1명" in
 * <meta name=author> and in an unclassed line) carry the same detail? */
static int carried(const meta_store *store, const char *detail)
{
	static const int written[] = { META_SRC_BYLINE, META_SRC_REL_AUTHOR, META_SRC_META, META_SRC_OPENGRAPH };
	size_t i, k;

	for (k = 0; k < sizeof(written) / sizeof(written[0]); k++)
		for (i = 0; i < store->authors[written[k]].count; i++) {
			const meta_author *a = &store->authors[written[k]].items[i];
			if ((a->role && newsdoc__meta_ieq(a->role, detail)) ||
			    (a->affiliation && newsdoc__meta_ieq(a->affiliation, detail)))
				return 1;
		}
	return 0;
}

/* A page that shows no byline at all states who wrote it only in its
 * metadata, and there the job title stands with the name: it is kept.
 * Only a byline the reader sees, which leaves the title out, drops it. */
const char *newsdoc__meta_stated_detail(const meta_store *store, const char *detail)
{
	if (!detail)
		return NULL;
	if (store->bylines.count == 0 && store->byline_lines.count == 0)
		return detail;
	return within(&store->bylines, detail) || within(&store->byline_lines, detail) || carried(store, detail) ?
		detail : NULL;
}
