/*
 * Dates to ISO 8601. Pages write dates every way there is: ISO with or
 * without an offset, RFC 2822 ("Wed, 21 May 2025 15:42:10 -0400"), prose
 * ("May 21, 2025 3:42 PM EDT", "21. Mai 2025, 15:42 Uhr"), numeric
 * ("21.05.2025", "05/21/2025"), CJK ("2025年1月14日"), epoch seconds. The
 * offset the page gives is kept (a zone abbreviation becomes its offset);
 * without a time only "YYYY-MM-DD" is written, never an invented midnight.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "meta_impl.h"

typedef struct date_parts {
	int year, month, day;
	int hour, minute, second;
	int has_time;
	int has_offset;
	int offset;  /* minutes east of UTC */
	int pm;      /* 1 pm, 0 am, -1 not said */
} date_parts;

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The most digits read_number reads: their value always fits in an int. */
#define MAX_NUMBER_DIGITS 9

/* Read up to `max` digits (MAX_NUMBER_DIGITS at most) at *p; -1 when
 * there is none. */
static long read_number(const char **p, const char *end, int max, int *digits)
{
	long value = 0;
	int n = 0;

	if (max > MAX_NUMBER_DIGITS)
		max = MAX_NUMBER_DIGITS;
	while (*p < end && is_digit(**p) && n < max) {
		value = value * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	if (digits)
		*digits = n;
	return n ? value : -1;
}

static int days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return month == 2 && leap ? 29 : days[month - 1];
}

static int valid_date(const date_parts *d)
{
	return d->year >= 1900 && d->year <= 2200 && d->month >= 1 && d->month <= 12 &&
		d->day >= 1 && d->day <= days_in_month(d->year, d->month);
}

/* Zone abbreviations as minutes east of UTC; 1 when known. */
static int zone_offset(const char *word, size_t len, int *offset)
{
	static const struct { const char *name; int minutes; } zones[] = {
		{ "UTC", 0 }, { "GMT", 0 }, { "Z", 0 }, { "WET", 0 }, { "BST", 60 }, { "WEST", 60 },
		{ "CET", 60 }, { "MEZ", 60 }, { "CEST", 120 }, { "MESZ", 120 }, { "EET", 120 },
		{ "EEST", 180 }, { "MSK", 180 }, { "IST", 330 }, { "SGT", 480 }, { "HKT", 480 },
		{ "JST", 540 }, { "KST", 540 }, { "AEST", 600 }, { "AEDT", 660 }, { "NZST", 720 },
		{ "NZDT", 780 }, { "EST", -300 }, { "EDT", -240 }, { "CST", -360 }, { "CDT", -300 },
		{ "MST", -420 }, { "MDT", -360 }, { "PST", -480 }, { "PDT", -420 }, { "ET", -300 }
	};
	size_t i;

	for (i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
		if (strlen(zones[i].name) == len && !strncmp(zones[i].name, word, len)) {
			*offset = zones[i].minutes;
			return 1;
		}
	return 0;
}

/* "+02:00", "+0200", "+02", "-04:00" at *p. */
static int read_offset(const char **p, const char *end, date_parts *d)
{
	const char *q = *p;
	long hours, minutes = 0;
	int sign, digits;

	if (q >= end || (*q != '+' && *q != '-'))
		return 0;
	sign = *q++ == '-' ? -1 : 1;
	hours = read_number(&q, end, 2, &digits);
	if (digits != 2)
		return 0;
	if (q < end && *q == ':')
		q++;
	if (q < end && is_digit(*q)) {
		minutes = read_number(&q, end, 2, &digits);
		if (digits != 2)
			return 0;
	}
	if (hours > 14 || minutes > 59)
		return 0;
	d->has_offset = 1;
	d->offset = sign * (int)(hours * 60 + minutes);
	*p = q;
	return 1;
}

/* "15:42", "15:42:10", "15:42:10.123" at *p. */
static int read_time(const char **p, const char *end, date_parts *d)
{
	const char *q = *p;
	long hour, minute, second = 0;
	int digits;

	hour = read_number(&q, end, 2, &digits);
	if (hour < 0 || q >= end || (*q != ':' && *q != '.' && *q != 'h'))
		return 0;
	q++;
	minute = read_number(&q, end, 2, &digits);
	if (digits != 2)
		return 0;
	if (q + 1 < end && *q == ':' && is_digit(q[1])) {
		q++;
		second = read_number(&q, end, 2, &digits);
		if (q < end && (*q == '.' || *q == ',') && q + 1 < end && is_digit(q[1])) {
			q++;
			while (q < end && is_digit(*q))
				q++;
		}
	}
	if (hour > 23 || minute > 59 || second > 60)
		return 0;
	d->hour = (int)hour;
	d->minute = (int)minute;
	d->second = (int)(second > 59 ? 59 : second);
	d->has_time = 1;
	*p = q;
	return 1;
}

static int from_epoch(date_parts *d, long long seconds)
{
	time_t t = (time_t)seconds;
	struct tm tm;

	if (seconds < 0 || !gmtime_r(&t, &tm))
		return 0;
	d->year = tm.tm_year + 1900;
	d->month = tm.tm_mon + 1;
	d->day = tm.tm_mday;
	d->hour = tm.tm_hour;
	d->minute = tm.tm_min;
	d->second = tm.tm_sec;
	d->has_time = d->has_offset = 1;
	d->offset = 0;
	return 1;
}

/* The value of `len` digits; 0 when it does not fit in a long long. */
static int digits_value(const char *s, size_t len, long long *value)
{
	long long v = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		int digit = s[i] - '0';
		if (v > (LLONG_MAX - digit) / 10)
			return 0;
		v = v * 10 + digit;
	}
	*value = v;
	return 1;
}

