/*
 * The Markdown exporter plugin: CommonMark, plus GitHub's table syntax.
 *
 *   # Title
 *
 *   *Subtitle*
 *
 *   By [Name](url) (Role, Affiliation), Name (at Affiliation) and Other Name
 *
 *   Published 2025-05-21T15:42:10-04:00 · Updated 2025-05-22T08:00:00Z
 *
 *   the body: ## headings, - and 1. lists, > quotes, fenced code,
 *   | tables |, ![alt](url) figures with *caption* (credit)
 *
 *   ## Quotes
 *
 *   - “quoted words” — speaker (resolved name)
 *
 *   ## Related
 *
 *   - [Title](url) — Author
 *     Summary
 *
 *   Comments: 3
 *
 * Text from the page is escaped wherever Markdown would read it as markup,
 * so a paragraph that starts with "1." or contains "*" comes out as
 * written. Everything goes through host->buf_append; the first failing
 * call's status is kept and returned, and every later write is skipped.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <newsdoc/sys/plugin.h>

#include "exporter_host.h"

/* How put_escaped treats its text. */
#define MD_LINE_START (1u << 0) /* the text begins a line: block markers count */
#define MD_ONE_LINE   (1u << 1) /* line breaks become spaces (headings, cells, links) */
#define MD_TABLE_CELL (1u << 2) /* | separates cells */
#define MD_ALL_HASHES (1u << 3) /* any # (a heading's closing sequence is one) */

/* Block kinds remembered between blocks, to keep two lists apart. */
enum previous_block { PREVIOUS_OTHER, PREVIOUS_BULLET_LIST, PREVIOUS_ORDERED_LIST };

typedef struct md_export {
	const newsdoc_host_api *host;
	const newsdoc_document *doc;
	newsdoc_buf *out;
	int status;       /* the first failing host call's status, else 0 */
	size_t blocks;    /* blocks written so far; after the first, a blank line */
	enum previous_block previous; /* the last block written */
} md_export;

static int markdown_init(void **state, const newsdoc_host_api *host)
{
	/* image_is_lead is the last member this plugin calls. */
	return exporter_init(state, host, HOST_HAS(host, image_is_lead),
		"export-markdown: the host's function table is too old");
}

/* ---- output ---- */

static void put(md_export *m, const char *data, size_t len)
{
	if (m->status == 0 && len > 0)
		m->status = m->host->buf_append(m->out, data, len);
}

static void put_str(md_export *m, const char *text)
{
	put(m, text, strlen(text));
}

