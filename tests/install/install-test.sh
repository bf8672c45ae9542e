#!/usr/bin/env bash
# Install libnewsdoc into a scratch prefix and use it the way users do.
#
#   tests/install/install-test.sh STEP KEY=VALUE...
#
# Steps (ctest runs each as a test; "layout" is the fixture the others need):
#   layout    cmake --install <build> --prefix <prefix>; check the installed
#             files, SONAME, symlinks, pkg-config variables, CMake package;
#             also a DESTDIR install, whose .pc must name the real prefix
#   c         cc prog.c $(pkg-config --cflags --libs libnewsdoc); prog_plugins.c too
#   cxx       c++ prog.cpp $(pkg-config --cflags --libs libnewsdoc)
#   static    libnewsdoc.a with $(pkg-config --static --libs libnewsdoc),
#             prog.c and prog_plugins.c (the prefix's site and markdown plugins)
#   cmake     a project using find_package(libnewsdoc) (tests/install/cmake-consumer)
#   nodeps_pc    the c step with only libnewsdoc.pc visible to pkg-config
#   nodeps_cmake find_package(libnewsdoc) for the shared library with no
#             libxml-2.0.pc or jansson.pc visible
#   relocated the prefix copied elsewhere: its .pc, its bin/newsdoc without
#             LD_LIBRARY_PATH, and its error messages name the new place
# Programs run with LD_LIBRARY_PATH=<prefix>/<libdir> (except the static and
# CMake ones, which need none) and must print the page's title;
# prog_plugins must name the site parser and print the markdown export.
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

# run_output DESCRIPTION PROGRAM: run it with no plugin variables set, show
# its output and keep it in $out; an error stops the test.
run_output() {
	if ! out=$(env -u NEWSDOC_PLUGIN_PATH -u NEWSDOC_ADD_PLUGIN_PATH "$2" 2>&1); then
		echo "$out" | sed 's/^/    /'
		die "$1 exited with an error"
	fi
	echo "$out" | sed 's/^/    /'
}

# run_prog DESCRIPTION PROGRAM: run it, check the title and the version.
run_prog() {
	run_output "$@"
	grep -qxF "title: $title" <<<"$out" || die "$1 did not print 'title: $title'"
	grep -qxF "version: $version (headers $version)" <<<"$out" || die "$1 did not report version $version"
	echo "ok: $1 runs and prints the title"
}

# run_plugins_prog DESCRIPTION PROGRAM (prog_plugins): the installed site
# parser and markdown exporter were used.
run_plugins_prog() {
	run_output "$@"
	grep -qxF "parser: timesofindia" <<<"$out" || die "$1 did not use the installed timesofindia plugin"
	grep -qxF "# $title" <<<"$out" || die "$1 did not export markdown with the title"
	echo "ok: $1 uses the installed site parser and markdown exporter"
}

# same_dir A B: A and B name the same folder (A may hold ../).
same_dir() {
	[ -d "$1" ] && [ "$(cd "$1" && pwd -P)" = "$(cd "$2" && pwd -P)" ]
}

# pc_dir FLAG: the folder of pkg-config's single FLAG (-L, -I) for libnewsdoc.
pc_dir() {
	pkg-config --cflags --libs libnewsdoc | tr ' ' '\n' | sed -n "s/^$1//p" | head -1
}

