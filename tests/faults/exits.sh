#!/usr/bin/env bash
# The exit paths tests/tui/signals.sh and the others do not take: Ctrl-\
# (SIGQUIT); SIGTERM, SIGHUP and SIGINT on other screens than the player
# (the menu and its sub-screens, breathing, relief, the quit question, a
# paused routine, the summary); a crash (SIGSEGV, SIGABRT); and fatal()
# while the screen is up (out of memory: a preloaded malloc that refuses
# the 256 KiB buffer a routine file is read into, so the menu opens and
# the routine list fails). Each time the terminal is restored (canonical
# mode and echo on, the program's screen gone) with the status expected,
# and a routine cut short is in the history as stopped early.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
tui_routines t-long t-breath t-stretch
DB=$XDG_STATE_HOME/unclench/history.db

# A crash must not leave a core file in the working directory.
run() {	# command [env...]
	local cmd=$1
	shift
	tui_run 80 24 "ulimit -c 0; $cmd" "$@"
}

# stop_by HOW WANT-STATUS: send HOW (a key or a signal), check the end.
stop_by() {
	local pid
	case $1 in
	C-*)	tui_keys "$1" ;;
	*)	pid=$(tui_pid)
		[ -n "$pid" ] || fail "$1: no pid for the program"
		kill "-$1" "$pid" ;;
	esac
	tui_wait_exit
	[ "$(tui_rc)" = "$2" ] || fail "$1: exit status $(tui_rc), want $2"
	tui_assert_restored
	tui_screen | grep -qE 'Well done|Quit this routine|PAUSED|Hydration|cramp now' &&
	    fail "$1: the program's screen is still shown"
	return 0
}

stopped() {
	sqlite3 "$DB" "select count(*) from sessions where completed = 0" \
	    2>/dev/null || echo 0
}

# Ctrl-\ in the player.
run "$BIN stretch t-long"
tui_wait "Alpha hold"
stop_by 'C-\' 131
[ "$(stopped)" = 1 ] || fail "C-\\: not recorded as stopped early"

# SIGTERM with the quit question open; SIGINT (by kill) while paused.
run "$BIN stretch t-long"
tui_wait "Alpha hold"
tui_keys q
tui_wait "Quit this routine? y/n"
stop_by TERM 143
run "$BIN stretch t-long"
tui_wait "Alpha hold"
tui_keys Space
tui_wait "PAUSED"
stop_by INT 130
[ "$(stopped)" = 3 ] || fail "not recorded as stopped early: $(stopped)"

# SIGHUP while breathing; SIGQUIT in relief.
run "$BIN breathe t-breath"
tui_wait "Breathe in"
stop_by HUP 129
# (Past its first 15 s: a relief left sooner, nothing done, is no cramp.)
run "$BIN now calf" UNCLENCH_TEST_TIME_SCALE=20
tui_wait "Pull the toes toward the shin"
tui_wait_re "cramp 00:(1[6-9]|[2-5][0-9])"
stop_by QUIT 131
[ "$(sqlite3 "$DB" "select count(*) from cramps where part = 'calf'")" = 1 ] ||
    fail "the relief episode cut short was not recorded"

# SIGHUP on the summary, after a routine ran to its end.
run "$BIN stretch t-stretch" UNCLENCH_TEST_TIME_SCALE=20
tui_wait "Well done." 30
stop_by HUP 129

# SIGTERM in the menu's hydration screen.
run "$BIN"
tui_wait "I have a cramp now"
tui_keys 5
tui_wait "Hydration"
stop_by TERM 143

# A crash: the terminal back, then the default action.
run "$BIN stretch t-long"
tui_wait "Alpha hold"
stop_by SEGV 139
run "$BIN"
tui_wait "I have a cramp now"
stop_by ABRT 134

# fatal() with the screen up: out of memory reading a routine file.
CC=${CC:-cc}
if command -v "$CC" >/dev/null; then
	cat >"$T/nomem.c" <<'EOC'
/* Refuse the one allocation ini.c reads a file into (INI_MAX_FILE + 2). */
#include <errno.h>
#include <stddef.h>
extern void *__libc_malloc(size_t);
void *
malloc(size_t n)
{
	if (n == 256 * 1024 + 2) {
		errno = ENOMEM;
		return NULL;
	}
	return __libc_malloc(n);
}
EOC
	"$CC" -shared -fPIC -o "$T/nomem.so" "$T/nomem.c" ||
	    fail "cannot build the malloc shim"
	# No config file: nothing is read before the screen is up.
	rm -f "$XDG_CONFIG_HOME/unclench/config.ini"
	run "$BIN" LD_PRELOAD="$T/nomem.so"
	tui_wait "I have a cramp now"
	tui_keys 2
	tui_wait_exit
	[ "$(tui_rc)" = 2 ] || fail "fatal: exit status $(tui_rc), want 2"
	tui_assert_restored
	tui_wait "unclench: out of memory allocating 262146 bytes"
	tui_screen | grep -q "Stretch routines" &&
	    fail "fatal: the program's screen is still shown"
else
	echo "note: no C compiler: the fatal() case is not run"
fi
echo "ok"
