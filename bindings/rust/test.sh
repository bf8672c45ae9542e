#!/usr/bin/env bash
# The Rust binding's CI job, run after the C tests against the library
# installed into a prefix, the way a user would build it:
#
#   cmake --install build --prefix "$P"
#   bindings/rust/test.sh "$P" [BUILD_DIR]
#
# BUILD_DIR (default $BUILD_DIR, else build) is the CMake build tree; its
# plugins.d is tested too, and cargo builds into BUILD_DIR/rust-target
# (or $CARGO_TARGET_DIR).
#
# It runs: cargo test (libnewsdoc.so, then --features static: libnewsdoc.a),
# cargo clippy -D warnings, cargo fmt --check (when rustfmt is there), the
# api/seed/plugin tests under valgrind (when installed), the extract example
# on the seed page, the 10,000-parse memory check, and a
# small crate made outside the repository that depends on the binding by
# path. The seed page is ../shared/seed/article.html (or $NEWSDOC_SEED);
# the steps that need it are skipped with a warning when it is absent.
# The crates have no dependencies, so cargo runs --offline.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
seed_url='https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-high-level-meeting'

say() { printf 'rust: %s\n' "$*"; }
die() { printf 'rust: error: %s\n' "$*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: $0 PREFIX [BUILD_DIR]"
[ -d "$1" ] || die "$1 is not a folder (an installed prefix)"
prefix=$(cd "$1" && pwd)
build=${2:-${BUILD_DIR:-build}}
case $build in /*) ;; *) build=$root/$build ;; esac

# ---- the installed library ------------------------------------------------
pcdir=
for d in "$prefix"/lib/pkgconfig "$prefix"/lib64/pkgconfig "$prefix"/lib/*/pkgconfig; do
	if [ -f "$d/libnewsdoc.pc" ]; then pcdir=$d; break; fi
done
[ -n "$pcdir" ] || die "no libnewsdoc.pc under $prefix/lib*/pkgconfig"
export PKG_CONFIG_PATH="$pcdir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
libdir=$(pkg-config --variable=libdir libnewsdoc)
manifestdir=$(pkg-config --variable=manifestdir libnewsdoc)
export LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export NEWSDOC_PLUGIN_PATH="$prefix/share/newsdoc/1/plugins.d"
[ -d "$NEWSDOC_PLUGIN_PATH" ] || NEWSDOC_PLUGIN_PATH=$manifestdir
unset NEWSDOC_ADD_PLUGIN_PATH NEWSDOC_DEBUG
if [ -d "$build/plugins.d" ]; then
	export NEWSDOC_BUILD_DIR=$build
else
	say "warning: $build/plugins.d is missing; the build-tree plugin test will fail"
	export NEWSDOC_BUILD_DIR=$build
fi
# Skips are failures, except for the seed page, which may be absent.
export NEWSDOC_TEST_STRICT=1
seed=${NEWSDOC_SEED:-$root/../shared/seed/article.html}
if [ -f "$seed" ]; then
	seed=$(cd "$(dirname "$seed")" && pwd)/$(basename "$seed")
	export NEWSDOC_SEED=$seed
else
	say "warning: the seed page $seed is absent: its tests, the example and the outside crate are skipped"
	seed=
fi
if [ -d "$build" ]; then
	export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$build/rust-target}
else
	export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$here/target}
fi

# ---- the toolchain ----------------------------------------------------------
min_rust=1.77
version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }
rust_ok() {
	command -v cargo >/dev/null 2>&1 && command -v rustc >/dev/null 2>&1 &&
		version_ge "$(rustc --version | awk '{print $2}')" "$min_rust"
}
if ! rust_ok && [ -x "$HOME/.cargo/bin/cargo" ]; then
	export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! rust_ok && command -v rustup >/dev/null 2>&1; then
	say "installing the stable toolchain with rustup"
	{ rustup toolchain install stable --profile minimal -c clippy -c rustfmt && rustup default stable; } || true
fi
if ! command -v cargo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
	say "installing cargo from Debian"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cargo rustc >/dev/null
fi
command -v cargo >/dev/null 2>&1 || die "cargo is not installed and could not be installed"
rust_ok || die "rustc $(rustc --version | awk '{print $2}') is older than $min_rust (offset_of!, let-else); install a newer toolchain with rustup"
if ! cargo clippy --version >/dev/null 2>&1; then
	if command -v rustup >/dev/null 2>&1; then
		rustup component add clippy || true
	fi
	cargo clippy --version >/dev/null 2>&1 || die "cargo clippy is not available (rustup component add clippy)"
