/*
 * Direct quotations and their speakers, found in a finished document's
 * body blocks whichever parser made them (HTML or plain text).
 */
#ifndef NEWSDOC_QUOTES_H
#define NEWSDOC_QUOTES_H

#include "../internal.h"

/*
 * Scan the body blocks of `doc` for direct quotes and add each one with
 * its text (without the marks), speaker as written, resolved speaker when
 * the article named the person earlier, cue, block and code point span.
 * At most opts->max_quotes quotes (0: 1000). Returns 0 or a negative
 * newsdoc error code (only allocation failures are possible).
 */
int newsdoc__quotes_extract(newsdoc_document *doc, const newsdoc_parse_options *opts);

#endif
