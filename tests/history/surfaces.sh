#!/usr/bin/env bash
# Every surface writes the same value the same way (one formatter each):
# with a session of 3590 s and 1500 ml of water today, `unclench stats`
# and the history screen both say "1 h" (not "60 min" in one place and
# "1 h 0 min" in another), and `unclench stats` and the hydration screen
# say the same "1500 ml of 2000 ml". The screens run in tmux.
. "$(dirname "$0")/common.bash"

{
	echo "type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action"
	echo "drink,$(ts 0 00:05),,,,,,,,,,,1000,"
	echo "drink,$(ts 0 00:06),,,,,,,,,,,500,"
	echo "session,$(ts 0 00:01:00),$(ts 0 01:00:50),bedtime-legs,stretch,1,5,5,,,,,,"
} >"$T/f.csv"
"$U" import "$T/f.csv" >/dev/null || fail "loading the records"

"$U" stats --days 1 >"$T/stats.txt" || fail "unclench stats"
dur=$(sed -nE 's/^  in the last 1 day: (.*), 1 completed session$/\1/p' \
    "$T/stats.txt")
[ "$dur" = "1 h" ] || { cat "$T/stats.txt"; fail "stats: 3590 s is \"$dur\", not \"1 h\""; }
vol=$(sed -nE 's/^  today: ([0-9]+ ml of [0-9]+ ml) \(75%\)$/\1/p' \
    "$T/stats.txt")
[ "$vol" = "1500 ml of 2000 ml" ] || { cat "$T/stats.txt"; fail "stats: today's water is \"$vol\""; }

start C.UTF-8 "$U"
wait_for "History"
tm send-keys -t h 6
wait_for "Water, 14 days  today 1500 ml / 2000 ml"
for _ in $(seq 30); do tm send-keys -t h j; done
wait_for "This week:      $dur, 1 session"
tm send-keys -t h q
wait_for "Hydration"
tm send-keys -t h 5
wait_for "Today: $vol goal"
tm send-keys -t h q
wait_for "History"
quit_clean
echo "ok: the CLI and the screens say \"$dur\" and \"$vol\""
