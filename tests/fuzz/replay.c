/*
 * Replays fuzz inputs without libFuzzer: calls LLVMFuzzerTestOneInput once
 * for every regular file of every folder (or file) named on the command
 * line, in name order. Built with the normal compiler by tests.cmake, so
 * the committed corpora and regression cases run in every ctest run (and
 * under ASan/UBSan in the sanitizer build).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		fprintf(stderr, "replay: cannot open %s: %s\n", path, strerror(errno));
		return -1;
	}
	size_t cap = 4096, len = 0;
	uint8_t *buf = NULL;
	for (;;) {
		uint8_t *grown = realloc(buf, cap);
		if (grown == NULL) {
			fprintf(stderr, "replay: out of memory reading %s\n", path);
			free(buf);
			fclose(f);
			return -1;
		}
		buf = grown;
		len += fread(buf + len, 1, cap - len, f);
		if (len < cap)
			break;
		cap *= 2;
	}
	/* A short read is the end of the file or an error: not the same. */
	if (ferror(f)) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		free(buf);
		fclose(f);
		return -1;
	}
	fclose(f);
	/* A copy of exactly `len` bytes, so ASan sees any overread. */
	uint8_t *exact = malloc(len ? len : 1);
	if (exact == NULL) {
		fprintf(stderr, "replay: out of memory reading %s\n", path);
		free(buf);
		return -1;
	}
	memcpy(exact, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	size_t total = 0;
	int failed = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0)
			continue; /* a folder that does not exist yet: nothing to replay */
		if (!S_ISDIR(st.st_mode)) {
			failed |= replay_file(argv[i]) != 0;
			total++;
			continue;
		}
		DIR *dir = opendir(argv[i]);
		if (dir == NULL) {
			fprintf(stderr, "replay: cannot open %s\n", argv[i]);
			return 1;
		}
		char **names = NULL;
		size_t count = 0, cap = 0;
		struct dirent *entry;
		while ((entry = readdir(dir)) != NULL) {
			if (entry->d_name[0] == '.')
				continue;
			char *path = NULL;
			if (asprintf(&path, "%s/%s", argv[i], entry->d_name) < 0) {
				fprintf(stderr, "replay: out of memory listing %s\n", argv[i]);
				return 1;
			}
			if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
				free(path);
				continue;
			}
			if (count == cap) {
				cap = cap ? cap * 2 : 64;
				names = realloc(names, cap * sizeof *names);
				if (names == NULL) {
					fprintf(stderr, "replay: out of memory listing %s\n", argv[i]);
					return 1;
				}
			}
			names[count++] = path;
		}
		closedir(dir);
		qsort(names, count, sizeof *names, by_name);
		for (size_t k = 0; k < count; k++) {
			if (getenv("REPLAY_VERBOSE") != NULL)
				fprintf(stderr, "replay: %s\n", names[k]);
			failed |= replay_file(names[k]) != 0;
			free(names[k]);
			total++;
		}
		free(names);
	}
	printf("replay: %zu inputs\n", total);
	return failed ? 1 : 0;
}
