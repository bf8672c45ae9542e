#!/usr/bin/env bash
# Run the newsdoc CLI over every hostile-input case and print a table:
# case | outcome | seconds | peak MB. Fails when a case crashes (killed by
# a signal, or a sanitizer's exit code), passes its time budget, uses more
# memory than its budget, or ends otherwise than expected.
#
#   tests/hostile/run-hostile.sh BUILD_DIR [CASE_DIR]
#
# BUILD_DIR holds tools/newsdoc and test-plugins/ (the plugin fixtures);
# CASE_DIR (default BUILD_DIR/hostile) is where make-hostile.py writes the
# cases. Budgets: HOSTILE_SECONDS (10) and HOSTILE_MB (200) per case;
# the 50 MB page gets HOSTILE_BIG_SECONDS (30) and HOSTILE_BIG_MB (1024),
# the page with a million attributes (8 MB, 2 million nodes)
# HOSTILE_BIG_MB too. HOSTILE_SCALE (1) multiplies every budget (sanitizer
# builds are slower and bigger); HOSTILE_BIG_SIZE (50, in MB) makes the big
# page smaller for such builds.
# Peak memory is the child's maximum resident set size from wait4(), read
# by a small Python wrapper (os.wait4), so /usr/bin/time is not needed.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:?usage: run-hostile.sh BUILD_DIR [CASE_DIR]}" && pwd)
cases=${2:-$build/hostile}
cli=$build/tools/newsdoc
scale=${HOSTILE_SCALE:-1}
seconds=$(( ${HOSTILE_SECONDS:-10} * scale ))
small_mb=$(( ${HOSTILE_MB:-200} * scale ))
big_mb=$(( ${HOSTILE_BIG_MB:-1024} * scale ))
big_seconds=$(( ${HOSTILE_BIG_SECONDS:-30} * scale ))
python=${PYTHON3:-python3}

HOSTILE_BIG_SIZE=${HOSTILE_BIG_SIZE:-50} "$python" "$here/make-hostile.py" "$cases" || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LIMIT OUT ERR CMD...: runs CMD, killed after LIMIT seconds;
# prints "rc seconds max-rss-kb cpu-seconds" (rc: exit code, signalN or
# timeout; cpu-seconds: user + system time of the child)
measure() {
	local limit=$1 out=$2 err=$3
	shift 3
	"$python" - "$limit" "$out" "$err" "$@" <<'PY'
import os, subprocess, sys, time
limit, out, err, cmd = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
start = time.monotonic()
with open(out, 'wb') as o, open(err, 'wb') as e:
    p = subprocess.Popen(cmd, stdout=o, stderr=e)
timed_out = False
while True:
    pid, status, usage = os.wait4(p.pid, os.WNOHANG)
    if pid:
        break
    if time.monotonic() - start > limit:
        p.kill()
        timed_out = True
        pid, status, usage = os.wait4(p.pid, 0)
        break
    time.sleep(0.01)
elapsed = time.monotonic() - start
if timed_out:
    rc = 'timeout'
elif os.WIFSIGNALED(status):
    rc = 'signal%d' % os.WTERMSIG(status)
else:
    rc = os.WEXITSTATUS(status)
print(rc, '%.2f' % elapsed, usage.ru_maxrss, '%.2f' % (usage.ru_utime + usage.ru_stime))
PY
}

failed=0
printf '%-26s | %-70s | %7s | %7s\n' case outcome seconds 'peak MB'
printf -- '---------------------------|------------------------------------------------------------------------|---------|--------\n'
# run NAME EXPECT CMD...: EXPECT is "any" (a document or a clean refusal),
# "ok" (must give a document) or "refused:TEXT" (exit 1, stderr has TEXT).
# A caller may set cpu_limit (seconds of CPU time, checked on top of the
# wall-clock budget), case_seconds (the wall-clock budget) and case_mb (the
# memory budget) for one call.
run() {
	local name=$1 expect=$2
	shift 2
	local out=$work/$name.out err=$work/$name.err
	local budget=${case_mb:-$small_mb} limit=${case_seconds:-$seconds} outcome verdict=ok
	case $name in
	big-50mb) budget=$big_mb limit=$big_seconds;;
	attrs-1m-spread) budget=$big_mb;;
	esac
	read -r rc secs kb cpu < <(measure "$limit" "$out" "$err" "$@")
	local mb=$(( kb / 1024 ))
	if [ "$rc" = 0 ]; then
		local blocks
		blocks=$("$python" -c 'import json,sys
d = json.load(open(sys.argv[1]))
print(len(d.get("body", [])))' "$out" 2>/dev/null || echo "?")
		outcome="ok, $blocks blocks"
		[ -s "$out" ] || outcome="ok"
	else
		# the first line of stderr without the "newsdoc: FILE: " prefix
		outcome="exit $rc: $(head -n1 "$err" | sed 's/^newsdoc: [^ ]*: //' | cut -c1-60)"
	fi
	case $rc in
	0|1) ;;
	*) verdict="FAIL ($rc)";;
	esac
	case $expect in
	ok) [ "$rc" = 0 ] || verdict="FAIL (expected a document)";;
	refused:*) { [ "$rc" = 1 ] && grep -q -- "${expect#refused:}" "$err"; } ||
		verdict="FAIL (expected a refusal saying '${expect#refused:}')";;
	esac
	[ "$mb" -le "$budget" ] || verdict="FAIL (over $budget MB)"
	awk -v s="$secs" -v l="$limit" 'BEGIN { exit !(s <= l) }' || verdict="FAIL (over ${limit}s)"
	if [ -n "${cpu_limit:-}" ]; then
		outcome="$outcome; ${cpu}s CPU"
		awk -v s="$cpu" -v l="$cpu_limit" 'BEGIN { exit !(s <= l) }' || verdict="FAIL (${cpu}s of CPU, over ${cpu_limit}s)"
	fi
	printf '%-26s | %-70s | %7s | %7s' "$name" "$outcome" "$secs" "$mb"
	if [ "$verdict" != ok ]; then
		printf '  <- %s\n' "$verdict"
		sed 's/^/      /' "$err" | head -n 5
		failed=1
	else
		printf '\n'
	fi
}