/* `count` copies of the character `c`. */
static void put_repeated(md_export *m, char c, size_t count)
{
	char chunk[16];

	memset(chunk, c, sizeof(chunk));
	while (count > 0) {
		size_t n = count < sizeof(chunk) ? count : sizeof(chunk);
		put(m, chunk, n);
		count -= n;
	}
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of `text` without the white space at its ends; *begin is moved
 * past the leading part. Emphasis (*...*) does not close after a space. */
static size_t trimmed(const char **begin)
{
	const char *start = *begin, *stop = start + strlen(start);

	while (*start == ' ' || *start == '\t' || *start == '\n' || *start == '\r')
		start++;
	while (stop > start && (stop[-1] == ' ' || stop[-1] == '\t' || stop[-1] == '\n' || stop[-1] == '\r'))
		stop--;
	*begin = start;
	return (size_t)(stop - start);
}

/* Blank text (white space only) would write nothing but blank lines. */
static int is_blank(const char *text)
{
	const char *start = text;

	return trimmed(&start) == 0;
}

/* Does text[i], an "&", start what Markdown reads as an entity or a
 * numeric character reference ("&amp;", "&#38;", "&#x26;")? */
static int starts_entity(const char *text, size_t len, size_t i)
{
	size_t j = i + 1, first;

	if (j < len && text[j] == '#') {
		j++;
		if (j < len && (text[j] == 'x' || text[j] == 'X'))
			j++;
	}
	first = j;
	while (j < len && (is_letter(text[j]) || is_digit(text[j])))
		j++;
	return j > first && j < len && text[j] == ';';
}

/* Is the character at text[i] markup wherever it stands? */
static int needs_escape(const char *text, size_t len, size_t i, unsigned int flags)
{
	switch (text[i]) {
	case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '~':
		return 1;
	case '&':
		/* "AT&T" stays as it is; "&amp;" must not become "&" */
		return starts_entity(text, len, i);
	case '|':
		return (flags & MD_TABLE_CELL) != 0;
	case '#':
		return (flags & MD_ALL_HASHES) != 0;
	default:
		return 0;
	}
}

/*
 * Write len bytes of page text so that Markdown shows them as written.
 * `prefix` (may be NULL) starts every line after the first: "> " inside a
 * blockquote, spaces inside a list item. At a line start, indentation is
 * dropped (four spaces would open a code block) and block markers (# > + -
 * = | and "12." / "12)") are escaped.
 */
static void put_escaped(md_export *m, const char *text, size_t len, unsigned int flags, const char *prefix)
{
	size_t i = 0, pending = 0; /* text[pending..i) is still to be written as is */
	size_t number_end = (size_t)-1; /* the "." or ")" after a line-start number */
	int line_start = (flags & MD_LINE_START) != 0;

	while (i < len) {
		char c = text[i];

		if (c == '\r' || c == '\n') {
			size_t skip = c == '\r' && i + 1 < len && text[i + 1] == '\n' ? 2 : 1;

			put(m, text + pending, i - pending);
			i += skip;
			pending = i;
			if (flags & MD_ONE_LINE) {
				put_str(m, " ");
				continue;
			}
			put_str(m, "\n");
			if (prefix) {
				/* a blank line gets the prefix without its trailing spaces */
				size_t prefix_len = strlen(prefix);
				if (i >= len || text[i] == '\n' || text[i] == '\r')
					while (prefix_len > 0 && prefix[prefix_len - 1] == ' ')
						prefix_len--;
				put(m, prefix, prefix_len);
			}
			line_start = 1;
			continue;
		}
		if (line_start) {
			if (c == ' ' || c == '\t') {
				pending = ++i;
				continue;
			}
			line_start = 0;
			/* nothing is pending at a line start, so the backslash can
			 * go out now and the marker stays pending after it */
			if (c == '#' || c == '>' || c == '+' || c == '-' || c == '=' || c == '|') {
				put_str(m, "\\");
				i++;
				continue;
			}
			if (is_digit(c)) {
				size_t j = i;
				while (j < len && is_digit(text[j]))
					j++;
				if (j < len && (text[j] == '.' || text[j] == ')'))
					number_end = j;
			}
		}
		if (i == number_end || needs_escape(text, len, i, flags)) {
			put(m, text + pending, i - pending);
			put_str(m, "\\");
			pending = i;
		}
		i++;
	}
	put(m, text + pending, i - pending);
}

static void put_text(md_export *m, const char *text, unsigned int flags)
{
	put_escaped(m, text, strlen(text), flags, NULL);
}

/* A link destination. Percent-encoding the few characters that would end
 * or break it keeps the bare form valid for every URL. */
static void put_url(md_export *m, const char *url)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *u = (const unsigned char *)url;
	size_t i, pending = 0;
	char escaped[3] = { '%', 0, 0 };

	for (i = 0; u[i]; i++) {
		if (u[i] > ' ' && u[i] != 0x7F && !strchr("()<>\\", u[i]))
			continue;
		escaped[1] = hex[u[i] >> 4];
		escaped[2] = hex[u[i] & 0xF];
		put(m, url + pending, i - pending);
		put(m, escaped, 3);
		pending = i + 1;
	}
	put(m, url + pending, i - pending);
}

/* [text](url) */
static void put_link(md_export *m, const char *text, const char *url)
{
	put_str(m, "[");
	put_text(m, text, MD_ONE_LINE);
	put_str(m, "](");
	put_url(m, url);
	put_str(m, ")");
}

/* Blocks are separated by one blank line. */
static void begin_block(md_export *m)
{
	if (m->blocks > 0)
		put_str(m, "\n");
	m->blocks++;
}

/* ---- the head: title, subtitle, byline, dates ---- */

static void write_title(md_export *m)
{
	const char *title = m->host->document_get(m->doc, NEWSDOC_FIELD_TITLE);

	if (!title || is_blank(title))
		return;
	begin_block(m);
	put_str(m, "# ");
	put_text(m, title, MD_ONE_LINE | MD_ALL_HASHES);
	put_str(m, "\n");
}

