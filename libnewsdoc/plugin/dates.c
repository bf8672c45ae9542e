/*
 * Dates for site rules and plugins: a rule may give the strptime format a
 * site writes its dates in; without one, the metadata reader's guesser is
 * used. Either way the result is ISO 8601, with the offset when known.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../internal.h"
#include "../metadata/meta_impl.h"

static int format_has(const char *format, const char *conversions)
{
	const char *p;
	for (p = format; (p = strchr(p, '%')) != NULL; p += 2) {
		if (!p[1])
			break;
		if (strchr(conversions, p[1]))
			return 1;
	}
	return 0;
}

/*
 * The conversions glibc's strptime knows (after an optional E or O
 * modifier), and which of them give a year and a day: a format without
 * them would turn every date into one in 1900 or on day 0, so it is as
 * wrong as a misspelt conversion, and plugin check should say so.
 */
static const char known_conversions[] = "aAbBhcCdeDHkIljmMnptrRSTUWVwxXyYzZsFGgu%";
static const char year_conversions[] = "yYGgDFcxs";
static const char day_conversions[] = "dejDFcxs";

const char *newsdoc__date_format_problem(const char *format, char *conversion)
{
	const char *p;
	int has_year = 0, has_day = 0;

	*conversion = '\0';
	for (p = format; (p = strchr(p, '%')) != NULL; p += 2) {
		if (p[1] == 'E' || p[1] == 'O')
			p++;
		if (!p[1])
			return "ends with a lone '%'";
		if (!strchr(known_conversions, p[1])) {
			*conversion = p[1];
			return "has a conversion strptime does not know";
		}
		has_year |= strchr(year_conversions, p[1]) != NULL;
		has_day |= strchr(day_conversions, p[1]) != NULL;
	}
	if (!has_year)
		return "gives no year (%Y, %y, %F, %D ...)";
	if (!has_day)
		return "gives no day (%d, %e, %j, %F, %D ...)";
	return NULL;
}

int newsdoc__date_normalize(newsdoc__sb *out, const char *text, const char *format)
{
	char iso[64];

	if (!format) {
		int oom = 0, error;
		char *guess = newsdoc__meta_date_parse(text, strlen(text), &oom);
		if (!guess)
			return oom ? newsdoc__error_oom() :
				newsdoc__error_set(NEWSDOC_EPARSE, "cannot read a date in '%.80s'", text);
		error = newsdoc__sb_puts(out, guess);
		newsdoc__free(guess);
		return error;
	}
	{
		struct tm tm;
		const char *end;
		memset(&tm, 0, sizeof(tm));
		end = strptime(text, format, &tm);
		while (end && (*end == ' ' || *end == '\t' || *end == '\n'))
			end++;
		if (!end || *end)
			return newsdoc__error_set(NEWSDOC_EPARSE, "date '%.80s' does not match the format '%s'",
				text, format);
		if (!format_has(format, "HTRcsk"))
			snprintf(iso, sizeof(iso), "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
		else if (!format_has(format, "z"))
			snprintf(iso, sizeof(iso), "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900,
				tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
		else {
			long offset = tm.tm_gmtoff, minutes = (offset < 0 ? -offset : offset) / 60;
			snprintf(iso, sizeof(iso), "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld", tm.tm_year + 1900,
				tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
				offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
		}
	}
	return newsdoc__sb_puts(out, iso);
}
