/*
 * An address made absolute with libxml2's xmlBuildURI, in time linear in
 * its length (a bound on its dot segments), and with its memory
 * failures told apart from "does not resolve". libxml2 2.9.14 records most
 * of them in the thread's last error (newsdoc__xml_oom), but the parts it
 * copies from the base or the reference into the result (scheme, host,
 * path, query, fragment) are copied with the bare xmlMemStrdup hook: when
 * one of those copies fails, it goes on without the part and returns a
 * shorter address, recording nothing ("//bay.example/authors/jane-doe"
 * without its scheme, seen with tests/alloc). So the result is checked
 * for every part that the reference or the base gives it.
 */
#include <string.h>

#include <libxml/uri.h>

#include "../internal.h"

/* The parts of an address as written, by their delimiters (RFC 3986
 * section 3): lengths, and whether each delimiter is there. */
typedef struct uri_parts {
	size_t scheme, path;
	int authority, query, fragment;
} uri_parts;

static void split(const char *s, uri_parts *parts)
{
	size_t n = 0, end;

	memset(parts, 0, sizeof(*parts));
	/* A scheme is a letter, then letters, digits, '+', '-', '.', then ':'. */
	if ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z') {
		n = 1;
		while (((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z') || (s[n] >= '0' && s[n] <= '9') ||
			s[n] == '+' || s[n] == '-' || s[n] == '.')
			n++;
		if (s[n] == ':')
			parts->scheme = ++n;
		else
			n = 0;
	}
	if (s[n] == '/' && s[n + 1] == '/') {
		parts->authority = 1;
		n += 2;
		n += strcspn(s + n, "/?#");
	}
	end = n + strcspn(s + n, "?#");
	parts->path = end - n;
	parts->query = s[end] == '?';
	parts->fragment = strchr(s + end, '#') != NULL;
}

/* Does libxml2 parse `base` as xmlBuildURI does? When memory runs out
 * here, the last error says so and the caller reports it. */
static int base_parses(const char *base)
{
	xmlURIPtr uri = xmlParseURI(base);

	if (!uri)
		return 0;
	xmlFreeURI(uri);
	return 1;
}

/*
 * Does `built` lack a part that it must have, resolved from `ref` against
 * `base` (RFC 3986 section 5.2.2)? Only a part that is there or not
 * counts, never its text: a missing copy leaves the whole part out.
 */
static int lacks_a_part(const char *ref, const char *base, const char *built)
{
	uri_parts r, b, out;

	split(ref, &r);
	/* A base libxml2 cannot parse gives nothing: the reference comes back
	 * as written (a page address with a space or a letter outside ASCII,
	 * as a caller may pass it). */
	if (base_parses(base))
		split(base, &b);
	else
		memset(&b, 0, sizeof(b));
	split(built, &out);
	if (r.scheme)
		return !out.scheme;
	if ((b.scheme && !out.scheme) || ((r.authority || b.authority) && !out.authority))
		return 1;
	if (r.fragment && !out.fragment)
		return 1;
	/* The path and query come from the reference when it has a host or a
	 * path, else from the base (with the reference's query if any). A
	 * relative path is merged with the base's (a recorded allocation) and
	 * may come out empty ("..": its dot segments removed); a path from
	 * the root, or after a host, is copied as it is. */
	if (r.authority || r.path)
		return ((r.authority || ref[0] == '/') && r.path && !out.path) || (r.query && !out.query);
	return (b.path && !out.path) || ((r.query || b.query) && !out.query);
}

/*
 * libxml2 2.9.14 takes out each ".." segment of the merged path by moving
 * the rest of the path down (xmlNormalizeURIPath), so its time is their
 * count times the path's length: 0.7 s of CPU for 16,000 "../" against a
 * base as deep, 17 s for a page of 1 MB. A real address climbs a few
 * levels; with more dot segments than this, in the reference and the
 * base together, it is not resolved (kept as written, as one that does
 * not resolve), which keeps the work linear in the address.
 */
#define URI_MAX_DOT_SEGMENTS 64

/* The "." and ".." segments of the path of `s` (up to its query or
 * fragment), counted no further than `max` + 1. */
static size_t dot_segments(const char *s, size_t max)
{
	size_t count = 0, i = 0;

	while (s[i] && s[i] != '?' && s[i] != '#' && count <= max) {
		size_t len = strcspn(s + i, "/?#");
		if ((len == 1 && s[i] == '.') || (len == 2 && s[i] == '.' && s[i + 1] == '.'))
			count++;
		i += len;
		if (s[i] == '/')
			i++;
	}
	return count;
}

xmlChar *newsdoc__uri_resolve(const char *ref, const char *base)
{
	size_t dots = dot_segments(ref, URI_MAX_DOT_SEGMENTS);

	if (dots > URI_MAX_DOT_SEGMENTS || dots + dot_segments(base, URI_MAX_DOT_SEGMENTS) > URI_MAX_DOT_SEGMENTS)
		return NULL;
	return xmlBuildURI((const xmlChar *)ref, (const xmlChar *)base);
}

int newsdoc__xml_build_uri(const char *ref, const char *base, char **out)
{
	xmlChar *built = newsdoc__uri_resolve(ref, base);
	/* (parsing the base again may run out too: the last error tells) */
	int lacks = built && lacks_a_part(ref, base, (const char *)built);

	if (lacks || newsdoc__xml_oom()) {
		xmlFree(built);
		*out = NULL;
		return newsdoc__error_oom();
	}
	*out = (char *)built;
	return 0;
}
