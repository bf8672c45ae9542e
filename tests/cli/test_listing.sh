# formats and plugins.
. "$(dirname "$0")/lib.sh"

run formats
expect_status 0
expect_stderr_empty
if grep -q -E '^json[[:space:]]' "$OUT"; then pass; else fail "json is not listed"; fi
expect_stdout_has "application/json"
# Each format once: the exporter in use (a plugin shadows the built-in).
if [ "$(grep -c -E '^json[[:space:]]' "$OUT")" = 1 ]; then pass; else fail "json is listed more than once"; fi

run plugins
expect_status 0
expect_stderr_empty

# --plugin-path is accepted by the listing commands too.
mkdir "$WORK_DIR/no-plugins"
run plugins --plugin-path "$WORK_DIR/no-plugins"
expect_status 0
run formats --plugin-path="$WORK_DIR/no-plugins"
expect_status 0
if grep -q -E '^json[[:space:]]' "$OUT"; then pass; else fail "json is not listed"; fi

finish
