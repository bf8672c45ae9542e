/* Fuzz target: newsdoc_parse() over plain-text input. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	newsdoc_parse_options opts = NEWSDOC_PARSE_OPTIONS_INIT;
	opts.input = NEWSDOC_INPUT_TEXT;
	newsdoc_document *doc = NULL;
	if (newsdoc_parse(&doc, NULL, (const char *)data, size, NULL, &opts) == NEWSDOC_OK) {
		(void)newsdoc_document_text(doc);
		newsdoc_document_free(doc);
	}
	return 0;
}
