#!/usr/bin/env bash
# Check the dynamic symbol table of the built shared library.
#
#   tests/abi/check-symbols.sh LIBRARY.so VERSION_SCRIPT EXPECTED_SONAME
#
# (a) the defined dynamic symbols (nm -D --defined-only) are exactly the
#     global symbols of the version script;
# (b) every one starts with newsdoc_;
# (c) every one carries a symbol version, and it is the node the version
#     script puts it in (today: NEWSDOC_1.0) -- checked with readelf;
# (d) DT_SONAME is EXPECTED_SONAME (libnewsdoc.so.1).
set -euo pipefail
export LC_ALL=C
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/abi-lib.sh"

lib=${1:?usage: check-symbols.sh LIBRARY.so VERSION_SCRIPT EXPECTED_SONAME}
map=${2:?usage: check-symbols.sh LIBRARY.so VERSION_SCRIPT EXPECTED_SONAME}
soname=${3:?usage: check-symbols.sh LIBRARY.so VERSION_SCRIPT EXPECTED_SONAME}
for tool in nm readelf; do
	command -v "$tool" >/dev/null || { echo "FAIL: $tool not found (binutils)"; exit 1; }
done
[ -f "$lib" ] || { echo "FAIL: $lib does not exist"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

map_symbols "$map" | sort >"$tmp/map-nodes"
cut -d' ' -f1 "$tmp/map-nodes" | sort -u >"$tmp/map"
map_nodes "$map" | sort -u >"$tmp/nodes"

# nm prints "value type name[@[@]version]"; the version nodes themselves
# appear as absolute (A) symbols named after the node: not functions.
nm -D --defined-only "$lib" | awk 'NF >= 3 { print $2, $3 }' >"$tmp/nm-raw"
awk '{ sub(/@.*/, "", $2); print $1, $2 }' "$tmp/nm-raw" >"$tmp/nm"
awk '$1 == "A" { print $2 }' "$tmp/nm" | sort -u >"$tmp/nm-abs"
# Absolute symbols that are not version nodes are real exports.
comm -23 "$tmp/nm-abs" "$tmp/nodes" >"$tmp/nm-abs-other"
{ awk '$1 != "A" { print $2 }' "$tmp/nm"; cat "$tmp/nm-abs-other"; } | sort -u >"$tmp/exported"

# (a)
missing=$(comm -13 "$tmp/exported" "$tmp/map")
if [ -n "$missing" ]; then
	echo "FAIL (a): in $(basename "$map") but not exported (not defined, or not marked NEWSDOC_EXTERN):"
	echo "$missing" | sed 's/^/  /'
	fail=1
fi
extra=$(comm -23 "$tmp/exported" "$tmp/map")
if [ -n "$extra" ]; then
	echo "FAIL (a): exported but not in $(basename "$map"):"
	echo "$extra" | sed 's/^/  /'
	fail=1
fi

# (b)
badprefix=$(grep -v '^newsdoc_' "$tmp/exported" || true)
if [ -n "$badprefix" ]; then
	echo "FAIL (b): exported symbols without the newsdoc_ prefix:"
	echo "$badprefix" | sed 's/^/  /'
	fail=1
fi

# (c) readelf --dyn-syms -W: Num: Value Size Type Bind Vis Ndx Name[@[@]ver]
readelf --dyn-syms -W "$lib" |
	awk '$1 ~ /^[0-9]+:$/ && $7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") && $4 != "SECTION" && $4 != "FILE" { print $8 }' |
	sort -u >"$tmp/versioned"
while read -r entry; do
	name=${entry%%@*}
	if grep -qxF "$name" "$tmp/nodes"; then continue; fi   # the node symbol itself
	case $entry in
	*@@*) version=${entry#*@@} ;;
	*@*) version=${entry#*@} ;;
	*) version= ;;
	esac
	want=$(awk -v s="$name" '$1 == s { print $2; exit }' "$tmp/map-nodes")
	if [ -z "$version" ]; then
		echo "FAIL (c): $name has no symbol version"
		fail=1
	elif [ -n "$want" ] && [ "$version" != "$want" ]; then
		echo "FAIL (c): $name is versioned $version, the version script says $want"
		fail=1
	fi
done <"$tmp/versioned"
versions=$(grep -o '@.*' "$tmp/versioned" | tr -d @ | sort -u | tr '\n' ' ')

# (d)
got=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
if [ "$got" != "$soname" ]; then
	echo "FAIL (d): SONAME is '${got:-<none>}', expected '$soname'"
	fail=1
fi

if [ $fail -eq 0 ]; then
	echo "OK: $(wc -l <"$tmp/exported") symbols exported, all newsdoc_*, versions: ${versions:-none}; SONAME $got"
fi
exit $fail
