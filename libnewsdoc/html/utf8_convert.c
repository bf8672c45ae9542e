/*
 * Text in another charset to UTF-8. libxml2 stops at the first bytes the
 * charset cannot read (a stray 0x81 in windows-1252, a broken pair in
 * Shift_JIS) and drops the rest of the page; here such bytes become
 * U+FFFD and the text goes on, as browsers decode it (the Encoding
 * standard's replacement mode).
 *
 * The converter is iconv, which libxml2 itself uses for every charset but
 * the few it converts on its own (UTF-16, Latin-1, ASCII), and which reads
 * those the same. A charset iconv does not know but libxml2 does (through
 * ICU) is converted with libxml2's handler instead, more slowly where
 * bytes cannot be read.
 */
#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <libxml/encoding.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>

#include "../internal.h"

static const char replacement[] = "\xEF\xBF\xBD";

/* The bytes of one code unit in `charset`: what an unreadable one skips. */
static size_t unit_size(const char *charset)
{
	if (!strncasecmp(charset, "UTF-32", 6) || !strncasecmp(charset, "UCS-4", 5))
		return 4;
	if (!strncasecmp(charset, "UTF-16", 6) || !strncasecmp(charset, "UCS-2", 5))
		return 2;
	return 1;
}

/* The output, grown when a character needs more than room was made for. */
typedef struct converted {
	char *ptr;
	size_t len, cap;
} converted;

static int grow(converted *out, size_t extra)
{
	char *bigger;
	size_t cap = out->cap;

	while (cap - out->len < extra) {
		if (cap > SIZE_MAX / 2)
			return newsdoc__error_oom();
		cap *= 2;
	}
	if (cap == out->cap)
		return 0;
	if (!(bigger = newsdoc__realloc(out->ptr, cap)))
		return newsdoc__error_oom();
	out->ptr = bigger;
	out->cap = cap;
	return 0;
}

static int put_replacement(converted *out)
{
	int error = grow(out, 3);

	if (!error) {
		memcpy(out->ptr + out->len, replacement, 3);
		out->len += 3;
	}
	return error;
}

/* With iconv: each unreadable unit (or a character cut by the end) one
 * U+FFFD. */
static int convert_iconv(iconv_t cd, const char *data, size_t len, size_t unit, converted *out)
{
	char *in = (char *)data;
	size_t in_left = len;
	int error = 0;

	while (in_left > 0 && !error) {
		char *to = out->ptr + out->len;
		size_t room = out->cap - out->len - 1, before = room;
		size_t done = iconv(cd, &in, &in_left, &to, &room);
		out->len += before - room;
		if (done != (size_t)-1)
			break;
		if (errno == E2BIG) {
			error = grow(out, out->cap);
		} else {
			size_t skip = unit < in_left ? unit : in_left;
			error = put_replacement(out);
			in += skip;
			in_left -= skip;
		}
	}
	return error;
}

/* With libxml2's handler, for a charset only it knows. */
static int convert_handler(xmlCharEncodingHandlerPtr handler, const char *data, size_t len, size_t unit,
	converted *out)
{
	xmlBufferPtr in = NULL, utf8 = NULL;
	int error = 0;

	/* A static buffer is shrunk by moving its start, not its bytes. */
	if (!(in = xmlBufferCreateStatic((void *)data, len)) || !(utf8 = xmlBufferCreateSize(len * 3 + 16))) {
		error = newsdoc__error_oom();
	} else {
		while (xmlBufferLength(in) > 0 && !error) {
			int before = xmlBufferLength(in);
			xmlCharEncInFunc(handler, utf8, in);
			if (xmlBufferLength(in) < before)
				continue;
			/* It converts nothing at bytes the charset cannot read,
			 * or at a character cut by the end of the page. */
			if (xmlBufferAdd(utf8, (const xmlChar *)replacement, 3) != 0)
				error = newsdoc__error_oom();
			xmlBufferShrink(in, (unsigned int)(unit < (size_t)before ? unit : (size_t)before));
		}
	}
	if (!error && (error = grow(out, (size_t)xmlBufferLength(utf8) + 1)) == 0) {
		memcpy(out->ptr, xmlBufferContent(utf8), (size_t)xmlBufferLength(utf8));
		out->len = (size_t)xmlBufferLength(utf8);
	}
	xmlBufferFree(in);
	xmlBufferFree(utf8);
	return error;
}

