#!/usr/bin/env bash
# Build the library, the in-tree plugins and the programs of tests/threads
# with ThreadSanitizer (gcc -fsanitize=thread) in BUILD_DIR (build-tsan)
# and run them: test_first_use, 8 threads making their first registry,
# parsing and exporting at once in a fresh process; test_threads, 8
# threads parsing and exporting on one registry whose plugins they open
# lazily at the same time; and the CLI's `extract -j` batches. Clean means
# all pass and ThreadSanitizer printed no warning.
#
#   tests/threads/run-tsan.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
build=${1:-build-tsan}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
flags="-fsanitize=thread -fno-omit-frame-pointer -g -O1"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS="$flags" \
	-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread \
	-DCMAKE_MODULE_LINKER_FLAGS=-fsanitize=thread >/dev/null
plugins=$(cmake --build "$build" --target help | sed -n 's/^\.\.\. \(newsdoc_plugin_[a-z_]*\).*/\1/p' | tr '\n' ' ')
# shellcheck disable=SC2086
cmake --build "$build" -j"$jobs" --target test_threads test_first_use newsdoc_cli $plugins
failed=0
for program in test_first_use test_threads; do
	log=$build/tsan-$program.log
	# halt_on_error=0: report every race, then fail on the log below.
	set +e
	TSAN_OPTIONS="halt_on_error=0 second_deadlock_stack=1 suppressions=$root/tests/threads/tsan.supp ${TSAN_OPTIONS:-}" \
		"$build/tests/$program" "$root/$build/plugins.d" 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
	set -e
	if grep -q "WARNING: ThreadSanitizer" "$log"; then
		echo "run-tsan: $program: ThreadSanitizer reported $(grep -c 'WARNING: ThreadSanitizer' "$log") warning(s); see $log"
		failed=1
	elif [ "$status" -ne 0 ]; then
		echo "run-tsan: $program failed (exit $status)"
		failed=1
	fi
done
# The CLI's batch path: worker threads sharing one registry, results
# handed to the writer in order, over a folder of pages (plain, gzip and
# failing ones) with an --errors file and --output-dir.
pages=$(mktemp -d "${TMPDIR:-/tmp}/newsdoc-tsan-pages.XXXXXX")
trap 'rm -rf "$pages"' EXIT
for i in 1 2 3 4 5 6 7 8; do
	cp "$root/examples/article.html" "$pages/page-$i.html"
	gzip -n -c "$root/examples/article.html" >"$pages/page-$i-gz.html.gz"
done
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$pages/page-9-image.html"
log=$build/tsan-cli.log
: >"$log"
set +e
for args in "-j4 --format jsonl" "-j3 --output-dir $pages/out"; do
	# shellcheck disable=SC2086
	TSAN_OPTIONS="halt_on_error=0 second_deadlock_stack=1 suppressions=$root/tests/threads/tsan.supp ${TSAN_OPTIONS:-}" \
		NEWSDOC_PLUGIN_PATH="$root/$build/plugins.d" "$build/tools/newsdoc" extract $args \
		--errors "$pages/errors.jsonl" "$pages" >/dev/null 2>>"$log"
	status=$?
	if [ "$status" -ne 1 ]; then
		echo "run-tsan: newsdoc extract $args exited $status, expected 1 (one page is an image)"
		failed=1
	fi
done
set -e
if grep -q "WARNING: ThreadSanitizer" "$log"; then
	echo "run-tsan: newsdoc extract -j: ThreadSanitizer reported $(grep -c 'WARNING: ThreadSanitizer' "$log") warning(s); see $log"
	failed=1
fi
[ "$failed" = 0 ] || exit 1
echo "run-tsan: clean (no ThreadSanitizer warnings)"
