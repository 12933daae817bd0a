#!/usr/bin/env bash
# The history screen's severity and night-hour charts show the figures of
# `unclench report` for the same diary and the same weeks: the report's
# fixture (report/fixture.bash) and four more rated night cramps, the
# screen in tmux at 80x24 (the full layout, charts side by side) and at
# 40x12 (the compact one, a chart the window's width), in UTF-8 blocks and
# in ASCII. Compared with `unclench report --format text`: the start of
# the period, the severity mean, median and count, and the cramps that
# began in each night hour; the counts at each score are the fixture's,
# worked out by hand (2, 3, 4, 5, 6, 7, 7, 8, 9: nine rated, of them the
# 10-11 calf of 5/10, inside the report's eight weeks).
. "$(dirname "$0")/common.bash"
. "$(dirname "$0")/report/fixture.bash"

report_fixture >/dev/null || fail "the fixture could not be written"
{
	"$U" log cramp calf --severity 7 --minutes 2 --at "2026-11-01 23:10" &&
	"$U" log cramp calf --severity 9 --minutes 3 --at "2026-11-02 01:20" &&
	"$U" log cramp foot --severity 3 --minutes 1 --at "2026-11-04 03:40" &&
	"$U" log cramp quad --severity 7 --minutes 1 --at "2026-11-05 05:05"
} >/dev/null || fail "logging the extra cramps"

# What the report says.
"$U" report --format text >"$T/report.txt" || fail "unclench report"
sev=$(grep -oE 'Severity \(1-10\): mean [0-9.]+, median [0-9.]+ \([0-9]+ cramps rated\)' "$T/report.txt") ||
    { cat "$T/report.txt"; fail "the report has no severity figures"; }
