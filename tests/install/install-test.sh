#!/usr/bin/env bash
# Install libnewsdoc into a scratch prefix and use it the way users do.
#
#   tests/install/install-test.sh STEP KEY=VALUE...
#
# Steps (ctest runs each as a test; "layout" is the fixture the others need):
#   layout    cmake --install <build> --prefix <prefix>; check the installed
#             files, SONAME, symlinks, pkg-config variables, CMake package;
#             also a DESTDIR install, whose .pc must name the real prefix
#   c         cc prog.c $(pkg-config --cflags --libs libnewsdoc)
#   cxx       c++ prog.cpp $(pkg-config --cflags --libs libnewsdoc)
#   static    libnewsdoc.a with $(pkg-config --static --libs libnewsdoc)
#   cmake     a project using find_package(libnewsdoc) (tests/install/cmake-consumer)
# Programs run with LD_LIBRARY_PATH=<prefix>/<libdir> (except the static and
# CMake ones, which need none) and must print the page's title.
#
# Keys (tests/install/tests.cmake passes them): build prefix work cmake config
# libdir includedir bindir plugindir manifestdir version soversion cli
# sanitize srcdir.
set -euo pipefail
export LC_ALL=C
step=${1:?usage: install-test.sh STEP KEY=VALUE...}
shift
for kv in "$@"; do
	case $kv in
	build=* | prefix=* | work=* | cmake=* | config=* | libdir=* | includedir=* | bindir=* | \
		plugindir=* | manifestdir=* | version=* | soversion=* | cli=* | sanitize=* | srcdir=*)
		printf -v "${kv%%=*}" '%s' "${kv#*=}" ;;
	*) echo "unknown argument $kv" >&2; exit 2 ;;
	esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lib=$prefix/$libdir
title="Harbour Bridge Reopens After Repairs"
fail=0

die() { echo "FAIL: $*"; exit 1; }
check() { # description command...
	local what=$1
	shift
	if "$@"; then
		echo "ok: $what"
	else
		echo "FAIL: $what"
		fail=1
	fi
}
cc_cmd() { if command -v cc >/dev/null; then echo cc; else echo "${CC:-gcc}"; fi; }
cxx_cmd() { if command -v c++ >/dev/null; then echo c++; else echo "${CXX:-g++}"; fi; }

# run_prog DESCRIPTION PROGRAM: run it, check the title and the version.
run_prog() {
	local out
	if ! out=$("$2" 2>&1); then
		echo "$out"
		die "$1 exited with an error"
	fi
	echo "$out" | sed 's/^/    /'
	grep -qxF "title: $title" <<<"$out" || die "$1 did not print 'title: $title'"
	grep -qxF "version: $version (headers $version)" <<<"$out" || die "$1 did not report version $version"
	echo "ok: $1 runs and prints the title"
}

needs_install() {
	[ -f "$lib/pkgconfig/libnewsdoc.pc" ] || die "nothing installed in $prefix (the install_layout test sets it up)"
	if [ "$sanitize" = 1 ]; then
		echo "SKIP: NEWSDOC_SANITIZE builds need the sanitizer runtime in every consumer"
		exit 77
	fi
	command -v pkg-config >/dev/null || die "pkg-config not found"
	export PKG_CONFIG_PATH=$lib/pkgconfig
	mkdir -p "$work/$step"
	cp "$here/prog.c" "$here/prog.cpp" "$work/$step/"
	cd "$work/$step"
}

