#!/bin/sh
# test_readme_example.sh README CC INCLUDE_DIR LIB_DIR [EXTRA_CFLAGS]
# The README's "API in ten lines" must compile and run as printed.
set -eu
readme=$1 cc=$2 include=$3 libdir=$4 extra=${5:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk '/^```c$/ { inside = 1; next } /^```$/ { if (inside) exit } inside { print }' "$readme" >"$work/example.c"
test -s "$work/example.c" || { echo "FAIL: no C block in $readme"; exit 1; }
# shellcheck disable=SC2086
"$cc" $extra -std=c99 -Wall -Wextra -Werror -I"$include" "$work/example.c" -L"$libdir" -lnewsdoc -Wl,-rpath,"$libdir" -o "$work/example"
NEWSDOC_PLUGIN_PATH=/nonexistent "$work/example" >"$work/out"
head -n 1 "$work/out"
test "$(head -n 1 "$work/out")" = "Ferry returns"
grep -q '"title": "Ferry returns"' "$work/out"
echo PASS
