#!/usr/bin/env bash
# unclench now calf in German and Spanish: the first frame carries the
# translated move (routines/relief-calf.ini's [de]/[es] keys, compiled in)
# and the translated blood-clot line (routines/safety/safety.ini); a language
# with no translation (French) shows the English texts, as does C. The
# locales are generated here with localedef (LOCPATH) when not installed.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

# shellcheck source=tests/lib/locales.sh
. "$(dirname "$0")/../lib/locales.sh"
make_locales "$T/locale" de_DE es_ES fr_FR || { echo "FAIL: no locales"; exit 1; }

# first_frame TITLE MOVE WORDS CLOT [SIGNS_TITLE SIGNS_WORDS]: the first
# frame of now calf under $TUI_LANG, then the warning signs page.
first_frame() {
	tui_run 80 24 "$BIN now calf" "LOCPATH=$T/locale" "LANGUAGE="
	tui_wait "$1"
	tui_wait "$2"
	scr=$(tui_screen)
	flat=$(echo "$scr" | tr -s ' \n' '  ')
	echo "$flat" | grep -qF "$3" ||
	    fail "$TUI_LANG: the move's text is not on the first screen"
	echo "$scr" | grep -qF "$4" ||
	    fail "$TUI_LANG: the blood-clot line is not on the first screen"
	echo "$scr" | grep -qE "(cramp|Krampf|calambre) 00:0[0-2]" ||
	    fail "$TUI_LANG: not the first seconds"
	# ! opens the warning signs, in the same language.
	if [ -n "${5:-}" ]; then
		tui_keys '!'
		tui_wait "$5"
		tui_wait "$6"
	fi
	tui_keys C-c
	tui_wait_exit
}

TUI_LANG=de_DE.UTF-8 first_frame "Wadenkrampf" \
    "Die Zehen zum Schienbein ziehen" "ziehen Sie die Zehen sanft" \
    "Ein Bein geschwollen" "Warnzeichen: wann Sie ärztliche Hilfe brauchen" \
    "Schwellung in EINEM"
TUI_LANG=es_ES.UTF-8 first_frame "Calambre en la pantorrilla" \
    "Lleve los dedos hacia la espinilla" "hacia la espinilla" \
    "Una pierna hinchada" "Señales de alarma: cuándo buscar ayuda médica" \
    "hinchazón en UNA"
echo "$scr" | grep -qF "Pull the toes" && fail "es_ES: English move shown"
TUI_LANG=fr_FR.UTF-8 first_frame "Calf cramp (charley horse)" \
    "Pull the toes toward the shin" "toes toward your shin" \
    "One leg swollen" "Warning signs: when to get medical help" \
    "swelling in ONE"
echo "$scr" | grep -qF "Ein Bein" && fail "fr_FR: German shown"
TUI_LANG=C.UTF-8 first_frame "Calf cramp (charley horse)" \
    "Pull the toes toward the shin" "toes toward your shin" \
    "One leg swollen"

echo ok
