#!/usr/bin/env bash
# Followers cost an idle daemon nothing: with three `status --follow`
# clients attached (one with --osc) and the next reminder 45 minutes
# away, neither the daemon nor a follower wakes up over a quiet 3 s
# (voluntary context switches unchanged). Then a change reaches them all.
source "$(dirname "$0")/lib.sh"

field() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }
children() { pgrep -P "$1" | wc -l; }
cat >"$T/dunstrc" <<EOF
[global]
    stack_duplicates = false
[urgency_normal]
    timeout = 1
EOF
start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 45m
active_hours = $(active_window)
EOF
start_daemon
wait_for "the first reminder" 20 log_has "reminder delivered"
no_children() { [ "$(children "$DAEMON_PID")" -eq 0 ]; }
wait_for "the delivery to finish" 30 no_children

pids=()
for i in 1 2 3; do
	osc=; [ "$i" -eq 3 ] && osc=--osc
	"$UNCLENCH" status --follow $osc >"$T/follow.$i" 2>&1 &
	pids+=("$!")
	LIB_PIDS+=("$!")
done
followed() { grep -qF water "$T/follow.1" && grep -qF water "$T/follow.2" && grep -qF water "$T/follow.3"; }
wait_for "the followers' first lines" 10 followed
# Settled: the last follower's subscription has been served.
settled() {
	local a b
	a=$(field "$DAEMON_PID" voluntary_ctxt_switches); sleep 0.3
	b=$(field "$DAEMON_PID" voluntary_ctxt_switches); [ "$a" = "$b" ]
}
wait_for "the daemon to settle" 10 settled
d0=$(field "$DAEMON_PID" voluntary_ctxt_switches)
f0=$(field "${pids[0]}" voluntary_ctxt_switches)
sleep 3		# the quiet period measured
d1=$(field "$DAEMON_PID" voluntary_ctxt_switches)
f1=$(field "${pids[0]}" voluntary_ctxt_switches)
[ "$d1" -eq "$d0" ] || fail "the idle daemon woke $((d1 - d0)) times in 3 s with followers"
[ "$f1" -eq "$f0" ] || fail "an idle follower woke $((f1 - f0)) times in 3 s"

"$UNCLENCH" --config "$T/config.ini" drink 250 >/dev/null || fail "drink failed"
for i in 1 2 3; do
	wait_for "follower $i to see the drink" 5 grep -qF "water 250/2000 ml" "$T/follow.$i"
done
echo "ok: 0 wake-ups in 3 s with three followers; the change reached them all"
