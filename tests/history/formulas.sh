#!/usr/bin/env bash
# CSV injection: a note a spreadsheet would run as a formula (starting
# with =, +, -, @, a tab or a CR) is exported quoted behind a ' (OWASP),
# and import takes that quote off again, so export -> import -> export
# gives the same file and the same notes, for each prefix and for notes
# that already start with quotes. JSON stays as it is.
. "$(dirname "$0")/common.bash"

state() {	# use a fresh history under $T/$1
	export XDG_STATE_HOME=$T/$1
	DB=$XDG_STATE_HOME/unclench/history.db
}
notes() {	# the notes, as stored, in order
	sqlite3 "$DB" "SELECT hex(note) FROM cramps ORDER BY id"
}

NOTES=("=cmd|' /C calc'!A0" "+1+1" "-2+3" "@SUM(1+1)*cmd|' /C calc'!A0"
	"'=already quoted" "''+twice" "'plain quote" "a=b, not first")
state a
day=$(date -d yesterday +%Y-%m-%d)
i=0
for n in "${NOTES[@]}"; do
	i=$((i + 1))
	"$U" log cramp calf --note "$n" --at "$day $(printf '%02d:00' "$i")" >/dev/null ||
	    fail "log cramp --note '$n'"
done
"$U" export --csv >"$T/a.csv" || fail "export --csv"
for want in "\"'=cmd|' /C calc'!A0\"" "\"'+1+1\"" "\"'-2+3\"" \
    "\"'@SUM(1+1)*cmd|' /C calc'!A0\"" "\"''=already quoted\"" \
    "\"'''+twice\"" ",'plain quote," ',"a=b, not first",'; do
	grep -qF -- "$want" "$T/a.csv" || { cat "$T/a.csv"; fail "export lacks the cell $want"; }
done
# No cell of the export starts with a formula character.
tail -n +2 "$T/a.csv" | tr -d '\r' | tr ',' '\n' | grep -q '^[=+@-]' &&
    fail "a cell still starts with a formula character"
notes >"$T/a.notes"

state b
"$U" import "$T/a.csv" >/dev/null || fail "import the export"
notes >"$T/b.notes"
cmp -s "$T/a.notes" "$T/b.notes" || { diff "$T/a.notes" "$T/b.notes"; fail "import changed the notes"; }
"$U" export --csv >"$T/b.csv"
cmp -s "$T/a.csv" "$T/b.csv" || { diff "$T/a.csv" "$T/b.csv"; fail "CSV export differs after a round trip"; }
"$U" export --json >"$T/b.json"
grep -qF '"note": "=cmd|'"'"' /C calc'"'"'!A0"' "$T/b.json" || fail "JSON keeps the note as it is"

# Tab and CR first: a note cannot hold them, but a hand-edited diary can.
sqlite3 "$DB" "UPDATE cramps SET note = char(9) || 'tab' WHERE id = (SELECT min(id) FROM cramps);
    UPDATE cramps SET note = char(13) || 'cr' WHERE id = (SELECT max(id) FROM cramps)" ||
    fail "sqlite3 could not plant the notes"
"$U" export --csv >"$T/c.csv" || fail "export --csv"
grep -qF "\"'"$'\t'"tab\"" "$T/c.csv" || fail "a leading tab is not guarded"
grep -qF "\"'"$'\r'"cr\"" "$T/c.csv" || fail "a leading CR is not guarded"
echo "ok: formula cells guarded, and round trips exact"
