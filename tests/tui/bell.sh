#!/usr/bin/env bash
# The phase-change bell, heard through tmux's alert-bell hook: on with
# bell = yes, silent with bell = no, turned on by b; relief at night is
# silent even with bell = yes, and rings by day.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch

# The program starts only once the hooks are in place: it waits (a bounded
# poll) for the file that listen creates, so no bell can come too early.
gate="i=0; while [ ! -e '$T/listening' ] && [ \$i -lt 200 ]; do sleep 0.05; i=\$((i+1)); done;"

listen() {	# count bells of the current server into $T/bells
	rm -f "$T/bells"
	tmux -S "$SOCK" set-option -g bell-action any
	tmux -S "$SOCK" set-option -g monitor-bell on
	tmux -S "$SOCK" set-hook -g alert-bell "run-shell 'echo bell >> $T/bells'"
	touch "$T/listening"
}

bells() {
	[ -s "$T/bells" ] && echo yes || echo no
}

run_to_end() {	# command...
	rm -f "$T/listening"
	tui_run 80 24 "$gate $*"
	listen
	tui_wait "Well done."
	tui_keys x
	tui_wait_exit
}

printf '[general]\nget_ready = 0s\nbell = yes\n' | tui_config
run_to_end "$BIN" stretch t-stretch
[ "$(bells)" = yes ] || fail "no bell with bell = yes"

printf '[general]\nget_ready = 0s\nbell = no\n' | tui_config
run_to_end "$BIN" stretch t-stretch
[ "$(bells)" = no ] || fail "a bell with bell = no"

rm -f "$T/listening"
tui_run 80 24 "$gate $BIN stretch t-stretch"
listen
tui_wait "Left and right reach"
tui_keys b
tui_wait "Bell on"
tui_wait "Well done."
[ "$(bells)" = yes ] || fail "no bell after b"
tui_keys x
tui_wait_exit

# Relief: night silences the bell, the day does not (sped-up clock).
printf '[general]\nbell = yes\n' | tui_config
rm -f "$T/listening"; tui_run 80 24 "$gate $BIN now calf" UNCLENCH_TEST_TIME_SCALE=20 \
    "UNCLENCH_TEST_WALL=2024-01-10 03:00"
listen
tui_wait "Pull the toes" 20
tui_wait "Rest  (rep 1 of 3 done)" 20
[ "$(bells)" = no ] || fail "a bell at night"
tui_keys C-c
tui_wait_exit
rm -f "$T/listening"; tui_run 80 24 "$gate $BIN now calf" UNCLENCH_TEST_TIME_SCALE=20 \
    "UNCLENCH_TEST_WALL=2024-01-10 12:00"
listen
tui_wait "Pull the toes" 20
tui_wait "Rest  (rep 1 of 3 done)" 20
[ "$(bells)" = yes ] || fail "no bell by day"
tui_keys C-c
tui_wait_exit
echo "ok"
