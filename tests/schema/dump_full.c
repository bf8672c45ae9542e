/*
 * Writes the JSON of a few documents for validate.py to check against
 * docs/newsdoc.schema.json: a fully populated one (every field, every block
 * type, unknown values of every kind), an empty one, the full one in
 * compact form, and the full one after an import round trip.
 *
 * Usage: dump_full OUTPUT_DIR   (prints the names of the files written)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsdoc.h>

#define DUMP_PROGRAM "dump_full"
#include "../common/dump_util.h"
#include "../common/full_document.h"

int main(int argc, char **argv)
{
	newsdoc_document *full, *empty, *copy;
	newsdoc_buf buf = NEWSDOC_BUF_INIT;

	if (argc != 2) {
		fprintf(stderr, "usage: dump_full OUTPUT_DIR\n");
		return 2;
	}
	full = build_full_document();
	check(newsdoc_document_new(&empty), "newsdoc_document_new");
	write_export(NULL, argv[1], "full.json", full, "json", 0);
	write_export(NULL, argv[1], "empty.json", empty, "json", 0);
	write_export(NULL, argv[1], "full-compact.json", full, "json", NEWSDOC_EXPORT_COMPACT);

	check(newsdoc_export(&buf, NULL, full, "json", NULL), "newsdoc_export");
	check(newsdoc_document_from_json(&copy, buf.ptr, buf.size), "newsdoc_document_from_json");
	newsdoc_buf_dispose(&buf);
	write_export(NULL, argv[1], "full-roundtrip.json", copy, "json", 0);

	newsdoc_document_free(copy);
	newsdoc_document_free(empty);
	newsdoc_document_free(full);
	return 0;
}
