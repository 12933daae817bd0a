/*
 * status: the record's file is line-based, one key a line, framed by a
 * magic first line and an "end" line so that a short or mixed read is
 * told from a whole one. Renderings share one builder of the parts
 * (water, next, due) so the formats never disagree.
 */
#include "status.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"

#define MAGIC	"unclench-status 1\n"

/* A bounded string builder: what does not fit is dropped whole. */
struct sbuf {
	char	*p;
	size_t	 len, n;
};

static void	 sb_printf(struct sbuf *, const char *, ...) printflike(2, 3);

static void
sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list	ap;
	int	r;

	if (b->n >= b->len)
		return;
	va_start(ap, fmt);
	r = vsnprintf(b->p + b->n, b->len - b->n, fmt, ap);
	va_end(ap);
	if (r < 0 || (size_t)r >= b->len - b->n)
		b->p[b->n] = '\0';	/* did not fit: undo */
	else
		b->n += (size_t)r;
}

void
status_set_name(char *dst, const char *src)
{
	size_t i, cut = 0;

	for (i = 0; src[i] != '\0' && i < STATUS_NAME_MAX; i++) {
		unsigned char c = (unsigned char)src[i];

		dst[i] = c < 0x20 || c == 0x7f ? '?' : (char)c;
		if ((c & 0xc0) != 0x80)
			cut = i;	/* a character starts here */
	}
	/* Cut before a character that may not have ended. */
	if (src[i] != '\0' && ((unsigned char)src[i] & 0xc0) == 0x80)
		i = cut;
	dst[i] = '\0';
}

static const char *
kind_word(enum status_kind k)
{
	return k == STATUS_HYDRATION ? "hydration" : k == STATUS_SESSION ?
	    "session" : "none";
}

size_t
status_serialise(const struct status_rec *r, char *buf, size_t len)
{
	struct sbuf b = { buf, len, 0 };

	buf[0] = '\0';
	sb_printf(&b, MAGIC "seq=%lu\npid=%ld\nhydration=%d\nwater_ml=%ld\n"
	    "goal_ml=%ld\nunits=%s\n", r->seq, r->pid, r->hydration,
	    r->water_ml, r->goal_ml, r->units == UNIT_OZ ? "oz" : "ml");
	sb_printf(&b, "next_kind=%s\nnext=%s\nnext_at=%lld\n",
	    kind_word(r->next_kind), r->next, (long long)r->next_at);
	sb_printf(&b, "due_kind=%s\ndue=%s\npaused_until=%lld\n"
	    "presence=%s\n", kind_word(r->due_kind), r->due,
	    (long long)r->paused_until, r->presence);
	sb_printf(&b, "fg_water=%d\nfg_next=%d\nfg_due=%d\nend\n",
	    r->fg_water, r->fg_next, r->fg_due);
	return b.n;
}

static int
parse_num(const char *v, long long min, long long max, long long *out)
{
	char		*end;
	long long	 x;

	if (*v == '\0')
		return -1;
	x = strtoll(v, &end, 10);
	if (*end != '\0' || x < min || x > max)
		return -1;
	*out = x;
	return 0;
}

static int
parse_kind(const char *v, enum status_kind *k)
{
	if (strcmp(v, "none") == 0)
		*k = STATUS_NONE;
	else if (strcmp(v, "hydration") == 0)
		*k = STATUS_HYDRATION;
	else if (strcmp(v, "session") == 0)
		*k = STATUS_SESSION;
	else
		return -1;
	return 0;
}

static int
parse_str(const char *v, char *dst, size_t size)
{
	size_t i;

	for (i = 0; v[i] != '\0'; i++)
		if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
			return -1;
	if (i >= size)
		return -1;
	memcpy(dst, v, i + 1);
	return 0;
}

