#!/bin/sh
# Validate the "xml" exporter's output against docs/newsdoc.rng with xmllint.
#
# Usage: validate_xml.sh SCHEMA DUMP_XML WORKDIR [NEWSDOC_CLI PAGE...]
#
# Checks, in order:
#   1. documents that break the format in one way each are rejected, so the
#      checks below cannot pass vacuously (and the schema itself compiles);
#   2. the files dump_xml writes (full, full-compact, empty) are accepted;
#   3. with NEWSDOC_CLI, `newsdoc extract --format xml PAGE` is accepted for
#      each PAGE.
# Exits 77 (ctest: skipped) when xmllint (Debian: libxml2-utils) is missing.
set -u

if [ $# -lt 3 ]; then
	echo "usage: validate_xml.sh SCHEMA DUMP_XML WORKDIR [NEWSDOC_CLI PAGE...]" >&2
	exit 2
fi
schema=$1
dump=$2
workdir=$3
shift 3

if ! command -v xmllint >/dev/null 2>&1; then
	echo "validate_xml.sh: xmllint is not installed (apt-get install libxml2-utils); skipping"
	exit 77
fi

rm -rf "$workdir"
mkdir -p "$workdir" || exit 1
failures=0

# xmllint exits 0 only for a well-formed document that the schema accepts
# (3 for a validation error, 1 for a parse error, 5 for a broken schema).
expect_valid() {
	if xmllint --noout --relaxng "$schema" "$1" >"$workdir/xmllint.log" 2>&1; then
		echo "ok   valid: $2"
	else
		echo "FAIL $2: rejected by the schema"
		sed 's/^/    /' "$workdir/xmllint.log" | head -n 20
		failures=$((failures + 1))
	fi
}

# Rejected, and for the reason meant: a validation error (status 3), not a
# schema that fails to compile or a file that is not XML (unless $3 says 1).
expect_invalid() {
	xmllint --noout --relaxng "$schema" "$1" >"$workdir/xmllint.log" 2>&1
	status=$?
	if [ "$status" -eq "${3:-3}" ]; then
		echo "ok   rejected: $2"
	else
		echo "FAIL $2: xmllint exited $status, expected ${3:-3}"
		sed 's/^/    /' "$workdir/xmllint.log" | head -n 20
		failures=$((failures + 1))
	fi
}

# ---- 1. broken documents ----

# invalid NAME DESCRIPTION [XMLLINT_STATUS] < document
invalid() {
	cat >"$workdir/invalid-$1.xml"
	expect_invalid "$workdir/invalid-$1.xml" "$2" "${3:-3}"
}

NS='xmlns="https://libnewsdoc.org/ns/document/1"'

invalid no-namespace "a document outside the namespace" <<END
<document><title>T</title></document>
END
invalid unknown-element "an element the format does not have" <<END
<document $NS><title>T</title><headline>T</headline></document>
END
invalid order "elements out of order (title before url)" <<END
<document $NS><title>T</title><url>https://example.org/</url></document>
END
invalid author-without-name "an author without a name" <<END
<document $NS><authors><author><role>Editor</role></author></authors></document>
END
invalid empty-container "an empty list container" <<END
<document $NS><tags/></document>
END
invalid heading-level "a heading of level 7" <<END
<document $NS><body><heading level="7">H</heading></body></document>
END
invalid heading-without-level "a heading without its level" <<END
<document $NS><body><heading>H</heading></body></document>
END
invalid list-ordered "ordered spelled 1 instead of true" <<END
<document $NS><body><list ordered="1"><item>a</item></list></body></document>
END
invalid comment-count "a negative comment count" <<END
<document $NS><comments count="-1"/></document>
END
invalid quote-without-text "a quote without its words" <<END
<document $NS><quotes><quote block="0"><speaker>she</speaker></quote></quotes></document>
END
invalid related-empty "a related item with neither title nor url" <<END
<document $NS><related><item><author>A</author></item></related></document>
END
invalid image-lead "an image without is_lead" <<END
<document $NS><images><image><url>https://example.org/a.jpg</url></image></images></document>
END
invalid provenance-field "provenance of a field that does not exist" <<END
<document $NS><provenance><source field="headline">html</source></provenance></document>
END
invalid not-xml "a file that is not well-formed XML" 1 <<END
<document $NS><title>T</document>
END

# ---- 2. what the exporter writes ----

if ! "$dump" "$workdir" >"$workdir/written.txt"; then
	echo "FAIL dump_xml did not write its documents"
	exit 1
fi
while IFS= read -r file; do
	expect_valid "$file" "$(basename "$file")"
done <"$workdir/written.txt"
# The full document must carry every part, or its validity proves little.
for element in url canonical_url site_name language title subtitle description section \
	tags authors published modified body text quotes related comments images parser provenance \
	paragraph heading list blockquote preformatted table figure; do
	if ! grep -q "<$element[ >/]" "$workdir/full.xml"; then
		echo "FAIL full.xml has no <$element>"
		failures=$((failures + 1))
	fi
done

# ---- 3. real pages through the command ----

if [ $# -gt 0 ]; then
	cli=$1
	shift
	number=0
	for page in "$@"; do
		# numbered: two pages may share a file name
		number=$((number + 1))
		if "$cli" extract --format xml "$page" >"$workdir/page-$number.xml" 2>"$workdir/cli.log"; then
			expect_valid "$workdir/page-$number.xml" "newsdoc extract --format xml $page"
		else
			echo "FAIL newsdoc extract --format xml $page failed"
			sed 's/^/    /' "$workdir/cli.log" | head -n 20
			failures=$((failures + 1))
		fi
	done
fi

if [ "$failures" -ne 0 ]; then
	echo "$failures check(s) failed"
	exit 1
fi
echo "all checks passed"