static void write_subtitle(md_export *m)
{
	const char *subtitle = m->host->document_get(m->doc, NEWSDOC_FIELD_SUBTITLE);
	size_t len;

	if (!subtitle || (len = trimmed(&subtitle)) == 0)
		return;
	begin_block(m);
	put_str(m, "*");
	put_escaped(m, subtitle, len, MD_ONE_LINE, NULL);
	put_str(m, "*\n");
}

/* Name (Role, Affiliation) or Name (at Affiliation), the name linked when
 * the author has a URL. */
static void write_author(md_export *m, const newsdoc_author *author)
{
	const newsdoc_host_api *host = m->host;
	const char *name = host->author_name(author);
	const char *url = host->author_url(author);
	const char *role = host->author_role(author);
	const char *affiliation = host->author_affiliation(author);

	if (name && url)
		put_link(m, name, url);
	else if (name)
		put_text(m, name, MD_ONE_LINE);
	if (role || affiliation) {
		put_str(m, " (");
		if (!role)
			put_str(m, EXPORTER_AFFILIATION_CUE);
		if (role)
			put_text(m, role, MD_ONE_LINE);
		if (role && affiliation)
			put_str(m, ", ");
		if (affiliation)
			put_text(m, affiliation, MD_ONE_LINE);
		put_str(m, ")");
	}
}

/* By A, B and C */
static void write_byline(md_export *m)
{
	size_t i, count = m->host->document_author_count(m->doc);

	if (count == 0)
		return;
	begin_block(m);
	put_str(m, "By ");
	for (i = 0; i < count; i++) {
		if (i > 0)
			put_str(m, i + 1 == count ? " and " : ", ");
		write_author(m, m->host->document_author_at(m->doc, i));
	}
	put_str(m, "\n");
}

static void write_dates(md_export *m)
{
	const char *published = m->host->document_get(m->doc, NEWSDOC_FIELD_PUBLISHED);
	const char *modified = m->host->document_get(m->doc, NEWSDOC_FIELD_MODIFIED);

	if (!published && !modified)
		return;
	begin_block(m);
	if (published) {
		put_str(m, "Published ");
		put_text(m, published, MD_ONE_LINE);
	}
	if (published && modified)
		put_str(m, " · ");
	if (modified) {
		put_str(m, "Updated ");
		put_text(m, modified, MD_ONE_LINE);
	}
	put_str(m, "\n");
}

/* ---- body blocks ---- */

static void write_paragraph(md_export *m, const char *text)
{
	if (is_blank(text))
		return;
	begin_block(m);
	put_text(m, text, MD_LINE_START);
	put_str(m, "\n");
}

/* The title is the only level-1 heading; deeper levels keep their number. */
static void write_heading(md_export *m, const newsdoc_block *block)
{
	static const char hashes[] = "######";
	const char *text = m->host->block_text(block);
	int level = m->host->block_level(block);

	if (is_blank(text))
		return;
	if (level < 2)
		level = 2;
	if (level > 6)
		level = 6;
	begin_block(m);
	put(m, hashes, (size_t)level);
	put_str(m, " ");
	put_text(m, text, MD_ONE_LINE | MD_ALL_HASHES);
	put_str(m, "\n");
}

static void write_list(md_export *m, const newsdoc_block *block)
{
	/* continuation lines line up with the item's text */
	static const char indent[] = "                              ";
	const newsdoc_host_api *host = m->host;
	size_t i, count = host->block_item_count(block);
	int ordered = host->block_ordered(block);
	enum previous_block kind = ordered ? PREVIOUS_ORDERED_LIST : PREVIOUS_BULLET_LIST;

	if (count == 0)
		return;
	/* Two lists of the same kind with only a blank line between them
	 * would read as one; an empty HTML comment keeps them apart. */
	if (m->previous == kind) {
		begin_block(m);
		put_str(m, "<!-- -->\n");
	}
	begin_block(m);
	for (i = 0; i < count; i++) {
		const char *item = host->block_item_at(block, i);
		char marker[32];
		size_t width;

		if (ordered)
			width = (size_t)snprintf(marker, sizeof(marker), "%lu. ", (unsigned long)(i + 1));
		else
			width = (size_t)snprintf(marker, sizeof(marker), "- ");
		put(m, marker, *item ? width : width - 1);
		put_escaped(m, item, strlen(item), MD_LINE_START, indent + sizeof(indent) - 1 - width);
		put_str(m, "\n");
	}
	m->previous = kind;
}

