#!/usr/bin/env bash
# unclench report on a real diary written through the CLI (the fixture in
# report/fixture.bash, its figures worked out by hand there): the text,
# the Markdown and the HTML (its generation time taken out) against
# golden files; every line within 80 columns; the HTML self-contained
# (no script, no link, no URL); the same bytes under LANG=de_DE.UTF-8
# with English messages (generated here with localedef into the test's
# own directory), the numbers as C writes them in German; and the
# bad inputs: --weeks 0 and 100000, an unknown format, an --output that is
# a directory and one that cannot be created: a clear error, exit 1 or 2,
# nothing written. A write failing halfway is in fhir.sh (the same output
# code; only a large export outgrows the file-size limit SQLite itself
# needs). A routine name planted in the file is escaped in every format.
# Printing is in report_pdf.sh.
. "$(dirname "$0")/common.bash"
. "$(dirname "$0")/report/fixture.bash"
G=$(dirname "$0")/report

report_fixture >/dev/null || fail "the fixture could not be written"

strip_generated() {	# the HTML with its generation time taken out
	sed -E 's/generated [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} [+-][0-9]{2}:[0-9]{2}/generated (time)/' "$1"
}
"$U" report --weeks 4 >"$T/r.txt" || fail "report (text) exited $?"
"$U" report --weeks 4 --format md >"$T/r.md" || fail "report --format md"
"$U" report --weeks 4 --format html --output "$T/r.html" ||
    fail "report --format html --output"
cmp -s "$G/golden.txt" "$T/r.txt" || { diff "$G/golden.txt" "$T/r.txt"; fail "text differs from the golden file"; }
cmp -s "$G/golden.md" "$T/r.md" || { diff "$G/golden.md" "$T/r.md"; fail "Markdown differs from the golden file"; }
strip_generated "$T/r.html" >"$T/r.stripped.html"
cmp -s "$G/golden.html" "$T/r.stripped.html" ||
    { diff "$G/golden.html" "$T/r.stripped.html" | head -20; fail "HTML differs from the golden file"; }
grep -q "generated (time)" "$T/r.stripped.html" || fail "the HTML has no generation time"
# The hand-worked measures, named here too so a golden file cannot drift.
for want in "2 of 7 recorded nights (29%), 2.0 a week" "Cramps a night: 0.43" \
    "1 of 7 recorded nights after an evening stretch (14%)" \
    "calf 2 (40%), foot 1 (20%)" "red-flag page): 1 of 4" \
    "Severity: not enough data yet (4 rated cramps"; do
	tr '\n' ' ' <"$T/r.txt" | sed 's/  */ /g' | grep -qF -- "$want" ||
	    fail "the text lacks \"$want\""
done

for f in r.txt r.md; do
	awk -v f="$f" 'length($0) > 80 { print f ": line " NR " is " length($0) " columns"; bad = 1 } END { exit bad }' \
	    "$T/$f" || fail "$f is wider than 80 columns"
done
grep -Eiq '<script|<link|<img|<iframe|https?:|url\(|@import|@font-face' "$T/r.html" &&
    fail "the HTML is not self-contained"
[ "$(grep -c '<svg' "$T/r.html")" -eq 4 ] || fail "the HTML does not hold the four charts"

# Numbers never follow the locale: a German locale, generated here.
mkdir -p "$T/locale"
if localedef -i de_DE -f UTF-8 "$T/locale/de_DE.UTF-8" 2>/dev/null; then
	loc=de_DE.UTF-8
	export LOCPATH=$T/locale
	[ "$(LC_ALL=$loc printf '%.1f' 1,5 2>/dev/null)" = "1,5" ] ||
	    fail "the generated de_DE.UTF-8 locale is not in effect"
else
	loc=C.UTF-8
	echo "note: de_DE.UTF-8 cannot be generated here; checked with $loc"
fi
# The words are translated (tests/cli/i18n.sh): every category but the
# messages in $loc gives the same bytes, and the whole of it keeps the
# numbers as C writes them.
lc() { env -u LC_ALL -u LANGUAGE LANG=$loc LC_MESSAGES=C "$@"; }
lc "$U" report --weeks 4 >"$T/l.txt" || fail "report under $loc"
lc "$U" report --weeks 4 --format md >"$T/l.md"
lc "$U" report --weeks 4 --format html >"$T/l.html"
cmp -s "$T/r.txt" "$T/l.txt" || { diff "$T/r.txt" "$T/l.txt"; fail "LANG=$loc changed the text"; }
cmp -s "$T/r.md" "$T/l.md" || fail "LANG=$loc changed the Markdown"
cmp -s "$T/r.html" "$T/l.html" || fail "LANG=$loc changed the HTML"
LC_ALL=$loc "$U" report --weeks 4 | tr '\n' ' ' | grep -qE ': 0\.43 .* 4\.7 \(3\)' ||
    fail "LC_ALL=$loc: the report's numbers are not as C writes them"
unset LOCPATH

