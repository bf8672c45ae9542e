/*
 * The prefix libnewsdoc is installed under, and nothing else: this file is
 * one member of libnewsdoc.a on its own so that `cmake --install --prefix P`
 * can compile it again with P and put it in place of the configured prefix
 * (libnewsdoc/CMakeLists.txt, install(CODE)). A program linked with the
 * archive has no library file of its own to locate, so this string is how
 * it finds P's plugins. The shared library keeps the configured prefix here
 * and locates its real one from its own file (install_dirs.c).
 */
#include "install_dirs.h"

const char newsdoc__install_prefix[] = NEWSDOC_INSTALL_PREFIX;
