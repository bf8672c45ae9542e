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
 * reads "By Ann Lee and Bo Chan" and organisation bylines the same way).
 * The date labels come from the per-language tables (meta_date_words.c).
 */
#include <string.h>
#include <strings.h>

#include "../metadata/meta_impl.h"
#include "text_lines.h"

/* The affiliation of a person without a role: "(at Reuters)". */
static const char affiliation_cue[] = "at ";

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
static int walk_byline(newsdoc_document *doc, const char *s, const char *end)
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

int newsdoc__text_header_byline(newsdoc_document *doc, const text_line *line, int *error)
{
	const char *end = line->text + line->len;
	int status;

	*error = 0;
	if (line->len < 4 || strncasecmp(line->text, "by ", 3) || !memchr(line->text, '(', line->len) ||
		walk_byline(NULL, line->text + 3, end) != 1)
		return 0;
	if (newsdoc_document_author_count(doc))
		return 1;
	status = walk_byline(doc, line->text + 3, end);
	if (status < 0)
		*error = status;
	else
		*error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_AUTHORS, "text");
	return 1;
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
	if (!newsdoc_document_get(doc, field) && !(*error = newsdoc_document_set(doc, field, iso)))
		*error = newsdoc_document_set_provenance(doc, field, "text");
	newsdoc__free(iso);
	return 1;
}