/* All digits: YYYYMMDD, YYYYMMDDHHMM[SS], epoch seconds (9 or 10 digits)
 * or milliseconds (13). Other lengths are no date; their value is never
 * computed, as a run of digits can be of any length. */
static int parse_digits(const char *s, size_t len, date_parts *d)
{
	long long value;

	if (len == 8 || len == 12 || len == 14) {
		char buf[16];
		memcpy(buf, s, len);
		buf[len] = '\0';
		if (sscanf(buf, "%4d%2d%2d", &d->year, &d->month, &d->day) == 3 && valid_date(d)) {
			if (len >= 12) {
				d->hour = atoi((char[3]){ buf[8], buf[9], 0 });
				d->minute = atoi((char[3]){ buf[10], buf[11], 0 });
				d->second = len == 14 ? atoi((char[3]){ buf[12], buf[13], 0 }) : 0;
				d->has_time = d->hour < 24 && d->minute < 60 && d->second < 60;
			}
			return 1;
		}
	}
	if ((len == 9 || len == 10 || len == 13) && digits_value(s, len, &value))
		return from_epoch(d, len == 13 ? value / 1000 : value);
	return 0;
}

/* Whatever follows a date: a time, am/pm, an offset or a zone name. */
static void parse_tail(const char *p, const char *end, date_parts *d)
{
	while (p < end) {
		unsigned char c = (unsigned char)*p;
		if (is_digit(c) && !d->has_time) {
			if (!read_time(&p, end, d))
				while (p < end && is_digit(*p))
					p++;
		} else if ((c == '+' || c == '-') && d->has_time && !d->has_offset) {
			if (!read_offset(&p, end, d))
				p++;
		} else if (is_alpha_byte(c)) {
			const char *word = p;
			size_t n;
			int offset;
			while (p < end && is_alpha_byte((unsigned char)*p))
				p++;
			n = (size_t)(p - word);
			if (d->has_time && (n == 2 || n == 4) && (word[0] | 32) == 'p' && (word[1] | 32) == 'm')
				d->pm = 1;
			else if (d->has_time && (n == 2 || n == 4) && (word[0] | 32) == 'a' && (word[1] | 32) == 'm')
				d->pm = 0;
			else if (n == 1 && word[0] == 'T' && !d->has_time)
				continue;
			else if (d->has_time && !d->has_offset && zone_offset(word, n, &offset)) {
				d->has_offset = 1;
				d->offset = offset;
				/* "GMT+2", "UTC+05:30" */
				if (p < end && (*p == '+' || *p == '-') && !read_offset(&p, end, d) &&
				    p + 1 < end && is_digit(p[1])) {
					int sign = *p == '-' ? -1 : 1;
					const char *q = p + 1;
					long h = read_number(&q, end, 2, NULL);
					if (h >= 0 && h <= 14) {
						d->offset = sign * (int)h * 60;
						p = q;
					}
				}
			}
		} else {
			p++;
		}
	}
}

