#!/usr/bin/env bash
# The notification buttons, pressed through dunst's own context menu (its
# dmenu is a script here that picks the wanted entry): "Drank a glass"
# logs a glass and restarts the interval from it, "Skip today" ends the
# day's hydration reminders, "Snooze" brings a session back later, and
# "Start now" runs the configured terminal command, split into words and
# executed without a shell, with `unclench stretch NAME` after it.
source "$(dirname "$0")/lib.sh"

# pick LABEL TITLE: choose the newest notification's LABEL entry.
cat >"$T/dmenu.sh" <<EOF
#!/bin/sh
label=\$(sed -n 1p "$T/pick") title=\$(sed -n 2p "$T/pick")
grep -F -- "#\$label (\$title" | sort -t '[' -k 2 -n | tail -n 1
EOF
# The "terminal": records its arguments, one per line.
cat >"$T/fake-term" <<EOF
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done >"$T/term.args.tmp"
mv "$T/term.args.tmp" "$T/term.args"
EOF
chmod +x "$T/dmenu.sh" "$T/fake-term"
cat >"$T/dunstrc" <<EOF
[global]
    markup = full
    stack_duplicates = false
    sticky_history = yes
    history_length = 100
    dmenu = $T/dmenu.sh
[urgency_normal]
    timeout = 0
EOF
start_stack
now=$(date +%H:%M)
cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $(active_window)
[daemon]
terminal = $T/fake-term  --title   unclench
snooze = 1m
[schedule]
evening = $now daily bedtime-legs
desk = $now daily desk-break
EOF

press() {	# LABEL TITLE LOG-LINE: press until the daemon logs LOG-LINE
	local try i
	printf '%s\n%s\n' "$1" "$2" >"$T/pick"
	# A new reminder may replace the one picked just then: press again.
	for ((try = 0; try < 3; try++)); do
		dunstctl context || fail "dunstctl context failed"
		for ((i = 0; i < 60; i++)); do
			log_has "$3" && return 0
			sleep 0.05
		done
	done
	fail "pressing \"$1\" on \"$2\" did not lead to: $3"
}
status() { "$UNCLENCH" daemon --status; }
status_has() { status | grep -qF -- "$1"; }

start_daemon
wait_for "the session reminders" 20 log_has "reminder delivered: Desk stretch"
wait_for "the session reminders" 20 log_has "reminder delivered: Evening"
wait_for "a hydration reminder" 20 log_has "reminder delivered: Time for"

# Start now: the terminal command as words, then unclench stretch NAME.
press "Start now" "Desk stretch" "started desk-break in a terminal"
wait_for "the terminal to start" 10 test -s "$T/term.args"
expected=$(printf '%s\n' --title unclench "$UNCLENCH" --config \
    "$T/config.ini" stretch desk-break)
[ "$(cat "$T/term.args")" = "$expected" ] ||
    fail "terminal argv: $(tr '\n' ' ' <"$T/term.args")"

# Snooze on a session: back in a minute, however late that is.
press "Snooze 1 min" "Evening stretch" "session reminder snoozed for 1 min"
status_has "session evening: bedtime-legs at $now daily; next" ||
    fail "no session line: $(status)"
status | grep -F "session evening" | grep -qF "(snoozed)" ||
    fail "the session is not snoozed: $(status)"

# Drank a glass: logged in the history, the interval starts from it.
press "Drank a glass" "Time for some water" "logged a glass (250 ml)"
wait_for "the drink to count" 10 status_has "today: 250 ml of 2000 ml"
status_has "after your last drink" ||
    fail "the next reminder does not follow the drink: $(status)"

# Skip today (on the next reminder, which counts the glass): no more
# hydration reminders today.
wait_for "the next hydration reminder" 20 \
    log_has "sending: Time for some water: 250 ml of 2000 ml today"
delivered=$(log_count "reminder delivered: Time for")
newer() { [ "$(log_count "reminder delivered: Time for")" -gt "$delivered" ]; }
wait_for "it to be on screen" 10 newer
press "Skip today" "Time for some water" \
    "hydration reminder: skipped for today"
status_has "(skipped for today)" || fail "not skipped: $(status)"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: the buttons work"
