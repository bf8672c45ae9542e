#!/usr/bin/env python3
"""Turn `newsdoc extract --format jsonl` output over the Fundus pages into
the PRED.json that `score.py fields` reads.

    bench/fundus_pred.py JSONL_FILE MANIFEST > PRED.json

Each JSONL line is one document with a "source" key: the path the CLI was
given. The pages are gunzipped before extraction, so a source matches the
manifest row whose `html` path (without .gz) ends it. The record keeps what
the scorer compares: title, author names, published date, body text.
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    jsonl_path, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
    # Longest suffix first, so that "de/X.html" never shadows "ch/de/X.html".
    keys = sorted((m['html'] for m in manifest), key=len, reverse=True)
    pred = {}
    with open(jsonl_path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            source = (doc.get('source') or '').replace(os.sep, '/')
            key = next((k for k in keys
                        if source.endswith('/' + k[:-3] if k.endswith('.gz') else '/' + k)
                        or source == (k[:-3] if k.endswith('.gz') else k)
                        or source.endswith('/' + k)), None)
            if key is None:
                print(f'fundus_pred.py: no manifest row for {source}', file=sys.stderr)
                continue
            pred[key] = {
                'title': doc.get('title'),
                'authors': [a.get('name') for a in doc.get('authors') or [] if a.get('name')],
                'published': doc.get('published'),
                'articleBody': doc.get('text') or '',
            }
    json.dump(pred, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
