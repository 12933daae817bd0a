#!/usr/bin/env bash
# Relief's key line tells the truth on every step: Enter moves on from a
# timed step as well as from one that waits (the last step's Enter says
# "finish" and leads to the questions), a step that waits for Enter does
# not offer "space pause", and e (it has eased) ends the flow; at 40
# columns the short forms keep Enter and e.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

keys() {	# the key line: the last row of the screen
	tui_screen | tail -n 1
}

tui_run 80 24 "$BIN now calf"
tui_wait "Pull the toes toward the shin"
tui_wait "Hold  rep 1 of 3"
tui_wait "Enter next"
keys | grep -qF "space pause" || fail "no pause on a timed step: $(keys)"
tui_keys Enter
tui_wait "Massage the calf"
tui_wait "At your own pace"
keys | grep -qF "Enter next" || fail "wait step: $(keys)"
keys | grep -qF "pause" && fail "a pause offered on a step that waits: $(keys)"
tui_keys Enter
tui_wait "Warmth"
tui_keys Enter
tui_wait "A short walk and some water"
tui_wait "Enter finish"
tui_keys Enter
tui_wait "How bad was it, 1 to 10?"
tui_keys C-c
tui_wait_exit

# 40 columns: the short forms, Enter and e first, nothing cut.
tui_run 40 12 "$BIN now calf"
tui_wait "Pull the toes"
tui_wait "Enter next e eased"
tui_keys Enter
tui_wait "Massage the calf"
tui_keys e
tui_wait "How bad was it"
tui_keys C-c
tui_wait_exit

echo "ok"
