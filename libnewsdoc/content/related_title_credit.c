/*
 * A credit at the end of a teaser's title, in an element of its own inside
 * the title's element: "<a><span>Rettet die Reichen</span><span>Von Ines
 * Zöttl, Washington</span></a>", "<span>Eine Kolumne von Henrik Müller
 * </span>", "<span>An interview by Jane Doe</span>". The page sets it
 * under the headline; it is the item's author, not a part of its title
 * (issue 14 item 3).
 */
#include <string.h>

#include "content.h"

/* Nodes read of the end element: a credit is a few. */
#define CREDIT_PIECE_NODES 16
/* Words before a credit word that name the piece's form ("Eine Kolumne
 * von", "An interview by"). */
#define CREDIT_FORM_WORDS 3
/* What must be left of the title. */
#define TITLE_LEFT_MIN 12

/* Where the names start in `text`: after a credit label that opens it, or
 * after a few words and a credit word in lower case ("Ein Interview von");
 * 0 when it has none. */
static size_t names_start(const char *text, size_t len)
{
	size_t i, words = 0, skip = newsdoc__content_credit_label_length(text, len);

	if (skip)
		return skip;
	for (i = 0; i + 1 < len && words < CREDIT_FORM_WORDS; i++) {
		if (text[i] != ' ')
			continue;
		words++;
		if (text[i + 1] >= 'a' && text[i + 1] <= 'z' &&
			(skip = newsdoc__content_credit_label_length(text + i + 1, len - i - 1)) != 0)
			return i + 1 + skip;
	}
	return 0;
}

int newsdoc__related_title_credit(newsdoc__sb *title, const xmlNode *from, newsdoc__sb *author)
{
	const xmlNode *end = newsdoc__related_title_end(from, 1);
	newsdoc__sb piece = NEWSDOC__SB_INIT;
	size_t start, names, keep;
	int error = 0, too_big = 0, oom = 0;

	author->len = 0;
	if (!end)
		return 0;
	if ((error = newsdoc__content_collect_short_text(&piece, end, CREDIT_PIECE_NODES, &too_big)) != 0)
		goto done;
	newsdoc__sb_trim(&piece);
	if (piece.failed) {
		error = newsdoc__error_oom();
		goto done;
	}
	if (too_big || !piece.len || piece.len + TITLE_LEFT_MIN > title->len ||
		strcmp(title->ptr + title->len - piece.len, piece.ptr) != 0 || (start = names_start(piece.ptr, piece.len)) == 0)
		goto done;
	names = newsdoc__content_credit_length_before_date(piece.ptr + start, piece.len - start, &oom);
	if (oom) {
		error = newsdoc__error_oom();
		goto done;
	}
	if (!names || !newsdoc__related_names_only(piece.ptr + start, names))
		goto done;
	piece.ptr[start + names] = '\0';
	if ((error = newsdoc__sb_put(author, piece.ptr + start, names)) != 0)
		goto done;
	keep = title->len - piece.len;
	while (keep && strchr(" :|,-", title->ptr[keep - 1]))
		keep--;
	title->len = keep;
	title->ptr[keep] = '\0';
done:
	newsdoc__sb_free(&piece);
	return error;
}
