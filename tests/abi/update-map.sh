#!/usr/bin/env bash
# Bring the linker version script in line with the public headers.
#
#   tests/abi/update-map.sh [--check]
#
# Every function declared with NEWSDOC_EXTERN in include/ must be listed in
# libnewsdoc/newsdoc.map. This script adds the missing ones, sorted, to the
# NEWEST version node (so after a release, first add a new empty node such as
#     NEWSDOC_1.1 {
#       global:
#     } NEWSDOC_1.0;
# by hand; a released node is never edited). Symbols that are in the map but
# no longer declared are only dropped while NEWSDOC_1.0 is the only node
# (before the first release); later, removing one breaks the ABI and the
# script refuses. --check prints the differences and exits 1 without writing.
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/abi-lib.sh"
map=$root/libnewsdoc/newsdoc.map
check=0
[ "${1:-}" = --check ] && check=1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
header_symbols "$root/include" >"$tmp/headers"
map_symbols "$map" >"$tmp/map-nodes"
cut -d' ' -f1 "$tmp/map-nodes" | sort -u >"$tmp/map"
mapfile -t nodes < <(map_nodes "$map")
newest=${nodes[${#nodes[@]}-1]}
added=$(comm -23 "$tmp/headers" "$tmp/map")
removed=$(comm -13 "$tmp/headers" "$tmp/map")

if [ -z "$added" ] && [ -z "$removed" ]; then
	echo "newsdoc.map is up to date"
	exit 0
fi
if [ -n "$added" ]; then
	echo "to add to $newest:"; echo "$added" | sed 's/^/  /'
fi
if [ -n "$removed" ]; then
	echo "no longer declared:"; echo "$removed" | sed 's/^/  /'
fi
if [ $check -eq 1 ]; then
	exit 1
fi
if [ -n "$removed" ] && [ ${#nodes[@]} -gt 1 ]; then
	echo "error: removing symbols from released nodes breaks the ABI; edit the map by hand if you really mean it" >&2
	exit 1
fi

# Rewrite the file: the leading comment, then every node with its sorted list.
{
	sed -n '1,/^[A-Za-z_][A-Za-z0-9_.]*[[:space:]]*{/p' "$map" | sed '$d'
	prev=
	for node in "${nodes[@]}"; do
		echo "$node {"
		echo "  global:"
		{
			awk -v n="$node" '$2 == n { print $1 }' "$tmp/map-nodes" | { grep -vxF -f <(printf '%s\n' $removed) || true; }
			if [ "$node" = "$newest" ] && [ -n "$added" ]; then
				printf '%s\n' $added
			fi
		} | sort -u | sed 's/^/    /; s/$/;/'
		if [ -z "$prev" ]; then
			echo "  local:"
			echo "    *;"
			echo "};"
		else
			echo "} $prev;"
		fi
		prev=$node
	done
} >"$tmp/newsdoc.map"
mv "$tmp/newsdoc.map" "$map"
echo "wrote $map"
