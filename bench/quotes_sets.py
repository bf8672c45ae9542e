#!/usr/bin/env python3
"""Runs the newsdoc CLI over one quote set and prints Markdown rows
(set, P, R, F1, speaker accuracy, CPU seconds); bench/quotes.sh calls it.

  quotes_sets.py polnear SPLIT_DIR NAME
  quotes_sets.py text-jsonl GOLD.jsonl NAME [--halves] [--by-sentence] [--no-title]
  quotes_sets.py html-jsonl GOLD.jsonl NAME [--halves] [--by-sentence]

polnear:    SPLIT_DIR/text/*.txt as text input, --quotes-by-sentence (PolNeAR
            annotates "A," said X. "B." as two quotes), scored by
            ../shared/bench/quotes.py.
text-jsonl: each row's title as the first line of a text input, a blank
            line, then its text (the German Wikinews set's README), scored by
            ../shared/bench/quotes_jsonl.py.
html-jsonl: each row's page, ../shared/bench/<id>.html.gz, as HTML with
            --url set to the row's url (SET/html/<name>.html.gz for the sets
            other than fundus), scored by the same scorer.
--by-sentence: the CLI runs with --quotes-by-sentence, for a set that
            annotates "„A“, sagte X. „B“" as two quotes (German Wikinews).
--no-title: text-jsonl without the title line: the text alone, as a page
            saved without its headline (issue 15 item 5: its first
            paragraph must stay body, with its quotes).
--halves:   also a row for each half of the set by page id: sha1(id)'s first
            byte even is the tune half (the one whose errors are looked at),
            odd the check half (unseen while writing rules).

Seconds are the CPU time of the CLI runs (user + system), not wall time.
QUOTES_SHOW=N prints the scorer's first N notes to standard error;
QUOTES_HALF=tune|check restricts them to one half. QUOTES_KEEP=DIR keeps
each set's predictions as DIR/<set name>.json (to diff two builds' quotes).
Only the Python standard library; the data is read from ../shared and
never copied into the project.
"""
import gzip
import hashlib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get('NEWSDOC_SHARED', os.path.join(ROOT, '..', 'shared'))
BENCH = os.path.join(SHARED, 'bench')
NEWSDOC = os.environ.get('NEWSDOC', os.path.join(ROOT, 'build', 'tools', 'newsdoc'))
NUMBER = {k: re.compile(r'\b%s=([\d.]+)' % k) for k in ('precision', 'recall', 'F1', 'speaker_accuracy')}
COUNTS = re.compile(r'\bgold_quotes=(\d+) predicted=(\d+)')


def half_of(doc_id):
    return 'check' if hashlib.sha1(doc_id.encode('utf-8')).digest()[0] & 1 else 'tune'


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_cli(args):
    out = subprocess.run([NEWSDOC, 'extract'] + args, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, check=False)
    if out.returncode not in (0, 1):
        sys.stderr.write(out.stderr.decode('utf-8', 'replace'))
    return [json.loads(line) for line in out.stdout.decode('utf-8').splitlines() if line.strip()]


