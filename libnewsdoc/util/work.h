/*
 * The work budget of a parse (newsdoc_parse_options.max_work): a meter of
 * steps that the loops whose length depends on the page charge, so that a
 * page shaped to make some pass superlinear ends with NEWSDOC_ELIMIT in
 * bounded time instead of running for minutes.
 *
 * One meter per thread, in thread-local storage: newsdoc_parse starts a
 * fresh one and gives the outer one back when it returns, so a parse
 * started from inside another (a plugin's) and parses on other threads
 * never mix. Thread-local rather than carried in a context struct because
 * the step that charges most, the tree walk of dom_walk.h, is called from
 * a hundred places that only hold nodes; a context would have to reach
 * all of them.
 *
 * Charging is one add and one compare. Once the budget is spent the meter
 * stays over it (`used` only grows): tree walks end at once
 * (newsdoc__walk_next returns NULL), other loops test
 * newsdoc__work_exceeded() and stop, and newsdoc_parse turns the stage's
 * result into NEWSDOC_ELIMIT (newsdoc__work_error). What a stage made past
 * that point is thrown away, so stopping early is safe wherever the code
 * after a loop copes with a shorter walk.
 */
#ifndef NEWSDOC_WORK_H
#define NEWSDOC_WORK_H

#include <stddef.h>
#include <stdint.h>

typedef struct newsdoc__work {
	size_t used;  /* steps charged since the parse began */
	size_t limit; /* steps allowed; SIZE_MAX outside a parse */
} newsdoc__work;

/* initial-exec: the meter is read in the innermost loops, and the general
 * TLS model would make each read a call. The library's static TLS is these
 * two words, which even a dlopen()ed copy gets from the loader's reserve. */
#if defined(__GNUC__)
extern _Thread_local newsdoc__work newsdoc__work_meter __attribute__((tls_model("initial-exec")));
#else
extern _Thread_local newsdoc__work newsdoc__work_meter;
#endif

/* Charge `steps`; 1 when the budget is now spent. */
static inline int newsdoc__work_charge(size_t steps)
{
	newsdoc__work *meter = &newsdoc__work_meter;

	meter->used = steps > SIZE_MAX - meter->used ? SIZE_MAX : meter->used + steps;
	return meter->used > meter->limit;
}

/* 1 once the budget of the current parse is spent. */
static inline int newsdoc__work_exceeded(void)
{
	return newsdoc__work_meter.used > newsdoc__work_meter.limit;
}

/* Start metering a parse allowed `limit` steps; returns the meter it
 * replaces, for newsdoc__work_end. */
newsdoc__work newsdoc__work_begin(size_t limit);
/* Put the meter `outer` back; with NEWSDOC_DEBUG=work, first report on
 * stderr the steps the parse used for its `len` bytes. */
void newsdoc__work_end(newsdoc__work outer, size_t len);
/* Set NEWSDOC_ELIMIT saying the budget was spent, and return it. */
int newsdoc__work_error(void);

#endif