mean=$(sed -E 's/.*mean ([0-9.]+),.*/\1/' <<<"$sev")
median=$(sed -E 's/.*median ([0-9.]+) .*/\1/' <<<"$sev")
n=$(sed -E 's/.*\(([0-9]+) cramps.*/\1/' <<<"$sev")
[ "$n" -eq 9 ] || fail "the report rated $n cramps, not the fixture's 9"
from=$(sed -n 1p "$T/report.txt" | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' | head -n 1)
[ -n "$from" ] || fail "no date range in the report: $(sed -n 1p "$T/report.txt")"
# "HH N" for each hour, from the report's two rows of twelve.
awk '$1 == "hour" { for (i = 2; i <= NF; i++) h[i] = $i }
    $1 == "cramps" && (2 in h) { for (i = 2; i <= NF; i++) print h[i], $i; delete h }' \
    "$T/report.txt" >"$T/hours.report"
[ "$(wc -l <"$T/hours.report")" -eq 24 ] || { cat "$T/report.txt"; fail "the report's hours"; }
# The night hours 22-06 in night order, as the screen lays them out.
for hh in 22 23 00 01 02 03 04 05 06; do grep "^$hh " "$T/hours.report"; done >"$T/night.report"
# Not all zero: 23:00, 23:55 and 23:10, the two 02:30s, 01:20, 03:40, 05:05.
[ "$(awk '{ s += $2 } END { print s }' "$T/night.report")" -eq 8 ] ||
    { cat "$T/night.report"; fail "the report's night hours are not the fixture's"; }

# night_pairs COL: "HH N" from the captured screen, the chart whose hour
# labels start at column COL (1-based): the labels line, counts above.
night_pairs() {
	awk -v col="$1" '{ line[NR] = substr($0, col) }
	END {
		for (l = 2; l <= NR; l++) {
			if (line[l] !~ /^22  +23  +00/)
				continue
			s = line[l]; p = 0
			while (match(s, /[0-9][0-9]/)) {
				p += RSTART; hh = substr(s, RSTART, 2)
				c = substr(line[l - 1], p)
				sub(/ .*/, "", c)
				print hh, c
				s = substr(s, RSTART + 2); p += 1
			}
			exit
		}
	}' "$T/scr"
}
# The counts under the severity bars, scores 1-10, at COL.
score_counts() {
	awk -v col="$1" '{ line[NR] = substr($0, col) }
	END {
		for (l = 2; l <= NR; l++)
			if (line[l] ~ /^1  +2  +3  +4  +5  +6  +7  +8  +9  +10/) {
				$0 = line[l - 1]; print $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
				exit
			}
	}' "$T/scr"
}
check_screen() {	# check_screen NIGHT_COL SEV_COL WHERE
	screen >"$T/scr"
	grep -qF "Severity, 8 weeks from $from" "$T/scr" || { cat "$T/scr"; fail "$3: severity title"; }
	grep -qF "Night hours, 8 weeks from $from" "$T/scr" || { cat "$T/scr"; fail "$3: night title"; }
	grep -qF "mean $mean, median $median ($n rated)" "$T/scr" ||
	    { cat "$T/scr"; fail "$3: not the report's severity (mean $mean, median $median, $n)"; }
	night_pairs "$1" >"$T/night.screen"
	cmp -s "$T/night.report" "$T/night.screen" ||
	    { cat "$T/scr"; diff "$T/night.report" "$T/night.screen"; fail "$3: night hours differ from the report"; }
	[ "$(score_counts "$2")" = "0 1 1 1 1 1 2 1 1 0" ] ||
	    { cat "$T/scr"; fail "$3: counts at each score: $(score_counts "$2")"; }
	[ "$(LC_ALL=C.UTF-8 wc -L <"$T/scr")" -le "$4" ] || { cat "$T/scr"; fail "$3: a line overflows"; }
}

# 80x24: the two charts side by side (the night one from column 42).
start C.UTF-8 "$U stats --screen"
wait_for "Water, 14 days"
scroll_to "cramps above, the hour they began below"
check_screen 42 1 "80x24" 80
has "█" || fail "80x24: no block characters in UTF-8"

# 40x12: the compact text, then each chart the window's width.
tm resize-window -t h -x 40 -y 12
for _ in $(seq 60); do tm send-keys -t h k; done
wait_for "Water today:"
scroll_to "cramps above, score below"
scroll_to "cramps above, the hour they began below"
# Both charts at once do not fit 11 rows: check the night one here...
screen >"$T/scr"
night_pairs 1 >"$T/night.screen"
cmp -s "$T/night.report" "$T/night.screen" ||
    { cat "$T/scr"; diff "$T/night.report" "$T/night.screen"; fail "40x12: night hours differ from the report"; }
grep -qF "Night hours, 8 weeks from $from" "$T/scr" || { cat "$T/scr"; fail "40x12: night title"; }
[ "$(LC_ALL=C.UTF-8 wc -L <"$T/scr")" -le 40 ] || { cat "$T/scr"; fail "40x12: a line overflows"; }
# ... and the severity one a few lines up.
for _ in 1 2 3 4 5 6 7 8; do tm send-keys -t h k; done
poll has "mean $mean, median $median ($n rated)" || { screen; fail "40x12: severity line"; }
poll has "cramps above, score below" || { screen; fail "40x12: severity chart"; }
screen >"$T/scr"
[ "$(score_counts 1)" = "0 1 1 1 1 1 2 1 1 0" ] || { cat "$T/scr"; fail "40x12: counts at each score: $(score_counts 1)"; }
quit_clean

# ASCII (no UTF-8 locale) at 40x12: the same figures, no other bytes.
start C "$U stats --screen"
tm resize-window -t h -x 40 -y 12
wait_for "Water today:"
scroll_to "cramps above, the hour they began below"
screen >"$T/scr"
LC_ALL=C grep -q '[^ -~]' "$T/scr" && { cat "$T/scr"; fail "non-ASCII on an ASCII terminal"; }
grep -q '#' "$T/scr" || { cat "$T/scr"; fail "no ASCII bars"; }
night_pairs 1 >"$T/night.screen"
cmp -s "$T/night.report" "$T/night.screen" || { cat "$T/scr"; fail "ASCII: night hours differ from the report"; }
quit_clean
echo "ok: the history screen's severity and night-hour charts agree with the report"
