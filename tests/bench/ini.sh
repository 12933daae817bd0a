#!/usr/bin/env bash
# Benchmark: `unclench check` on the worst legal INI files, the largest the
# scan accepts (256 KiB, the most keys a file may hold, every key unknown so
# each gets a warning and a spelling hint), and on a file far over the key
# limit (refused). Target (printed, never asserted): under 100 ms each.
set -u
TOP=$(cd "$(dirname "$0")/../.." && pwd)
UNCLENCH=${UNCLENCH:-$TOP/unclench}
T=$(mktemp -d "${TMPDIR:-/tmp}/unclench-bench-ini.XXXXXX")
trap 'rm -rf "$T"' EXIT
max_keys=$(awk '$2 == "INI_MAX_KEYS" { print $3 }' "$TOP/src/ini.h")
per_sec=$(awk '$2 == "INI_MAX_SECTION_KEYS" { print $3 }' "$TOP/src/ini.h")
[ -n "$max_keys" ] && [ -n "$per_sec" ] || { echo "no limits in src/ini.h"; exit 1; }

# gen FILE HEADER SECTIONS KEYS [STEP]: SECTIONS sections of KEYS keys
# (after STEP, the step's own lines), each line padded so the whole is just
# under 256 KiB.
gen() {
	awk -v head="$2" -v nsec="$3" -v nkey="$4" -v step="${5:-}" 'BEGIN {
		width = int(262144 / (nsec * (nkey + 1) + 8)) - 28
		if (width < 1) width = 1
		pad = sprintf("%*s", width, ""); gsub(/ /, "x", pad)
		printf "%s", head
		for (s = 1; s <= nsec; s++) {
			printf "[step%d]\n%s", s, step
			for (k = 1; k <= nkey; k++)
				printf "unknown_key_%04d = %s\n", k, pad
		}
	}' >"$1"
}

# best of 5, in ms
time_check() {
	local best='' i t0 t1 ms
	for ((i = 0; i < 5; i++)); do
		t0=$(date +%s%N)
		"$UNCLENCH" check "$1" >/dev/null 2>"$T/err"
		echo $? >"$T/rc"
		t1=$(date +%s%N)
		ms=$(( (t1 - t0) / 1000000 ))
		[ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
	done
	echo "$best"
}

nsec=$((max_keys / per_sec))
gen "$T/config.ini" "" "$nsec" "$per_sec"
gen "$T/routine.ini" $'[routine]\ntitle = Worst\nkind = stretch\nsummary = s\nsource = b\n' \
    "$nsec" $((per_sec - 5)) $'type = stretch\ntitle = t\ntext = x\nhold = 10s\n'
# The file of the report: 40,000 short keys (refused now).
awk 'BEGIN { for (s = 0; s < 200; s++) { printf "[s%d]\n", s
	for (k = 0; k < 200; k++) printf "k%d=1\n", k } }' >"$T/huge.ini"
for f in config routine huge; do
	size=$(stat -c %s "$T/$f.ini")
	keys=$(grep -c "=" "$T/$f.ini")
	ms=$(time_check "$T/$f.ini")
	if [ "$(cat "$T/rc")" -eq 0 ]; then
		verdict="accepted, $(grep -c '^warning' "$T/err") warnings"
	else
		verdict="refused, $(grep -c '^error' "$T/err") errors"
	fi
	printf 'check, %-8s %6d bytes, %5d keys: %4d ms (target < 100 ms; %s)\n' \
	    "$f," "$size" "$keys" "$ms" "$verdict"
done
