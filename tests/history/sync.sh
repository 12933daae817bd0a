#!/usr/bin/env bash
# One diary on two machines (two state directories, real SQLite files):
# A exports, B imports, B adds, A imports B's export, and both diaries
# export the same records (sorted); importing either export again, in
# either direction, adds nothing. Every record keeps its id across the
# trip (and it is the FHIR Observation's id); an old export without ids
# still imports, by the old duplicate rule. A diary of schema 2 gets ids
# for its rows; a damaged one is refused with not a byte written; a
# migration that fails halfway leaves nothing of itself. Deletions: import
# only adds (doc/unclench.1), so a record undone on A comes back from B's
# export that still has it.
. "$(dirname "$0")/common.bash"

on() {	# on A|B: use that machine's history
	export XDG_STATE_HOME=$T/$1
	DB=$XDG_STATE_HOME/unclench/history.db
}
imported() {	# imported N FILE: import FILE, which must add N records
	"$U" import "$2" >"$T/out" 2>&1 || { cat "$T/out"; fail "import $2 on $XDG_STATE_HOME"; }
	grep -qE "Imported $1 records? " "$T/out" || fail "import $2: expected $1 new, got: $(cat "$T/out")"
}
sorted() {	# the export, CSV, rows sorted
	"$U" export --csv | tr -d '\r' | LC_ALL=C sort
}
mkdir -p "$T/sync"

# A: the fixture, an old export without ids, twice: the second adds nothing.
fixture "$T/old.csv"
on A
imported 18 "$T/old.csv"
imported 0 "$T/old.csv"
[ "$(sqlite3 "$DB" "SELECT count(DISTINCT uid) FROM (SELECT uid FROM drinks UNION ALL
    SELECT uid FROM cramps UNION ALL SELECT uid FROM sessions UNION ALL
    SELECT uid FROM reminders) WHERE length(uid) = 36")" -eq 18 ] ||
    fail "every imported record gets its own id"
"$U" export --csv >"$T/sync/a.csv" || fail "export on A"
[ "$(tail -n +2 "$T/sync/a.csv" | tr -d '\r' | grep -cE ',[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')" -eq 18 ] ||
    fail "A's export: every row ends in a version-7 id: $(cat "$T/sync/a.csv")"
# Time-ordered: the ids made by one import grow with the row ids, so each
# lands at the end of its unique index.
[ "$(sqlite3 "$DB" "SELECT count(*) FROM (SELECT uid, lag(uid) OVER (ORDER BY id) AS p
    FROM (SELECT id, uid FROM drinks UNION ALL SELECT id, uid FROM cramps UNION ALL
    SELECT id, uid FROM sessions)) WHERE p IS NOT NULL AND uid <= p")" -eq 0 ] ||
    fail "the ids an import made do not grow with the records' order"

# B imports A's export (repeatedly), adds two records, exports as JSON.
on B
imported 18 "$T/sync/a.csv"
imported 0 "$T/sync/a.csv"
"$U" drink 330 >/dev/null || fail "drink on B"
"$U" log cramp hamstring --severity 4 >/dev/null || fail "log cramp on B"
"$U" export --json >"$T/sync/b.json" || fail "export on B"

# A imports B's export: only B's two new records; again: nothing.
on A
imported 2 "$T/sync/b.json"
imported 0 "$T/sync/b.json"
sorted >"$T/a.sorted"
"$U" export --csv >"$T/sync/a.csv"
on B
imported 0 "$T/sync/a.csv"
sorted >"$T/b.sorted"
[ "$(wc -l <"$T/a.sorted")" -eq 21 ] || fail "A: expected a header and 20 records: $(cat "$T/a.sorted")"
cmp -s "$T/a.sorted" "$T/b.sorted" || { diff "$T/a.sorted" "$T/b.sorted"; fail "the two diaries differ"; }

# The record's id is its FHIR Observation's, on either machine.
uid=$(grep hamstring "$T/b.sorted" | awk -F, '{ print $NF }')
[ -n "$uid" ] || fail "no id for B's cramp"
"$U" export --fhir >"$T/b.fhir" || fail "export --fhir on B"
on A
"$U" export --fhir >"$T/a.fhir" || fail "export --fhir on A"
for f in "$T/a.fhir" "$T/b.fhir"; do
	grep -qF "\"fullUrl\":\"urn:uuid:$uid\",\"resource\":{\"resourceType\":\"Observation\"" "$f" ||
	    fail "$f: the cramp's Observation is not urn:uuid:$uid"
done

# Deletions: an undo removes the record here only; an import adds it back.
"$U" log undo >/dev/null || fail "undo on A"
sorted >"$T/a.undone"
[ "$(comm -23 "$T/a.sorted" "$T/a.undone" | wc -l)" -eq 1 ] || fail "undo on A removed no record"
imported 1 "$T/sync/b.json"
sorted >"$T/a.back"
cmp -s "$T/a.sorted" "$T/a.back" || fail "the import did not bring the undone record back"

# A diary written by schema 2 (no ids): opened, each row gets one.
V2="CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine TEXT NOT NULL,
    kind TEXT NOT NULL, started INTEGER NOT NULL, ended INTEGER NOT NULL,
    completed INTEGER NOT NULL, steps_done INTEGER NOT NULL, steps_total INTEGER NOT NULL);