# static_libs: pkg-config --static --libs with the archive picked over the
# shared library that sits beside it (-l:libnewsdoc.a).
static_libs() {
	local f
	for f in $(pkg-config --static --libs libnewsdoc); do
		[ "$f" = -lnewsdoc ] && f=-l:libnewsdoc.a
		printf '%s\n' "$f"
	done
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
	cp "$here/page.h" "$here/prog.c" "$here/prog.cpp" "$here/prog_plugins.c" "$work/$step/"
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
		# The .pc is relocatable: its paths start at ${pcfiledir}.
		check "libnewsdoc.pc: prefix=\${pcfiledir}/..." grep -q '^prefix=\${pcfiledir}/' "$pc"
		check "pkg-config prefix is $prefix" same_dir "$(pkg-config --variable=prefix libnewsdoc)" "$prefix"
		check "pkg-config libdir is $lib" same_dir "$(pkg-config --variable=libdir libnewsdoc)" "$lib"
		check "pkg-config plugindir is $prefix/$plugindir" \
			same_dir "$(pkg-config --variable=plugindir libnewsdoc)" "$prefix/$plugindir"
		check "pkg-config manifestdir is $prefix/$manifestdir" \
			same_dir "$(pkg-config --variable=manifestdir libnewsdoc)" "$prefix/$manifestdir"
		check "pkg-config --cflags names the include folder" same_dir "$(pc_dir -I)" "$prefix/$includedir"
		check "pkg-config --libs = -L$lib -lnewsdoc" \
			bash -c "[ \"\$(pkg-config --libs libnewsdoc | wc -w)\" = 2 ] && pkg-config --libs libnewsdoc | grep -qE -- '-lnewsdoc *\$'"
		check "pkg-config -L is $lib" same_dir "$(pc_dir -L)" "$lib"
		check "libxml2 and jansson in Libs.private, no Requires.private" \
			bash -c "! grep -q '^Requires' '$pc' && grep -q '^Libs.private:.*-lxml2.*-ljansson' '$pc'"
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
		runpath=$(readelf -d "$prefix/$bindir/newsdoc" | sed -n 's/.*(RUNPATH).*\[\(.*\)\].*/\1/p')
		check "$bindir/newsdoc has RUNPATH \$ORIGIN/...: '$runpath'" \
			bash -c "case '$runpath' in '\$ORIGIN/'*) true ;; *) false ;; esac"
		# A private prefix: nothing set, the CLI and its plugins are found.
		if formats=$(env -u LD_LIBRARY_PATH -u NEWSDOC_PLUGIN_PATH -u NEWSDOC_ADD_PLUGIN_PATH \
			"$prefix/$bindir/newsdoc" formats 2>&1); then
			echo "ok: $bindir/newsdoc formats runs with LD_LIBRARY_PATH unset"
			check "$bindir/newsdoc formats lists the installed markdown exporter" \
				grep -qE '^markdown[[:space:]]' <<<"$formats"
		else
			echo "$formats" | sed 's/^/    /'
			echo "FAIL: $bindir/newsdoc formats with LD_LIBRARY_PATH unset"
			fail=1
		fi
	fi
	check "$libdir/libnewsdoc.a records the prefix $prefix" \
		bash -c "strings -a '$lib/libnewsdoc.a' | grep -qxF '$prefix'"

	# Staged install (packagers): the .pc names the final prefix, not DESTDIR.
	DESTDIR=$work/destdir "$cmake" --install "$build" --prefix /opt/newsdoc-test ${config:+--config "$config"} >"$work/destdir.log" ||
		{ cat "$work/destdir.log"; die "DESTDIR install failed"; }
	check "DESTDIR install: .pc is relocatable, not naming DESTDIR" \
		bash -c "grep -q '^prefix=\${pcfiledir}/' '$work/destdir/opt/newsdoc-test/$libdir/pkgconfig/libnewsdoc.pc' &&
		         ! grep -qF '$work' '$work/destdir/opt/newsdoc-test/$libdir/pkgconfig/libnewsdoc.pc'"
	check "DESTDIR install: libnewsdoc.a records /opt/newsdoc-test" \
		bash -c "strings -a '$work/destdir/opt/newsdoc-test/$libdir/libnewsdoc.a' | grep -qx /opt/newsdoc-test &&
		         ! strings -a '$work/destdir/opt/newsdoc-test/$libdir/libnewsdoc.a' | grep -qF '$work'"
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
	$cc prog_plugins.c -o prog_plugins $(pkg-config --cflags --libs libnewsdoc)
	LD_LIBRARY_PATH=$lib run_plugins_prog "C program using the installed plugins (pkg-config)" ./prog_plugins
	;;

nodeps_pc)
	needs_install
	cc=$(cc_cmd)
	# Only the prefix's own .pc folder: libxml-2.0.pc and jansson.pc are
	# out of reach, as on a machine without libxml2-dev and libjansson-dev.
	unset PKG_CONFIG_PATH
	export PKG_CONFIG_LIBDIR=$lib/pkgconfig
	for dep in libxml-2.0 jansson; do
		if pkg-config --exists "$dep"; then die "$dep.pc is not hidden"; fi
	done
	pkg-config --cflags --libs libnewsdoc || die "pkg-config libnewsdoc needs the dependencies' .pc files"
	set -x
	$cc prog.c -o prog $(pkg-config --cflags --libs libnewsdoc)
	{ set +x; } 2>/dev/null
	LD_LIBRARY_PATH=$lib run_prog "C program (pkg-config, no libxml-2.0.pc or jansson.pc)" ./prog
	;;

nodeps_cmake)
	needs_install
	unset PKG_CONFIG_PATH
	mkdir -p empty-pc
	export PKG_CONFIG_LIBDIR=$work/$step/empty-pc
	rm -rf build
	"$cmake" -S "$here/cmake-consumer" -B build -DCMAKE_PREFIX_PATH="$prefix" -DNEWSDOC_CONSUMER_SHARED_ONLY=ON \
		-DNEWSDOC_PROG_DIR="$work/$step" -DCMAKE_BUILD_TYPE=Release >configure.log 2>&1 ||
		{ cat configure.log; die "find_package(libnewsdoc) needs libxml2 and jansson for the shared library"; }
	grep -F -- '-- libnewsdoc' configure.log | sed 's/^/    /'
	grep -qF "libnewsdoc::newsdoc_static needs libxml2 and jansson" configure.log ||
		die "find_package(libnewsdoc) did not say why libnewsdoc::newsdoc_static is missing"
	"$cmake" --build build >build.log 2>&1 || { cat build.log; die "building the find_package project failed"; }
	run_prog "find_package: libnewsdoc::newsdoc (no libxml-2.0.pc or jansson.pc)" ./build/app
	# Asking for the static library names what it lacks.
	rm -rf build-static
	if "$cmake" -S "$here/cmake-consumer" -B build-static -DCMAKE_PREFIX_PATH="$prefix" \
		-DNEWSDOC_PROG_DIR="$work/$step" >configure-static.log 2>&1; then
		die "find_package(libnewsdoc COMPONENTS static) succeeded without libxml2 and jansson"
	fi
	tr -s ' \n' '  ' <configure-static.log |
		grep -qF "libnewsdoc::newsdoc_static needs libxml2 and jansson to link (pkg-config module" ||
		{ cat configure-static.log; die "find_package(libnewsdoc COMPONENTS static) failed without saying why"; }
	echo "ok: find_package(libnewsdoc COMPONENTS static) fails and names the missing module"
	;;

