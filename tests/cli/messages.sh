#!/usr/bin/env bash
# Usage errors say what is wrong with the word given, not just that it
# was not understood; `help COMMAND` lists a command's options and what
# its arguments take.
. "$(dirname "$0")/lib.sh"

# usage_error PATTERN ARGS...: exit 2, stderr matches PATTERN, and a
# usage line follows; nothing on stdout.
usage_error() {
	local want=$1
	shift
	run "$UNCLENCH" "$@"
	expect_rc 2 "$*"
	expect_err "$want" "$*"
	expect_err "^usage: unclench" "$* prints the usage"
	[ -z "$out" ] || fail "$*: printed on stdout"
}

# A negative amount is not an option.
usage_error '^unclench: drink: -5: the amount must be positive$' drink -5
usage_error '^unclench: drink: -0\.3l: the amount must be positive$' drink -0.3l
usage_error '^unclench: drink: -50: the amount must be positive$' drink --at 10:00 -50
[ ! -e "$XDG_STATE_HOME/unclench/history.db" ] || fail "a refused drink opened the history"
# A missing value names the option and what it takes.
usage_error '^unclench: list: --kind needs a value: stretch, pmr, breathing or relief$' list --kind
usage_error '^unclench: list: -k needs a value: stretch, pmr, breathing or relief$' list -k
usage_error '^unclench: stats: --days needs a value: a number of days, 1-3660$' stats --days
usage_error '^unclench: log: --severity needs a value: a severity, 1-10$' log cramp calf --severity
usage_error '^unclench: drink: --at needs a value: a time' drink --at
usage_error '^unclench: daemon: --pause needs a value: a duration, like 30m or 2h$' daemon --pause
# An unknown option is called one, with its name.
usage_error '^unclench: now: unknown option --frob$' now --frob
usage_error '^unclench: now: unknown option -x$' now calf -x
usage_error '^unclench: list: unknown option --frob$' list --frob
usage_error '^unclench: drink: unknown option -x$' drink -x
usage_error '^unclench: stats: --screen takes no value$' stats --screen=1
usage_error '^unclench: export: unknown option --frob$' export --frob
usage_error '^unclench: stretch: unknown option --frob$' stretch --frob
usage_error '^unclench: unknown option --frob$' --frob
# The command is "breathe": list takes that for breathing too.
run "$UNCLENCH" list --kind breathe
expect_rc 0 "list --kind breathe"
[ "$(tail -n +2 <<<"$out" | awk '{print $2}' | sort -u)" = breathing ] ||
    fail "list --kind breathe shows only breathing routines"

# A config value's message reads as a sentence: "X is an empty range".
printf '[hydration]\nactive_hours = 22:00-22:00\n' >"$work/range.ini"
run "$UNCLENCH" check "$work/range.ini"
expect_rc 1 "check an empty range"
expect_err '\[hydration\] active_hours: "22:00-22:00" is an empty range \(expected' "check an empty range"
grep -qF "is the range is" <<<"$err" && fail "check an empty range: \"is the range is\""

# help: every option of log cramp, and the units drink takes.
run "$UNCLENCH" help log
expect_rc 0 "help log"
for o in --severity --minutes --note --at; do
	expect_out "^  $o " "help log lists $o"
done
run "$UNCLENCH" help drink
expect_rc 0 "help drink"
expect_out "ml, l or oz" "help drink names the units"
expect_out "units = oz" "help drink says what a bare number is"
expect_out "^  --at TIME" "help drink lists --at"
for c in drink log stats export daemon; do
	run "$UNCLENCH" help "$c"
	[ "$(awk 'length > 79' <<<"$out")" = "" ] || fail "help $c: a line wider than 79 columns"
done

finish
