/*
 * The two header lines whose layout the text exporter (plugins/export-text)
 * writes, read back exactly so that export -> --input text keeps them:
 *
 *   By Name (Role, Affiliation), Name (at Affiliation), Name (Role) and Name
 *   Published: 2025-05-21T15:42:10-04:00
 *   Updated: 2025-05-22T08:00:00Z
 *
 * A byline in parentheses form is split here and not by the metadata
 * byline splitter, which reads "(Senior Reporter, The Daily Example)" as
 * more people. A byline without parentheses is left to that splitter (it
 * reads "By Ann Lee and Bo Chan" and organisation bylines the same way),
 * except in the exporter's whole header group: with its ISO date lines, or
 * alone when the splitter finds nobody ("By marla pennick"), its names
 * are taken as written. That group's "By" line is the byline whatever its
 * length (up to 2 KB: a dozen authors pass 120 bytes) and may end in an
 * initial ("By Ron B."); each name must be a few words, so a sentence that
 * starts with "By" stays body text.
 * The date labels come from the per-language tables (meta_date_words.c).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "../metadata/meta_impl.h"
#include "text_lines.h"

/* The affiliation of a person without a role: "(at Reuters)". */
static const char affiliation_cue[] = "at ";

/* The exporter's header byline is read whatever its length (a page with
 * twelve authors writes a line of 200 bytes) up to this bound; past it the
 * line is body text. */
#define EXPORT_BYLINE_MAX 2048
/* Words in one name of a byline read in the exporter's form: more and the
 * line is a sentence that starts with "By". */
#define EXPORT_NAME_MAX_WORDS 4

static int starts_with(const char *s, const char *end, const char *prefix)
{
	size_t len = strlen(prefix);

	return (size_t)(end - s) >= len && !memcmp(s, prefix, len);
}

/* One person: name and what the parentheses after it say. */
static int add_person(newsdoc_document *doc, const char *name, size_t name_len,
	const char *inner, size_t inner_len)
{
	newsdoc__sb role = NEWSDOC__SB_INIT, affiliation = NEWSDOC__SB_INIT, person = NEWSDOC__SB_INIT;
	newsdoc_author *author;
	const char *comma;
	int error;

	error = newsdoc__sb_put(&person, name, name_len);
	if (!error && inner && inner_len > strlen(affiliation_cue) && starts_with(inner, inner + inner_len, affiliation_cue)) {
		size_t cue = strlen(affiliation_cue);
		error = newsdoc__sb_put(&affiliation, inner + cue, inner_len - cue);
	} else if (!error && inner) {
		comma = memchr(inner, ',', inner_len);
		if (comma && (size_t)(comma - inner) + 2 < inner_len && comma[1] == ' ') {
			error = newsdoc__sb_put(&role, inner, (size_t)(comma - inner));
			if (!error)
				error = newsdoc__sb_put(&affiliation, comma + 2, inner_len - (size_t)(comma - inner) - 2);
		} else {
			error = newsdoc__sb_put(&role, inner, inner_len);
		}
	}
	if (!error)
		error = newsdoc_document_add_author(&author, doc, person.ptr);
	if (!error && role.len)
		error = newsdoc_author_set_role(author, role.ptr);
	if (!error && affiliation.len)
		error = newsdoc_author_set_affiliation(author, affiliation.ptr);
	newsdoc__sb_free(&person);
	newsdoc__sb_free(&role);
	newsdoc__sb_free(&affiliation);
	return error;
}

/*
 * Walk "Name (...), Name and Name" once; with `doc` NULL only check the
 * form. People are separated by ", " and " and " outside parentheses; a
 * closing parenthesis ends a person. Returns 1 when the form holds, 0 when
 * not, or a negative NEWSDOC_E* status from adding an author.
 */
static int walk_byline(newsdoc_document *doc, const char *s, const char *end, size_t *name_words)
{
	while (s < end) {
		const char *name = s, *inner = NULL, *name_end;
		size_t inner_len = 0;
		int error;

		while (s < end && *s != '(' && *s != ')' && !starts_with(s, end, ", ") && !starts_with(s, end, " and "))
			s++;
		name_end = s;
		if (s < end && *s == '(') {
			if (name_end == name || name_end[-1] != ' ')
				return 0;
			name_end--;
			inner = ++s;
			while (s < end && *s != '(' && *s != ')')
				s++;
			if (s == end || *s != ')' || s == inner)
				return 0;
			inner_len = (size_t)(s - inner);
			s++;
		} else if (s < end && *s == ')') {
			return 0;
		}
		if (name_end == name)
			return 0;
		if (name_words) {
			size_t words = 1;
			const char *c;
			for (c = name; c < name_end; c++)
				words += *c == ' ';
			if (words > *name_words)
				*name_words = words;
		}
		if (doc && (error = add_person(doc, name, (size_t)(name_end - name), inner, inner_len)) != 0)
			return error;
		if (s == end)
			return 1;
		if (starts_with(s, end, ", "))
			s += 2;
		else if (starts_with(s, end, " and "))
			s += 5;
		else
			return 0;
		if (s == end)
			return 0;
	}
	return 0;
}

