/*
 * newsdoc_parse: check the input, choose a parser, run it, and stamp the
 * document with the URL and the parser's id.
 */
#include <stddef.h>
#include <string.h>

#include <libxml/tree.h>

#include "registry_impl.h"
#include "quotes/quotes.h"
#include "util/work.h"

#define DEFAULT_MAX_INPUT_SIZE ((size_t)64 * 1024 * 1024)
/* max_work 0: a base for the fixed costs of any page, and steps in
 * proportion to its size (parse.h; how they were chosen: work.c). */
#define DEFAULT_WORK_BASE ((size_t)20000000)
#define DEFAULT_WORK_PER_BYTE ((size_t)10)

/* The size of each version of newsdoc_parse_options: version 1 ends with
 * max_related. */
static size_t options_size(unsigned int version)
{
	switch (version) {
	case 1:
		return offsetof(newsdoc_parse_options, max_related) + sizeof(size_t);
	case NEWSDOC_PARSE_OPTIONS_VERSION:
		return sizeof(newsdoc_parse_options);
	default:
		return 0;
	}
}

int newsdoc_parse_options_init(newsdoc_parse_options *opts, unsigned int version)
{
	static const newsdoc_parse_options defaults = NEWSDOC_PARSE_OPTIONS_INIT;
	size_t size = options_size(version);

	if (!opts)
		return newsdoc__error_arg("newsdoc_parse_options_init", "opts");
	if (!size)
		return newsdoc__error_set(NEWSDOC_EVERSION,
			"newsdoc_parse_options_init: unknown options version %u (this library knows 1 to %d)",
			version, NEWSDOC_PARSE_OPTIONS_VERSION);
	/* A version 1 caller's struct ends before max_work: write no further. */
	memcpy(opts, &defaults, size);
	opts->version = version;
	return 0;
}

/* The caller's options in this library's version: the fields its version
 * has, defaults for the rest. */
static int read_options(newsdoc_parse_options *out, const newsdoc_parse_options *opts)
{
	static const newsdoc_parse_options defaults = NEWSDOC_PARSE_OPTIONS_INIT;
	size_t size = options_size(opts->version);

	if (!size)
		return newsdoc__error_set(NEWSDOC_EVERSION,
			"newsdoc_parse: unknown options version %u (this library knows 1 to %d)",
			opts->version, NEWSDOC_PARSE_OPTIONS_VERSION);
	*out = defaults;
	memcpy(out, opts, size);
	out->version = NEWSDOC_PARSE_OPTIONS_VERSION;
	return 0;
}

