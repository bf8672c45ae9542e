/*
 * A user's program, built against an installed libnewsdoc by
 * tests/install/install-test.sh (pkg-config, static, find_package).
 * Parses a small page and prints its title and the library version.
 */
#include <newsdoc.h>

#include "page.h"

#include <stdio.h>
#include <string.h>

static const char page[] = NEWSDOC_TEST_PAGE;

int main(void)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;
	newsdoc_document *doc = NULL;
	const char *title;
	int rc;

	/* Hermetic: no plugins from the environment or the default folders. */
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT | NEWSDOC_REGISTRY_NO_DEFAULT_PATHS;
	rc = newsdoc_registry_new(&reg, &opts);
	if (rc != NEWSDOC_OK) {
		fprintf(stderr, "newsdoc_registry_new: %d %s\n", rc, newsdoc_error_last()->message);
		return 1;
	}
	rc = newsdoc_parse(&doc, reg, page, strlen(page),
		"https://news.example.com/2024/05/06/harbour-bridge", NULL);
	if (rc != NEWSDOC_OK) {
		fprintf(stderr, "newsdoc_parse: %d %s\n", rc, newsdoc_error_last()->message);
		newsdoc_registry_free(reg);
		return 1;
	}
	title = newsdoc_document_title(doc);
	printf("title: %s\n", title ? title : "(none)");
	printf("version: %s (headers %s)\n", newsdoc_version(NULL, NULL, NULL), NEWSDOC_VERSION_STRING);
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
	return 0;
}