relocated)
	needs_install
	cc=$(cc_cmd)
	# The installed tree copied elsewhere, as a relocatable package is.
	moved=$work/$step/moved-prefix
	rm -rf "$moved"
	cp -a "$prefix" "$moved"
	export PKG_CONFIG_PATH=$moved/$libdir/pkgconfig
	check "moved .pc: libdir is $moved/$libdir" same_dir "$(pkg-config --variable=libdir libnewsdoc)" "$moved/$libdir"
	check "moved .pc: plugindir is $moved/$plugindir" \
		same_dir "$(pkg-config --variable=plugindir libnewsdoc)" "$moved/$plugindir"
	check "moved .pc: -I is $moved/$includedir" same_dir "$(pc_dir -I)" "$moved/$includedir"
	$cc prog_plugins.c -o prog_plugins $(pkg-config --cflags --libs libnewsdoc)
	LD_LIBRARY_PATH=$moved/$libdir ldd ./prog_plugins | grep -F "=> $moved/$libdir/libnewsdoc.so.$soversion" >/dev/null ||
		die "prog_plugins does not load the moved libnewsdoc.so"
	LD_LIBRARY_PATH=$moved/$libdir run_plugins_prog "C program on the moved prefix" ./prog_plugins
	if [ "$cli" = 1 ]; then
		cli_bin=$moved/$bindir/newsdoc
		loaded=$(env -u LD_LIBRARY_PATH ldd "$cli_bin" | sed -n "s/.*libnewsdoc.so.$soversion => \(.*\) (.*/\1/p")
		[ -n "$loaded" ] && [ "$(realpath "$loaded")" = "$(realpath "$moved/$libdir/libnewsdoc.so.$soversion")" ] ||
			die "the moved $bindir/newsdoc does not load the moved library (RUNPATH), it loads '$loaded'"
		echo "ok: the moved $bindir/newsdoc loads $moved/$libdir/libnewsdoc.so.$soversion"
		# A manifest whose library lies outside the allowed folders: the
		# error names the moved plugin folder, not the configured one.
		mkdir -p "$moved/outside"
		cp "$moved/$plugindir/libnewsdoc-export-markdown.so" "$moved/outside/"
		bad=$moved/$manifestdir/zz-outside.json
		outside=$(realpath --relative-to="$moved/$manifestdir" "$moved/outside/libnewsdoc-export-markdown.so")
		sed "s|\"library_path\": \"[^\"]*\"|\"library_path\": \"$outside\"|" \
			"$moved/$manifestdir/export-markdown.json" >"$bad"
		grep -qF "\"$outside\"" "$bad" || die "could not write $bad"
		msg=$(env -u LD_LIBRARY_PATH "$cli_bin" plugin check "$bad" 2>&1) && die "plugin check accepted $bad"
		echo "    $msg"
		grep -qF "leads outside the allowed folders" <<<"$msg" || die "plugin check did not give the 'leads outside' error"
		grep -qF "and $(cd "$moved/$plugindir" && pwd -P))" <<<"$msg" ||
			die "the 'leads outside' error does not name the moved plugin folder $moved/$plugindir"
		echo "ok: the 'leads outside' error names the moved plugin folder"
		rm -f "$bad"
	fi
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
	# pkg-config --static adds the private dependencies.
	mapfile -t libs < <(static_libs)
	set -x
	$cc prog.c -o prog_static $(pkg-config --cflags libnewsdoc) "${libs[@]}"
	{ set +x; } 2>/dev/null
	if readelf -d prog_static | grep 'NEEDED.*libnewsdoc' >/dev/null; then
		die "prog_static still needs libnewsdoc.so"
	fi
	nm prog_static | grep -E ' T newsdoc_parse$' >/dev/null || die "newsdoc_parse is not linked into prog_static"
	run_prog "statically linked C program" ./prog_static
	# The archive has no file of its own to find the prefix from: it must
	# know the prefix it was installed to, and use that prefix's plugins.
	$cc prog_plugins.c -o prog_plugins_static $(pkg-config --cflags libnewsdoc) "${libs[@]}"
	if readelf -d prog_plugins_static | grep 'NEEDED.*libnewsdoc' >/dev/null; then
		die "prog_plugins_static still needs libnewsdoc.so"
	fi
	run_plugins_prog "statically linked C program using the installed plugins" ./prog_plugins_static
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
