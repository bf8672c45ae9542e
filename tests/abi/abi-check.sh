#!/usr/bin/env bash
# Compare the ABI of a built libnewsdoc.so with the committed baseline.
#
#   tests/abi/abi-check.sh LIBRARY.so INCLUDE_DIR [BASELINE.abi]
#
# LIBRARY.so must carry DWARF debug info (built with -g: RelWithDebInfo or
# Debug; ctest hands over a -g copy when the main build has none). Only
# types from the public headers in INCLUDE_DIR count; the opaque structs'
# private layouts do not.
#
# Policy (abidiff's exit status is a bit field):
#   bit 1/2 (error, usage)                 -> fail
#   bit 8   ABIDIFF_ABI_INCOMPATIBLE_CHANGE -> fail (removed/changed functions, ...)
#   bit 4   ABIDIFF_ABI_CHANGE             -> fail, unless the only change is
#           added functions and each of them carries a symbol version node
#           the baseline does not have (NEWSDOC_1.1, ...): a released node
#           never grows. Added variables fail too (no public variables).
#   0                                      -> pass
# One documented exception, in tests/abi/abi.suppr: an options struct
# (newsdoc_*_options, which starts with its version) may grow at its end.
# When a release is made, regenerate the baseline: tests/abi/update-baseline.sh.
#
# Exit 77 (skipped) when abidiff is missing or the library has no debug
# info -- except with CI=true, where both are failures, so CI really checks.
set -uo pipefail
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lib=${1:?usage: abi-check.sh LIBRARY.so INCLUDE_DIR [BASELINE.abi]}
inc=${2:?usage: abi-check.sh LIBRARY.so INCLUDE_DIR [BASELINE.abi]}
baseline=${3:-$here/libnewsdoc.abi}

skip() {
	if [ "${CI:-}" = true ]; then
		echo "FAIL: $1 (CI=true: the ABI check must run in CI)"
		exit 1
	fi
	echo "SKIP: $1"
	exit 77
}

command -v abidiff >/dev/null || skip "abidiff not found (apt-get install abigail-tools)"
[ -f "$lib" ] || { echo "FAIL: $lib does not exist"; exit 1; }
if ! readelf -S -W "$lib" 2>/dev/null | grep '\.debug_info' >/dev/null; then
	skip "$lib has no debug info; build with -DCMAKE_BUILD_TYPE=RelWithDebInfo or Debug"
fi
if [ ! -f "$baseline" ]; then
	echo "FAIL: no baseline $baseline; make it with tests/abi/update-baseline.sh"
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
opts=(--headers-dir2 "$inc" --drop-private-types --exported-interfaces-only --fail-no-debug-info --no-show-locs)
[ -f "$here/abi.suppr" ] && opts+=(--suppressions "$here/abi.suppr")

abidiff "${opts[@]}" "$baseline" "$lib" >"$tmp/report" 2>&1
rc=$?
echo "abidiff $(basename "$baseline") $lib: exit $rc"
if [ $rc -eq 0 ]; then
	echo "OK: no ABI change against the baseline"
	exit 0
fi
cat "$tmp/report"
if [ $((rc & 3)) -ne 0 ]; then
	echo "FAIL: abidiff could not compare (exit $rc)"
	exit 1
fi
if [ $((rc & 8)) -ne 0 ]; then
	echo "FAIL: incompatible ABI change (ABIDIFF_ABI_INCOMPATIBLE_CHANGE)"
	exit 1
fi

# rc == 4 (ABIDIFF_ABI_CHANGE): acceptable only if nothing is left once
# added functions/variables are hidden ...
abidiff "${opts[@]}" --no-added-syms "$baseline" "$lib" >"$tmp/rest" 2>&1
rc2=$?
if [ $rc2 -ne 0 ]; then
	echo "FAIL: ABI changes other than added functions (exit $rc2 with --no-added-syms):"
	cat "$tmp/rest"
	exit 1
fi
# ... no variable was added ...
if grep -Eq '(^|[^0-9])[1-9][0-9]* Added variable' "$tmp/report"; then
	echo "FAIL: exported variables were added; the API has functions only"
	exit 1
fi
# ... and every added function lives in a version node that is new.
grep -o "version='[^']*'" "$baseline" | sed "s/version='//; s/'\$//" | sort -u >"$tmp/old-nodes"
grep -E '^[[:space:]]*\[A\]' "$tmp/report" | grep -oE '\{[A-Za-z_][A-Za-z0-9_]*@@?[A-Za-z0-9_.]+\}|[A-Za-z_][A-Za-z0-9_]*@@?[A-Za-z0-9_.]+' |
	tr -d '{}' | sort -u >"$tmp/added"
if [ ! -s "$tmp/added" ]; then
	echo "FAIL: abidiff reports a change but no versioned added function was found in its report"
	exit 1
fi
bad=0
while read -r sym; do
	name=${sym%%@*}
	node=${sym##*@}
	if grep -qxF "$node" "$tmp/old-nodes"; then
		echo "FAIL: $name was added to $node, a node of the baseline (released); put it in a new node"
		bad=1
	else
		echo "ok: $name added in new node $node"
	fi
done <"$tmp/added"
[ $bad -eq 0 ] && echo "OK: only functions added, all in new version nodes"
exit $bad
