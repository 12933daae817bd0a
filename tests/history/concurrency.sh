#!/usr/bin/env bash
# 200 `unclench drink 1` started at once against a history that does not
# exist yet: every one exits 0 and exactly 200 records of 1 ml are in the
# file (counted with the sqlite3 shell), which passes integrity_check.
. "$(dirname "$0")/common.bash"

pids=()
for i in $(seq 200); do
	"$U" drink 1 >"$T/out.$i" 2>&1 &
	pids+=($!)
done
bad=0
for i in "${!pids[@]}"; do
	if ! wait "${pids[$i]}"; then
		bad=$((bad + 1))
		echo "writer $((i + 1)) failed:" >&2
		cat "$T/out.$((i + 1))" >&2
	fi
done
[ "$bad" -eq 0 ] || fail "$bad of 200 writers failed"
n=$(count drinks)
[ "$n" = 200 ] || fail "expected 200 drinks, found $n"
sum=$(sqlite3 "$DB" "SELECT sum(ml) FROM drinks")
[ "$sum" = 200 ] || fail "expected 200 ml in all, found $sum"
# Every id of the shared sequence used once.
ids=$(sqlite3 "$DB" "SELECT count(DISTINCT id) FROM drinks")
[ "$ids" = 200 ] || fail "duplicate ids: $ids distinct"
ok=$(sqlite3 "$DB" "PRAGMA integrity_check")
[ "$ok" = ok ] || fail "integrity_check: $ok"
[ "$(sqlite3 "$DB" "PRAGMA journal_mode")" = wal ] || fail "not WAL"
# Each writer reported what it logged.
grep -L "Logged 1 ml of water" "$T"/out.* | grep -q . && fail "a writer printed something else"
echo "ok: 200 concurrent writers, 200 records"
