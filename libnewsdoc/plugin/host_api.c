/*
 * The host table plugins call instead of linking libnewsdoc. It is one
 * static, read-only instance; members are only ever added at the end.
 */
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "../registry_impl.h"
#include "../text/text_util.h"

static int host_error_set(int code, const char *message)
{
	return newsdoc__error_set(code, "%s", message ? message : "plugin error");
}

static void host_log(const char *plugin, const char *message)
{
	const char *debug = secure_getenv("NEWSDOC_DEBUG");
	if (debug && strstr(debug, "plugins"))
		fprintf(stderr, "newsdoc: plugin %s: %s\n", plugin ? plugin : "?", message ? message : "");
}

/* Append to a buffer the host allocated (or an empty one). */
static int host_buf_append(newsdoc_buf *out, const char *data, size_t len)
{
	newsdoc__sb sb = NEWSDOC__SB_INIT;
	int error;

	if (!out || (!data && len))
		return newsdoc__error_arg("buf_append", out ? "data" : "out");
	if (out->ptr && !out->reserved)
		return newsdoc__error_set(NEWSDOC_EINVAL, "buf_append: the buffer is not owned by the library");
	sb.ptr = out->ptr;
	sb.len = out->size;
	sb.cap = out->reserved;
	if ((error = newsdoc__sb_put(&sb, data ? data : "", len)) != 0)
		return error; /* sb still holds the old, untouched allocation */
	out->ptr = sb.ptr;
	out->size = sb.len;
	out->reserved = sb.cap;
	return 0;
}

static int host_node_text(newsdoc_buf *out, const void *node)
{
	newsdoc__sb sb = NEWSDOC__SB_INIT;
	xmlChar *content;
	int pending = 0, error;

	if (!out || !node)
		return newsdoc__error_arg("node_text", out ? "node" : "out");
	out->ptr = NULL;
	out->size = out->reserved = 0;
	content = xmlNodeGetContent((const xmlNode *)node);
	if (!content)
		return newsdoc__error_oom();
	error = newsdoc__append_folded(&sb, (const char *)content, strlen((const char *)content), &pending);
	xmlFree(content);
	newsdoc__sb_trim(&sb);
	if (error) {
		newsdoc__sb_free(&sb);
		return error;
	}
	return newsdoc__sb_to_buf(&sb, out);
}

static int host_date_normalize(newsdoc_buf *out, const char *text, const char *format)
{
	newsdoc__sb sb = NEWSDOC__SB_INIT;
	int error;

	if (!out || !text)
		return newsdoc__error_arg("date_normalize", out ? "text" : "out");
	out->ptr = NULL;
	out->size = out->reserved = 0;
	if ((error = newsdoc__date_normalize(&sb, text, format)) != 0) {
		newsdoc__sb_free(&sb);
		return error;
	}
	return newsdoc__sb_to_buf(&sb, out);
}

/* Plugins search pages through this: a page is not NUL-terminated. */
static const char *host_bytes_find(const char *data, size_t len, const char *needle)
{
	size_t needle_len;

	if (!data || !needle)
		return NULL;
	needle_len = strlen(needle);
	return needle_len ? memmem(data, len, needle, needle_len) : data;
}

static const newsdoc_host_api host_api = {
	sizeof(newsdoc_host_api),
	host_error_set,
	host_log,
	host_buf_append,
	newsdoc__export_json,

	newsdoc_document_get,
	newsdoc_document_provenance,
	newsdoc_document_text,
	newsdoc_document_tag_count,
	newsdoc_document_tag_at,
	newsdoc_document_comment_count,
	newsdoc_document_author_count,
	newsdoc_document_author_at,
	newsdoc_document_block_count,
	newsdoc_document_block_at,
	newsdoc_document_quote_count,
	newsdoc_document_quote_at,
	newsdoc_document_related_count,
	newsdoc_document_related_at,
	newsdoc_document_image_count,
	newsdoc_document_image_at,
	newsdoc_author_name,
	newsdoc_author_role,
	newsdoc_author_affiliation,
	newsdoc_author_url,
	newsdoc_block_type,
	newsdoc_block_text,
	newsdoc_block_level,
	newsdoc_block_ordered,
	newsdoc_block_item_count,
	newsdoc_block_item_at,
	newsdoc_block_row_count,
	newsdoc_block_cell_count,
	newsdoc_block_cell_at,
	newsdoc_block_image_url,
	newsdoc_block_image_alt,
	newsdoc_block_caption,
	newsdoc_block_credit,
	newsdoc_quote_text,
	newsdoc_quote_speaker,
	newsdoc_quote_speaker_resolved,
	newsdoc_quote_cue,
	newsdoc_quote_block,
	newsdoc_quote_start,
	newsdoc_quote_end,
	newsdoc_related_title,
	newsdoc_related_url,
	newsdoc_related_author,
	newsdoc_related_summary,
	newsdoc_related_image,
	newsdoc_image_url,
	newsdoc_image_alt,
	newsdoc_image_caption,
	newsdoc_image_credit,
	newsdoc_image_is_lead,

	newsdoc_document_set,
	newsdoc_document_set_provenance,
	newsdoc_document_add_tag,
	newsdoc_document_set_comment_count,
	newsdoc_document_add_author,
	newsdoc_author_set_role,
	newsdoc_author_set_affiliation,
	newsdoc_author_set_url,
	newsdoc_document_add_block,
	newsdoc_block_set_level,
	newsdoc_block_set_ordered,
	newsdoc_block_add_item,
	newsdoc_block_add_row,
	newsdoc_block_add_cell,
	newsdoc_block_set_image,
	newsdoc_block_set_caption,
	newsdoc_block_set_credit,
	newsdoc_document_add_quote,
	newsdoc_quote_set_speaker,
	newsdoc_quote_set_cue,
	newsdoc_quote_set_span,
	newsdoc_document_add_related,
	newsdoc_related_set_author,
	newsdoc_related_set_summary,
	newsdoc_related_set_image,
	newsdoc_document_add_image,
	newsdoc_image_set_alt,
	newsdoc_image_set_caption,
	newsdoc_image_set_credit,
	newsdoc_image_set_lead,
	newsdoc_quote_set_speaker_resolved,

	host_node_text,
	newsdoc_buf_dispose,
	host_date_normalize,

	host_bytes_find,

	newsdoc__host_xpath_strings,

	newsdoc_author_kind,
	newsdoc_author_set_kind,
};

const newsdoc_host_api *newsdoc__host_api(void)
{
	return &host_api;
}
