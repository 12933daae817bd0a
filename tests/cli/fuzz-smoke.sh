#!/usr/bin/env bash
# run.sh: alone
# A short run of every fuzz target (about 4 s each); it fails when clang
# or its libFuzzer runtime is missing (.ci/install-deps test installs
# them). `make fuzz FUZZ_SECONDS=600` is the long run.
cd "${UNCLENCH_TOP:-$(dirname "$0")/../..}" || exit 1
exec bash tests/fuzz/run.sh "${FUZZ_SMOKE_SECONDS:-4}"