/* Dates that start with the year: "2025-05-21", "2025/5/21", "2025.05.21". */
static int parse_year_first(const char *s, const char *end, date_parts *d)
{
	const char *p = s;
	int digits;
	char sep;

	d->year = (int)read_number(&p, end, 4, &digits);
	if (digits != 4 || p >= end || (*p != '-' && *p != '/' && *p != '.'))
		return 0;
	sep = *p++;
	d->month = (int)read_number(&p, end, 2, &digits);
	if (!digits || p >= end || *p != sep)
		return 0;
	p++;
	d->day = (int)read_number(&p, end, 2, &digits);
	if (!digits || !valid_date(d))
		return 0;
	parse_tail(p, end, d);
	return 1;
}

/*
 * Everything else, token by token: month names, numeric dates with day
 * first ("21.05.2025") or month first ("05/21/2025" when the first part
 * cannot be a month or slashes are used the American way), CJK markers.
 */
static int parse_tokens(const char *s, const char *end, date_parts *d)
{
	const char *p = s;
	int day = 0, month = 0, year = 0, loose = 0;

	while (p < end && !(year && month && day)) {
		unsigned char c = (unsigned char)*p;
		if (is_digit(c)) {
			const char *start = p;
			int digits;
			long n = read_number(&p, end, 9, &digits);
			/* Numeric dates: a.b.c, a/b/c, a-b-c */
			if (p < end && (*p == '.' || *p == '/' || *p == '-') && p + 1 < end && is_digit(p[1]) &&
			    digits <= 2) {
				char sep = *p;
				const char *q = p + 1;
				int d2, d3;
				long b = read_number(&q, end, 2, &d2), y;
				if (q < end && *q == sep && q + 1 < end && is_digit(q[1])) {
					q++;
					y = read_number(&q, end, 4, &d3);
					if (d3 == 2)
						y += 2000;
					if (d3 == 2 || d3 == 4) {
						int first_day = sep != '/' || n > 12;
						if (sep == '/' && b > 12)
							first_day = 0;
						day = (int)(first_day ? n : b);
						month = (int)(first_day ? b : n);
						year = (int)y;
						p = q;
						break;
					}
				}
			}
			/* CJK: 2025年1月14日, 2025년 1월 14일 */
			if (p + 3 <= end && !memcmp(p, "\xE5\xB9\xB4", 3)) { year = (int)n; p += 3; continue; }
			if (p + 3 <= end && !memcmp(p, "\xEB\x85\x84", 3)) { year = (int)n; p += 3; continue; }
			if (p + 3 <= end && !memcmp(p, "\xE6\x9C\x88", 3)) { month = (int)n; p += 3; continue; }
			if (p + 3 <= end && !memcmp(p, "\xEC\x9B\x94", 3)) { month = (int)n; p += 3; continue; }
			if (p + 3 <= end && (!memcmp(p, "\xE6\x97\xA5", 3) || !memcmp(p, "\xEC\x9D\xBC", 3))) {
				day = (int)n; p += 3; continue;
			}
			/* A time before the date ("15:42, 21 May 2025") is read in the tail. */
			if (p < end && *p == ':') {
				while (p < end && (is_digit(*p) || *p == ':'))
					p++;
				continue;
			}
			if (digits == 4 && n >= 1900 && n <= 2200 && !year)
				year = (int)n;
			else if (digits <= 2 && n >= 1 && n <= 31 && !day)
				day = (int)n;
			(void)start;
			loose = 1;
		} else if (is_alpha_byte(c)) {
			const char *word = p;
			int m;
			while (p < end && is_alpha_byte((unsigned char)*p))
				p++;
			if (!month && (m = newsdoc__meta_month_of(word, (size_t)(p - word))) != 0)
				month = m;
		} else {
			p++;
		}
	}
	(void)loose;
	d->year = year;
	d->month = month;
	d->day = day;
	if (!valid_date(d))
		return 0;
	parse_tail(p, end, d);
	return 1;
}

/* The ISO 8601 text of parsed parts: a time only when one was read, an
 * offset only when the page gave one. */
