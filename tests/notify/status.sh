#!/usr/bin/env bash
# The status feed: with no daemon, `status` says so and fails (a prompt
# stays empty and succeeds, `--follow` fails); with one, every format
# reads the file the daemon writes; `prompt` prints the segment while a
# reminder is due and nothing once the drink answers it, then the segment
# again when the next reminder comes (the daemon's own clock: a 5 s
# interval); `--follow` prints a line per change and exits when the
# daemon stops; `--follow --osc` gets the reminder as a terminal
# notification when no notification server takes it (there is none here:
# no session bus).
source "$(dirname "$0")/lib.sh"

st() { "$UNCLENCH" status "$@"; }

# No daemon.
out=$(st 2>&1); rc=$?
[ "$rc" -eq 1 ] || fail "status with no daemon: exit $rc ($out)"
grep -qF "the daemon is not running" <<<"$out" || fail "status with no daemon said: $out"
[ "$(wc -l <<<"$out")" -eq 1 ] || fail "status with no daemon is not brief: $out"
out=$(st --format prompt 2>&1); rc=$?
[ "$rc" -eq 0 ] && [ -z "$out" ] || fail "prompt with no daemon: exit $rc, printed \"$out\""
out=$(st --follow 2>&1); rc=$?
[ "$rc" -eq 1 ] || fail "status --follow with no daemon: exit $rc ($out)"
out=$(st --format bogus 2>&1); rc=$?
[ "$rc" -eq 2 ] && grep -qF 'expected text, tmux, prompt, json or waybar' <<<"$out" ||
    fail "a bad format: exit $rc ($out)"

cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $(active_window)
EOF
start_daemon
status_file=$XDG_RUNTIME_DIR/unclench/status
wait_for "the status file" 10 file_nonempty "$status_file"
[ "$(stat -c %a "$status_file")" = 600 ] || fail "the status file is not private"

# The first reminder is due at once.
due_prompt() { [ "$(st --format prompt)" = "💧 due" ]; }
wait_for "the prompt to show the reminder" 10 due_prompt

# A follower, started now: its first line is the status as it is.
"$UNCLENCH" status --follow >"$T/follow.out" 2>&1 &
fpid=$!
LIB_PIDS+=("$fpid")
TERM=foot "$UNCLENCH" status --follow --osc --format prompt >"$T/osc.out" 2>&1 &
opid=$!
LIB_PIDS+=("$opid")
# Inside tmux, for kitty: OSC 99 wrapped for tmux's passthrough.
TMUX=/tmp/tmux-0/default,1,0 TERM=xterm-kitty "$UNCLENCH" status --follow --osc \
    >"$T/tmux-osc.out" 2>&1 &
LIB_PIDS+=("$!")
wait_for "the follower's first line" 10 grep -qF "due" "$T/follow.out"

text=$(st)
[[ $text == "water 0/2000 ml · next: water "*" · 💧 due" ]] || fail "text: $text"
ascii=$(LC_ALL=C st)
[[ $ascii == "water 0/2000 ml | next: water "*" | water due" ]] || fail "ASCII text: $ascii"
json=$(st --format json)
grep -qF '"water_ml":0,"goal_ml":2000' <<<"$json" && grep -qF '"due_kind":"hydration"' <<<"$json" &&
    grep -qF '"presence":"present"' <<<"$json" || fail "json: $json"
wb=$(st --format waybar)
grep -qF '"class":"due","percentage":0}' <<<"$wb" && grep -qF '"tooltip":"water 0/2000 ml\n' <<<"$wb" ||
    fail "waybar: $wb"
tm=$(st --format tmux)
grep -qF '#[fg=colour' <<<"$tm" && grep -qF '#[default]' <<<"$tm" || fail "tmux: $tm"

# No server took the reminder: the --osc follower wrote it as OSC 777
# (TERM=foot) to its terminal, once, whole.
wait_for "the terminal notification" 10 grep -qF $'\e]777;notify;Time for some water;' "$T/osc.out"
[ "$(grep -c $'\e]777;' "$T/osc.out")" -eq 1 ] || fail "more than one terminal notification: $(cat -v "$T/osc.out")"
wait_for "the tmux-wrapped notification" 10 grep -qF $'\ePtmux;\e\e]99;i=unclench:d=0;Time for some water\e\e\\' "$T/tmux-osc.out"
# The plain follower asked for no notifications and got none.
! grep -q $'\e' "$T/follow.out" || fail "a follower without --osc got escape sequences"

# A drink answers it: the prompt is empty, then due again 5 s later.
"$UNCLENCH" --config "$T/config.ini" drink 300 >/dev/null || fail "drink failed"
no_prompt() { [ -z "$(st --format prompt)" ]; }
wait_for "the prompt to clear" 5 no_prompt
[ "$(st --format prompt | wc -c)" -eq 0 ] || fail "the prompt printed something (a newline?)"
wait_for "the follower to see the drink" 5 grep -qF "water 300/2000 ml" "$T/follow.out"
wait_for "the next reminder on the prompt" 15 due_prompt
wait_for "the follower to see it" 5 grep -qF "300/2000 ml · next: water" "$T/follow.out"

# One line per change, no repeats.
[ "$(sort "$T/follow.out" | uniq -d | wc -l)" -eq 0 ] ||
    fail "the follower repeated a line: $(cat "$T/follow.out")"

# The daemon stops: the followers exit 0, and the file goes with it.
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not stop"
wait_exit "$fpid" 5 || fail "status --follow outlived the daemon"
[ "$EXIT_CODE" -eq 0 ] || fail "status --follow: exit $EXIT_CODE"
wait_exit "$opid" 5 || fail "status --follow --osc outlived the daemon"
[ ! -e "$status_file" ] || fail "the status file outlived the daemon"
out=$(st 2>&1); rc=$?
[ "$rc" -eq 1 ] || fail "status after the daemon stopped: exit $rc ($out)"
echo "ok: the status feed in every format, a prompt that speaks only when due, followers and terminal notifications"
