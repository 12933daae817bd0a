#!/usr/bin/env bash
# What the coach says, checked on the shipped words (routines/, src/,
# README.md): no source cited as "self-care guides" or "cramp prevention
# advice"; no claim to prevent cramps or keep them away; every "drink"
# either says "within" a limit or sits in a branch for people with no
# fluid limit; each relief routine opens on its move (a stretch step, the
# calm-breathing cue inside it), its steps are short (about 35 words) and
# name no keys (the key line does that); every shipped file checks clean;
# `check` warns, but passes, a daily goal above 4 litres.
. "$(dirname "$0")/lib.sh"
cd "$top" || exit 1
out= err=

# --- sources and claims ---
hits=$(grep -rniE "self-care guides|cramp prevention advice" routines src README.md)
[ -z "$hits" ] || fail "a source cited as guides or advice: $hits"
hits=$(grep -rniE "\<prevent(s|ing|ion)?\>|\<keeps? [a-z ]*away\>|stop it happening" \
    routines src README.md)
[ -z "$hits" ] || fail "a claim to prevent cramps: $hits"

# --- drink: within a limit, or only for people without one ---
drink_re='\<[Dd]rink (some|a glass|water|more|steadily)\>'
hits=$(grep -niE "$drink_re" routines/*.ini | grep -viE "within|limit" || true)
[ -z "$hits" ] || fail "a routine says drink without the limit: $hits"
for f in src/*.c; do
	while IFS=: read -r n line; do
		[ -n "$n" ] || continue
		grep -qiE "within|limit" <<<"$line" && continue
		# The uncaveated words must be the branch for no limit.
		from=$((n > 4 ? n - 4 : 1))
		sed -n "${from},${n}p" "$f" | grep -qE "restricted \?|fluid_restricted" ||
		    fail "$f:$n: drink without the limit, for anyone: $line"
	done < <(grep -nE "$drink_re" "$f")
done

# --- relief routines: the move first, short, no keys ---
for f in routines/relief-*.ini; do
	awk -v f="$f" '
		/^\[step[0-9]+\]/ { sec = $0; n++ }
		sec == "[step1]" && /^type *=/ { t1 = $3 }
		sec == "[step1]" && /^text *=/ {
			if ($0 !~ /[Bb]reathe out slowly as you/)
				printf "%s: step1 has no calm-breathing cue\n", f
		}
		sec != "" && /^text *=/ {
			sub(/^text *= */, "")
			if (split($0, w, /[ \t]+/) > 36)
				printf "%s %s: %d words\n", f, sec, length(w)
			if ($0 ~ /Enter|[Pp]ress [A-Za-z]+ (to|when)|\<space\>|\<key\>/)
				printf "%s %s: names a key: %s\n", f, sec, $0
		}
		END {
			if (t1 != "stretch")
				printf "%s: step1 is \"%s\", not the move\n", f, t1
		}' "$f" >"$work/relief.txt"
	[ -s "$work/relief.txt" ] && fail "$(cat "$work/relief.txt")"
done
[ "$(ls routines/relief-*.ini | wc -l)" -eq 7 ] || fail "not seven relief routines"

# --- every shipped file is clean (a ';' in a value would cut it) ---
run "$UNCLENCH" check routines/*.ini config/unclench.ini
expect_rc 0 "check on the shipped files"
[ -z "$err" ] || fail "warnings on the shipped files"

# --- a goal above 4 litres: a warning, not an error ---
printf '[hydration]\ngoal = 4.5l\n' >"$work/big.ini"
run "$UNCLENCH" check "$work/big.ini"
expect_rc 0 "check with a 4.5 l goal"
expect_err "warning: .*big.ini: \[hydration\] goal: 4500 ml a day is more than 4 litres" \
    "check with a 4.5 l goal"
printf '[hydration]\ngoal = 4l\n' >"$work/four.ini"
run "$UNCLENCH" check "$work/four.ini"
expect_rc 0 "check with a 4 l goal"
[ -z "$err" ] || fail "a warning for a 4 l goal"
finish
