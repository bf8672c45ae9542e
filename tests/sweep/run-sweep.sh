#!/usr/bin/env bash
# The real-page sweep: build the CLI and the in-tree plugins with clang and
# ASan + UBSan (plus the UBSan checks clang leaves out of "undefined" that
# the code base is clean under), then run every page of ../shared/bench
# through it in four modes (tests/sweep/sweep.py; README.md here says what
# and why). Fails on any sanitizer report, signal or page slower than
# SWEEP_TIMEOUT seconds, naming the page, the mode and the report.
#
#   tests/sweep/run-sweep.sh [BUILD_DIR]      (default build-sweep)
#
# Skips, saying why, when the benchmark pages or clang are missing; under
# CI=true a missing clang is installed (scripts/install-deps.sh) and a
# missing compiler after that is a failure, not a skip.
# Environment: CC (clang-14, else clang), JOBS (2), SWEEP_TIMEOUT (5),
# SWEEP_ARGS (more sweep.py arguments, e.g. "--limit 200" or
# "--sets readability"), NEWSDOC_SHARED_DIR (../shared).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
build=${1:-build-sweep}
jobs=${JOBS:-2}
shared=${NEWSDOC_SHARED_DIR:-$root/../shared}

if [ ! -d "$shared/bench" ]; then
	echo "run-sweep: skipped: no benchmark pages at $shared/bench (the shared/ folder beside the checkout)"
	exit 0
fi

find_clang() {
	if [ -n "${CC:-}" ]; then
		command -v "$CC" || true
	else
		command -v clang-14 || command -v clang || true
	fi
}
# A compiler alone is not enough: the sanitizer runtimes come in their own
# package (libclang-rt-14-dev), so try a sanitized link.
clang_works() {
	local probe
	probe=$(mktemp -d)
	echo 'int main(void) { return 0; }' >"$probe/probe.c"
	"$1" -fsanitize=address,undefined -shared-libsan "$probe/probe.c" -o "$probe/probe" >/dev/null 2>&1
	local status=$?
	rm -rf "$probe"
	return $status
}
cc=$(find_clang)
if [ -z "$cc" ] || ! clang_works "$cc"; then
	if [ "${CI:-}" = true ]; then
		echo "run-sweep: clang with its sanitizer runtimes is missing; installing (CI=true)"
		scripts/install-deps.sh
		cc=$(find_clang)
		if [ -z "$cc" ] || ! clang_works "$cc"; then
			echo "run-sweep: FAIL: clang-14 and libclang-rt-14-dev are needed under CI and could not be installed"
			exit 1
		fi
	else
		echo "run-sweep: skipped: no clang with sanitizer runtimes (apt-get install clang-14 libclang-rt-14-dev)"
		exit 0
	fi
fi
cxx=${CXX:-$(command -v "${cc/clang/clang++}" || echo "$cc")}

# -fsanitize=undefined leaves out checks for behaviour C defines (unsigned
# wrap-around, truncating conversions) or that IEEE 754 defines (x / 0.0);
# of those, the ones that find bugs here rather than intended arithmetic:
#   implicit-integer-truncation  a size or count silently cut to a smaller type
#   float-divide-by-zero         a score or ratio that became inf or NaN
#   float-cast-overflow          a double out of range cast to an integer
#                                (in clang's "undefined" already; named so
#                                it stays whatever the compiler's default)
#   local-bounds                 out-of-bounds indexing of local arrays
# Left out: unsigned-integer-overflow (hashes and countdown loops wrap on
# purpose) and implicit-integer-sign-change (flag words built from
# negative enum constants).
checks=address,undefined,float-cast-overflow,float-divide-by-zero,implicit-integer-truncation,local-bounds
san="-fsanitize=$checks -fno-sanitize-recover=all -fno-omit-frame-pointer"
# The plugins are shared modules linked with --no-undefined: link the
# sanitizer runtime as a shared library so they resolve against it.
runtime_dir=$("$cc" -print-runtime-dir)
link="$san -shared-libsan -Wl,-rpath,$runtime_dir"

echo "run-sweep: build the CLI and plugins with $cc ($checks) in $build"
# Debug for the asserts, at -O1 for speed; no tests, only what the sweep runs.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF \
	-DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
	-DCMAKE_C_FLAGS="$san" -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
	-DCMAKE_EXE_LINKER_FLAGS="$link" -DCMAKE_SHARED_LINKER_FLAGS="$link" \
	-DCMAKE_MODULE_LINKER_FLAGS="$link" >"$build.configure.log" 2>&1 ||
	{ cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j"$jobs" >"$build.build.log" 2>&1 || { tail -40 "$build.build.log"; exit 1; }

# exitcode=86 tells a report from the CLI's own exit status 1 (a page it
# refused); hard_rss_limit_mb bounds a page's memory (ASan's own
# accounting, since its shadow memory defeats ulimit -v).
export ASAN_OPTIONS="exitcode=86:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:hard_rss_limit_mb=2048${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86:print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
symbolizer=$(dirname "$(readlink -f "$cc")")/llvm-symbolizer
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=$symbolizer
# shellcheck disable=SC2086
python3 tests/sweep/sweep.py --cli "$build/tools/newsdoc" --plugins "$build/plugins.d" \
	--bench "$shared/bench" --work "$build/sweep" --jobs "$jobs" --timeout "${SWEEP_TIMEOUT:-5}" ${SWEEP_ARGS:-}
