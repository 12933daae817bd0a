#!/usr/bin/env bash
# The headless commands: help, version, list, check, and usage errors.
. "$(dirname "$0")/lib.sh"

run "$UNCLENCH" --help
expect_rc 0 "--help"
expect_out "usage: unclench" "--help"
expect_out "not a medical device" "--help shows the disclaimer"
for c in now stretch relax breathe list check drink log stats export daemon; do
	grep -qE "^  $c( |$)" <<<"$out" || fail "--help lists $c"
done

run "$UNCLENCH" --version
expect_rc 0 "--version"
expect_out "^unclench [0-9]+\.[0-9]+\.[0-9]+$" "--version"

run "$UNCLENCH" help check
expect_rc 0 "help check"
expect_out "usage: unclench check FILE" "help check"
run "$UNCLENCH" check --help
expect_out "usage: unclench check FILE" "check --help"

run "$UNCLENCH" frobnicate
expect_rc 2 "unknown command"
expect_err "unknown command: frobnicate" "unknown command"
expect_err "^usage:" "unknown command prints usage"
run "$UNCLENCH" --frob
expect_rc 2 "unknown option"
expect_err "unknown option --frob" "unknown option"
run "$UNCLENCH" list --kind nonsense
expect_rc 2 "list --kind nonsense"
expect_err "unknown kind \"nonsense\"" "list --kind nonsense"

# list: every shipped routine, with kind and duration.
run "$UNCLENCH" list
expect_rc 0 "list"
n=$(ls "$top"/routines/*.ini | wc -l)
listed=$(tail -n +2 <<<"$out" | wc -l)
[ "$listed" -eq "$n" ] || fail "list shows $listed routines, $n shipped"
expect_out "^relief-calf +relief +[0-9]+ s\+ +Calf" "list relief-calf"
expect_out "^breath-478 +breathing +[0-9]+ (s|min) " "list breath-478"
run "$UNCLENCH" list --kind pmr
[ "$(tail -n +2 <<<"$out" | awk '{print $2}' | sort -u)" = pmr ] ||
    fail "list --kind pmr shows only pmr"

# A user's routine overrides a shipped one of the same name, and shows.
mkdir -p "$XDG_DATA_HOME/unclench/routines"
cat >"$XDG_DATA_HOME/unclench/routines/box.ini" <<'INI'
[routine]
title = My own box
kind = breathing
summary = mine
source = me
inhale = 3
hold_in = 3
exhale = 3
hold_out = 3
cycles = 2
INI
run "$UNCLENCH" list --kind breathing
expect_out "^box +breathing +24 s +My own box" "user routine overrides"
# A broken user routine: listed others still, error named, exit 1.
printf '[routine]\ntitle = x\n' >"$XDG_DATA_HOME/unclench/routines/broken.ini"
run "$UNCLENCH" list
expect_rc 1 "list with a broken user routine"
expect_err "broken.ini: \[routine\] kind: missing" "list names the broken file"
expect_out "^relief-calf" "list still lists the good ones"
rm -rf "$XDG_DATA_HOME/unclench"

# check: all shipped files pass.
run "$UNCLENCH" check "$top"/routines/*.ini "$top"/themes/*.ini "$top"/config/*.ini
expect_rc 0 "check shipped files"
[ -z "$err" ] || fail "check of shipped files printed warnings"
[ "$(grep -c ': ok: ' <<<"$out")" -eq "$(ls "$top"/routines/*.ini "$top"/themes/*.ini "$top"/config/*.ini | wc -l)" ] ||
    fail "check prints one ok line per file"
expect_out "relief-calf.ini: ok: routine \"[^\"]+\", relief, [0-9]+ steps" "check line"

# check: broken files of each type, every problem, exit 1.
printf '[routine]\ntitle = T\nkind = stretch\nsummary = S\nsource = X\n[step1]\ntitle = A\ntext = B\nhold = 0\nholdd = 3\n' >"$work/bad.ini"
run "$UNCLENCH" check "$work/bad.ini"
expect_rc 1 "check broken routine"
expect_err "bad.ini: \[step1\] hold: \"0\" is too short \(expected a duration" "check hold"
expect_err "warning: .*\[step1\] holdd: unknown key \(did you mean hold\?\)" "check suggests"
printf '[theme]\nname = x\n' >"$work/theme.ini"
run "$UNCLENCH" check "$work/theme.ini"
expect_rc 1 "check broken theme"
expect_err "\[theme\] description: missing" "check theme"
printf '[hydration]\ninterval = 2s\n' >"$work/cfg.ini"
run "$UNCLENCH" check "$work/cfg.ini"
expect_rc 1 "check broken config"
expect_err "\[hydration\] interval: \"2s\" is too short" "check config"
head -c 3000 /dev/urandom >"$work/random.ini"
run "$UNCLENCH" check "$work/random.ini"
expect_rc 1 "check random bytes"
run "$UNCLENCH" check "$work/nonexistent.ini"
expect_rc 1 "check missing file"
expect_err "nonexistent.ini: cannot open: No such file" "check missing file"
run "$UNCLENCH" check
expect_rc 2 "check with no file"

# --config with a broken file is reported by commands that read it.
run "$UNCLENCH" --config
expect_rc 2 "--config without a file"

finish
