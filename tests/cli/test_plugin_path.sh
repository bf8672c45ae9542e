# extract --plugin-path: a manifest found there that is skipped (here a
# rule whose XPath does not compile) is named on stderr with the reason,
# and --strict-plugins makes it fatal; NEWSDOC_DEBUG=plugins names each
# folder once however often it is given.
. "$(dirname "$0")/lib.sh"

FIXTURE_DIR=$SOURCE_DIR/tests/cli/fixtures/bad-xpath
BAD=$FIXTURE_DIR/bad-xpath.json
REASON="parser 'bad-xpath': rule 'title': invalid XPath expression '//h1[@class='headline''"

# A folder: the page still goes to the generic parser, exit 0, but the
# user is told which manifest was skipped and why.
run extract --plugin-path "$FIXTURE_DIR" --url https://bad-xpath.example/a "$EXAMPLE_HTML"
expect_status 0
expect_stderr_has "newsdoc: --plugin-path: skipped $BAD: $REASON"
expect_stderr_lines 1
expect_json_document

# The manifest named directly, and the folder with a trailing slash.
run extract --plugin-path "$BAD" "$EXAMPLE_HTML"
expect_status 0
expect_stderr_has "newsdoc: --plugin-path: skipped $BAD: $REASON"
run extract --plugin-path "$FIXTURE_DIR/" "$EXAMPLE_HTML"
expect_status 0
expect_stderr_has "bad-xpath.json: $REASON"

# --strict-plugins: exit 1 and nothing extracted.
run extract --strict-plugins --plugin-path "$FIXTURE_DIR" "$EXAMPLE_HTML"
expect_status 1
expect_stdout_empty
expect_stderr_has "newsdoc: --plugin-path: skipped $BAD: $REASON"
expect_stderr_has "newsdoc: --strict-plugins: a manifest given with --plugin-path was skipped; nothing extracted"

# --strict-plugins with nothing skipped changes nothing.
mkdir "$WORK_DIR/empty"
run extract --strict-plugins --plugin-path "$WORK_DIR/empty" "$EXAMPLE_HTML"
expect_status 0
expect_stderr_empty
expect_json_document

# Plugins found in the usual places are not this option's business: the
# build tree's plugins.d (NEWSDOC_PLUGIN_PATH) is not reported.
run extract --strict-plugins "$EXAMPLE_HTML"
expect_status 0
expect_stderr_empty

# The help says what the option does.
run extract --help
expect_stdout_has "--strict-plugins"

# NEWSDOC_DEBUG=plugins: a folder given twice (once with a trailing slash)
# and a missing folder given twice are each searched and logged once.
current="NEWSDOC_DEBUG=plugins newsdoc plugins (a folder given twice)"
NEWSDOC_DEBUG=plugins NEWSDOC_PLUGIN_PATH="$WORK_DIR/missing:$WORK_DIR/missing" \
	"$NEWSDOC" plugins --plugin-path "$FIXTURE_DIR" --plugin-path "$FIXTURE_DIR/" >"$OUT" 2>"$ERR"
status=$?
expect_status 0
count=$(grep -c -F "newsdoc: plugins: skip $FIXTURE_DIR" "$ERR")
if [ "$count" -eq 1 ]; then pass; else fail "the fixture folder is logged $count times, expected once"; fi
count=$(grep -c -F "newsdoc: plugins: skip folder $WORK_DIR/missing" "$ERR")
if [ "$count" -eq 1 ]; then pass; else fail "the missing folder is logged $count times, expected once"; fi

finish
