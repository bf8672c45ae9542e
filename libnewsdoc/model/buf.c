/*
 * Byte buffers: the internal growable string builder, and the public
 * newsdoc_buf that hands finished bytes to the caller.
 */
#include <string.h>

#include "../internal.h"

int newsdoc__sb_grow(newsdoc__sb *sb, size_t extra)
{
	size_t need, cap;
	char *ptr;

	if (sb->failed)
		return NEWSDOC_ENOMEM;
	if (extra > (size_t)-1 - sb->len - 1) {
		sb->failed = 1;
		return newsdoc__error_oom();
	}
	need = sb->len + extra + 1;
	if (need <= sb->cap)
		return 0;
	cap = sb->cap ? sb->cap : 64;
	while (cap < need)
		cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
	ptr = newsdoc__realloc(sb->ptr, cap);
	if (!ptr) {
		sb->failed = 1;
		return newsdoc__error_oom();
	}
	sb->ptr = ptr;
	sb->cap = cap;
	sb->ptr[sb->len] = '\0'; /* a fresh buffer is a valid empty string */
	return 0;
}

int newsdoc__sb_put(newsdoc__sb *sb, const char *data, size_t len)
{
	int error = newsdoc__sb_grow(sb, len);
	if (error)
		return error;
	if (len)
		memcpy(sb->ptr + sb->len, data, len);
	sb->len += len;
	sb->ptr[sb->len] = '\0';
	return 0;
}

int newsdoc__sb_put_exact(newsdoc__sb *sb, const char *data, size_t len)
{
	if (sb->cap || sb->failed || !len)
		return newsdoc__sb_put(sb, data, len);
	if (len > (size_t)-1 - 1 || !(sb->ptr = newsdoc__malloc(len + 1))) {
		sb->failed = 1;
		return newsdoc__error_oom();
	}
	memcpy(sb->ptr, data, len);
	sb->ptr[len] = '\0';
	sb->len = len;
	sb->cap = len + 1;
	return 0;
}

int newsdoc__sb_puts(newsdoc__sb *sb, const char *s)
{
	return newsdoc__sb_put(sb, s, strlen(s));
}

int newsdoc__sb_putc(newsdoc__sb *sb, char c)
{
	return newsdoc__sb_put(sb, &c, 1);
}

void newsdoc__sb_free(newsdoc__sb *sb)
{
	newsdoc__free(sb->ptr);
	sb->ptr = NULL;
	sb->len = sb->cap = 0;
	sb->failed = 0;
}

int newsdoc__sb_to_buf(newsdoc__sb *sb, newsdoc_buf *out)
{
	if (sb->failed) {
		newsdoc__sb_free(sb);
		return newsdoc__error_oom();
	}
	if (!sb->ptr && newsdoc__sb_grow(sb, 0) != 0)
		return NEWSDOC_ENOMEM;
	out->ptr = sb->ptr;
	out->size = sb->len;
	out->reserved = sb->cap;
	sb->ptr = NULL;
	sb->len = sb->cap = 0;
	return 0;
}

void newsdoc_buf_dispose(newsdoc_buf *buf)
{
	if (!buf)
		return;
	if (buf->reserved)
		newsdoc__free(buf->ptr);
	buf->ptr = NULL;
	buf->size = 0;
	buf->reserved = 0;
}
