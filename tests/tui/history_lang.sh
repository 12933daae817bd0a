#!/usr/bin/env bash
# The history and hydration screens in German and Spanish: the history's
# chart titles, key line, streak labels and pattern sentences (the
# insights, scrolled to), its compact text below 80x24, the hydration
# screen's figures, message and key line, and `unclench stats` as text;
# every line of the history within its 80 columns. Under C the same
# screen is English. The locales are generated here with localedef
# (LOCPATH), as in now_lang.sh.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

# shellcheck source=tests/lib/locales.sh
. "$(dirname "$0")/../lib/locales.sh"
make_locales "$T/locale" de_DE es_ES || { echo "FAIL: no locales"; exit 1; }
printf '[general]\nget_ready = 0s\nbell = no\n[hydration]\nglass = 250\n' |
    tui_config
"$BIN" drink 250 >/dev/null || fail "unclench drink 250"
"$BIN" log cramp calf --severity 5 >/dev/null || fail "unclench log cramp"

# scroll_to KEY TEXT: scroll a line at a time (KEY j: down, k: up), each
# line drawn before the next key, until TEXT shows (bounded).
scroll_to() {
	local i k before
	for ((i = 0; i < 80; i++)); do
		before=$(tui_screen)
		grep -qF -- "$2" <<<"$before" && return 0
		tui_keys "$1"
		for ((k = 0; k < 40; k++)); do
			[ "$(tui_screen)" != "$before" ] && break
			sleep 0.05
		done
	done
	fail "\"$2\" not shown, scrolled ($1) to the end"
}

# history LANG WORDS...: stats --screen at 80x24 under LANG: the first
# four WORDS on the first screen, the rest scrolled to; then 50x20 and
# its compact text (two more WORDS: set in $COMPACT).
history() {
	local lang=$1 w
	shift
	TUI_LANG=$lang tui_run 80 24 "$BIN stats --screen" \
	    "LOCPATH=$T/locale" "LANGUAGE="
	for w in "$1" "$2" "$3" "$4"; do
		tui_wait "$w"
	done
	shift 4
	for w in "$@"; do
		scroll_to j "$w"
		[ "$(tui_screen | LC_ALL=C.UTF-8 wc -L)" -le 80 ] ||
		    fail "$lang: a line is wider than 80 columns"
	done
	tmux -S "$SOCK" resize-window -x 50 -y 20
	# The compact text keeps the scroll: back to its top.
	for w in "${COMPACT[@]}"; do
		scroll_to k "$w"
	done
	tui_keys q
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "$lang: exit status $(tui_rc)"
}

# hydration LANG MENU TODAY LOG LOGGED KEYS: from the menu (5), a glass
# logged with Enter.
hydration() {
	TUI_LANG=$1 tui_run 80 24 "$BIN" "LOCPATH=$T/locale" "LANGUAGE="
	tui_wait "$2"
	tui_keys 5
	tui_wait "$3"
	tui_wait "$4"
	tui_keys Enter
	tui_wait "$5"
	tui_wait "$6"
	tui_keys q
	tui_wait "$2"
	tui_keys q
	tui_wait_exit
}

COMPACT=("Wasser heute: 250 ml / 2000 ml" "Serie: 0 Tage (beste 0)")
history de_DE.UTF-8 "Verlauf" "Wasser, 14 Tage  heute 250 ml / 2000 ml" \
    "Krämpfe pro Woche  1 in 12 Wochen" "j/k blättern (unten mehr)  q zurück" \
    "Krämpfe nach Tageszeit  (84 Tage)" "Nachtstunden, 8 Wochen ab" \
    "Aktuelle Serie: 0 Tage" "Beste Serie:    0 Tage" \
    "Erkenntnisse  (letzte 84 Tage)" \
    "Wasser und Krämpfe: noch nicht genug Daten." \
    "Muster, keine Beweise: Sie zeigen" "j/k blättern  q zurück"
tui_screen | grep -qF "Water" && fail "de_DE: English on the history screen"

COMPACT=("Agua hoy: 250 ml / 2000 ml" "Racha: 0 días (mejor 0)")
history es_ES.UTF-8 "Historial" "Agua, 14 días  hoy 250 ml / 2000 ml" \
    "Calambres por semana  1 en 12 semanas" \
    "j/k desplazar (hay más abajo)  q atrás" \
    "Calambres por hora del día  (84 días)" "Noches, 8 semanas desde" \
    "Racha actual: 0 días" "Mejor racha:  0 días" \
    "Observaciones  (últimos 84 días)" \
    "Agua y calambres: todavía no hay datos suficientes." \
    "Patrones, no pruebas: muestran" "j/k desplazar  q atrás"

COMPACT=("Water today: 250 ml / 2000 ml" "Streak: 0 days (best 0)")
history C.UTF-8 "History" "Water, 14 days  today 250 ml / 2000 ml" \
    "Cramps per week  1 in 12 weeks" "j/k scroll (more below)  q back" \
    "Current streak: 0 days" "Water and cramps: not enough data yet." \
    "Patterns, not proof"

hydration de_DE.UTF-8 "Jetzt ein Krampf" "Heute: 250 ml von 2000 ml Ziel" \
    "Enter oder d: ein Glas eintragen (250 ml)" \
    "Ein Glas eingetragen (250 ml)." "u rückgängig  q zurück"
hydration es_ES.UTF-8 "Tengo un calambre" "Hoy: 500 ml de 2000 ml de objetivo" \
    "Intro o d: anotar un vaso (250 ml)" "Vaso anotado (250 ml)." \
    "u deshacer  q atrás"

# unclench stats as text.
LANG=de_DE.UTF-8 LC_ALL='' LANGUAGE='' LOCPATH=$T/locale "$BIN" stats >"$T/de.txt" ||
    fail "stats under de_DE"
for want in "Krämpfe (1 in den letzten 84 Tagen)" \
    "aktuelle Serie: 0 Tage; beste: 0 Tage" "Erkenntnisse"; do
	grep -qF "$want" "$T/de.txt" || { cat "$T/de.txt"; fail "de_DE stats: no \"$want\""; }
done
LANG=es_ES.UTF-8 LC_ALL='' LANGUAGE='' LOCPATH=$T/locale "$BIN" stats >"$T/es.txt" ||
    fail "stats under es_ES"
grep -qF "Calambres (1 en los últimos 84 días)" "$T/es.txt" ||
    { cat "$T/es.txt"; fail "es_ES stats: no cramps heading"; }
echo "ok"