def score(scorer, gold, pred_path, ids=None, show=0):
    args = [sys.executable, scorer, gold, pred_path]
    if ids is not None:
        args += ['--ids', ids]
    if show:
        args += ['--show', str(show)]
    text = subprocess.run(args, stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
    found = [NUMBER[k].search(text) for k in ('precision', 'recall', 'F1', 'speaker_accuracy')]
    counts = COUNTS.search(text)
    if not all(found):
        sys.exit('quotes_sets.py: no scores from %s:\n%s' % (scorer, text))
    if show:
        sys.stderr.write(text)
    scores = [m.group(1) for m in found]
    if counts and int(counts.group(1)) == 0:
        # The scorer prints 0.000 for a half with no labelled quote; only
        # precision measures something there, and only when quotes were found.
        scores = [scores[0] if int(counts.group(2)) else '–', '–', '–', '–']
    return tuple(scores) + ((int(counts.group(1)), int(counts.group(2))) if counts else (None, None))


def keep(pred_path, name):
    folder = os.environ.get('QUOTES_KEEP')
    if folder:
        os.makedirs(folder, exist_ok=True)
        with open(pred_path, encoding='utf-8') as src:
            pred = json.load(src)
        for doc in pred.values():
            doc.pop('source', None)  # a temporary file's name
        with open(os.path.join(folder, re.sub(r'[^\w.-]+', '_', name) + '.json'), 'w',
                  encoding='utf-8') as dst:
            json.dump(pred, dst, indent=1, sort_keys=True, ensure_ascii=False)


def row(name, scores, seconds):
    p, r, f, s, n_gold, n_found = scores
    if n_gold is not None:
        name += ' [%d labelled, %d output]' % (n_gold, n_found)
    return '| %s | %s | %s | %s | %s | %.2f |' % (name, p, r, f, s, seconds)


def polnear(split, name, work):
    texts = os.path.join(split, 'text')
    files = sorted(os.path.join(texts, n) for n in os.listdir(texts) if n.endswith('.txt'))
    before = cpu_of_children()
    docs = run_cli(['--input', 'text', '--format', 'jsonl', '--quotes-by-sentence'] + files)
    seconds = cpu_of_children() - before
    pred = {}
    for doc in docs:
        key = os.path.basename(doc.get('source') or '')
        pred[key[:-4] if key.endswith('.txt') else key] = doc
    pred_path = os.path.join(work, 'pred.json')
    with open(pred_path, 'w', encoding='utf-8') as f:
        json.dump(pred, f)
    keep(pred_path, name)
    show = int(os.environ.get('QUOTES_SHOW') or 0)
    print(row(name, score(os.path.join(BENCH, 'quotes.py'), split, pred_path, None, show), seconds))


def jsonl_rows(gold):
    with open(gold, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def predict_text(rows, work, flags, no_title=False):
    files, ids = [], {}
    for i, r in enumerate(rows):
        path = os.path.join(work, '%05d.txt' % i)
        with open(path, 'w', encoding='utf-8') as f:
            if not no_title:
                f.write((r.get('title') or '') + '\n\n')
            f.write(r['text'] + '\n')
        files.append(path)
        ids[path] = r['id']
    before = cpu_of_children()
    docs = run_cli(['--input', 'text', '--format', 'jsonl'] + flags + files)
    seconds = cpu_of_children() - before
    return {ids[d['source']]: d for d in docs if d.get('source') in ids}, seconds


def predict_html(rows, work, flags):
    pred, seconds = {}, 0.0
    for i, r in enumerate(rows):
        # "fundus/fr/LeMonde_2024_01_01" or "wcxb/0609" (wcxb/html/0609.html.gz)
        head, _, tail = r['id'].partition('/')
        page = os.path.join(BENCH, r['id'] + '.html.gz')
        if not os.path.exists(page):
            page = os.path.join(BENCH, head, 'html', tail + '.html.gz')
        if not os.path.exists(page):
            sys.stderr.write('quotes_sets.py: no page %s for %s\n' % (page, r['id']))
            continue
        path = os.path.join(work, '%05d.html' % i)
        with gzip.open(page) as src, open(path, 'wb') as dst:
            dst.write(src.read())
        args = ['--format', 'jsonl'] + flags
        if r.get('url'):
            args += ['--url', r['url']]
        before = cpu_of_children()
        docs = run_cli(args + [path])
        seconds += cpu_of_children() - before
        if docs:
            pred[r['id']] = docs[0]
    return pred, seconds


def jsonl_set(kind, gold, name, halves, by_sentence, work, no_title=False):
    rows = jsonl_rows(gold)
    flags = ['--quotes-by-sentence'] if by_sentence else []
    if kind == 'text-jsonl':
        pred, seconds = predict_text(rows, work, flags, no_title)
    else:
        pred, seconds = predict_html(rows, work, flags)
    pred_path = os.path.join(work, 'pred.json')
    with open(pred_path, 'w', encoding='utf-8') as f:
        json.dump(pred, f)
    keep(pred_path, name)
    scorer = os.path.join(BENCH, 'quotes_jsonl.py')
    show = int(os.environ.get('QUOTES_SHOW') or 0)
    show_half = os.environ.get('QUOTES_HALF')
    print(row(name, score(scorer, gold, pred_path, None, 0 if show_half else show), seconds))
    if not halves:
        return
    for half in ('tune', 'check'):
        ids = os.path.join(work, half + '.ids')
        with open(ids, 'w', encoding='utf-8') as f:
            f.write('\n'.join(r['id'] for r in rows if half_of(r['id']) == half) + '\n')
        n = sum(1 for r in rows if half_of(r['id']) == half)
        print(row('%s, %s half (%d pages)' % (name, half, n),
                  score(scorer, gold, pred_path, ids, show if show_half == half else 0), float('nan'))
              .replace('| nan |', '| – |'))


def main():
    a = sys.argv[1:]
    if len(a) < 3 or a[0] not in ('polnear', 'text-jsonl', 'html-jsonl'):
        sys.exit(__doc__)
    with tempfile.TemporaryDirectory() as work:
        if a[0] == 'polnear':
            polnear(a[1], a[2], work)
        else:
            jsonl_set(a[0], a[1], a[2], '--halves' in a, '--by-sentence' in a, work,
                      '--no-title' in a)


if __name__ == '__main__':
    main()
