#!/usr/bin/env bash
# Benchmark: the history with 10 years of heavy use, about 100,000 records
# (each day: 10 drinks, 2 sessions, 0.9 cramps, 14 reminders), generated
# with the sqlite3 shell into a file the program created. Figures, never
# asserted: `unclench stats` (target < 50 ms), `unclench report` beside it
# (target < 100 ms), the history screen to its
# first frame on a pty (target < 50 ms; both compute the same figures), and
# `unclench drink` end to end (target < 10 ms), each beside a floor: the
# cost of starting the binary at all (`unclench --version`) and a bare
# sqlite3-shell insert with the same WAL and synchronous=FULL settings.
# Every write first runs PRAGMA quick_check (about 20 ms here), whose
# verdict is kept beside the file: `drink` is timed with the verdict kept
# (the usual case), and once more with it discarded before each run.
# The machine's load shows in every line: compare each with its floors.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
U=${UNCLENCH_BIN:-$TOP/unclench}
FF=$TOP/build/tests/firstframe
RUNS=${BENCH_RUNS:-30}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data \
    XDG_STATE_HOME=$T/state XDG_RUNTIME_DIR=$T/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
DB=$XDG_STATE_HOME/unclench/history.db

"$U" drink 1 >/dev/null && "$U" log undo >/dev/null || { echo "cannot create the history"; exit 1; }
base=$(( $(date +%s) - 3650 * 86400 ))
sqlite3 "$DB" >/dev/null <<SQL
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE d(i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 3649)
INSERT INTO d SELECT i FROM c;
CREATE TEMP TABLE k(j INTEGER PRIMARY KEY);
WITH RECURSIVE c(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM c WHERE j < 13)
INSERT INTO k SELECT j FROM c;
INSERT INTO drinks (id, at, ml)
    SELECT i * 32 + j + 1, $base + i * 86400 + 28800 + j * 3600,
        150 + (i * 7 + j * 13) % 250 FROM d, k WHERE j < 10;
INSERT INTO sessions (id, routine, kind, started, ended, completed,
    steps_done, steps_total)
    SELECT i * 32 + 11 + j, 'bedtime-legs', CASE j WHEN 0 THEN 'pmr' ELSE 'stretch' END,
        $base + i * 86400 + 25200 + j * 52200,
        $base + i * 86400 + 25200 + j * 52200 + 600 + (i % 5) * 120,
        (i * 3 + j) % 10 != 0, 6, 6 FROM d, k WHERE j < 2;
INSERT INTO cramps (id, part, started, duration_s, severity, note)
    SELECT i * 32 + 14,
        CASE i % 7 WHEN 0 THEN 'calf' WHEN 1 THEN 'foot' WHEN 2 THEN 'hamstring'
        WHEN 3 THEN 'quad' WHEN 4 THEN 'back' WHEN 5 THEN 'neck' ELSE 'hand' END,
        $base + i * 86400 + ((i * 37) % 24) * 3600, 60 + i % 300, 1 + i % 10,
        CASE WHEN i % 4 = 0 THEN 'after a long walk' END
    FROM d WHERE i % 10 < 9;
INSERT INTO reminders (at, kind, action)
    SELECT $base + i * 86400 + 28800 + j * 2700, 'hydration',
        CASE j % 3 WHEN 0 THEN 'sent' WHEN 1 THEN 'drank' ELSE 'snoozed' END
    FROM d, k;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
n=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM drinks) + (SELECT count(*) FROM sessions) +
    (SELECT count(*) FROM cramps) + (SELECT count(*) FROM reminders)")
echo "records: $n in $(du -h "$DB" | cut -f1) ($(sqlite3 "$DB" 'PRAGMA journal_mode'))"

# median_ms CMD...: run CMD $RUNS times, print the median and the range.
median_ms() {
	local i t0 t1
	for ((i = 0; i < RUNS; i++)); do
		t0=$(date +%s%N)
		"$@" >/dev/null 2>&1
		t1=$(date +%s%N)
		echo $(( (t1 - t0) / 1000 ))
	done | sort -n | awk '{ a[NR] = $1 } END {
		printf "median %.2f ms (min %.2f, max %.2f) over %d runs\n",
		    a[int((NR + 1) / 2)] / 1000, a[1] / 1000, a[NR] / 1000, NR }'
}

echo "floor, exec of /bin/true:                       $(median_ms /bin/true)"
echo "floor, starting the binary (unclench --version): $(median_ms "$U" --version)"
echo "unclench stats (84 days, streaks over 10 years): $(median_ms "$U" stats)   target < 50 ms"
echo "unclench stats --days 3650 (every record):      $(median_ms "$U" stats --days 3650)"
echo "unclench report (8 weeks, text):                 $(median_ms "$U" report)   target < 100 ms"
echo "unclench report --weeks 26 --format html:        $(median_ms "$U" report --weeks 26 --format html)   target < 100 ms"
echo "unclench export --fhir (every cramp, 10 years):  $(median_ms "$U" export --fhir)"
if [ -x "$FF" ]; then
	set -- $("$FF" -n "$RUNS" -c 80 -l 24 -t "Water," -- "$U" stats --screen)
	if [ $# -ge 3 ]; then
		echo "history screen, exec to first frame (80x24): median $(awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }') ms (min $(awk -v u="$2" 'BEGIN { printf "%.2f", u / 1000 }'), max $(awk -v u="$3" 'BEGIN { printf "%.2f", u / 1000 }'))   target < 50 ms"
	else
		echo "history screen: firstframe failed"
	fi
else
	echo "history screen: $FF missing (make build/tests/firstframe)"
fi
cp "$DB" "$T/floor.db"
sqlite3 "$T/floor.db" "PRAGMA journal_mode = WAL" >/dev/null
echo "floor, one insert by the sqlite3 shell (WAL, FULL): $(median_ms sqlite3 "$T/floor.db" \
    "PRAGMA synchronous = FULL; INSERT INTO drinks (at, ml) VALUES (1, 1)")"
echo "unclench drink, end to end:                      $(median_ms "$U" drink 250)   target < 10 ms"
unchecked() {	# the verdict discarded (a builtin redirect: no fork)
	: >"$DB-checked"
	"$U" drink 250
}
echo "unclench drink, verdict discarded (quick_check): $(median_ms unchecked)"
echo "unclench log cramp calf, end to end:             $(median_ms "$U" log cramp calf)"
ok=$(sqlite3 "$DB" "PRAGMA integrity_check")
[ "$ok" = ok ] || { echo "integrity_check: $ok"; exit 1; }
