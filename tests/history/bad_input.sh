#!/usr/bin/env bash
# Bad arguments get a clear error naming what was wrong, a usage exit
# status (2), and write nothing: the history keeps exactly what it had.
. "$(dirname "$0")/common.bash"

"$U" drink 300 >/dev/null || fail "first drink"
snapshot() {
	sqlite3 "$DB" "SELECT 'd', id, at, ml FROM drinks; SELECT 'c', id FROM cramps;
	    SELECT 's', id FROM sessions; SELECT 'r', id FROM reminders;"
}
before=$(snapshot)

# expect STATUS PHRASE ARGS...: exits STATUS, stderr holds PHRASE.
expect() {
	local want=$1 phrase=$2 rc
	shift 2
	"$U" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" -eq "$want" ] || fail "unclench $*: exit $rc, expected $want"
	grep -qF -- "$phrase" "$T/err" || { cat "$T/err"; fail "unclench $*: no \"$phrase\""; }
	[ -s "$T/out" ] && fail "unclench $*: printed on stdout: $(cat "$T/out")"
	[ "$(snapshot)" = "$before" ] || fail "unclench $*: the history changed"
}

future=$(date -d 'tomorrow' '+%Y-%m-%d 10:00')
expect 2 '--at "yesterday": not a time' log cramp calf --at yesterday
expect 2 '--at "2024-13-01 10:00": no such date' log cramp calf --at "2024-13-01 10:00"
expect 2 '--at "2023-02-29 10:00": no such date' log cramp calf --at "2023-02-29 10:00"
expect 2 'no such time of day' log cramp calf --at "2024-01-01 24:00"
expect 2 '--at "10:61": not a time' log cramp calf --at 10:61
expect 2 "--at \"$future\": is in the future" log cramp calf --at "$future"
expect 2 '--severity "-3": too small (expected 1-10)' log cramp calf --severity -3
expect 2 '--severity "0": too small' log cramp calf --severity 0
expect 2 '--severity "11": too large' log cramp calf --severity 11
expect 2 '--severity "7.5"' log cramp calf --severity 7.5
expect 2 '--minutes "-1": too small' log cramp calf --minutes -1
expect 2 '--note: has a control character' log cramp calf --note "$(printf 'a\tb')"
expect 2 'unknown body part "knee"' log cramp knee
expect 2 'unknown body part "claf" (did you mean calf?)' log cramp claf
expect 2 'cramp needs a body part' log cramp
expect 2 'unexpected argument: foot' log cramp calf foot
expect 2 'unknown record "sneeze"' log sneeze
expect 2 '--severity needs a value' log cramp calf --severity
expect 2 '"lots": not a volume' drink lots
expect 2 '"0": too small' drink 0
expect 2 '"6l": too large' drink 6l
expect 2 '"250xl": not a volume' drink 250xl
expect 2 '--days "0": too small' stats --days 0
expect 2 'choose --csv or --json' export
expect 2 'choose one of --csv and --json' export --csv --json
expect 2 '--since "2024-02-30": no such date' export --csv --since 2024-02-30
expect 2 'undo takes no arguments' log undo everything

# A long note is refused whole, not cut.
expect 2 '--note: too long' log cramp calf --note "$(head -c 501 /dev/zero | tr '\0' x)"

# Good input still works after all that, and aliases resolve.
"$U" log cramp charley-horse --severity 4 --minutes 3 --at "$(date -d yesterday '+%Y-%m-%d') 03:15" >"$T/out" ||
    fail "a good cramp"
grep -q "Logged a calf cramp at .* 03:15, severity 4/10, 3 min" "$T/out" || fail "said: $(cat "$T/out")"
[ "$(count cramps "part = 'calf' AND severity = 4 AND duration_s = 180")" = 1 ] || fail "cramp not stored"
"$U" drink 8oz >"$T/out" || fail "8oz"
grep -q "Logged 237 ml" "$T/out" || fail "8oz is 237 ml: $(cat "$T/out")"
mkdir -p "$XDG_CONFIG_HOME/unclench"
printf '[general]\nunits = oz\n[hydration]\nglass = 12oz\n' >"$XDG_CONFIG_HOME/unclench/config.ini"
"$U" drink >"$T/out" || fail "default glass"
grep -q "Logged 12 oz of water" "$T/out" || fail "glass in oz: $(cat "$T/out")"
[ "$(count drinks "ml = 355")" = 1 ] || fail "12 oz stored as 355 ml"
"$U" drink 10 >"$T/out" || fail "bare number in oz"
[ "$(count drinks "ml = 296")" = 1 ] || fail "10 (oz) stored as 296 ml"
# A device is refused before any of it is read; a pipe is read.
if "$U" import /dev/zero 2>"$T/err"; then fail "import /dev/zero"; fi
grep -q "/dev/zero: not a file" "$T/err" || fail "import /dev/zero said: $(cat "$T/err")"
"$U" export --csv >"$T/export.csv" || fail "export for the pipe test"
"$U" import <(cat "$T/export.csv") >"$T/out" 2>&1 || fail "import from a pipe: $(cat "$T/out")"
echo "ok: bad input refused, nothing written"
