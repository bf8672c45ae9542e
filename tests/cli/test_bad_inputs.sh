# Inputs that are not pages: each fails (exit 1) with its own message
# naming the file, and prints nothing on stdout.
. "$(dirname "$0")/lib.sh"

# expect_input_error FILE MESSAGE [EXTRACT OPTIONS...]
expect_input_error() {
	file=$1
	message=$2
	shift 2
	run extract "$@" "$file"
	expect_status 1
	expect_stdout_empty
	expect_stderr_has "newsdoc: $file: $message"
	expect_stderr_lines 1
}

expect_input_error "$WORK_DIR/nonexistent.html" "cannot open: No such file or directory"

# A folder is read for the pages in it (tests/cli/test_folders.sh); one
# with none is most likely a mistake.
mkdir "$WORK_DIR/folder"
expect_input_error "$WORK_DIR/folder" "is a directory with no .html, .htm or .gz file in it"

: >"$WORK_DIR/empty.html"
expect_input_error "$WORK_DIR/empty.html" "is empty"

printf ' \n\t\r\n  \n' >"$WORK_DIR/blank.html"
expect_input_error "$WORK_DIR/blank.html" "contains only whitespace"

# NUL bytes early on: binary.
printf '<html>\000\001\002\003\000binary junk\377\376' >"$WORK_DIR/nul.html"
expect_input_error "$WORK_DIR/nul.html" "looks like binary data, not an HTML page"
expect_input_error "$WORK_DIR/nul.html" "looks like binary data, not a text page" --input text

# No NUL at all, but control bytes and bytes that are no charset's text.
: >"$WORK_DIR/junk.bin"
i=0
while [ $i -lt 64 ]; do
	printf '\001\002\003\004\005\006\016\017\200\201\376\377\300\301\365\366' >>"$WORK_DIR/junk.bin"
	i=$((i + 1))
done
expect_input_error "$WORK_DIR/junk.bin" "looks like binary data, not an HTML page"

# Well-known binary formats are named.
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$WORK_DIR/image.html"
expect_input_error "$WORK_DIR/image.html" "looks like a PNG image, not an HTML page"
# Gzip data is read through zlib (tests/cli/test_gzip.sh); a gzip header
# with nothing after it is a file cut short.
printf '\037\213\010\000\000\000\000\000\000\003' >"$WORK_DIR/page.html.gz"
expect_input_error "$WORK_DIR/page.html.gz" "cannot decompress (gzip): unexpected end of file"

# The same checks apply to standard input.
run extract - <"$WORK_DIR/empty.html"
expect_status 1
expect_stderr_has "newsdoc: (standard input): is empty"
run extract - <"$WORK_DIR/nul.html"
expect_status 1
expect_stderr_has "newsdoc: (standard input): looks like binary data"

# Text that is not JSON, read as JSON, fails in the library: exit 1 with
# the file named (the wording is the library's).
printf 'this is not json\n' >"$WORK_DIR/not.json"
run extract --input json "$WORK_DIR/not.json"
expect_status 1
expect_stdout_empty
expect_stderr_has "newsdoc: $WORK_DIR/not.json: "

finish
