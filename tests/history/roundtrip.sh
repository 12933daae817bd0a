#!/usr/bin/env bash
# Export / import: CSV and JSON round trips give byte-identical exports
# and the same UTC instants, even when exported and imported in different
# time zones; importing twice adds nothing; --since cuts at local
# midnight; a file with bad rows is reported line by line and nothing of
# it is committed.
. "$(dirname "$0")/common.bash"

state() {	# use a fresh history under $T/$1
	export XDG_STATE_HOME=$T/$1
	DB=$XDG_STATE_HOME/unclench/history.db
}
dump() {	# every record, as stored (UTC seconds)
	sqlite3 "$DB" "SELECT 'd', at, ml FROM drinks ORDER BY 2, 3;
	    SELECT 'c', started, part, duration_s, severity, note FROM cramps ORDER BY 2;
	    SELECT 's', started, ended, routine, kind, completed, steps_done, steps_total FROM sessions ORDER BY 2;
	    SELECT 'r', at, kind, action FROM reminders ORDER BY 2;"
}

fixture "$T/fixture.csv"
state a
"$U" import "$T/fixture.csv" >"$T/out" || fail "importing the fixture"
grep -q "Imported 18 records" "$T/out" || fail "import said: $(cat "$T/out")"
dump >"$T/a.dump"
"$U" export --csv >"$T/a.csv" || fail "export --csv"
"$U" export --json >"$T/a.json" || fail "export --json"
[ "$(wc -l <"$T/a.csv")" -eq 19 ] || fail "CSV: expected a header and 18 rows"
head -n 1 "$T/a.csv" | tr -d '\r' | grep -qx "type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action,id" ||
    fail "CSV header: $(head -n 1 "$T/a.csv")"
grep -q '"woke me, again"' "$T/a.csv" || fail "a note with a comma is quoted"
grep -q '"note": "woke me, again"' "$T/a.json" || fail "JSON note"
grep -q '"completed": true' "$T/a.json" || fail "JSON booleans"

# CSV round trip, imported in another time zone.
state b
TZ=Asia/Kolkata "$U" import "$T/a.csv" >/dev/null || fail "import CSV"
dump >"$T/b.dump"
cmp -s "$T/a.dump" "$T/b.dump" || { diff "$T/a.dump" "$T/b.dump"; fail "CSV round trip changed records"; }
"$U" export --csv >"$T/b.csv"
cmp -s "$T/a.csv" "$T/b.csv" || { diff "$T/a.csv" "$T/b.csv"; fail "CSV export differs after round trip"; }

# JSON round trip, exported in yet another zone: same instants.
state c
"$U" import "$T/a.json" >/dev/null || fail "import JSON"
dump >"$T/c.dump"
cmp -s "$T/a.dump" "$T/c.dump" || fail "JSON round trip changed records"
"$U" export --json >"$T/c.json"
cmp -s "$T/a.json" "$T/c.json" || fail "JSON export differs after round trip"
TZ=America/Los_Angeles "$U" export --json >"$T/la.json"
grep -q -- '-0[78]:00"' "$T/la.json" || fail "times carry the zone's offset"
state d
"$U" import "$T/la.json" >/dev/null || fail "import a Los Angeles export"
dump >"$T/d.dump"
cmp -s "$T/a.dump" "$T/d.dump" || fail "a different zone's export changed the instants"

# Importing the same file again adds nothing.
"$U" import "$T/la.json" >"$T/out" || fail "second import"
grep -q "Imported 0 records.*18 already in the history, skipped" "$T/out" ||
    fail "second import said: $(cat "$T/out")"
dump >"$T/d2.dump"
cmp -s "$T/a.dump" "$T/d2.dump" || fail "a second import changed the history"

# --since: from local midnight two days ago: 5 drinks, 2 cramps,
# 3 sessions, 1 reminder.
state a
"$U" export --csv --since "$(date -d '2 days ago' +%Y-%m-%d)" >"$T/since.csv"
[ "$(tail -n +2 "$T/since.csv" | wc -l)" -eq 11 ] || fail "--since: $(cat "$T/since.csv")"

# Bad rows: each reported with its line, nothing imported.
before=$(dump)
cat >"$T/bad.csv" <<'CSV'
type,time,ml
drink,2024-01-01T10:00:00+01:00,250
drink,2024-01-01T11:00:00+01:00,lots
drink,2024-01-01T12:00:00+01:00,300
snack,2024-01-01T13:00:00+01:00,300
drink,2024-02-30T10:00:00Z,300
drink,2024-01-01T14:00:00,300
drink,2024-01-01T15:00:00Z,300,extra
CSV
if "$U" import "$T/bad.csv" 2>"$T/err"; then fail "a bad file was imported"; fi
for want in 'bad.csv:3: ml "lots"' 'bad.csv:5: type "snack": unknown' \
    'bad.csv:6: time "2024-02-30T10:00:00Z": no such date' \
    'bad.csv:7: time "2024-01-01T14:00:00": needs a UTC offset' \
    'bad.csv:8: 4 fields, but the header has 3' '5 problems; nothing was imported'; do
	grep -qF "$want" "$T/err" || { cat "$T/err"; fail "missing: $want"; }
done
grep -q 'bad.csv:2:\|bad.csv:4:' "$T/err" && fail "good rows reported as bad"
[ "$(dump)" = "$before" ] || fail "a bad CSV file changed the history"

cat >"$T/bad.json" <<'JSON'
{"format": "unclench-history", "version": 1, "records": [
{"type": "drink", "time": "2024-01-01T10:00:00Z", "ml": 250},
{"type": "cramp", "time": "2024-01-01T11:00:00Z", "part": "knee"},
{"type": "drink", "time": "2024-01-01T12:00:00Z", "ml": 250, "mood": "good"},
{"type": "cramp", "time": "2024-01-01T13:00:00Z", "part": "calf", "severity": -2},
{"type": "drink", "time": "2024-01-01T14:00:00Z", "ml": 250}
]}
JSON
if "$U" import "$T/bad.json" 2>"$T/err"; then fail "a bad JSON file was imported"; fi
for want in 'bad.json:3: part "knee": unknown' 'bad.json:4: unknown key "mood"' \
    'bad.json:5: severity "-2"' '3 problems; nothing was imported'; do
	grep -qF "$want" "$T/err" || { cat "$T/err"; fail "missing: $want"; }
done
[ "$(dump)" = "$before" ] || fail "a bad JSON file changed the history"

printf '{"records": [\n{"type": "drink",\n "time": "2024-01-01T10:00:00Z", "ml": 250}\n,,]}\n' >"$T/syntax.json"
if "$U" import "$T/syntax.json" 2>"$T/err"; then fail "broken JSON imported"; fi
grep -q "syntax.json:4: expected a record" "$T/err" || { cat "$T/err"; fail "JSON syntax error line"; }
[ "$(dump)" = "$before" ] || fail "broken JSON changed the history"

# A header naming a column twice (once wrote past the column map).
printf 'type,time,ml,ml\r\ndrink,2024-01-01T10:00:00Z,250,250\r\n' >"$T/twice.csv"
if "$U" import "$T/twice.csv" 2>"$T/err"; then fail "a doubled column imported"; fi
grep -qF 'twice.csv:1: column "ml" appears twice' "$T/err" || { cat "$T/err"; fail "doubled column message"; }
[ "$(dump)" = "$before" ] || fail "a doubled column changed the history"

if "$U" import "$T/missing.csv" 2>"$T/err"; then fail "a missing file imported"; fi
grep -q "missing.csv: No such file" "$T/err" || fail "missing file message"
echo "ok: round trips, duplicates, --since, bad rows"
