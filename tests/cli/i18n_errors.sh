#!/usr/bin/env bash
# Translations (issue 18) of the loaders' errors: a broken routine, theme
# and config file checked under LANG=de_DE.UTF-8 and es_ES.UTF-8 (the
# locales generated with localedef into this test's directory when not
# installed) get the sentence in German and Spanish, while the file name,
# the section, the key and the value it quotes stay exactly as written;
# the parsers' own words (not a duration) are translated with it; so are
# the comments of `check --options`. Under C the messages stay English.
. "$(dirname "$0")/lib.sh"
out= err=

# shellcheck source=tests/lib/locales.sh
. "$(dirname "$0")/../lib/locales.sh"
need_locales "$work/locale" de_DE es_ES ||
    { echo "FAIL: no de_DE/es_ES locale"; exit 1; }
unset LC_ALL LANGUAGE LC_MESSAGES

# A routine with a bad duration, number and word; a key outside any
# section; a theme with a colour out of range; a config with a bad yes/no,
# a bad unit and an unknown section.
cat >"$work/calf-broken.ini" <<'EOF'
[routine]
title = Broken
kind = stretch
summary = A routine with mistakes.
source = test

[step1]
type = stretch
title = Calf
text = Stretch the calf.
hold = 5 parsecs
reps = many
sides = bothh
EOF
printf 'colour = red\n[routine]\n' >"$work/keyless.ini"
mkdir -p "$work/themes"
printf '[theme]\nname = Broken\ndescription = x\n[text]\nfg = 300\n' \
    >"$work/themes/broken.ini"
printf '[general]\nbell = maybe\nunits = gallons\n[bogus]\nx = 1\n' \
    >"$work/config.ini"

check() {	# LANG FILE...
	local lang=$1
	shift
	run env LANG="$lang" "$UNCLENCH" check "$@"
	expect_rc 1 "check $* under $lang"
}

# German: the sentence translated, file, section, key and value kept.
f=$work/calf-broken.ini
check de_DE.UTF-8 "$f"
expect_err "^Fehler: $f: \[step1\] hold: „5 parsecs“ ist keine Dauer \(erwartet: eine Dauer wie 30s, 2m, 1h; 1 s bis 10 min\)$" \
    "a bad duration in German"
expect_err "^Fehler: $f: \[step1\] reps: „many“ ist keine ganze Zahl \(erwartet: eine ganze Zahl, 1 bis 20\)$" \
    "a bad number in German"
expect_err "^Fehler: $f: \[step1\] sides: „bothh“ ist unbekannt \(meinten Sie both\? erwartet: one, both oder left-right\)$" \
    "an unknown word in German"
grep -q 'error:\|expected' <<<"$err" && fail "English left in the German errors"
check de_DE.UTF-8 "$work/keyless.ini"
expect_err "^Fehler: $work/keyless.ini: Zeile 1: der Schlüssel „colour“ steht außerhalb jedes \[Abschnitts\]$" \
    "the INI reader's error in German"
check de_DE.UTF-8 "$work/themes/broken.ini"
expect_err "^Fehler: $work/themes/broken.ini: \[text\] fg: „300“ ist zu groß \(erwartet: eine Farbnummer von 0 bis 255, oder default\)$" \
    "a theme's error in German"
expect_err "^Fehler: $work/themes/broken.ini: \[title\]: fehlende Farbrolle " \
    "a theme's missing role in German"
run env LANG=de_DE.UTF-8 "$UNCLENCH" stretch calf-brokn
expect_rc 2 "stretch calf-brokn under de_DE.UTF-8"
expect_err "calf-brokn: keine solche Übung" "an unknown routine in German"

# Spanish: the config's errors, and its warning.
c=$work/config.ini
check es_ES.UTF-8 "$c"
expect_err "^error: $c: \[general\] bell: «maybe»: no es ni yes ni no \(se esperaba yes o no\)$" \
    "a bad yes/no in Spanish"
expect_err "^error: $c: \[general\] units: «gallons»: no es una unidad \(se esperaba ml u oz\)$" \
    "a bad unit in Spanish"
expect_err "^advertencia: $c: \[bogus\]: sección desconocida \(se ignora\)$" \
    "an unknown section in Spanish"
grep -q 'expected\|unknown' <<<"$err" && fail "English left in the Spanish errors"
run env LANG=es_ES.UTF-8 "$UNCLENCH" --config "$c" drink 250
expect_rc 1 "drink with a broken config under es_ES.UTF-8"
expect_err "^error: $c: \[general\] units: «gallons»: no es una unidad" \
    "the config's errors before a command, in Spanish"
[ ! -e "$XDG_STATE_HOME/unclench/history.db" ] ||
    fail "a drink refused for its config opened the history"
check es_ES.UTF-8 "$f"
expect_err "^error: $f: \[step1\] hold: «5 parsecs»: no es una duración \(se esperaba una duración como 30s, 2m, 1h; de 1 s a 10 min\)$" \
    "a bad duration in Spanish"

# check --options: the comments in German, the keys and values as they
# are, so what it prints is still a config that checks.
run env LANG=de_DE.UTF-8 "$UNCLENCH" check --options
expect_rc 0 "check --options under de_DE.UTF-8"
expect_out '^; Farbdesign, ein Name aus dem Ordner themes$' "--options in German"
expect_out '^theme = default$' "--options' keys under de_DE.UTF-8"
printf '%s\n' "$out" >"$work/options.ini"
run "$UNCLENCH" check "$work/options.ini"
expect_rc 0 "the German --options checked as a config"

# C: the English sentences themselves.
check C "$f" "$c"
expect_err "^error: $f: \[step1\] hold: \"5 parsecs\" is not a duration \(expected a duration like 30s, 2m, 1h; 1 s to 10 min\)$" \
    "a bad duration under C"
expect_err "^warning: $c: \[bogus\]: unknown section \(ignored\)$" \
    "an unknown section under C"
finish
