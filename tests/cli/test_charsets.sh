# Pages in other charsets and pages with NULs are pages: the CLI asks the
# library whether bytes are binary (newsdoc_binary_format) instead of
# guessing on its own, so a windows-1251 or KOI8-R page, UTF-16 without a
# byte order mark and UTF-32 are read, and a NUL neither refuses a page
# nor cuts it. Pages are made with iconv(1) (libc-bin).
. "$(dirname "$0")/lib.sh"

if ! command -v iconv >/dev/null 2>&1; then
	echo "iconv not found: skipped" >&2
	exit 77
fi

FERRY="the harbour ferry sailed again on Monday morning after four months in the dry dock at Kell Point."
SECOND="Engineers replaced both propeller shafts and rebuilt the wheelhouse, the operator said on Monday."
RU="Паром снова вышел в море"

# page HEAD FIRST: a page in UTF-8 with HEAD in <head>, FIRST then SECOND.
page() {
	printf '<html><head>%s<title>Ferry news</title></head><body><article><p>%s</p><p>%s</p></article></body></html>\n' \
		"$1" "$2" "$SECOND"
}

# expect_read FILE TEXT [EXTRACT OPTIONS...]: a document holding TEXT.
expect_read() {
	file=$1
	text=$2
	shift 2
	run extract "$@" "$file"
	expect_status 0
	expect_stdout_has "$text"
	expect_stdout_has "$SECOND"
}

# Russian text: most bytes over 0x7F and none of them UTF-8.
RU_LONG="$RU, $RU, $RU, $RU, $RU, $RU, $RU, $RU, $RU, $RU, $RU, $RU."
page '<meta charset="windows-1251">' "$RU_LONG" | iconv -f UTF-8 -t CP1251 >"$WORK_DIR/cp1251.html"
expect_read "$WORK_DIR/cp1251.html" "$RU_LONG"
page '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">' "$RU_LONG" |
	iconv -f UTF-8 -t KOI8-R >"$WORK_DIR/koi8r.html"
expect_read "$WORK_DIR/koi8r.html" "$RU_LONG"

# UTF-16 and UTF-32 in both orders, without a byte order mark and with
# one (U+FEFF first, encoded like the rest): UTF-32LE's mark FF FE 00 00
# is not UTF-16LE's mark and a NUL.
for form in UTF-16LE UTF-16BE UTF-32LE UTF-32BE; do
	page '' "$RU: $FERRY" | iconv -f UTF-8 -t $form >"$WORK_DIR/$form.html"
	expect_read "$WORK_DIR/$form.html" "$RU: $FERRY"
	{ printf '\357\273\277'; page '' "$RU: $FERRY"; } | iconv -f UTF-8 -t $form >"$WORK_DIR/$form-bom.html"
	expect_read "$WORK_DIR/$form-bom.html" "$RU: $FERRY"
done
if [ "$(head -c 4 "$WORK_DIR/UTF-32LE-bom.html" | od -An -tx1 | tr -d ' ')" = fffe0000 ]; then pass; else
	fail "the UTF-32LE page does not start with FF FE 00 00"; fi

# A <meta> naming UTF-16 or UTF-32 by any name, or EBCDIC, on an ASCII page
# is ignored.
for label in UTF-32 UCS-2 UCS-4 UNICODE UTF16 IBM037; do
	page "<meta charset=\"$label\">" "Ferry: $FERRY" >"$WORK_DIR/meta-$label.html"
	expect_read "$WORK_DIR/meta-$label.html" "Ferry: $FERRY"
done

# A NUL early in the page, and one after the first 4 KiB: the whole page.
{ printf '<html><body><article><p>Ferry: %s</p>\000' "$FERRY"; printf '<p>%s</p></article></body></html>\n' "$SECOND"; } \
	>"$WORK_DIR/nul-early.html"
expect_read "$WORK_DIR/nul-early.html" "Ferry: $FERRY"
{
	printf '<html><body><article><p>Ferry: %s</p><!--' "$FERRY"
	i=0
	while [ $i -lt 100 ]; do
		printf 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
		i=$((i + 1))
	done
	printf -- '-->\000<p>%s</p></article></body></html>\n' "$SECOND"
} >"$WORK_DIR/nul-late.html"
expect_read "$WORK_DIR/nul-late.html" "Ferry: $FERRY"

# In text input a NUL is a space between words.
printf 'Ferry news\n\nSecond\000paragraph of the text.\n\n%s\n' "$SECOND" >"$WORK_DIR/nul.txt"
run extract --input text "$WORK_DIR/nul.txt"
expect_status 0
expect_stdout_has "Second paragraph of the text."

# JSON import takes a UTF-8 byte order mark.
run extract --format json "$EXAMPLE_HTML"
cp "$OUT" "$WORK_DIR/doc.json"
{ printf '\357\273\277'; cat "$WORK_DIR/doc.json"; } >"$WORK_DIR/bom.json"
run extract --input json --format json "$WORK_DIR/bom.json"
expect_status 0
if cmp -s "$OUT" "$WORK_DIR/doc.json"; then pass; else fail "the JSON with a byte order mark reads as another document"; fi

finish
