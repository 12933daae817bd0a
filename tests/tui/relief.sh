#!/usr/bin/env bash
# The relief picker and the end of an episode: `unclench now` asks where
# (Enter takes calf; 1-7 and the letters choose, t for quad; q leaves;
# a mouse click chooses),
# "e" (it has eased) ends at once, the severity (one key, 0 = 10) and the
# trigger questions are optional (Enter skips), and the episode is
# recorded with part, duration and severity. From the menu, item 1 leads
# to the same picker.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
db=$XDG_STATE_HOME/unclench/history.db

pick() {	# key(s) expected-title
	local want=$1
	shift
	tui_run 80 24 "$BIN now"
	tui_wait "Where is the cramp?"
	tui_keys "$@"
	tui_wait "$want"
	tui_keys C-c
	tui_wait_exit
}
pick "Calf cramp (charley horse)" Enter
pick "Foot or toe cramp" f
pick "Hamstring cramp" 3
pick "Front of the thigh cramp" t
pick "Lower back spasm" B
pick "Hand or forearm cramp" w
pick "Neck or shoulder knot" j j j j j Enter

# Quad is t (thigh); q means quit here as everywhere: it leaves, and no
# quad cramp is recorded.
before=$(sqlite3 "$db" "select count(*) from cramps")
tui_run 80 24 "$BIN now"
tui_wait "Where is the cramp?"
tui_screen | grep -qE "4  t   Quad" || fail "quad is not on t"
tui_screen | grep -qF "q back" || fail "the key line does not offer q"
tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "q: exit status $(tui_rc)"
[ "$(sqlite3 "$db" "select count(*) from cramps")" = "$before" ] ||
    fail "q in the picker recorded a cramp"

# A mouse click (X10 report) on the second target: foot.
tui_run 80 24 "$BIN now"
tui_wait "Where is the cramp?"
row=$(tui_screen | grep -n "Foot and toes" | cut -d: -f1)
tui_click "$row" 11
tui_wait "Foot or toe cramp"
tui_keys C-c
tui_wait_exit

# It has eased: severity 7, trigger 4, recorded.
tui_run 80 24 "$BIN now calf"
tui_wait "Pull the toes toward the shin"
tui_keys e
tui_wait "How bad was it, 1 to 10?"
tui_keys 7
tui_wait "What might have set it off?"
tui_keys 4
tui_wait "Severity 7 of 10."
tui_wait "Saved to your history."
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored
got=$(sqlite3 "$db" "select part, severity, note from cramps
    order by id desc limit 1")
[ "$got" = "calf|7|trigger: in bed at night" ] || fail "recorded: $got"

# Enter skips both questions: severity 0 (not given), no note.
tui_run 80 24 "$BIN now foot"
tui_wait "Pull the toes up and back"
tui_keys e
tui_wait "How bad was it, 1 to 10?"
tui_keys Enter
tui_wait "What might have set it off?"
tui_keys Enter
tui_wait "No severity given."
tui_keys x
tui_wait_exit
got=$(sqlite3 "$db" "select part, severity, coalesce(note, '-') from cramps
    order by id desc limit 1")
[ "$got" = "foot|0|-" ] || fail "recorded: $got"

# 0 means 10; from the menu's first item.
tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
tui_keys Enter
tui_wait "Where is the cramp?"
tui_keys n
tui_wait "Neck or shoulder knot"
tui_keys e
tui_wait "How bad was it, 1 to 10?"
tui_keys 0 Escape
tui_wait "Severity 10 of 10."
tui_wait "Press any key to go back"
tui_keys x
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit
got=$(sqlite3 "$db" "select part, severity from cramps
    order by id desc limit 1")
[ "$got" = "neck|10" ] || fail "recorded: $got"

# The warning signs at any moment, and back to the steps.
tui_run 80 24 "$BIN now calf"
tui_wait "Pull the toes toward the shin"
tui_keys '!'
tui_wait "possible blood clot (DVT)"
tui_wait "do NOT stretch or massage"
tui_keys Escape
tui_wait "Pull the toes toward the shin"
tui_keys C-c
tui_wait_exit
echo "ok"
