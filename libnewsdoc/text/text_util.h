/*
 * Small text helpers shared by the built-in parsers.
 */
#ifndef NEWSDOC_TEXT_UTIL_H
#define NEWSDOC_TEXT_UTIL_H

#include "../internal.h"

/* Append `len` bytes of `s` to `sb` with runs of white space (ASCII and
 * U+00A0) folded to one space; `*pending_space` carries a fold across
 * calls. Invalid UTF-8 becomes U+FFFD, NUL bytes are dropped. */
int newsdoc__append_folded(newsdoc__sb *sb, const char *s, size_t len, int *pending_space);

/* Strip leading and trailing white space of sb in place. */
void newsdoc__sb_trim(newsdoc__sb *sb);

/* An attribute's address without the white space around it (browsers
 * strip it; kept, "page.html  " is another address): its start, and its
 * length in *len (0 when it is all white space). */
const char *newsdoc__url_trim(const char *href, size_t *len);

/* The host of an absolute http(s) or scheme-relative address, without
 * "www.": its start, and its length in *len; NULL for any other address. */
const char *newsdoc__url_host(const char *url, size_t *len);

/* 1 when two hosts (as newsdoc__url_host gives them) are one site: the
 * same name in any case, or one a subdomain of the other ("m.example.test"
 * and "example.test"; a page's mobile or edition host is its site). An
 * address (IPv4, [IPv6]) is only the same as itself; an empty host is no
 * site. */
int newsdoc__host_same_site(const char *host, size_t len, const char *site, size_t site_len);

/* 1 when `word` (`len` bytes, not NUL-ended) is one of the words of
 * `table` (ended by NULL) in any ASCII case. */
int newsdoc__word_in_table(const char *const *table, const char *word, size_t len);

/* 1 when `word` (`len` bytes) has no ASCII lower-case letter and two
 * ASCII capitals at least: an acronym or a word set in capitals ("NDR",
 * "NASCAR"). */
int newsdoc__word_all_capitals(const char *word, size_t len);

/* 1 when `word` (`len` bytes) holds an ASCII digit. */
int newsdoc__word_has_digit(const char *word, size_t len);

#endif
