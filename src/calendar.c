/*
 * calendar: civil dates and local days. Local times become instants
 * through the zone's UTC offset and the civil calendar (no mktime), so
 * a test zone can model any daylight-saving rule and the real zone
 * answers the same way.
 */
#include "calendar.h"

#include <ctype.h>
#include <string.h>

#include "i18n.h"

static int64_t
floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

/* Howard Hinnant's days_from_civil. */
int
cal_day_number(int y, int m, int d)
{
	int	era, yoe, doy, doe;

	y -= m <= 2;
	era = (int)floor_div(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_civil(int day, int *year, int *month, int *mday)
{
	int	z = day + 719468, era, doe, yoe, y, doy, mp, d, m;

	era = (int)floor_div(z, 146097);
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	*year = y + (m <= 2);
	*month = m;
	*mday = d;
}

int
cal_weekday(int day)
{
	/* 1970-01-01 was a Thursday. */
	return (int)((int64_t)day + 4 - floor_div((int64_t)day + 4, 7) * 7);
}

int
cal_monday(int day)
{
	return day - (cal_weekday(day) + 6) % 7;
}

int
cal_month_days(int y, int m)
{
	return cal_day_number(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) -
	    cal_day_number(y, m, 1);
}

void
cal_bucket(int64_t t, long off, int *day, int *minute)
{
	int64_t local = t + off, d = floor_div(local, CAL_DAY_S);

	*day = (int)d;
	if (minute != NULL)
		*minute = (int)((local - d * CAL_DAY_S) / 60);
}

int
cal_day(const struct cal_zone *z, time_t t, int *minute)
{
	int day;

	cal_bucket(t, z->utc_offset(z, t), &day, minute);
	return day;
}

/*
 * The first instant whose local time is at or after local second naive
 * (seconds since the epoch, read as local time). Offsets a day either
 * side bound the answer; both candidates valid is the autumn overlap
 * (the earlier wins), neither is the spring gap (search for its end).
 */
static time_t
local_to_instant(const struct cal_zone *z, int64_t naive)
{
	long	 oa = z->utc_offset(z, (time_t)(naive - CAL_DAY_S));
	long	 ob = z->utc_offset(z, (time_t)(naive + CAL_DAY_S));
	time_t	 ta = (time_t)(naive - oa), tb = (time_t)(naive - ob);
	time_t	 lo, hi, mid;
	int	 va, vb;

	va = (int64_t)ta + z->utc_offset(z, ta) == naive;
	vb = (int64_t)tb + z->utc_offset(z, tb) == naive;
	if (va && vb)
		return ta < tb ? ta : tb;
	if (va)
		return ta;
	if (vb)
		return tb;
	lo = ta < tb ? ta : tb;
	hi = ta < tb ? tb : ta;
	/* Invariant: local(lo) < naive <= local(hi). */
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if ((int64_t)mid + z->utc_offset(z, mid) >= naive)
			hi = mid;
		else
			lo = mid;
	}
	return hi;
}

time_t
cal_instant(const struct cal_zone *z, int day, int minute)
{
	return local_to_instant(z, (int64_t)day * CAL_DAY_S +
	    (int64_t)minute * 60);
}

int
cal_exists(const struct cal_zone *z, int day, int minute)
{
	int m, d = cal_day(z, cal_instant(z, day, minute), &m);

	return d == day && m == minute;
}

void
cal_day_bounds(const struct cal_zone *z, time_t t, time_t *from, time_t *to)
{
	int day = cal_day(z, t, NULL);

	*from = cal_instant(z, day, 0);
	*to = cal_instant(z, day + 1, 0);
}

void
cal_local_date(const struct cal_zone *z, time_t t, int *year, int *month,
    int *mday, int *minute, int *weekday)
{
	int day = cal_day(z, t, minute);

	cal_civil(day, year, month, mday);
	*weekday = cal_weekday(day);
}

static long
zone_local_offset(const struct cal_zone *z, time_t t)
{
	struct tm tm;

	(void)z;
	if (localtime_r(&t, &tm) == NULL)
		return 0;
	return tm.tm_gmtoff;
}

const struct cal_zone cal_zone_local = {
	.utc_offset = zone_local_offset,
	.arg = NULL,
};

int
cal_digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int
cal_parse_date(const char *s, int *day, const char **why)
{
	int y, m, d;

	if (cal_digits(s, 4, &y) != 0 || s[4] != '-' ||
	    cal_digits(s + 5, 2, &m) != 0 || s[7] != '-' ||
	    cal_digits(s + 8, 2, &d) != 0) {
		*why = _("not a date (expected YYYY-MM-DD)");
		return -1;
	}
	if (y < 1970 || m < 1 || m > 12 || d < 1 || d > cal_month_days(y, m)) {
		*why = _("no such date");
		return -1;
	}
	*day = cal_day_number(y, m, d);
	return 0;
}

int
cal_parse_hm(const char *s, int *hh, int *mm)
{
	if (cal_digits(s, 2, hh) != 0 || s[2] != ':' ||
	    cal_digits(s + 3, 2, mm) != 0)
		return -1;
	return *hh > 23 || *mm > 59 ? -1 : 0;
}

int
cal_parse_local(const struct cal_zone *z, const char *s, time_t now,
    time_t *out, const char **why)
{
	size_t	n = strlen(s);
	int	day, hh, mm;

	if (n == 5) {
		day = cal_day(z, now, NULL);
		if (cal_parse_hm(s, &hh, &mm) != 0) {
			*why = _("not a time (expected \"YYYY-MM-DD HH:MM\" "
			    "or HH:MM)");
			return -1;
		}
	} else if (n == 16 && (s[10] == ' ' || s[10] == 'T')) {
		if (cal_parse_date(s, &day, why) != 0)
			return -1;
		if (cal_parse_hm(s + 11, &hh, &mm) != 0) {
			*why = _("no such time of day (expected "
			    "00:00-23:59)");
			return -1;
		}
	} else {
		*why = _("not a time (expected \"YYYY-MM-DD HH:MM\" or "
		    "HH:MM)");
		return -1;
	}
	if (!cal_exists(z, day, hh * 60 + mm)) {
		*why = _("does not exist in local time (the clocks "
		    "changed)");
		return -1;
	}
	*out = cal_instant(z, day, hh * 60 + mm);
	return 0;
}
