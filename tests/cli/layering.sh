#!/usr/bin/env bash
# The architecture's rules, checked on the source: each library is reached
# from its one adapter only, the core includes nothing but libc and core
# headers, and nothing runs a shell.
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

core="calendar util diag clock log routine breath session schedule stats format remind"
core_re=$(sed 's/ /|/g' <<<"$core")
for m in $core; do
	# remind reads the settings' plain struct (config.h includes only core
	# headers); its loader is an adapter, and the unit tests' link (core
	# objects only) fails should remind call into it.
	allowed=$core_re
	[ "$m" = remind ] && allowed="$core_re|config"
	for f in src/$m.c src/$m.h; do
		[ -f "$f" ] || continue
		while read -r inc; do
			name=${inc#*\"}
			name=${name%\"*}
			grep -qE "^($allowed)\.h$" <<<"$name" ||
			    bad "$f includes $name (the core includes only core headers)"
		done < <(grep -E '^#include "' "$f")
	done
done

# The daemon gets its settings' path in daemon_options, not from the CLI.
hits=$(grep -lE '#include "cli\.h"|global_opts' src/daemon*.[ch] \
    src/remind.[ch] src/log.[ch] 2>/dev/null || true)
[ -z "$hits" ] || bad "the daemon reaches into the command line: $hits"

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
