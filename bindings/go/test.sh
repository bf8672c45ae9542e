#!/usr/bin/env bash
# The Go binding's tests, run against an installed libnewsdoc the way a
# user builds a Go program: pkg-config finds the installed library, the
# loader finds libnewsdoc.so.1, plugins come from the installed manifests.
#
#   bindings/go/test.sh PREFIX [BUILD_DIR]
#
# PREFIX: where `cmake --install BUILD --prefix PREFIX` put the library.
# BUILD_DIR (default $BUILD_DIR or build, relative to the repository): the
# build tree, whose plugins.d the tests load as well; skipped when absent.
#
# Runs gofmt, go vet and go test (dynamic and -tags newsdoc_static, plus
# the concurrency tests under -race where the toolchain supports it), the
# 10,000-parse memory test (NEWSDOC_GO_MEMTEST=0 skips it), the example
# program on the seed page (../shared/seed/article.html, or $NEWSDOC_SEED),
# and a program outside the repository that uses the binding through a
# go.mod `replace`, linked both ways. It installs nothing except Debian's
# golang-go when no Go toolchain is found, and needs no network (the
# binding uses the standard library only; GOPROXY=off).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
	echo "usage: $0 PREFIX [BUILD_DIR]   (PREFIX: an installed libnewsdoc)" >&2
	exit 2
