# Gzip-compressed pages are read through zlib, named .gz or not: the same
# document as the page itself. The 64 MiB input limit counts the bytes
# after decompression, so a gzip bomb (a small file that inflates far past
# it) fails with a clear message instead of filling memory; a file cut
# short or corrupt fails too, never passing for a whole page.
. "$(dirname "$0")/lib.sh"

run extract "$EXAMPLE_HTML"
cp "$OUT" "$WORK_DIR/plain.json"

gzip -n -c "$EXAMPLE_HTML" >"$WORK_DIR/page.html.gz"
gzip -n -c "$EXAMPLE_HTML" >"$WORK_DIR/page-gzip-inside.html"
for file in page.html.gz page-gzip-inside.html; do
	run extract "$WORK_DIR/$file"
	expect_status 0
	if cmp -s "$OUT" "$WORK_DIR/plain.json"; then pass; else fail "$file gives another document"; fi
done
run extract - <"$WORK_DIR/page.html.gz"
expect_status 0
if cmp -s "$OUT" "$WORK_DIR/plain.json"; then pass; else fail "gzip on stdin gives another document"; fi

# Two gzip members one after the other are one page (gzip(1) reads them so).
head -c 1000 "$EXAMPLE_HTML" | gzip -n -c >"$WORK_DIR/members.gz"
tail -c +1001 "$EXAMPLE_HTML" | gzip -n -c >>"$WORK_DIR/members.gz"
run extract "$WORK_DIR/members.gz"
expect_status 0
if cmp -s "$OUT" "$WORK_DIR/plain.json"; then pass; else fail "two members give another document"; fi

# A gzip bomb: 65 MiB of spaces in a 64 KiB file.
"${PYTHON:-python3}" -c '
import gzip, sys
with gzip.open(sys.argv[1], "wb", compresslevel=9) as f:
    block = b"<p>" + b" " * (1024 * 1024 - 3)
    for _ in range(65):
        f.write(block)
' "$WORK_DIR/bomb.html.gz" || { echo "SKIP: python3 is needed to write the bomb" >&2; exit 77; }
run extract --errors "$WORK_DIR/errors.jsonl" "$WORK_DIR/bomb.html.gz" "$EXAMPLE_HTML"
expect_status 1
expect_stderr_has "newsdoc: $WORK_DIR/bomb.html.gz: decompresses to more than 64 MiB, the most newsdoc reads"
expect_stdout_has "Port Averill"
expect_python '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert rows == [{"source": sys.argv[3], "code": "ELIMIT",
                 "reason": "decompresses to more than 64 MiB, the most newsdoc reads"}], rows
' "$WORK_DIR/errors.jsonl" "$WORK_DIR/bomb.html.gz"

# Cut short, and corrupt in the middle.
head -c 400 "$WORK_DIR/page.html.gz" >"$WORK_DIR/cut.html.gz"
run extract "$WORK_DIR/cut.html.gz"
expect_status 1
expect_stdout_empty
expect_stderr_has "newsdoc: $WORK_DIR/cut.html.gz: cannot decompress (gzip): unexpected end of file"
"${PYTHON:-python3}" -c '
import sys
data = bytearray(open(sys.argv[1], "rb").read())
for i in range(200, 260):
    data[i] ^= 0x5a
open(sys.argv[2], "wb").write(bytes(data))
' "$WORK_DIR/page.html.gz" "$WORK_DIR/corrupt.html.gz"
run extract "$WORK_DIR/corrupt.html.gz"
expect_status 1
expect_stdout_empty
expect_stderr_has "newsdoc: $WORK_DIR/corrupt.html.gz: cannot decompress (gzip): "

# A gzip file of something that is no page is named for what it holds.
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' | gzip -n -c >"$WORK_DIR/image.gz"
run extract "$WORK_DIR/image.gz"
expect_status 1
expect_stderr_has "newsdoc: $WORK_DIR/image.gz: looks like a PNG image, not an HTML page"

finish
