#!/usr/bin/env bash
# Files people really write: a byte order mark (Notepad) on a routine and
# a config, a CSV export whose line ends were changed by another tool, a
# config with one bad value (nothing done on the defaults), a schedule
# naming no routine, an unknown key, a routine file name that breaks the
# rule.
. "$(dirname "$0")/lib.sh"
R=$XDG_DATA_HOME/unclench/routines
C=$XDG_CONFIG_HOME/unclench
mkdir -p "$R" "$C"
db=$XDG_STATE_HOME/unclench/history.db
drinks() {
	if [ -f "$db" ]; then sqlite3 "$db" "select count(*) from drinks"
	else echo 0; fi
}

# 1. A byte order mark: the routine lists, checks and plays; the config
# is used.
{ printf '\xef\xbb\xbf'; cat "$top/routines/box.ini"; } >"$R/bom-box.ini"
run "$UNCLENCH" check "$R/bom-box.ini"
expect_rc 0 "check a routine with a BOM"
expect_out "bom-box.ini: ok: routine" "check a routine with a BOM"
run "$UNCLENCH" list --kind breathing
expect_rc 0 "list with a BOM routine"
expect_out "^bom-box +breathing" "list shows the BOM routine"
printf '\xef\xbb\xbf[hydration]\nglass = 300ml\n' >"$C/config.ini"
run "$UNCLENCH" drink
expect_rc 0 "drink with a BOM config"
expect_out "Logged 300 ml" "drink uses the glass of a BOM config"
rm -f "$R/bom-box.ini" "$C/config.ini"

# 1. CSV line ends: CRLF written again as text (CR CR LF), CR alone, LF.
run "$UNCLENCH" log cramp calf --note "crlf"
"$UNCLENCH" export --csv >"$work/crlf.csv"
sed 's/\r$/\r\r/' "$work/crlf.csv" >"$work/crcrlf.csv"
tr -d '\n' <"$work/crlf.csv" >"$work/cr.csv"
tr -d '\r' <"$work/crlf.csv" >"$work/lf.csv"
for f in crcrlf cr lf; do
	rm -rf "$XDG_STATE_HOME/unclench"
	run "$UNCLENCH" import "$work/$f.csv"
	expect_rc 0 "import $f.csv"
	expect_out "Imported 2 records from .*$f.csv" "import $f.csv"
	grep -q $'\r' <<<"$err" && fail "import $f.csv: a raw CR in a message"
done
rm -rf "$XDG_STATE_HOME/unclench"

# 2. One bad value: drink, log undo and stats do nothing on the defaults
# (8 would be logged as 8 ml), naming the file, section, key and value.
printf '[general]\nunits = oz\n[hydration]\nglass = 8\n' >"$C/config.ini"
run "$UNCLENCH" drink 8
expect_rc 0 "drink 8 in ounces"
expect_out "Logged 8 oz" "drink 8 in ounces"
[ "$(sqlite3 "$db" "select ml from drinks")" = 237 ] ||
    fail "8 oz is not logged as 237 ml"
printf 'interval = 45 mins\n' >>"$C/config.ini"
before=$(drinks)
for cmd in "drink 8" "drink" "log undo" "stats"; do
	# shellcheck disable=SC2086
	run "$UNCLENCH" $cmd
	expect_rc 1 "$cmd with a broken config"
	expect_err "error: $C/config.ini: \[hydration\] interval: \"45 mins\"" \
	    "$cmd names the file, section, key and value"
	expect_err "${cmd%% *}: .*config.ini has errors: nothing done" \
	    "$cmd says it did nothing"
	[ "$(drinks)" = "$before" ] || fail "$cmd changed the diary"
done
rm -f "$C/config.ini"
# --config with no such file: an error, and nothing logged.
run "$UNCLENCH" --config "$work/nonexistent.ini" drink
expect_rc 1 "--config nonexistent drink"
expect_err "nonexistent.ini: cannot open: No such file" \
    "--config nonexistent drink"
