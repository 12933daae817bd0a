#!/bin/bash
# unclench check and localised keys (title[de] = ...): a good file passes
# and is listed in the reader's language, English for a language it lacks;
# a bad language tag, a tag on a key that is not text, and a translation
# too long are each refused with the file, section and key named.
. "$(dirname "$0")/lib.sh"

head='[routine]
title = Calf
title[de] = Wade
kind = stretch
summary = S
summary[es] = Estírela.
source = X
[step1]
title = A
text = C
hold = 30s'
f=$work/good.ini
printf '%s\n' "$head" >"$f"
run env LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= "$UNCLENCH" check "$f"
expect_rc 0 "a file with translations"
expect_out "ok: routine \"Wade\"" "the German title under de_DE"
run env LANG=es_ES.UTF-8 LC_ALL= LANGUAGE= "$UNCLENCH" check "$f"
expect_out "ok: routine \"Calf\"" "English where es has no title"
run env LANG=C LC_ALL= LANGUAGE=de "$UNCLENCH" check "$f"
expect_out "ok: routine \"Calf\"" "C ignores LANGUAGE"

f=$work/tag.ini
printf '%s\ntitle[german] = B\n' "$head" >"$f"
run "$UNCLENCH" check "$f"
expect_rc 1 "a bad language tag"
expect_err "$f: \[step1\] title\[german\]: line 12: \"german\" is not a language tag" \
    "the bad tag is named with its file, section and key"

f=$work/notext.ini
printf '%s\nhold[de] = 20s\n' "$head" >"$f"
run "$UNCLENCH" check "$f"
expect_rc 1 "a translated duration"
expect_err "$f: \[step1\] hold\[de\]: \"hold\" is not a text key" \
    "a tag on a key that is not text is named"

f=$work/long.ini
printf '%s\ntitle[es] = %s\n' "$head" "$(printf 'x%.0s' $(seq 61))" >"$f"
run "$UNCLENCH" check "$f"
expect_rc 1 "a translation too long"
expect_err "$f: \[step1\] title\[es\]: too long: 61 characters \(expected at most 60\)" \
    "the length limit of the key applies to its translations"

[ "$fails" -eq 0 ] && echo ok
exit $((fails > 0))
