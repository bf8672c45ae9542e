#!/usr/bin/env bash
# The Python binding's tests, run the two ways users install it:
#
#   bindings/python/test.sh PREFIX [BUILD_DIR]
#
# PREFIX: where `cmake --install BUILD --prefix PREFIX` put libnewsdoc (its
# bin/newsdoc is the reference the documents are compared with).
# BUILD_DIR is accepted for symmetry with the Go and Rust scripts; the
# Python tests use the installed copy and the self-contained wheel only.
#
# 1. `pip install ./bindings/python` into a fresh venv: a pure package that
#    loads the installed libnewsdoc (LD_LIBRARY_PATH=PREFIX/lib, which is
#    how a library outside the ld.so cache is found); pytest, mypy --strict
#    on the package, the 10,000-parse memory test (NEWSDOC_PY_MEMTEST=0
#    skips it), and a program outside the repository using the API.
# 2. `python -m build bindings/python`: the sdist (with libnewsdoc's
#    sources) and from it the wheel carrying libnewsdoc.so.1 and its
#    plugins; its layout is checked.
# 3. That wheel in another fresh venv, with no libnewsdoc on the loader's
#    path and no NEWSDOC_* variable: pytest and the outside program again,
#    then the same with Python 3.9 when a python3.9 is installed.
#
# Tools come from PyPI into the venvs (pinned below; pip's cache makes
# later runs quick): the package itself needs only the standard library.
# FastWARC and warcio (the `warc` extra) go into the venvs that run pytest,
# for newsdoc.warc's tests (tests/test_warc.py).
# The seed page is ../shared/seed/article.html (or $NEWSDOC_SEED); the
# checks that need it are skipped with a warning when it is absent. Every
# other skip is a failure (NEWSDOC_PY_STRICT=1).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PYTEST=pytest==8.3.5
MYPY=mypy==1.15.0
BUILD=build==1.2.2.post1
# newsdoc.warc's readers, as the package's `warc` extra pins them.
WARC_READERS="fastwarc==2.0.1 warcio==1.8.1"

say() { printf '\n==> python binding: %s\n' "$*"; }
die() { printf 'python binding: FAILED: %s\n' "$*" >&2; exit 1; }

