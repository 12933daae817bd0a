#!/usr/bin/env bash
# The player's hook: a routine recorded runs [hooks] on_routine_end with
# the routine's name, kind and outcome in UNCLENCH_*; a hook that hangs
# holds up neither the summary nor the way out (the player exits at once
# and the terminal comes back sane), and it is killed at its 5 s deadline.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
cat >"$T/record.sh" <<'EOF'
#!/bin/sh
env | grep '^UNCLENCH_' | sort >"$1.tmp"; mv "$1.tmp" "$1"
EOF
cat >"$T/hang.sh" <<'EOF'
#!/bin/sh
echo $$ >"$1.tmp"; mv "$1.tmp" "$1"
exec sleep 60
EOF
chmod +x "$T/record.sh" "$T/hang.sh"
printf '[general]\nget_ready = 0s\nbell = no\n[hooks]\non_routine_end = %s %s\n' \
    "$T/record.sh" "$T/end.env" | tui_config

tui_run 80 24 "$BIN breathe box"
tui_wait "Breathe in"
tui_keys n
tui_wait "Saved to your history."
for ((i = 0; i < 200; i++)); do
	[ -s "$T/end.env" ] && break
	sleep 0.05
done
[ -s "$T/end.env" ] || fail "on_routine_end did not run"
for want in UNCLENCH_EVENT=routine_end UNCLENCH_TITLE=box \
    UNCLENCH_KIND=breathing "UNCLENCH_BODY=stopped early"; do
	grep -qxF -- "$want" "$T/end.env" || fail "the hook lacks $want: $(cat "$T/end.env")"
done
tui_keys x
tui_wait_exit

printf '[general]\nget_ready = 0s\nbell = no\n[hooks]\non_routine_end = %s %s\n' \
    "$T/hang.sh" "$T/hang.pid" | tui_config
tui_run 80 24 "$BIN breathe box"
tui_wait "Breathe in"
tui_keys n
tui_wait "Saved to your history."
for ((i = 0; i < 200; i++)); do
	[ -s "$T/hang.pid" ] && break
	sleep 0.05
done
[ -s "$T/hang.pid" ] || fail "the hanging hook did not start"
hpid=$(cat "$T/hang.pid")
t0=$(date +%s%N)
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored
kill -0 "$hpid" 2>/dev/null || fail "the hook was killed before its deadline"
for ((i = 0; i < 200; i++)); do
	kill -0 "$hpid" 2>/dev/null || break
	sleep 0.05
done
kill -0 "$hpid" 2>/dev/null && fail "the hanging hook outlived its deadline"
ms=$((($(date +%s%N) - t0) / 1000000))
grep -qF "hook on_routine_end ($T/hang.sh $T/hang.pid): still running after 5 s: killed" \
    "$XDG_STATE_HOME/unclench/hooks.log" 2>/dev/null ||
    fail "hooks.log does not say the hook was killed"
echo "ok: on_routine_end got its environment; a hanging one held nothing up and died at its deadline (${ms} ms after the exit)"
