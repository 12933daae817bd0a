#!/usr/bin/env bash
# Benchmark: `unclench import` of 1,000,000 records (a quarter each of
# drinks, sessions, cramps with notes and reminders), as CSV and as JSON,
# each into an empty history. The files are made by `unclench export` from
# a store filled with the sqlite3 shell. Figures, never asserted: wall time
# (target < 15 s either way) and peak resident memory from /usr/bin/time
# (target < 64 MB plus the file's size), beside the file's size and the
# time of a bare `cat` of it, the floor.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
U=${UNCLENCH_BIN:-$TOP/unclench}
N=${BENCH_IMPORT_RECORDS:-1000000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data \
    XDG_STATE_HOME=$T/src XDG_RUNTIME_DIR=$T/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
DB=$XDG_STATE_HOME/unclench/history.db
[ -x /usr/bin/time ] || { echo "import: /usr/bin/time missing (apt-get install time)"; exit 1; }

"$U" drink 1 >/dev/null && "$U" log undo >/dev/null || { echo "cannot create the history"; exit 1; }
q=$((N / 4))
base=$(( $(date +%s) - N * 60 - 86400 ))
sqlite3 "$DB" >/dev/null <<SQL
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE c(i INTEGER PRIMARY KEY);
WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i < $q - 1)
INSERT INTO c SELECT i FROM r;
INSERT INTO drinks (id, at, ml) SELECT i * 4 + 1, $base + i * 240, 100 + i % 400 FROM c;
INSERT INTO sessions (id, routine, kind, started, ended, completed, steps_done, steps_total)
    SELECT i * 4 + 2, 'bedtime-legs', 'stretch', $base + i * 240 + 60,
        $base + i * 240 + 90, i % 10 != 0, 6, 6 FROM c;
INSERT INTO cramps (id, part, started, duration_s, severity, note)
    SELECT i * 4 + 3, CASE i % 4 WHEN 0 THEN 'calf' WHEN 1 THEN 'foot'
        WHEN 2 THEN 'hamstring' ELSE 'quad' END, $base + i * 240 + 120,
        60 + i % 300, 1 + i % 10, 'after a long walk, ' || i FROM c;
INSERT INTO reminders (at, kind, action)
    SELECT $base + i * 240 + 180, 'hydration', 'sent' FROM c;
COMMIT;
SQL
"$U" export --csv >"$T/h.csv" || { echo "export --csv failed"; exit 1; }
"$U" export --json >"$T/h.json" || { echo "export --json failed"; exit 1; }

for f in h.csv h.json; do
	size=$(stat -c %s "$T/$f")
	t0=$(date +%s%N); cat "$T/$f" >/dev/null; t1=$(date +%s%N)
	export XDG_STATE_HOME=$T/into-$f
	/usr/bin/time -f '%e %M %U %S' -o "$T/time" "$U" import "$T/$f" >"$T/out" 2>"$T/err" ||
	    { echo "import $f failed: $(cat "$T/err")"; exit 1; }
	read -r secs kb usr sys <"$T/time"
	grep -q "Imported $N records" "$T/out" || { echo "import $f: $(cat "$T/out")"; exit 1; }
	awk -v f="${f#h.}" -v n="$N" -v s="$secs" -v kb="$kb" -v size="$size" -v cpu="$usr $sys" \
	    -v cat_ms=$(( (t1 - t0) / 1000000 )) 'BEGIN {
		mb = size / 1048576
		split(cpu, c, " ")
		printf "import %s, %d records (%.0f MB, cat %d ms): %.2f s (cpu %.2f s)   target < 15 s\n",
		    f, n, mb, cat_ms, s, c[1] + c[2]
		printf "import %s, peak RSS: %.0f MB   target < %.0f MB (64 MB + the file)\n",
		    f, kb / 1024, 64 + mb }'
done
