#!/usr/bin/env bash
# The Spark job's tests (newsdoc.spark, issue 18), after bindings/python/test.sh:
#
#   bindings/python/spark-test.sh PREFIX [BUILD_DIR]
#
# PREFIX: an installed libnewsdoc (its bin/newsdoc is the reference the
# documents are compared with); BUILD_DIR is accepted for symmetry with the
# other binding scripts.
#
# A fresh venv gets `pip install bindings/python[spark]` (pyspark, FastWARC
# and warcio, pinned in the package's extras) and pytest; mypy --strict runs
# on the package with pyspark there (test.sh runs it without), then pytest
# on bindings/python/spark-tests: one Spark session, local[2], bound to
# 127.0.0.1. The first run on a machine downloads pyspark (a 317 MB sdist)
# and builds its wheel; pip's cache makes later runs quick.
#
# Skipped, with the reason printed, when there is no Java (Spark needs a
# JVM: Debian's default-jre-headless), no Python 3.9+ able to make venvs,
# or no PyPI and no pip cache. A missing WARC sample folder
# (../shared/bench/warc) fails, as every other skip does.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
PYTEST=pytest==8.3.5
MYPY=mypy==1.15.0

say() { printf '\n==> python spark: %s\n' "$*"; }
die() { printf 'python spark: FAILED: %s\n' "$*" >&2; exit 1; }
skip() { printf '\n==> python spark: SKIPPED: %s\n' "$*"; exit 0; }

[ $# -ge 1 ] && [ -d "$1" ] || die "usage: $0 PREFIX [BUILD_DIR]   (PREFIX: an installed libnewsdoc)"
prefix=$(cd "$1" && pwd)
started=$(date +%s)

if ! command -v java >/dev/null || ! java -version >/dev/null 2>&1; then
	skip "no Java on PATH: Spark needs a JVM (Debian: apt-get install default-jre-headless); the Spark job is untested here"
fi
python=${PYTHON:-python3}
command -v "$python" >/dev/null || skip "no $python on PATH"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 9))' || skip "$python is older than 3.9"
"$python" -c 'import venv, ensurepip' 2>/dev/null || skip "$python cannot make venvs (Debian: apt-get install python3-venv)"

libdir=$(dirname "$(ls "$prefix"/lib*/libnewsdoc.so.1 "$prefix"/lib/*-linux-gnu/libnewsdoc.so.1 2>/dev/null | head -n1)")
[ -e "$libdir/libnewsdoc.so.1" ] || die "no libnewsdoc.so.1 under $prefix/lib*"
[ -x "$prefix/bin/newsdoc" ] || die "no $prefix/bin/newsdoc"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdoc-spark.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

unset NEWSDOC_LIBRARY NEWSDOC_PLUGIN_PATH NEWSDOC_ADD_PLUGIN_PATH NEWSDOC_DEBUG NEWSDOC_BUNDLE PYTHONPATH
unset PYSPARK_SUBMIT_ARGS SPARK_HOME
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
export NEWSDOC_SOURCE_DIR=$root NEWSDOC_CLI=$prefix/bin/newsdoc NEWSDOC_CLI_LIBDIR=$libdir
export NEWSDOC_PY_STRICT=1 SPARK_LOCAL_IP=127.0.0.1
# The pure package loads the installed library; Spark's Python workers
# inherit the variable.
export LD_LIBRARY_PATH=$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}

say "$("$python" --version), $(java -version 2>&1 | head -n1)"
"$python" -m venv "$tmp/venv"
py=$tmp/venv/bin/python
say "pip install ./bindings/python[spark] $PYTEST $MYPY (pyspark is a 317 MB download the first time)"
pip_started=$(date +%s)
# Installed from a copy, so that setuptools leaves nothing in the checkout
# (and, finding no checkout around it, makes the pure package).
mkdir "$tmp/pkg"
cp -r "$here/newsdoc" "$here/setup.py" "$here/pyproject.toml" "$here/README.md" "$here/MANIFEST.in" "$tmp/pkg/"
"$py" -m pip install -q "$tmp/pkg[spark]" "$PYTEST" "$MYPY" >"$tmp/pip.log" 2>&1 || {
	sed 's/^/  /' "$tmp/pip.log" | tail -n 20
	grep -qiE 'connection|resolve|network|temporary failure|no matching distribution' "$tmp/pip.log" &&
		skip "the spark extra cannot be installed (no PyPI, no pip cache)"
	die "pip install ./bindings/python[spark]"
}
"$py" -c 'import pyspark, fastwarc, warcio' 2>/dev/null ||
	die "pip install ./bindings/python[spark] did not bring pyspark, fastwarc and warcio: the spark extra of bindings/python/pyproject.toml"
"$py" -m pip list 2>/dev/null | grep -iE '^(pyspark|fastwarc|warcio|py4j) ' | sed 's/^/  /'
echo "  installed in $(($(date +%s) - pip_started)) s"

say "mypy --strict (Python 3.9 rules) on the package, pyspark installed"
(cd "$tmp" && "$py" -m mypy --strict --python-version 3.9 -p newsdoc)

# The tests run from a copy outside the source tree (the installed package
# is the one imported); they share the binding's tests/conftest.py.
cp -r "$here/tests" "$tmp/tests"
cp -r "$here/spark-tests" "$tmp/spark-tests"
rm -rf "$tmp/tests/__pycache__" "$tmp/spark-tests/__pycache__"

say "pytest spark-tests (one Spark session, local[2])"
tests_started=$(date +%s)
(cd "$tmp" && "$py" -m pytest -p no:cacheprovider -q -rs spark-tests)
echo "  tests in $(($(date +%s) - tests_started)) s"

say "passed in $(($(date +%s) - started)) s"
