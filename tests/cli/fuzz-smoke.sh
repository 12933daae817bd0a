#!/usr/bin/env bash
# A short run of every fuzz target (about 4 s each) when clang is present;
# `make fuzz FUZZ_SECONDS=600` is the long run.
cd "${UNCLENCH_TOP:-$(dirname "$0")/../..}" || exit 1
exec bash tests/fuzz/run.sh "${FUZZ_SMOKE_SECONDS:-4}"
