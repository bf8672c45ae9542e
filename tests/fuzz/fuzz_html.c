/* Fuzz target: newsdoc_parse() over HTML input. The first byte picks the
 * URL (none, neutral, or one a site plugin claims); the rest is the page. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const newsdoc_registry *reg = fuzz_registry();
	const char *url = fuzz_url(data[0]);
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	opts.input = NEWSDOC_INPUT_HTML;
	newsdoc_document *doc = NULL;
	if (newsdoc_parse(&doc, reg, (const char *)data + 1, size - 1, url, &opts) == NEWSDOC_OK) {
		(void)newsdoc_document_text(doc);
		newsdoc_document_free(doc);
	}
	return 0;
}
