#!/usr/bin/env bash
# Translations (issue 18): every catalogue in po/ passes msgfmt --check
# and holds every string the sources mark (a .pot made here from
# po/POTFILES; an untranslated or fuzzy entry counts as missing), and
# POTFILES names every source file that marks one. Under LANG=de_DE.UTF-8
# and es_ES.UTF-8 (generated with localedef into this test's directory
# when not installed) `unclench --help` and `unclench now calf --plain`
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
mkdir -p "$work/locale"
for loc in de_DE es_ES; do
	if ! locale -a 2>/dev/null | grep -qix "$loc.utf-\?8"; then
		localedef -i "$loc" -f UTF-8 "$work/locale/$loc.UTF-8" ||
		    fail "localedef $loc.UTF-8"
		export LOCPATH=$work/locale
	fi
done
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
expect_out '^  now \[PART\] +Hilfe bei einem Krampf' "--help's summaries in German"
expect_out '^Rückgabewert: 0 in Ordnung' "--help's options in German"
plain de_DE.UTF-8
expect_out '^Schritt 1 von 4, .*Wiederholung 1 von 3: Halten Sie 30 Sekunden lang\.$' "now calf --plain in German"
expect_out '^Ruhen Sie 10 Sekunden lang\.$' "now calf --plain in German"

run env LANG=es_ES.UTF-8 "$UNCLENCH" --help
expect_rc 0 "--help in Spanish"
expect_out '^uso: unclench \[--config ARCHIVO\]' "--help in Spanish"
expect_out 'Sin orden, abre el menú\. Órdenes:' "--help in Spanish"
expect_out '^  now \[PART\] +alivio para un calambre' "--help's summaries in Spanish"
plain es_ES.UTF-8
expect_out '^Paso 1 de 4, .*Repetición 1 de 3: Mantenga durante 30 segundos\.$' "now calf --plain in Spanish"
expect_out '^Descanse durante 10 segundos\.$' "now calf --plain in Spanish"

# No catalogue for C: the English strings themselves.
run env LANG=C "$UNCLENCH" --help
expect_out '^usage: unclench \[--config FILE\]' "--help under C"
plain C
expect_out '^Step 1 of 4, .*Rep 1 of 3: Hold for 30 seconds\.$' "now calf --plain under C"
finish
