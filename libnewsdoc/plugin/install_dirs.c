/*
 * Where this copy of libnewsdoc is installed. Two sources: the prefix
 * recorded in install_prefix.c (configured, or rewritten by
 * `cmake --install --prefix` in the archive) and, for the shared library,
 * the prefix its own file lies in, found with dladdr, which follows a
 * package copied or moved elsewhere.
 */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "install_dirs.h"

/* PREFIX (`prefix_len` bytes of `prefix`) + "/" + `relative` into `out`,
 * or "" when it does not fit. */
static void join(char *out, size_t size, const char *prefix, size_t prefix_len, const char *relative)
{
	int written;

	if (relative[0] == '/')
		written = snprintf(out, size, "%s", relative);
	else
		written = snprintf(out, size, "%.*s/%s", (int)prefix_len, prefix, relative);
	if (written < 0 || (size_t)written >= size)
		out[0] = '\0';
}

void newsdoc__recorded_dir(char *out, size_t size, const char *relative)
{
	join(out, size, newsdoc__install_prefix, strlen(newsdoc__install_prefix), relative);
}

void newsdoc__located_dir(char *out, size_t size, const char *relative)
{
	static const char libdir[] = "/" NEWSDOC_INSTALL_LIBDIR "/";
	char file[PATH_MAX];
	Dl_info info;
	const char *slash, *at;

	out[0] = '\0';
	/* The loader's name may hold ".." ($ORIGIN/../lib) or a symlink: the
	 * real path is what callers compare other real paths with. */
	if (!dladdr((void *)newsdoc__located_dir, &info) || !info.dli_fname || !realpath(info.dli_fname, file))
		return;
	slash = strrchr(file, '/');
	if (!slash || strncmp(slash + 1, "libnewsdoc.so", 13) != 0)
		return;
	at = slash - (sizeof(libdir) - 2);
	if (at <= file || strncmp(at, libdir, sizeof(libdir) - 2) != 0)
		return;
	join(out, size, file, (size_t)(at - file), relative);
}

void newsdoc__installed_dir(char *out, size_t size, const char *relative)
{
	char real[PATH_MAX];

	newsdoc__located_dir(out, size, relative);
	if (!out[0])
		newsdoc__recorded_dir(out, size, relative);
	if (out[0] && realpath(out, real) && strlen(real) < size)
		memcpy(out, real, strlen(real) + 1);
}
