# -j: a folder of pages (good ones, failing ones, gzip-compressed ones)
# extracted on 1, 2 and all cores gives byte-identical standard output,
# standard error and --errors file, in the folder's name order, and the
# same exit status. Enough pages that the workers run ahead of the writer
# and the window of finished results wraps around several times.
. "$(dirname "$0")/lib.sh"

pages=$WORK_DIR/pages
mkdir -p "$pages/b-sub" "$pages/c-empty"
# Pages that differ from one another (a counter in the headline), so a
# page written in another's place would show.
i=0
while [ $i -lt 60 ]; do
	name=$(printf 'page-%02d' $i)
	sed "s/Port Averill votes/Port Averill votes $i/" "$EXAMPLE_HTML" >"$pages/$name.html"
	# Every fifth page compressed, every seventh in the subfolder.
	if [ $((i % 5)) -eq 0 ]; then
		gzip -n "$pages/$name.html"
	elif [ $((i % 7)) -eq 0 ]; then
		mv "$pages/$name.html" "$pages/b-sub/$name.htm"
	fi
	i=$((i + 1))
done
# Failures between them: binary data, an empty page, a gzip file cut short.
printf '\000\001\002\003 not a page\000\377' >"$pages/page-10b.html"
: >"$pages/page-20b.html"
gzip -n -c "$EXAMPLE_HTML" | head -c 300 >"$pages/page-30b.html.gz"
# Not pages: skipped.
echo "notes" >"$pages/notes.txt"
echo "<p>no suffix</p>" >"$pages/README"

# extract_with JOBS NAME [OPTIONS...]: keep stdout, stderr, status and the
# --errors file as WORK_DIR/NAME.*
extract_with() {
	jobs=$1
	name=$2
	shift 2
	run extract -j "$jobs" --errors "$WORK_DIR/$name.errors" "$@" "$pages"
	cp "$OUT" "$WORK_DIR/$name.out"
	cp "$ERR" "$WORK_DIR/$name.err"
	echo "$status" >"$WORK_DIR/$name.status"
}

# same NAME OTHER: the two runs wrote the same bytes everywhere.
same() {
	for part in out err errors status; do
		if cmp -s "$WORK_DIR/$1.$part" "$WORK_DIR/$2.$part"; then
			pass
		else
			current="-j comparison"
			fail "$1.$part and $2.$part differ: $(diff "$WORK_DIR/$1.$part" "$WORK_DIR/$2.$part" | head -5)"
		fi
	done
}

for format in jsonl json text; do
	extract_with 1 "j1-$format" --format "$format"
	expect_status 1
	extract_with 2 "j2-$format" --format "$format"
	extract_with 0 "j0-$format" --format "$format"
	extract_with 5 "j5-$format" --format "$format"
	same "j1-$format" "j2-$format"
	same "j1-$format" "j0-$format"
	same "j1-$format" "j5-$format"
done

# The order: each folder's entries by name, a subfolder's pages at its place.
cp "$WORK_DIR/j2-jsonl.out" "$OUT"
expect_python '
import json, os, sys
pages = sys.argv[2]
def walk(folder):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            yield from walk(path)
        elif name.endswith((".html", ".htm", ".gz")):
            yield path
expected = list(walk(pages))
errors = [json.loads(l)["source"] for l in open(sys.argv[3], encoding="utf-8")]
got = [json.loads(l)["source"] for l in open(sys.argv[1], encoding="utf-8")]
assert len(expected) == 63, len(expected)
assert errors == [p for p in expected if os.path.basename(p).split(".")[0].endswith("b")], errors
assert got == [p for p in expected if p not in errors], got[:5]
# Each document is its own page: the counter of its headline.
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    number = int(os.path.basename(doc["source"])[5:7])
    assert "votes %d " % number in doc["title"], (doc["source"], doc["title"])
' "$pages" "$WORK_DIR/j2-jsonl.errors"

# The --errors file: one JSON object per failure with source, code, reason.
cp "$WORK_DIR/j2-jsonl.errors" "$OUT"
expect_python '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [list(r) for r in rows] == [["source", "code", "reason"]] * 3, rows
codes = {r["source"].rsplit("/", 1)[1]: (r["code"], r["reason"]) for r in rows}
assert codes == {
    "page-10b.html": ("EPARSE", "looks like binary data, not an HTML page"),
    "page-20b.html": ("EEMPTY", "is empty"),
    "page-30b.html.gz": ("EIO", "cannot decompress (gzip): unexpected end of file"),
}, codes
'
# stderr: the same failures, then the summary; no progress line (not a terminal).
cp "$WORK_DIR/j2-jsonl.err" "$ERR"
expect_stderr_has "newsdoc: $pages/page-10b.html: looks like binary data, not an HTML page"
expect_stderr_has "newsdoc: 63 files: 60 documents, 3 failed (EIO 1, EEMPTY 1, EPARSE 1)"
expect_stderr_lines 4
if grep -q "$(printf '\r')" "$ERR"; then fail "a progress line was drawn on a file"; else pass; fi

# --quiet: the failures still, no summary.
run extract -j2 --quiet --format jsonl "$pages"
expect_status 1
expect_stderr_lines 3
# All good: exit 0 and only the summary on stderr; -jN and --jobs=N spell the same.
run extract -j2 --format jsonl "$pages/b-sub"
expect_status 0
expect_summary_only 7
cp "$OUT" "$WORK_DIR/sub-j2.out"
run extract --jobs=1 --format jsonl "$pages/b-sub"
if cmp -s "$OUT" "$WORK_DIR/sub-j2.out"; then pass; else fail "--jobs=1 and -j2 differ"; fi
run extract -j3 --format jsonl "$pages/b-sub"
if cmp -s "$OUT" "$WORK_DIR/sub-j2.out"; then pass; else fail "-j3 and -j2 differ"; fi

# Usage errors.
run extract -j x "$EXAMPLE_HTML"
expect_status 2
expect_stderr_has "-j needs a whole number of threads (0: one per core), not 'x'"
run extract -j -1 "$EXAMPLE_HTML"
expect_status 2
run extract "$EXAMPLE_HTML" -j
expect_status 2
expect_stderr_has "option '-j' needs an argument"
run extract --jobs= "$EXAMPLE_HTML"
expect_status 2
run extract --errors "$WORK_DIR/no/such/folder/errors.jsonl" "$EXAMPLE_HTML"
expect_status 1
expect_stderr_has "--errors: cannot write $WORK_DIR/no/such/folder/errors.jsonl: No such file or directory"
expect_stdout_empty

finish
