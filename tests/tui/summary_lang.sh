#!/usr/bin/env bash
# The screens around a session in German and Spanish (issue 18): a
# stretch routine stopped early shows its summary translated (the title,
# time, steps, completion, the saved line, the way out); a breathing
# session shows the pattern's words, the translated phase words with their
# countdown, the cycle line and the dizziness line, and ends in the
# translated summary; relief's questions (the cramp's length past the red
# flag, the severity and the trigger) are asked in Spanish, while the
# diary keeps the trigger's English words (the reports read them). The
# locales are generated here with localedef (LOCPATH), as in now_lang.sh.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch t-breath
db=$XDG_STATE_HOME/unclench/history.db

# shellcheck source=tests/lib/locales.sh
. "$(dirname "$0")/../lib/locales.sh"
make_locales "$T/locale" de_DE es_ES || { echo "FAIL: no locales"; exit 1; }

# run COLS LINES CMD [ENV...]: under $TUI_LANG, the catalogue's language.
run() {
	local c=$1 l=$2 cmd=$3
	shift 3
	tui_run "$c" "$l" "$cmd" "LOCPATH=$T/locale" "LANGUAGE=" "$@"
}

# none TEXT...: none of the English TEXTs is on the screen now.
none() {
	local scr t
	scr=$(tui_screen)
	for t in "$@"; do
		echo "$scr" | grep -qF -- "$t" &&
		    fail "$TUI_LANG: English \"$t\" on the screen"
	done
	return 0
}

# stopped TITLE QUIT STEPS COMPLETED SAVED EXIT TIME_RE: a stretch quit
# at once.
stopped() {
	run 80 24 "$BIN stretch t-stretch"
	tui_wait "Left and right reach"
	tui_keys q
	tui_wait "$2"
	tui_keys y
	tui_wait "$1"
	tui_wait "$3"
	tui_wait "$4"
	tui_wait "$5"
	tui_wait "$6"
	tui_wait_re "$7"
	none "Stopped early." "Steps: done" "Not completed." "Saved to your" \
	    "Press any key"
	tui_keys x
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "$TUI_LANG stretch: exit status $(tui_rc)"
}

TUI_LANG=de_DE.UTF-8 stopped "Vorzeitig beendet." \
    "Diese Übung beenden? y/n" "Schritte: 0 erledigt, 2 übersprungen" \
    "Nicht abgeschlossen." "In Ihrem Verlauf gespeichert." \
    "Beliebige Taste: beenden" "Zeit: [0-9]+ s"
TUI_LANG=es_ES.UTF-8 stopped "Detenido antes de tiempo." \
    "¿Salir de esta rutina? y/n" "Pasos: 0 hechos, 2 omitidos" \
    "No completado." "Guardado en su historial." \
    "Pulse cualquier tecla para salir" "Tiempo: [0-9]+ s"

# A whole breathing session in German: every phase word seen, in order.
export TUI_LANG=de_DE.UTF-8
run 80 24 "$BIN breathe t-breath"
tui_wait "2-1-2-1-Atmung  (ein 2 · halten 1 · aus 2 · halten 1)"
tui_wait "Schwindel, Kribbeln, Herzklopfen? Aufhören oder ohne Anhalten üben."
tui_wait_re "Zyklus 1 von 2 · noch [12]"
none "breathing" "cycle " "Dizzy"
seen=() last= i=0
while :; do
	scr=$(tui_screen)
	echo "$scr" | grep -qF "Gut gemacht." && break
	word=$(echo "$scr" | sed -nE 's/^ *(Einatmen|Ausatmen|Halten) +[0-9]+ *$/\1/p' |
	    head -n 1)
	echo "$scr" | grep -qE "^ *(Breathe in|Breathe out|Hold) +[0-9]" &&
	    fail "de: an English phase word"
	if [ -n "$word" ] && [ "$word" != "$last" ]; then
		seen+=("$word")
		last=$word
	fi
	i=$((i + 1))
	[ $i -lt 600 ] || fail "de: the breathing did not end (seen: ${seen[*]})"
	sleep 0.05
done
got=$(IFS='|'; echo "${seen[*]}")
[ "$got" = "Einatmen|Halten|Ausatmen|Halten|Einatmen|Halten|Ausatmen|Halten" ] ||
    fail "de: the phase words seen: $got"
tui_wait "Schritte: 1 erledigt, 0 übersprungen"
tui_wait "Abgeschlossen."
tui_keys x
tui_wait_exit

# Relief in Spanish: past the red flag (sped up), quit, the length asked;
# then eased at once, the severity and the trigger.
export TUI_LANG=es_ES.UTF-8
run 80 24 "$BIN now foot" UNCLENCH_TEST_TIME_SCALE=300
tui_wait "¿Sigue el calambre después de 10 minutos?" 20
tui_keys Enter
tui_wait_gone "¿Sigue el calambre después de 10 minutos?"
tui_keys q
tui_wait "¿Detener los pasos de alivio? y/n"
tui_keys y
tui_wait "¿Cuánto duró el calambre? Los pasos estuvieron abiertos"
tui_wait "2  unos 5 minutos"
tui_wait_re "[0-9]  todo el tiempo, [0-9]+ min [0-9][0-9] s"
tui_wait "Intro: omitir (sin duración)"
none "How long" "about" "all of it" "Enter: skip"
tui_keys Enter
tui_wait ": sin duración registrada"
tui_wait "Guardado en su historial."
tui_keys x
tui_wait_exit

run 80 24 "$BIN now calf"
tui_wait "Lleve los dedos hacia la espinilla"
tui_keys e
tui_wait "¿Cómo de fuerte fue, del 1 al 10?"
tui_wait "Pulse 1-9, o 0 para 10 (lo peor)."
tui_wait "Intro: omitir esta pregunta"
tui_keys 7
tui_wait "¿Qué pudo haberlo provocado?"
tui_wait "4  en la cama por la noche"
none "in bed at night" "What might"
tui_keys 4
tui_wait "Intensidad 7 de 10."
tui_wait "Guardado en su historial."
tui_wait "Beba algo de agua."
tui_keys x
tui_wait_exit
got=$(sqlite3 "$db" "select part, severity, note from cramps
    order by id desc limit 1")
[ "$got" = "calf|7|trigger: in bed at night" ] || fail "es: recorded: $got"

echo ok