static int check_options(const newsdoc_parse_options *opts)
{
	if (opts->input < NEWSDOC_INPUT_HTML || opts->input > NEWSDOC_INPUT_JSON)
		return newsdoc__error_set(NEWSDOC_EINVAL,
			"newsdoc_parse: unknown input kind %d (html 0, text 1, json 2)", opts->input);
	if (opts->flags & ~NEWSDOC_PARSE_QUOTES_BY_SENTENCE)
		return newsdoc__error_set(NEWSDOC_EINVAL, "newsdoc_parse: unknown flags 0x%x",
			opts->flags & ~NEWSDOC_PARSE_QUOTES_BY_SENTENCE);
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

/* Run a site parser: its rules, or its library's parse function. */
static int run_site_parser(const newsdoc_registry *reg, const newsdoc_parser_info *parser,
	newsdoc_document *doc, xmlDoc *html, const char *data, size_t len, const char *url,
	const newsdoc_parse_options *opts)
{
	const newsdoc_plugin_answer *answer;
	newsdoc_plugin_page page;
	int rc;

	if (parser->rules) {
		if (!html)
			return newsdoc__error_set(NEWSDOC_EINVAL,
				"parser '%s' is declarative rules for HTML pages; it cannot read text input", parser->id);
		return newsdoc__rules_apply(parser->rules, doc, html, url, opts);
	}
	if ((rc = newsdoc__plugin_ensure_loaded(reg, parser->owner)) != 0)
		return rc;
	answer = parser->owner->answer;
	if (!answer->parse)
		return newsdoc__error_set(NEWSDOC_EPLUGIN, "plugin '%s' offers parser '%s' but has no parse function",
			parser->owner->name, parser->id);
	memset(&page, 0, sizeof(page));
	page.struct_size = sizeof(page);
	page.data = data;
	page.len = len;
	page.url = url;
	page.html = html;
	page.input = opts->input;
	newsdoc_error_clear();
	rc = answer->parse(parser->owner->state, parser->id, doc, &page);
	return rc ? newsdoc__plugin_call_failed(rc, "parser", parser->id, parser->owner) : 0;
}

/* The site parser known before the page is read: the caller's choice, else
 * the one that claims the URL; NULL for the generic extractor or a probe. */
static const newsdoc_parser_info *choose_parser_early(const newsdoc_registry *reg, const char *requested,
	const char *url)
{
	if (requested)
		return strcmp(requested, "generic") ? newsdoc__registry_find_parser(reg, requested) : NULL;
	return reg ? newsdoc__choose_by_url(reg, url) : NULL;
}

/*
 * Parse HTML or text into `doc`: the chosen site parser first, then the
 * generic extractor for whatever is still unknown. When a parser chosen
 * automatically fails, the page is parsed again by the generic extractor
 * alone (the failure is logged); a parser the caller named must work.
 */
static int parse_page(newsdoc_document **docp, const newsdoc_registry *reg, const char *data, size_t len,
	const char *url, const newsdoc_parse_options *opts, const char **parser_id)
{
	const int html_input = opts->input == NEWSDOC_INPUT_HTML;
	const newsdoc_parser_info *parser;
	xmlDoc *html = NULL;
	int error = 0, lean;

	*parser_id = "generic";
	/*
	 * Site parsers and probes see the whole page: a site may keep its data
	 * in a script or mark its pages with a data- attribute. Only when
	 * nothing but the generic extractor can read the page is it read lean
	 * (html_lean.c), which libxml2 parses in about two thirds of the time;
	 * the generic extractor gives the same document either way.
	 */
	parser = choose_parser_early(reg, opts->parser, url);
	lean = !parser && (opts->parser || !newsdoc__registry_has_probes(reg));
	if (html_input && (error = newsdoc__html_load(&html, data, len, url, opts, lean)) != 0)
		return error;
	if (!parser && !opts->parser && html)
		parser = newsdoc__choose_by_probe(reg, html);
	if (parser) {
		error = run_site_parser(reg, parser, *docp, html, data, len, url, opts);
		/* A spent budget is the page's doing, whoever spent it: parsing
		 * it again would spend it again. */
		if (error != NEWSDOC_ENOMEM && newsdoc__work_exceeded())
			error = newsdoc__work_error();
		if (!error) {
			*parser_id = parser->id;
		} else if (!opts->parser && error != NEWSDOC_ENOMEM && !newsdoc__work_exceeded()) {
			newsdoc__plugin_log(reg, "parser '%s' failed, using the generic parser: %s",
				parser->id, newsdoc_error_last()->message);
			/* Start over: the parser may have filled half a document and
			 * its rules may have dropped parts of the tree. */
			newsdoc_document_free(*docp);
			*docp = NULL;
			xmlFreeDoc(html);
			html = NULL;
			if (!(error = newsdoc_document_new(docp)) && html_input)
				error = newsdoc__html_load(&html, data, len, url, opts, 1);
		}
	}
	if (!error) {
		if (opts->input == NEWSDOC_INPUT_TEXT)
			error = newsdoc_document_block_count(*docp) ? 0 : newsdoc__parse_text(*docp, data, len, opts);
		else
			error = newsdoc__extract_generic(*docp, html, url, opts);
	}
	if (!error && newsdoc__work_exceeded())
		error = newsdoc__work_error();
	xmlFreeDoc(html);
	return error;
}

/* The document of a page, within the work budget of `opts`. */
static int parse_metered(newsdoc_document **docp, const newsdoc_registry *reg, const char *data, size_t len,
	const char *url, const newsdoc_parse_options *opts, const char **parser_id)
{
	size_t budget = opts->max_work;
	newsdoc__work outer;
	int error;

	if (!budget)
		budget = len > (SIZE_MAX - DEFAULT_WORK_BASE) / DEFAULT_WORK_PER_BYTE ? SIZE_MAX - 1 :
			DEFAULT_WORK_BASE + DEFAULT_WORK_PER_BYTE * len;
	outer = newsdoc__work_begin(budget);
	error = parse_page(docp, reg, data, len, url, opts, parser_id);
	if (!error)
		error = newsdoc__quotes_extract(*docp, opts);
	if (!error && newsdoc__work_exceeded())
		error = newsdoc__work_error();
	newsdoc__work_end(outer, len);
	return error;
}

int newsdoc_parse(newsdoc_document **out, const newsdoc_registry *reg,
	const char *data, size_t len, const char *url, const newsdoc_parse_options *opts)
{
	static const newsdoc_parse_options defaults = NEWSDOC_PARSE_OPTIONS_INIT;
	const char *parser_id = "generic", *binary;
	newsdoc_document *doc = NULL;
	newsdoc_parse_options options;
	size_t max_input;
	int error;

	if (!out)
		return newsdoc__error_arg("newsdoc_parse", "out");
	*out = NULL;
	if (!data)
		return newsdoc__error_arg("newsdoc_parse", "data");
	if ((error = read_options(&options, opts ? opts : &defaults)) != 0 || (error = check_options(&options)) != 0)
		return error;
	opts = &options;
	if (len == 0)
		return newsdoc__error_set(NEWSDOC_EEMPTY, "newsdoc_parse: the input is empty (0 bytes)");
	max_input = opts->max_input_size ? opts->max_input_size : DEFAULT_MAX_INPUT_SIZE;
	if (len > max_input)
		return newsdoc__error_set(NEWSDOC_ELIMIT,
			"newsdoc_parse: the input is %zu bytes, over the limit of %zu (max_input_size)",
			len, max_input);
	if (url && !newsdoc__utf8_valid(url, strlen(url)))
		return newsdoc__error_set(NEWSDOC_EINVAL, "newsdoc_parse: the URL is not valid UTF-8");
	/* Binary data is refused up front rather than turned into garbage
	 * text (sniff.c). */
	if ((binary = newsdoc_binary_format(data, len)) != NULL)
		return newsdoc__error_set(NEWSDOC_EPARSE, "newsdoc_parse: the input looks like %s, not %s", binary,
			opts->input == NEWSDOC_INPUT_JSON ? "a JSON document" :
			opts->input == NEWSDOC_INPUT_TEXT ? "a text page" : "an HTML page");

	if (opts->input == NEWSDOC_INPUT_JSON)
		return newsdoc__import_json(out, data, len);

	if (opts->parser && !newsdoc__registry_find_parser(reg, opts->parser))
		return newsdoc__error_set(NEWSDOC_ENOTFOUND,
			"newsdoc_parse: no parser with id '%s'", opts->parser);

	if ((error = newsdoc_document_new(&doc)) != 0)
		return error;
	newsdoc__xml_clear_oom();
	error = parse_metered(&doc, reg, data, len, url, opts, &parser_id);
	if (!error && newsdoc__xml_oom())
		error = newsdoc__error_oom();
	if (!error)
		error = stamp(doc, url, parser_id);
	if (error) {
		newsdoc_document_free(doc);
		return error;
	}
	*out = doc;
	return 0;
}
