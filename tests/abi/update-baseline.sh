#!/usr/bin/env bash
# Regenerate the ABI baselines every build is compared with:
#   tests/abi/libnewsdoc.abi  abidw output, for abi-check.sh (ctest: abi_abidiff)
#   tests/abi/layout.txt      constants and struct layouts, for check-layout.sh
#                             (ctest: abi_layout)
#
#   tests/abi/update-baseline.sh              # builds a Debug libnewsdoc.so in build-abi-baseline/
#   tests/abi/update-baseline.sh LIB.so       # uses that library (must be built with -g)
#
# When to run it: only when an ABI is deliberately fixed -- at a release
# (the new NEWSDOC_1.x node becomes part of the baseline), or before 1.0 when
# the public headers change. Never to make a failing abi_abidiff pass:
# a failure there means the change breaks users. Commit the new file with
# the release.
#
# The baseline is written by abidw from a -g build, with --headers-dir
# include/, --drop-private-types and --exported-interfaces-only so only
# exported functions and the public types they use count. Locations are
# kept as bare file names (--short-locs): abidiff --headers-dir2 tells
# public from private types by the header a type is defined in, so a
# baseline without locations would hide every change to a public struct.
# Absolute paths and DT_NEEDED are left out so the file does not depend on
# the machine, and type ids are hashes so diffs between baselines stay small.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$here/libnewsdoc.abi
command -v abidw >/dev/null || { echo "abidw not found (apt-get install abigail-tools)" >&2; exit 1; }

if [ $# -ge 1 ]; then
	lib=$1
else
	build=$root/build-abi-baseline
	cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=OFF >/dev/null
	cmake --build "$build" --target newsdoc -j"$(nproc)"
	lib=$(find "$build" -maxdepth 3 -name 'libnewsdoc.so.*.*' -type f | head -n1)
	[ -n "$lib" ] || { echo "no libnewsdoc.so.* found in $build" >&2; exit 1; }
fi
readelf -S -W "$lib" | grep '\.debug_info' >/dev/null || { echo "$lib has no debug info (build with -g)" >&2; exit 1; }

abidw --headers-dir "$root/include" --drop-private-types --exported-interfaces-only \
	--no-corpus-path --no-comp-dir-path --short-locs --no-elf-needed \
	--type-id-style hash --out-file "$out.tmp" "$lib"
# Translation-unit paths are absolute; keep them relative to the source tree.
sed -i "s|path='$root/|path='|g" "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out from $lib ($(grep -c '<elf-symbol ' "$out") symbols)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/check-layout.sh" "${CC:-cc}" "$root/include" "$here/layout.txt" "$work/layout" --update
