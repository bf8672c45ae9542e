# The pages of ../shared/hostile that issue 12 (reading every page right)
# was filed with, read for what they say and not only for an exit status:
# each page gives the same document on the lean path (--parser generic,
# html_lean.c) and the whole-page path (a plugin whose probe matches
# nothing makes the library parse the whole page), and that document holds
# what the page holds:
#   09  <script .../> then code: the code is no paragraph
#   10  a <script> before <!DOCTYPE html><html lang="en">: the language
#   12  a NUL after the first 4 KiB: the paragraph after it
#   12b a NUL in the first 4 KiB: a page, not binary data
#   12c text input: "Second\0para" is "Second para"
# NEWSDOC_SHARED_DIR (ctest sets it) or SOURCE_DIR/../shared; skipped when
# the pages are not there.
. "$(dirname "$0")/lib.sh"

hostile=${NEWSDOC_SHARED_DIR:-$SOURCE_DIR/../shared}/hostile
if [ ! -f "$hostile/09_selfclosing_script.html" ]; then
	echo "$hostile not present: skipped (the shared pages live beside the checkout)" >&2
	exit 77
fi
whole_page_plugins=$SOURCE_DIR/tests/fixtures/whole-page
mkdir "$WORK_DIR/no-plugins"

# both_paths PAGE: extracts PAGE both ways; fails unless both give a
# document and the two are the same byte for byte. $OUT is the lean one.
export NEWSDOC_PLUGIN_PATH
both_paths() {
	NEWSDOC_PLUGIN_PATH=$whole_page_plugins
	run extract --format json "$1"
	expect_status 0
	cp "$OUT" "$WORK_DIR/whole.json"
	NEWSDOC_PLUGIN_PATH=$WORK_DIR/no-plugins
	run extract --parser generic --format json "$1"
	expect_status 0
	if cmp -s "$OUT" "$WORK_DIR/whole.json"; then
		pass
	else
		fail "the lean and the whole-page documents differ: $(diff "$WORK_DIR/whole.json" "$OUT" | head -n 6)"
	fi
}

expect_stdout_lacks() {
	if grep -q -F -- "$1" "$OUT"; then fail "stdout has '$1'"; else pass; fi
}

both_paths "$hostile/09_selfclosing_script.html"
expect_stdout_has '"text": "The ferry sailed again on Monday, the first time since the storm."'
expect_stdout_has '"text": "Passengers said they were glad to be back on the water again."'
expect_stdout_lacks "addEventListener"

both_paths "$hostile/10_script_before_html.html"
expect_stdout_has '"language": "en"'
expect_stdout_has '"text": "The ferry sailed again on Monday, the first time since the storm."'

both_paths "$hostile/12_nul_after_4k.html"
expect_stdout_has '"text": "First paragraph of the article is here."'
expect_stdout_has '"text": "Second paragraph after a NUL byte, which should not vanish."'

both_paths "$hostile/12b_nul_first_4k.html"
expect_stdout_has '"text": "First paragraph."'
expect_stdout_has '"text": "Second."'

run extract --input text --format json "$hostile/12c.txt"
expect_status 0
expect_stdout_has '"text": "Second para after NUL."'

finish