[ $# -ge 1 ] && [ -d "$1" ] || die "usage: $0 PREFIX [BUILD_DIR]   (PREFIX: an installed libnewsdoc)"
prefix=$(cd "$1" && pwd)
started=$(date +%s)

# Python and pytest are the only things whose absence skips this script
# (exit 0 with the reason); everything else missing is a failure.
skip() { printf '\n==> python binding: SKIPPED: %s\n' "$*"; exit 0; }
python=${PYTHON:-python3}
command -v "$python" >/dev/null || skip "no $python on PATH"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 9))' || skip "$python is older than 3.9"
if ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
	# Debian splits venv out of python3; install it as the other bindings
	# install their toolchains, unless told not to.
	if [ "${NEWSDOC_NO_APT:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		say "$python cannot make venvs: installing Debian's python3-venv"
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv >/dev/null ||
			{ apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv >/dev/null; } || true
	fi
	"$python" -c 'import venv, ensurepip' 2>/dev/null ||
		skip "$python cannot make venvs, so pytest cannot be installed (Debian: apt-get install python3-venv)"
fi

libdir=
for d in "$prefix/lib" "$prefix/lib64" "$prefix"/lib/*-linux-gnu; do
	if [ -e "$d/libnewsdoc.so.1" ]; then libdir=$d; break; fi
done
[ -n "$libdir" ] || die "no libnewsdoc.so.1 under $prefix/lib*"
[ -x "$prefix/bin/newsdoc" ] || die "no $prefix/bin/newsdoc"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdoc-python.XXXXXX")
# setuptools leaves build/ and newsdoc.egg-info/ beside setup.py (pip
# install ./bindings/python, the sdist): removed again unless they were
# there before this run.
leftovers=
for d in "$here/build" "$here/newsdoc.egg-info"; do [ -e "$d" ] || leftovers="$leftovers $d"; done
trap 'rm -rf "$tmp" $leftovers' EXIT

# The environment every step shares: nothing that would choose a library
# or plugins for the package behind the tests' back.
unset NEWSDOC_LIBRARY NEWSDOC_PLUGIN_PATH NEWSDOC_ADD_PLUGIN_PATH NEWSDOC_DEBUG NEWSDOC_BUNDLE PYTHONPATH
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
export NEWSDOC_SOURCE_DIR=$root NEWSDOC_CLI=$prefix/bin/newsdoc NEWSDOC_CLI_LIBDIR=$libdir
export NEWSDOC_INCLUDE_DIR=$prefix/include NEWSDOC_PY_STRICT=1
seed=${NEWSDOC_SEED:-$root/../shared/seed/article.html}
if [ -f "$seed" ]; then
	export NEWSDOC_SEED=$(cd "$(dirname "$seed")" && pwd)/$(basename "$seed")
else
	echo "python binding: warning: no seed page at $seed; its checks are skipped"
	unset NEWSDOC_SEED
	seed=
fi
seed_url=https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-high-level-meeting

# The tests run from a copy outside the source tree, so `import newsdoc`
# can only find the installed package.
cp -r "$here/tests" "$tmp/tests"
rm -rf "$tmp/tests/__pycache__"

new_venv() { # NAME [PYTHON]: a fresh venv; prints its python
	"${2:-$python}" -m venv "$tmp/$1" >&2
	echo "$tmp/$1/bin/python"
}

run_pytest() { # VENV_PYTHON EXPECT [ENV...]: the suite, its summary line, the skips
	local py=$1 expect=$2
	shift 2
	(cd "$tmp" && env "$@" NEWSDOC_PY_EXPECT="$expect" NEWSDOC_PY_WARC_MISSING="$warc_missing" \
		"$py" -m pytest -p no:cacheprovider -q -rs tests)
}

# The WARC readers into a venv. A reader pip cannot install at all (no
# wheel for this Python, no PyPI) is named in NEWSDOC_PY_WARC_MISSING, and
# only then do the WARC tests skip, saying which; any other absence fails.
warc_missing=
install_warc_readers() { # VENV_PYTHON
	local pin
	warc_missing=
	for pin in $WARC_READERS; do
		if ! "$1" -m pip install -q "$pin" >"$tmp/pip-warc.log" 2>&1; then
			sed 's/^/  /' "$tmp/pip-warc.log" | tail -n 5
			echo "python binding: warning: $pin cannot be installed here; the WARC tests that need it are skipped"
			warc_missing="$warc_missing ${pin%%==*}"
		fi
	done
}

# A program written against the API of issue 17, run as a user would.
cat >"$tmp/outside.py" <<'PY'
import sys

import newsdoc

path, url = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    doc = newsdoc.parse(f.read(), url)
print("title:", doc.title)
for a in doc.authors:
    print(f"author: {a.name} ({a.role}, {a.affiliation})")
for q in doc.quotes:
    print(f"quote: {q.speaker}: {q.text}")
for r in doc.related:
    print("related:", r.title)
print("markdown:", doc.export("markdown").splitlines()[0])
assert doc.to_dict() == __import__("json").loads(doc.export("json"))
with newsdoc.Registry() as reg:
    print("parsers:", len(reg.parsers), "exporters:", len(reg.exporters), "plugins:", len(reg.plugins))
print("library:", newsdoc.library_version(), newsdoc.__version__)
PY
check_outside() { # VENV_PYTHON [ENV...]
	local py=$1
	shift
	[ -n "$seed" ] || return 0
	(cd "$tmp" && env "$@" "$py" outside.py "$NEWSDOC_SEED" "$seed_url") >"$tmp/outside.out" || die "the outside program"
	sed 's/^/  /' "$tmp/outside.out"
	for want in "title: UN addresses human rights abuses in North Korea at high-level meeting" \
		"author: Federico Borello (Interim Executive Director, Human Rights Watch)" \
		"quote: Ji Seong-ho: Each time I hear people speak up for us" \
		"related: Supreme Court rules in favor of Catholic Charities Bureau in tax exemption case" \
		"markdown: # UN addresses human rights abuses"; do
		grep -qF -- "$want" "$tmp/outside.out" || die "the outside program did not print: $want"
	done
	[ "$(grep -c '^quote: ' "$tmp/outside.out")" = 3 ] || die "the outside program did not print 3 quotes"
}

# ---- 1. a pure package over the installed library ----------------------------
say "$("$python" --version); libnewsdoc $(cat "$prefix/lib"*/pkgconfig/libnewsdoc.pc 2>/dev/null | sed -n 's/^Version: //p' | head -n1) in $libdir"
say "pip install ./bindings/python (the installed libnewsdoc)"
py=$(new_venv installed)
"$py" -m pip install -q "$PYTEST" >"$tmp/pip.log" 2>&1 ||
	{ sed 's/^/  /' "$tmp/pip.log"; skip "pytest cannot be installed into a venv (no PyPI, no pip cache)"; }
"$py" -m pip install -q "$MYPY"
(cd "$root" && "$py" -m pip install -q ./bindings/python)
install_warc_readers "$py"
site=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
[ ! -e "$site/newsdoc/lib" ] || die "the pure install carries a library"
ls "$site"/newsdoc-*.dist-info >/dev/null || die "no newsdoc dist-info"
grep -q '^Tag: py3-none-any$' "$site"/newsdoc-*.dist-info/WHEEL || die "the pure wheel is not py3-none-any"

say "mypy --strict (Python 3.9 rules) on the installed package"
(cd "$tmp" && "$py" -m mypy --strict --python-version 3.9 -p newsdoc)

say "pytest against libnewsdoc in $libdir"
run_pytest "$py" system LD_LIBRARY_PATH="$libdir"
check_outside "$py" LD_LIBRARY_PATH="$libdir"
(cd "$tmp" && LD_LIBRARY_PATH="$libdir" "$py" -m pydoc newsdoc >"$tmp/pydoc.txt") || die "pydoc newsdoc"
grep -q "parse(data" "$tmp/pydoc.txt" || die "pydoc newsdoc does not show parse"

