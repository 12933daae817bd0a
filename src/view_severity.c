/*
 * view_severity: one key per answer and Enter skips, because the person
 * has just been in pain. The episode is recorded exactly once, when the
 * questions end (answered, skipped or left by a signal).
 */
#include "view_severity.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files_parts.h"
#include "i18n.h"
#include "view_summary.h"
#include "widgets.h"

enum stage { ASK_SEVERITY, ASK_TRIGGER, DONE };

struct severity {
	char		 part[16];
	time_t		 start;
	int		 duration_s;
	enum stage	 stage;
	int		 severity;	/* 0: not given */
	int		 trigger;	/* -1: not given */
	int		 recorded;
	int		 failed;	/* recorded, and not saved */
	char		 saved[256];
};

static void
record(struct app *a, struct severity *s)
{
	char note[96];

	if (s->recorded)
		return;
	s->recorded = 1;
	if (s->trigger >= 0)
		snprintf(note, sizeof note, "trigger: %s",
		    cramp_triggers[s->trigger]);
	s->failed = view_summary_record_cramp(a, s->part, s->start,
	    s->duration_s, s->severity, s->trigger >= 0 ? note : NULL,
	    s->saved, sizeof s->saved) != 0;
}

static int
severity_key(struct app *a, void *v, int ch)
{
	struct severity	*s = v;
	int		 enter = ch == '\n' || ch == '\r' || ch == KEY_ENTER;

	switch (s->stage) {
	case ASK_SEVERITY:
		if (ch >= '1' && ch <= '9')
			s->severity = ch - '0';
		else if (ch == '0')
			s->severity = 10;
		else if (ch == 'q' || ch == 27) {
			record(a, s);
			s->stage = DONE;
			return R_REDRAW;
		} else if (!enter)
			return R_NONE;
		s->stage = ASK_TRIGGER;
		return R_REDRAW;
	case ASK_TRIGGER:
		if (ch >= '1' && ch < '1' + (int)cramp_ntriggers)
			s->trigger = ch - '1';
		else if (!enter && ch != 'q' && ch != 27)
			return R_NONE;
		record(a, s);
		s->stage = DONE;
		return R_REDRAW;
	case DONE:
		app_pop(a);
		return R_REDRAW;
	}
	return R_NONE;
}

static void
severity_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct severity	*s = v;
	char		 buf[160];
	int		 H = getmaxy(w), W = getmaxx(w), y = 0;
	size_t		 i;

	if (s->duration_s >= 0)
		snprintf(buf, sizeof buf, _("%s: eased after %d min %02d s"),
		    parts_label(s->part), s->duration_s / 60,
		    s->duration_s % 60);
	else
		snprintf(buf, sizeof buf, _("%s: eased"), parts_label(s->part));
	w_put(w, y++, 1, W - 2, tui_attr[ROLE_TITLE] | A_BOLD, buf);
	w_hline(w, y++, 0, W, tui_attr[ROLE_DIM]);
	y++;
	switch (s->stage) {
	case ASK_SEVERITY:
		app_focus(a, y, 2);
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_ACCENT] | A_BOLD,
		    _("How bad was it, 1 to 10?"));
		y++;
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_TEXT],
		    _("Press 1-9, or 0 for 10 (the worst)."));
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_DIM],
		    _("Enter: skip this question"));
		break;
	case ASK_TRIGGER:
		app_focus(a, y, 2);
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_ACCENT] | A_BOLD,
		    _("What might have set it off?"));
		y++;
		for (i = 0; i < cramp_ntriggers && y < H - 1; i++) {
			snprintf(buf, sizeof buf, "%zu  %s", i + 1,
			    _(cramp_triggers[i]));
			w_put(w, y++, 2, W - 4, tui_attr[ROLE_TEXT], buf);
		}
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_DIM],
		    _("Enter: skip this question"));
		break;
	case DONE:
		if (s->severity > 0)
			snprintf(buf, sizeof buf, _("Severity %d of 10."),
			    s->severity);
		else
			snprintf(buf, sizeof buf, "%s", _("No severity given."));
		app_focus(a, y, 2);
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_TEXT], buf);
		/* "Not saved: FILE: why" wraps rather than runs off. */
		y += w_wrap(w, y, 2, W - 4, H >= 16 ? 3 : 2,
		    tui_attr[!s->failed ? ROLE_ACCENT : ROLE_WARNING],
		    s->saved);
		y++;
		y += w_wrap(w, y, 2, W - 4, 3, tui_attr[ROLE_TEXT],
		    a->cfg.fluid_restricted ? _("Drink some water, within "
		    "your limit. If cramps come back often, wake you at night "
		    "or worry you, talk to a doctor and bring your history.") :
		    _("Drink some water. If cramps come back often, wake you "
		    "at night or worry you, talk to a doctor and bring your "
		    "history."));
		y++;
		w_put(w, y, 2, W - 4, tui_attr[ROLE_DIM], app_has_below(a) ?
		    _("Press any key to go back") : _("Press any key to exit"));
		break;
	}
}

static void
severity_leave(struct app *a, void *v)
{
	struct severity *s = v;

	record(a, s);
	/* Left before the answer was shown (a signal): say it after. */
	if (s->failed && a->depth == 0 && s->stage != DONE)
		snprintf(a->final_note, sizeof a->final_note, "%s", s->saved);
	free(s);
}

static const struct view view_severity = {
	.name = "severity",
	.key = severity_key,
	.draw = severity_draw,
	.leave = severity_leave,
};

void
view_severity_open(struct app *a, const char *part, time_t start,
    int duration_s)
{
	struct severity *s = xcalloc(1, sizeof *s);

	snprintf(s->part, sizeof s->part, "%s", part);
	s->start = start;
	s->duration_s = duration_s < 0 ? -1 : duration_s;	/* -1: unknown */
	s->trigger = -1;
	app_replace(a, &view_severity, s);
}
