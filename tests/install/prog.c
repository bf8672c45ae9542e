/*
 * A user's program, built against an installed libnewsdoc by
 * tests/install/install-test.sh (pkg-config, static, find_package).
 * Parses a small page and prints its title and the library version.
 */
#include <newsdoc.h>

#include <stdio.h>
#include <string.h>

static const char page[] =
	"<!DOCTYPE html>\n"
	"<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	"<title>Harbour Bridge Reopens After Repairs</title>\n"
	"<meta property=\"og:title\" content=\"Harbour Bridge Reopens After Repairs\">\n"
	"</head><body><article>\n"
	"<h1>Harbour Bridge Reopens After Repairs</h1>\n"
	"<p>The harbour bridge reopened to traffic on Monday morning after six weeks of "
	"repairs to its deck and railings, the city's transport office said.</p>\n"
	"<p>\"We are glad to have it back,\" said Mara Lind, who drives across it every day "
	"on her way to the market and had used the ferry while the bridge was closed.</p>\n"
	"</article></body></html>\n";

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