# bad LABEL WANT_STATUS WANT_MESSAGE ARGS...: a clear error, nothing out.
bad() {
	local label=$1 want=$2 msg=$3 rc
	shift 3
	"$U" report "$@" >"$T/bad.out" 2>"$T/bad.err"
	rc=$?
	[ "$rc" = "$want" ] || fail "$label: exit $rc, expected $want"
	grep -qF -- "$msg" "$T/bad.err" || { cat "$T/bad.err"; fail "$label: no \"$msg\""; }
	[ -s "$T/bad.out" ] && fail "$label: wrote to standard output"
	return 0
}
bad "--weeks 0" 2 '--weeks "0": too small (expected 1-26)' --weeks 0
bad "--weeks 100000" 2 '--weeks "100000": too large (expected 1-26)' --weeks 100000
bad "--format pdf" 2 '--format "pdf": unknown (expected text, md or html)' --format pdf
mkdir "$T/dir"
bad "a directory" 1 "--output $T/dir: is a directory" --output "$T/dir"
[ -z "$(ls -A "$T/dir")" ] || fail "something was written into the directory"
bad "no such directory" 1 "--output $T/none/r.txt: cannot write it: No such file or directory" \
    --output "$T/none/r.txt"
if [ "$(id -u)" -ne 0 ]; then	# root writes anywhere: then /proc only
	mkdir "$T/ro" && chmod 500 "$T/ro"
	bad "an unwritable directory" 1 "cannot write it: Permission denied" \
	    --output "$T/ro/r.txt"
fi
bad "/proc" 1 "--output /proc/unclench-report.txt: cannot write it" \
    --output /proc/unclench-report.txt

# Enough values, and fluids restricted, in a diary of its own: cramps
# rated 1 2 2 3 9 10 10 lasting as many minutes, one a night 11-01..11-07
# (2 weeks: from 10-26; 7 recorded nights, each with its cramp).
# Severity: mean 37 / 7 = 5.29 -> 5.3, median 3.0. Duration: 2220 s / 7 =
# 317.1 s = 5.3 min, median 180 s = 3.0 min; 2 of 7 of 10 minutes or more.
# Water: tracking only, 1 whole day logged (11-01), 1200 ml.
export XDG_STATE_HOME=$T/state2 XDG_CONFIG_HOME=$T/config2
mkdir -p "$XDG_CONFIG_HOME/unclench"
printf '[hydration]\nfluid_restricted = yes\nfluid_limit = 1500ml\n' \
    >"$XDG_CONFIG_HOME/unclench/config.ini"
d=1
for s in 1 2 2 3 9 10 10; do
	"$U" log cramp quad --severity "$s" --minutes "$s" \
	    --at "2026-11-0$d 23:00" >/dev/null || fail "log cramp $d"
	d=$((d + 1))
done
"$U" drink 1200 --at "2026-11-01 10:00" >/dev/null || fail "drink"
"$U" report --weeks 2 >"$T/e.txt" 2>"$T/e.err" || { cat "$T/e.err"; fail "report (enough)"; }
for want in "Severity (1-10): mean 5.3, median 3.0 (7 cramps rated)." \
    "Duration: mean 5.3 min, median 3.0 min (7 cramps timed)." \
    "red-flag page): 2 of 7 timed." "quad 7 (100%)" \
    "Water: tracking only (fluids restricted by a doctor): 1 whole day with drinks logged, 1200 ml a day on average." \
    "Nights with a cramp: 7 of 7 recorded nights (100%), 7.0 a week."; do
	tr '\n' ' ' <"$T/e.txt" | sed 's/  */ /g' | grep -qF -- "$want" ||
	    { cat "$T/e.txt"; fail "the report lacks \"$want\""; }
done
export XDG_STATE_HOME=$T/state XDG_CONFIG_HOME=$T/config

# A routine name planted in the file by hand (import refuses it) is text,
# never markup or a terminal control, in every format.
sqlite3 "$DB" "INSERT INTO sessions (routine, kind, started, ended, completed,
    steps_done, steps_total) VALUES ('<b>x|y\"z' || char(27) || '[31m', 'relief',
    strftime('%s', '2026-11-07 20:00:00'), strftime('%s', '2026-11-07 20:05:00'),
    1, 3, 3)" || fail "sqlite3 could not plant the name"
"$U" report --weeks 4 >"$T/h.txt" && "$U" report --weeks 4 --format md >"$T/h.md" &&
    "$U" report --weeks 4 --format html >"$T/h.html" || fail "report with a planted name"
grep -q $'\x1b' "$T/h.txt" "$T/h.md" "$T/h.html" && fail "a raw escape reached the output"
grep -qF '<b>x|y"z\x1b[31m 1 (1 to the end)' "$T/h.txt" || fail "text: the name is not shown escaped"
grep -qF '\<b\>x\|y"z\\x1b\[31m 1' "$T/h.md" || fail "md: the name is not escaped"
grep -qF '&lt;b&gt;x|y&quot;z\x1b[31m 1' "$T/h.html" || fail "html: the name is not escaped"
grep -q '<b>x' "$T/h.html" && fail "html: the name became markup"
echo "ok: golden text, md and html; 80 columns; self-contained; same bytes under $loc; bad input refused"
