/*
 * The page the programs of tests/install parse (C and C++): a short news
 * article whose title install-test.sh looks for in their output.
 */
#ifndef NEWSDOC_INSTALL_TEST_PAGE_H
#define NEWSDOC_INSTALL_TEST_PAGE_H

#define NEWSDOC_TEST_PAGE \
	"<!DOCTYPE html>\n" \
	"<html lang=\"en\"><head><meta charset=\"utf-8\">\n" \
	"<title>Harbour Bridge Reopens After Repairs</title>\n" \
	"<meta property=\"og:title\" content=\"Harbour Bridge Reopens After Repairs\">\n" \
	"</head><body><article>\n" \
	"<h1>Harbour Bridge Reopens After Repairs</h1>\n" \
	"<p>The harbour bridge reopened to traffic on Monday morning after six weeks of " \
	"repairs to its deck and railings, the city's transport office said.</p>\n" \
	"<p>\"We are glad to have it back,\" said Mara Lind, who drives across it every day " \
	"on her way to the market and had used the ferry while the bridge was closed.</p>\n" \
	"</article></body></html>\n"

#endif
