#!/usr/bin/env bash
# Compile every public header on its own, in one language standard.
#
#   tests/abi/check-headers.sh COMPILER c|c++ STD INCLUDE_DIR WORK_DIR
#
# e.g. check-headers.sh cc c c89 include /tmp/h. Each of include/newsdoc.h,
# include/newsdoc/*.h and include/newsdoc/sys/*.h becomes a translation unit
# that includes it twice (include guards), compiled with -pedantic -Werror
# -Wall -Wextra and a few more warnings. One more unit includes every header
# and initialises each options/buffer struct with its *_INIT macro, so the
# macros are checked in that standard too, and NEWSDOC_PLUGIN_DEFINE
# (newsdoc/sys/plugin.h) defines an entry point.
set -euo pipefail
export LC_ALL=C
cc=${1:?usage: check-headers.sh COMPILER c|c++ STD INCLUDE_DIR WORK_DIR}
lang=${2:?}
std=${3:?}
inc=${4:?}
work=${5:?}
inc=$(cd "$inc" && pwd)

case $lang in
c)
	ext=c
	flags=(-x c "-std=$std" -pedantic -Werror -Wall -Wextra -Wstrict-prototypes
		-Wmissing-prototypes -Wundef -Wshadow -Wcast-qual -Wredundant-decls)
	;;
c++)
	ext=cpp
	flags=(-x c++ "-std=$std" -pedantic -Werror -Wall -Wextra -Wundef -Wshadow
		-Wcast-qual -Wold-style-cast -Wredundant-decls)
	;;
*)
	echo "unknown language $lang" >&2
	exit 2
	;;
esac

rm -rf "$work"
mkdir -p "$work"
headers=()
for h in "$inc"/newsdoc.h "$inc"/newsdoc/*.h "$inc"/newsdoc/sys/*.h; do
	[ -f "$h" ] && headers+=("${h#"$inc"/}")
done

fail=0
compile() { # unit.c description
	if ! "$cc" "${flags[@]}" -I"$inc" -c "$1" -o "${1%.*}.o" 2>"${1%.*}.log"; then
		echo "FAIL: $2 ($lang $std)"
		sed 's/^/    /' "${1%.*}.log"
		fail=1
	fi
}

n=0
for h in "${headers[@]}"; do
	n=$((n + 1))
	unit=$work/h$n.$ext
	printf '#include <%s>\n#include <%s>\nint newsdoc_header_test_%d(void);\nint newsdoc_header_test_%d(void) { return 0; }\n' \
		"$h" "$h" "$n" "$n" >"$unit"
	compile "$unit" "$h alone"
done

# Every header together, and every *_INIT macro whose struct is a public
# typedef (NEWSDOC_PARSE_OPTIONS_INIT -> newsdoc_parse_options).
unit=$work/all.$ext
{
	for h in "${headers[@]}"; do printf '#include <%s>\n' "$h"; done
	# A plugin's entry point as plugin authors write it.
	echo '#ifdef NEWSDOC_PLUGIN_DEFINE'
	echo 'NEWSDOC_PLUGIN_DEFINE("header-test", NULL, NULL, NULL, NULL)'
	echo '#endif'
	echo 'int newsdoc_header_test_use(const void *p);'
	echo 'int newsdoc_header_test_use(const void *p) { return p != 0; }'
	echo 'int newsdoc_header_test_init(void);'
	echo 'int newsdoc_header_test_init(void)'
	echo '{'
	i=0
	for m in $(cd "$inc" && grep -ho '#define[[:space:]]\+NEWSDOC_[A-Z0-9_]*_INIT\b' "${headers[@]}" | awk '{ print $2 }' | sort -u); do
		type=$(echo "${m%_INIT}" | tr 'A-Z' 'a-z')
		if (cd "$inc" && grep -q "}[[:space:]]*$type;" "${headers[@]}"); then
			i=$((i + 1))
			echo "	$type v$i = $m;"
		fi
	done
	echo '	int used = 0;'
	for j in $(seq 1 "$i"); do echo "	used += newsdoc_header_test_use(&v$j);"; done
	echo '	return used;'
	echo '}'
} >"$unit"
compile "$unit" "all headers with their _INIT macros"

if [ $fail -eq 0 ]; then
	echo "OK: ${#headers[@]} headers compile alone as $lang $std ($cc), $i _INIT macros checked"
fi
exit $fail
