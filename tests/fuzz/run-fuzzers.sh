#!/usr/bin/env bash
# Build the libFuzzer targets of tests/fuzz/ with clang (ASan + UBSan) and
# their structure-aware mutators, fuzz each for SECONDS (default 600), then
# minimise what was found into the committed corpus
# tests/fuzz/corpus/<target>/ and keep every finding as
# tests/fuzz/regressions/<target>/<kind>-<sha1> (kind: crash, leak,
# timeout, oom).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#   tests/fuzz/run-fuzzers.sh --long [TARGET...]     (1800 s per target)
#   tests/fuzz/run-fuzzers.sh --merge-only [--long] [TARGET...]
#
# --merge-only skips the fuzzing: it minimises what an earlier run left in
# BUILD_DIR (its work corpora and findings) into the committed corpus and
# prints the figures of that run's logs, for a run whose last targets were
# fuzzed on their own (the seconds shown are the ones given).
#
# Two targets run at a time (JOBS), one process each, so a --long run of
# the five targets takes 3 x 30 minutes on two cores.
# Environment: BUILD_DIR (build-fuzz), CC (clang-14, else clang), JOBS (2),
# MAX_LEN (65536), TIMEOUT (seconds an input may take before it counts as
# a hang: 5), STACK_KB (the fuzzers' stack: 1024), SEED_PAGES (benchmark
# pages taken as seeds: 120), SEED_HOSTILE (1: the ../shared/hostile pages
# are seeds too; 0 to see whether the fuzzers find those defects alone),
# NEWSDOC_SHARED_DIR (../shared). Needs clang and libclang-rt (Debian 12:
# apt-get install clang-14 libclang-rt-14-dev; scripts/install-deps.sh).
#
# Bounded work per input, so that a timeout is a real hang: inputs are at
# most MAX_LEN bytes, every parse limit applies, and a normal input of
# that size takes well under 0.5 s in this build; TIMEOUT is ten times
# that. The stack is 1 MB (a thread's, not a main program's 8 MB), so
# recursion that grows with the input overflows at inputs of MAX_LEN
# instead of needing megabytes.
# Corpora are kept small: at most MAX_FILES (200) files and MAX_BYTES
# (2 MB) per target after the merge; the largest files that are not
# seeds go first. Inputs and findings that hold a stretch of a ../shared
# page stay in BUILD_DIR/corpus-local/ and BUILD_DIR/findings-local/
# (shared-filter.py): shared data never enters the repository. Final libFuzzer figures go to BUILD_DIR/logs/<target>.log
# and a table of executions, coverage (cov, ft), corpus size and findings
# per target is printed at the end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
seconds=600
merge_only=0
if [ "${1:-}" = --merge-only ]; then
	merge_only=1
	shift
fi
if [ "${1:-}" = --long ]; then
	seconds=1800
	shift
elif [ -n "${1:-}" ] && [ "$1" -eq "$1" ] 2>/dev/null; then
	seconds=$1
	shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_html fuzz_text fuzz_manifest fuzz_json fuzz_export)
targets_to_fuzz=("${targets[@]}")
build=${BUILD_DIR:-build-fuzz}
jobs=${JOBS:-2}
max_len=${MAX_LEN:-65536}
timeout=${TIMEOUT:-5}
stack_kb=${STACK_KB:-1024}
max_files=${MAX_FILES:-200}
max_bytes=${MAX_BYTES:-2000000}
seed_pages=${SEED_PAGES:-120}
seed_hostile=${SEED_HOSTILE:-1}
shared=${NEWSDOC_SHARED_DIR:-$root/../shared}
if [ -z "${CC:-}" ]; then
	if command -v clang-14 >/dev/null; then CC=clang-14; CXX=clang++-14; else CC=clang; CXX=clang++; fi
fi
CXX=${CXX:-clang++}
fuzz=$root/tests/fuzz
san="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

# The structure-aware mutation of each target (mutator.c) and the bytes
# its input starts with that are not the page (a selector byte).
mutation_of() {
	case $1 in
	fuzz_html | fuzz_export) echo "-DFUZZ_MUTATE=mutate_html -DFUZZ_PREFIX=1";;
	fuzz_text) echo "-DFUZZ_MUTATE=mutate_text -DFUZZ_PREFIX=0";;
	fuzz_json | fuzz_manifest) echo "-DFUZZ_MUTATE=mutate_json -DFUZZ_PREFIX=0";;
	*) echo "run-fuzzers: unknown target $1" >&2; exit 2;;
	esac
}
for t in "${targets[@]}"; do mutation_of "$t" >/dev/null; done

