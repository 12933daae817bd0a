#!/usr/bin/env bash
# The HTML report printed by a real browser: headless Chromium prints the
# fixture's report (report/fixture.bash) and a 26-week one (the longest)
# to PDF; pdfinfo must count at most 2 A4 pages, and pdftotext must find
# on every page the date range and the generation time, and in the text
# the hand-worked measures. Chromium runs in its own session, stopped by
# its process-group id after at most 90 s and reaped; a browser that
# cannot start fails the test.
. "$(dirname "$0")/common.bash"
. "$(dirname "$0")/report/fixture.bash"

CHROME=$(command -v chromium || command -v chromium-browser) ||
    fail "chromium is not installed (.ci/install-deps test)"
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null ||
    fail "poppler-utils (pdfinfo, pdftotext) is not installed"
report_fixture >/dev/null || fail "the fixture could not be written"

CPID=
stop_chrome() {	# the browser's whole group, by its id, with a deadline
	local i
	[ -n "$CPID" ] || return 0
	kill -TERM -- "-$CPID" 2>/dev/null
	for ((i = 0; i < 100; i++)); do
		kill -0 -- "-$CPID" 2>/dev/null || break
		sleep 0.05
	done
	kill -KILL -- "-$CPID" 2>/dev/null
	wait "$CPID" 2>/dev/null
	CPID=
}
trap 'stop_chrome; cleanup' EXIT

# print HTML PDF: print with Chromium, at most 90 s.
print() {
	local i
	setsid "$CHROME" --headless --no-sandbox --disable-gpu \
	    --no-pdf-header-footer --user-data-dir="$T/chrome" \
	    --print-to-pdf="$2" "file://$1" >"$T/chrome.log" 2>&1 &
	CPID=$!
	for ((i = 0; i < 1800; i++)); do
		kill -0 "$CPID" 2>/dev/null || break
		sleep 0.05
	done
	kill -0 "$CPID" 2>/dev/null && { stop_chrome; fail "chromium did not finish printing in 90 s"; }
	wait "$CPID"
	local rc=$?
	CPID=
	[ "$rc" = 0 ] && [ -s "$2" ] || { cat "$T/chrome.log"; fail "chromium could not print $1 (exit $rc)"; }
}

# check PDF WEEKS-RANGE: at most 2 pages, each with its header.
check() {
	local pages p
	pages=$(pdfinfo "$1" | awk '/^Pages:/ { print $2 }')
	[ -n "$pages" ] && [ "$pages" -ge 1 ] && [ "$pages" -le 2 ] ||
	    fail "$1: $pages pages (at most 2)"
	pdfinfo "$1" | grep -q 'Page size:.*(A4)' || fail "$1: not A4"
	for ((p = 1; p <= pages; p++)); do
		pdftotext -f "$p" -l "$p" "$1" - | tr '\n' ' ' >"$T/page.txt"
		grep -qF -- "$2" "$T/page.txt" || fail "$1: page $p lacks the range $2"
		grep -qF -- "generated 2026-11-08 12:00 +01:00" "$T/page.txt" ||
		    fail "$1: page $p lacks the generation time"
	done
}

"$U" report --weeks 4 --format html --output "$T/r.html" || fail "report --format html"
print "$T/r.html" "$T/r.pdf"
check "$T/r.pdf" "2026-10-12 to 2026-11-08 (4 weeks)"
pdftotext "$T/r.pdf" - | tr '\n' ' ' | sed 's/  */ /g' >"$T/all.txt"
for want in "2 of 7 recorded nights (29%), 2.0 a week" "Cramps a night: 0.43" \
    "1 of 7 recorded nights after an evening stretch (14%)" \
    "calf 2 (40%)" "red-flag page): 1 of 4 timed" "calf-relief 1 (1 to the end)" \
    "4.7 (3)" "not a medical device"; do
	grep -qF -- "$want" "$T/all.txt" || fail "the printed report lacks \"$want\""
done

"$U" report --weeks 26 --format html --output "$T/long.html" || fail "report --weeks 26"
print "$T/long.html" "$T/long.pdf"
check "$T/long.pdf" "2026-05-11 to 2026-11-08 (26 weeks)"
# Nothing cut off by the fixed page height: the last week and the end.
pdftotext "$T/long.pdf" - | tr '\n' ' ' >"$T/all.txt"
for want in 2026-05-11 2026-11-02 "numbness."; do
	grep -qF -- "$want" "$T/all.txt" || fail "the 26-week print lacks \"$want\""
done
echo "ok: printed on at most 2 A4 pages with the range and time on each"
