#!/usr/bin/env bash
# A fluid limit from a doctor is respected in what the screens say: after
# a relief, water is "within your limit"; the hydration screen suggests no
# potassium-rich foods and calls the figure "your limit" only when the
# limit is what caps the goal. Without a limit, the plain advice.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

after_relief() {	# the closing advice of a relief episode
	tui_run 80 24 "$BIN now calf"
	tui_wait "Pull the toes toward the shin"
	tui_keys e
	tui_wait "How bad was it, 1 to 10?"
	tui_keys Enter Enter
	tui_wait "Press any key to exit"
}
hydration() {	# the hydration screen, from the menu
	tui_run 80 24 "$BIN"
	tui_wait "I have a cramp now"
	tui_keys 5
	tui_wait "log a glass"
}
flat() { tui_screen | tr -s ' \n' '  '; }

# Restricted, the limit below the goal: it is the figure.
tui_config <<'CFG'
[general]
get_ready = 0s
bell = no
[hydration]
fluid_restricted = yes
fluid_limit = 1500ml
CFG
after_relief
flat | grep -qF "Drink some water, within your limit." ||
    fail "restricted: water after relief without the limit: $(flat)"
tui_keys x
tui_wait_exit
hydration
tui_wait "of 1500 ml (your limit)"
tui_wait "Keep within the limit your doctor gave you."
tui_wait "Ask your doctor which foods suit you"
flat | grep -qiE "banana|avocado|yogurt|sweet potato" &&
    fail "restricted: potassium-rich foods suggested"
flat | grep -qF "240 ml" && fail "restricted: the exercise drinking advice"
tui_keys q
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit

# Restricted, the limit above the goal: the goal is the figure.
tui_config <<'CFG'
[general]
get_ready = 0s
bell = no
[hydration]
fluid_restricted = yes
fluid_limit = 2500ml
CFG
hydration
tui_wait "of 2000 ml goal, within your limit"
tui_screen | grep -qF "(your limit)" && fail "the goal labelled as the limit"
tui_keys q
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit

# No limit: the plain words, and the foods.
tui_config <<'CFG'
[general]
get_ready = 0s
bell = no
CFG
after_relief
flat | grep -qF "Drink some water. If cramps" || fail "no limit: the advice changed"
tui_keys x
tui_wait_exit
hydration
tui_wait "of 2000 ml goal"
tui_wait "bananas"
tui_keys q
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit
echo "ok"
