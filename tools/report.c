/*
 * newsdoc command-line tool: what a batch tells its user on stderr (each
 * failure, a progress line on a terminal, a summary at the end) and in
 * the --errors file (one JSON line per failure).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* clock_gettime, fileno */
#endif

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* The progress line is redrawn at most this often (seconds). */
#define PROGRESS_INTERVAL 0.25

/* The codes of failures, in the order the summary lists them: the
 * library's status names, which the CLI's own failures reuse. */
static const struct {
	int status;
	const char *name;
} error_codes[CLI_ERROR_CODE_COUNT] = {
	{ NEWSDOC_EIO, "EIO" },
	{ NEWSDOC_EEMPTY, "EEMPTY" },
	{ NEWSDOC_EPARSE, "EPARSE" },
	{ NEWSDOC_ELIMIT, "ELIMIT" },
	{ NEWSDOC_EPLUGIN, "EPLUGIN" },
	{ NEWSDOC_ENOMEM, "ENOMEM" },
	{ NEWSDOC_EINVAL, "EINVAL" },
	{ NEWSDOC_ENOTFOUND, "ENOTFOUND" },
	{ NEWSDOC_EVERSION, "EVERSION" },
	{ NEWSDOC_ERROR, "ERROR" },
};

const char *cli_error_code_name(int status)
{
	size_t i;

	for (i = 0; i < CLI_ERROR_CODE_COUNT; i++) {
		if (error_codes[i].status == status)
			return error_codes[i].name;
	}
	return "ERROR";
}

static double now_seconds(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

void cli_report_start(cli_report *report, size_t total, int quiet, FILE *errors_file)
{
	memset(report, 0, sizeof(*report));
	report->total = total;
	report->quiet = quiet;
	report->errors_file = errors_file;
	/* A line redrawn with \r is noise in a log file or a pipe. */
	report->on_terminal = isatty(fileno(stderr));
	report->show_progress = !quiet && report->on_terminal;
	report->start = report->last_progress = now_seconds();
}

/* Take the progress line off the screen before other text goes there. */
static void clear_progress(cli_report *report)
{
	if (report->progress_on_screen) {
		fputs("\r\033[K", stderr);
		report->progress_on_screen = 0;
	}
}

static void show_progress(cli_report *report)
{
	double now;
	double elapsed;

	if (!report->show_progress)
		return;
	now = now_seconds();
	if (now - report->last_progress < PROGRESS_INTERVAL && report->done < report->total)
		return;
	report->last_progress = now;
	elapsed = now - report->start;
	fprintf(stderr, "\r\033[Knewsdoc: %zu/%zu files, %.1f pages/s, %zu failed", report->done, report->total,
		elapsed > 0 ? (double)report->done / elapsed : 0.0, report->failed);
	fflush(stderr);
	report->progress_on_screen = 1;
}

void cli_report_document(cli_report *report)
{
	report->done++;
	report->documents++;
	show_progress(report);
}

void cli_report_failure(cli_report *report, const char *source, const char *code, const char *reason)
{
	size_t i;

	report->done++;
	report->failed++;
	for (i = 0; i < CLI_ERROR_CODE_COUNT; i++) {
		if (strcmp(error_codes[i].name, code) == 0)
			report->failed_by_code[i]++;
	}
	clear_progress(report);
	cli_error("%s: %s", strcmp(source, "-") == 0 ? "(standard input)" : source, reason);
	if (report->errors_file) {
		fputs("{\"source\":", report->errors_file);
		cli_write_json_string(report->errors_file, source);
		fputs(",\"code\":", report->errors_file);
		cli_write_json_string(report->errors_file, code);
		fputs(",\"reason\":", report->errors_file);
		cli_write_json_string(report->errors_file, reason);
		fputs("}\n", report->errors_file);
	}
	show_progress(report);
}

void cli_report_finish(cli_report *report)
{
	size_t i;
	const char *separator = " (";

	clear_progress(report);
	/* One file's outcome is already plain from its output or its error;
	 * a run over several files ends with one line a log can be searched
	 * for (issue 18 asks for it on every such run, not only on a
	 * terminal), after the lines that named the failures. --quiet drops it. */
	if (report->quiet || report->total <= 1)
		return;
	fprintf(stderr, "newsdoc: %zu files: %zu document%s", report->total, report->documents,
		report->documents == 1 ? "" : "s");
	if (report->failed) {
		fprintf(stderr, ", %zu failed", report->failed);
		for (i = 0; i < CLI_ERROR_CODE_COUNT; i++) {
			if (report->failed_by_code[i]) {
				fprintf(stderr, "%s%s %zu", separator, error_codes[i].name, report->failed_by_code[i]);
				separator = ", ";
			}
		}
		fputc(')', stderr);
	}
	fputc('\n', stderr);
}
