#!/usr/bin/env bash
# A hand-edited history with values no unclench writes (times past the
# year 9999 or before 1970, text where a number belongs, a drink of a
# million litres, severity 99, a session that ends before it starts):
# stats, export and the history screen skip those rows, say how many,
# and show the rest exactly as before. Run against the normal build and
# the ASan/UBSan build (any undefined behaviour aborts it).
. "$(dirname "$0")/common.bash"

make -s -C "$TOP" SANITIZE=1 build/asan/unclench >"$T/make.log" 2>&1 ||
    fail "cannot build build/asan/unclench: $(tail -n 20 "$T/make.log")"
ASAN=$TOP/build/asan/unclench
nm "$ASAN" 2>/dev/null | grep -q __asan_init || fail "$ASAN is not an ASan build"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

fixture "$T/f.csv"
"$U" import "$T/f.csv" >/dev/null || fail "import the fixture"
"$U" stats >"$T/stats.good" 2>"$T/err" || fail "stats on the fixture"
"$U" export --csv >"$T/csv.good" || fail "export of the fixture"

now=$(date +%s)
sqlite3 "$DB" "
INSERT INTO drinks (id, at, ml) VALUES (900, 9223372036854775807, 250);
INSERT INTO drinks (id, at, ml) VALUES (901, $now, 1000000000000);
INSERT INTO drinks (id, at, ml) VALUES (902, 'noon', 250);
INSERT INTO cramps (id, part, started, duration_s, severity) VALUES (903, 'calf', -9223372036854775807, 60, 5);
INSERT INTO cramps (id, part, started, duration_s, severity) VALUES (904, 'calf', $now, 60, 99);
INSERT INTO cramps (id, part, started, duration_s, severity) VALUES (905, 'foot', $now, 4000000000, 5);
INSERT INTO sessions VALUES (906, 'bedtime-legs', 'stretch', 6917529027641081856, 6917529027641081900, 1, 5, 5, NULL);
INSERT INTO sessions VALUES (907, 'bedtime-legs', 'stretch', $now, $((now - 600)), 1, 5, 5, NULL);
INSERT INTO sessions VALUES (908, 'bedtime-legs', 'stretch', $now, $now, 1, -5, 5, NULL);
INSERT INTO reminders (at, kind, action) VALUES (219250468000000, 'hydration', 'sent');
" || fail "cannot hand-edit the history"
BAD=10
# stats reads only the rows its figures use (the last weeks, and all
# completed sessions for the streaks): 901, 904, 905, 906, 907, 908.
BAD_STATS=6

for bin in "$U" "$ASAN"; do
	"$bin" stats >"$T/stats" 2>"$T/err"
	rc=$?
	[ "$rc" -eq 0 ] || { cat "$T/err"; fail "$bin stats: exit $rc on damaged rows"; }
	diff "$T/stats.good" "$T/stats" >&2 || fail "$bin stats: the figures changed with damaged rows"
	grep -qF "stats: skipped $BAD_STATS damaged rows (a value out of range) in $DB" "$T/err" || { cat "$T/err"; fail "$bin stats: the damaged rows are not reported"; }
	grep -qE "runtime error|Sanitizer" "$T/err" && { cat "$T/err"; fail "$bin stats: a sanitizer report"; }

	"$bin" export --csv >"$T/csv" 2>"$T/err"
	rc=$?
	[ "$rc" -eq 0 ] || { cat "$T/err"; fail "$bin export: exit $rc"; }
	diff "$T/csv.good" "$T/csv" >&2 || fail "$bin export: damaged rows reached the export"
	grep -qF "export: skipped $BAD damaged rows (a value out of range) in $DB" "$T/err" ||
	    { cat "$T/err"; fail "$bin export: want \"skipped $BAD damaged rows\""; }
	"$bin" export --json >"$T/json" 2>"$T/err" || fail "$bin export --json"
	grep -qE '[0-9]{5,}-[0-9]{2}-' "$T/json" && fail "$bin export --json: an impossible date"
	grep -qF "skipped $BAD damaged rows" "$T/err" || fail "$bin export --json: not reported"
	grep -qE "runtime error|Sanitizer" "$T/err" && { cat "$T/err"; fail "$bin export: a sanitizer report"; }
done

# Undo removes the newest record even when it is damaged, and says so.
"$U" log undo >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "log undo of a damaged record"; }
[ "$(count sessions "id = 908")" -eq 0 ] || fail "log undo left the damaged session"
echo "ok: damaged rows skipped and counted"