void newsdoc__charset_handler_close(struct _xmlCharEncodingHandler *handler)
{
	/* libxml2 2.9.14 hands out an iconv handler without its name when
	 * copying the name runs out of memory, and xmlCharEncCloseFunc leaves
	 * a handler without a name open: it and its two iconv descriptors are
	 * closed here. (Named handlers, built-in or not, are libxml2's to close.) */
	if (!handler || handler->name) {
		xmlCharEncCloseFunc(handler);
		return;
	}
#ifdef LIBXML_ICONV_ENABLED
	if (handler->iconv_in && handler->iconv_in != (iconv_t)-1)
		iconv_close(handler->iconv_in);
	if (handler->iconv_out && handler->iconv_out != (iconv_t)-1)
		iconv_close(handler->iconv_out);
#endif
	xmlFree(handler);
}

static void silent_generic_error(void *context, const char *message, ...)
{
	(void)context;
	(void)message;
}

int newsdoc__to_utf8(const char *data, size_t len, const char *charset, char **out, size_t *out_len)
{
	converted utf8 = { NULL, 0, 0 };
	size_t unit = unit_size(charset);
	iconv_t cd;
	int error;

	*out = NULL;
	*out_len = 0;
	if (!strcasecmp(charset, "UTF-8") || !strcasecmp(charset, "UTF8"))
		return 0;
	if (len > (SIZE_MAX - 16) / 3)
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"input of %zu bytes in %s is too large to convert to UTF-8", len, charset);
	/* A character takes at most three times its bytes in UTF-8 (four
	 * for four), and so does U+FFFD for a byte. */
	utf8.cap = len * 3 + 16;
	if (!(utf8.ptr = newsdoc__malloc(utf8.cap)))
		return newsdoc__error_oom();
	if ((cd = iconv_open("UTF-8", charset)) != (iconv_t)-1) {
		error = convert_iconv(cd, data, len, unit, &utf8);
		iconv_close(cd);
	} else {
		xmlCharEncodingHandlerPtr handler;
		/* libxml2 reports each unreadable byte on the thread's error
		 * channels, which would write to the host program's stderr. */
		xmlGenericErrorFunc generic = xmlGenericError;
		void *generic_context = xmlGenericErrorContext;
		xmlStructuredErrorFunc structured = xmlStructuredError;
		void *structured_context = xmlStructuredErrorContext;
		xmlSetGenericErrorFunc(NULL, silent_generic_error);
		xmlSetStructuredErrorFunc(NULL, newsdoc__xml_ignore_error);
		xmlResetLastError();
		if ((handler = xmlFindCharEncodingHandler(charset)) != NULL) {
			error = convert_handler(handler, data, len, unit, &utf8);
			newsdoc__charset_handler_close(handler);
		} else {
			const xmlError *last = xmlGetLastError();
			error = last && last->code == XML_ERR_NO_MEMORY ? newsdoc__error_oom() : 0;
			newsdoc__free(utf8.ptr); /* a charset nobody knows: read as it is */
			utf8.ptr = NULL;
		}
		xmlSetGenericErrorFunc(generic_context, generic);
		xmlSetStructuredErrorFunc(structured_context, structured);
	}
	if (error) {
		newsdoc__free(utf8.ptr);
		return error;
	}
	if (utf8.ptr) {
		/* Give back the room that was not needed, if that can be done. */
		char *fitted = newsdoc__realloc(utf8.ptr, utf8.len + 1);
		if (fitted)
			utf8.ptr = fitted;
		utf8.ptr[utf8.len] = '\0';
		*out = utf8.ptr;
		*out_len = utf8.len;
	}
	return 0;
}
