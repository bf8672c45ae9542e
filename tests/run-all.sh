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
# 4. valgrind over the CMocka programs (tests/run-valgrind.sh), the suite
#    again under ASan + UBSan (tests/run-sanitizers.sh, in build-asan), the
#    real-page sweep (every ../shared/bench page through a clang ASan +
#    UBSan build of the CLI, tests/sweep/run-sweep.sh, in build-sweep),
#    ThreadSanitizer, the Go, Rust and Python bindings against an
#    installed copy (bindings/*/test.sh), and the Python binding's Spark
#    job (bindings/python/spark-test.sh).
# Environment: BUILD_DIR (build), BUILD_TYPE (RelWithDebInfo), JOBS ($(nproc)),
# CTEST_ARGS (extra ctest arguments, e.g. "-R abi"), NEWSDOC_QUICK=1 (stop
# after step 3).
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

# The rest of the suite (NEWSDOC_QUICK=1 stops after the ctest run above):
# valgrind over the CMocka programs, the whole suite again under ASan +
# UBSan, the real-page sweep, ThreadSanitizer, then the Go, Rust and Python
# bindings built against an installed copy, the way their users build them.
if [ "${NEWSDOC_QUICK:-0}" = 1 ]; then
	exit 0
fi
echo "run-all: valgrind"
tests/run-valgrind.sh "$build"
echo "run-all: sanitizers (ASan + UBSan) in ${build}-asan"
tests/run-sanitizers.sh "${build}-asan"
echo "run-all: real-page sweep (clang ASan + UBSan, every benchmark page) in ${build}-sweep"
tests/sweep/run-sweep.sh "${build}-sweep"
echo "run-all: ThreadSanitizer (8 threads, one registry) in ${build}-tsan"
tests/threads/run-tsan.sh "${build}-tsan"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
echo "run-all: install into $prefix for the bindings"
cmake --install "$build" --prefix "$prefix" >/dev/null
echo "run-all: Go binding"
bindings/go/test.sh "$prefix" "$build"
echo "run-all: Rust binding"
bindings/rust/test.sh "$prefix" "$build"
echo "run-all: Python binding"
bindings/python/test.sh "$prefix" "$build"
echo "run-all: Python Spark job (newsdoc.spark, local[2]; skipped with a message without Java)"
bindings/python/spark-test.sh "$prefix" "$build"
echo "run-all: all stages passed"
