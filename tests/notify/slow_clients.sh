#!/usr/bin/env bash
# A slow or silent control-socket client never holds the daemon: while a
# client trickles a byte every 0.9 s and nine more connect and say nothing,
# the hydration reminder due 5 s after the last one goes out on time, the
# trickler and the silent ones are closed at their 2 s deadline, the two
# clients beyond the cap of eight are told the daemon is busy at once, and
# SIGTERM
# ends the daemon within a second. (The old daemon read each client in
# turn with a 1 s timeout per read: the trickler held it for as long as it
# kept sending.)
source "$(dirname "$0")/lib.sh"

SOCK=$XDG_RUNTIME_DIR/unclench/daemon.sock
# The clients, each bounded by its own time limit: connect, then either
# send one byte every INTERVAL s or nothing, until the daemon answers or
# closes or SECS have passed; write "SECONDS-TAKEN REPLY" to OUT (and
# create OUT.conn once connected).
cat >"$T/client.py" <<'PY'
import socket, sys, time, select
sock, mode, secs, interval, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sock)
open(out + ".conn", "w").close()
t0 = time.monotonic()
got = b""
while time.monotonic() - t0 < secs:
    wait = interval if mode == "trickle" else secs - (time.monotonic() - t0)
    r, _, _ = select.select([s], [], [], max(0.0, wait))
    if r:
        try:
            chunk = s.recv(4096)
        except OSError:
            chunk = b""
        if not chunk:
            break
        got += chunk
        continue
    if mode == "trickle":
        try:
            s.send(b"s")
        except OSError:
            break
with open(out + ".tmp", "w") as f:
    f.write("%.2f %s\n" % (time.monotonic() - t0, got.decode(errors="replace").strip() or "-"))
import os
os.rename(out + ".tmp", out)
PY

CLIENTS=()
# client MODE NAME: start one client (12 s at most) in the background.
client() {
	python3 "$T/client.py" "$SOCK" "$1" 12 0.9 "$T/$2.out" 2>>"$T/client.err" &
	CLIENTS+=("$!")
	LIB_PIDS+=("$!")
}
# wait_clients: every client has written its result (bounded).
clients_done() {
	local n
	n=$(find "$T" -maxdepth 1 -name '*.out' ! -name daemon.out | wc -l)
	[ "$n" -ge "$1" ]
}
taken() { cut -d' ' -f1 "$T/$1.out"; }
reply() { cut -d' ' -f2- "$T/$1.out"; }
within() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $(active_window)
EOF
start_daemon
wait_for "the first reminder" 20 log_has "reminder delivered"
first=$(now_ms)

# The slow clients arrive just after it, so the next falls due among them.
client trickle trickle
for i in 1 2 3 4 5 6 7 8 9; do
	client silent "silent$i"
done
two_delivered() { [ "$(log_count "reminder delivered")" -ge 2 ]; }
wait_for "the second reminder" 20 two_delivered
late=$(( $(now_ms) - first ))
wait_for "the clients to finish" 20 clients_done 10
# Due 5 s after the first (the interval): allow 1.5 s for the delivery.
[ "$late" -le 6500 ] || fail "the second reminder came $late ms after the first (due after 5000 ms)"
# Ten clients, eight served: two are told at once that the daemon is busy;
# every other one is closed at its deadline without an answer.
busy=0
for c in trickle silent1 silent2 silent3 silent4 silent5 silent6 silent7 \
    silent8 silent9; do
	case $(reply "$c") in
	*busy*)
		busy=$((busy + 1))
		within "$(taken "$c")" 1 ||
		    fail "$c, over the cap, waited $(taken "$c") s to be told"
		;;
	-) within "$(taken "$c")" 3 ||
		fail "$c was held $(taken "$c") s (the deadline is 2 s)" ;;
	*) fail "$c got an answer: $(reply "$c")" ;;
	esac
done
[ "$busy" -eq 2 ] || fail "expected two clients over the cap, told busy; got $busy"

# The daemon still answers, and a client's request still works.
"$UNCLENCH" daemon --status >"$T/status" 2>&1 || fail "status failed: $(cat "$T/status")"
grep -q 'running since' "$T/status" || fail "status: $(cat "$T/status")"

# SIGTERM among a trickler and silent clients: out within a second.
rm -f "$T"/trickle.out* "$T"/silent*.out*
client trickle trickle
client silent silent1
connected() { [ -e "$T/trickle.out.conn" ] && [ -e "$T/silent1.out.conn" ]; }
wait_for "the clients to connect" 10 connected
t0=$(now_ms)
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s of SIGTERM"
took=$(( $(now_ms) - t0 ))
[ "$took" -le 1000 ] || fail "SIGTERM took $took ms among slow clients (expected under 1 s)"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE, expected 0"
wait_for "the clients to see the daemon go" 20 clients_done 2
for pid in "${CLIENTS[@]}"; do
	wait "$pid" 2>/dev/null
done
echo "ok: slow clients held nothing: reminder on time ($late ms), SIGTERM in $took ms"
