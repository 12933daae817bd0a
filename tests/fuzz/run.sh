#!/usr/bin/env bash
# Build the libFuzzer targets with clang and run each for SECONDS (default
# 60), seeded with the shipped files; any crash is saved under
# tests/fuzz/regress/TARGET/, which the unit tests replay.
#   bash tests/fuzz/run.sh [SECONDS] [TARGET...]
# iniparser is linked from the system, uninstrumented: a fault inside it
# shows as a crash, but is neither guided nor checked by ASan. Given its
# source tree (INIPARSER_SRC=DIR holding src/iniparser.c and
# src/dictionary.c) the INI targets compile it with the fuzzer's flags.
set -u
cd "$(dirname "$0")/../.." || exit 1
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(routine theme config parsers import json request status)
# A fuzz run that cannot start fails: it never passes for a skip.
if ! command -v clang >/dev/null 2>&1; then
	echo "FAIL: fuzz: clang is not installed (bash .ci/install-deps test" \
	    "installs clang and libclang-rt-14-dev)"
	exit 1
fi
out=build/fuzz
mkdir -p "$out"
# clang without its libFuzzer runtime (libclang-rt-*-dev) cannot fuzz.
printf 'int LLVMFuzzerTestOneInput(const char *d, long n) { return 0; }\n' \
    >"$out/probe.c"
if ! clang -fsanitize=fuzzer -o "$out/probe" "$out/probe.c" 2>"$out/probe.log"; then
	echo "FAIL: fuzz: clang cannot link libFuzzer here (libclang-rt-14-dev" \
	    "missing? bash .ci/install-deps test installs it):"
	tail -n 5 "$out/probe.log"
	exit 1
fi
cflags=(-std=c17 -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=700 -g -O1
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
	-Isrc -I/usr/include/iniparser -DUNCLENCH_VERSION='"fuzz"'
	-DUNCLENCH_DATADIR='"/nonexistent"' -DUNCLENCH_SRCDIR='"/nonexistent"'
	-DUNCLENCH_LOCALEDIR='"/nonexistent"'
	-DUNCLENCH_BUILD_LOCALEDIR='"/nonexistent"')
# The pure core (the layers base and core of src/LAYERS), and the INI
# loaders every target's harness may call (config_load_user needs files_paths.c).
core=()
while read -r m l _; do
	case $l in base|core) [ -f "src/$m.c" ] && core+=("src/$m.c") ;; esac
done <src/LAYERS
core+=(src/ini.c src/routine_ini.c src/theme.c src/config.c src/files_paths.c)
iniparser=(-liniparser)
if [ -n "${INIPARSER_SRC:-}" ]; then
	[ -f "$INIPARSER_SRC/src/iniparser.c" ] ||
	    { echo "fuzz: no src/iniparser.c in $INIPARSER_SRC"; exit 1; }
	iniparser=("$INIPARSER_SRC/src/iniparser.c"
		"$INIPARSER_SRC/src/dictionary.c" -I"$INIPARSER_SRC/src")
fi
status=0
for t in "${targets[@]}"; do
	bin=$out/fuzz_$t
	extra=()
	if [ "$t" = import ] || [ "$t" = json ]; then
		# The format alone: no store, no search path (src/LAYERS).
		extra=(src/codec_history.c src/json_read.c src/json_write.c)
	fi
	if [ ! -x "$bin" ] || [ -n "$(find src tests/fuzz -newer "$bin" -name '*.[ch]' | head -n 1)" ]; then
		clang "${cflags[@]}" -o "$bin" "tests/fuzz/fuzz_$t.c" "${core[@]}" \
		    "${extra[@]}" "${iniparser[@]}" -lm || { status=1; continue; }
	fi
	corpus=$out/corpus_$t
	mkdir -p "$corpus" "tests/fuzz/regress/$t"
	case $t in
	routine) cp routines/*.ini "$corpus/" ;;
	theme) cp themes/*.ini "$corpus/" ;;
	config) cp config/*.ini "$corpus/" ;;
	import|json) printf 'type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action\r\ndrink,2024-05-01T10:00:00+02:00,,,,,,,,,,,250,\r\ncramp,2024-05-01T03:10:00Z,,,,,,,calf,90,7,"woke, ""ouch""",,\r\n' >"$corpus/a.csv"
		printf '{"format": "unclench-history", "version": 1, "records": [\n{"type": "session", "time": "2024-05-01T21:30:00+01:00", "end": "2024-05-01T21:36:00+01:00", "routine": "bedtime-legs", "kind": "stretch", "completed": true, "steps_done": 6, "steps_total": 6}\n]}\n' >"$corpus/b.json" ;;
	request) printf 'status\n' >"$corpus/a"; printf 'pause 3600\n' >"$corpus/b"
		printf 'resume' >"$corpus/c"; printf 'refresh\r\n' >"$corpus/d"
		printf 'subscribe osc\n' >"$corpus/e"
		printf 'test-rewrite 10000\n' >"$corpus/f" ;;
	parsers) printf '30s' >"$corpus/a"; printf '08:00-22:00' >"$corpus/b"
		printf '8oz' >"$corpus/c"; printf 'mon-fri' >"$corpus/d" ;;
	status) printf 'unclench-status 1\nseq=3\npid=42\nhydration=1\nwater_ml=1250\ngoal_ml=2000\nunits=ml\nnext_kind=session\nnext=bedtime-legs\nnext_at=1709674200\ndue_kind=hydration\ndue=\npaused_until=0\npresence=present\nfg_water=39\nfg_next=-1\nfg_due=196\nend\n' >"$corpus/a"
		printf 'unclench-status 1\nseq=0\npid=1\nhydration=0\nwater_ml=-1\ngoal_ml=64\nunits=oz\nnext_kind=hydration\nnext=\nnext_at=1709650000\ndue_kind=session\ndue=caf\xc3\xa9 #1\npaused_until=1709700000\npresence=away\nfg_water=-1\nfg_next=255\nfg_due=0\nend\n' >"$corpus/b"
		# Every number at the largest the parser takes.
		printf 'unclench-status 1\nseq=4611686018427387904\npid=4611686018427387904\nhydration=4611686018427387904\nwater_ml=4611686018427387904\ngoal_ml=4611686018427387904\nunits=oz\nnext_kind=session\nnext=n\nnext_at=4611686018427387904\ndue_kind=session\ndue=d\npaused_until=4611686018427387904\npresence=p\nfg_water=255\nfg_next=255\nfg_due=255\nend\n' >"$corpus/c" ;;
	esac
	# A target's words (tests/fuzz/TARGET.dict), where it has some.
	dict=()
	[ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
	echo "fuzz: $t for ${seconds}s"
	"$bin" -max_total_time="$seconds" -max_len=8192 -timeout=10 "${dict[@]}" \
	    -artifact_prefix="tests/fuzz/regress/$t/" -print_final_stats=1 \
	    "$corpus" 2>"$out/fuzz_$t.log"
	rc=$?
	grep -a -E '^stat::number_of_executed_units|^Done' "$out/fuzz_$t.log" | tail -n 2
	if [ "$rc" -ne 0 ]; then
		echo "fuzz: $t found a problem (see $out/fuzz_$t.log)"
		tail -n 30 "$out/fuzz_$t.log"
		status=1
	fi
done
exit $status