[ "$(drinks)" = "$before" ] || fail "--config nonexistent drink logged"
# No user config at all is fine: the defaults are the user's choice.
run "$UNCLENCH" drink
expect_rc 0 "drink with no config file"
expect_out "Logged 250 ml" "drink with no config file"

# 4. check: a schedule naming no routine, with a hint; exit 1, no "ok".
printf '[schedule]\nevening = 21:30 daily bedtime-leg\n' >"$work/sched.ini"
run "$UNCLENCH" check "$work/sched.ini"
expect_rc 1 "check a schedule naming no routine"
expect_err "error: .*sched.ini: \[schedule\] evening: bedtime-leg: no such routine \(did you mean: bedtime-legs" \
    "check names the missing routine, with a hint"
grep -q ": ok: " <<<"$out" && fail "check: ok for a schedule naming no routine"
printf '[schedule]\nevening = 21:30 daily bedtime-legs\n' >"$work/sched.ini"
run "$UNCLENCH" check "$work/sched.ini"
expect_rc 0 "check a good schedule"
expect_out "sched.ini: ok: config, 1 scheduled session$" "check a good schedule"
# A user's own routine counts, and a broken one is named.
printf '[routine]\nkind = stretch\n' >"$R/mine.ini"
printf '[schedule]\nnoon = 12:00 daily mine\n' >"$work/sched.ini"
run "$UNCLENCH" check "$work/sched.ini"
expect_rc 1 "check a schedule naming a broken routine"
expect_err "\[schedule\] noon: routine mine has errors \(see unclench check .*mine.ini\)" \
    "check a schedule naming a broken routine"
rm -f "$R/mine.ini"

# 4. check: an unknown key or section is a typo: exit 1, no "ok" line.
sed 's/^reps = \(.*\)/repz = \1/' "$top/routines/bedtime-legs.ini" >"$work/repz.ini"
grep -q '^repz' "$work/repz.ini" || fail "no reps key in bedtime-legs.ini to misspell"
run "$UNCLENCH" check "$work/repz.ini"
expect_rc 1 "check a routine with repz"
expect_err "warning: .*repz.ini: \[step[0-9]+\] repz: unknown key \(did you mean reps\?\)" \
    "check a routine with repz"
expect_err "check: 0 errors, [1-9][0-9]* warnings?" "check counts the warnings"
grep -q ": ok: " <<<"$out" && fail "check: ok for a routine with repz"
printf '[hydratoin]\ngoal = 2l\n' >"$work/sect.ini"
run "$UNCLENCH" check "$work/sect.ini"
expect_rc 1 "check a config with an unknown section"
expect_err "\[hydratoin\]: unknown section \(did you mean hydration\?\)" \
    "check a config with an unknown section"
# At run time they stay warnings, said once.
printf '[hydration]\nglas = 300ml\n' >"$C/config.ini"
run "$UNCLENCH" drink
expect_rc 0 "drink with an unknown key"
expect_out "Logged 250 ml" "drink with an unknown key uses the rest"
[ "$(grep -c "glas: unknown key" <<<"$err")" = 1 ] ||
    fail "drink: the unknown key is not warned about once"
rm -f "$C/config.ini"

# 5. A routine file whose name breaks the rule is named, not skipped
# in silence, by list and by check.
cp "$top/routines/box.ini" "$R/Evening.ini"
run "$UNCLENCH" list
expect_rc 1 "list with Evening.ini"
expect_err "error: $R/Evening.ini: file name \"Evening\" is not a routine name .*rename it evening.ini" \
    "list names Evening.ini"
expect_out "^box +breathing" "list still lists the others"
run "$UNCLENCH" check "$R/Evening.ini"
expect_rc 1 "check Evening.ini"
expect_err "Evening.ini: file name \"Evening\" is not a routine name .*rename it evening.ini" \
    "check names Evening.ini"
rm -f "$R/Evening.ini"

finish
