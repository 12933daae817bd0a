#!/usr/bin/env bash
# run.sh: alone
# The man pages and shell completions: each page lints clean under mandoc;
# the pages cover every command of `unclench --help`, every key of the
# shipped config (with its default), every routine key the loader knows and
# every theme role; the examples in the pages pass `unclench check`; the
# bash completion offers the right candidates (zsh and fish: syntax, and
# fish's candidates, when installed); make install/uninstall place and
# remove the completion files.
. "$(dirname "$0")/lib.sh"
doc=$top/doc
man1=$doc/unclench.1 conf5=$doc/unclench.conf.5 routine5=$doc/unclench-routine.5

# --- mandoc lint: no warning, no error ---
if ! command -v mandoc >/dev/null 2>&1; then
	fail "mandoc is not installed (make check installs it)"
else
	for m in "$man1" "$conf5" "$routine5"; do
		[ -f "$m" ] || { fail "missing $m"; continue; }
		out=$(mandoc -Tlint -W warning "$m" 2>&1)
		rc=$?
		err=
		if [ "$rc" -ne 0 ] || [ -n "$out" ]; then
			fail "mandoc -Tlint -W warning ${m#"$top"/}: exit $rc"
		fi
		# It must also render to text with the sections we promise.
		out=$(mandoc -Tascii "$m" 2>&1 | col -b)
		for s in NAME DESCRIPTION "SEE ALSO"; do
			grep -q "^$s" <<<"$out" || fail "${m#"$top"/} lacks $s"
		done
	done
	out=$(mandoc -Tascii "$man1" | col -b)
	for s in COMMANDS KEYS ENVIRONMENT FILES "EXIT STATUS" CAVEATS; do
		grep -q "^$s" <<<"$out" || fail "unclench.1 lacks section $s"
	done
	tr -s ' \n' '  ' <<<"$out" | grep -q "not a medical device" ||
	    fail "unclench.1 lacks the disclaimer"
fi

# --- every command of --help has an entry in unclench.1 ---
run "$UNCLENCH" --help
expect_rc 0 "--help"
cmds=$(sed -n 's/^  \([a-z][a-z]*\)\( .*\)\{0,1\}$/\1/p' <<<"$out")
[ "$(wc -w <<<"$cmds")" -ge 10 ] || fail "could not read the commands from --help"
for c in $cmds; do
	grep -qE "^\.(It )?Ic $c( |$)" "$man1" ||
	    fail "unclench.1 has no entry (.It Ic $c) for command $c"
done
for o in config help version; do
	grep -q -- "--$o" <<<"$out" || continue
	grep -q "Fl -$o" "$man1" || fail "unclench.1 lacks --$o"
done
for c in $(sed -n '/^\.Sh COMMANDS/,/^\.Sh /s/^\.It Ic \([a-z]*\).*/\1/p' "$man1" | sort -u); do
	grep -qE "^  $c( |$)" <<<"$out" ||
	    fail "unclench.1 documents command $c that --help does not list"
done

# --- the body parts, their other words and picker keys (src/files_parts.c) ---
parts=$(awk '/relief_parts\[\] = \{/ { on = 1 } on { print } on && /};/ { on = 0 }' \
    "$top/src/routine.c" | grep -oE '"[a-z]+"' | tr -d '"' | tr '\n' ' ' | sed 's/ $//')
[ "$(wc -w <<<"$parts")" -eq 7 ] || fail "could not read relief_parts from src/routine.c"
if [ -f "$top/src/files_parts.c" ]; then
	grep -oE '\{ "[a-z-]+", "[a-z]+" \}' "$top/src/files_parts.c" |
	    sed 's/{ "\([a-z-]*\)", "\([a-z]*\)" }/\1 \2/' >"$work/aliases"
	[ -s "$work/aliases" ] || fail "could not read the aliases from src/files_parts.c"
	while read -r word part; do
		[ "$word" = "$part" ] && continue
		awk -v part="$part" '
			$0 == ".It Cm " part { on = 1; next }
			on && /^\.(It|El)/ { exit }
			on { print }' "$man1" | grep -qE "(^| )$word( |,|$)" ||
		    fail "unclench.1 does not give $word as a word for $part"
	done <"$work/aliases"
	grep -oE "\{ \"[a-z]+\", '[a-z]'," "$top/src/files_parts.c" |
	    sed "s/{ \"\([a-z]*\)\", '\(.\)',/\1 \2/" >"$work/partkeys"
	[ -s "$work/partkeys" ] || fail "could not read the picker keys from src/files_parts.c"
	n=0
	while read -r part key; do
		n=$((n + 1))
		grep -qxF ".It Ic $n , $key Ta $part" "$man1" ||
		    fail "unclench.1: picker key for $part should be $n or $key"
	done <"$work/partkeys"
