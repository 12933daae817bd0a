# shellcheck shell=bash
# need_locales DIR LOCALE...: each LOCALE (de_DE ...) in UTF-8, generated
# with localedef into DIR when the system has none (LOCPATH then points
# there). Returns non-zero, with a line on stderr, when one cannot be had:
# the test fails, it does not skip.
need_locales() {
	local dir=$1 loc
	shift
	command -v localedef >/dev/null ||
	    { echo "localedef is not installed (libc-bin)" >&2; return 1; }
	mkdir -p "$dir"
	for loc in "$@"; do
		locale -a 2>/dev/null | grep -qix "$loc.utf-\?8" && continue
		localedef -i "$loc" -f UTF-8 "$dir/$loc.UTF-8" ||
		    { echo "localedef $loc.UTF-8 failed" >&2; return 1; }
		export LOCPATH=$dir
	done
}

# make_locales DIR LOCALE...: each generated into DIR whatever the system
# has (a tmux pane gets LOCPATH=DIR and must find them all there).
make_locales() {
	local dir=$1 loc
	shift
	mkdir -p "$dir"
	for loc in "$@"; do
		localedef -i "$loc" -f UTF-8 "$dir/$loc.UTF-8" 2>/dev/null ||
		    { echo "cannot generate the $loc.UTF-8 locale" >&2; return 1; }
	done
}
