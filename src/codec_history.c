/*
 * codec_history: the export format of the history (CSV and JSON, documented
 * columns) both ways: writing records out, and parsing an export back into
 * records with every bad row reported by line. Parsing works on a buffer
 * and touches no store, so it is unit-tested and fuzzed on its own; also
 * the date, time and note rules the diary commands share.
 *
 * Columns: type (session | cramp | drink | reminder), time (ISO 8601 local
 * time with its UTC offset; a session's start), end, routine, kind,
 * completed, steps_done, steps_total, part, duration_s, severity, note,
 * ml, action, id (the record's stable UUID, by which an import merges;
 * optional, as exports before it had none). Columns that do not apply to
 * a record are empty in CSV and absent in JSON ({"format":
 * "unclench-history", "version": 1, "records": [...]}). The id came
 * within version 1: an optional key, the others' meaning unchanged, so a
 * file from before ids still reads as it always did.
 */
#include "codec_history.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "format.h"
#include "i18n.h"
#include "routine.h"
#include "json_read.h"
#include "json_write.h"
#include "stats.h"
#include "util.h"

#define IMPORT_MAX_ERRORS	20

/* The columns, in export order (the documented export format). */
enum col {
	C_TYPE, C_TIME, C_END, C_ROUTINE, C_KIND, C_COMPLETED, C_STEPS_DONE,
	C_STEPS_TOTAL, C_PART, C_DURATION, C_SEVERITY, C_NOTE, C_ML, C_ACTION,
	C_ID, C_COUNT
};
/* id comes last so that the columns of older exports keep their places. */
static const char *const col_names[C_COUNT] = {
	"type", "time", "end", "routine", "kind", "completed", "steps_done",
	"steps_total", "part", "duration_s", "severity", "note", "ml", "action",
	"id"
};


/* ISO 8601 local time with its UTC offset: exact, and readable. */
static void
format_iso(char *buf, size_t len, time_t t)
{
	struct tm	tm;
	long		off;
	char		date[32];

	if (localtime_r(&t, &tm) == NULL) {
		gmtime_r(&t, &tm);
		tm.tm_gmtoff = 0;
	}
	strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
	off = tm.tm_gmtoff;
	if (off == 0) {
		snprintf(buf, len, "%sZ", date);
		return;
	}
	snprintf(buf, len, "%s%c%02ld:%02ld", date, off < 0 ? '-' : '+',
	    labs(off) / 3600, labs(off) % 3600 / 60);
}

/*
 * An exported time: YYYY-MM-DDTHH:MM:SS then Z, +HH:MM or +HHMM (a space
 * may stand for the T). The offset makes it exact in any time zone.
 */
static int
parse_iso(const char *s, time_t *out, const char **why)
{
	int	day, hh, mm, ss, oh = 0, om = 0, sign = 1;
	size_t	len = strlen(s);

	*why = N_("not a time (expected YYYY-MM-DDTHH:MM:SS+HH:MM)");
	if (len < 19 || (s[10] != 'T' && s[10] != ' '))
		return -1;
	if (cal_parse_date(s, &day, why) != 0)
		return -1;
	*why = N_("not a time (expected YYYY-MM-DDTHH:MM:SS+HH:MM)");
	if (cal_parse_hm(s + 11, &hh, &mm) != 0 || s[16] != ':' ||
	    cal_digits(s + 17, 2, &ss) != 0 || ss > 59)
		return -1;
	s += 19;
	if (strcmp(s, "Z") == 0)
		;
	else if ((s[0] == '+' || s[0] == '-') &&
	    ((strlen(s) == 6 && cal_digits(s + 1, 2, &oh) == 0 &&
	    s[3] == ':' && cal_digits(s + 4, 2, &om) == 0) ||
	    (strlen(s) == 5 && cal_digits(s + 1, 2, &oh) == 0 &&
	    cal_digits(s + 3, 2, &om) == 0))) {
		sign = s[0] == '-' ? -1 : 1;
		if (oh > 14 || om > 59) {
			*why = N_("UTC offset out of range");
			return -1;
		}
	} else {
		*why = N_("needs a UTC offset (Z or +HH:MM) after the seconds");
		return -1;
	}
	*out = (time_t)day * 86400 + hh * 3600 + mm * 60 + ss -
	    sign * (oh * 3600 + om * 60);
	return 0;
}

