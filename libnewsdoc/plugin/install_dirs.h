#ifndef NEWSDOC_PLUGIN_INSTALL_DIRS_H
#define NEWSDOC_PLUGIN_INSTALL_DIRS_H

#include <stddef.h>

/* The prefix recorded at build time, or at install time in libnewsdoc.a
 * (install_prefix.c). */
extern const char newsdoc__install_prefix[];

/*
 * PREFIX/`relative` for the recorded prefix, into `out` ("" when it does
 * not fit); an absolute `relative` is copied as it is.
 */
void newsdoc__recorded_dir(char *out, size_t size, const char *relative);

/*
 * PREFIX/`relative` for the prefix this library file really lies in
 * (PREFIX/<libdir>/libnewsdoc.so.1), or "" when it is not in such a layout:
 * a build tree, or a program linked with libnewsdoc.a.
 */
void newsdoc__located_dir(char *out, size_t size, const char *relative);

/*
 * The installed folder `relative` of this copy of the library: the located
 * one when there is one (a moved install), else the recorded one.
 */
void newsdoc__installed_dir(char *out, size_t size, const char *relative);

#endif
