#!/usr/bin/env bash
# The architecture's rules, checked on the source: each library is reached
# from its one adapter only, every module includes only what its layer in
# src/LAYERS may include, and nothing runs a shell.
set -u
cd "${UNCLENCH_TOP:-$(dirname "$0")/../..}" || exit 1
fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

only_in() {	# regex allowed-file-regex what
	local hits
	hits=$(grep -lE "$1" src/*.c src/*.h | grep -vE "$2" || true)
	[ -z "$hits" ] || bad "$3 outside its adapter: $hits"
}
only_in '#include [<"](n?curses|ncursesw/)' \
    '^src/(tui|widgets|widget_[a-z_]+|view|view_[a-z_]+|app)\.[ch]$' "curses"
only_in '#include <libnotify/' '^src/notifier\.c$' "libnotify"
only_in '#include <(iniparser|dictionary)\.h>' '^src/ini\.c$' "iniparser"
only_in '#include <sqlite3\.h>' '^src/history\.c$' "sqlite"

# The include matrix, from src/LAYERS (the one map): every module is in
# the table, and includes only the layers its own layer may include.
declare -A layer_of may
while read -r a b c; do
	case $a in
	''|\#*) ;;
	layer) may[$b]=" $c " ;;
	*) layer_of[$a]=$b ;;
	esac
done <src/LAYERS
for m in "${!layer_of[@]}"; do
	[ -n "${may[${layer_of[$m]}]:-}" ] ||
	    bad "src/LAYERS: $m is in layer ${layer_of[$m]}, which has no 'layer' line"
done
# One path to the diary: the store (history.h) is included by the diary
# service and the daemon's history child only, so the table itself may
# give it to no other layer (a command, a view or the daemon goes through
# diary.h).
for l in "${!may[@]}"; do
	case $l in store|service|proxy) continue ;; esac
	[[ ${may[$l]} == *" store "* ]] &&
	    bad "src/LAYERS: layer $l may include the store: only the diary service (diary) and the daemon's history child (daemon_history) do"
done
# Includes allowed against the map while a move is under way ("FILE
# HEADER" or "FILE global_opts"), each with the issue that removes it.
# Empty: every issue-13 branch has landed.
allowed_until=()
allowed() {	# file header
	local e
	for e in "${allowed_until[@]}"; do
		[ "$e" = "$1 $2" ] && return 0
	done
	return 1
}
for f in src/*.c src/*.h; do
	m=$(basename "$f")
	l=${layer_of[$m]:-}	# a line for NAME.h alone comes first
	m=${m%.[ch]}
	l=${l:-${layer_of[$m]:-}}
	if [ -z "$l" ]; then
		bad "$f: module $m is not in src/LAYERS (add a line \"$m LAYER\")"
		continue
	fi
	while read -r inc; do
		name=${inc#*\"}
		name=${name%\"*}
		im=${name%.h}
		il=${layer_of[$name]:-${layer_of[$im]:-}}
		if [ -z "$il" ]; then
			bad "$f includes $name, whose module $im is not in src/LAYERS"
		elif [[ ${may[$l]:-} != *" $il "* ]] && ! allowed "$f" "$name"; then
			hint=
			[ "$il" = store ] &&
			    hint=" (the diary is reached through diary.h)"
			bad "$f ($l) includes $name ($il): a $l module includes only:${may[$l]% }$hint"
		fi
	done < <(grep -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f")
done
# The command line's state is the entry's: the daemon gets daemon_options,
# the views and the core get what they need passed in.
for f in src/*.c src/*.h; do
	m=$(basename "$f")
	m=${m%.[ch]}
	[ "${layer_of[$m]:-}" = entry ] && continue
	grep -q '\bglobal_opts\b' "$f" && ! allowed "$f" global_opts &&
	    bad "$f (${layer_of[$m]:-?}) uses global_opts: only the entry layer does"
done

# A view's exported functions carry its file's prefix (view_breath_body,
# not breath_body beside the core's breath_level).
for f in src/view_*.h; do
	m=$(basename "$f" .h)
	while read -r fn; do
		bad "$f declares $fn: a function of $m is named ${m}_*"
	done < <(grep -E '^[a-z][^(]*[^a-z_0-9(][a-z_0-9]+\(' "$f" |
	    sed -E 's/^[^(]*[^a-z_0-9(]([a-z_0-9]+)\(.*/\1/' |
	    grep -v "^${m}_")
done

# No shell strings: external commands go through execvp with an argv.
hits=$(grep -nE '\b(system|popen)\s*\(' src/*.c || true)
[ -z "$hits" ] || bad "system()/popen() used: $hits"
# No unbounded string copies into buffers.
hits=$(grep -nE '\b(strcpy|strcat|sprintf|gets)\s*\(' src/*.c || true)
[ -z "$hits" ] || bad "unbounded string function: $hits"

if command -v shellcheck >/dev/null 2>&1; then
	shellcheck -s bash -S error .ci/run .ci/install-deps tests/run.sh \
	    tests/*/*.sh || bad "shellcheck"
fi

[ "$fails" -eq 0 ] || exit 1
echo "layering and safety rules hold"
