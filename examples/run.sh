#!/usr/bin/env bash
# The main job: install what the build needs, build libnewsdoc and its
# plugins, and extract the bundled example page, printing its document.
#
#   examples/run.sh [--format json|xml|markdown|text] [PAGE]
#
# Environment: BUILD_DIR (build), BUILD_TYPE (RelWithDebInfo), JOBS.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
build=${BUILD_DIR:-build}
format=json
if [ "${1:-}" = --format ]; then
	format=${2:?--format needs a value}
	shift 2
fi
page=${1:-examples/article.html}

scripts/install-deps.sh >&2
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >"$build.configure.log" 2>&1 ||
	{ cat "$build.configure.log" >&2; exit 1; }
cmake --build "$build" -j"${JOBS:-$(nproc 2>/dev/null || echo 2)}" >"$build.build.log" 2>&1 ||
	{ tail -n 50 "$build.build.log" >&2; exit 1; }
rm -f "$build.configure.log" "$build.build.log"

# The example page says where it was published; give the parser that URL.
url=$(sed -n 's/.*<link rel="canonical" href="\([^"]*\)".*/\1/p' "$page" | head -n 1)
exec "$build/tools/newsdoc" extract --plugin-path "$build/plugins.d" ${url:+--url "$url"} --format "$format" "$page"
