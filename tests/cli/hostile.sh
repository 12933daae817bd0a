#!/usr/bin/env bash
# Hostile text from files never reaches the terminal raw. Control
# characters (ESC sequences, C1 CSI/OSC) are refused at load in routines,
# themes and config, naming file, section and key, and in notes and
# imports, naming the field; whatever text is printed (list, check, import
# errors, log undo, export to a terminal) shows them, and bidi overrides,
# escaped. Each check looks for the raw bytes and for the escaped form.
. "$(dirname "$0")/lib.sh"

ESC=$'\033'
C1_CSI=$'\xc2\x9b'	# U+009B
C1_OSC=$'\xc2\x9d'	# U+009D
RLO=$'\xe2\x80\xae'	# U+202E RIGHT-TO-LEFT OVERRIDE
sock=$work/tmux.sock
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
HOSTILE="A${ESC}]2;TITLE"$'\a'"${ESC}]52;c;QUJD"$'\a'"Z"

# raw_free FILE what: no ESC, no C1 control, no bidi override in FILE.
raw_free() {
	if grep -qaF "$ESC" "$1" || grep -qaF "$C1_CSI" "$1" ||
	    grep -qaF "$C1_OSC" "$1" || grep -qaF "$RLO" "$1"; then
		fail "$2: raw control or bidi bytes reached the output"
	fi
}
# both: stdout and stderr of the last run are free of raw bytes.
both_raw_free() {
	raw_free "$work/out" "$1 (stdout)"
	raw_free "$work/err" "$1 (stderr)"
}

routine() {	# FILE TITLE
	printf '[routine]\ntitle = %s\nkind = stretch\nsummary = s\nsource = s\n\n[step1]\ntype = stretch\ntitle = Hold\ntext = Hold it.\nhold = 10s\n' "$2" >"$1"
}

# Refused at load, naming the key: ESC in a title, C1 in a step's text.
routine "$work/osc.ini" "$HOSTILE"
run "$UNCLENCH" check "$work/osc.ini"
expect_rc 1 "check, ESC in a title"
expect_err 'osc\.ini: \[routine\] title: has a control character \(U\+001B\)' "check names the key"
both_raw_free "check, ESC in a title"
printf '[routine]\ntitle = C1\nkind = stretch\nsummary = s\nsource = s\n\n[step1]\ntype = stretch\ntitle = Hold\ntext = a%sb\nhold = 10s\n' "$C1_CSI" >"$work/c1.ini"
run "$UNCLENCH" check "$work/c1.ini"
expect_rc 1 "check, C1 CSI in a step's text"
expect_err '\[step1\] text: has a control character \(U\+009B\)' "check names the step's key"
both_raw_free "check, C1 in a text"
sed "s/^name = .*/name = Night${C1_OSC}0;X/" "$top/themes/night.ini" >"$work/theme.ini"
run "$UNCLENCH" check "$work/theme.ini"
expect_rc 1 "check, C1 OSC in a theme's name"
expect_err '\[theme\] name: has a control character \(U\+009D\)' "check names the theme's key"
both_raw_free "check, C1 in a theme"
printf '[daemon]\nterminal = xterm -T %s]0;x -e\n' "$ESC" >"$work/conf.ini"
run "$UNCLENCH" check "$work/conf.ini"
expect_rc 1 "check, ESC in a config value"
expect_err '\[daemon\] terminal: has a control character \(U\+001B\)' "check names the config key"
both_raw_free "check, ESC in config"
# A tab stays allowed in a value.
routine "$work/tab.ini" $'Calf\tstretch'
run "$UNCLENCH" check "$work/tab.ini"
expect_rc 0 "check, a tab in a title is fine"

# A bidi override is allowed text but printed escaped by check and list.
routine "$work/bidi.ini" "Calm ${RLO}txt.exe"
run "$UNCLENCH" check "$work/bidi.ini"
expect_rc 0 "check, bidi title"
expect_out 'routine "Calm \\u202etxt\.exe"' "check shows the override escaped"
both_raw_free "check, bidi title"
mkdir -p "$XDG_DATA_HOME/unclench/routines"
cp "$work/bidi.ini" "$XDG_DATA_HOME/unclench/routines/bidi.ini"
cp "$work/osc.ini" "$XDG_DATA_HOME/unclench/routines/osc.ini"
run "$UNCLENCH" list
expect_out 'bidi .*Calm \\u202etxt\.exe' "list shows the override escaped"
expect_err 'osc\.ini: \[routine\] title: has a control character' "list reports the hostile routine"
both_raw_free "list"
rm -f "$XDG_DATA_HOME/unclench/routines/"*.ini

