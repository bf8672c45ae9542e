/*
 * Writes what the "xml" exporter makes of a few documents, for
 * validate_xml.sh to check against docs/newsdoc.rng:
 *   full.xml          every field, every block type, unknown values of every
 *                     kind, and text XML cannot carry as it is (markup
 *                     characters, CR, C0 controls, U+FFFF);
 *   full-compact.xml  the same with NEWSDOC_EXPORT_COMPACT;
 *   empty.xml         a document with nothing known.
 * It needs NEWSDOC_PLUGIN_PATH to reach the built plugins (ctest sets it).
 *
 * Usage: dump_xml OUTPUT_DIR   (prints the names of the files written)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <newsdoc.h>

#define DUMP_PROGRAM "dump_xml"
#include "../common/dump_util.h"
#include "../common/full_document.h"

int main(int argc, char **argv)
{
	newsdoc_registry *reg;
	newsdoc_document *full, *empty;

	if (argc != 2) {
		fprintf(stderr, "usage: dump_xml OUTPUT_DIR\n");
		return 2;
	}
	check(newsdoc_registry_new(&reg, NULL), "newsdoc_registry_new");
	full = build_full_document();
	check(newsdoc_document_new(&empty), "newsdoc_document_new");
	write_export(reg, argv[1], "full.xml", full, "xml", 0);
	write_export(reg, argv[1], "full-compact.xml", full, "xml", NEWSDOC_EXPORT_COMPACT);
	write_export(reg, argv[1], "empty.xml", empty, "xml", 0);
	newsdoc_document_free(empty);
	newsdoc_document_free(full);
	newsdoc_registry_free(reg);
	return 0;
}
