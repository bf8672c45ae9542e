# export --format text, then extract --input text: title, authors with
# role and affiliation, and the dates come back the same, on the
# project's pages, the seed page and a sample of ../shared/bench.
. "$(dirname "$0")/lib.sh"

if [ -z "$PYTHON" ]; then
	echo "skipped: no python3"
	exit 77
fi
"$PYTHON" "$SOURCE_DIR/tests/cli/text_roundtrip.py" "$NEWSDOC" "$SOURCE_DIR" "$SOURCE_DIR/../shared"
