/*
 * newsdoc command-line tool: running a batch of items on worker threads
 * and handing their results over in the batch's order.
 *
 * Workers take the next item from a shared counter and put its result in
 * a ring of slots; the calling thread hands results over in order (item
 * k when it is done) and frees their slots. A worker waits before taking
 * an item that would not fit in the ring, so at most `window` results are
 * held at once however long the batch, and one slow page holds the others
 * back by at most that many. The lock is held only to take an item and to
 * mark one done or handed over, never while a page is parsed or written.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Results that may wait per worker: enough that a page several times
 * slower than its neighbours does not idle the other workers. */
#define SLOTS_PER_WORKER 8

typedef struct batch_slot {
	cli_result result;
	int done;
} batch_slot;

typedef struct batch_state {
	const cli_batch *batch;
	batch_slot *slots;
	size_t window;      /* slot count */
	size_t next_item;   /* the next item a worker takes */
	size_t next_handed; /* the next item the calling thread hands over */
	pthread_mutex_t lock;
	pthread_cond_t slot_free;   /* workers wait here for room in the ring */
	pthread_cond_t result_done; /* the calling thread waits here for its next item */
} batch_state;

void cli_result_dispose(cli_result *result)
{
	newsdoc_buf_dispose(&result->output);
	free(result->reason);
	memset(result, 0, sizeof(*result));
}

static void *worker_main(void *argument)
{
	batch_state *state = argument;
	const cli_batch *batch = state->batch;

	pthread_mutex_lock(&state->lock);
	for (;;) {
		size_t item;
		batch_slot *slot;

		while (state->next_item < batch->count && state->next_item >= state->next_handed + state->window)
			pthread_cond_wait(&state->slot_free, &state->lock);
		if (state->next_item >= batch->count)
			break;
		item = state->next_item++;
		slot = &state->slots[item % state->window];
		pthread_mutex_unlock(&state->lock);

		batch->work(batch->context, item, &slot->result);

		pthread_mutex_lock(&state->lock);
		slot->done = 1;
		if (item == state->next_handed)
			pthread_cond_signal(&state->result_done);
	}
	pthread_mutex_unlock(&state->lock);
	return NULL;
}

/* The batch on the calling thread alone: -j 1, or no thread could start. */
static void run_here(const cli_batch *batch)
{
	size_t item;

	for (item = 0; item < batch->count; item++) {
		cli_result result;

		memset(&result, 0, sizeof(result));
		batch->work(batch->context, item, &result);
		batch->hand_over(batch->context, item, &result);
		cli_result_dispose(&result);
	}
}

void cli_batch_run(const cli_batch *batch)
{
	batch_state state;
	pthread_t *workers;
	size_t jobs = batch->jobs;
	size_t started = 0;
	size_t item;

	if (jobs > batch->count)
		jobs = batch->count;
	if (jobs <= 1) {
		run_here(batch);
		return;
	}
	memset(&state, 0, sizeof(state));
	state.batch = batch;
	state.window = jobs * SLOTS_PER_WORKER;
	state.slots = calloc(state.window, sizeof(*state.slots));
	workers = calloc(jobs, sizeof(*workers));
	if (!state.slots || !workers) {
		free(state.slots);
		free(workers);
		run_here(batch);
		return;
	}
	pthread_mutex_init(&state.lock, NULL);
	pthread_cond_init(&state.slot_free, NULL);
	pthread_cond_init(&state.result_done, NULL);
	/* Fewer threads than asked (a limit on threads) still finish the batch:
	 * the ones that started take every item. */
	while (started < jobs && pthread_create(&workers[started], NULL, worker_main, &state) == 0)
		started++;
	if (started == 0) {
		run_here(batch);
	} else {
		for (item = 0; item < batch->count; item++) {
			batch_slot *slot = &state.slots[item % state.window];

			pthread_mutex_lock(&state.lock);
			while (!slot->done)
				pthread_cond_wait(&state.result_done, &state.lock);
			pthread_mutex_unlock(&state.lock);

			batch->hand_over(batch->context, item, &slot->result);
			cli_result_dispose(&slot->result);

			pthread_mutex_lock(&state.lock);
			slot->done = 0;
			state.next_handed++;
			pthread_cond_broadcast(&state.slot_free);
			/* The next item may have been done while this one was handed over. */
			pthread_mutex_unlock(&state.lock);
		}
	}
	while (started)
		pthread_join(workers[--started], NULL);
	pthread_cond_destroy(&state.result_done);
	pthread_cond_destroy(&state.slot_free);
	pthread_mutex_destroy(&state.lock);
	free(state.slots);
	free(workers);
}
