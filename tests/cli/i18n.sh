#!/usr/bin/env bash
# Translations (issue 18): every catalogue in po/ passes msgfmt --check
# and holds every string the sources mark (a .pot made here from
# po/POTFILES; an untranslated or fuzzy entry counts as missing), and
# POTFILES names every source file that marks one. Under LANG=de_DE.UTF-8
# and es_ES.UTF-8 (generated with localedef into this test's directory
# when not installed) `unclench --help`, `unclench help COMMAND`, usage
# errors, refusals, `unclench now calf --plain` and the doctor's report
# speak German and Spanish; under C they stay English.
. "$(dirname "$0")/lib.sh"
out= err=
cd "$top" || exit 1

for t in msgfmt msgcmp xgettext localedef; do
	command -v "$t" >/dev/null || { echo "FAIL: $t is not installed (gettext, libc-bin)"; exit 1; }
done

# POTFILES: every file with a _(, N_( or NG_( mark, and only those.
marked=$(grep -lE '(^|[^A-Za-z0-9_])N?G?_\("' src/*.c | sort)
listed=$(grep -v '^#' po/POTFILES | sort)
[ "$marked" = "$listed" ] ||
    fail "po/POTFILES differs from the files that mark strings: $(diff <(echo "$listed") <(echo "$marked") | grep '^[<>]' | tr '\n' ' ')"

# The .pot as make pot writes it, here.
make -s --no-print-directory pot POT="$work/unclench.pot" >/dev/null ||
    fail "make pot"
n=$(grep -c '^msgid ' "$work/unclench.pot" 2>/dev/null)
[ "${n:-0}" -gt 50 ] || fail "the .pot holds $n strings: the marks are not seen"
for lang in de es; do
	p=po/$lang.po
	run msgfmt --check --statistics -o /dev/null "$p"
	expect_rc 0 "msgfmt --check $p"
	grep -qE 'fuzzy|untranslated' <<<"$err" && fail "$p: $err"
	run msgcmp "$p" "$work/unclench.pot"
	expect_rc 0 "$p lacks strings of the sources (msgcmp)"
done

# The locales, generated here when the system has none.
# shellcheck source=tests/lib/locales.sh
. "$(dirname "$0")/../lib/locales.sh"
need_locales "$work/locale" de_DE es_ES || fail "no de_DE/es_ES locale"
unset LC_ALL LANGUAGE LC_MESSAGES

# plain LANG: `now calf --plain` on pipes, sped up; stdout in $out.
plain() {
	out=$(printf '' | LANG=$1 UNCLENCH_TEST_TIME_SCALE=200 timeout 60 \
	    "$UNCLENCH" now calf --plain 2>"$work/err")
	err=$(cat "$work/err")
}

run env LANG=de_DE.UTF-8 "$UNCLENCH" --help
expect_rc 0 "--help in German"
expect_out '^Aufruf: unclench \[--config DATEI\]' "--help in German"
expect_out 'Ohne Befehl öffnet sich das Menü' "--help in German"
expect_out '^  now \[TEIL\] +Hilfe bei einem Krampf' "--help's summaries in German"
expect_out '^Rückgabewert: 0 in Ordnung' "--help's options in German"
plain de_DE.UTF-8
expect_out '^Schritt 1 von 4, .*Wiederholung 1 von 3: Halten Sie 30 Sekunden lang\.$' "now calf --plain in German"
expect_out '^Ruhen Sie 10 Sekunden lang\.$' "now calf --plain in German"

run env LANG=es_ES.UTF-8 "$UNCLENCH" --help
expect_rc 0 "--help in Spanish"
expect_out '^uso: unclench \[--config ARCHIVO\]' "--help in Spanish"
expect_out 'Sin orden, abre el menú\. Órdenes:' "--help in Spanish"
expect_out '^  now \[PARTE\] +alivio para un calambre' "--help's summaries in Spanish"
plain es_ES.UTF-8
expect_out '^Paso 1 de 4, .*Repetición 1 de 3: Mantenga durante 30 segundos\.$' "now calf --plain in Spanish"
expect_out '^Descanse durante 10 segundos\.$' "now calf --plain in Spanish"

# help COMMAND: the long help bodies, with the parts' list and the
# coaching options put in (no @TOKEN@ left), no line over 79 characters.
wide() {	# LANG COMMAND...: fails for a help line over 79 characters
	local loc=$1 c l
	shift
	for c in "$@"; do
		run env LANG="$loc" "$UNCLENCH" help "$c"
		(
			LC_ALL=C.UTF-8
			while IFS= read -r l; do
				[ "${#l}" -le 79 ] || { echo "$l"; exit 1; }
			done <<<"$out"
		) >"$work/wide" || fail "help $c under $loc: a line over 79 characters: $(cat "$work/wide")"
	done
}
run env LANG=de_DE.UTF-8 "$UNCLENCH" help log
expect_rc 0 "help log in German"
expect_out '^TEIL ist calf, foot, hamstring, quad, back, neck oder hand, oder ein Alias\.$' "help log's body in German"
expect_out '^  --severity N   wie stark er war, 1-10$' "help log's options in German"
expect_out '^log undo entfernt die zuletzt eingetragene' "help log's body in German"
run env LANG=de_DE.UTF-8 "$UNCLENCH" help now
expect_out '^  --plain +einfache Zeilen, kein Vollbild$' "help now's coaching options in German"
grep -q '@' <<<"$out" && fail "help now in German: a token left"
run env LANG=es_ES.UTF-8 "$UNCLENCH" help daemon
expect_rc 0 "help daemon in Spanish"
expect_out '^Sin opción, ejecuta el daemon en primer plano\.$' "help daemon's body in Spanish"
expect_out '^  --pause D +sin recordatorios durante D' "help daemon's options in Spanish"
run env LANG=es_ES.UTF-8 "$UNCLENCH" help stretch
expect_out '^  --screen-reader +frases, sin cuenta atrás, sin animación$' "help stretch's coaching options in Spanish"
wide de_DE.UTF-8 now stretch relax breathe list check drink log stats report export daemon status
wide es_ES.UTF-8 now stretch relax breathe list check drink log stats report export daemon status

# Usage errors and messages: the words translated, the command's usage
# line after them, the exit status kept.
run env LANG=de_DE.UTF-8 "$UNCLENCH" log
expect_rc 2 "log with nothing to log, in German"
expect_err '^unclench: log: was eintragen\? \(cramp TEIL, oder undo\)$' "log's usage error in German"
expect_err '^Aufruf: unclench log cramp TEIL' "log's usage line in German"
run env LANG=es_ES.UTF-8 "$UNCLENCH" log cramp elbow
expect_rc 2 "log cramp elbow in Spanish"
expect_err 'parte del cuerpo desconocida "elbow"' "an unknown body part in Spanish"
run env LANG=de_DE.UTF-8 "$UNCLENCH" status
expect_rc 1 "status with no daemon, in German"
expect_err 'status: der Daemon läuft nicht' "status's refusal in German"
printf '[routine]\nname = x\nkind = frob\n' >"$work/bad.ini"
run env LANG=de_DE.UTF-8 "$UNCLENCH" check "$work/bad.ini"
expect_rc 1 "check a bad file, in German"
expect_err '^unclench: check: [0-9]+ Fehler, [0-9]+ Warnung(en)?$' "check's counts in German"

# The doctor's report: headings, sentences and the HTML's language
# translated; the dates and numbers as the C locale writes them.
export UNCLENCH_TEST_WALL="2026-03-02 12:00"
run env LANG=de_DE.UTF-8 "$UNCLENCH" report --weeks 2
expect_rc 0 "report in German"
expect_out '^Bericht aus dem Krampftagebuch: 2026-02-17 bis 2026-03-02 \(2 Wochen\)$' "report's title in German"
expect_out '^  Nächte mit Krampf: noch nicht genug Daten' "report's measures in German"
expect_out '^  Woche ab +Nächte +mit Krampf +Krämpfe' "report's table in German"
run env LANG=es_ES.UTF-8 "$UNCLENCH" report --weeks 2 --format html
expect_rc 0 "report --format html in Spanish"
expect_out '<html lang="es">' "the HTML report's language in Spanish"
expect_out '<h2>Semana a semana</h2>' "the HTML report's headings in Spanish"
run env LANG=C "$UNCLENCH" report --weeks 2 --format html
expect_out '<html lang="en">' "the HTML report's language under C"
unset UNCLENCH_TEST_WALL

# C.UTF-8 with $LANGUAGE: gettext translates there, and the routine's and
# the safety texts follow it (they stayed English: a mixed screen).
out=$(printf '' | env LANG=C.UTF-8 LANGUAGE=de UNCLENCH_TEST_TIME_SCALE=200 \
    timeout 60 "$UNCLENCH" now calf --plain 2>/dev/null)
expect_out '^Ein Bein geschwollen' "now calf --plain under C.UTF-8 + LANGUAGE=de: the clot check"
expect_out '^Schritt 1 von 4, Die Zehen zum Schienbein' "now calf --plain under C.UTF-8 + LANGUAGE=de: the routine"

# No catalogue for C: the English strings themselves.
run env LANG=C "$UNCLENCH" --help
expect_out '^usage: unclench \[--config FILE\]' "--help under C"
run env LANG=C "$UNCLENCH" help now
expect_out '^Starts the relief steps for PART \(calf, foot, ' "help now's body under C"
expect_out '^  --plain           plain lines, no full screen$' "help now's coaching options under C"
plain C
expect_out '^Step 1 of 4, .*Rep 1 of 3: Hold for 30 seconds\.$' "now calf --plain under C"
finish
