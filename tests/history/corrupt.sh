#!/usr/bin/env bash
# A damaged or unreadable history: every command says which file and what
# to do, exits 1, and leaves the file byte for byte as it was; relief mode
# (unclench now) still runs, in a real terminal, and leaves it alone too.
. "$(dirname "$0")/common.bash"

mkdir -p "$(dirname "$DB")"
printf 'not a database at all, just some text\n%.0s' $(seq 200) >"$DB"
sum=$(cksum <"$DB")

check() {	# PHRASE ARGS...
	local phrase=$1 rc
	shift
	"$U" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" -eq 1 ] || fail "unclench $*: exit $rc on a damaged history"
	grep -qF "$DB" "$T/err" || { cat "$T/err"; fail "unclench $*: the file is not named"; }
	grep -qF "$phrase" "$T/err" || { cat "$T/err"; fail "unclench $*: no \"$phrase\""; }
	[ "$(cksum <"$DB")" = "$sum" ] || fail "unclench $*: the damaged file was changed"
	[ -e "$DB-wal" ] && fail "unclench $*: wrote a WAL beside the damaged file"
	return 0
}
for args in "drink" "log cramp calf" "log undo" "stats" "export --csv"; do
	# shellcheck disable=SC2086
	check "Move it aside" $args
done
check "not an unclench history" drink
fixture "$T/f.csv"
check "Move it aside" import "$T/f.csv"

# Relief does not need the history: it eases, the questions are skipped,
# and the episode it cannot save is said to be not saved.
start C.UTF-8 "$U now calf"
wait_for "Calf cramp"
wait_for "cramp 00:0"
tm send-keys -t h e
wait_for "How bad was it, 1 to 10?"
tm send-keys -t h Enter Enter
wait_for "Not saved:"
tm send-keys -t h x
wait_for "EXIT=0"
restored
[ "$(cksum <"$DB")" = "$sum" ] || fail "relief mode changed the damaged file"

# A real history with its pages overwritten past the first two.
rm -f "$DB"
"$U" import "$T/f.csv" >/dev/null || fail "a fresh history after moving"
sqlite3 "$DB" "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3000)
    INSERT INTO drinks (at, ml) SELECT i * 60, 100 FROM c; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
size=$(stat -c %s "$DB")
dd if=/dev/urandom of="$DB" bs=4096 seek=2 count=$((size / 4096 - 2)) conv=notrunc status=none
sum=$(cksum <"$DB")
check "is damaged" stats
check "is damaged" export --json

# A directory where the file should be.
rm -f "$DB"
mkdir "$DB"
"$U" drink 2>"$T/err" && fail "drink into a directory"
grep -qF "$DB" "$T/err" || fail "directory: file not named"
echo "ok: damaged files reported and left alone"
