#!/usr/bin/env bash
# Build the libFuzzer targets of tests/fuzz/ with clang (ASan + UBSan),
# fuzz each for SECONDS (default 600), then minimise what was found into
# the committed corpus tests/fuzz/corpus/<target>/ and keep every crash as
# tests/fuzz/regressions/<target>/crash-<sha1>.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#
# Environment: BUILD_DIR (build-fuzz), CC (clang-14, else clang), JOBS
# (fuzzers run at once, 2), MAX_LEN (65536), NEWSDOC_SHARED_DIR (../shared,
# for the seed page). Needs clang and libclang-rt (Debian 12: apt-get
# install clang-14 libclang-rt-14-dev).
# Corpora are kept small: at most MAX_FILES (200) files and MAX_BYTES
# (2 MB) per target after the merge; the largest files go first.
# Final libFuzzer statistics (execs, cov, ft) go to
# BUILD_DIR/logs/<target>.log and a summary table is printed at the end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_html fuzz_text fuzz_manifest fuzz_json fuzz_export)
build=${BUILD_DIR:-build-fuzz}
jobs=${JOBS:-2}
max_len=${MAX_LEN:-65536}
max_files=${MAX_FILES:-200}
max_bytes=${MAX_BYTES:-2000000}
shared=${NEWSDOC_SHARED_DIR:-$root/../shared}
if [ -z "${CC:-}" ]; then
	if command -v clang-14 >/dev/null; then CC=clang-14; CXX=clang++-14; else CC=clang; CXX=clang++; fi
fi
CXX=${CXX:-clang++}
fuzz=$root/tests/fuzz
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

