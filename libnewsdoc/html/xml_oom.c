/*
 * libxml2 and memory: many of its calls answer an allocation failure the
 * same way as "nothing there" (xmlGetProp gives NULL for a missing
 * attribute and for one it could not copy; an XPath that could not be
 * evaluated matches nothing). It does record the failure in the thread's
 * last error, so each public entry point that drives libxml2 clears that
 * record first and checks it at the end: a page read while memory ran out
 * is NEWSDOC_ENOMEM, never a document with parts silently missing.
 * Messages are dropped (newsdoc__xml_ignore_error) where an XPath error
 * only means "no match"; the record stays for these checks.
 */
#include <libxml/xmlerror.h>

#include "../internal.h"

void newsdoc__xml_clear_oom(void)
{
	newsdoc__xml_init();
	xmlResetLastError();
}

void newsdoc__xml_ignore_error(void *context, xmlErrorPtr error)
{
	(void)context;
	(void)error;
}

int newsdoc__xml_oom(void)
{
	const xmlError *last = xmlGetLastError();
	/* XPath says it in its own words in some places (XPATH_MEMORY_ERROR). */
	return last && (last->code == XML_ERR_NO_MEMORY || last->code == XML_XPATH_MEMORY_ERROR);
}
