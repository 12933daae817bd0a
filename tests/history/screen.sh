#!/usr/bin/env bash
# The history screen with the fixture loaded (see common.bash for the
# figures worked out by hand), in a real terminal under tmux: opened from
# the menu (its History entry, key 6) at 80x24, scrolled, shrunk to the
# compact version, left with q; then again through the hidden
# `unclench stats --screen` in plain ASCII. `unclench stats` prints the
# same figures with no escape codes into a pipe, within 78 columns, every
# section over the --days asked for, with severity and triggers.
. "$(dirname "$0")/common.bash"

fixture "$T/f.csv"
"$U" import "$T/f.csv" >/dev/null || fail "loading the fixture"
# This week's practice (the screen): today's 20 minutes, plus yesterday's
# and the day before's when they fall in this week (Monday first).
wd=$(date +%u)
week_min=$((20 * (wd < 3 ? wd : 3)))
# As every surface writes a duration: whole hours as "1 h".
week_text="$week_min min"
[ "$week_min" -eq 60 ] && week_text="1 h"

"$U" stats >"$T/stats.txt" || fail "unclench stats"
grep -q $'\033' "$T/stats.txt" && fail "escape codes in piped output"
# Sessions in the 84 days: 3 x 20 + 5 x 10 + 5 (stopped early) minutes.
for want in "today: 750 ml of 2000 ml (37%)" \
    "whole days with drinks logged: 2; at or above the goal: 1; average: 1500 ml" \
    "Cramps (3 in the last 84 days)" \
    "by body part: calf 2, foot 1, hamstring 0, quad 0, back 0, neck 0, hand 0" \
    "current streak: 3 days; best: 5 days" \
    "in the last 84 days: 1 h 55 min, 8 completed sessions" \
    "Severity: not enough data yet; this needs 7 rated cramps, so far 1." \
    "Triggers: not enough data yet; this needs 7 cramps with a trigger, so far 0." \
    "7 days a line, from the date shown" \
    "so far 1 and 1." ; do
	grep -qF "$want" "$T/stats.txt" || { cat "$T/stats.txt"; fail "stats: missing \"$want\""; }
done
# Hours 03, 14 and 23 had a cramp each: two rows of twelve.
grep -qE '^    cramps( +0){3} +1( +0){8}$' "$T/stats.txt" || fail "stats: hours 00-11"
grep -qE '^    cramps( +0){2} +1( +0){8} +1$' "$T/stats.txt" || fail "stats: hours 12-23"
# Every line fits 80 columns, and the whole stays short.
[ "$(wc -L <"$T/stats.txt")" -le 78 ] || { cat "$T/stats.txt"; fail "stats: a line is wider than 78 columns"; }
[ "$(wc -l <"$T/stats.txt")" -le 50 ] || fail "stats: more than 50 lines"
"$U" stats --days 1 | grep -qF "Cramps (0 in the last 1 day)" || fail "stats --days 1"

# --days 7: every section covers those 7 days, a line a day; the cramps
# column adds up to the heading's 3 and the practice to the total.
"$U" stats --days 7 >"$T/s7.txt" || fail "stats --days 7"
grep -qF "Cramps (3 in the last 7 days)" "$T/s7.txt" || { cat "$T/s7.txt"; fail "stats --days 7 heading"; }
grep -qF "in the last 7 days: 1 h, 3 completed sessions" "$T/s7.txt" || { cat "$T/s7.txt"; fail "stats --days 7 practice"; }
rows=$(grep -E '^  (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [0-9]{4}-' "$T/s7.txt")
[ "$(wc -l <<<"$rows")" -eq 7 ] || { cat "$T/s7.txt"; fail "stats --days 7: not 7 day lines"; }
grep -qF "$(date +%a) $(date +%Y-%m-%d)" <<<"$rows" || fail "stats --days 7: today is not the last line"
# Without the bars a line reads: weekday date water ml cramps minutes min.
sum=$(sed -E 's/ #+//g' <<<"$rows" | awk '{ s += $5 } END { print s + 0 }')
[ "$sum" -eq 3 ] || { cat "$T/s7.txt"; fail "stats --days 7: cramps add up to $sum, not 3"; }


# From the menu.
start C.UTF-8 "$U"
wait_for "History"
tm send-keys -t h 6
wait_for "Water, 14 days  today 750 ml / 2000 ml"
wait_for "Cramps per week  3 in 12 weeks"
has_re "calf +█+ +2$" || { screen; fail "calf bar"; }
has_re "foot +█+ +1$" || { screen; fail "foot bar"; }
has_re "hamstring +0$" || { screen; fail "hamstring row"; }
has "j/k scroll (more below)" || fail "no hint that more is below"
for _ in $(seq 30); do tm send-keys -t h j; done
wait_for "Current streak: 3 days"
wait_for "Best streak:    5 days"
wait_for "This week:      $week_text"
wait_for "so far 1 and 1."
has "(more below)" && fail "scrolled to the end but still more below"
# Every line fits the 80 columns.
screen >"$T/scr"
[ "$(LC_ALL=C.UTF-8 wc -L <"$T/scr")" -le 80 ] || { cat "$T/scr"; fail "a line overflows"; }
# Smaller than 80x24: the compact text.
tm resize-window -t h -x 60 -y 20
# The compact text is longer than 20 rows now (the report's charts follow
# it): back to the top.
for _ in $(seq 40); do tm send-keys -t h k; done
wait_for "Water today: 750 ml / 2000 ml"
wait_for "Streak: 3 days (best 5)"
wait_for "Cramps: 3 in 84 days"
# The caveat stays with the insights (below them: scroll down).
scroll_to "Patterns, not proof"
wait_for "so far 1 and 1."
# q goes back to the menu; q again quits.
tm send-keys -t h q
wait_for "I have a cramp now"
quit_clean

# The hidden direct way, in ASCII (no UTF-8 locale).
start C "$U stats --screen"
wait_for "Water, 14 days  today 750 ml / 2000 ml"
has_re "calf +#+ +2$" || { screen; fail "ASCII calf bar"; }
screen | LC_ALL=C grep -q '[^ -~]' && { screen; fail "non-ASCII on an ASCII terminal"; }
quit_clean
# After the screens (they read the fixture alone), severity and triggers:
# seven rated cramps with triggers, as the severity screen records them
# (the trigger in the note).
{
	echo "type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action"
	for s in 2 4 4 6 8 8 9; do
		t="in bed at night"
		[ "$s" -eq 4 ] && t="exercise or effort"
		echo "cramp,$(ts 5 0$s:00),,,,,,,calf,60,$s,trigger: $t,,"
	done
} >"$T/sev.csv"
"$U" import "$T/sev.csv" >/dev/null || fail "loading the severity records"
"$U" stats >"$T/stats.txt" || fail "unclench stats"
joined=$(tr -s ' \n' ' ' <"$T/stats.txt")
# Rated: 6 (the fixture's) and 2 4 4 6 8 8 9: mean 47 / 8, median 6.
for want in "Severity (8 cramps rated, 1-10): mean 5.9, median 6." \
    "Triggers noted (7 cramps), most common first: in bed at night 5; exercise or effort 2." ; do
	grep -qF "$want" <<<"$joined" || { cat "$T/stats.txt"; fail "stats: missing \"$want\""; }
done
echo "ok: history screen from the menu and stats --screen; stats text"