# Import: error messages quote fields escaped (CSV raw, JSON \u001b).
hdr='type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action'
printf '%s\r\ndrink%s]2;X\a,2024-05-01T10:00:00Z,,,,,,,,,,,250,\r\n' "$hdr" "$ESC" >"$work/bad.csv"
run "$UNCLENCH" import "$work/bad.csv"
expect_rc 1 "import, ESC in a CSV field"
expect_err 'type "drink\\x1b\]2;X\\x07": unknown' "the CSV error shows the field escaped"
both_raw_free "import CSV error"
printf '[{"type": "cramp", "time": "2024-05-01T10:00:00Z", "part": "calf\\u001b]2;X\\u0007"}]\n' >"$work/bad.json"
run "$UNCLENCH" import "$work/bad.json"
expect_rc 1 "import, \\u001b in a JSON field"
expect_err 'part "calf\\x1b\]2;X\\x07": unknown' "the JSON error shows the field escaped"
both_raw_free "import JSON error"
printf '[{"type": "cramp", "time": "2024-05-01T10:00:00Z", "part": "calf", "note": "a\\u009b2Jb"}]\n' >"$work/c1.json"
run "$UNCLENCH" import "$work/c1.json"
expect_rc 1 "import, C1 in a note"
expect_err 'c1\.json:1: note: has a C1 control character' "the note is refused, by field"
[ ! -e "$XDG_STATE_HOME/unclench/history.db" ] || fail "a refused import created the store"
run "$UNCLENCH" log cramp calf --note "a${C1_CSI}2Jb"
expect_rc 2 "log cramp, C1 in a note (a bad argument)"
expect_err 'C1 control' "log cramp refuses the C1 note"

# Notes already in the diary (an older build let C1 in; a hand edit can
# put anything): log undo and export to a terminal escape them, export to
# a file or pipe stays exact.
run "$UNCLENCH" log cramp calf --note "first"
expect_rc 0 "log a cramp"
db=$XDG_STATE_HOME/unclench/history.db
note="x${C1_CSI}2J${ESC}]0;T"$'\a'"${RLO}y"
sqlite3 "$db" "UPDATE cramps SET note = CAST(X'$(printf '%s' "$note" | od -An -tx1 | tr -d ' \n')' AS TEXT)" ||
    fail "sqlite3 could not plant the note"
run "$UNCLENCH" export --csv
expect_rc 0 "export --csv to a pipe"
grep -qaF "$note" "$work/out" || fail "export to a pipe must keep the note exactly"
run "$UNCLENCH" export --json
expect_out '"note": "x\\u009b2J\\u001b\]0;T\\u0007\\u202ey"' "JSON export writes \\u escapes"
both_raw_free "export --json"
# Export to a terminal: tmux is the terminal; pipe-pane keeps the raw bytes.
tmux -S "$sock" -f /dev/null new-session -d -x 200 -y 20 \
    "read go; '$UNCLENCH' export --csv; echo __END__; read done" ||
    fail "tmux could not start"
tmux -S "$sock" pipe-pane -o -t 0 "cat >'$work/pane'"
tmux -S "$sock" send-keys -t 0 Enter
for ((i = 0; i < 200; i++)); do
	grep -qa __END__ "$work/pane" 2>/dev/null && break
	sleep 0.05
done
grep -qa __END__ "$work/pane" || fail "export in tmux did not finish"
tmux -S "$sock" kill-server 2>/dev/null
grep -qaF 'x\u009b2J\x1b]0;T\x07\u202ey' "$work/pane" || fail "export to a terminal shows the note escaped"
raw_free "$work/pane" "export --csv to a terminal"
run "$UNCLENCH" log undo
expect_rc 0 "log undo"
expect_out 'Removed the last record: .*"x\\u009b2J\\x1b\]0;T\\x07\\u202ey"' "log undo shows the note escaped"
both_raw_free "log undo"

finish
