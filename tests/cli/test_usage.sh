# Usage errors: exit 2, a one-line message and the --help hint on stderr,
# nothing on stdout.
. "$(dirname "$0")/lib.sh"

# expect_usage_error MESSAGE ARGS...
expect_usage_error() {
	message=$1
	shift
	run "$@" </dev/null
	expect_status 2
	expect_stdout_empty
	expect_stderr_has "newsdoc: $message"
	expect_stderr_has "Try 'newsdoc --help'."
	expect_stderr_lines 2
}

expect_usage_error "no command given"
expect_usage_error "unknown command 'frobnicate'" frobnicate
expect_usage_error "unknown option '--bogus'" --bogus
expect_usage_error "unknown option '--bogus' for 'extract'" extract --bogus "$EXAMPLE_HTML"
expect_usage_error "unknown option '-x' for 'extract'" extract -x "$EXAMPLE_HTML"
expect_usage_error "option '--format' needs an argument" extract "$EXAMPLE_HTML" --format
expect_usage_error "option '--url' needs an argument" extract "$EXAMPLE_HTML" --url
expect_usage_error "option '--url' needs a non-empty argument" extract --url "" "$EXAMPLE_HTML"
expect_usage_error "option '--format' needs a non-empty argument" extract --format= "$EXAMPLE_HTML"
expect_usage_error "no input files for 'extract'" extract
expect_usage_error "no input files for 'extract'" extract --format json
expect_usage_error "unknown input type 'bogus'" extract --input bogus "$EXAMPLE_HTML"
expect_usage_error "unknown input type 'bogus'" extract --input=bogus "$EXAMPLE_HTML"
expect_usage_error "unknown format 'no-such-format'" extract --format no-such-format "$EXAMPLE_HTML"
expect_usage_error "unknown parser 'no-such-parser'" extract --parser no-such-parser "$EXAMPLE_HTML"
expect_usage_error "standard input ('-') given more than once" extract - -
expect_usage_error "unknown option '--bogus' for 'formats'" formats --bogus
expect_usage_error "'plugins' takes no arguments" plugins extra

finish
