#!/bin/bash
# The safety texts (routines/safety/safety.ini) are compiled in by gen_builtin,
# which refuses the build when a shipped language lacks one: a copy of the
# data with one [de] or [es] line removed fails, naming the file, section
# and key. The shipped file passes, and every key the code asks for is
# there in English, German and Spanish (test_lang checks the lookups).
. "$(dirname "$0")/lib.sh"

gen=$top/build/gen_builtin
[ -x "$gen" ] || { echo "FAIL: $gen is not built (make first)"; exit 1; }
themes="$top/themes/night.ini $top/themes/default.ini"

run "$gen" --langs de,es "$top/routines/safety/safety.ini" $themes
expect_rc 0 "the shipped safety.ini"
expect_out 'clot\.full", "de"' "the German clot line is compiled in"
expect_out 'clot\.full", "es"' "the Spanish clot line is compiled in"
# The languages are the build's (po/): one with no safety texts fails it.
run "$gen" --langs de,es,fr "$top/routines/safety/safety.ini" $themes
[ "$rc" -ne 0 ] || fail "a language with no safety texts was built"
expect_err 'no \[fr\] text' "the missing language is named"
run "$gen" "$top/routines/safety/safety.ini" $themes
[ "$rc" -ne 0 ] || fail "gen_builtin ran with no --langs"

mkdir -p "$work/routines/safety"
grep -v '^full\[de\] = Ein Bein' "$top/routines/safety/safety.ini" \
    >"$work/routines/safety/safety.ini"
cmp -s "$work/routines/safety/safety.ini" "$top/routines/safety/safety.ini" &&
    fail "the copy still has clot.full[de] (the test edits nothing)"
run "$gen" --langs de,es "$work/routines/safety/safety.ini" $themes
[ "$rc" -ne 0 ] || fail "a safety text without [de] was compiled in"
expect_err "safety\.ini: \[clot\] full: no \[de\] text" \
    "the message names the file, section, key and language"

grep -v '^eased\[es\] = ' "$top/routines/safety/safety.ini" \
    >"$work/routines/safety/safety.ini"
run "$gen" --langs de,es "$work/routines/safety/safety.ini" $themes
[ "$rc" -ne 0 ] || fail "a safety text without [es] was compiled in"
expect_err "\[redflag\] eased: no \[es\] text" "the [es] gap is named"

# A translation of nothing (a typo in the key) is refused too.
{ cat "$top/routines/safety/safety.ini"; printf 'fulll[de] = x\n'; } \
    >"$work/routines/safety/safety.ini"
run "$gen" --langs de,es "$work/routines/safety/safety.ini" $themes
[ "$rc" -ne 0 ] || fail "fulll[de] with no fulll was compiled in"
expect_err "fulll\[de\]: a translation of no English text" \
    "a stray translation is named"

# A text cut at ';' (the rest read as a comment) is refused, not shipped.
sed 's/^para = "\(.*\)"$/para = \1/' "$top/routines/safety/safety.ini" \
    >"$work/routines/safety/safety.ini"
run "$gen" --langs de,es "$work/routines/safety/safety.ini" $themes
[ "$rc" -ne 0 ] || fail "the clot paragraph cut at ';' was compiled in"
expect_err "warnings in the safety texts" "the cut text is refused"

[ "$fails" -eq 0 ] && echo ok
exit $((fails > 0))