fi
prefix=$(cd "$1" && pwd)
build=${2:-${BUILD_DIR:-build}}
case $build in /*) ;; *) build=$root/$build ;; esac

step() { printf '\n==> go binding: %s\n' "$*"; }
fail() { printf 'go binding: FAILED: %s\n' "$*" >&2; exit 1; }

# ---- toolchain ----------------------------------------------------------
if ! command -v go >/dev/null 2>&1; then
	for d in /usr/local/go/bin /usr/lib/go/bin; do
		if [ -x "$d/go" ]; then PATH=$d:$PATH; break; fi
	done
fi
if ! command -v go >/dev/null 2>&1; then
	step "no Go toolchain: installing Debian's golang-go"
	if [ "$(id -u)" != 0 ]; then fail "go is missing; install golang-go (needs root)"; fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y --no-install-recommends golang-go ||
		{ apt-get update && apt-get install -y --no-install-recommends golang-go; }
	command -v go >/dev/null 2>&1 || PATH=/usr/lib/go/bin:$PATH
fi
command -v pkg-config >/dev/null 2>&1 || fail "pkg-config is missing"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdoc-go.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# ---- environment: the installed library, no network, no toolchain fetch ---
pc=$(find "$prefix" -name libnewsdoc.pc -path '*/pkgconfig/*' -print -quit)
[ -n "$pc" ] || fail "no libnewsdoc.pc under $prefix (run cmake --install first)"
pcdir=$(dirname "$pc")
libdir=$(dirname "$pcdir")
export PKG_CONFIG_PATH=$pcdir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
# Go's build cache keys a cgo package by its CGO_* flags, not by what
# pkg-config answers: a package built against an earlier prefix (its -L
# recorded) would be reused and link against a folder that is gone.
# Naming this prefix's library folder here makes the key change with it.
export CGO_LDFLAGS="${CGO_LDFLAGS:--O2 -g} -L$libdir"
export LD_LIBRARY_PATH=$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export NEWSDOC_PLUGIN_PATH=$prefix/share/newsdoc/1/plugins.d
unset NEWSDOC_ADD_PLUGIN_PATH
[ -d "$NEWSDOC_PLUGIN_PATH" ] || fail "no installed manifests in $NEWSDOC_PLUGIN_PATH"
export GOFLAGS=-mod=mod GOTOOLCHAIN=local GOPROXY=off CGO_ENABLED=1
[ -n "${HOME:-}" ] || export HOME=$tmp/home
export NEWSDOC_GO_PREFIX=$prefix NEWSDOC_GO_REQUIRE=1
if [ -d "$build/plugins.d" ]; then
	export NEWSDOC_GO_BUILD_DIR=$build
else
	echo "go binding: note: no build tree at $build; its plugins.d tests are skipped"
fi
seed=${NEWSDOC_SEED:-$root/../shared/seed/article.html}
if [ -f "$seed" ]; then
	seed=$(cd "$(dirname "$seed")" && pwd)/$(basename "$seed")
	export NEWSDOC_SEED=$seed
else
	echo "go binding: warning: no seed page at $seed; seed checks are skipped"
	seed=
fi
seed_url=https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-high-level-meeting

step "$(go version); libnewsdoc $(pkg-config --modversion libnewsdoc) from $prefix"
cd "$here"

step "gofmt"
unformatted=$(gofmt -l .)
[ -z "$unformatted" ] || fail "not gofmt'ed: $unformatted"

step "go vet (dynamic and static)"
go vet ./...
go vet -tags newsdoc_static ./...

summary() { # the test log: counts, and what was skipped
	local log=$1
	printf '  %s passed, %s skipped, %s failed\n' "$(grep -c -- '--- PASS' "$log" || true)" \
		"$(grep -c -- '--- SKIP' "$log" || true)" "$(grep -c -- '--- FAIL' "$log" || true)"
	awk '/--- SKIP/ { print "  " $0; skip = 1; next } skip && /^    / { print "  " $0; next } { skip = 0 }' "$log"
}
for mode in dynamic static; do
	tags=; [ $mode = static ] && tags=-tags=newsdoc_static
	step "go test ($mode)"
	log=$tmp/test-$mode.log
	if ! go test $tags -count=1 -v -cover ./... >"$log" 2>&1; then
		cat "$log"; fail "go test ($mode)"
	fi
	grep -E '^(ok|FAIL|\?) ' "$log" | sed 's/^/  /'
	summary "$log"
done

step "go test -race (concurrency tests)"
if go test -race -count=1 -run 'Concurrent|PerCall|Finalizers|Discovery' . >"$tmp/race.log" 2>&1; then
	sed 's/^/  /' "$tmp/race.log"
elif grep -q -e '-race is not supported' -e 'race detector' "$tmp/race.log"; then
	echo "  the race detector is not available with this toolchain: skipped"
else
	cat "$tmp/race.log"; fail "go test -race"
fi

if [ "${NEWSDOC_GO_MEMTEST:-1}" = 1 ] && [ -n "$seed" ]; then
	step "memory: the seed page parsed 10,000 times (NEWSDOC_GO_MEMTEST=0 skips)"
	if ! NEWSDOC_GO_MEMTEST=1 go test -count=1 -v -run '^TestMemory$' . >"$tmp/mem.log" 2>&1; then
		cat "$tmp/mem.log"; fail "memory test"
	fi
	grep -E 'VmRSS|--- ' "$tmp/mem.log" | sed 's/^ *//; s/^/  /'
fi

# check_output FILE: what the example and the outside program must print
# for the seed page.
check_output() {
	local out=$1 want
	for want in \
		"UN addresses human rights abuses in North Korea at high-level meeting" \
		"Federico Borello" "Interim Executive Director" "Human Rights Watch" \
		"the representative: " "Ji Seong-ho: " "The representatives: " \
		"Heritage Foundation praises US-brokered ceasefire between Azerbaijan and Armenia" \
		"Supreme Court rules against Mexico’s lawsuit targeting U.S. gun manufacturers" \
		"Supreme Court rules in favor of Catholic Charities Bureau in tax exemption case"; do
		grep -qF -- "$want" "$out" || { cat "$out"; fail "output of $2 lacks: $want"; }
	done
}

not_linked_to_so() { # BINARY: no DT_NEEDED on libnewsdoc.so
	if command -v readelf >/dev/null 2>&1 && readelf -d "$1" | grep -q 'NEEDED.*libnewsdoc\.so'; then
		fail "$1 (static) needs libnewsdoc.so"
	fi
}

