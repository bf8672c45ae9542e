# Folders as inputs: walked recursively for .html, .htm and .gz files (any
# case), each folder's entries in byte order of their names; links to
# files followed, links to folders not; a folder with no page fails.
. "$(dirname "$0")/lib.sh"

site=$WORK_DIR/site
mkdir -p "$site/2024/b" "$site/2024/a" "$site/Zeta" "$site/empty"
cp "$EXAMPLE_HTML" "$site/2024/b/story.html"
cp "$EXAMPLE_HTML" "$site/2024/a/story.HTM"
cp "$EXAMPLE_HTML" "$site/2024/index.html"
gzip -n -c "$EXAMPLE_HTML" >"$site/Zeta/feature.html.gz"
cp "$EXAMPLE_HTML" "$site/a.htm"
cp "$EXAMPLE_HTML" "$site/page.xhtml"   # not a suffix taken
cp "$EXAMPLE_HTML" "$site/.html"        # a hidden file with no name
ln -s "$site/a.htm" "$site/link.html"
ln -s "$site/2024" "$site/loop"         # a link to a folder: not followed

# expect_sources SOURCES...: the jsonl lines of the last run came from
# these sources, in this order.
expect_sources() {
	expected=$(printf '%s\n' "$@")
	got=$("${PYTHON:-python3}" -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    print(json.loads(line)["source"])
' "$OUT")
	if [ "$got" = "$expected" ]; then pass; else fail "sources:
$got
expected:
$expected"; fi
}

run extract --format jsonl "$site"
expect_status 0
expect_summary_only 6
expect_sources "$site/2024/a/story.HTM" "$site/2024/b/story.html" "$site/2024/index.html" \
	"$site/Zeta/feature.html.gz" "$site/a.htm" "$site/link.html"
# "site/" is the same folder; a file named beside it keeps its place.
run extract --format jsonl "$EXAMPLE_HTML" "$site/2024/"
expect_status 0
expect_sources "$EXAMPLE_HTML" "$site/2024/a/story.HTM" "$site/2024/b/story.html" "$site/2024/index.html"

# A folder with no page fails as one input; its siblings still count.
run extract --format jsonl "$site/empty" "$site/a.htm"
expect_status 1
expect_stderr_has "newsdoc: $site/empty: is a directory with no .html, .htm or .gz file in it"
expect_stdout_has "\"source\":\"$site/a.htm\""

# A subfolder that cannot be read fails as one input, and the walk goes on
# (root reads every folder, so only when not root).
if [ "$(id -u)" != 0 ]; then
	mkdir "$site/2024/c-locked"
	cp "$EXAMPLE_HTML" "$site/2024/c-locked/x.html"
	chmod 000 "$site/2024/c-locked"
	run extract --format jsonl "$site/2024"
	chmod 755 "$site/2024/c-locked"
	expect_status 1
	expect_stderr_has "newsdoc: $site/2024/c-locked: cannot read the folder: Permission denied"
	expect_stdout_has "\"source\":\"$site/2024/index.html\""
fi

finish