/* One "key=value" line into r; bit is the key's place, for "seen". */
static int
parse_line(char *line, struct status_rec *r, unsigned *seen)
{
	static const char *const keys[] = { "seq", "pid", "hydration",
	    "water_ml", "goal_ml", "units", "next_kind", "next", "next_at",
	    "due_kind", "due", "paused_until", "presence", "fg_water",
	    "fg_next", "fg_due" };
	char		*v = strchr(line, '=');
	long long	 x = 0;
	size_t		 k;
	int		 bad = 0;

	if (v == NULL)
		return -1;
	*v++ = '\0';
	for (k = 0; k < nitems(keys); k++)
		if (strcmp(line, keys[k]) == 0)
			break;
	if (k == nitems(keys) || (*seen & (1u << k)))
		return -1;
	*seen |= 1u << k;
	switch (k) {
	case 5:
		if (strcmp(v, "ml") != 0 && strcmp(v, "oz") != 0)
			return -1;
		r->units = v[0] == 'o' ? UNIT_OZ : UNIT_ML;
		return 0;
	case 6:
		return parse_kind(v, &r->next_kind);
	case 7:
		return parse_str(v, r->next, sizeof r->next);
	case 9:
		return parse_kind(v, &r->due_kind);
	case 10:
		return parse_str(v, r->due, sizeof r->due);
	case 12:
		return parse_str(v, r->presence, sizeof r->presence);
	case 13: case 14: case 15:
		bad = parse_num(v, -1, 255, &x);
		break;
	default:
		bad = parse_num(v, k == 3 ? -1 : 0, (long long)1 << 62, &x);
		break;
	}
	if (bad)
		return -1;
	switch (k) {
	case 0: r->seq = (unsigned long)x; break;
	case 1: r->pid = (long)x; break;
	case 2: r->hydration = x != 0; break;
	case 3: r->water_ml = (long)x; break;
	case 4: r->goal_ml = (long)x; break;
	case 8: r->next_at = (time_t)x; break;
	case 11: r->paused_until = (time_t)x; break;
	case 13: r->fg_water = (int)x; break;
	case 14: r->fg_next = (int)x; break;
	default: r->fg_due = (int)x; break;
	}
	return 0;
}

int
status_parse(const char *buf, size_t n, struct status_rec *out,
    const char **why)
{
	struct status_rec	 r;
	char			 copy[STATUS_FILE_MAX + 1], *line, *nl;
	unsigned		 seen = 0;
	int			 ended = 0;

	*why = _("not a status file");
	if (n > STATUS_FILE_MAX || n < sizeof MAGIC - 1 ||
	    memcmp(buf, MAGIC, sizeof MAGIC - 1) != 0)
		return -1;
	memcpy(copy, buf, n);
	copy[n] = '\0';
	if (strlen(copy) != n)
		return -1;
	memset(&r, 0, sizeof r);
	*why = _("torn or damaged");
	for (line = copy + sizeof MAGIC - 1; *line != '\0'; line = nl + 1) {
		if (ended || (nl = strchr(line, '\n')) == NULL)
			return -1;	/* bytes after "end", or no newline */
		*nl = '\0';
		if (strcmp(line, "end") == 0)
			ended = 1;
		else if (parse_line(line, &r, &seen) != 0)
			return -1;
	}
	if (!ended || seen != 0xffffu)
		return -1;
	*out = r;
	return 0;
}

int
status_format_parse(const char *s, enum status_format *f)
{
	static const char *const names[] = { "text", "tmux", "prompt",
	    "json", "waybar" };
	size_t i;

	for (i = 0; i < nitems(names); i++)
		if (strcmp(s, names[i]) == 0) {
			*f = (enum status_format)i;
			return 0;
		}
	return -1;
}

/* The three parts every format shows, as plain text. */
struct parts {
	char	water[80];
	char	next[STATUS_NAME_MAX + 96];
	char	due[STATUS_NAME_MAX + 32];
};

static void
make_parts(const struct status_rec *r, const struct cal_zone *z,
    time_t now, int utf8, struct parts *p)
{
	char	a[32], b[32], when[48];
	size_t	sp;

	memset(p, 0, sizeof *p);
	if (r->hydration && r->water_ml >= 0) {
		format_volume(a, sizeof a, r->water_ml, r->units);
		format_volume(b, sizeof b, r->goal_ml, r->units);
		sp = strcspn(a, " ");	/* "1250 ml" -> "1250" */
		a[sp] = '\0';
		/* TRANSLATORS: a status bar's part: drunk/goal, short. */
		snprintf(p->water, sizeof p->water, _("water %s/%s"), a, b);
	}
	if (r->paused_until > now) {
		format_when(when, sizeof when, z, r->paused_until, now, 0);
		snprintf(p->next, sizeof p->next, _("paused until %s"), when);
	} else if (r->next_kind != STATUS_NONE) {
		format_when(when, sizeof when, z, r->next_at, now, 0);
		/* TRANSLATORS: "water" or a session's name, then a time. */
		snprintf(p->next, sizeof p->next, _("next: %s %s"),
		    r->next_kind == STATUS_HYDRATION ? _("water") : r->next,
		    when);
	}
	if (r->due_kind == STATUS_HYDRATION)
		snprintf(p->due, sizeof p->due, utf8 ? "\xf0\x9f\x92\xa7 %s" :
		    "%s", utf8 ? _("due") : _("water due"));
	else if (r->due_kind == STATUS_SESSION) {
		snprintf(p->due, sizeof p->due, "%s", utf8 ? "\xe2\x8f\xb0 " :
		    "");
		/* TRANSLATORS: a session's name, due now. */
		snprintf(p->due + strlen(p->due), sizeof p->due -
		    strlen(p->due), _("%s due"), r->due);
	}
}

