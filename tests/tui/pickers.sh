#!/usr/bin/env bash
# The pickers: `unclench stretch` lists the stretch routines (title, kind,
# duration), Enter plays one and its end comes back to the list; a bad
# name fails before curses with the close matches and exit 2; a routine of
# another kind is refused the same way.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch t-breath t-pmr t-pmr-legs

# A bad name: one line naming the close match, exit 2, no screen.
set +e
err=$("$BIN" stretch t-strech 2>&1 >/dev/null </dev/null)
rc=$?
set -e
[ "$rc" = 2 ] || fail "bad name: exit $rc, expected 2"
echo "$err" | head -n 1 | grep -q "t-stretch" ||
    fail "bad name: no close match named: $err"
set +e
err=$("$BIN" stretch t-breath 2>&1 >/dev/null </dev/null)
rc=$?
set -e
[ "$rc" = 2 ] || fail "wrong kind: exit $rc, expected 2"
echo "$err" | grep -q "unclench breathe t-breath" ||
    fail "wrong kind: no hint: $err"
set +e
err=$("$BIN" relax ../../etc/passwd 2>&1 >/dev/null </dev/null)
rc=$?
set -e
[ "$rc" = 2 ] || fail "path as a name: exit $rc, expected 2"

tui_run 80 24 "$BIN stretch"
tui_wait "Stretch routines"
tui_wait_re 'Test stretch +stretch +8 s'
tui_screen | grep -q "Test relax" && fail "a PMR routine in the stretch list"
# Move to the test routine (the list is sorted by name) and start it.
idx=$(tui_screen | sed -n '3,$p' | grep -n 'Test stretch' | cut -d: -f1)
[ -n "$idx" ] || fail "Test stretch not listed"
downs=()
for _ in $(seq 2 "$idx"); do downs+=(Down); done
[ ${#downs[@]} -gt 0 ] && tui_keys "${downs[@]}"
tui_wait "unclench stretch t-stretch"
tui_keys Enter
tui_wait "Left and right reach"
tui_wait "Well done."
tui_wait "Press any key to go back"
tui_keys x
tui_wait "Stretch routines"
tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored

# relax with skip_legs: the leg group is left out.
tui_config <<'CFG'
[general]
get_ready = 0s
bell = no
[pmr]
skip_legs = yes
CFG
tui_run 80 24 "$BIN relax t-pmr"
tui_wait "Hands"
tui_wait "TENSE"
tui_wait "RELEASE"
tui_wait "Notice the difference"
tui_wait "Well done."
tui_wait "Steps: done 1, skipped 0"
tui_keys x
tui_wait_exit
# Only leg groups: said so, and the routine runs whole.
tui_run 80 24 "$BIN relax t-pmr-legs"
tui_wait "skip_legs would leave no group to tense"
tui_wait "Both legs"
tui_keys C-c
tui_wait_exit
echo "ok"