run deep-nesting ok "$cli" extract "$cases/deep-nesting.html"
run deep-unclosed ok "$cli" extract "$cases/deep-unclosed.html"
run big-50mb ok "$cli" extract "$cases/big-50mb.html"
run attrs-1m-one-tag refused:"attributes" "$cli" extract "$cases/attrs-1m-one-tag.html"
run attrs-1m-spread ok "$cli" extract "$cases/attrs-1m-spread.html"
run bad-utf8.html ok "$cli" extract "$cases/bad-utf8.html"
run bad-utf8.txt any "$cli" extract --input text "$cases/bad-utf8.txt"
run nul-bytes.html any "$cli" extract "$cases/nul-bytes.html"
run nul-bytes.txt any "$cli" extract --input text "$cases/nul-bytes.txt"
run nul-late.html ok "$cli" extract "$cases/nul-late.html"
run nul-late.txt ok "$cli" extract --input text "$cases/nul-late.txt"
run all-script any "$cli" extract "$cases/all-script.html"
for u in comments scripts styles svg quotes; do
	run "unclosed-$u" ok "$cli" extract "$cases/unclosed-$u.html"
done
run entity-bomb ok "$cli" extract "$cases/entity-bomb.html"
run entity-bomb-xhtml any "$cli" extract "$cases/entity-bomb.xhtml.html"
run jsonld-deep ok "$cli" extract "$cases/jsonld-deep.html"
run json-deep-import any "$cli" extract --input json "$cases/json-deep.json"
run quotes-unbalanced any "$cli" extract "$cases/quotes-unbalanced.html"
for m in traversal traversal-deep; do
	run "manifest-$m" refused:"leads outside the allowed folders" "$cli" plugin check "$cases/manifests/$m.json"
done
for m in absolute absolute-tmp; do
	run "manifest-$m" refused:"is absolute and outside the allowed folders" "$cli" plugin check "$cases/manifests/$m.json"
done
# a manifest that is refused never stops extraction with the others
run manifest-traversal-extract ok "$cli" extract --plugin-path "$cases/manifests" --url https://traversal.test/a \
	"$cases/bad-utf8.html"
# plugins that lie about their struct size (fixtures of tests/plugins)
run plugin-big-dirty refused:"extra bytes are not zero" "$cli" plugin check "$build/test-plugins/big-dirty/big-dirty.json"
run plugin-small refused:"smaller than" "$cli" plugin check "$build/test-plugins/small/small.json"
run plugin-big-dirty-extract ok "$cli" extract --plugin-path "$build/test-plugins/big-dirty" \
	--url https://www.big-dirty.test/news/a "$cases/bad-utf8.html"

# ---- Issue 11, content extraction: the shapes of make-hostile.py's
# ISSUE11_SHAPES (deep nesting of every kind, many images, deep paragraphs,
# related boxes), at 1x and 10x, each within 5 s of CPU time (scaled like
# the other budgets; the wall clock may take four times that on a busy
# machine). The 10x pages hold up to 1.7 million nodes: libxml2's
# tree takes most of the memory, so they get the big page's memory budget;
# a few pass max_nodes and are refused, which is a clean outcome too.
# HOSTILE_SHAPE_SIZES ("1x 10x") picks the sizes: sanitizer builds run 1x.
shape_seconds=$(( ${HOSTILE_SHAPE_SECONDS:-5} * scale ))
for size in ${HOSTILE_SHAPE_SIZES:-1x 10x}; do
	for file in "$cases"/shape-*-"$size".html; do
		[ -f "$file" ] || continue
		shape=$(basename "$file" .html)
		expect=ok
		[ "$size" = 1x ] || expect=any
		cpu_limit=$shape_seconds case_seconds=$(( shape_seconds * 4 )) case_mb=$big_mb \
			run "$shape" "$expect" "$cli" extract "$file"
	done
done
# The issue's own pages, when the shared folder is there.
shared=${NEWSDOC_SHARED_DIR:-$here/../../../shared}
for page in 05_images 06_deep_paragraphs 11_nested_list_stack; do
	if [ -f "$shared/hostile/$page.html" ]; then
		cpu_limit=$shape_seconds run "shared-$page" ok "$cli" extract "$shared/hostile/$page.html"
	else
		echo "shared-$page: skipped ($shared/hostile/$page.html is absent)"
	fi
done

if [ "$failed" != 0 ]; then
	echo "run-hostile: FAILED"
	exit 1
fi
echo "run-hostile: all cases within budget (${seconds}s and ${small_mb} MB; ${big_seconds}s and ${big_mb} MB for the big page)"
