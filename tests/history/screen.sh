#!/usr/bin/env bash
# The history screen with the fixture loaded (see common.bash for the
# figures worked out by hand), in a real terminal under tmux: opened from
# the menu (its History entry, key 6) at 80x24, scrolled, shrunk to the
# compact version, left with q; then again through the hidden
# `unclench stats --screen` in plain ASCII. `unclench stats` prints the
# same figures with no escape codes into a pipe.
. "$(dirname "$0")/common.bash"

fixture "$T/f.csv"
"$U" import "$T/f.csv" >/dev/null || fail "loading the fixture"
# This week's practice: today's 20 minutes, plus yesterday's and the day
# before's when they fall in this week (Monday first).
wd=$(date +%u)
week_min=$((20 * (wd < 3 ? wd : 3)))

"$U" stats >"$T/stats.txt" || fail "unclench stats"
grep -q $'\033' "$T/stats.txt" && fail "escape codes in piped output"
for want in "today: 750 ml of 2000 ml (37%)" \
    "whole days with drinks logged: 2; at or above the goal: 1; average: 1500 ml" \
    "Cramps (3 in the last 84 days)" \
    "by body part: calf 2, foot 1, hamstring 0, quad 0, back 0, neck 0, hand 0" \
    "current streak: 3 days; best: 5 days" \
    "this week: $week_min min" \
    "so far 1 and 1." ; do
	grep -qF "$want" "$T/stats.txt" || { cat "$T/stats.txt"; fail "stats: missing \"$want\""; }
done
for h in 03 14 23; do
	grep -qE "^  $h:00    1  #+$" "$T/stats.txt" || fail "stats: hour $h"
done
[ "$(grep -cE '^  [0-9]{2}:00    0 *$' "$T/stats.txt")" -eq 21 ] || fail "stats: other hours"
"$U" stats --days 1 | grep -qF "Cramps (0 in the last 1 day)" || fail "stats --days 1"

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
wait_for "This week:      $week_min min"
wait_for "so far 1 and 1."
has "(more below)" && fail "scrolled to the end but still more below"
# Every line fits the 80 columns.
screen >"$T/scr"
[ "$(LC_ALL=C.UTF-8 wc -L <"$T/scr")" -le 80 ] || { cat "$T/scr"; fail "a line overflows"; }
# Smaller than 80x24: the compact text.
tm resize-window -t h -x 60 -y 20
wait_for "Water today: 750 ml / 2000 ml"
wait_for "Streak: 3 days (best 5)"
wait_for "Cramps: 3 in 84 days"
# The caveat stays with the insights (below them: scroll to the end).
for _ in $(seq 30); do tm send-keys -t h j; done
wait_for "so far 1 and 1."
wait_for "Patterns, not proof"
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
echo "ok: history screen from the menu and stats --screen; stats text"
