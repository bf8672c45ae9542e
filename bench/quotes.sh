#!/bin/sh
# Direct quotes and speakers on every quote set, in one Markdown table:
# PolNeAR dev (English, text input, --quotes-by-sentence), the German
# Wikinews dev split (text input: title line, blank line, text) with its
# tune and check halves, and the labelled French, Spanish, Italian and
# Portuguese pages (HTML, bench/labels/quotes-<lang>.jsonl) with theirs.
#
#   bench/quotes.sh [POLNEAR_SPLIT_DIR]
#
# Runs the newsdoc CLI ($NEWSDOC, else build/tools/newsdoc); the data is
# read from ../shared/bench ($NEWSDOC_SHARED) and never copied. A set whose
# files are absent is skipped with a message. QUOTES_LABELS names another
# folder of quotes-<lang>.jsonl files. QUOTES_SHOW=N prints the scorer's
# first N notes (QUOTES_HALF=tune|check: of that half only) to standard
# error. Seconds are the CLI's CPU time. bench/quotes_sets.py does the
# work for each set.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${NEWSDOC_SHARED:-$root/../shared}
polnear=${1:-$shared/bench/quotes/polnear/dev}
german=$shared/bench/quotes/de-wikinews/dev.jsonl
labels=${QUOTES_LABELS:-$here/labels}
newsdoc=${NEWSDOC:-$root/build/tools/newsdoc}
export NEWSDOC="$newsdoc" NEWSDOC_SHARED="$shared"

if [ ! -x "$newsdoc" ]; then
	echo "quotes.sh: no newsdoc CLI at $newsdoc (build it, or set NEWSDOC)" >&2
	exit 1
fi

echo '| set | P | R | F1 | speaker accuracy | seconds |'
echo '|---|---|---|---|---|---|'
if [ -d "$polnear/text" ] && [ -f "$shared/bench/quotes.py" ]; then
	python3 "$here/quotes_sets.py" polnear "$polnear" \
		"PolNeAR $(basename "$polnear") (--quotes-by-sentence)"
else
	echo "quotes.sh: skipped PolNeAR: no split at $polnear or no scorer" >&2
fi
if [ -f "$german" ] && [ -f "$shared/bench/quotes_jsonl.py" ]; then
	# German Wikinews annotates "„A“, sagte X. „B“" as two quotes, as
	# PolNeAR does: scored with --quotes-by-sentence (the library's default
	# keeps one quote; docs/BENCHMARKS.md).
	python3 "$here/quotes_sets.py" text-jsonl "$german" \
		"German Wikinews dev (--quotes-by-sentence)" --halves --by-sentence
	# The same texts without their title line: the first paragraph is
	# body, not a title (issue 15 item 5).
	python3 "$here/quotes_sets.py" text-jsonl "$german" \
		"German Wikinews dev, no title line (--quotes-by-sentence)" --by-sentence --no-title
else
	echo "quotes.sh: skipped German Wikinews: no $german or no scorer" >&2
fi
for lang in fr es it pt; do
	set_file=$labels/quotes-$lang.jsonl
	if [ -f "$set_file" ]; then
		python3 "$here/quotes_sets.py" html-jsonl "$set_file" "$lang labelled pages" --halves
	else
		echo "quotes.sh: skipped $lang: no $set_file" >&2
	fi
done