/* "By " and the walk's form: the people as written, unless authors are
 * known already. Returns as newsdoc__text_header_byline. */
static int read_walked_byline(newsdoc_document *doc, const text_line *line, int *error)
{
	const char *end = line->text + line->len;
	int status;

	*error = 0;
	if (line->len < 4 || strncasecmp(line->text, "by ", 3) || walk_byline(NULL, line->text + 3, end, NULL) != 1)
		return 0;
	if (newsdoc_document_author_count(doc))
		return 1;
	status = walk_byline(doc, line->text + 3, end, NULL);
	if (status < 0)
		*error = status;
	else
		*error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_AUTHORS, "text");
	return 1;
}

int newsdoc__text_header_byline(newsdoc_document *doc, const text_line *line, int *error)
{
	*error = 0;
	if (!memchr(line->text, '(', line->len))
		return 0;
	return read_walked_byline(doc, line, error);
}

int newsdoc__text_header_date(newsdoc_document *doc, const text_line *line, int *error)
{
	const char *s = line->text, *end = line->text + line->len, *word_end = s;
	newsdoc_field field;
	char *iso;
	int label, oom = 0;

	*error = 0;
	while (word_end < end && *word_end != ' ' && *word_end != ':')
		word_end++;
	label = newsdoc__meta_date_label(s, (size_t)(word_end - s));
	if (label != META_DATE_PUBLISHED && label != META_DATE_UPDATED)
		return 0;
	field = label == META_DATE_PUBLISHED ? NEWSDOC_FIELD_PUBLISHED : NEWSDOC_FIELD_MODIFIED;
	s = word_end;
	while (s < end && (*s == ':' || *s == ' '))
		s++;
	if (s == end)
		return 0;
	if (!(iso = newsdoc__meta_date_parse(s, (size_t)(end - s), &oom))) {
		if (oom)
			*error = NEWSDOC_ENOMEM;
		return 0;
	}
	if (doc && !newsdoc_document_get(doc, field) && !(*error = newsdoc_document_set(doc, field, iso)))
		*error = newsdoc_document_set_provenance(doc, field, "text");
	newsdoc__free(iso);
	return 1;
}

/* "... Ron B.": the period of an initial, not the end of a sentence. */
static int ends_with_initial(const text_line *line)
{
	const char *t = line->text;
	size_t n = line->len;

	return n >= 3 && t[n - 1] == '.' && isalpha((unsigned char)t[n - 2]) && t[n - 3] == ' ';
}

/* "Published: 2025-05-21...": a date line as the exporter writes it, the
 * date in ISO form ("Published: May 21, 2025" is a page's own line). */
static int is_export_date_line(const text_line *line)
{
	const char *value = memchr(line->text, ':', line->len);
	const char *end = line->text + line->len;
	int error, i;

	if (!value || end - value < 7 || value[1] != ' ')
		return 0;
	for (value += 2, i = 0; i < 4; i++)
		if (!isdigit((unsigned char)value[i]))
			return 0;
	return value[4] == '-' && newsdoc__text_header_date(NULL, line, &error);
}

int newsdoc__text_header_is_export_group(const text_group *group)
{
	const text_line *byline = group->count ? &group->lines[0] : NULL;
	size_t name_words = 0, i;

	if (!byline || byline->len < 4 || byline->len > EXPORT_BYLINE_MAX || strncasecmp(byline->text, "by ", 3) ||
		walk_byline(NULL, byline->text + 3, byline->text + byline->len, &name_words) != 1 ||
		name_words > EXPORT_NAME_MAX_WORDS)
		return 0;
	for (i = 1; i < group->count; i++)
		if (!is_export_date_line(&group->lines[i]))
			return 0;
	/* Without its date lines the "By" line stands alone under the title,
	 * where a short sentence could stand too. */
	return group->count > 1 || !newsdoc__text_line_ends_sentence(byline) || ends_with_initial(byline);
}

int newsdoc__text_header_names(newsdoc_document *doc, const text_line *line, int *error)
{
	return read_walked_byline(doc, line, error);
}