CREATE TABLE cramps (id INTEGER PRIMARY KEY, part TEXT NOT NULL, started INTEGER NOT NULL,
    duration_s INTEGER NOT NULL, severity INTEGER NOT NULL, note TEXT);
CREATE TABLE drinks (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, ml INTEGER NOT NULL CHECK (ml > 0));
CREATE TABLE reminders (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL, action TEXT NOT NULL);"
on C
mkdir -p "$XDG_STATE_HOME/unclench"
sqlite3 "$DB" "CREATE TABLE sessions (id INTEGER PRIMARY KEY, routine TEXT NOT NULL,
    kind TEXT NOT NULL, started INTEGER NOT NULL, ended INTEGER NOT NULL,
    completed INTEGER NOT NULL, steps_done INTEGER NOT NULL, steps_total INTEGER NOT NULL);
CREATE TABLE cramps (id INTEGER PRIMARY KEY, part TEXT NOT NULL, started INTEGER NOT NULL,
    duration_s INTEGER NOT NULL, severity INTEGER NOT NULL, note TEXT);
CREATE TABLE drinks (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, ml INTEGER NOT NULL CHECK (ml > 0));
CREATE TABLE reminders (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, kind TEXT NOT NULL, action TEXT NOT NULL);
INSERT INTO drinks VALUES (1, 1700000000, 250), (2, 1700000000, 250);
INSERT INTO cramps VALUES (3, 'calf', 1700000100, 60, 5, NULL);
INSERT INTO reminders VALUES (1, 1700000200, 'hydration', 'sent');
PRAGMA user_version = 2;" || fail "cannot write a schema 2 diary"
"$U" export --csv >"$T/c.csv" || fail "export of a schema 2 diary"
[ "$(sqlite3 "$DB" 'PRAGMA user_version')" -eq 3 ] || fail "not migrated"
[ "$(tail -n +2 "$T/c.csv" | tr -d '\r' | awk -F, 'length($NF) == 36 { print $NF }' | sort -u | wc -l)" -eq 4 ] ||
    fail "the migrated rows need four distinct ids: $(cat "$T/c.csv")"
# A damaged schema 2 diary is refused before the migration writes a byte.
on D
mkdir -p "$XDG_STATE_HOME/unclench"
sqlite3 "$DB" "$V2 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
    INSERT INTO drinks SELECT i, 1700000000 + i * 60, 100 + i % 50 FROM n;
    PRAGMA user_version = 2;" || fail "cannot write a big schema 2 diary"
python3 -c 'import sys; p = sys.argv[1]; d = bytearray(open(p, "rb").read())
d[8192:] = b"\x5a" * (len(d) - 8192); open(p, "wb").write(d)' "$DB" || fail "cannot damage it"
cp "$DB" "$T/damaged.db"
"$U" drink 250 >/dev/null 2>"$T/err" && fail "a damaged diary took a drink"
grep -qF "is damaged" "$T/err" || fail "no clear error: $(cat "$T/err")"
"$U" export --csv >/dev/null 2>&1 && fail "a damaged diary was exported"
cmp -s "$DB" "$T/damaged.db" || fail "the damaged diary was written to"
# The migration is one transaction: when a step fails (a column already
# there, as a hand edit might leave), nothing of it stays.
on E
mkdir -p "$XDG_STATE_HOME/unclench"
sqlite3 "$DB" "$V2 ALTER TABLE reminders ADD COLUMN uid TEXT;
    INSERT INTO drinks VALUES (1, 1700000000, 250); PRAGMA user_version = 2;" ||
    fail "cannot write the half-migrated diary"
"$U" drink 250 >/dev/null 2>"$T/err" && fail "a failed migration still took a drink"
[ "$(sqlite3 "$DB" 'PRAGMA user_version')" -eq 2 ] || fail "a failed migration moved the schema on"
[ "$(count drinks)" -eq 1 ] || fail "a failed migration changed the drinks"
sqlite3 "$DB" "SELECT uid FROM sessions" 2>/dev/null && fail "a failed migration left a uid column behind"
# The JSON format stays version 1: the id is an optional key a version 1
# file may lack (as every export before ids did), not a changed meaning.
on F
cat >"$T/v1.json" <<'EOF'
{"format": "unclench-history", "version": 1, "records": [
{"type": "drink", "time": "2024-03-01T08:00:00Z", "ml": 250},
{"type": "cramp", "time": "2024-03-01T23:10:00Z", "part": "calf", "duration_s": 60, "severity": 4},
{"type": "reminder", "time": "2024-03-01T09:00:00Z", "kind": "hydration", "action": "sent"}
]}
EOF
imported 3 "$T/v1.json"
imported 0 "$T/v1.json"
"$U" export --json >"$T/f.json" || fail "export on F"
grep -q '^{"format": "unclench-history", "version": 1, ' "$T/f.json" || fail "the export is not version 1: $(head -c 200 "$T/f.json")"
[ "$(grep -cE '"id": "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"' "$T/f.json")" -eq 3 ] ||
    fail "the version 1 records got no ids: $(cat "$T/f.json")"
imported 0 "$T/f.json"
sed 's/"version": 1/"version": 2/' "$T/v1.json" >"$T/v2.json"
"$U" import "$T/v2.json" >"$T/out" 2>&1 && fail "a version 2 file was imported"
grep -qF "version 2: this unclench reads version 1" "$T/out" || fail "version 2: $(cat "$T/out")"
echo "ok: sync"
