#!/usr/bin/env bash
# The whole test suite again in an ASan + UBSan build (NEWSDOC_SANITIZE=ON):
# every unit, plugin, CLI, seed, fundus and allocation-failure test. Left
# out, and why: the ABI and install checks (they test the release artefacts,
# not the code paths) and the valgrind tests (valgrind and ASan do not mix).
#
#   tests/run-sanitizers.sh [BUILD_DIR]     (default build-asan)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${1:-build-asan}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DNEWSDOC_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$jobs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" --output-on-failure -j"$jobs" -E '^(abi_|install_|plugin_template|cli_valgrind|valgrind_)' \
	2>&1 | tee "$build/ctest-output.log"
test "${PIPESTATUS[0]}" -eq 0