/* A note: at most HISTORY_NOTE_MAX bytes of UTF-8 text on one line. */
int
history_io_check_note(const char *s, const char **why)
{
	const unsigned char *p;

	if (strlen(s) > HISTORY_NOTE_MAX) {
		*why = _("too long (at most 500 bytes)");
		return -1;
	}
	if (!utf8_valid(s, strlen(s))) {
		*why = _("not valid UTF-8");
		return -1;
	}
	/* One line of plain text: no tab either, and no C1 control. */
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f) {
			*why = _("has a control character (one line of text)");
			return -1;
		}
	}
	if (text_control(s) >= 0) {
		*why = _("has a C1 control character (U+0080-U+009F; one line "
		    "of plain text)");
		return -1;
	}
	return 0;
}


/* The export's text fields of an item; empty when they do not apply. */
static void
item_fields(const struct history_item *it, char f[C_COUNT][600])
{
	int i;

	for (i = 0; i < C_COUNT; i++)
		f[i][0] = '\0';
	snprintf(f[C_TYPE], 600, "%s", history_type_name(it->type));
	format_iso(f[C_TIME], 600, it->at);
	snprintf(f[C_ID], 600, "%s", it->uid);
	switch (it->type) {
	case HREC_SESSION:
		format_iso(f[C_END], 600, it->end);
		snprintf(f[C_ROUTINE], 600, "%s", it->routine);
		snprintf(f[C_KIND], 600, "%s", it->kind);
		snprintf(f[C_COMPLETED], 600, "%d", it->completed ? 1 : 0);
		snprintf(f[C_STEPS_DONE], 600, "%d", it->steps_done);
		snprintf(f[C_STEPS_TOTAL], 600, "%d", it->steps_total);
		break;
	case HREC_CRAMP:
		snprintf(f[C_PART], 600, "%s", it->part);
		if (it->duration_s >= 0)
			snprintf(f[C_DURATION], 600, "%d", it->duration_s);
		if (it->severity > 0)
			snprintf(f[C_SEVERITY], 600, "%d", it->severity);
		if (it->has_note)
			snprintf(f[C_NOTE], 600, "%s", it->note);
		break;
	case HREC_DRINK:
		snprintf(f[C_ML], 600, "%ld", it->ml);
		break;
	case HREC_REMINDER:
		snprintf(f[C_KIND], 600, "%s", it->kind);
		snprintf(f[C_ACTION], 600, "%s", it->action);
		break;
	default:
		break;
	}
}

/*
 * Would a spreadsheet run this cell as a formula (OWASP, CSV injection)?
 * Also true past leading quotes, so that the quote the export adds in
 * front of such a cell is always the one the import takes off.
 */
static int
csv_formula(const char *s)
{
	s += strspn(s, "'");
	return *s != '\0' && strchr("=+-@\t\r", *s) != NULL;
}

