#!/usr/bin/env bash
# A real history damaged past its first page (an index page overwritten,
# a corrupted freelist) takes no write: every writing command runs
# PRAGMA quick_check first (its verdict cached beside the file, keyed so
# that the damage itself invalidates it), exits 1 naming the file and the
# finding, leaves the file byte for byte as it was, and says how to
# rescue the records. The rescue it gives works.
. "$(dirname "$0")/common.bash"

# fresh N: a history of the fixture plus N drinks, some deleted so that
# the file has a freelist; checked and cached by one good write.
fresh() {
	rm -f "$DB" "$DB"-*
	fixture "$T/f.csv"
	"$U" import "$T/f.csv" >/dev/null || fail "import into a fresh history"
	sqlite3 "$DB" "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $1)
	    INSERT INTO drinks (at, ml) SELECT 1000000000 + i * 60, 100 FROM c;
	    DELETE FROM drinks WHERE at > 1000000000 + 60 * ($1 / 2);
	    PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
	"$U" drink 100 >/dev/null || fail "a drink into a sound history"
	[ -e "$DB-checked" ] || fail "no quick_check verdict kept beside the history"
	"$U" drink 100 >/dev/null || fail "a second drink into a sound history"
	drinks=$(count drinks)
}

# smash PAGE: random bytes over one page, mtime put back (ctime is not).
smash() {
	touch -r "$DB" "$T/stamp"
	dd if=/dev/urandom of="$DB" bs=4096 seek=$(($1 - 1)) count=1 conv=notrunc status=none
	touch -r "$T/stamp" "$DB"
	sum=$(cksum <"$DB")
}

refused() {	# ARGS...: refused, nothing written, the rescue named
	local rc
	"$U" "$@" >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" -eq 1 ] || { cat "$T/out" "$T/err"; fail "unclench $*: exit $rc on a damaged history"; }
	grep -qF "$DB is damaged (" "$T/err" || { cat "$T/err"; fail "unclench $*: the damage is not reported"; }
	grep -qF "has not been changed" "$T/err" || fail "unclench $*: no word that the file is untouched"
	grep -qF ".dump | sqlite3 '$DB'" "$T/err" || { cat "$T/err"; fail "unclench $*: no rescue command"; }
	grep -qF "'unclench import' an export from a backup" "$T/err" || fail "unclench $*: backups not named"
	[ "$(cksum <"$DB")" = "$sum" ] || fail "unclench $*: the damaged file was changed"
}

# 1. The root page of the drinks' index: a cramp need not touch it, but no
# command may write into the file.
fresh 3000
page=$(sqlite3 "$DB" "SELECT rootpage FROM sqlite_master WHERE name = 'drinks_at'")
[ "$page" -gt 2 ] || fail "no index page to damage ($page)"
smash "$page"
sqlite3 "$DB" "PRAGMA quick_check" | grep -q "Page $page" || fail "the damage is not where this test put it"
for i in 1 2 3 4 5; do
	refused log cramp calf
done
grep -qF "(Page $page:" "$T/err" || { cat "$T/err"; fail "the finding is not quoted"; }
refused drink 250
refused log undo
fixture "$T/g.csv"
refused import "$T/g.csv"

# The rescue the message gives, run as given, keeps every record.
mv "$DB" "$DB.broken"
rm -f "$DB"-*
sqlite3 "$DB.broken" .dump | sqlite3 "$DB" && sqlite3 "$DB" 'PRAGMA user_version = 3' \
    || fail "the rescue commands failed"
"$U" drink 300 >/dev/null || fail "drink after the rescue"
[ "$(count drinks)" -eq $((drinks + 1)) ] || fail "the rescue lost drinks: $(count drinks) of $((drinks + 1))"
[ "$(count cramps)" -eq 3 ] || fail "the rescue lost cramps"

# 2. The first freelist trunk page: a write could hand out a bad page.
fresh 6000
trunk=$(od -A n -t u4 --endian=big -j 32 -N 4 "$DB" | tr -d ' ')
[ "$trunk" -gt 2 ] || fail "the history has no freelist to damage"
smash "$trunk"
sqlite3 "$DB" "PRAGMA quick_check" | grep -q "freelist" || fail "the freelist damage does not show"
for i in $(seq 10); do
	refused drink 100
	refused log cramp foot
done
grep -qF "freelist" "$T/err" || { cat "$T/err"; fail "the freelist finding is not quoted"; }
echo "ok: damaged pages refused for writing, with a working rescue"
