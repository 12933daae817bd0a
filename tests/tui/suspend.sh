#!/usr/bin/env bash
# Ctrl-Z from a shell with job control: the program stops with the
# terminal restored, and on fg the routine is paused where it was (the
# countdown did not run on while stopped); space goes on.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-long

# An interactive shell in the pane, so Ctrl-Z and fg do what they do.
tui_run 80 24 "PS1='PROMPT\$ ' bash --norc --noprofile -i"
tui_wait "PROMPT\$"
tmux -S "$SOCK" send-keys -l "$BIN stretch t-long"
tui_keys Enter
tui_wait "Alpha hold"
tui_wait_re ' 3[0-9] s$'

tui_keys C-z
tui_wait "Stopped"
tui_wait "PROMPT\$"
pid=$(pgrep -f -x "$BIN stretch t-long" | head -n 1)
[ -n "$pid" ] || fail "the stopped program is gone"
state=$(awk '{print $3}' "/proc/$pid/stat")
[ "$state" = T ] || fail "the program is not stopped (state $state)"
# The terminal is back to normal for the shell while it is stopped.
tmux -S "$SOCK" send-keys -l "stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo MODES-END"
tui_keys Enter
# The typed command holds MODES-END too: wait for the output line itself.
tui_wait_re '^-?icanon -?echo MODES-END$'
tui_screen | grep -qx "icanon echo MODES-END" ||
    fail "terminal modes while stopped: $(tui_screen | grep -E '^-?icanon' | tail -n 1)"

tui_keys -l "fg"
tui_keys Enter
tui_wait "PAUSED"
v=$(tui_secs)
[ -n "$v" ] || fail "no countdown after fg"
# Frozen until space, whatever the time spent stopped.
for _ in $(seq 1 20); do
	[ "$(tui_secs)" = "$v" ] || fail "countdown moved while paused after fg"
	sleep 0.05
done
tui_keys Space
tui_wait_gone "PAUSED"
i=0
while [ "$(tui_secs)" = "$v" ]; do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "countdown stuck at $v after space"
	sleep 0.05
done
tui_keys q
tui_keys y
tui_wait "Stopped early."
tui_keys x
# Earlier prompts are on screen already: wait for the process to go.
i=0
while pgrep -f -x "$BIN stretch t-long" >/dev/null; do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "the program still runs after quitting"
	sleep 0.05
done
echo "ok: Ctrl-Z stops, fg comes back paused, space goes on"