fi

# --- every config key has an entry with its default in unclench.conf.5 ---
run "$UNCLENCH" check "$top/config/unclench.ini"
expect_rc 0 "check config/unclench.ini"
# The entry of KEY in section SEC: the lines from ".It Cm KEY" to the next
# ".It" or ".El", inside ".Ss [SEC]". Prints the default it names, the
# ".Cm" line that follows a line ending in "default".
conf_default() {	# section key
	awk -v sec="$1" -v key="$2" '
		/^\.S[sh] / { insec = ($0 == ".Ss [" sec "]\\&"); inkey = 0 }
		insec && /^\.(It|El)/ { inkey = ($0 == ".It Cm " key) ; next }
		inkey && prev ~ /default$/ && /^\.Cm / {
			v = substr($0, 5); sub(/ [.,;:]$/, "", v); print v; exit
		}
		{ prev = $0 }' "$conf5"
}
section='' nkeys=0
while IFS= read -r line; do
	line=${line%%;*}
	[[ $line =~ ^[[:space:]]*$ || $line =~ ^[[:space:]]*# ]] && continue
	if [[ $line =~ ^\[([a-z_]+)\] ]]; then
		section=${BASH_REMATCH[1]}
		continue
	fi
	[[ $line =~ ^[[:space:]]*([a-z_]+)[[:space:]]*=[[:space:]]*(.*[^[:space:]])[[:space:]]*$ ]] ||
	    continue
	key=${BASH_REMATCH[1]} value=${BASH_REMATCH[2]}
	[ "$section" = schedule ] && continue	# names chosen by the user
	nkeys=$((nkeys + 1))
	grep -qxF ".It Cm $key" "$conf5" ||
	    { fail "unclench.conf.5 has no entry for [$section] $key"; continue; }
	def=$(conf_default "$section" "$key")
	[ "$def" = "$value" ] ||
	    fail "unclench.conf.5: [$section] $key: default \"$def\", config/unclench.ini has \"$value\""
done <"$top/config/unclench.ini"
[ "$nkeys" -ge 15 ] || fail "read only $nkeys keys from config/unclench.ini"
# ... and documents no key the shipped file lacks.
for k in $(sed -n '/^\.Sh SETTINGS/,/^\.Sh /s/^\.It Cm \([a-z_]*\)$/\1/p' "$conf5"); do
	grep -qE "^$k *=" "$top/config/unclench.ini" ||
	    fail "unclench.conf.5 documents $k, which config/unclench.ini lacks"
done
grep -q '^\[schedule\]' "$top/config/unclench.ini" && ! grep -q '^\.Ss \[schedule\]' "$conf5" &&
    fail "unclench.conf.5 lacks [schedule]"
# Every theme role, from the shipped default theme.
for r in $(sed -n 's/^\[\([a-z]*\)\]$/\1/p' "$top/themes/default.ini"); do
	[ "$r" = theme ] && continue
	grep -qxF ".It Ic [$r]" "$conf5" || fail "unclench.conf.5 lacks theme role [$r]"
done

# --- every routine key the loader knows has an entry in unclench-routine.5 ---
keys=$(awk '/^static const char \*const [a-z_]*keys[a-z_]*\[\] = \{/ { on = 1 }
	on { print } on && /};/ { on = 0 }' "$top/src/routine_ini.c" |
    grep -oE '"[a-z_]+"' | tr -d '"' | sort -u)
[ "$(wc -w <<<"$keys")" -ge 20 ] || fail "could not read the keys from src/routine_ini.c"
for k in $keys; do
	grep -qxF ".It Cm $k" "$routine5" || fail "unclench-routine.5 has no entry for key $k"
done
for w in stretch pmr breathing relief tense breathe wait one both left-right; do
	grep -qE "Cm .*\<$w\>" "$routine5" || fail "unclench-routine.5 never names $w"
done

# --- the examples in the pages pass `unclench check` ---
mkdir -p "$work/examples"
extract() {	# page: writes each example block to $work/examples/NAME
	awk -v dir="$work/examples" '
		/^\.\\" example: / { name = $3; want = 1; next }
		want && /^\.Bd -literal/ { on = 1; want = 0; next }
		on && /^\.Ed/ { on = 0; close(dir "/" name); next }
		on { gsub(/\\&/, ""); gsub(/\\e/, "\\"); print > (dir "/" name) }' "$1"
}
extract "$routine5"
extract "$conf5"
for kind in stretch pmr breathing relief; do
	found=0
	for f in "$work"/examples/*.ini; do
		[ "$(basename "$f")" = config.ini ] && continue
		grep -qx "kind = $kind" "$f" && found=1
	done
	[ "$found" -eq 1 ] || fail "unclench-routine.5 has no example of kind $kind"
done
for f in "$work"/examples/*.ini; do
	name=$(basename "$f")
	run "$UNCLENCH" check "$f"
	expect_rc 0 "example $name in the man pages"
	[ -z "$err" ] || fail "example $name: warnings"
	# An example named after a shipped routine is that file, unchanged.
	if [ -f "$top/routines/$name" ]; then
		cmp -s "$f" "$top/routines/$name" ||
		    fail "example $name differs from routines/$name"
	fi
done
[ -f "$work/examples/config.ini" ] || fail "unclench.conf.5 has no example config"

# --- bash completion ---
bin=$work/bin
mkdir -p "$bin"
ln -s "$UNCLENCH" "$bin/unclench"
mkdir -p "$XDG_DATA_HOME/unclench/routines" "$work/files"
cat >"$XDG_DATA_HOME/unclench/routines/zz-mine.ini" <<'INI'
[routine]
title = Mine
kind = stretch
summary = A user's own routine.
source = Me
[step1]
title = Calf
text = Stretch the calf.
hold = 5s
INI
: >"$work/files/alpha.ini"
: >"$work/files/alpine.txt"
: >"$work/files/beta.ini"

# complete WORD...: the candidates for the last word, sorted, one line.
complete_bash() {
	PATH="$bin:$PATH" bash --norc --noprofile -c '
		source "$1" || exit 3
		shift
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		_unclench
		printf "%s\n" "${COMPREPLY[@]}"' \
	    bash "$doc/completion/unclench.bash" "$@" 2>"$work/comp.err" |
	    sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'
}
expect_complete() {	# "expected" WORD...
	local want=$1 got
	shift
	got=$(complete_bash "$@")
	[ "$got" = "$want" ] ||
	    fail "bash completion of \"$*\": got \"$got\", expected \"$want\""
	[ ! -s "$work/comp.err" ] ||
	    fail "bash completion of \"$*\" wrote to stderr: $(cat "$work/comp.err")"
}
sorted() { tr ' ' '\n' <<<"$*" | sed '/^$/d' | sort | tr '\n' ' ' | sed 's/ $//'; }
kind_names() { "$UNCLENCH" list --kind "$1" | awk 'NR > 1 { print $1 }' | sort | tr '\n' ' ' | sed 's/ $//'; }

[ -n "$(kind_names pmr)" ] || fail "unclench list --kind pmr is empty"
expect_complete "hamstring hand" unclench now ha
expect_complete "$(sorted "$parts")" unclench now ""
expect_complete "" unclench now calf ""
expect_complete "bedtime-legs" unclench stretch bed
expect_complete "zz-mine" unclench stretch zz
expect_complete "" unclench stretch bedtime-legs ""
expect_complete "$(kind_names pmr)" unclench relax ""
expect_complete "box box-no-hold" unclench breathe box
expect_complete "$(kind_names breathing)" unclench breathe ""
expect_complete "" unclench relax bed
expect_complete "$(sorted "$cmds")" unclench ""
expect_complete "stats status stretch" unclench st
expect_complete "stats status stretch" unclench --config x.ini st
expect_complete "breathing pmr relief stretch" unclench list --kind ""
expect_complete "pmr" unclench list --kind = p
expect_complete "cramp undo" unclench log ""
expect_complete "back calf foot hamstring hand neck quad" unclench log cramp ""
expect_complete "hamstring hand" unclench log cramp --at "2026-01-01 10:00" ha
expect_complete "--severity" unclench log cramp calf --sev
expect_complete "--detach --help --pause --resume --status --test --verbose" unclench daemon --
expect_complete "--csv" unclench export --c
expect_complete "--at --help" unclench drink --
expect_complete "$(sorted "$cmds")" unclench -v ""
expect_complete "relax" unclench help rel
expect_complete "$work/files/alpha.ini $work/files/alpine.txt" unclench check "$work/files/al"
expect_complete "$work/files/beta.ini" unclench check "$work/files/alpha.ini" "$work/files/b"
expect_complete "$work/files/beta.ini" unclench import "$work/files/b"
expect_complete "$work/files/beta.ini" unclench --config "$work/files/b"
expect_complete "--verbose --version" unclench --v

# --- zsh and fish, when installed ---
if command -v zsh >/dev/null 2>&1; then
	zsh -n "$doc/completion/_unclench" || fail "zsh -n _unclench"
	head -n 1 "$doc/completion/_unclench" | grep -qx '#compdef unclench' ||
	    fail "_unclench does not start with #compdef unclench"
else
	echo "skip: zsh not installed"
fi
if command -v fish >/dev/null 2>&1; then
	fish -n "$doc/completion/unclench.fish" || fail "fish -n unclench.fish"
	complete_fish() {
		PATH="$bin:$PATH" fish --no-config -c '
			source $argv[1]; or exit 3
			complete -C"$argv[2]" | string replace -r "\t.*" ""' \
		    "$doc/completion/unclench.fish" "$1" 2>"$work/comp.err" |
		    sort | tr '\n' ' ' | sed 's/ $//'
	}
	for pair in "unclench now ha|hamstring hand" \
	    "unclench stretch bed|bedtime-legs" \
	    "unclench stretch zz|zz-mine" \
	    "unclench log cramp qu|quad" \
	    "unclench relax |$(kind_names pmr)"; do
		got=$(complete_fish "${pair%%|*}")
		[ "$got" = "${pair#*|}" ] ||
		    fail "fish completion of \"${pair%%|*}\": got \"$got\", expected \"${pair#*|}\""
	done
else
	echo "skip: fish not installed"
fi

# --- make install places the completions, make uninstall removes them ---
prefix=$work/prefix
if make -C "$top" --no-print-directory -s PREFIX="$prefix" \
    BUILD="$work/build" install >"$work/make.log" 2>&1; then
	for f in share/bash-completion/completions/unclench \
	    share/zsh/site-functions/_unclench \
	    share/fish/vendor_completions.d/unclench.fish \
	    share/man/man1/unclench.1 share/man/man5/unclench.conf.5 \
	    share/man/man5/unclench-routine.5; do
		[ -f "$prefix/$f" ] || fail "make install did not install $f"
	done
	cmp -s "$prefix/share/bash-completion/completions/unclench" \
	    "$doc/completion/unclench.bash" || fail "installed bash completion differs"
	make -C "$top" --no-print-directory -s PREFIX="$prefix" \
	    BUILD="$work/build" uninstall >"$work/make.log" 2>&1 ||
	    fail "make uninstall: $(tail -n 5 "$work/make.log")"
	left=$(find "$prefix" -type f | head -n 5)
	[ -z "$left" ] || fail "make uninstall left files: $left"
else
	fail "make install: $(tail -n 5 "$work/make.log")"
fi

finish