static void
csv_field(FILE *f, const char *s)
{
	int formula = csv_formula(s);

	if (!formula && strpbrk(s, ",\"\r\n") == NULL && *s != ' ' &&
	    (*s == '\0' || s[strlen(s) - 1] != ' ')) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	if (formula)
		fputc('\'', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

void
history_export_begin(struct history_export *e)
{
	int i;

	e->n = 0;
	if (e->json) {
		fputs("{\"format\": \"unclench-history\", \"version\": 1, "
		    "\"records\": [", e->f);
		return;
	}
	for (i = 0; i < C_COUNT; i++)
		fprintf(e->f, "%s%s", i ? "," : "", col_names[i]);
	fputs("\r\n", e->f);
}

void
history_export_end(struct history_export *e)
{
	if (e->json)
		fputs("\n]}\n", e->f);
}

int
history_export_item(const struct history_item *it, void *arg)
{
	static char		 f[C_COUNT][600];
	struct history_export	*e = arg;
	int		 i, first = 1;

	item_fields(it, f);
	if (!e->json) {
		for (i = 0; i < C_COUNT; i++) {
			char *safe = e->tty ? text_escape(f[i]) : NULL;

			if (i > 0)
				fputc(',', e->f);
			csv_field(e->f, safe != NULL ? safe : f[i]);
			free(safe);
		}
		fputs("\r\n", e->f);
		e->n++;
		return 0;
	}
	fputs(e->n > 0 ? ",\n{" : "\n{", e->f);
	for (i = 0; i < C_COUNT; i++) {
		if (f[i][0] == '\0')
			continue;
		fprintf(e->f, "%s\"%s\": ", first ? "" : ", ", col_names[i]);
		first = 0;
		if (i == C_COMPLETED)
			fputs(it->completed ? "true" : "false", e->f);
		else if (i == C_STEPS_DONE || i == C_STEPS_TOTAL ||
		    i == C_DURATION || i == C_SEVERITY || i == C_ML)
			fputs(f[i], e->f);
		else
			json_write_string(e->f, f[i]);
	}
	fputc('}', e->f);
	e->n++;
	return ferror(e->f) ? -1 : 0;
}


/*
 * Import. Both formats come down to rows of named text fields (NULL:
 * absent), checked by one function, so the rules are the same.
 */
struct import {
	struct diag		*d;
	const char		*file;
	time_t			 now;
	int			(*fn)(const struct history_item *, void *);
	void			*arg;
	int			 stopped;	/* fn returned non-zero */
	size_t			 errors;
};

static void
import_error(struct import *im, int line, const char *fmt, ...)
    printflike(3, 4);

static void
import_error(struct import *im, int line, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;

	if (++im->errors > IMPORT_MAX_ERRORS)
		return;
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	diag_add(im->d, DIAG_ERROR, "%s:%d: %s", im->file, line, msg);
	free(msg);
}

/* An integer field in [min, max]; empty gives def. */
static int
field_int(struct import *im, int line, const char *const *f, enum col c,
    long min, long max, long def, int required, long *out)
{
	const char	*why;

	if (f[c] == NULL || *f[c] == '\0') {
		if (required) {
			import_error(im, line, _("%s: missing"), col_names[c]);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (parse_long(f[c], min, max, out, &why) != 0) {
		import_error(im, line, _("%s \"%s\": %s (expected %ld-%ld)"),
		    col_names[c], f[c], why, min, max);
		return -1;
	}
	return 0;
}

static int
field_time(struct import *im, int line, const char *const *f, enum col c,
    time_t *out)
{
	const char *why;

	if (f[c] == NULL || *f[c] == '\0') {
		import_error(im, line, _("%s: missing"), col_names[c]);
		return -1;
	}
	if (parse_iso(f[c], out, &why) != 0) {
		import_error(im, line, "%s \"%s\": %s", col_names[c], f[c],
		    _(why));
		return -1;
	}
	if (*out < 0 || *out > im->now + 86400) {
		import_error(im, line, _("%s \"%s\": in the future"),
		    col_names[c], f[c]);
		return -1;
	}
	return 0;
}

/* The record's id: none when empty, else a UUID. */
static int
field_uid(struct import *im, int line, const char *const *f,
    struct history_item *it)
{
	if (f[C_ID] == NULL || *f[C_ID] == '\0')
		return 0;
	if (history_uid_parse(f[C_ID], it->uid) != 0) {
		import_error(im, line, _("id \"%s\": not a record id (expected "
		    "a UUID, 8-4-4-4-12 hex digits)"), f[C_ID]);
		return -1;
	}
	return 0;
}

/* A short lower-case word ([a-z-], 1-15 bytes). */
static int
field_word(struct import *im, int line, const char *const *f, enum col c,
    char *dst, size_t len)
{
	const char *s = f[c];

	if (s == NULL || *s == '\0') {
		import_error(im, line, _("%s: missing"), col_names[c]);
		return -1;
	}
	if (strlen(s) >= len || strspn(s, "abcdefghijklmnopqrstuvwxyz-") !=
	    strlen(s)) {
		import_error(im, line, _("%s \"%s\": not a word of at most %zu "
		    "lower-case letters"), col_names[c], s, len - 1);
		return -1;
	}
	strlcpy_safe(dst, s, len);
	return 0;
}

/* A canonical part name, exactly as relief_parts[] spells it. */
static int
part_known(const char *s)
{
	size_t	i;

	for (i = 0; i < relief_nparts; i++)
		if (strcmp(s, relief_parts[i]) == 0)
			return 1;
	return 0;
}

/* A session's fields into it; -1 after saying what is wrong. */
static int
row_session(struct import *im, int line, const char *const *f,
    struct history_item *it)
{
	long	v;
	int	bad = 0;

	if (field_time(im, line, f, C_END, &it->end) != 0)
		return -1;
	if (it->end < it->at) {
		import_error(im, line, _("end: before the start"));
		return -1;
	}
	if (f[C_ROUTINE] == NULL || !name_is_safe(f[C_ROUTINE])) {
		import_error(im, line, _("routine \"%s\": not a routine "
		    "name"), f[C_ROUTINE] ? f[C_ROUTINE] : "");
		return -1;
	}
	strlcpy_safe(it->routine, f[C_ROUTINE], sizeof it->routine);
	if (f[C_KIND] == NULL || routine_kind_parse(f[C_KIND]) < 0) {
		import_error(im, line, _("kind \"%s\": unknown (expected "
		    "stretch, pmr, breathing or relief)"),
		    f[C_KIND] ? f[C_KIND] : "");
		return -1;
	}
	strlcpy_safe(it->kind, f[C_KIND], sizeof it->kind);
	if (f[C_COMPLETED] != NULL &&
	    (strcmp(f[C_COMPLETED], "true") == 0 ||
	    strcmp(f[C_COMPLETED], "false") == 0))
		it->completed = f[C_COMPLETED][0] == 't';
	else if (field_int(im, line, f, C_COMPLETED, 0, 1, 0, 1, &v)
	    != 0)
		return -1;
	else
		it->completed = (int)v;
	bad |= field_int(im, line, f, C_STEPS_DONE, 0,
	    ROUTINE_MAX_STEPS, 0, 1, &v);
	it->steps_done = (int)v;
	bad |= field_int(im, line, f, C_STEPS_TOTAL, 0,
	    ROUTINE_MAX_STEPS, 0, 1, &v);
	it->steps_total = (int)v;
	return bad ? -1 : 0;
}

/* A cramp's fields into it; -1 after saying what is wrong. */
static int
row_cramp(struct import *im, int line, const char *const *f,
    struct history_item *it)
{
	const char	*why;
	char		 parts[128];
	long		 v;
	int		 bad = 0;

	if (f[C_PART] == NULL || !part_known(f[C_PART])) {
		format_parts(parts, sizeof parts);
		import_error(im, line, _("part \"%s\": unknown (expected %s)"),
		    f[C_PART] ? f[C_PART] : "", parts);
		return -1;
	}
	strlcpy_safe(it->part, f[C_PART], sizeof it->part);
	bad |= field_int(im, line, f, C_DURATION, 0, 86400, -1, 0, &v);
	it->duration_s = (int)v;
	bad |= field_int(im, line, f, C_SEVERITY, 1, 10, 0, 0, &v);
	it->severity = (int)v;
	if (bad)
		return -1;
	if (f[C_NOTE] != NULL && *f[C_NOTE] != '\0') {
		if (history_io_check_note(f[C_NOTE], &why) != 0) {
			import_error(im, line, _("note: %s"), why);
			return -1;
		}
		it->has_note = 1;
		strlcpy_safe(it->note, f[C_NOTE], sizeof it->note);
	}
	return 0;
}

/* Check one row and append it; errors are reported and counted. */
static void
import_row(struct import *im, int line, const char *const *f)
{
	static const int applies[HREC_COUNT][C_COUNT] = {
		[HREC_SESSION] = { [C_END] = 1, [C_ROUTINE] = 1, [C_KIND] = 1,
		    [C_COMPLETED] = 1, [C_STEPS_DONE] = 1,
		    [C_STEPS_TOTAL] = 1 },
		[HREC_CRAMP] = { [C_PART] = 1, [C_DURATION] = 1,
		    [C_SEVERITY] = 1, [C_NOTE] = 1 },
		[HREC_DRINK] = { [C_ML] = 1 },
		[HREC_REMINDER] = { [C_KIND] = 1, [C_ACTION] = 1 },
	};
	struct history_item	 it;
	long			 v;
	int			 type, c;

	memset(&it, 0, sizeof it);
	if (f[C_TYPE] == NULL || *f[C_TYPE] == '\0') {
		import_error(im, line, _("type: missing"));
		return;
	}
	if ((type = history_type_parse(f[C_TYPE])) < 0) {
		import_error(im, line, _("type \"%s\": unknown (expected "
		    "session, cramp, drink or reminder)"), f[C_TYPE]);
		return;
	}
	it.type = (enum history_type)type;
	/* id (last) applies to every type. */
	for (c = C_TIME + 1; c < C_ID; c++) {
		if (!applies[type][c] && f[c] != NULL && *f[c] != '\0') {
			import_error(im, line, _("%s: does not apply to a %s"),
			    col_names[c], f[C_TYPE]);
			return;
		}
	}
	if (field_time(im, line, f, C_TIME, &it.at) != 0 ||
	    field_uid(im, line, f, &it) != 0)
		return;
	switch (it.type) {
	case HREC_SESSION:
		if (row_session(im, line, f, &it) != 0)
			return;
		break;
	case HREC_CRAMP:
		if (row_cramp(im, line, f, &it) != 0)
			return;
		break;
	case HREC_DRINK:
		if (field_int(im, line, f, C_ML, 1, HISTORY_DRINK_MAX_ML, 0, 1,
		    &v) != 0)
			return;
		it.ml = v;
		break;
	case HREC_REMINDER:
		if (field_word(im, line, f, C_KIND, it.kind, sizeof it.kind)
		    != 0 || field_word(im, line, f, C_ACTION, it.action,
		    sizeof it.action) != 0)
			return;
		break;
	default:
		return;
	}
	/* Once anything is wrong nothing is imported: stop handing out. */
	if (im->errors == 0 && im->fn != NULL && !im->stopped &&
	    im->fn(&it, im->arg) != 0)
		im->stopped = 1;
}

/* One CSV record from one line (RFC 4180 quoting, no line breaks). */
static int
csv_split(char *line, char **fields, int max, int *n, const char **why)
{
	char	*r = line, *w = line;
	int	 k = 0, quoted, last;

	for (;;) {
		if (k == max) {
			*why = _("too many fields");
			return -1;
		}
		fields[k++] = w;
		if ((quoted = *r == '"')) {
			r++;
			for (;;) {
				if (*r == '\0') {
					*why = _("a quoted field does not end "
					    "on its line");
					return -1;
				}
				if (*r == '"' && r[1] == '"') {
					*w++ = '"';
					r += 2;
				} else if (*r == '"') {
					r++;
					break;
				} else
					*w++ = *r++;
			}
			if (*r != ',' && *r != '\0') {
				*why = _("text after a closing quote");
				return -1;
			}
		} else {
			while (*r != ',' && *r != '\0') {
				if (*r == '"') {
					*why = _("a quote inside an unquoted "
					    "field");
					return -1;
				}
				*w++ = *r++;
			}
		}
		last = *r == '\0';
		*w++ = '\0';
		/* The export's guard against spreadsheet formulas. */
		if (quoted && *fields[k - 1] == '\'' &&
		    csv_formula(fields[k - 1]))
			fields[k - 1]++;
		if (last)
			break;
		r++;
	}
	*n = k;
	return 0;
}

/* A copy of the line at s (len bytes) in *buf, grown as needed. */
static char *
line_copy(char **buf, size_t *cap, const char *s, size_t len)
{
	if (len + 1 > *cap) {
		while (len + 1 > *cap)
			*cap = *cap ? *cap * 2 : 256;
		*buf = xreallocarray(*buf, *cap, 1);
	}
	memcpy(*buf, s, len);
	(*buf)[len] = '\0';
	return *buf;
}

/*
 * The header names the columns, in any order, each once (so there are
 * never more than C_COUNT), and has type and time. 0 with map, or -1.
 */
static int
csv_header(struct import *im, int lineno, char **fields, int n, int *map)
{
	int seen[C_COUNT] = { 0 }, i, c;

	for (i = 0; i < n; i++) {
		for (c = 0; c < C_COUNT; c++)
			if (!strcmp(fields[i], col_names[c]))
				break;
		if (c == C_COUNT) {
			import_error(im, lineno, _("unknown column \"%s\""),
			    fields[i]);
			return -1;
		}
		if (seen[c]++) {
			import_error(im, lineno,
			    _("column \"%s\" appears twice"),
			    fields[i]);
			return -1;
		}
		map[i] = c;
	}
	for (c = C_TYPE; c <= C_TIME; c++) {
		if (!seen[c]) {
			import_error(im, lineno, _("no \"%s\" column"),
			    col_names[c]);
			return -1;
		}
	}
	return 0;
}

static int
import_csv(struct import *im, const char *buf)
{
	char		*line, *fields[C_COUNT + 1], *copy = NULL;
	const char	*row[C_COUNT], *why, *p, *next;
	size_t		 cap = 0;
	int		 map[C_COUNT], lineno = 0, n, ncols = 0, i, c, r = 0;

	for (p = buf; p != NULL && !im->stopped; p = next) {
		/*
		 * A line ends in LF, CRLF (RFC 4180), CR alone (old Mac
		 * tools) or CR CR LF (a CRLF file written again in text
		 * mode on Windows): a CR is never part of a field.
		 */
		next = p + strcspn(p, "\r\n");
		line = line_copy(&copy, &cap, p, (size_t)(next - p));
		if (*next == '\0')
			next = NULL;
		else {
			while (*next == '\r')
				next++;
			if (*next == '\n')
				next++;
		}
		lineno++;
		if (*line == '\0')
			continue;
		if (csv_split(line, fields, C_COUNT + 1, &n, &why) != 0) {
			import_error(im, lineno, "%s", why);
			if (ncols == 0)
				break;
			continue;
		}
		if (ncols == 0) {
			if (csv_header(im, lineno, fields, n, map) != 0)
				break;
			ncols = n;
			continue;
		}
		if (n != ncols) {
			import_error(im, lineno, _("%d fields, but the header "
			    "has %d"), n, ncols);
			continue;
		}
		for (c = 0; c < C_COUNT; c++)
			row[c] = NULL;
		for (i = 0; i < n; i++)
			row[map[i]] = fields[i];
		import_row(im, lineno, row);
	}
	free(copy);
	if (ncols == 0) {
		if (im->errors == 0)
			import_error(im, lineno ? lineno : 1,
			    _("no header line"));
		r = -1;
	}
	return im->stopped ? -1 : r;
}

/*
 * A value of a record or of the header: a scalar (null gives NULL), with
 * this format's word for a nested one.
 */
static int
record_value(struct json_read *j, char **out)
{
	if (json_read_scalar(j, out) == 0)
		return 0;
	if (j->why == json_read_nested)
		j->why = N_("a record's values must be strings, numbers, true, "
		    "false or null");
	return -1;
}

/* One record object: its keys map onto the columns. */
static int
json_record(struct json_read *j, struct import *im)
{
	char	*key, *val, *row[C_COUNT] = { 0 };
	int	 line, c, r = -1, bad = 0;

	json_read_ws(j);
	line = j->line;
	if (json_read_expect(j, '{', N_("expected a record ({...})")) != 0)
		return -1;
	json_read_ws(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
		import_error(im, line, _("an empty record"));
		return 0;
	}
	for (;;) {
		json_read_ws(j);
		if ((key = json_read_string(j)) == NULL)
			goto out;
		if (json_read_expect(j, ':', N_("expected ':' after a key")) !=
		    0) {
			free(key);
			goto out;
		}
		json_read_ws(j);
		if (record_value(j, &val) != 0) {
			free(key);
			goto out;
		}
		for (c = 0; c < C_COUNT; c++)
			if (strcmp(key, col_names[c]) == 0)
				break;
		if (c == C_COUNT) {
			if (!bad)
				import_error(im, line, _("unknown key \"%s\""),
				    key);
			bad = 1;
			free(val);
		} else if (row[c] != NULL) {
			if (!bad)
				import_error(im, line, _("\"%s\" given twice"),
				    key);
			bad = 1;
			free(val);
		} else
			row[c] = val != NULL ? val : xstrdup("");
		free(key);
		json_read_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (json_read_expect(j, '}',
		    N_("expected ',' or '}' in a record")) != 0)
			goto out;
		break;
	}
	if (!bad)
		import_row(im, line, (const char *const *)row);
	r = 0;
out:
	for (c = 0; c < C_COUNT; c++)
		free(row[c]);
	return r;
}

static int
json_records(struct json_read *j, struct import *im)
{
	if (json_read_expect(j, '[',
	    N_("expected the records array ([...])")) != 0)
		return -1;
	json_read_ws(j);
	if (j->p < j->end && *j->p == ']') {
		j->p++;
		return 0;
	}
	for (;;) {
		if (json_record(j, im) != 0 || im->stopped)
			return -1;
		json_read_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		return json_read_expect(j, ']',
		    N_("expected ',' or ']' between records"));
	}
}

/* "format" and "version" beside the records: they must be ours. */
static int
json_header(struct json_read *j, struct import *im, const char *key)
{
	char	*val;
	int	 ok;

	if (record_value(j, &val) != 0)
		return -1;
	if (strcmp(key, "format") == 0) {
		ok = val != NULL && strcmp(val, "unclench-history") == 0;
		if (!ok)
			import_error(im, j->line, _("format \"%s\": not an "
			    "unclench history export"), val ? val : "null");
	} else {
		ok = val != NULL && strcmp(val, "1") == 0;
		if (!ok)
			import_error(im, j->line, _("version %s: this unclench "
			    "reads version 1"), val ? val : "null");
	}
	free(val);
	return ok ? 0 : 1;
}

static int
import_json(struct import *im, const char *buf, size_t len)
{
	struct json_read	 j = { buf, buf + len, 1, NULL };
	char		*key;
	int		 have = 0, r;

	json_read_ws(&j);
	if (j.p < j.end && *j.p == '[') {
		if (json_records(&j, im) != 0)
			goto syntax;
		goto end;
	}
	if (json_read_expect(&j, '{', N_("expected '{' or '['")) != 0)
		goto syntax;
	for (;;) {
		json_read_ws(&j);
		if ((key = json_read_string(&j)) == NULL)
			goto syntax;
		if (json_read_expect(&j, ':', N_("expected ':' after a key")) !=
		    0) {
			free(key);
			goto syntax;
		}
		json_read_ws(&j);
		if (strcmp(key, "records") == 0) {
			r = json_records(&j, im);
			have = 1;
		} else if (strcmp(key, "format") == 0 ||
		    strcmp(key, "version") == 0)
			r = json_header(&j, im, key);
		else {
			import_error(im, j.line, _("unknown key \"%s\""), key);
			r = 1;
		}
		free(key);
		if (r < 0)
			goto syntax;
		if (r > 0)
			return -1;
		json_read_ws(&j);
		if (j.p < j.end && *j.p == ',') {
			j.p++;
			continue;
		}
		if (json_read_expect(&j, '}', N_("expected ',' or '}'")) != 0)
			goto syntax;
		break;
	}
	if (!have) {
		import_error(im, j.line, _("no \"records\" array"));
		return -1;
	}
end:
	json_read_ws(&j);
	if (j.p != j.end) {
		j.why = N_("text after the end of the JSON");
		goto syntax;
	}
	return 0;
syntax:
	if (!im->stopped)
		import_error(im, j.line, "%s", j.why ? _(j.why) :
		    _("bad JSON"));
	return -1;
}


int
history_import_parse(const char *file, const char *text, size_t len,
    time_t now, int (*fn)(const struct history_item *, void *), void *arg,
    size_t *problems, struct diag *d)
{
	struct import	 im = { 0 };
	const char	*peek;
	int		 r;

	im.d = d;
	im.file = file;
	im.now = now;
	im.fn = fn;
	im.arg = arg;
	if (memchr(text, '\0', len) != NULL || !utf8_valid(text, len)) {
		diag_add(d, DIAG_ERROR, _("%s: not a text file in UTF-8 (an "
		    "export is CSV or JSON)"), file);
		*problems = 1;
		return -1;
	}
	/* Past a byte order mark and blank space, { or [ means JSON. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
	}
	for (peek = text; isspace((unsigned char)*peek); peek++)
		continue;
	r = (*peek == '{' || *peek == '[') ? import_json(&im, text, len) :
	    import_csv(&im, text);
	*problems = im.errors;
	if (im.stopped) {
		*problems = 0;
		return -1;
	}
	if (r != 0 || im.errors > 0) {
		if (im.errors > IMPORT_MAX_ERRORS)
			diag_add(d, DIAG_ERROR, NG_("... and %zu more",
			    "... and %zu more", im.errors - IMPORT_MAX_ERRORS),
			    im.errors - IMPORT_MAX_ERRORS);
		if (*problems == 0)
			*problems = 1;
		return -1;
	}
	return 0;
}
