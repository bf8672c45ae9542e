/*
 * newsdoc_parse: check the input, choose a parser, run it, and stamp the
 * document with the URL and the parser's id.
 */
#include <string.h>

#include <libxml/tree.h>

#include "registry_impl.h"

#define DEFAULT_MAX_INPUT_SIZE ((size_t)64 * 1024 * 1024)

int newsdoc_parse_options_init(newsdoc_parse_options *opts, unsigned int version)
{
	static const newsdoc_parse_options defaults = NEWSDOC_PARSE_OPTIONS_INIT;

	if (!opts)
		return newsdoc__error_arg("newsdoc_parse_options_init", "opts");
	if (version != NEWSDOC_PARSE_OPTIONS_VERSION)
		return newsdoc__error_set(NEWSDOC_EVERSION,
			"newsdoc_parse_options_init: unknown options version %u (this library knows %d)",
			version, NEWSDOC_PARSE_OPTIONS_VERSION);
	*opts = defaults;
	return 0;
}

/*
 * Binary data is refused up front rather than turned into garbage text. A
 * NUL byte in the first 4 KiB means binary unless the page starts with a
 * UTF-16/32 byte order mark; so does a high share of control characters.
 */
static int looks_binary(const unsigned char *data, size_t len)
{
	size_t n = len < 4096 ? len : 4096, controls = 0, i;

	if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = data[i];
		if (c == 0)
			return 1;
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
			controls++;
	}
	return controls * 10 > n;
}

static int check_options(const newsdoc_parse_options *opts)
{
	if (opts->version != NEWSDOC_PARSE_OPTIONS_VERSION)
		return newsdoc__error_set(NEWSDOC_EVERSION,
			"newsdoc_parse: unknown options version %u (this library knows %d)",
			opts->version, NEWSDOC_PARSE_OPTIONS_VERSION);
	if (opts->input < NEWSDOC_INPUT_HTML || opts->input > NEWSDOC_INPUT_JSON)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_parse: unknown input kind %d (html 0, text 1, json 2)", opts->input);
	return 0;
}

/* Record the URL the caller gave and the parser that made the document. */
static int stamp(newsdoc_document *doc, const char *url, const char *parser_id)
{
	int error = 0;

	if (url && !newsdoc_document_url(doc)) {
		if (!(error = newsdoc_document_set(doc, NEWSDOC_FIELD_URL, url)))
			error = newsdoc_document_set_provenance(doc, NEWSDOC_FIELD_URL, "api");
	}
	if (!error && parser_id)
		error = newsdoc_document_set(doc, NEWSDOC_FIELD_PARSER, parser_id);
	return error;
}

static int parse_html(newsdoc_document *doc, const char *data, size_t len, const char *url,
	const newsdoc_parse_options *opts)
{
	xmlDoc *html = NULL;
	int error;

	if ((error = newsdoc__html_load(&html, data, len, url, opts)) != 0)
		return error;
	error = newsdoc__extract_generic(doc, html, url, opts);
	xmlFreeDoc(html);
	return error;
}

int newsdoc_parse(newsdoc_document **out, const newsdoc_registry *reg,
	const char *data, size_t len, const char *url, const newsdoc_parse_options *opts)
{
	static const newsdoc_parse_options defaults = NEWSDOC_PARSE_OPTIONS_INIT;
	const newsdoc_parser_info *parser = NULL;
	newsdoc_document *doc = NULL;
	size_t max_input;
	int error;

	if (!out)
		return newsdoc__error_arg("newsdoc_parse", "out");
	*out = NULL;
	if (!data)
		return newsdoc__error_arg("newsdoc_parse", "data");
	if (!opts)
		opts = &defaults;
	if ((error = check_options(opts)) != 0)
		return error;
	if (len == 0)
		return newsdoc__error_set(NEWSDOC_EEMPTY, "newsdoc_parse: the input is empty (0 bytes)");
	max_input = opts->max_input_size ? opts->max_input_size : DEFAULT_MAX_INPUT_SIZE;
	if (len > max_input)
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: the input is %zu bytes, over the limit of %zu (max_input_size)",
			len, max_input);
	if (url && !newsdoc__utf8_valid(url, strlen(url)))
		return newsdoc__error_set(NEWSDOC_EINVAL, "newsdoc_parse: the URL is not valid UTF-8");
	if (looks_binary((const unsigned char *)data, len))
		return newsdoc__error_set(NEWSDOC_EPARSE,
			"newsdoc_parse: the input looks like binary data, not a %s",
			opts->input == NEWSDOC_INPUT_JSON ? "JSON document" :
			opts->input == NEWSDOC_INPUT_TEXT ? "text page" : "HTML page");

	if (opts->input == NEWSDOC_INPUT_JSON)
		return newsdoc__import_json(out, data, len);

	if (opts->parser) {
		parser = newsdoc__registry_find_parser(reg, opts->parser);
		if (!parser)
			return newsdoc__error_set(NEWSDOC_ENOTFOUND,
				"newsdoc_parse: no parser with id '%s'", opts->parser);
	}

	if ((error = newsdoc_document_new(&doc)) != 0)
		return error;
	if (opts->input == NEWSDOC_INPUT_TEXT)
		error = newsdoc__parse_text(doc, data, len, opts);
	else
		error = parse_html(doc, data, len, url, opts);
	if (!error)
		error = stamp(doc, url, "generic");
	if (error) {
		newsdoc_document_free(doc);
		return error;
	}
	*out = doc;
	return 0;
}