static void write_blockquote(md_export *m, const char *text)
{
	if (is_blank(text))
		return;
	begin_block(m);
	put_str(m, "> ");
	put_escaped(m, text, strlen(text), MD_LINE_START, "> ");
	put_str(m, "\n");
}

/* A fence one backtick longer than any run of backticks in the text. */
static void write_preformatted(md_export *m, const char *text)
{
	size_t i, run = 0, longest = 0, len = strlen(text), fence;

	for (i = 0; i < len; i++) {
		run = text[i] == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	fence = longest < 3 ? 3 : longest + 1;
	begin_block(m);
	put_repeated(m, '`', fence);
	put_str(m, "\n");
	put(m, text, len);
	if (len > 0 && text[len - 1] != '\n')
		put_str(m, "\n");
	put_repeated(m, '`', fence);
	put_str(m, "\n");
}

static void write_table_row(md_export *m, const newsdoc_block *block, size_t row, size_t columns)
{
	size_t col, cells = m->host->block_cell_count(block, row);

	for (col = 0; col < columns; col++) {
		put_str(m, "| ");
		if (col < cells)
			put_text(m, m->host->block_cell_at(block, row, col), MD_ONE_LINE | MD_TABLE_CELL);
		put_str(m, " ");
	}
	put_str(m, "|\n");
}

/* GitHub tables need a header row: the first row is it. Short rows are
 * padded, since every row must have the header's number of cells. */
static void write_table(md_export *m, const newsdoc_block *block)
{
	size_t row, col, rows = m->host->block_row_count(block), columns = 0;

	for (row = 0; row < rows; row++) {
		size_t cells = m->host->block_cell_count(block, row);
		if (cells > columns)
			columns = cells;
	}
	if (columns == 0)
		return;
	begin_block(m);
	write_table_row(m, block, 0, columns);
	for (col = 0; col < columns; col++)
		put_str(m, "| --- ");
	put_str(m, "|\n");
	for (row = 1; row < rows; row++)
		write_table_row(m, block, row, columns);
}

/* ![alt](url), then *Caption* (Credit) on the next line. */
static void write_figure(md_export *m, const newsdoc_block *block)
{
	const newsdoc_host_api *host = m->host;
	const char *url = host->block_image_url(block);
	const char *alt = host->block_image_alt(block);
	const char *caption = host->block_caption(block);
	const char *credit = host->block_credit(block);
	size_t caption_len = caption ? trimmed(&caption) : 0;

	if (!url && caption_len == 0 && !credit)
		return;
	begin_block(m);
	if (url) {
		put_str(m, "![");
		if (alt)
			put_text(m, alt, MD_ONE_LINE);
		put_str(m, "](");
		put_url(m, url);
		put_str(m, ")\n");
	}
	if (caption_len > 0) {
		put_str(m, "*");
		put_escaped(m, caption, caption_len, MD_ONE_LINE, NULL);
		put_str(m, "*");
	}
	if (credit) {
		put_str(m, caption_len > 0 ? " (" : "(");
		put_text(m, credit, MD_ONE_LINE);
		put_str(m, ")");
	}
	if (caption_len > 0 || credit)
		put_str(m, "\n");
}

static void write_block(md_export *m, const newsdoc_block *block)
{
	const newsdoc_host_api *host = m->host;
	size_t blocks_before = m->blocks;
	int type = host->block_type(block);

	switch (type) {
	case NEWSDOC_BLOCK_HEADING:
		write_heading(m, block);
		break;
	case NEWSDOC_BLOCK_LIST:
		write_list(m, block); /* sets m->previous itself */
		break;
	case NEWSDOC_BLOCK_BLOCKQUOTE:
		write_blockquote(m, host->block_text(block));
		break;
	case NEWSDOC_BLOCK_PREFORMATTED:
		write_preformatted(m, host->block_text(block));
		break;
	case NEWSDOC_BLOCK_TABLE:
		write_table(m, block);
		break;
	case NEWSDOC_BLOCK_FIGURE:
		write_figure(m, block);
		break;
	default:
		/* paragraphs, and types newer than this plugin as their text */
		write_paragraph(m, host->block_text(block));
		break;
	}
	/* a block that wrote nothing leaves the previous one in place */
	if (type != NEWSDOC_BLOCK_LIST && m->blocks != blocks_before)
		m->previous = PREVIOUS_OTHER;
}

/* ---- after the body ---- */

/* - “words” — speaker (resolved name) */
static void write_quotes(md_export *m)
{
	const newsdoc_host_api *host = m->host;
	size_t i, count = host->document_quote_count(m->doc);

	if (count == 0)
		return;
	begin_block(m);
	put_str(m, "## Quotes\n\n");
	for (i = 0; i < count; i++) {
		const newsdoc_quote *quote = host->document_quote_at(m->doc, i);
		const char *speaker = host->quote_speaker(quote);
		const char *resolved = host->quote_speaker_resolved(quote);
		const char *words = host->quote_text(quote);

		put_str(m, "- “");
		put_text(m, words ? words : "", MD_ONE_LINE);
		put_str(m, "”");
		if (speaker) {
			put_str(m, " — ");
			put_text(m, speaker, MD_ONE_LINE);
		}
		if (resolved && (!speaker || strcmp(resolved, speaker) != 0)) {
			put_str(m, speaker ? " (" : " — (");
			put_text(m, resolved, MD_ONE_LINE);
			put_str(m, ")");
		}
		put_str(m, "\n");
	}
}

/* - [Title](url) — Author, the summary on an indented second line. */
static void write_related(md_export *m)
{
	const newsdoc_host_api *host = m->host;
	size_t i, count = host->document_related_count(m->doc);

	if (count == 0)
		return;
	begin_block(m);
	put_str(m, "## Related\n\n");
	for (i = 0; i < count; i++) {
		const newsdoc_related *item = host->document_related_at(m->doc, i);
		const char *title = host->related_title(item);
		const char *url = host->related_url(item);
		const char *author = host->related_author(item);
		const char *summary = host->related_summary(item);

		put_str(m, "- ");
		/* What follows "- " at the start of an item, and the summary at
		 * the item's indentation, could open a nested list or heading. */
		if (url)
			put_link(m, title ? title : url, url);
		else if (title)
			put_text(m, title, MD_ONE_LINE | MD_LINE_START);
		if (author) {
			put_str(m, " — ");
			put_text(m, author, MD_ONE_LINE);
		}
		if (summary && !is_blank(summary)) {
			put_str(m, "\n  ");
			put_text(m, summary, MD_ONE_LINE | MD_LINE_START);
		}
		put_str(m, "\n");
	}
}

static void write_comment_count(md_export *m)
{
	long count = m->host->document_comment_count(m->doc);
	char line[48];

	if (count < 0)
		return;
	begin_block(m);
	snprintf(line, sizeof(line), "Comments: %ld\n", count);
	put_str(m, line);
}

static int markdown_export(void *state, const char *exporter_id, newsdoc_buf *out,
	const newsdoc_document *doc, unsigned int flags)
{
	const newsdoc_host_api *host = state;
	md_export m;
	size_t i, count;

	(void)exporter_id;
	(void)flags; /* Markdown has no compact form */
	if (!out || !doc)
		return host->error_set(NEWSDOC_EINVAL, "export-markdown: out and doc must not be NULL");
	memset(&m, 0, sizeof(m));
	m.host = host;
	m.doc = doc;
	m.out = out;
	m.previous = PREVIOUS_OTHER;

	write_title(&m);
	write_subtitle(&m);
	write_byline(&m);
	write_dates(&m);
	count = host->document_block_count(doc);
	for (i = 0; i < count && m.status == 0; i++)
		write_block(&m, host->document_block_at(doc, i));
	write_quotes(&m);
	write_related(&m);
	write_comment_count(&m);
	return exporter_finish(host, out, m.status);
}

NEWSDOC_PLUGIN_DEFINE("export-markdown", markdown_init, NULL, NULL, markdown_export)
