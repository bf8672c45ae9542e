#!/usr/bin/env bash
# Build libnewsdoc and run every test: the project's one test command
# (README) and what CI runs (.ci/run).
#
#   tests/run-all.sh [extra cmake configure arguments...]
#
# 1. Installs the Debian packages the build and tests need, if any is
#    missing (scripts/install-deps.sh; NEWSDOC_NO_APT=1 skips it).
# 2. cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo (debug info is
#    what the abidiff test needs), build with -j$(nproc).
# 3. ctest --test-dir build --output-on-failure; the output is also kept in
#    build/ctest-output.log.
# Environment: BUILD_DIR (build), BUILD_TYPE (RelWithDebInfo), JOBS ($(nproc)),
# CTEST_ARGS (extra ctest arguments, e.g. "-R abi").
# Running it again reuses the build folder: only what changed is rebuilt.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

scripts/install-deps.sh

echo "run-all: configure ($build_type) in $build"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="$build_type" "$@"
echo "run-all: build (-j$jobs)"
cmake --build "$build" -j"$jobs"
echo "run-all: test"
# shellcheck disable=SC2086
ctest --test-dir "$build" --output-on-failure --no-tests=error -j"$jobs" ${CTEST_ARGS:-} 2>&1 |
	tee "$build/ctest-output.log"
