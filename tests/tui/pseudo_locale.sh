#!/usr/bin/env bash
# The pseudo-locale (issue 18): a catalogue made here from the sources'
# strings (tests/tui/pseudo/mkpseudo.py: every string accented, 40%
# longer and wrapped in ⟦ ⟧), picked with LANGUAGE=xx and
# UNCLENCH_LOCALEDIR (the catalogue directory a test may point at). At
# 80x24, 60x20 (the smallest full layout), 50x16 and 40x12 (compact),
# the menu, the help screen, the stretch picker, a stretch routine with
# its key overlay (paged where it does not fit: each page), the relief
# picker and relief for the calf with its key overlay: no label is cut
# (tests/tui/pseudo/check.py: every ⟦ closed by its ⟧) and no word is
# shown unmarked but the data's (routine, part and safety texts). The
# safety texts are there at every size, whole: the menu's "not a medical
# device", the care line ("never sharp pain"), the clot check.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch
P=$(dirname "$0")/pseudo
fails=0
top=$(cd "$(dirname "$0")/../.." && pwd)

for t in xgettext msgfmt python3; do
	command -v "$t" >/dev/null || { fail "$t is not installed"; exit 1; }
done
make -s --no-print-directory -C "$top" pot POT="$T/u.pot" >/dev/null 2>&1 ||
    fail "make pot"
mkdir -p "$T/locale/xx/LC_MESSAGES"
python3 "$P/mkpseudo.py" "$T/u.pot" "$T/xx.po" &&
    msgfmt --check -o "$T/locale/xx/LC_MESSAGES/unclench.mo" "$T/xx.po" 2>/dev/null ||
    fail "the pseudo catalogue does not compile"

# The data's words: routine files and the texts compiled in as data.
{
	cat "$top"/routines/*.ini "$DATA/t-stretch.ini" \
	    "$top/routines/safety/safety.ini"
	grep -ho '"[^"]*"' "$top/src/format.h" 2>/dev/null
	echo unclench
} | grep -oE '[A-Za-z]{2,}' | tr 'A-Z' 'a-z' | sort -u >"$T/allow"

pseudo_run() {	# COLS LINES CMD
	tui_run "$1" "$2" "$3" LANGUAGE=xx UNCLENCH_LOCALEDIR="$T/locale"
}

# has NAME TEXT: the screen shows TEXT (a safety text, never dropped).
has() {
	tui_screen | grep -qF -- "$2" || { fails=$((fails + 1)); echo \
	    "FAIL: $1: \"$2\" is not on the screen" >&2; }
}

check() {	# NAME: the screen now
	tui_screen >"$T/screen"
	python3 "$P/check.py" "$T/allow" "$T/screen" "$1" >&2 || {
		fails=$((fails + 1))
		sed 's/^/  | /' "$T/screen" >&2
	}
}

# The key overlay: each page (Down turns it a whole entry at a time;
# its first row changes) until the last entry, q, is on screen.
last="q          qüíŧ"
keys_pages() {	# NAME
	local i j was
	tui_wait "Ķéýš"
	for ((i = 1; i <= 12; i++)); do
		check "$1 keys, page $i"
		tui_screen | grep -qF "$last" && break
		was=$(tui_screen | sed -n 2p)
		tui_keys Down
		for ((j = 0; j < WAIT_S * 20; j++)); do
			[ "$(tui_screen | sed -n 2p)" != "$was" ] && break
			sleep 0.05
		done
	done
	tui_screen | grep -qF "$last" || fail "$1 keys: the last entry not shown"
	tui_keys Escape
	tui_wait_gone "Ķéýš"
}

for size in "80 24" "60 20" "50 16" "40 12"; do
	# shellcheck disable=SC2086
	set -- $size
	pseudo_run "$1" "$2" "$BIN"
	tui_wait "⟦" || fail "$size menu: no marked string"
	tui_wait "Ĥýđŕáŧíöñ"
	check "$size menu"
	has "$size menu" "méđíçáł"
	tui_keys 7
	tui_wait "Ĥéłp"
	check "$size help"
	tui_keys q
	tui_wait "Ĥýđŕáŧíöñ"
	tui_keys 2
	tui_wait "Šŧŕéŧçĥ ŕöüŧíñéš"
	check "$size stretch picker"
	tui_keys q
	tui_wait "Ĥýđŕáŧíöñ"
	tui_keys q
	tui_wait_exit

	pseudo_run "$1" "$2" "$BIN stretch t-stretch"
	tui_wait "Ĥöłđ"
	check "$size stretch"
	has "$size stretch" "ñévéŕ"
	tui_keys '?'
	keys_pages "$size stretch"
	# Stopped: the summary, then any key.
	tui_keys q y
	tui_wait "Šávéđ ŧö ýöüŕ ĥíšŧöŕý"
	check "$size summary"
	tui_keys Enter
	tui_wait_exit

	pseudo_run "$1" "$2" "$BIN now"
	tui_wait "Ŵĥéŕé íš ŧĥé çŕámp?"
	check "$size relief picker"
	has "$size relief picker" "One leg swollen"
	tui_keys q
	tui_wait_exit

	pseudo_run "$1" "$2" "$BIN now calf"
	tui_wait "Ĥöłđ"
	check "$size relief"
	has "$size relief" "ñévéŕ"
	has "$size relief" "One leg swollen"
	tui_keys '?'
	keys_pages "$size relief"
done
tui_stop
[ "$fails" -eq 0 ] || { echo "FAIL: $fails screen(s) with a cut or unmarked string" >&2; exit 1; }
echo "ok"