/* s into b, with tmux's '#' doubled (it starts a format). */
static void
tmux_put(struct sbuf *b, const char *s, int fg)
{
	if (fg >= 0)
		sb_printf(b, "#[fg=colour%d]", fg);
	for (; *s != '\0'; s++)
		sb_printf(b, "%s", *s == '#' ? "##" : (char[2]){ *s, '\0' });
	if (fg >= 0)
		sb_printf(b, "#[default]");
}

static void
json_str(struct sbuf *b, const char *s)
{
	sb_printf(b, "\"");
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			sb_printf(b, "\\%c", c);
		else if (c == '\n')
			sb_printf(b, "\\n");
		else if (c < 0x20 || c == 0x7f)
			sb_printf(b, "\\u%04x", c);
		else
			sb_printf(b, "%c", c);
	}
	sb_printf(b, "\"");
}

/* The parts joined by the separator, skipping the empty ones. */
static void
join(struct sbuf *b, const struct parts *p, const struct status_rec *r,
    int utf8, int tmux)
{
	const char	*part[3] = { p->water, p->next, p->due };
	const int	 fg[3] = { r->fg_water, r->fg_next, r->fg_due };
	const char	*sep = utf8 ? " \xc2\xb7 " : " | ";
	size_t		 i;
	int		 first = 1;

	for (i = 0; i < 3; i++) {
		if (part[i][0] == '\0')
			continue;
		if (!first)
			sb_printf(b, "%s", sep);
		first = 0;
		if (tmux)
			tmux_put(b, part[i], fg[i]);
		else
			sb_printf(b, "%s", part[i]);
	}
}

static void
render_json(struct sbuf *b, const struct status_rec *r, const char *text)
{
	sb_printf(b, "{\"text\":");
	json_str(b, text);
	sb_printf(b, ",\"water_ml\":%ld,\"goal_ml\":%ld,\"next_kind\":\"%s\","
	    "\"next\":", r->hydration ? r->water_ml : -1, r->goal_ml,
	    kind_word(r->next_kind));
	json_str(b, r->next_kind == STATUS_HYDRATION ? "water" : r->next);
	sb_printf(b, ",\"next_at\":%lld,\"due_kind\":\"%s\",\"due\":",
	    (long long)r->next_at, kind_word(r->due_kind));
	json_str(b, r->due_kind == STATUS_HYDRATION ? "water" : r->due);
	sb_printf(b, ",\"paused_until\":%lld,\"presence\":",
	    (long long)r->paused_until);
	json_str(b, r->presence);
	sb_printf(b, "}");
}

static void
render_waybar(struct sbuf *b, const struct status_rec *r,
    const struct parts *p, const char *text, time_t now)
{
	char	tip[STATUS_LINE_MAX];
	long	pct = 0;

	/*
	 * The parser takes up to 2^62 ml: past LONG_MAX / 100 (a file not
	 * the daemon's) water * 100 overflows, so the ratio is taken first.
	 */
	if (r->hydration && r->water_ml >= 0 && r->goal_ml > 0)
		pct = r->water_ml >= r->goal_ml ? 100 :
		    r->water_ml <= LONG_MAX / 100 ?
		    r->water_ml * 100 / r->goal_ml :
		    (long)((double)r->water_ml / (double)r->goal_ml * 100);
	snprintf(tip, sizeof tip, "%s%s%s%s%s", p->water, p->water[0] &&
	    p->next[0] ? "\n" : "", p->next, (p->water[0] || p->next[0]) &&
	    p->due[0] ? "\n" : "", p->due);
	sb_printf(b, "{\"text\":");
	json_str(b, text);
	sb_printf(b, ",\"tooltip\":");
	json_str(b, tip);
	sb_printf(b, ",\"class\":\"%s\",\"percentage\":%ld}",
	    r->due_kind != STATUS_NONE ? "due" : r->paused_until > now ?
	    "paused" : "idle", pct);
}

void
status_render(const struct status_rec *r, enum status_format fmt,
    const struct cal_zone *z, time_t now, int utf8, char *out, size_t len)
{
	struct sbuf	 b = { out, len, 0 };
	struct parts	 p;
	char		 text[STATUS_LINE_MAX];
	struct sbuf	 tb = { text, sizeof text, 0 };

	out[0] = text[0] = '\0';
	make_parts(r, z, now, utf8, &p);
	join(&tb, &p, r, utf8, 0);
	switch (fmt) {
	case STATUS_TEXT:
		sb_printf(&b, "%s", text);
		break;
	case STATUS_TMUX:
		join(&b, &p, r, utf8, 1);
		break;
	case STATUS_PROMPT:
		sb_printf(&b, "%s", p.due);
		break;
	case STATUS_JSON:
		render_json(&b, r, text);
		break;
	case STATUS_WAYBAR:
		render_waybar(&b, r, &p, text, now);
		break;
	}
}
