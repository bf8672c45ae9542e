#!/usr/bin/env bash
# Check that the linker version script lists exactly the public API.
#
#   tests/abi/check-map.sh INCLUDE_DIR VERSION_SCRIPT
#
# The set of NEWSDOC_EXTERN functions declared in the public headers must
# equal the set of global symbols in the version script (all nodes), each
# symbol in one node only, and every node's list sorted (LC_ALL=C), so a new
# public function cannot be forgotten. While only NEWSDOC_1.0 exists the map
# can be regenerated with tests/abi/update-map.sh.
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/abi-lib.sh"

inc=${1:?usage: check-map.sh INCLUDE_DIR VERSION_SCRIPT}
map=${2:?usage: check-map.sh INCLUDE_DIR VERSION_SCRIPT}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

header_symbols "$inc" >"$tmp/headers"
map_symbols "$map" >"$tmp/map-nodes"
cut -d' ' -f1 "$tmp/map-nodes" | sort >"$tmp/map-all"
sort -u "$tmp/map-all" >"$tmp/map"

dups=$(uniq -d "$tmp/map-all")
if [ -n "$dups" ]; then
	echo "FAIL: symbols listed more than once in $map:"; echo "$dups" | sed 's/^/  /'
	fail=1
fi

missing=$(comm -23 "$tmp/headers" "$tmp/map")
if [ -n "$missing" ]; then
	echo "FAIL: declared with NEWSDOC_EXTERN in $inc but not in $map:"
	echo "$missing" | sed 's/^/  /'
	echo "  (add them to the newest version node; before 1.0 is released tests/abi/update-map.sh does it)"
	fail=1
fi
extra=$(comm -13 "$tmp/headers" "$tmp/map")
if [ -n "$extra" ]; then
	echo "FAIL: in $map but not declared with NEWSDOC_EXTERN in any public header:"
	echo "$extra" | sed 's/^/  /'
	fail=1
fi

for node in $(map_nodes "$map"); do
	awk -v n="$node" '$2 == n { print $1 }' "$tmp/map-nodes" >"$tmp/node"
	if ! sort -c "$tmp/node" 2>/dev/null; then
		echo "FAIL: the global list of node $node in $map is not sorted (LC_ALL=C sort)"
		fail=1
	fi
done

if [ $fail -eq 0 ]; then
	echo "OK: $(wc -l <"$tmp/headers") public functions, all in $(basename "$map") ($(map_nodes "$map" | paste -sd " " -))"
fi
exit $fail
