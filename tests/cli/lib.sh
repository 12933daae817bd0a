# Shared by the CLI tests: an isolated home, and assertions that say what
# they expected. Source it; $UNCLENCH is the binary under test.
set -u
top=${UNCLENCH_TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
UNCLENCH=${UNCLENCH:-$top/unclench}
work=$(mktemp -d /tmp/unclench-cli.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_STATE_HOME=$work/state XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
unset NO_COLOR
fails=0

# run CMD...: sets $out, $err and $rc.
run() {
	"$@" >"$work/out" 2>"$work/err"
	rc=$?
	out=$(cat "$work/out")
	err=$(cat "$work/err")
}

fail() {
	echo "FAIL: $*"
	echo "  stdout: ${out:0:600}"
	echo "  stderr: ${err:0:600}"
	fails=$((fails + 1))
}

expect_rc() {	# N description
	[ "$rc" -eq "$1" ] || fail "$2: exit $rc, expected $1"
}

expect_out() {	# pattern description
	grep -qE -- "$1" <<<"$out" || fail "$2: stdout lacks /$1/"
}

expect_err() {	# pattern description
	grep -qE -- "$1" <<<"$err" || fail "$2: stderr lacks /$1/"
}

finish() {
	if [ "$fails" -ne 0 ]; then
		echo "$fails check(s) failed"
		exit 1
	fi
	echo "all checks passed"
}
