/*
 * A user's program that relies on the installed plugins: it reads only the
 * default plugin folders (no environment), lets the URL choose the Times of
 * India site parser (a plugin library) and exports the document with the
 * "markdown" exporter plugin. tests/install/install-test.sh links it with
 * the shared and with the static library of an installed prefix; both
 * must find that prefix's plugins.
 */
#include <newsdoc.h>

#include "page.h"

#include <stdio.h>
#include <string.h>

static const char page[] = NEWSDOC_TEST_PAGE;

static const char url[] = "https://timesofindia.indiatimes.com/city/mumbai/harbour-bridge/articleshow/1234.cms";

int main(void)
{
	newsdoc_registry_options opts = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_registry *reg = NULL;
	newsdoc_document *doc = NULL;
	newsdoc_buf markdown = NEWSDOC_BUF_INIT;
	int rc;

	/* The installed folders only: not NEWSDOC_PLUGIN_PATH or XDG_*. */
	opts.flags = NEWSDOC_REGISTRY_NO_ENVIRONMENT;
	rc = newsdoc_registry_new(&reg, &opts);
	if (rc != NEWSDOC_OK) {
		fprintf(stderr, "newsdoc_registry_new: %d %s\n", rc, newsdoc_error_last()->message);
		return 1;
	}
	rc = newsdoc_parse(&doc, reg, page, strlen(page), url, NULL);
	if (rc != NEWSDOC_OK) {
		fprintf(stderr, "newsdoc_parse: %d %s\n", rc, newsdoc_error_last()->message);
		newsdoc_registry_free(reg);
		return 1;
	}
	printf("parser: %s\n", newsdoc_document_parser(doc));
	rc = newsdoc_export(&markdown, reg, doc, "markdown", NULL);
	if (rc != NEWSDOC_OK)
		fprintf(stderr, "newsdoc_export markdown: %d %s\n", rc, newsdoc_error_last()->message);
	else
		printf("markdown:\n%.*s\n", (int)markdown.size, markdown.ptr);
	newsdoc_buf_dispose(&markdown);
	newsdoc_document_free(doc);
	newsdoc_registry_free(reg);
	return rc == NEWSDOC_OK ? 0 : 1;
}
