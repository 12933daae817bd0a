#!/usr/bin/env bash
# No English left for a German reader (issue 18): the menu, the help
# screen, hydration, the history, the stretch picker, a stretch routine
# (its key overlay, paused, the quit question, the summary), the relief
# picker, relief for the calf, its severity and trigger questions, at 80x24, and the
# key line at 40x12, in de_DE.UTF-8 (generated here with localedef, as in
# now_lang.sh): no common English interface word is on any of them. The
# routines shown are the shipped ones, whose files carry [de] keys, so no
# English data is on screen either; body-part ids (calf ...) are not in
# the list. Then the CLI's help for now and log (the parts' list with its
# "or"), and the status command's reasons for a damaged status file.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
fails=0

# shellcheck source=tests/lib/locales.sh
. "$(dirname "$0")/../lib/locales.sh"
make_locales "$T/locale" de_DE || { echo "FAIL: no locale"; exit 1; }
export TUI_LANG=de_DE.UTF-8

# English words a translated screen never shows ("Pause", "Rest" and
# "Enter" are German too, so they are not here).
EN='Press|press|quit|Quit|back|Back|Saved|saved|minutes|seconds|Hold|hold'
EN="$EN|Relax|Stretch|Breathe|Drink|History|history|Help|help|skip|Skip"
EN="$EN|step|Step|steps|Steps|of|the|The|and|or|to|your|Your|next|Next"
EN="$EN|done|Done|ready|water|Water|glass|cramp|Cramp|cramps|any|key"
EN="$EN|keys|more|left|eased|signs|warning|Warning|PAUSED|paused|finish"
EN="$EN|restart|bell|Time|Today|today|stopped|early|Completed|Well|with"
EN="$EN|not|file|damaged|torn"
PARTS='calf|foot|hamstring|quad|back|neck|hand'

run() {	# COLS LINES CMD
	tui_run "$1" "$2" "$3" "LOCPATH=$T/locale" "LANGUAGE="
}

# english NAME [TEXT]: no English word on the screen (or in TEXT).
english() {
	local text words
	if [ $# -gt 1 ]; then text=$2; else text=$(tui_screen); fi
	# The parts' ids in a list ("back  0", "back,", "neck oder") are data.
	words=$(echo "$text" | sed -E "s/\<($PARTS)\>( +[0-9]|,|\)| oder)//g" |
	    grep -owE -- "$EN" | sort -u | tr '\n' ' ')
	[ -z "$words" ] && return 0
	fails=$((fails + 1))
	echo "FAIL: $1: English on the screen: $words" >&2
	echo "  | ${text//$'\n'/$'\n'  | }" >&2
}

# at TEXT NAME: wait for TEXT, then check the screen.
at() {
	tui_wait "$1" || { fails=$((fails + 1)); echo "FAIL: $2: no \"$1\"" >&2; }
	english "$2"
}

run 80 24 "$BIN"
at "Jetzt ein Krampf" "menu"
tui_keys 7
at "Hilfe" "help"
tui_keys Space
at "100%" "help, its end"
tui_keys q
tui_wait "Jetzt ein Krampf"
tui_keys 5
tui_wait "Trinken"
tui_keys Enter
at "eingetragen (" "hydration, a glass logged"
tui_keys q
tui_wait "Jetzt ein Krampf"
tui_keys 6
at "Verlauf" "history"
tui_keys q
tui_wait "Jetzt ein Krampf"
tui_keys 2
at "Dehnübungen" "stretch picker"
tui_keys Enter
at "Beine vor dem Schlafen" "stretch routine"
tui_keys '?'
at "Tasten" "stretch routine, the key overlay"
tui_keys Escape
tui_keys Space
at "PAUSIERT" "stretch routine, paused"
tui_keys q
at "beenden?" "stretch routine, the quit question"
tui_keys y
at "Vorzeitig beendet" "stretch routine, the summary"
tui_keys q
tui_wait "Dehnübungen"
tui_keys q
tui_wait "Jetzt ein Krampf"
tui_keys q
tui_wait_exit

run 80 24 "$BIN now"
at "Wo ist der Krampf?" "relief picker"
tui_keys Enter
at "Wadenkrampf" "relief for the calf"
tui_keys e
at "von 1 bis 10" "relief, the severity question"
tui_keys 5
at "ausgelöst" "relief, the trigger question"
tui_keys Enter
at "Stärke 5 von 10" "relief, severity recorded"
tui_keys Enter
tui_keys q
tui_wait_exit

# 40x12: the key line keeps the way out.
run 40 12 "$BIN stretch calves-and-feet"
tui_wait "Waden und Füße"
english "stretch routine at 40x12"
tui_screen | tail -n 1 | grep -qF "q beenden" || { fails=$((fails + 1))
	echo "FAIL: 40x12: no \"q beenden\" on the key line" >&2; }
tui_keys C-c
tui_wait_exit

# The CLI: options and command names (--help, log cramp) are no words.
cli() {	# NAME ARGS...: the output with options and command names out
	local name=$1 out
	shift
	out=$(LOCPATH=$T/locale LANG=de_DE.UTF-8 LANGUAGE='' LC_ALL='' \
	    "$BIN" "$@" 2>&1 | sed -E 's/--[a-z-]+//g; s/log (cramp|undo)//g')
	english "$name" "$out"
}
cli "help now" help now
cli "help log" help log
mkdir -p "$XDG_RUNTIME_DIR/unclench"
echo junk >"$XDG_RUNTIME_DIR/unclench/status"
cli "status, not a status file" status
printf 'unclench-status 1\nxx\n' >"$XDG_RUNTIME_DIR/unclench/status"
cli "status, a damaged status file" status

[ "$fails" -eq 0 ] || exit 1
echo ok