step "example program (bindings/go/examples/extract)"
go build -o "$tmp/extract" ./examples/extract
go build -tags newsdoc_static -o "$tmp/extract-static" ./examples/extract
not_linked_to_so "$tmp/extract-static"
if [ -n "$seed" ]; then
	"$tmp/extract" -url "$seed_url" "$seed" | tee "$tmp/extract.out"
	check_output "$tmp/extract.out" "the example"
	env -u LD_LIBRARY_PATH "$tmp/extract-static" -url "$seed_url" "$seed" >"$tmp/extract-static.out"
	cmp -s "$tmp/extract.out" "$tmp/extract-static.out" || fail "static example prints something else"
	"$tmp/extract" -url "$seed_url" -format markdown "$seed" >"$tmp/extract.md"
	grep -qF "# UN addresses human rights abuses" "$tmp/extract.md" || fail "the example's markdown export"
	head -n 3 "$tmp/extract.md" | sed 's/^/  markdown: /'
	# Statically linked, with no variable naming the folders: libnewsdoc.a
	# must know the prefix it was installed to and read its plugins.
	env -u LD_LIBRARY_PATH -u NEWSDOC_PLUGIN_PATH "$tmp/extract-static" -url "$seed_url" -format markdown "$seed" \
		>"$tmp/extract-static.md" || fail "the static example without NEWSDOC_PLUGIN_PATH"
	cmp -s "$tmp/extract.md" "$tmp/extract-static.md" ||
		fail "the static example without NEWSDOC_PLUGIN_PATH exports other markdown (installed plugins not found?)"
else
	"$tmp/extract" testdata/ferry.html | grep -q "Harbour ferry returns after repairs" || fail "example on testdata/ferry.html"
fi

step "a program outside the repository (go.mod replace => bindings/go)"
app=$tmp/outside
mkdir -p "$app"
cat >"$app/go.mod" <<MOD
module example.com/newsdoc-outside

go 1.19

require libnewsdoc.org/newsdoc v0.0.0-00010101000000-000000000000

replace libnewsdoc.org/newsdoc => $here
MOD
cat >"$app/main.go" <<'GO'
// Prints the title, the author with role, the quotes with their speakers
// and the related titles of a news page.
package main

import (
	"fmt"
	"os"

	"libnewsdoc.org/newsdoc"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: outside PAGE URL")
		os.Exit(2)
	}
	page, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	reg, err := newsdoc.NewRegistry() // plugins from NEWSDOC_PLUGIN_PATH
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer reg.Close()
	doc, err := reg.Parse(page, os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer doc.Close()
	fmt.Println("title:", doc.Title())
	for _, a := range doc.Authors() {
		fmt.Printf("author: %s (%s, %s)\n", a.Name, a.Role, a.Affiliation)
	}
	for _, q := range doc.Quotes() {
		fmt.Printf("quote: %s: %q\n", q.Speaker, q.Text)
	}
	for _, r := range doc.Related() {
		fmt.Println("related:", r.Title)
	}
}
GO
(cd "$app" && go build -o outside . && go build -tags newsdoc_static -o outside-static .)
not_linked_to_so "$app/outside-static"
if [ -n "$seed" ]; then
	(cd "$app" && ./outside "$seed" "$seed_url") | tee "$tmp/outside.out"
	check_output "$tmp/outside.out" "the outside program"
	[ "$(grep -c '^quote: ' "$tmp/outside.out")" = 3 ] || fail "the outside program did not print 3 quotes"
	[ "$(grep -c '^related: ' "$tmp/outside.out")" = 3 ] || fail "the outside program did not print 3 related titles"
	(cd "$app" && env -u LD_LIBRARY_PATH ./outside-static "$seed" "$seed_url") >"$tmp/outside-static.out"
	cmp -s "$tmp/outside.out" "$tmp/outside-static.out" || fail "the static outside program prints something else"
	echo "  (the statically linked build prints the same)"
fi

step "passed"
