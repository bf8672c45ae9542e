/*
 * Telling binary data from a page before parsing it, so that an image or
 * an archive is refused with its name rather than read as garbage text.
 * One answer for the library and its command-line tool (which asks here
 * before it reads a file as a page).
 *
 * What counts as evidence:
 *   - the signature of a format people feed a page tool by mistake
 *     (compressed data, archives, documents, images, audio and video,
 *     programs), at the start of the bytes;
 *   - else, text in a charset the library decodes is a page: a byte order
 *     mark, or the zero bytes of UTF-16 or UTF-32 text without one
 *     (content/charset.c), say so at once;
 *   - else a high share of control bytes in the first 4 KiB: bytes below
 *     0x20 other than tab, LF, FF, CR and ESC (which ISO-2022 uses), and
 *     0x7F. No charset the library reads puts them in text; random and
 *     compressed data has about 11% of them. A NUL counts as one such
 *     byte, never alone: a page with a stray NUL is read (html_prepare.c).
 * Bytes 0x80-0xFF are no evidence: every legacy 8-bit charset (windows-
 * 1251, KOI8-R ...) uses them for letters.
 */
#include <string.h>

#include "../internal.h"
#include "../content/content.h"

/* The bytes looked at for control bytes. */
#define SNIFF_SIZE 4096

/* Text has fewer control bytes than one in CONTROL_SHARE. */
#define CONTROL_SHARE 16

typedef struct signature {
	size_t offset;
	const char *magic;
	size_t len;
	const char *what;
} signature;

static const signature signatures[] = {
	{ 0, "\x1f\x8b", 2, "gzip-compressed data (decompress it first)" },
	{ 0, "\x28\xb5\x2f\xfd", 4, "zstd-compressed data (decompress it first)" },
	{ 0, "\xfd" "7zXZ\0", 6, "xz-compressed data (decompress it first)" },
	{ 4, "1AY&SY", 6, "bzip2-compressed data (decompress it first)" }, /* after "BZh" and a digit */
	{ 0, "7z\xbc\xaf\x27\x1c", 6, "a 7-Zip archive" },
	{ 0, "Rar!\x1a\x07", 6, "a RAR archive" },
	{ 0, "PK\x03\x04", 4, "a zip archive" },
	{ 0, "PK\x05\x06", 4, "a zip archive" },
	{ 0, "%PDF-", 5, "a PDF document" },
	{ 0, "\x89PNG\r\n\x1a\n", 8, "a PNG image" },
	{ 0, "\xff\xd8\xff", 3, "a JPEG image" },
	{ 0, "GIF87a", 6, "a GIF image" },
	{ 0, "GIF89a", 6, "a GIF image" },
	{ 8, "WEBP", 4, "a WebP image" },  /* after "RIFF" and a size */
	{ 4, "ftyp", 4, "an MP4 or QuickTime file" },
	{ 0, "\x1a\x45\xdf\xa3", 4, "a Matroska or WebM video" },
	{ 0, "OggS\0", 5, "an Ogg audio or video file" },
	{ 0, "wOFF", 4, "a web font" },
	{ 0, "wOF2", 4, "a web font" },
	{ 0, "\x7f" "ELF", 4, "an executable program" },
	{ 0, "\xcf\xfa\xed\xfe", 4, "an executable program" },
	{ 0, "\0asm", 4, "a WebAssembly module" },
	{ 0, "SQLite format 3\0", 16, "an SQLite database" },
};

/* The format whose signature the bytes start with, or NULL. */
static const char *signature_of(const unsigned char *bytes, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(signatures) / sizeof(signatures[0]); i++) {
		const signature *sig = &signatures[i];
		if (len < sig->offset + sig->len || memcmp(bytes + sig->offset, sig->magic, sig->len))
			continue;
		/* The signatures found after a prefix need the prefix too. */
		if (sig->offset == 4 && sig->len == 6 && (memcmp(bytes, "BZh", 3) || bytes[3] < '1' || bytes[3] > '9'))
			continue;
		if (sig->offset == 8 && memcmp(bytes, "RIFF", 4))
			continue;
		return sig->what;
	}
	return NULL;
}

static int is_control(unsigned char c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B) || c == 0x7F;
}

const char *newsdoc_binary_format(const char *data, size_t len)
{
	const unsigned char *bytes = (const unsigned char *)data;
	size_t n = len < SNIFF_SIZE ? len : SNIFF_SIZE, controls = 0, bom_len, i;
	const char *what;

	if (!data || !len)
		return NULL;
	if ((what = signature_of(bytes, len)) != NULL)
		return what;
	if (newsdoc__charset_bom(data, len, &bom_len) || newsdoc__charset_wide(data, len))
		return NULL;
	for (i = 0; i < n; i++)
		controls += is_control(bytes[i]);
	return controls * CONTROL_SHARE > n ? "binary data" : NULL;
}