fi
say "$(rustc --version); $(cargo --version); $(cargo clippy --version)"
say "library: $(pkg-config --modversion libnewsdoc) in $libdir; plugins: $NEWSDOC_PLUGIN_PATH"

cargo=(cargo --offline)
cd "$here"

# ---- tests --------------------------------------------------------------------
say "cargo test (dynamic: libnewsdoc.so)"
"${cargo[@]}" test --workspace
say "cargo test --features static (libnewsdoc.a)"
"${cargo[@]}" test --workspace --features newsdoc/static
say "cargo doc (rustdoc warnings are errors; the doc-tests ran with cargo test)"
RUSTDOCFLAGS="-D warnings" "${cargo[@]}" doc --workspace --no-deps
say "cargo clippy -D warnings"
"${cargo[@]}" clippy --workspace --all-targets -- -D warnings
"${cargo[@]}" clippy --workspace --all-targets --features newsdoc/static -- -D warnings
if cargo fmt --version >/dev/null 2>&1; then
	say "cargo fmt --check"
	cargo fmt --all --check
fi

if command -v valgrind >/dev/null 2>&1; then
	say "valgrind: the api, seed and plugin tests (no leaks, no errors)"
	host=$(rustc -vV | sed -n 's/^host: //p' | tr 'a-z-' 'A-Z_')
	env "CARGO_TARGET_${host}_RUNNER=valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9" \
		"${cargo[@]}" test -q -p newsdoc --test api --test seed --test plugins -- --test-threads=1
else
	say "valgrind is not installed: leak check skipped"
fi

check_output() { # file: the title, author with role, 3 quotes with speakers, 3 related titles
	local out=$1
	grep -qx 'title: UN addresses human rights abuses in North Korea at high-level meeting' "$out" &&
		grep -qx 'author: Federico Borello (Interim Executive Director, Human Rights Watch)' "$out" &&
		[ "$(grep -c '^quote: .* -- \(the representative\|Ji Seong-ho\|The representatives\)$' "$out")" -eq 3 ] &&
		[ "$(grep -c '^related: ' "$out")" -eq 3 ] &&
		grep -qx 'related: Supreme Court rules in favor of Catholic Charities Bureau in tax exemption case' "$out"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -n "$seed" ]; then
	say "example: extract on the seed page"
	"${cargo[@]}" run --release -q -p newsdoc --example extract -- "$seed" --url "$seed_url" | tee "$tmp/example.out"
	check_output "$tmp/example.out" || die "the example's output is not the expected one"

	say "memory check: 10,000 parses of the seed page (release)"
	"${cargo[@]}" test --release -q -p newsdoc --test memory -- --ignored --nocapture 2>&1 | tee "$tmp/memory.out"
	grep -q '^rust memory check: VmRSS after 10,000' "$tmp/memory.out" || die "the memory check did not run"

	say "a crate outside the repository, using the binding by path"
	mkdir -p "$tmp/outside/src"
	cat >"$tmp/outside/Cargo.toml" <<EOF
[package]
name = "outside"
version = "0.1.0"
edition = "2021"

[dependencies]
newsdoc = { path = "$here/newsdoc" }
EOF
	cat >"$tmp/outside/src/main.rs" <<'EOF'
use newsdoc::{ParseOptions, Registry};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let html = std::fs::read(&args[1])?;
    let reg = Registry::new()?; // finds the plugins through NEWSDOC_PLUGIN_PATH
    let doc = newsdoc::parse(&reg, &html, Some(&args[2]), &ParseOptions::new())?;
    println!("title: {}", doc.title().unwrap_or(""));
    for a in doc.authors() {
        println!("author: {} ({}, {})", a.name(), a.role().unwrap_or("-"), a.affiliation().unwrap_or("-"));
    }
    for q in doc.quotes() {
        println!("quote: \u{201c}{}\u{201d} -- {}", q.text(), q.speaker().unwrap_or("?"));
    }
    for r in doc.related() {
        println!("related: {}", r.title().unwrap_or(""));
    }
    Ok(())
}
EOF
	(cd "$tmp/outside" && CARGO_TARGET_DIR="$tmp/outside/target" cargo --offline run -q -- "$seed" "$seed_url") |
		tee "$tmp/outside.out"
	check_output "$tmp/outside.out" || die "the outside crate's output is not the expected one"
fi

say "PASS"
