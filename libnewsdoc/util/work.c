/*
 * The work meter of the current parse (work.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../internal.h"
#include "work.h"

_Thread_local newsdoc__work newsdoc__work_meter = { 0, SIZE_MAX };

newsdoc__work newsdoc__work_begin(size_t limit)
{
	newsdoc__work outer = newsdoc__work_meter;

	newsdoc__work_meter.used = 0;
	newsdoc__work_meter.limit = limit;
	return outer;
}

void newsdoc__work_end(newsdoc__work outer, size_t len)
{
	/* For choosing budgets: how much work real pages take. */
	const char *debug = secure_getenv("NEWSDOC_DEBUG");

	if (debug && strstr(debug, "work"))
		fprintf(stderr, "newsdoc: work: %zu steps for %zu bytes\n", newsdoc__work_meter.used, len);
	newsdoc__work_meter = outer;
}

int newsdoc__work_error(void)
{
	return newsdoc__error_set(NEWSDOC_ELIMIT,
		"newsdoc_parse: the page needed more than %zu steps of work (max_work)", newsdoc__work_meter.limit);
}
