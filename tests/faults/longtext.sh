#!/usr/bin/env bash
# The longest texts a routine may hold: a 60-character title with no
# space in it (routine and step), a 1000-character instruction with a
# 100-character word in it, a 200-character summary. At 80x24 the whole
# instruction is shown (its last word too) with the timer still there
# and the key line intact; at 40x12 it wraps, cut with an ellipsis, the
# key line offers Up/Dn and PgDn pages down to its last word; at 20x6 the
# screen says it is too small. No line is ever wider than the terminal
# (lines the terminal wrapped would be joined by capture-pane -J), the
# program survives every size, the picker keeps its columns, and it ends
# cleanly.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
export LC_ALL=C.UTF-8	# ${#line} counts characters, not bytes

title=$(printf 'Pneumonoultramicroscopicsilicovolcanoconiosis%.0s' 1 2)
title=${title:0:60}
long=$(printf 'w%.0s' $(seq 100))
words="Lean into the wall with the back heel down and the knee straight,"
text="$words $long"
while [ ${#text} -lt 1000 ]; do
	text="$text $words"
done
text="${text:0:987} ENDOFTHETEXT"
summary=$(printf 's%.0s' $(seq 200))
if [ ${#title} != 60 ] || [ ${#text} != 1000 ] || [ ${#summary} != 200 ]; then
	fail "test data: ${#title} ${#text} ${#summary}"
fi
cat >"$XDG_DATA_HOME/unclench/routines/t-longtext.ini" <<EOT
[routine]
title = $title
kind = stretch
summary = $summary
source = unclench test data

[step1]
title = $title
text = $text
hold = 40s
sides = left-right
rest = 2s
EOT
"$BIN" check "$XDG_DATA_HOME/unclench/routines/t-longtext.ini" >"$T/check" 2>&1 ||
    fail "the longest texts are refused: $(cat "$T/check")"
# The same lengths in two-byte characters: a 200-character summary and a
# 60-character title are 520 bytes of get-ready cue.
e60=$(printf 'é%.0s' $(seq 60))
e200=$(printf 'é%.0s' $(seq 200))
cat >"$XDG_DATA_HOME/unclench/routines/t-utf8.ini" <<EOT
[routine]
title = $e60
kind = stretch
summary = $e200
source = unclench test data

[step1]
title = $e60
text = Short.
hold = 40s
EOT

resize() {
	tmux -S "$SOCK" resize-window -x "$1" -y "$2" || fail "resize $1x$2"
}

last_line() {
	tmux -S "$SOCK" capture-pane -p -S "$(($1 - 1))" -E "$(($1 - 1))"
}

tui_run 80 24 "$BIN stretch t-longtext"
tui_wait "LEFT side"
tui_wait "ENDOFTHETEXT"
tui_wait_re 'Hold +[0-9]+ s'
fault_fits 80 "80x24"
[ "$(last_line 24)" = " space pause  n skip  p back  r restart  +/- hold  b bell  ? help  q quit" ] ||
    fail "80x24: the key line is not the last line: $(last_line 24)"
tui_screen | head -n 1 | grep -qE "^ ${title:0:40}.* step 1 of 1$" ||
    fail "80x24: the title row is wrong: $(tui_screen | head -n 1)"
tui_screen | grep -qF "${long:0:76}" || fail "80x24: the long word is not cut to the line"

resize 40 12
tui_wait "spc pause n skip Up/Dn more q quit"
tui_wait_re '…$'
fault_fits 40 "40x12"
[ "$(last_line 12)" = " spc pause n skip Up/Dn more q quit" ] ||
    fail "40x12: the key line is not the last line: $(last_line 12)"
tui_screen | grep -qF "Lean into the wall" || fail "40x12: no instruction"
tui_screen | grep -qF "ENDOFTHETEXT" && fail "40x12: all 1000 characters fit?"
# Page down to the end (bounded: 1000 characters are ~30 lines).
i=0
while ! tui_screen | grep -qF "ENDOFTHETEXT" && [ $i -lt 40 ]; do
	tui_keys NPage
	i=$((i + 1))
	tui_wait_re 'Hold +[0-9]+ s'
done
tui_wait "ENDOFTHETEXT"
fault_fits 40 "40x12 paged"
tui_keys Up
tui_wait_gone "ENDOFTHETEXT"

resize 20 6
tui_wait "too small"
fault_fits 20 "20x6"

resize 80 24
tui_wait "ENDOFTHETEXT"
tui_keys Space
tui_wait "PAUSED"
fault_fits 80 "paused"
tui_keys '?'
tui_wait "restart this step"
fault_fits 80 "help"
tui_keys Escape
tui_wait_gone "restart this step"
tui_keys q
tui_wait "Quit this routine? y/n"
fault_fits 80 "confirm"
tui_keys y
tui_wait "Stopped early."
fault_fits 80 "quit summary"
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored

# To the end, fast: the summary.
tui_run 40 12 "$BIN stretch t-longtext" UNCLENCH_TEST_TIME_SCALE=100
tui_wait "Well done." 30
fault_fits 40 "summary 40x12"
tui_screen | grep -qF "${title:0:39}…" || fail "summary: no title cut with …"
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored

# The get-ready cue (the summary and the first step's title) at 40x12,
# and the picker: title cut to its column, kind and length still there.
printf '[general]\nget_ready = 30s\nbell = no\n' | tui_config
tui_run 40 12 "$BIN stretch"
tui_wait "${title:0:20}"
fault_fits 40 "picker 40x12"
resize 80 24
tui_wait_re "${title:0:40}.* stretch +[0-9]"
fault_fits 80 "picker 80x24"
# The columns line up whatever the bytes per character of the titles.
col() {	# title-prefix: the column where "stretch" starts on its row
	local row
	row=$(tui_screen | grep -F -- "$1" | head -n 1)
	row=${row%% stretch *}
	echo ${#row}
}
[ "$(col "${title:0:20}")" = "$(col "${e60:0:20}")" ] ||
    fail "picker: the kind column moves with UTF-8 titles:
$(tui_screen | grep -F stretch)"
[ "$(col "${e60:0:20}")" -gt 40 ] || fail "picker: a UTF-8 title is cut short"
tui_keys Enter
tui_wait "Get ready"
tui_wait "sssssssssss"
fault_fits 80 "get ready"
resize 40 12
tui_wait "spc pause n skip Up/Dn more q quit"
fault_fits 40 "get ready 40x12"
tui_keys C-c
tui_wait_exit
tui_assert_restored

# The get-ready cue in UTF-8 reaches its end: "First: <title>."
tui_run 80 24 "$BIN stretch t-utf8"
tui_wait "Get ready"
tui_wait_re "é\.$"
fault_fits 80 "get ready, UTF-8"
tui_keys C-c
tui_wait_exit
tui_assert_restored
echo "ok"
