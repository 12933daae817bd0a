#!/usr/bin/env bash
# `unclench now` from a bare copy of the binary (outside the source tree,
# so no routine or theme files anywhere), with HOME a read-only empty
# directory (or missing) and no XDG variables: the compiled-in relief
# steps run, and the end says the episode could not be saved instead of
# failing. Also NO_COLOR: no colours at all.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
mkdir -p "$T/bin" "$T/ro"
cp "$BIN" "$T/bin/unclench"
bare=$T/bin/unclench
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME
[ -d /usr/local/share/unclench ] &&
    echo "note: /usr/local/share/unclench exists; bare.sh still uses none of it"

# Read-only: root ignores modes, so use a read-only bind mount then.
if [ "$(id -u)" = 0 ]; then
	if unshare -m sh -c "mount --bind -o ro '$T/ro' '$T/ro' &&
	    ! touch '$T/ro/x' 2>/dev/null"; then
		wrap="unshare -m sh -c \"mount --bind -o ro '$T/ro' '$T/ro' && exec $bare now calf\""
	else
		echo "note: cannot make a read-only home as root here; using a missing one"
		wrap="$bare now calf"
		rmdir "$T/ro"
	fi
else
	chmod 555 "$T/ro"
	wrap="$bare now calf"
fi

tui_run 80 24 "$wrap" HOME="$T/ro" XDG_CONFIG_HOME= XDG_DATA_HOME= \
    XDG_STATE_HOME=
tui_wait "Calf cramp (charley horse)"
tui_wait "Pull the toes toward the shin"
tui_wait "cramp 00:0"
tui_keys n
tui_wait "Massage the calf"
tui_keys e
tui_wait "How bad was it, 1 to 10?"
tui_keys 5 Enter
tui_wait "Not saved:"
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored
[ -z "$(ls -A "$T/ro" 2>/dev/null)" ] || fail "something was written to HOME"

# A missing home.
tui_run 80 24 "$bare now hand" HOME="$T/missing" XDG_CONFIG_HOME= \
    XDG_DATA_HOME= XDG_STATE_HOME=
tui_wait "Hand or forearm cramp"
tui_keys C-c
tui_wait_exit
tui_assert_restored

# NO_COLOR: attributes only, no colour at all.
tui_run 80 24 "$bare now calf" NO_COLOR=1
tui_wait "Pull the toes toward the shin"
if tmux -S "$SOCK" capture-pane -p -e | grep -qE '\[[0-9;]*(3[0-7]|38;5|4[0-7]|48;5)[;m]'; then
	fail "colours with NO_COLOR set"
fi
tui_keys C-c
tui_wait_exit
echo "ok"
