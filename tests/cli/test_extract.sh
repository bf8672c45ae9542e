# extract of the example page: from a file, from stdin, as text input,
# in jsonl, with --url and the --name=VALUE spelling.
. "$(dirname "$0")/lib.sh"

run extract "$EXAMPLE_HTML"
expect_status 0
expect_stderr_empty
expect_stdout_has "$EXAMPLE_TITLE_WORDS"
expect_json_document

# --format json is the default, also written as --format=json.
run extract --format=json "$EXAMPLE_HTML"
expect_status 0
expect_json_document

run extract - <"$EXAMPLE_HTML"
expect_status 0
expect_stderr_empty
expect_json_document

# Options may follow the files, and -- ends the options.
run extract "$EXAMPLE_HTML" --url https://www.harbourgazette.example/news/local/2025/03/14/port-averill-votes-to-rebuild-sea-wall
expect_status 0
expect_json_document
cp "$EXAMPLE_HTML" "$WORK_DIR/-page.html"
cd "$WORK_DIR" || exit 1
run extract -- -page.html
expect_status 0
expect_json_document
cd "$SOURCE_DIR" || exit 1

run extract --input text "$EXAMPLE_TEXT"
expect_status 0
expect_stderr_empty
expect_json_document

# One file in jsonl is one line with its source; stdin's source is "-".
run extract --format jsonl - <"$EXAMPLE_HTML"
expect_status 0
expect_python '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[-1] == "" and len(lines) == 2, "expected exactly one line: %r" % lines[:3]
doc = json.loads(lines[0])
assert list(doc)[0] == "source" and doc["source"] == "-", list(doc)[:3]
assert sys.argv[2] in doc.get("title", ""), doc.get("title")
' "$EXAMPLE_TITLE_WORDS"

# A document exported as json reads back with --input json.
run extract "$EXAMPLE_HTML"
cp "$OUT" "$WORK_DIR/document.json"
run extract --input json "$WORK_DIR/document.json"
expect_status 0
expect_json_document

# Bytes that its declared charset cannot decode: a document, and nothing
# from libxml2 on the caller's stderr.
printf '<html><head><meta charset="shift_jis"></head><body><p>abc \201\040\377\376 def</p></body></html>' \
	>"$WORK_DIR/bad-charset.html"
run extract "$WORK_DIR/bad-charset.html"
expect_status 0
expect_stderr_empty

# --quotes-by-sentence: "A," said X. "B." is two quotes instead of one.
printf 'Ferry back in service\n\n\342\200\234The ferry will sail again in May,\342\200\235 said Anna Berg. \342\200\234We are ready.\342\200\235\n' \
	>"$WORK_DIR/split-quote.txt"
run extract --input text "$WORK_DIR/split-quote.txt"
expect_status 0
expect_python '
import json, sys
quotes = json.load(open(sys.argv[1], encoding="utf-8"))["quotes"]
assert [q["text"] for q in quotes] == ["The ferry will sail again in May, We are ready."], quotes
'
run extract --input text --quotes-by-sentence "$WORK_DIR/split-quote.txt"
expect_status 0
expect_python '
import json, sys
quotes = json.load(open(sys.argv[1], encoding="utf-8"))["quotes"]
assert [q["text"] for q in quotes] == ["The ferry will sail again in May,", "We are ready."], quotes
assert {q["speaker"] for q in quotes} == {"Anna Berg"}, quotes
'

finish
