# --output-dir DIR: one file per input, named after the input's path
# relative to what was named on the command line, suffixes .gz and
# .html/.htm replaced by the format's extension; a name already taken gets
# -2, -3; each file holds what standard output would have held for that
# input alone; a failed input writes no file.
. "$(dirname "$0")/lib.sh"

in=$WORK_DIR/in
mkdir -p "$in/sub" "$WORK_DIR/other"
cp "$EXAMPLE_HTML" "$in/index.html"
gzip -n -c "$EXAMPLE_HTML" >"$in/sub/story.htm.gz"
cp "$EXAMPLE_HTML" "$WORK_DIR/other/index.html"
cp "$EXAMPLE_HTML" "$WORK_DIR/index-2.html"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$in/broken.html"

# expect_files DIR FILES...: exactly these files (relative, sorted) in DIR.
expect_files() {
	dir=$1
	shift
	expected=$(printf '%s\n' "$@" | LC_ALL=C sort)
	got=$(cd "$dir" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
	if [ "$got" = "$expected" ]; then pass; else fail "files in $dir:
$got
expected:
$expected"; fi
}

out=$WORK_DIR/out
run extract -j2 --output-dir "$out" "$in" "$WORK_DIR/other/index.html" "$WORK_DIR/index-2.html"
expect_status 1
expect_stdout_empty
expect_stderr_has "newsdoc: $in/broken.html: looks like a PNG image"
# index.html twice: the second is index-2, so the real index-2.html takes index-2-2.
expect_files "$out" index.json sub/story.json index-2.json index-2-2.json

# Each file is what a run on that input alone prints.
for pair in "index.json:$in/index.html" "sub/story.json:$in/sub/story.htm.gz" \
		"index-2.json:$WORK_DIR/other/index.html"; do
	run extract "${pair#*:}"
	if cmp -s "$OUT" "$out/${pair%%:*}"; then pass; else fail "$out/${pair%%:*} differs from stdout"; fi
done

# The format's extension; jsonl files are one line with the source.
for format_ext in markdown:md text:txt xml:xml jsonl:jsonl; do
	format=${format_ext%%:*}
	ext=${format_ext#*:}
	rm -rf "$out"
	run extract --format "$format" --output-dir "$out" "$in/index.html" "$in/sub"
	expect_status 0
	expect_files "$out" "index.$ext" "story.$ext"
done
cp "$out/story.jsonl" "$OUT"
expect_python '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 1 and json.loads(lines[0])["source"] == sys.argv[2], lines
' "$in/sub/story.htm.gz"

# Standard input is "stdin"; other suffixes are kept (never the input's name).
rm -rf "$out"
cp "$EXAMPLE_TEXT" "$WORK_DIR/article.json"
run extract --input text --output-dir "$out" - "$WORK_DIR/article.json" <"$EXAMPLE_TEXT"
expect_status 0
expect_files "$out" stdin.json article.json.json

# The folder is made when missing (one level); an output that cannot be
# written fails that input and the batch goes on.
run extract --output-dir "$WORK_DIR/a/b/c" "$EXAMPLE_HTML"
expect_status 1
expect_stderr_has "--output-dir: cannot make $WORK_DIR/a/b/c: No such file or directory"
rm -rf "$out"
mkdir -p "$out/index.json"
run extract --output-dir "$out" "$in/index.html" "$in/sub"
expect_status 1
expect_stderr_has "newsdoc: $in/index.html: cannot write $out/index.json: Is a directory"
expect_files "$out" story.json

finish