static char *format_date(date_parts *d, int *oom)
{
	char out[40], *copy;

	if (d->has_time && d->pm == 1 && d->hour < 12)
		d->hour += 12;
	else if (d->has_time && d->pm == 0 && d->hour == 12)
		d->hour = 0;
	if (!d->has_time)
		snprintf(out, sizeof(out), "%04d-%02d-%02d", d->year, d->month, d->day);
	else if (!d->has_offset)
		snprintf(out, sizeof(out), "%04d-%02d-%02dT%02d:%02d:%02d", d->year, d->month, d->day,
			d->hour, d->minute, d->second);
	else
		snprintf(out, sizeof(out), "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d->year, d->month,
			d->day, d->hour, d->minute, d->second, d->offset < 0 ? '-' : '+',
			abs(d->offset) / 60, abs(d->offset) % 60);
	if (!(copy = newsdoc__strdup(out)))
		*oom = 1;
	return copy;
}

char *newsdoc__meta_date_parse(const char *s, size_t len, int *oom)
{
	date_parts d;
	const char *end;
	size_t i;
	int all_digits = 1, ok;

	while (len && newsdoc__meta_is_space((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && newsdoc__meta_is_space((unsigned char)s[len - 1]))
		len--;
	if (!len || len > 200)
		return NULL;
	for (i = 0; i < len; i++)
		if (!is_digit(s[i]))
			all_digits = 0;
	memset(&d, 0, sizeof(d));
	d.pm = -1;
	end = s + len;
	if (all_digits)
		ok = parse_digits(s, len, &d);
	else
		ok = (len >= 8 && is_digit(s[0]) && is_digit(s[3]) && !is_digit(s[4]) &&
			parse_year_first(s, end, &d)) || parse_tokens(s, end, &d);
	if (!ok)
		return NULL;
	return format_date(&d, oom);
}

/* ---- dates in running text ---- */

static int is_word_byte(unsigned char c)
{
	return is_digit(c) || is_alpha_byte(c);
}

static const char *skip_spaces(const char *p, const char *end)
{
	while (p < end && (newsdoc__meta_is_space((unsigned char)*p) ||
	       ((unsigned char)p[0] == 0xC2 && p + 1 < end && (unsigned char)p[1] == 0xA0)))
		p += (unsigned char)*p == 0xC2 ? 2 : 1;
	return p;
}

/* A year of four digits at *p, not followed by another digit. */
static int read_year(const char **p, const char *end)
{
	const char *q = *p;
	int digits;
	long year = read_number(&q, end, 4, &digits);

	if (digits != 4 || (q < end && is_digit(*q)) || year < 1900 || year > 2200)
		return 0;
	*p = q;
	return (int)year;
}

/* The month word at *p ("März", "Dec.", "de marzo"): its month, *p moved
 * past it and its full stop. */
static int read_month_word(const char **p, const char *end)
{
	const char *q = *p, *word;
	int month;

	word = q;
	while (q < end && is_alpha_byte((unsigned char)*q))
		q++;
	if (!(month = newsdoc__meta_month_of(word, (size_t)(q - word))))
		return 0;
	if (q < end && *q == '.')
		q++;
	*p = q;
	return month;
}

/* "de ", "del " before a month or a year (Spanish, Portuguese). */
static const char *skip_de(const char *p, const char *end)
{
	if (end - p >= 3 && (p[0] == 'd' || p[0] == 'D') && p[1] == 'e') {
		const char *q = p + 2;
		if (q < end && *q == 'l')
			q++;
		if (q < end && newsdoc__meta_is_space((unsigned char)*q))
			return skip_spaces(q, end);
	}
	return p;
}

/* An ordinal ending after a day: "12th", "1st", "1er", "1º", "12." */
static const char *skip_ordinal(const char *p, const char *end)
{
	static const char *const endings[] = { "st", "nd", "rd", "th", "er", "\xC2\xBA", "\xC2\xAA", NULL };
	size_t k;

	if (p < end && *p == '.')
		return p + 1;
	for (k = 0; endings[k]; k++) {
		size_t n = strlen(endings[k]);
		if ((size_t)(end - p) >= n && !strncasecmp(p, endings[k], n) &&
		    (p + n == end || !is_alpha_byte((unsigned char)p[n])))
			return p + n;
	}
	return p;
}

/* "March 12, 2024", "Dec. 5th 2024": day and year after a month word. */
static const char *month_first(const char *p, const char *end, date_parts *d)
{
	const char *q = p;
	int digits;
	long day;

	if (!(d->month = read_month_word(&q, end)))
		return NULL;
	q = skip_spaces(q, end);
	day = read_number(&q, end, 2, &digits);
	if (day < 1 || (q < end && is_digit(*q)))
		return NULL;
	q = skip_ordinal(q, end);
	if (q < end && *q == ',')
		q++;
	q = skip_spaces(q, end);
	d->day = (int)day;
	if (!(d->year = read_year(&q, end)))
		return NULL;
	return q;
}

/* "12 March 2024", "12. März 2024", "12 de marzo de 2024", "1er mars
 * 2024", "12 marca 2024": month word and year after the day. */
static const char *day_first(const char *p, const char *end, date_parts *d)
{
	const char *q = p;
	int digits;
	long day = read_number(&q, end, 2, &digits);

	if (day < 1 || (q < end && is_digit(*q)))
		return NULL;
	q = skip_ordinal(q, end);
	q = skip_de(skip_spaces(q, end), end);
	if (!(d->month = read_month_word(&q, end)))
		return NULL;
	if (q < end && *q == ',')
		q++;
	q = skip_de(skip_spaces(q, end), end);
	d->day = (int)day;
	if (!(d->year = read_year(&q, end)))
		return NULL;
	return q;
}

/* "12.03.2024", "03/12/2024", "12-03-2024" and "2024-03-12",
 * "2024/03/12", "2024.03.12"; a four-digit year always. Slashes put the
 * month first when both readings are dates and `slash_month_first`. */
static const char *numeric(const char *p, const char *end, int slash_month_first, date_parts *d)
{
	const char *q = p;
	int d1, d2, d3;
	long a = read_number(&q, end, 4, &d1), b, c;
	char sep;

	if (q >= end || (*q != '.' && *q != '/' && *q != '-') || (d1 != 4 && d1 > 2))
		return NULL;
	sep = *q++;
	b = read_number(&q, end, 2, &d2);
	if (!d2 || q >= end || *q != sep)
		return NULL;
	q++;
	c = read_number(&q, end, 4, &d3);
	if (q < end && (is_digit(*q) || (*q == sep && q + 1 < end && is_digit(q[1]))))
		return NULL;
	if (d1 == 4 && d3 <= 2 && d3) {
		d->year = (int)a;
		d->month = (int)b;
		d->day = (int)c;
	} else if (d1 <= 2 && d3 == 4) {
		int month_is_first = sep == '/' && (b > 12 || (slash_month_first && a <= 12));
		d->year = (int)c;
		d->month = (int)(month_is_first ? a : b);
		d->day = (int)(month_is_first ? b : a);
	} else {
		return NULL;
	}
	return q;
}

/* "2024年3月12日", "2024년 3월 12일" */
static const char *cjk(const char *p, const char *end, date_parts *d)
{
	const char *q = p;
	int digits;

	d->year = (int)read_number(&q, end, 4, &digits);
	if (digits != 4 || end - q < 3 || (memcmp(q, "\xE5\xB9\xB4", 3) && memcmp(q, "\xEB\x85\x84", 3)))
		return NULL;
	q = skip_spaces(q + 3, end);
	d->month = (int)read_number(&q, end, 2, &digits);
	if (!digits || end - q < 3 || (memcmp(q, "\xE6\x9C\x88", 3) && memcmp(q, "\xEC\x9B\x94", 3)))
		return NULL;
	q = skip_spaces(q + 3, end);
	d->day = (int)read_number(&q, end, 2, &digits);
	if (!digits || end - q < 3 || (memcmp(q, "\xE6\x97\xA5", 3) && memcmp(q, "\xEC\x9D\xBC", 3)))
		return NULL;
	return q + 3;
}

/* Is this byte the start of punctuation rather than a letter? UTF-8
 * sequences led by C2 (no-break space, middle dot) or E2 (dashes,
 * bullets) are signs. */
static int is_sign_lead(unsigned char c)
{
	return c == 0xC2 || c == 0xE2;
}

static size_t utf8_length(unsigned char c)
{
	return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/*
 * Where the time after a date ends: "at 8:31am", ", 15:42 Uhr", "- 14:07",
 * "1:47 am EDT", "à 10h30". Signs and two short words at most come
 * between; a date without a time ends where it ends (`p`).
 */
static const char *time_after(const char *p, const char *end, date_parts *d)
{
	const char *q = p, *t, *tail_end;
	date_parts probe;
	int words = 0;

	for (;;) {
		const char *word;
		q = skip_spaces(q, end);
		if (q >= end || is_digit(*q))
			break;
		if (strchr(",|-@/", *q)) {
			q++;
			continue;
		}
		if (is_sign_lead((unsigned char)*q)) {
			q += utf8_length((unsigned char)*q);
			continue;
		}
		if (!is_alpha_byte((unsigned char)*q) || words == 2)
			return p;
		word = q;
		while (q < end && is_alpha_byte((unsigned char)*q) && !is_sign_lead((unsigned char)*q))
			q++;
		if (q - word > 5)
			return p;
		if (q < end && *q == '.')
			q++;
		words++;
	}
	if (q >= end || !is_digit(*q))
		return p;
	t = q;
	probe = *d;
	if (!read_time(&t, end, &probe))
		return p;
	/* Then am/pm, "Uhr", a zone or an offset, which the tail reader takes. */
	for (tail_end = t; tail_end < end && tail_end - t < 16; tail_end++) {
		unsigned char c = (unsigned char)*tail_end;
		if (!(c == ' ' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
		      c == '+' || c == '-' || c == ':' || c == '.'))
			break;
	}
	parse_tail(q, tail_end, d);
	return tail_end;
}

static void reset_parts(date_parts *d)
{
	memset(d, 0, sizeof(*d));
	d->pm = -1;
}

/* A date that starts at p, in any of the forms above; where it ends. */
static const char *date_at(const char *p, const char *end, int slash_month_first, date_parts *d)
{
	const char *after;

	reset_parts(d);
	if (!is_digit(*p))
		return month_first(p, end, d);
	if ((after = cjk(p, end, d)) != NULL)
		return after;
	reset_parts(d);
	if ((after = numeric(p, end, slash_month_first, d)) != NULL)
		return after;
	reset_parts(d);
	return day_first(p, end, d);
}

char *newsdoc__meta_date_find(const char *text, size_t len, int slash_month_first, size_t *start, size_t *end_at,
	int *oom)
{
	const char *p, *end = text + len, *after;
	date_parts d;

	for (p = text; p < end; p++) {
		/* Dates start a word: a digit or a letter after neither. */
		if (!is_word_byte((unsigned char)*p) || is_sign_lead((unsigned char)*p) ||
		    (p > text && is_word_byte((unsigned char)p[-1]) && !is_sign_lead((unsigned char)p[-1])))
			continue;
		after = date_at(p, end, slash_month_first, &d);
		if (!after || !valid_date(&d))
			continue;
		*start = (size_t)(p - text);
		after = time_after(after, end, &d);
		*end_at = (size_t)(after - text);
		return format_date(&d, oom);
	}
	return NULL;
}

char *newsdoc__meta_date_in_url(const char *url, int *oom)
{
	const char *p = strstr(url, "://"), *end;
	date_parts d;

	/* The path: after the host, before the query. */
	p = p ? p + 3 + strcspn(p + 3, "/?#") : url;
	end = p + strcspn(p, "?#");
	for (; p + 10 <= end; p++) {
		const char *q = p;
		int digits;
		char sep;

		if (!is_digit(*p) || (p > url && is_digit(p[-1])))
			continue;
		reset_parts(&d);
		d.year = (int)read_number(&q, end, 4, &digits);
		if (digits != 4 || q >= end || (*q != '/' && *q != '-' && *q != '_'))
			continue;
		sep = *q++;
		d.month = (int)read_number(&q, end, 2, &digits);
		if (digits != 2 || q >= end || *q != sep)
			continue;
		q++;
		d.day = (int)read_number(&q, end, 2, &digits);
		if (digits != 2 || (q < end && is_digit(*q)) || !valid_date(&d))
			continue;
		return format_date(&d, oom);
	}
	return NULL;
}
