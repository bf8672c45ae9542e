/*
 * libxml2 is initialised once per process, before the library's first
 * call into it. xmlInitParser sets up libxml2's global state (its mutexes,
 * the per-thread error record, the parser's tables) and must not run in
 * several threads at once, nor race with a first libxml2 call elsewhere:
 * that is what happened when threads made their first registry together,
 * since a registry clears libxml2's last error and compiles the manifests'
 * XPath before any page is parsed.
 *
 * Every entry point that drives libxml2 clears its last error first
 * (newsdoc__xml_clear_oom, xml_oom.c), which calls this; loading a plugin
 * calls it too, since the plugin's init may use libxml2.
 */
#include <pthread.h>

#include <libxml/parser.h>

#include "../internal.h"

static pthread_once_t libxml_once = PTHREAD_ONCE_INIT;

static void init_libxml(void)
{
	xmlInitParser();
}

void newsdoc__xml_init(void)
{
	pthread_once(&libxml_once, init_libxml);
}