# 1. The CLI and plugins, plain (plugins are loaded from $build/plugins.d,
#    so the site parsers and exporters take part), then the library sources
#    compiled again with coverage instrumentation and ASan + UBSan, linked
#    statically into each fuzz target with its mutator.
echo "run-fuzzers: build with $CC in $build"
generator=()
command -v ninja >/dev/null && [ ! -f "$build/Makefile" ] && generator=(-G Ninja)
cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
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
		-DNEWSDOC_BUILDING -D_GNU_SOURCE -DNEWSDOC_INSTALL_PREFIX=\"/nonexistent\" \
		-DNEWSDOC_INSTALL_PLUGIN_DIR=\"lib/newsdoc/1/plugins\" -DNEWSDOC_INSTALL_LIBDIR=\"lib\" \
		-DNEWSDOC_INSTALL_MANIFEST_DIR=\"share/newsdoc/1/plugins.d\" -c "$src" -o "$obj" &
	while [ "$(jobs -r | wc -l)" -ge "$(nproc)" ]; do wait -n; done
done < <(find libnewsdoc -name '*.c' | sort)
wait
mutators=("$fuzz/mutator.c" "$fuzz/mutate.c" "$fuzz/mutate_html.c" "$fuzz/mutate_text.c" "$fuzz/mutate_json.c")
mkdir -p "$build/dict"
for t in "${targets[@]}"; do
	# shellcheck disable=SC2086,SC2046
	"$CC" -std=c11 -D_GNU_SOURCE -O1 -g -fsanitize=fuzzer $san -I include $(mutation_of "$t") \
		"$fuzz/$t.c" "${mutators[@]}" "${lib_objs[@]}" $deps -ldl -lpthread -o "$build/$t"
	python3 "$fuzz/make-dict.py" "$t" "$build/dict/$t.dict"
done