case $step in
layout)
	rm -rf "$prefix" "$work"
	mkdir -p "$work"
	"$cmake" --install "$build" --prefix "$prefix" ${config:+--config "$config"} >"$work/install.log" ||
		{ cat "$work/install.log"; die "cmake --install failed"; }
	echo "installed into $prefix"

	# Headers: exactly the public ones.
	(cd "$srcdir/include" && find . -name '*.h' | sort) >"$work/headers.src"
	(cd "$prefix/$includedir" && find . -name '*.h' | sort) >"$work/headers.inst"
	check "every public header installed, and nothing else" diff -u "$work/headers.src" "$work/headers.inst"
	check "$includedir/newsdoc.h" test -f "$prefix/$includedir/newsdoc.h"

	# Libraries.
	check "$libdir/libnewsdoc.so.$version is a file" test -f "$lib/libnewsdoc.so.$version" -a ! -L "$lib/libnewsdoc.so.$version"
	check "$libdir/libnewsdoc.so.$soversion -> libnewsdoc.so.$version" \
		test "$(readlink "$lib/libnewsdoc.so.$soversion")" = "libnewsdoc.so.$version"
	check "$libdir/libnewsdoc.so -> libnewsdoc.so.$soversion" \
		test "$(readlink "$lib/libnewsdoc.so")" = "libnewsdoc.so.$soversion"
	soname=$(readelf -d "$lib/libnewsdoc.so.$soversion" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
	check "SONAME libnewsdoc.so.$soversion (got '$soname')" test "$soname" = "libnewsdoc.so.$soversion"
	check "no build-tree RPATH/RUNPATH in the installed library" \
		bash -c "! readelf -d '$lib/libnewsdoc.so.$soversion' | grep -E 'R(UN)?PATH' | grep -qF '$build'"
	check "$libdir/libnewsdoc.a defines newsdoc_parse" \
		bash -c "nm '$lib/libnewsdoc.a' 2>/dev/null | grep -qE ' T newsdoc_parse\$'"

	# pkg-config.
	pc=$lib/pkgconfig/libnewsdoc.pc
	check "$libdir/pkgconfig/libnewsdoc.pc" test -f "$pc"
	if [ -f "$pc" ] && command -v pkg-config >/dev/null; then
		export PKG_CONFIG_PATH=$lib/pkgconfig
		check "pkg-config --modversion = $version" test "$(pkg-config --modversion libnewsdoc)" = "$version"
		check "pkg-config prefix = $prefix" test "$(pkg-config --variable=prefix libnewsdoc)" = "$prefix"
		check "pkg-config libdir = $lib" test "$(pkg-config --variable=libdir libnewsdoc)" = "$lib"
		check "pkg-config plugindir = $prefix/$plugindir" \
			test "$(pkg-config --variable=plugindir libnewsdoc)" = "$prefix/$plugindir"
		check "pkg-config manifestdir = $prefix/$manifestdir" \
			test "$(pkg-config --variable=manifestdir libnewsdoc)" = "$prefix/$manifestdir"
		check "pkg-config --cflags names the include folder" \
			bash -c "pkg-config --cflags libnewsdoc | grep -qF -- '-I$prefix/$includedir'"
		check "pkg-config --libs = -L$lib -lnewsdoc" \
			test "$(pkg-config --libs libnewsdoc | xargs)" = "-L$lib -lnewsdoc"
		check "pkg-config --static --libs has libxml2, jansson, -ldl, -lpthread" \
			bash -c "pkg-config --static --libs libnewsdoc | tr ' ' '\n' | grep -qx -- -lxml2 &&
			         pkg-config --static --libs libnewsdoc | tr ' ' '\n' | grep -qx -- -ljansson &&
			         pkg-config --static --libs libnewsdoc | tr ' ' '\n' | grep -qx -- -ldl &&
			         pkg-config --static --libs libnewsdoc | tr ' ' '\n' | grep -qx -- -lpthread"
		if pkg-config --help 2>&1 | grep -- --validate >/dev/null; then
			check "pkg-config --validate" pkg-config --validate libnewsdoc
		fi
	fi

	# CMake package.
	for f in libnewsdocConfig.cmake libnewsdocConfigVersion.cmake libnewsdocTargets.cmake; do
		check "$libdir/cmake/libnewsdoc/$f" test -f "$lib/cmake/libnewsdoc/$f"
	done

	# Plugin folders, the CLI.
	check "plugin folder $plugindir" test -d "$prefix/$plugindir"
	check "manifest folder $manifestdir" test -d "$prefix/$manifestdir"
	if [ "$cli" = 1 ]; then
		check "$bindir/newsdoc is executable" test -x "$prefix/$bindir/newsdoc"
		check "$bindir/newsdoc finds every library (LD_LIBRARY_PATH=$lib)" \
			bash -c "LD_LIBRARY_PATH='$lib' ldd '$prefix/$bindir/newsdoc' | grep -q 'libnewsdoc.so.$soversion => $lib/' &&
			         ! LD_LIBRARY_PATH='$lib' ldd '$prefix/$bindir/newsdoc' | grep -q 'not found'"
		check "no build-tree RPATH/RUNPATH in $bindir/newsdoc" \
			bash -c "! readelf -d '$prefix/$bindir/newsdoc' | grep -E 'R(UN)?PATH' | grep -qF '$build'"
	fi

	# Staged install (packagers): the .pc names the final prefix, not DESTDIR.
	DESTDIR=$work/destdir "$cmake" --install "$build" --prefix /opt/newsdoc-test ${config:+--config "$config"} >"$work/destdir.log" ||
		{ cat "$work/destdir.log"; die "DESTDIR install failed"; }
	check "DESTDIR install: .pc has prefix=/opt/newsdoc-test" \
		grep -qx 'prefix=/opt/newsdoc-test' "$work/destdir/opt/newsdoc-test/$libdir/pkgconfig/libnewsdoc.pc"
	;;

c)
	needs_install
	cc=$(cc_cmd)
	set -x
	$cc prog.c -o prog $(pkg-config --cflags --libs libnewsdoc)
	{ set +x; } 2>/dev/null
	LD_LIBRARY_PATH=$lib ldd ./prog | grep -F "libnewsdoc.so.$soversion => $lib/libnewsdoc.so.$soversion" >/dev/null ||
		die "prog does not load $lib/libnewsdoc.so.$soversion"
	LD_LIBRARY_PATH=$lib run_prog "C program (pkg-config)" ./prog
	;;

