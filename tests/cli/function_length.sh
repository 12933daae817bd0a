#!/usr/bin/env bash
# No function in src/*.c over about 80 lines (the project's standard):
# a long function is split into named helpers. Read in KNF: the name
# starts a line ("name(" at column 0, the arguments may go on over
# indented lines), the body's "{" is alone on the next line and its "}"
# alone at column 0; the length counts both braces. Tables (initialised
# arrays and structs: "... = {") are not functions and are not counted.
set -u
cd "${UNCLENCH_TOP:-$(dirname "$0")/../..}" || exit 1
max=${FUNCTION_MAX_LINES:-80}

# For each file: "FILE:LINE NAME LENGTH" for every function over max,
# and a "checked N" line so a parser that found nothing fails too.
out=$(awk -v max="$max" '
FNR == 1 { name = ""; open = 0; head = 0 }
# A function head: an identifier and "(" at column 0 (not a macro, a
# label or a declaration ending in ";").
!open && /^[A-Za-z_][A-Za-z0-9_]*\(/ && !/;[[:space:]]*$/ {
	name = $0
	sub(/\(.*/, "", name)
	head = FNR
	next
}
# Argument lines go on indented; anything else at column 0 ends a head.
!open && head && /^[[:space:]]/ { next }
!open && head && /^\{[[:space:]]*$/ { open = FNR; next }
!open { head = 0; next }
open && /^\}/ {
	n++
	len = FNR - open + 1
	if (len > max)
		printf "%s:%d %s %d\n", FILENAME, head, name, len
	open = 0
	head = 0
}
END { printf "checked %d\n", n }
' src/*.c)
checked=$(sed -n 's/^checked //p' <<<"$out")
long=$(grep -v '^checked ' <<<"$out" || true)
if [ "${checked:-0}" -lt 100 ]; then
	echo "FAIL: found only ${checked:-0} functions in src/*.c (is the parser broken?)"
	exit 1
fi
if [ -n "$long" ]; then
	while read -r where fn len; do
		echo "FAIL: $where $fn is $len lines (at most $max: split it into named helpers)"
	done <<<"$long"
	exit 1
fi
echo "all $checked functions in src/*.c are at most $max lines"
