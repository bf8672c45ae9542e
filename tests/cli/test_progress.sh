# The progress line: drawn on stderr when it is a terminal (script(1) gives
# the command one), never when it is a file or a pipe; the summary line ends
# every batch; --quiet silences both, not the failures.
. "$(dirname "$0")/lib.sh"

mkdir "$WORK_DIR/pages"
for name in a b c; do
	cp "$EXAMPLE_HTML" "$WORK_DIR/pages/$name.html"
done

# Not a terminal: a good batch prints only its summary (no progress line).
run extract -j2 "$WORK_DIR/pages"
expect_status 0
expect_summary_only 3

if ! command -v script >/dev/null 2>&1 || ! script -q -e -c true /dev/null >/dev/null 2>&1; then
	echo "SKIP: script(1) cannot give a terminal here; the terminal checks are skipped" >&2
	finish
fi

# on_terminal ARGS...: run the CLI with stderr on a terminal (stdout to a
# file); what the terminal showed goes to ERR.
on_terminal() {
	current="(on a terminal) newsdoc $*"
	quoted=""
	for arg in "$NEWSDOC" "$@"; do
		quoted="$quoted '$(printf '%s' "$arg" | sed "s/'/'\\\\''/g")'"
	done
	script -q -e -c "$quoted >'$OUT'" /dev/null >"$ERR" </dev/null
	status=$?
}

on_terminal extract -j2 "$WORK_DIR/pages"
expect_status 0
expect_stderr_has "newsdoc: 3/3 files, "
expect_stderr_has " pages/s, 0 failed"
expect_stderr_has "newsdoc: 3 files: 3 documents"
# The progress line is taken off the screen before the summary.
if grep -q "$(printf '\033')\[K" "$ERR"; then pass; else fail "the progress line is never cleared"; fi
expect_stdout_has "Port Averill"

on_terminal extract -j2 --quiet "$WORK_DIR/pages" "$WORK_DIR/missing.html"
expect_status 1
expect_stderr_has "newsdoc: $WORK_DIR/missing.html: cannot open: No such file or directory"
if grep -q "files, \|4 files:" "$ERR"; then fail "--quiet still drew progress or a summary"; else pass; fi

finish
