/* Fuzz target: every exporter over a document parsed from the input.
 * The first byte picks the input kind (HTML or text, low bit) and the URL
 * (the rest); the exporters are the built-in "json" plus the in-tree
 * exporter plugins when NEWSDOC_PLUGIN_PATH is set. */
#include "fuzz_common.h"

static const char *const fuzz_formats_[] = { "json", "xml", "markdown", "text" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const newsdoc_registry *reg = fuzz_registry();
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	opts.input = (data[0] & 1) ? NEWSDOC_INPUT_TEXT : NEWSDOC_INPUT_HTML;
	newsdoc_document *doc = NULL;
	if (newsdoc_parse(&doc, reg, (const char *)data + 1, size - 1, fuzz_url(data[0] >> 1), &opts) != NEWSDOC_OK)
		return 0;
	for (size_t f = 0; f < sizeof fuzz_formats_ / sizeof fuzz_formats_[0]; f++) {
		for (unsigned int compact = 0; compact < 2; compact++) {
			newsdoc_export_options eopts = NEWSDOC_EXPORT_OPTIONS_INIT;
			eopts.flags = compact ? NEWSDOC_EXPORT_COMPACT : 0;
			newsdoc_buf out = NEWSDOC_BUF_INIT;
			if (newsdoc_export(&out, reg, doc, fuzz_formats_[f], &eopts) == NEWSDOC_OK) {
				if (out.ptr == NULL || out.ptr[out.size] != '\0')
					abort();
				if (f == 0 && !compact)
					fuzz_check_json_round_trip(&out);
			}
			newsdoc_buf_dispose(&out);
		}
	}
	newsdoc_document_free(doc);
	return 0;
}
