#!/usr/bin/env bash
# valgrind memcheck over the CMocka programs of a build (the unit tests,
# the plugin loading tests with their fixture libraries, the exporters):
# any error or definite/indirect leak fails. The allocation-failure test is
# left to the ASan build (under valgrind it takes minutes, and ASan checks
# the same leaks); the CLI is covered by the cli_valgrind ctest test.
#
#   tests/run-valgrind.sh [BUILD_DIR]     (default build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${1:-build}
command -v valgrind >/dev/null || { echo "run-valgrind: valgrind is not installed"; exit 1; }
export NEWSDOC_PLUGIN_PATH="$root/$build/plugins.d"
export CMOCKA_MESSAGE_OUTPUT=stdout
failed=0 count=0
for test in "$build"/tests/test_*; do
	[ -x "$test" ] || continue
	case $(basename "$test") in test_alloc_failures) continue ;; esac
	count=$((count + 1))
	if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--show-leak-kinds=definite,indirect "$test" >"$test.valgrind.log" 2>&1; then
		echo "valgrind: ok   $(basename "$test")"
	else
		echo "valgrind: FAIL $(basename "$test") (see $test.valgrind.log)"
		tail -n 40 "$test.valgrind.log"
		failed=$((failed + 1))
	fi
done
echo "valgrind: $((count - failed)) passed, $failed failed"
test "$failed" -eq 0
