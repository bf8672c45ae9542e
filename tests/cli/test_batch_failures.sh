# A batch of files where each way a page can fail happens once, between
# good pages: each failure is one line on stderr naming the file and the
# reason, every other file still gives its document, and the exit status
# is 1 at the end. The ways: a missing file and a folder with no page,
# binary data, a limit (a tag of 1,001 attributes), the work budget (an
# end tag searched for through thousands of open elements, thousands of
# times) and a plugin parser that fails (the fixture plugin of
# tests/plugins, which fails on pages saying FAIL-PARSE).
. "$(dirname "$0")/lib.sh"

plugins=$(dirname "$NEWSDOC")/../test-plugins/good
if [ ! -f "$plugins/good.json" ]; then
	echo "SKIP: the fixture plugin $plugins is not built" >&2
	exit 77
fi

cp "$EXAMPLE_HTML" "$WORK_DIR/first.html"
cp "$EXAMPLE_HTML" "$WORK_DIR/last.html"
mkdir "$WORK_DIR/folder.html"
printf '\000\001\002\003\004 not a page\000\377\376' >"$WORK_DIR/binary.html"
"${PYTHON:-python3}" - "$WORK_DIR" <<'PY' || { echo "SKIP: python3 is needed to write the pages" >&2; exit 77; }
import sys
work = sys.argv[1]
with open(work + "/attributes.html", "w") as f:
    f.write("<html><body><p" + "".join(" a%d" % i for i in range(1001)) + ">x</p></body></html>")
with open(work + "/work.html", "w") as f:
    f.write("<html><body><p>Some text.</p>" + "<b>" * 6000 + "</div>" * 6000 + "</body></html>")
with open(work + "/plugin.html", "w") as f:
    f.write("<html><head><title>Ferry</title></head><body><p>FAIL-PARSE</p></body></html>")
PY

run extract --plugin-path "$plugins" --parser good-parser --format jsonl "$WORK_DIR/first.html" \
	"$WORK_DIR/missing.html" "$WORK_DIR/folder.html" "$WORK_DIR/binary.html" "$WORK_DIR/attributes.html" \
	"$WORK_DIR/work.html" "$WORK_DIR/plugin.html" "$WORK_DIR/last.html"
expect_status 1
expect_stderr_has "newsdoc: $WORK_DIR/missing.html: cannot open: No such file or directory"
expect_stderr_has "newsdoc: $WORK_DIR/folder.html: is a directory with no .html, .htm or .gz file in it"
expect_stderr_has "newsdoc: $WORK_DIR/binary.html: looks like binary data"
expect_stderr_has "newsdoc: $WORK_DIR/attributes.html: newsdoc_parse: a tag has more than 1000 attributes"
expect_stderr_has "newsdoc: $WORK_DIR/work.html: newsdoc_parse: the page needed more than"
expect_stderr_has "steps of work (max_work)"
expect_stderr_has "newsdoc: $WORK_DIR/plugin.html: parser 'good-parser' (plugin 'test-good') failed: the page says FAIL-PARSE"
# and the summary of the batch after them.
expect_stderr_has "newsdoc: 8 files: 2 documents, 6 failed (EIO 2, EPARSE 1, ELIMIT 2, EPLUGIN 1)"
expect_stderr_lines 7
expect_python '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert [json.loads(l)["source"] for l in lines] == sys.argv[2:4], lines
' "$WORK_DIR/first.html" "$WORK_DIR/last.html"

# --max-work applies to each file of the batch alike.
run extract --max-work 5 "$WORK_DIR/first.html" "$WORK_DIR/last.html"
expect_status 1
expect_stderr_has "newsdoc: $WORK_DIR/first.html: newsdoc_parse: the page needed more than 5 steps of work (max_work)"
expect_stderr_has "newsdoc: $WORK_DIR/last.html: newsdoc_parse: the page needed more than 5 steps of work (max_work)"
expect_stdout_empty
run extract --max-work 0 "$WORK_DIR/first.html"
expect_status 0
expect_json_document
run extract --max-work -3 "$WORK_DIR/first.html"
expect_status 2
expect_stderr_has "--max-work needs a whole number of steps, not '-3'"

finish
