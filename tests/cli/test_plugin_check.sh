# plugin check reads a manifest without running the plugin's code unless
# asked with --load; a setuid copy of the tool refuses --plugin-path and
# --load (secure execution).
. "$(dirname "$0")/lib.sh"

BUILD_DIR=$(cd "$(dirname "$NEWSDOC")/.." && pwd)
FIXTURES=$BUILD_DIR/test-plugins
if [ ! -f "$FIXTURES/init-fails/init-fails.json" ] || [ ! -f "$FIXTURES/good/good.json" ]; then
	echo "SKIP: the plugin fixtures are not built ($FIXTURES)" >&2
	exit 77
fi
INIT_FAILS=$FIXTURES/init-fails/init-fails.json
GOOD=$FIXTURES/good/good.json

# The fixture's init refuses: without --load it never runs, so the
# manifest checks out, and the output says the library was not opened.
run plugin check "$INIT_FAILS"
expect_status 0
expect_stderr_empty
expect_stdout_has "$INIT_FAILS: ok: plugin init-fails 0.1.0 (library)"
expect_stdout_has "library  $FIXTURES/init-fails/libinit-fails.so (not loaded; 'plugin check --load' opens it and runs its init)"
expect_stdout_has "parser   init-fails-parser"

# --load, before or after the manifest, opens the library and runs init.
run plugin check --load "$INIT_FAILS"
expect_status 1
expect_stdout_empty
expect_stderr_has "newsdoc: $INIT_FAILS: plugin 'init-fails': init failed (-7)"
run plugin check "$GOOD" --load
expect_status 0
expect_stderr_empty
expect_stdout_has "library  $FIXTURES/good/libgood.so (loaded)"

# A declarative plugin has no library to load, with or without --load.
run plugin check --load "$BUILD_DIR/plugins.d/site-dcnewsline.json"
expect_status 0
expect_stdout_has "ok: plugin site-dcnewsline"

run plugin check --bogus "$GOOD"
expect_status 2
expect_stderr_has "newsdoc: unknown option '--bogus' for 'plugin check'"
run plugin check --load
expect_status 2
expect_stderr_has "newsdoc: 'plugin check' takes exactly one MANIFEST"
run plugin check "$GOOD" "$GOOD"
expect_status 2
expect_stderr_has "newsdoc: 'plugin check' takes exactly one MANIFEST"

# A date rule's strptime format is checked when the manifest is read: a
# conversion strptime does not know, or a format without a year or a day,
# would otherwise give "published": null (or 1900) on every page.
# check_date_format FORMAT EXPECTED_MESSAGE (empty: the format is fine)
check_date_format() {
	cat >"$WORK_DIR/bad-date.json" <<MANIFEST
{"file_format_version": "1.0.0", "plugin": {"name": "bad-date", "version": "0.1.0"},
 "parsers": [{"id": "bad-date", "hosts": ["bad-date.example"],
   "rules": {"published": {"xpath": "//time/@datetime", "format": "$1"}}}]}
MANIFEST
	run plugin check "$WORK_DIR/bad-date.json"
	if [ -z "$2" ]; then
		expect_status 0
		expect_stderr_empty
	else
		expect_status 1
		expect_stdout_empty
		expect_stderr_has "newsdoc: $WORK_DIR/bad-date.json: invalid: parser 'bad-date': rule 'published': $2"
	fi
}
check_date_format '%d.%m.%Y %Q' "the format '%d.%m.%Y %Q' has a conversion strptime does not know: '%Q'"
check_date_format '%d.%m.%Y %' "the format '%d.%m.%Y %' ends with a lone '%'"
check_date_format '%H:%M' "the format '%H:%M' gives no year (%Y, %y, %F, %D ...)"
check_date_format '%B %Y' "the format '%B %Y' gives no day (%d, %e, %j, %F, %D ...)"
check_date_format '%d.%m.%Y %H:%M' ''
check_date_format '%FT%T%z' ''
check_date_format '%Ey-%Om-%d %%' ''

# ---- secure execution: a setuid-root copy of the tool run by nobody ----
# (no test-only switch: the kernel sets AT_SECURE for a setuid program.)
secure_skip=
if [ "$(id -u)" != 0 ]; then
	secure_skip="not running as root (a setuid-root copy is needed)"
elif ! command -v setpriv >/dev/null 2>&1; then
	secure_skip="setpriv (util-linux) is not installed"
elif findmnt -n -o OPTIONS -T "$WORK_DIR" 2>/dev/null | grep -q nosuid; then
	secure_skip="$WORK_DIR is on a nosuid file system"
fi
if [ -n "$secure_skip" ]; then
	echo "SKIP: secure execution checks: $secure_skip" >&2
	finish
fi
chmod 0755 "$WORK_DIR"
SETUID_NEWSDOC=$WORK_DIR/newsdoc-setuid
cp "$NEWSDOC" "$SETUID_NEWSDOC"
chmod 4755 "$SETUID_NEWSDOC"
mkdir "$WORK_DIR/plugins"

# run_setuid ARGS...: like run, with the setuid copy as user nobody.
run_setuid() {
	current="(setuid, as nobody) newsdoc $*"
	setpriv --reuid=65534 --regid=65534 --clear-groups "$SETUID_NEWSDOC" "$@" >"$OUT" 2>"$ERR"
	status=$?
}

REFUSED="is refused in a setuid or setgid program"
for command in plugins formats; do
	run_setuid $command --plugin-path "$WORK_DIR/plugins"
	expect_status 2
	expect_stdout_empty
	expect_stderr_has "newsdoc: --plugin-path $REFUSED"
	run_setuid $command --plugin-path="$WORK_DIR/plugins"
	expect_status 2
	expect_stderr_has "newsdoc: --plugin-path $REFUSED"
done
run_setuid extract --plugin-path "$WORK_DIR/plugins" "$EXAMPLE_HTML"
expect_status 2
expect_stdout_empty
expect_stderr_has "newsdoc: --plugin-path $REFUSED"
run_setuid plugin check --load "$GOOD"
expect_status 2
expect_stdout_empty
expect_stderr_has "newsdoc: --load $REFUSED"
# What reads only is still allowed.
run_setuid plugin check "$GOOD"
expect_status 0
expect_stdout_has "(not loaded;"
run_setuid extract "$EXAMPLE_HTML"
expect_status 0
expect_json_document

finish
