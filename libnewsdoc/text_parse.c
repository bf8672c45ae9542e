/*
 * The minimal plain-text parser: a page rendered as text gives its first
 * line as the title and each run of lines between blank lines as a
 * paragraph. The extraction issue adds bylines, related lists and
 * boilerplate removal on top.
 */
#include <string.h>

#include "text_util.h"

static int is_blank(const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
			return 0;
	return 1;
}

static int flush(newsdoc_document *doc, newsdoc__sb *para, int *have_title)
{
	int error = 0;

	newsdoc__sb_trim(para);
	if (!para->len)
		return 0;
	if (!*have_title) {
		if (!(error = newsdoc_document_set(doc, NEWSDOC_FIELD_TITLE, para->ptr)))
			error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_TITLE, "text");
		*have_title = 1;
	} else {
		error = newsdoc_document_add_block(NULL, doc, NEWSDOC_BLOCK_PARAGRAPH, para->ptr, para->len);
	}
	para->len = 0;
	if (para->ptr)
		para->ptr[0] = '\0';
	return error;
}

int newsdoc__parse_text(newsdoc_document *doc, const char *data, size_t len,
	const newsdoc_parse_options *opts)
{
	newsdoc__sb para = NEWSDOC__SB_INIT;
	size_t pos = 0;
	int have_title = 0, pending = 0, error = 0;

	/* Skip a UTF-8 byte order mark. */
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		pos = 3;
	while (pos < len && !error) {
		const char *line = data + pos;
		const char *nl = memchr(line, '\n', len - pos);
		size_t line_len = nl ? (size_t)(nl - line) : len - pos;

		pos += line_len + (nl ? 1 : 0);
		if (is_blank(line, line_len)) {
			error = flush(doc, &para, &have_title);
			pending = 0;
			continue;
		}
		/* The title is one line even when the next line follows at once. */
		if (!have_title && para.len) {
			if ((error = flush(doc, &para, &have_title)) != 0)
				break;
			pending = 0;
		}
		error = newsdoc__append_folded(&para, line, line_len, &pending);
		pending = 1;
	}
	if (!error)
		error = flush(doc, &para, &have_title);
	if (!error && newsdoc_document_block_count(doc))
		error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_BODY, "text");
	newsdoc__sb_free(&para);
	if (!error && !have_title)
		error = newsdoc__error_set(NEWSDOC_EEMPTY, "the text input has no visible text");
	return error;
}
