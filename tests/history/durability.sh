#!/usr/bin/env bash
# Writers killed with SIGKILL at random moments: the file stays sound
# (integrity_check ok) and every drink whose command exited 0 is there.
# Each writer logs a distinct amount (1..N ml) so it can be found; several
# run at once, so kills land mid-transaction, mid-checkpoint, mid-open.
. "$(dirname "$0")/common.bash"

N=300
declare -A status
RANDOM=$$
i=1
while [ "$i" -le "$N" ]; do
	batch=()
	for _ in 1 2 3 4 5 6; do
		[ "$i" -le "$N" ] || break
		"$U" drink "${i}ml" >/dev/null 2>"$T/err.$i" &
		batch+=("$!:$i")
		i=$((i + 1))
	done
	# A random moment, 0-9 ms in, to kill about half of them. The delay
	# is the randomness under test, not a wait for anything.
	sleep "0.00$((RANDOM % 10))"
	for b in "${batch[@]}"; do
		[ $((RANDOM % 2)) -eq 0 ] && kill -KILL "${b%%:*}" 2>/dev/null
	done
	for b in "${batch[@]}"; do
		wait "${b%%:*}"
		status[${b##*:}]=$?
	done
done

ok=$(sqlite3 "$DB" "PRAGMA integrity_check")
[ "$ok" = ok ] || fail "integrity_check after kills: $ok"
saved=0 killed=0 missing=0
for ((i = 1; i <= N; i++)); do
	n=$(sqlite3 "$DB" "SELECT count(*) FROM drinks WHERE ml = $i")
	[ "$n" -le 1 ] || fail "drink of $i ml recorded $n times"
	case ${status[$i]} in
	0)	saved=$((saved + 1))
		[ "$n" = 1 ] || { echo "lost: $i ml (exit 0)" >&2; missing=$((missing + 1)); } ;;
	137)	killed=$((killed + 1)) ;;
	*)	cat "$T/err.$i" >&2
		fail "writer $i exited ${status[$i]} (neither saved nor killed)" ;;
	esac
done
[ "$missing" -eq 0 ] || fail "$missing saved drinks lost"
[ "$killed" -gt 0 ] || fail "no writer was killed: the test tested nothing"
[ "$saved" -gt 0 ] || fail "no writer finished"
# The file still takes writes after all that.
"$U" drink 4999ml >/dev/null || fail "writing after the kills"
[ "$(count drinks "ml = 4999")" = 1 ] || fail "the last drink is missing"
echo "ok: $saved saved and present, $killed killed, file sound"
