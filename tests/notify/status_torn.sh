#!/usr/bin/env bash
# The status file is never torn: while the daemon rewrites it 10,000
# times (a test's request, honoured only with UNCLENCH_TEST_STATUS_REWRITE
# set), a reader looping on it always gets a whole record. Each rewrite
# has a new seq, so the reader also proves it saw the file change.
source "$(dirname "$0")/lib.sh"

# ask REQUEST SECONDS: one request on the control socket; its answer.
ask() {
	python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(float(sys.argv[3]))
s.connect(sys.argv[1])
s.sendall(sys.argv[2].encode() + b"\n")
s.shutdown(socket.SHUT_WR)
out = b""
while True:
    b = s.recv(4096)
    if not b:
        break
    out += b
sys.stdout.write(out.decode())
' "$XDG_RUNTIME_DIR/unclench/daemon.sock" "$1" "$2"
}

cat >"$T/config.ini" <<EOF
[hydration]
interval = 45m
active_hours = $(active_window)
EOF
UNCLENCH_TEST_STATUS_REWRITE=1 start_daemon
file=$XDG_RUNTIME_DIR/unclench/status
wait_for "the status file" 10 file_nonempty "$file"

# The reader: `unclench status --format json` parses the file (and says
# why not); it loops until told to stop, noting the seq of each read.
reader() {
	local n=0 bad=0 out
	while [ ! -e "$T/stop" ]; do
		if ! out=$("$UNCLENCH" status --format json 2>&1); then
			bad=$((bad + 1))
			echo "$out" >>"$T/bad"
		fi
		n=$((n + 1))
		sed -n 's/^seq=//p' "$file" >>"$T/seqs"
	done
	echo "$n $bad" >"$T/reader.out"
}
reader &
rpid=$!
LIB_PIDS+=("$rpid")

reply=$(ask "test-rewrite 10000" 120 2>&1) ||
    fail "cannot ask the daemon for rewrites: $reply"
[ "$reply" = ok ] || fail "test-rewrite: $reply"
touch "$T/stop"
wait_exit "$rpid" 30 || fail "the reader did not stop"
read -r n bad <"$T/reader.out"
[ "$bad" -eq 0 ] || fail "$bad of $n reads found a torn or missing file: $(head -3 "$T/bad")"
seq=$(sed -n 's/^seq=//p' "$file")
[ "$seq" -ge 10000 ] || fail "the file was rewritten only to seq $seq"
distinct=$(sort -u "$T/seqs" | wc -l)
[ "$distinct" -ge 2 ] || fail "the reader never saw the file change ($distinct seqs in $n reads)"
# Without the variable, the request is refused.
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not stop"
start_daemon
reply=$(ask "test-rewrite 5" 10 2>&1)
[ "$reply" = "error: unknown request" ] || fail "test-rewrite without the test variable: $reply"
echo "ok: $n reads during 10,000 rewrites, none torn ($distinct seqs seen)"
