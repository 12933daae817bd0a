#!/usr/bin/env bash
# A session marked completed with no step done (an import, or a record
# from before steps were counted honestly) is not a completed session: it
# starts no streak. The same session with a step done does.
. "$(dirname "$0")/common.bash"

hdr="type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action"
printf '%s\nsession,%s,%s,bedtime-legs,stretch,1,0,6,,,,,,\n' "$hdr" \
    "$(ts 0 00:01)" "$(ts 0 00:03)" >"$T/none.csv"
"$U" import "$T/none.csv" >"$T/out" 2>&1 || fail "import: $(cat "$T/out")"
[ "$(count sessions "completed = 1 AND steps_done = 0")" = 1 ] ||
    fail "the imported session is not in the history"
"$U" stats >"$T/stats" 2>&1 || fail "stats: $(cat "$T/stats")"
grep -qF "current streak: 0 days; best: 0 days" "$T/stats" ||
    fail "nothing done made a streak: $(grep streak "$T/stats")"

printf '%s\nsession,%s,%s,bedtime-legs,stretch,1,2,6,,,,,,\n' "$hdr" \
    "$(ts 0 00:05)" "$(ts 0 00:09)" >"$T/some.csv"
"$U" import "$T/some.csv" >"$T/out" 2>&1 || fail "import: $(cat "$T/out")"
"$U" stats >"$T/stats" 2>&1 || fail "stats: $(cat "$T/stats")"
grep -qF "current streak: 1 day; best: 1 day" "$T/stats" ||
    fail "a session with steps done made no streak: $(grep streak "$T/stats")"
echo "ok"
