# Helpers shared by the CLI test scripts; sourced, not run.
#
# Every script is called by ctest as
#   sh test_X.sh NEWSDOC_EXECUTABLE SOURCE_DIR [PYTHON3]
# and exits 0 when all its checks pass, 1 when any fails, 77 when it
# cannot run here (ctest reports that as skipped).

set -u

if [ $# -lt 2 ]; then
	echo "usage: $0 NEWSDOC_EXECUTABLE SOURCE_DIR [PYTHON3]" >&2
	exit 2
fi
NEWSDOC=$1
SOURCE_DIR=$2
PYTHON=${3:-}
EXAMPLE_HTML=$SOURCE_DIR/examples/article.html
EXAMPLE_TEXT=$SOURCE_DIR/examples/article.txt
# Words from the example's headline, which any extraction keeps.
EXAMPLE_TITLE_WORDS="Port Averill votes to rebuild"

# ctest sets NEWSDOC_PLUGIN_PATH to the build tree's manifests; these two
# would still let the user's own plugins or debug logging in.
unset NEWSDOC_ADD_PLUGIN_PATH NEWSDOC_DEBUG
# Messages from strerror() are checked word for word.
LC_ALL=C
export LC_ALL

if [ ! -x "$NEWSDOC" ]; then
	echo "not executable: $NEWSDOC" >&2
	exit 1
fi

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/newsdoc-cli-test.XXXXXX") || exit 1
trap 'rm -rf "$WORK_DIR"' EXIT
OUT=$WORK_DIR/stdout
ERR=$WORK_DIR/stderr
failures=0
checks=0
current="(no command yet)"
status=0

# run ARGS...: run the CLI, keeping stdout, stderr and the exit status.
# Standard input is whatever the caller redirects into `run`.
run() {
	current="newsdoc $*"
	"$NEWSDOC" "$@" >"$OUT" 2>"$ERR"
	status=$?
}

fail() {
	failures=$((failures + 1))
	echo "FAIL: $current: $*" >&2
	echo "--- stdout (first lines):" >&2
	head -n 5 "$OUT" >&2
	echo "--- stderr:" >&2
	cat "$ERR" >&2
	echo "---" >&2
}

pass() {
	checks=$((checks + 1))
}

expect_status() {
	if [ "$status" -eq "$1" ]; then pass; else fail "exit status $status, expected $1"; fi
}

expect_stdout_has() {
	if grep -q -F -- "$1" "$OUT"; then pass; else fail "stdout lacks '$1'"; fi
}

expect_stderr_has() {
	if grep -q -F -- "$1" "$ERR"; then pass; else fail "stderr lacks '$1'"; fi
}

expect_stdout_empty() {
	if [ -s "$OUT" ]; then fail "stdout should be empty"; else pass; fi
}

expect_stderr_empty() {
	if [ -s "$ERR" ]; then fail "stderr should be empty"; else pass; fi
}

# expect_summary_only N: stderr holds the batch summary of N good files and
# nothing else (no failure, no progress line off a terminal).
expect_summary_only() {
	if [ "$(cat "$ERR")" = "newsdoc: $1 files: $1 documents" ]; then
		pass
	else
		fail "stderr should be only 'newsdoc: $1 files: $1 documents', is '$(head -c 200 "$ERR")'"
	fi
}

expect_stderr_lines() {
	lines=$(wc -l <"$ERR")
	if [ "$lines" -eq "$1" ]; then pass; else fail "stderr has $lines lines, expected $1"; fi
}

# expect_python 'CODE' [ARGS...]: run CODE with stdout's file as sys.argv[1]
# and ARGS after it; the check passes when CODE exits 0.
expect_python() {
	code=$1
	shift
	if [ -z "$PYTHON" ]; then
		echo "SKIP: $current: python3 not found, JSON check skipped" >&2
		return
	fi
	if "$PYTHON" -c "$code" "$OUT" "$@" >"$WORK_DIR/python.log" 2>&1; then
		pass
	else
		fail "python check failed: $(cat "$WORK_DIR/python.log")"
	fi
}

# The title check every successful extraction gets: stdout is one JSON
# object whose title holds the headline words.
expect_json_document() {
	expect_python '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
assert isinstance(doc, dict), "not a JSON object"
assert sys.argv[2] in (doc.get("title") or ""), "title is %r" % doc.get("title")
' "$EXAMPLE_TITLE_WORDS"
}

finish() {
	if [ "$failures" -gt 0 ]; then
		echo "$failures of $((checks + failures)) checks failed" >&2
		exit 1
	fi
	echo "all $checks checks passed"
	exit 0
}
