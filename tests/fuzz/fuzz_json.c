/* Fuzz target: newsdoc_document_from_json(), and a document that imports
 * is exported again and must import again (the round trip is exact). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	newsdoc_document *doc = NULL;
	if (newsdoc_document_from_json(&doc, (const char *)data, size) != NEWSDOC_OK)
		return 0;
	newsdoc_buf out = NEWSDOC_BUF_INIT;
	if (newsdoc_export(&out, NULL, doc, "json", NULL) == NEWSDOC_OK) {
		fuzz_check_json_round_trip(&out);
		newsdoc_buf_dispose(&out);
	}
	newsdoc_document_free(doc);
	return 0;
}
