#!/usr/bin/env bash
# A broken config: relief (`now`) still runs, on the defaults, and says on
# screen which file it ignored and its first error, even when a warning
# comes before it in the file; the other full-screen commands refuse
# before the screen starts (exit 1, the error named). A config with only
# warnings runs, the warning shown once. The stretch list's notice counts
# the routine files it could not read, not their errors.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-long
CFG=$XDG_CONFIG_HOME/unclench/config.ini
NOON="UNCLENCH_TEST_WALL=2026-06-01 12:00"

# The screen as one line, spaces squeezed (the notice wraps).
flat() {
	tui_screen | tr '\n' ' ' | tr -s ' '
}

# A warning (an unknown key) first, then the error.
printf '[general]\nget_ready = 0s\nbel = no\n[hydration]\ninterval = 45 mins\n' \
    >"$CFG"
tui_run 100 30 "$BIN now calf" "$NOON"
tui_wait "cramp 00:0"
tui_wait "ignored, defaults used"
flat | grep -qF "config $CFG ignored, defaults used: [hydration] interval: \"45 mins\"" ||
    fail "now: the notice does not name the file and its error"
flat | grep -qF "(and 1 more" || fail "now: the warning is not counted"
tui_keys C-c
tui_wait_exit
tui_assert_restored

# --config naming no file: relief runs and says so.
tui_run 100 30 "$BIN --config $T/nonexistent.ini now calf" "$NOON"
tui_wait "cramp 00:0"
tui_wait "ignored, defaults used"
flat | grep -qF "nonexistent.ini ignored, defaults used: cannot open" ||
    fail "now: --config nonexistent not named"
tui_keys C-c
tui_wait_exit

# The player and the menu refuse, before the screen starts.
for cmd in "stretch t-long" "menu" "breathe"; do
	tui_run 100 30 "$BIN $cmd"
	tui_wait_exit
	[ "$(tui_rc)" = 1 ] || fail "$cmd with a broken config: exit $(tui_rc)"
	flat | grep -qF "[hydration] interval: \"45 mins\"" ||
	    fail "$cmd: the error is not named"
	flat | grep -qF "has errors: nothing done" ||
	    fail "$cmd: does not say it did nothing"
	tui_assert_restored
done

# Only a warning: the routine plays, the warning on screen.
printf '[general]\nget_ready = 0s\nbell = no\n[routine]\nrepz = 3\n' >"$CFG"
tui_run 100 30 "$BIN stretch t-long"
tui_wait "Alpha hold"
tui_wait "unknown section"
flat | grep -qF "config $CFG: [routine]: unknown section" ||
    fail "stretch: the warning is not shown"
tui_keys C-c
tui_wait_exit
# Two broken routine files of three errors each: "2 files", not 6.
printf '[general]\nget_ready = 0s\nbell = no\n' >"$CFG"
printf '[routine]\nkind = stretch\n' >"$XDG_DATA_HOME/unclench/routines/broken-a.ini"
printf '[routine]\nkind = stretch\n' >"$XDG_DATA_HOME/unclench/routines/broken-b.ini"
tui_run 100 30 "$BIN stretch"
tui_wait "could not be read"
flat | grep -qF "2 routine files could not be read" ||
    fail "the stretch list does not count the files"
tui_keys q
tui_wait_exit
echo "ok"
