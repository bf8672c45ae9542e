/*
 * The floor for the benchmark: read each file and parse it with libxml2's
 * HTML parser, with the flags libnewsdoc's html_load.c uses, and nothing
 * else. Built by bench/run with `pkg-config libxml-2.0`.
 *
 *   xmlparse FILE...     prints "pages N seconds S" (parse time only is
 *                        not separated: reading is part of both runs)
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libxml/HTMLparser.h>

static char *read_file(const char *path, long *size)
{
	FILE *file = fopen(path, "rb");
	char *data = NULL;

	if (!file)
		return NULL;
	if (fseek(file, 0, SEEK_END) == 0 && (*size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0 &&
		(data = malloc((size_t)*size + 1)) != NULL) {
		if (fread(data, 1, (size_t)*size, file) != (size_t)*size) {
			free(data);
			data = NULL;
		}
	}
	fclose(file);
	return data;
}

int main(int argc, char **argv)
{
	const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT;
	struct timespec start, end;
	int i, pages = 0;

	xmlInitParser();
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (i = 1; i < argc; i++) {
		long size = 0;
		char *data = read_file(argv[i], &size);
		xmlDoc *doc;
		if (!data) {
			fprintf(stderr, "xmlparse: cannot read %s\n", argv[i]);
			continue;
		}
		doc = htmlReadMemory(data, (int)size, NULL, NULL, flags);
		if (doc) {
			pages++;
			xmlFreeDoc(doc);
		}
		free(data);
	}
	clock_gettime(CLOCK_MONOTONIC, &end);
	printf("pages %d seconds %.4f\n", pages,
		(double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9);
	xmlCleanupParser();
	return 0;
}
