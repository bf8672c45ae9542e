# The CLI under valgrind: no invalid access and no leak, on success and on
# the failure paths (missing file, binary file, library parse error), and
# on a -j2 batch.
# Called with the valgrind executable as a fourth argument.
. "$(dirname "$0")/lib.sh"

VALGRIND=${4:-}
if [ -z "$VALGRIND" ]; then
	echo "SKIP: valgrind not found"
	exit 77
fi

# vg ARGS...: run the CLI under valgrind; exit status 99 means valgrind
# found errors (leaks of definitely and indirectly lost memory count).
vg() {
	current="valgrind newsdoc $*"
	"$VALGRIND" --quiet --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
		"$NEWSDOC" "$@" >"$OUT" 2>"$ERR"
	status=$?
}

# vg_expect STATUS ARGS...
vg_expect() {
	want=$1
	shift
	vg "$@"
	if [ "$status" -eq 99 ]; then
		fail "valgrind reported errors"
	elif [ "$status" -ne "$want" ]; then
		fail "exit status $status, expected $want"
	else
		pass
	fi
}

printf 'abc\000def' >"$WORK_DIR/nul.html"
printf 'not json' >"$WORK_DIR/not.json"

vg_expect 0 extract "$EXAMPLE_HTML"
vg_expect 0 extract --format jsonl "$EXAMPLE_HTML" "$EXAMPLE_HTML"
vg_expect 0 extract --input text "$EXAMPLE_TEXT"
vg_expect 1 extract "$EXAMPLE_HTML" "$WORK_DIR/missing.html" "$WORK_DIR/nul.html" "$WORK_DIR"
vg_expect 1 extract --input json "$WORK_DIR/not.json"
# The batch path: two worker threads over a folder with good, gzip and
# failing pages, one file per input and an --errors file.
mkdir "$WORK_DIR/pages"
cp "$EXAMPLE_HTML" "$WORK_DIR/pages/a.html"
gzip -n -c "$EXAMPLE_HTML" >"$WORK_DIR/pages/b.html.gz"
cp "$EXAMPLE_HTML" "$WORK_DIR/pages/c.html"
cp "$WORK_DIR/nul.html" "$WORK_DIR/pages/d.html"
vg_expect 1 extract -j2 --format jsonl --errors "$WORK_DIR/errors.jsonl" "$WORK_DIR/pages"
vg_expect 1 extract -j2 --output-dir "$WORK_DIR/out" "$WORK_DIR/pages" "$EXAMPLE_HTML"
vg_expect 2 extract --format no-such-format "$EXAMPLE_HTML"
vg_expect 2 extract --input bogus "$EXAMPLE_HTML"
vg_expect 0 formats
vg_expect 0 plugins
vg_expect 0 --help

finish