# 2. Seeds: the test fixtures, examples, the seed page, a few small pages
#    of our own, a sample of the benchmark pages and the hostile pages (each
#    cut to MAX_LEN), and text renderings of the HTML seeds made by the CLI.
#    The HTML-based targets take a selector byte first.
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{html,text,json,manifest}
cut_to() {
	head -c "$max_len" "$1" >"$2"
}
for f in tests/fixtures/content/*.html examples/*.html plugins/site-*/fundus/*.html bench/*/*.html "$fuzz"/seeds/*.html; do
	[ -f "$f" ] && cut_to "$f" "$seeds/html/$(echo "$f" | tr / _)"
done
for f in tests/fixtures/content/*.txt examples/*.txt "$fuzz"/seeds/*.txt; do
	[ -f "$f" ] && cut_to "$f" "$seeds/text/$(echo "$f" | tr / _)"
done
# seeds from ../shared are named for it: bench_*, hostile_*, shared-seed_*
# (what is made from them keeps the name), so shared-filter.py can keep
# what grows from them out of the repository
for f in "$shared"/seed/*.html "$shared"/seed/*.txt "$shared"/seed/*.json; do
	[ -f "$f" ] || continue
	case $f in
	*.html) cut_to "$f" "$seeds/html/shared-seed_$(basename "$f")";;
	*.txt) cut_to "$f" "$seeds/text/shared-seed_$(basename "$f")";;
	*.json) cut_to "$f" "$seeds/json/shared-seed_$(basename "$f")";;
	esac
done
if [ -d "$shared/bench" ] && [ "$seed_pages" -gt 0 ]; then
	# every n-th page of every set, so each set and publisher kind is there
	all=$(find "$shared/bench" -name '*.html.gz' | sort)
	step=$(( $(echo "$all" | wc -l) / seed_pages ))
	[ "$step" -ge 1 ] || step=1
	echo "$all" | awk -v step="$step" -v most="$seed_pages" 'NR % step == 0 && ++n <= most' | while read -r f; do
		# head stops reading at MAX_LEN: zcat's broken pipe is expected
		zcat "$f" | head -c "$max_len" >"$seeds/html/bench_$(echo "${f#"$shared"/bench/}" | tr / _)" || true
	done
fi
if [ -d "$shared/hostile" ] && [ "$seed_hostile" = 1 ]; then
	for f in "$shared"/hostile/*; do
		case $f in
		*.html) cut_to "$f" "$seeds/html/hostile_$(basename "$f")";;
		*.txt) cut_to "$f" "$seeds/text/hostile_$(basename "$f")";;
		esac
	done
fi
# what the CLI makes of the HTML seeds: documents as JSON (the best import
# seeds) and text renderings (real text input)
# (a seed may crash the CLI, a known defect reported elsewhere: the
# redirection keeps bash's "Segmentation fault" lines out of the log)
{
	for f in "$seeds"/html/*; do
		b=$(basename "$f")
		timeout 20 "$build/tools/newsdoc" extract "$f" >"$seeds/json/$b.json" || rm -f "$seeds/json/$b.json"
		timeout 20 "$build/tools/newsdoc" extract --plugin-path "$build/plugins.d" --format text "$f" |
			head -c "$max_len" \
			>"$seeds/text/$b.txt" || true
		[ -s "$seeds/text/$b.txt" ] || rm -f "$seeds/text/$b.txt"
	done
	for f in "$seeds"/text/*; do
		case $f in *.html.txt) continue;; esac
		timeout 20 "$build/tools/newsdoc" extract --input text "$f" >"$seeds/json/$(basename "$f").json" ||
			rm -f "$seeds/json/$(basename "$f").json"
	done
} 2>/dev/null
for f in "$seeds"/json/*; do
	[ "$(stat -c %s "$f")" -le "$max_len" ] || rm -f "$f"
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
		{ printf "\\$(printf %03o "$sel")"; head -c $((max_len - 1)) "$f"; } >"$seeds/html-sel/$sel-$b"
		{ printf "\\$(printf %03o $((sel * 2)))"; head -c $((max_len - 1)) "$f"; } >"$seeds/export/h$sel-$b"
	done
	i=$((i + 1))
done
for f in "$seeds"/text/*; do
	{ printf '\001'; head -c $((max_len - 1)) "$f"; } >"$seeds/export/t-$(basename "$f")"
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
# libFuzzer's options shared by the run and the merge
limits=(-max_len="$max_len" -timeout="$timeout" -rss_limit_mb=2048)
run_one() {
	local t=$1 work=$build/work/$1 art=$build/artifacts/$1/ screened=$build/screened/$1
	local seed_found=$build/seed-findings/$1/
	rm -rf "$art" "$screened" "$seed_found"
	mkdir -p "$work" "$art" "$screened" "$seed_found" "$fuzz/corpus/$t" "$build/corpus-local/$t"
	(
		ulimit -s "$stack_kb"
		# The seeds' own minimal set, less those that crash or hang as they
		# are (known defects: the sweep and the hostile tests report those
		# pages; left in, they would end every fork job at its start).
		"$build/$t" -merge=1 "${limits[@]}" -artifact_prefix="$seed_found" "$screened" "$(seed_dir "$t")" \
			>"$build/logs/$t.seeds.log" 2>&1 || true
		echo "run-fuzzers: $t for ${seconds}s from $(find "$screened" -type f | wc -l) seeds" \
			"($(find "$seed_found" -type f | wc -l) left out that fail as they are: $seed_found)"
		# -fork keeps fuzzing past a crash; every finding lands in $art.
		# -len_control=0: the mutators may grow an input up to max_len at
		# once (a structure repeated a thousand times), not by small steps.
		"$build/$t" -max_total_time="$seconds" "${limits[@]}" -dict="$build/dict/$t.dict" -len_control=0 \
			-print_final_stats=1 -artifact_prefix="$art" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
			-ignore_ooms=1 "$work" "$fuzz/corpus/$t" "$build/corpus-local/$t" "$screened" \
			>"$build/logs/$t.log" 2>&1 || true
	)
}
pids=()
[ "$merge_only" = 0 ] || targets_to_fuzz=()
for t in "${targets_to_fuzz[@]+"${targets_to_fuzz[@]}"}"; do
	run_one "$t" &
	pids+=($!)
	if [ ${#pids[@]} -ge "$jobs" ]; then
		wait "${pids[0]}"
		pids=("${pids[@]:1}")
	fi
done
wait

# 4. Minimise into the committed corpus; keep the findings. Inputs that
#    hold a stretch of a ../shared page (the benchmark and hostile seeds, and
#    the text and JSON made from them) never go into the repository
#    (shared-filter.py): they stay in BUILD_DIR/corpus-local/<target>, which
#    the next run on this machine reads too.
shared_seeds=()
while IFS= read -r f; do shared_seeds+=("$f"); done < <(find "$seeds/html" "$seeds/text" "$seeds/json" -type f \
	\( -name 'bench_*' -o -name 'hostile_*' -o -name 'shared-seed_*' \))
for t in "${targets[@]}"; do
	new=$build/merged/$t
	local_dir=$build/corpus-local/$t
	rm -rf "$new"
	mkdir -p "$new" "$local_dir"
	# first the seeds' own minimal set (realistic pages), kept whole; then
	# what the corpora and this run add beyond them
	cp "$build/screened/$t"/* "$new/" 2>/dev/null || true
	ls "$new" >"$build/merged/$t.seeds"
	(
		ulimit -s "$stack_kb"
		"$build/$t" -merge=1 "${limits[@]}" -artifact_prefix="$build/artifacts/$t/merge-" "$new" \
			"$fuzz/corpus/$t" "$local_dir" "$build/work/$t" >"$build/logs/$t.merge.log" 2>&1 || true
	)
	rm -rf "$local_dir"
	python3 "$fuzz/shared-filter.py" "$new" "$local_dir" "${shared_seeds[@]}"
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
	done || true # sort's broken pipe after the break
	if [ "$(find "$new" -type f | wc -l)" -gt 0 ]; then
		rm -rf "$fuzz/corpus/$t"
		mkdir -p "$fuzz/corpus/$t"
		cp "$new"/* "$fuzz/corpus/$t/"
	fi
	# findings: those holding shared data stay in BUILD_DIR/findings-local
	found=$build/found/$t
	rm -rf "$found"
	mkdir -p "$found"
	for c in "$build/artifacts/$t"/crash-* "$build/artifacts/$t"/leak-* "$build/artifacts/$t"/timeout-* \
		"$build/artifacts/$t"/oom-*; do
		[ -f "$c" ] || continue
		kind=$(basename "$c")
		cp "$c" "$found/${kind%%-*}-$(sha1sum "$c" | cut -c1-40)"
	done
	python3 "$fuzz/shared-filter.py" "$found" "$build/findings-local/$t" "${shared_seeds[@]}"
	if [ -n "$(ls "$found")" ]; then
		mkdir -p "$fuzz/regressions/$t"
		cp "$found"/* "$fuzz/regressions/$t/"
	fi
done

# 5. Figures. In fork mode the status lines read
#    "#N: cov: C ft: F corp: K exec/s: E oom/timeout/crash: O/T/X time: Ss ...".
printf '%-14s %6s %10s %7s %7s %7s %8s %6s %6s %6s %6s %s\n' target secs execs cov ft corpus 'KB' crash leak timeout oom 'first finding'
for t in "${targets[@]}"; do
	log=$build/logs/$t.log
	execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{s+=$2} END {print s+0}' || true)
	last=$(grep -E '#[0-9]+.*cov: ' "$log" | tail -1 || true)
	cov=$(echo "$last" | grep -o 'cov: [0-9]*' | awk '{print $2}' || true)
	ft=$(echo "$last" | grep -o 'ft: [0-9]*' | awk '{print $2}' || true)
	[ "$execs" -gt 0 ] || execs=$(echo "$last" | grep -o '^#[0-9]*' | tr -d '#' || true)
	n=$(find "$fuzz/corpus/$t" -type f | wc -l)
	kb=$(du -sk "$fuzz/corpus/$t" | cut -f1)
	art=$build/artifacts/$t
	count_findings() { find "$art" -type f -name "$1-*" | wc -l; }
	first=$(grep -E 'oom/timeout/crash: [0-9]+/[0-9]+/[0-9]+ time: [0-9]+s' "$log" |
		awk '{ for (i = 1; i <= NF; i++) { if ($i == "oom/timeout/crash:") split($(i + 1), c, "/");
			if ($i == "time:") s = $(i + 1) } if (c[1] + c[2] + c[3] > 0) { print s; exit } }' || true)
	printf '%-14s %6s %10s %7s %7s %7s %8s %6s %6s %6s %6s %s\n' "$t" "$seconds" "${execs:-?}" "${cov:-?}" "${ft:-?}" \
		"$n" "$kb" "$(count_findings crash)" "$(count_findings leak)" "$(count_findings timeout)" \
		"$(count_findings oom)" "${first:--}"
done