cxx)
	needs_install
	cxx=$(cxx_cmd)
	set -x
	$cxx prog.cpp -o prog_cxx $(pkg-config --cflags --libs libnewsdoc)
	{ set +x; } 2>/dev/null
	LD_LIBRARY_PATH=$lib run_prog "C++ program (pkg-config)" ./prog_cxx
	;;

static)
	needs_install
	cc=$(cc_cmd)
	# pkg-config --static adds the private dependencies; -l:libnewsdoc.a picks
	# the archive over the shared library that sits beside it.
	libs=()
	for f in $(pkg-config --static --libs libnewsdoc); do
		[ "$f" = -lnewsdoc ] && f=-l:libnewsdoc.a
		libs+=("$f")
	done
	set -x
	$cc prog.c -o prog_static $(pkg-config --cflags libnewsdoc) "${libs[@]}"
	{ set +x; } 2>/dev/null
	if readelf -d prog_static | grep 'NEEDED.*libnewsdoc' >/dev/null; then
		die "prog_static still needs libnewsdoc.so"
	fi
	nm prog_static | grep -E ' T newsdoc_parse$' >/dev/null || die "newsdoc_parse is not linked into prog_static"
	run_prog "statically linked C program" ./prog_static
	;;

cmake)
	needs_install
	unset PKG_CONFIG_PATH
	rm -rf build
	"$cmake" -S "$here/cmake-consumer" -B build -DCMAKE_PREFIX_PATH="$prefix" \
		-DNEWSDOC_PROG_DIR="$work/$step" -DCMAKE_BUILD_TYPE=Release >configure.log 2>&1 ||
		{ cat configure.log; die "configuring the find_package project failed"; }
	grep -F -- '-- libnewsdoc' configure.log | sed 's/^/    /'
	grep -qF "from $lib/cmake/libnewsdoc" configure.log || die "find_package did not pick the package in $prefix"
	grep -qF "plugin dir: $prefix/$plugindir" configure.log || die "libnewsdoc_PLUGIN_DIR is not $prefix/$plugindir"
	"$cmake" --build build >build.log 2>&1 || { cat build.log; die "building the find_package project failed"; }
	# CMake puts the imported library's folder in the build RPATH.
	run_prog "find_package: libnewsdoc::newsdoc" ./build/app
	run_prog "find_package: libnewsdoc::newsdoc (C++)" ./build/app_cxx
	if readelf -d build/app_static | grep 'NEEDED.*libnewsdoc' >/dev/null; then
		die "app_static (libnewsdoc::newsdoc_static) still needs libnewsdoc.so"
	fi
	run_prog "find_package: libnewsdoc::newsdoc_static" ./build/app_static
	;;

*)
	echo "unknown step $step" >&2
	exit 2
	;;
esac
exit $fail
