#!/usr/bin/env bash
# Hooks: on_reminder runs with the UNCLENCH_* environment (no shell: the
# words are as written); a hook that hangs is killed at its 5 s deadline
# while the daemon goes on answering; a hook that does not exist is
# logged, once, and the daemon is fine. From the CLI, on_cramp_logged
# runs with the cramp's part and severity, and a hanging one neither
# holds up `unclench log` nor outlives its deadline (its failure goes to
# hooks.log).
source "$(dirname "$0")/lib.sh"

config() {	# the on_reminder command
	cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $(active_window)
[hooks]
on_reminder = $1
on_cramp_logged = $T/record.sh $T/cramp.env
EOF
}
cat >"$T/record.sh" <<'EOF'
#!/bin/sh
env | grep '^UNCLENCH_' | sort >"$1.tmp"
printf 'argv: %s|%s\n' "$1" "$2" >>"$1.tmp"
mv "$1.tmp" "$1"
EOF
cat >"$T/hang.sh" <<'EOF'
#!/bin/sh
echo $$ >"$1.tmp"; mv "$1.tmp" "$1"
exec sleep 60
EOF
chmod +x "$T/record.sh" "$T/hang.sh"
daemon_answers() {
	"$UNCLENCH" daemon --status >/dev/null 2>&1 || fail "the daemon does not answer"
}
stop_daemon() {
	kill -TERM "$DAEMON_PID"
	wait_exit "$DAEMON_PID" 10 || fail "the daemon did not stop"
	[ "$EXIT_CODE" -eq 0 ] || fail "the daemon exited $EXIT_CODE"
}

# 1. The environment, and the words as written: '$HOME' stays a word.
config "$T/record.sh $T/reminder.env '\$HOME x'"
start_daemon
wait_for "the hook's record" 10 file_nonempty "$T/reminder.env"
for want in UNCLENCH_EVENT=reminder UNCLENCH_KIND=hydration \
    "UNCLENCH_TITLE=Time for some water" "argv: $T/reminder.env|\$HOME x"; do
	grep -qxF -- "$want" "$T/reminder.env" || fail "the hook lacks $want: $(cat "$T/reminder.env")"
done
grep -qE '^UNCLENCH_BODY=0 ml of 2000 ml today\.' "$T/reminder.env" ||
    fail "the hook's body: $(cat "$T/reminder.env")"
! grep -q '^UNCLENCH_PART=' "$T/reminder.env" || fail "a reminder has no part"
daemon_answers
stop_daemon

# 2. A hook that hangs: killed at 5 s, the daemon answering meanwhile.
config "$T/hang.sh $T/hang.pid"
start_daemon
wait_for "the hanging hook" 10 file_nonempty "$T/hang.pid"
hpid=$(cat "$T/hang.pid")
t0=$(date +%s%N)
kill -0 "$hpid" 2>/dev/null || fail "the hanging hook is not running"
daemon_answers		# while it hangs
gone() { ! kill -0 "$hpid" 2>/dev/null; }
wait_for "the hanging hook to be killed" 10 gone
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$ms" -ge 3500 ] || fail "the hook was killed after only $ms ms (deadline 5 s)"
wait_for "the log to say it" 5 log_has "hook on_reminder: still running after 5 s: killed"
daemon_answers
stop_daemon

# 3. A hook that does not exist: logged once, though reminders repeat.
: >"$LOG"
config "$T/no-such-hook arg"
start_daemon
wait_for "the missing hook in the log" 10 log_has "hook on_reminder: cannot run: No such file or directory"
"$UNCLENCH" --config "$T/config.ini" drink 100 >/dev/null || fail "drink failed"
wait_for "the next reminder's attempt" 20 log_has "hook on_reminder started"
second() { [ "$(log_count "hook on_reminder started")" -ge 2 ]; }
"$UNCLENCH" --config "$T/config.ini" drink 100 >/dev/null || fail "drink failed"
wait_for "a second run of the hook" 20 second
reaped() { [ "$(grep -c "debug: hook on_reminder: cannot run" "$LOG")" -ge 1 ]; }
wait_for "the second failure to be reaped" 10 reaped
[ "$(grep -v 'debug:' "$LOG" | grep -cF 'hook on_reminder: cannot run')" -eq 1 ] ||
    fail "the failure was not logged exactly once: $(grep -F 'hook on_reminder' "$LOG")"
daemon_answers
stop_daemon

# 4. The CLI: a cramp runs on_cramp_logged with its part and severity.
"$UNCLENCH" --config "$T/config.ini" log cramp calf --severity 7 >/dev/null ||
    fail "log cramp failed"
wait_for "the cramp hook" 10 file_nonempty "$T/cramp.env"
for want in UNCLENCH_EVENT=cramp_logged UNCLENCH_PART=calf UNCLENCH_SEVERITY=7; do
	grep -qxF -- "$want" "$T/cramp.env" || fail "the cramp hook lacks $want: $(cat "$T/cramp.env")"
done
# A hanging one: `log` returns at once, the hook dies at its deadline.
sed -i "s|^on_cramp_logged = .*|on_cramp_logged = $T/hang.sh $T/cramp.pid|" "$T/config.ini"
t0=$(date +%s%N)
"$UNCLENCH" --config "$T/config.ini" log cramp foot >/dev/null || fail "log cramp failed"
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$ms" -lt 3000 ] || fail "log cramp waited for its hook ($ms ms)"
wait_for "the hanging cramp hook" 10 file_nonempty "$T/cramp.pid"
cpid=$(cat "$T/cramp.pid")
cgone() { ! kill -0 "$cpid" 2>/dev/null; }
wait_for "the hanging cramp hook to be killed" 10 cgone
hooklog=$XDG_STATE_HOME/unclench/hooks.log
wait_for "hooks.log to say it" 5 grep -qF "hook on_cramp_logged ($T/hang.sh $T/cramp.pid): still running after 5 s: killed" "$hooklog"
echo "ok: hooks get their environment, hang only until killed at 5 s, fail once in the log"
