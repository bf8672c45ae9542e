/*
 * Shared by the German quote tests (test_quotes_german*.c): the marks and
 * a first sentence that gives the language vote (lang.c) enough German
 * words before a short case.
 */
#ifndef QUOTE_TEST_GERMAN_H
#define QUOTE_TEST_GERMAN_H

#define DQ_OPEN "\xE2\x80\x9E"   /* „ */
#define DQ_CLOSE "\xE2\x80\x9C"  /* “ */
/* A refusal quoted in many of the German cases, and it in marks. */
#define REFUSAL_WORDS "Das kommt f\xC3\xBCr uns nicht in Frage, solange die Stadt nicht zahlt"
#define LEAD "Der Streit um die Pl\xC3\xA4ne der Stadt dauert nun schon seit vielen Jahren an. "

#endif
