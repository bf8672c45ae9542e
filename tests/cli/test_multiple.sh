# Several files: jsonl lines tagged with their source, a stream of json
# documents, and a failing file that does not stop the others.
. "$(dirname "$0")/lib.sh"

# A second copy under a name that needs JSON escaping (quote, backslash, tab).
cp "$EXAMPLE_HTML" "$WORK_DIR/first.html"
tricky_name=$(printf '%s/a "quoted" \\ name\twith tab.html' "$WORK_DIR")
cp "$EXAMPLE_HTML" "$tricky_name"

run extract --format jsonl "$WORK_DIR/first.html" "$tricky_name"
expect_status 0
expect_summary_only 2
expect_python '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "output does not end with a newline"
lines = lines[:-1]
assert len(lines) == 2, "expected 2 lines, got %d" % len(lines)
for line, source in zip(lines, sys.argv[2:4]):
    doc = json.loads(line)
    assert list(doc)[0] == "source", "first key is %r" % list(doc)[0]
    assert doc["source"] == source, "source %r, expected %r" % (doc["source"], source)
    assert sys.argv[4] in doc.get("title", ""), doc.get("title")
' "$WORK_DIR/first.html" "$tricky_name" "$EXAMPLE_TITLE_WORDS"

# Without jsonl, json documents follow each other, each on new lines.
run extract "$WORK_DIR/first.html" "$EXAMPLE_HTML"
expect_status 0
expect_python '
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
decoder = json.JSONDecoder()
docs, pos = [], 0
while pos < len(text):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos == len(text):
        break
    doc, pos = decoder.raw_decode(text, pos)
    docs.append(doc)
    assert pos == len(text) or text[pos] == "\n", "document not followed by a newline"
assert len(docs) == 2, "expected 2 documents, got %d" % len(docs)
'

# A good file and a missing one: the good one is printed, the missing one
# reported, and the exit status is 1 -- whichever order they come in.
run extract "$EXAMPLE_HTML" "$WORK_DIR/missing.html"
expect_status 1
expect_stderr_has "newsdoc: $WORK_DIR/missing.html: cannot open: No such file or directory"
expect_stderr_has "newsdoc: 2 files: 1 document, 1 failed (EIO 1)"
expect_stderr_lines 2
expect_json_document

run extract --format jsonl "$WORK_DIR/missing.html" "$WORK_DIR/first.html"
expect_status 1
expect_stderr_has "newsdoc: $WORK_DIR/missing.html: cannot open"
expect_python '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 1, "expected 1 line, got %d" % len(lines)
assert json.loads(lines[0])["source"] == sys.argv[2]
' "$WORK_DIR/first.html"

finish
