/*
 * format: durations, volumes, weekdays, kinds and the body-part list,
 * written one way for every surface, so a notification and the CLI say
 * the same thing for the same value.
 */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* Shown through _(); the keys below are the settings' words, never. */
static const char *const weekdays[] = {
	/*
	 * TRANSLATORS: short weekday names; start each with an ASCII
	 * letter (the history's water chart shows the first byte alone).
	 */
	N_("Sun"), N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"),
	N_("Sat")
};
static const char *const weekday_keys[] = {
	"sun", "mon", "tue", "wed", "thu", "fri", "sat"
};

void
format_volume(char *buf, size_t len, long ml, enum volume_unit u)
{
	double oz = ml / ML_PER_OZ;

	/* TRANSLATORS: keep the space after the number (status.c cuts there). */
	if (u != UNIT_OZ)
		snprintf(buf, len, _("%ld ml"), ml);
	else if (fabs(oz - floor(oz + 0.5)) < 0.05)
		snprintf(buf, len, _("%.0f oz"), oz);
	else
		snprintf(buf, len, _("%.1f oz"), oz);
}

void
format_duration(char *buf, size_t len, int64_t s)
{
	int64_t m = (s + 30) / 60;	/* round first, so 3590 s is 1 h */

	if (s < 60)
		snprintf(buf, len, _("%lld s"), (long long)s);
	else if (m < 60)
		snprintf(buf, len, _("%lld min"), (long long)m);
	else if (m % 60 == 0)
		snprintf(buf, len, _("%lld h"), (long long)(m / 60));
	else
		snprintf(buf, len, _("%lld h %lld min"), (long long)(m / 60),
		    (long long)(m % 60));
}

const char *
format_weekday(int wday)
{
	return wday >= 0 && wday < 7 ? _(weekdays[wday]) : "?";
}

const char *
format_weekday_key(int wday)
{
	return wday >= 0 && wday < 7 ? weekday_keys[wday] : "?";
}

void
format_days(char *buf, size_t len, unsigned bits)
{
	size_t	i, n = 0;

	if ((bits & 0x7f) == 0x7f) {
		snprintf(buf, len, "daily");
		return;
	}
	if (len > 0)
		buf[0] = '\0';
	for (i = 1; i <= 7; i++) {	/* Monday first */
		if (!(bits & (1u << (i % 7))))
			continue;
		n += (size_t)snprintf(buf + n, n < len ? len - n : 0, "%s%s",
		    n ? "," : "", weekday_keys[i % 7]);
		if (n >= len)
			break;
	}
}

const char *
format_kind_command(enum routine_kind k)
{
	switch (k) {
	case KIND_PMR:		return "relax";
	case KIND_BREATHING:	return "breathe";
	case KIND_RELIEF:	return "now";
	default:		return "stretch";
	}
}

void
format_parts(char *buf, size_t len)
{
	size_t	i, n = 0;

	if (len > 0)
		buf[0] = '\0';
	for (i = 0; i < relief_nparts && n < len; i++)
		n += (size_t)snprintf(buf + n, len - n, "%s%s",
		    i == 0 ? "" : i + 1 == relief_nparts ? _(" or ") : ", ",
		    relief_parts[i]);
}

void
format_when(char *buf, size_t len, const struct cal_zone *z, time_t t,
    time_t now, int seconds)
{
	int	y, mo, d, minute, wd;
	long	sec = (long)(((int64_t)t + z->utc_offset(z, t)) % 60);
	char	hm[64];

	if (sec < 0)
		sec += 60;
	cal_local_date(z, t, &y, &mo, &d, &minute, &wd);
	if (seconds)
		snprintf(hm, sizeof hm, "%02d:%02d:%02ld", minute / 60,
		    minute % 60, sec);
	else
		snprintf(hm, sizeof hm, "%02d:%02d", minute / 60, minute % 60);
	/* Not today: with the date, or a week ahead reads as today. */
	if (cal_day(z, t, NULL) == cal_day(z, now, NULL))
		snprintf(buf, len, "%s", hm);
	else
		snprintf(buf, len, "%s %04d-%02d-%02d %s", format_weekday(wd),
		    y, mo, d, hm);
}
