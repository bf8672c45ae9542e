#!/bin/sh
# Direct quotes and speakers on the PolNeAR dev split, as text input.
#
#   bench/quotes.sh [SPLIT_DIR]
#
# Runs the newsdoc CLI ($NEWSDOC, else build/tools/newsdoc) over every
# SPLIT_DIR/text/*.txt (default ../shared/bench/quotes/polnear/dev), scores
# the quotes with ../shared/bench/quotes.py and prints one Markdown row:
# | libnewsdoc quotes (PolNeAR dev, --quotes-by-sentence) | P | R | F1 | speaker accuracy | seconds |
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${NEWSDOC_SHARED:-$root/../shared}
split=${1:-$shared/bench/quotes/polnear/dev}
newsdoc=${NEWSDOC:-$root/build/tools/newsdoc}
scorer=$shared/bench/quotes.py

if [ ! -x "$newsdoc" ]; then
	echo "quotes.sh: no newsdoc CLI at $newsdoc (build it, or set NEWSDOC)" >&2
	exit 1
fi
if [ ! -d "$split/text" ] || [ ! -f "$scorer" ]; then
	echo "quotes.sh: no PolNeAR split at $split or no scorer at $scorer" >&2
	exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

start=$(date +%s.%N)
# One JSON document a line, each with a "source" key naming its file.
# PolNeAR annotates "A," said X. "B." as two quotes: quotes by sentence.
"$newsdoc" extract --input text --format jsonl --quotes-by-sentence "$split"/text/*.txt >"$work/docs.jsonl"
end=$(date +%s.%N)

python3 - "$work/docs.jsonl" "$work/pred.json" <<'PY'
import json, os, sys
pred = {}
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        if not line.strip():
            continue
        doc = json.loads(line)
        name = os.path.basename(doc.get('source') or '')
        if name.endswith('.txt'):
            name = name[:-4]
        pred[name] = [{'text': q.get('text'), 'speaker': q.get('speaker')}
                      for q in doc.get('quotes') or []]
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    json.dump(pred, f)
PY

python3 "$scorer" "$split" "$work/pred.json" ${QUOTES_SHOW:+--show "$QUOTES_SHOW"} >"$work/score.txt"
if [ -n "${QUOTES_SHOW:-}" ]; then
	cat "$work/score.txt" >&2
fi
python3 - "$work/score.txt" "$start" "$end" "$(basename "$split")" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
p = re.search(r'precision=([\d.]+) recall=([\d.]+) speaker_accuracy=([\d.]+)', text)
f = re.search(r'F1=([\d.]+)', text)
seconds = float(sys.argv[3]) - float(sys.argv[2])
print(f'| libnewsdoc quotes (PolNeAR {sys.argv[4]}, --quotes-by-sentence) | {p.group(1)} | {p.group(2)} | {f.group(1)} | {p.group(3)} | {seconds:.2f} |')
PY
