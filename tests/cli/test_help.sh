# --help, -h, help and --version.
. "$(dirname "$0")/lib.sh"

for help in --help -h help; do
	run $help
	expect_status 0
	expect_stdout_has "Usage: newsdoc"
	expect_stdout_has "extract"
	expect_stdout_has "--format"
	expect_stdout_has "jsonl"
	for option in --jobs --output-dir --errors --quiet; do
		expect_stdout_has "$option"
	done
	expect_stderr_empty
done

# Help asked for after a command still goes to stdout with status 0.
run extract --help
expect_status 0
expect_stdout_has "extract"
expect_stderr_empty

run --version
expect_status 0
expect_stderr_empty
if grep -q -E '^newsdoc [0-9]+\.[0-9]+\.[0-9]+' "$OUT"; then pass; else fail "no 'newsdoc X.Y.Z' line"; fi
if [ "$(wc -l <"$OUT")" -eq 1 ]; then pass; else fail "--version should print one line"; fi

finish
