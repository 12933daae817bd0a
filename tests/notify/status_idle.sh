#!/usr/bin/env bash
# Followers cost an idle daemon nothing: with three `status --follow`
# clients attached (one with --osc) and the next reminder 45 minutes
# away, neither the daemon nor a follower wakes up over a quiet 3 s
# (voluntary context switches unchanged). Then a change reaches them all.
source "$(dirname "$0")/lib.sh"

start_idle_daemon
start_followers
# Settled: the last follower's subscription has been served.
settled() { wakeups 0.3 "$DAEMON_PID"; [ "${WAKEUPS[0]}" -eq 0 ]; }
wait_for "the daemon to settle" 10 settled
wakeups 3 "$DAEMON_PID" "${FOLLOWERS[0]}"	# the quiet period measured
[ "${WAKEUPS[0]}" -eq 0 ] ||
    fail "the idle daemon woke ${WAKEUPS[0]} times in 3 s with followers"
[ "${WAKEUPS[1]}" -eq 0 ] ||
    fail "an idle follower woke ${WAKEUPS[1]} times in 3 s"

"$UNCLENCH" --config "$T/config.ini" drink 250 >/dev/null || fail "drink failed"
for i in 1 2 3; do
	wait_for "follower $i to see the drink" 5 grep -qF "water 250/2000 ml" "$T/follow.$i"
done
echo "ok: 0 wake-ups in 3 s with three followers; the change reached them all"