# 1. The CLI and plugins, plain (plugins are loaded from $build/plugins.d,
#    so the site parsers and exporters take part), then the library sources
#    compiled again with coverage instrumentation and ASan + UBSan, linked
#    statically into each fuzz target.
echo "run-fuzzers: build with $CC in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
	-DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" >"$build.configure.log" 2>&1 ||
	{ cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j"$(nproc)" >"$build.build.log" 2>&1 || { tail -30 "$build.build.log"; exit 1; }
deps_cflags=$(pkg-config --cflags libxml-2.0 jansson)
deps=$(pkg-config --libs libxml-2.0 jansson)
objs=$build/fuzz-objs
mkdir -p "$objs"
lib_objs=()
while IFS= read -r src; do
	obj=$objs/$(echo "${src#libnewsdoc/}" | tr / _).o
	lib_objs+=("$obj")
	[ "$obj" -nt "$src" ] && [ -z "$(find libnewsdoc include -newer "$obj" -name '*.h' | head -1)" ] && continue
	echo "$CC -c $src"
	# shellcheck disable=SC2086
	"$CC" -std=c11 -O1 -g -fsanitize=fuzzer-no-link $san $deps_cflags -I include -I libnewsdoc \
		-DNEWSDOC_BUILDING -D_GNU_SOURCE -DNEWSDOC_DEFAULT_PLUGIN_DIR=\"/nonexistent\" \
		-DNEWSDOC_DEFAULT_MANIFEST_DIR=\"/nonexistent\" -DNEWSDOC_INSTALL_LIBDIR=\"lib\" \
		-DNEWSDOC_INSTALL_MANIFEST_DIR=\"share/newsdoc/1/plugins.d\" -c "$src" -o "$obj" &
	while [ "$(jobs -r | wc -l)" -ge "$(nproc)" ]; do wait -n; done
done < <(find libnewsdoc -name '*.c' | sort)
wait
for t in "${targets[@]}"; do
	# shellcheck disable=SC2086
	"$CC" -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=fuzzer $san -I include \
		"$fuzz/$t.c" "${lib_objs[@]}" $deps -ldl -lpthread -o "$build/$t"
done

# 2. Seeds: the test fixtures, examples, the seed page and a few small
#    pages of our own. The HTML-based targets take a selector byte first.
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{html,text,json,manifest}
for f in tests/fixtures/content/*.html examples/*.html "$shared"/seed/*.html plugins/site-*/fundus/*.html \
	bench/*/*.html "$fuzz"/seeds/*.html; do
	[ -f "$f" ] && head -c "$max_len" "$f" >"$seeds/html/$(echo "$f" | tr / _)"
done
for f in tests/fixtures/content/*.txt examples/*.txt "$shared"/seed/*.txt "$fuzz"/seeds/*.txt; do
	[ -f "$f" ] && head -c "$max_len" "$f" >"$seeds/text/$(echo "$f" | tr / _)"
done
for f in "$shared"/seed/expected.json "$fuzz"/seeds/*.json; do
	[ -f "$f" ] && head -c "$max_len" "$f" >"$seeds/json/$(echo "$f" | tr / _)"
done
# documents exported by the CLI, the best JSON import seeds
for f in "$seeds"/html/* "$seeds"/text/*; do
	kind=html; case $f in */text/*) kind=text;; esac
	"$build/tools/newsdoc" extract --input "$kind" "$f" >"$seeds/json/$(basename "$f").json" 2>/dev/null ||
		rm -f "$seeds/json/$(basename "$f").json"
done
for f in plugins/*/manifest.json "$build"/plugins.d/*.json tests/plugins/manifests/*.json tests/plugins/manifests/*/*.json; do
	[ -f "$f" ] && cp "$f" "$seeds/manifest/$(echo "$f" | tr / _)"
done
mkdir -p "$seeds/html-sel" "$seeds/export"
i=0
for f in "$seeds"/html/*; do
	b=$(basename "$f")
	# no URL, a neutral URL, then a site parser's host
	for sel in 0 1 $((2 + i % 14)); do
		{ printf "\\$(printf %03o "$sel")"; cat "$f"; } >"$seeds/html-sel/$sel-$b"
		{ printf "\\$(printf %03o $((sel * 2)))"; cat "$f"; } >"$seeds/export/h$sel-$b"
	done
	i=$((i + 1))
done
for f in "$seeds"/text/*; do
	{ printf '\001'; cat "$f"; } >"$seeds/export/t-$(basename "$f")"
done

seed_dir() {
	case $1 in
	fuzz_html) echo "$seeds/html-sel";;
	fuzz_text) echo "$seeds/text";;
	fuzz_json) echo "$seeds/json";;
	fuzz_manifest) echo "$seeds/manifest";;
	fuzz_export) echo "$seeds/export";;
	esac
}

# 3. Fuzz, JOBS targets at a time.
export NEWSDOC_PLUGIN_PATH=$root/$build/plugins.d
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/logs" "$build/tmp"
# fuzz_manifest writes its manifests under TMPDIR
export TMPDIR=$root/$build/tmp
run_one() {
	local t=$1 work=$build/work/$1 art=$build/artifacts/$1/
	mkdir -p "$work" "$art" "$fuzz/corpus/$t"
	echo "run-fuzzers: $t for ${seconds}s"
	# -fork keeps fuzzing past a crash; every crash lands in $art.
	"$build/$t" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$art" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
		-ignore_ooms=1 "$work" "$fuzz/corpus/$t" "$(seed_dir "$t")" >"$build/logs/$t.log" 2>&1 || true
}
pids=()
for t in "${targets[@]}"; do
	run_one "$t" &
	pids+=($!)
	if [ ${#pids[@]} -ge "$jobs" ]; then
		wait "${pids[0]}"
		pids=("${pids[@]:1}")
	fi
done
wait

# 4. Minimise into the committed corpus; keep the crashes.
for t in "${targets[@]}"; do
	new=$build/merged/$t
	rm -rf "$new"
	mkdir -p "$new"
	# first the seeds' own minimal set (realistic pages), kept whole; then
	# what the corpus and this run add beyond them
	"$build/$t" -merge=1 -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 "$new" \
		"$(seed_dir "$t")" >"$build/logs/$t.merge.log" 2>&1 || true
	ls "$new" >"$build/merged/$t.seeds"
	"$build/$t" -merge=1 -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 "$new" \
		"$fuzz/corpus/$t" "$build/work/$t" >>"$build/logs/$t.merge.log" 2>&1 || true
	# keep it small: drop the largest files that are not seeds until within
	# bounds (libFuzzer's merge favours small inputs too)
	n=$(find "$new" -type f | wc -l)
	bytes=$(find "$new" -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}')
	find "$new" -type f -printf '%s %f\n' | sort -rn | while read -r size name; do
		[ "$n" -le "$max_files" ] && [ "$bytes" -le "$max_bytes" ] && break
		grep -q -x -F "$name" "$build/merged/$t.seeds" && continue
		rm -f "$new/$name"
		n=$((n - 1))
		bytes=$((bytes - size))
	done
	if [ "$(find "$new" -type f | wc -l)" -gt 0 ]; then
		rm -rf "$fuzz/corpus/$t"
		mkdir -p "$fuzz/corpus/$t"
		cp "$new"/* "$fuzz/corpus/$t/"
	fi
	for c in "$build/artifacts/$t"/crash-* "$build/artifacts/$t"/leak-* "$build/artifacts/$t"/timeout-* \
		"$build/artifacts/$t"/oom-*; do
		[ -f "$c" ] || continue
		mkdir -p "$fuzz/regressions/$t"
		cp "$c" "$fuzz/regressions/$t/crash-$(sha1sum "$c" | cut -c1-40)"
	done
done

# 5. Figures.
printf '%-14s %10s %8s %8s %8s %8s\n' target execs cov ft corpus crashes
for t in "${targets[@]}"; do
	log=$build/logs/$t.log
	execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{s+=$2} END {print s+0}' || true)
	last=$(grep -E '#[0-9]+.*cov: ' "$log" | tail -1 || true)
	cov=$(echo "$last" | grep -o 'cov: [0-9]*' | awk '{print $2}' || true)
	ft=$(echo "$last" | grep -o 'ft: [0-9]*' | awk '{print $2}' || true)
	[ "$execs" -gt 0 ] || execs=$(echo "$last" | grep -o '^#[0-9]*' | tr -d '#' || true)
	n=$(find "$fuzz/corpus/$t" -type f | wc -l)
	crashes=$(find "$build/artifacts/$t" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
	printf '%-14s %10s %8s %8s %8s %8s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$n" "$crashes"
done