if [ "${NEWSDOC_PY_MEMTEST:-1}" = 1 ]; then
	say "memory: 10,000 parses (NEWSDOC_PY_MEMTEST=0 skips)"
	(cd "$tmp" && LD_LIBRARY_PATH="$libdir" NEWSDOC_PY_MEMTEST=1 "$py" -m pytest -p no:cacheprovider -q -s \
		tests/test_memory.py -k ten_thousand) >"$tmp/mem.log" 2>&1 || { cat "$tmp/mem.log"; die "memory test"; }
	grep -E 'python memory check|passed|failed' "$tmp/mem.log" | sed 's/^/  /'
	grep -q 'python memory check' "$tmp/mem.log" || die "the memory test did not run"
fi

# ---- 2. the self-contained wheel --------------------------------------------------
say "python -m build bindings/python (sdist, then the wheel from it)"
builder=$(new_venv builder)
"$builder" -m pip install -q "$BUILD"
build_started=$(date +%s)
(cd "$root" && env -u LD_LIBRARY_PATH CMAKE_BUILD_PARALLEL_LEVEL="${JOBS:-$(nproc 2>/dev/null || echo 2)}" \
	"$builder" -m build bindings/python --outdir "$tmp/dist") >"$tmp/build.log" 2>&1 ||
	{ tail -n 60 "$tmp/build.log"; die "python -m build"; }
echo "  built in $(($(date +%s) - build_started)) s:"
ls "$tmp/dist" | sed 's/^/  /'
wheel=$(ls "$tmp"/dist/newsdoc-*-py3-none-linux_*.whl 2>/dev/null | head -n1)
[ -n "$wheel" ] || die "no py3-none-linux wheel in $tmp/dist"
sdist=$(ls "$tmp"/dist/newsdoc-*.tar.gz | head -n1)
# Listed to a file first: grep -q stopping early would make tar fail (pipefail).
tar -tzf "$sdist" >"$tmp/sdist.list"
grep -q '/csrc/libnewsdoc/parse.c$' "$tmp/sdist.list" || die "the sdist lacks libnewsdoc's sources"
"$builder" - "$wheel" "$tmp" <<'PY' || die "the wheel's layout"
import sys, zipfile
wheel, tmp = sys.argv[1], sys.argv[2]
names = zipfile.ZipFile(wheel).namelist()
need = ["newsdoc/lib/libnewsdoc.so.1", "newsdoc/py.typed", "newsdoc/share/newsdoc/newsdoc.schema.json"]
missing = [n for n in need if n not in names]
plugins = [n for n in names if n.startswith("newsdoc/lib/newsdoc/1/plugins/") and n.endswith(".so")]
manifests = [n for n in names if n.startswith("newsdoc/share/newsdoc/1/plugins.d/") and n.endswith(".json")]
stray = [n for n in names if n.endswith(".so") or ".so." in n]
stray = [n for n in stray if n not in plugins and n != "newsdoc/lib/libnewsdoc.so.1"]
print(f"  {len(names)} files: libnewsdoc.so.1, {len(plugins)} plugin libraries, {len(manifests)} manifests")
assert not missing, missing
assert len(plugins) >= 4 and len(manifests) >= 10, (plugins, manifests)
assert not stray, stray
# The optional extras: the WARC readers and Spark, pinned; nothing required.
meta = next(zipfile.ZipFile(wheel).read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
for want in ("Provides-Extra: warc", "Provides-Extra: spark", 'Requires-Dist: fastwarc==2.0.1; extra == "warc"',
             'Requires-Dist: warcio==1.8.1; extra == "warc"', 'Requires-Dist: pyspark==3.5.3; extra == "spark"'):
    assert want in meta, f"the wheel's METADATA lacks {want!r}"
required = [l for l in meta.splitlines() if l.startswith("Requires-Dist:") and "extra ==" not in l]
assert not required, required
# The compiled-in folders must not name the temporary build folder.
with zipfile.ZipFile(wheel) as z:
    for name in ["newsdoc/lib/libnewsdoc.so.1"] + plugins:
        data = z.read(name)
        for bad in (b"build-via-sdist", tmp.encode()):
            assert bad not in data, f"{name} names {bad!r}"
PY

# ---- 3. the wheel on its own --------------------------------------------------------
test_wheel() { # PYTHON LABEL
	local py
	py=$(new_venv "wheel-$2" "$1")
	"$py" -m pip install -q "$PYTEST" "$wheel"
	install_warc_readers "$py"
	say "pytest against the wheel ($("$py" --version)), no libnewsdoc on the loader's path"
	run_pytest "$py" bundled -u LD_LIBRARY_PATH
	check_outside "$py" -u LD_LIBRARY_PATH
}
test_wheel "$python" main
if py39=$(command -v python3.9) && "$py39" -c 'import venv, ensurepip' 2>/dev/null; then
	test_wheel "$py39" py39
else
	echo "python binding: note: no python3.9 here; the oldest supported Python was checked by mypy only"
fi

say "passed in $(($(date +%s) - started)) s"
