#!/usr/bin/env python3
"""The lean copy and the whole page give the same document, on every page.

    check_lean_whole.py --newsdoc BUILD/tools/newsdoc --bench SHARED/bench \\
                        --whole-page-plugins SOURCE/tests/fixtures/whole-page [--jobs 2]

The generic extractor reads a page lean (html_lean.c: comments, styles,
scripts and drawings emptied) unless a site parser or a probe is involved,
when it reads the whole page (parse.c); the README promises the same
document either way. Each page of every set in SHARED/bench is extracted
both ways by the CLI, many pages a process:
  lean   --parser generic
  whole  no --parser, with only a plugin whose probe matches no page (the
         probe makes the library parse the whole page; then the generic
         extractor reads it)
and the JSON documents must be equal byte for byte. Every page that differs
is named with the first field that differs. Exit status 0 when all agree,
1 otherwise, 77 when SHARED/bench is not there.
"""
import argparse
import concurrent.futures
import gzip
import json
import os
import subprocess
import sys
import tempfile

BATCH = 32


def pages_of(bench):
    found = []
    for folder, _, files in os.walk(bench):
        for name in files:
            if name.endswith('.html.gz'):
                found.append(os.path.join(folder, name))
    return sorted(found)


def extract(cli, files, env, extra):
    """{source: JSON text} for a batch; a page that fails gives its stderr."""
    proc = subprocess.run([cli, 'extract', '--format', 'jsonl'] + extra + files, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    out = {}
    # One document a line; split on LF only (the text may hold U+2028).
    for line in proc.stdout.decode('utf-8').split('\n'):
        if line:
            out[json.loads(line)['source']] = line
    for path in files:
        out.setdefault(path, 'failed: ' + proc.stderr.decode('utf-8', 'replace'))
    return out


def first_difference(lean, whole):
    try:
        a, b = json.loads(lean), json.loads(whole)
    except ValueError:
        return lean[:200] + ' / ' + whole[:200]
    for key in list(a) + [k for k in b if k not in a]:
        if a.get(key) != b.get(key):
            return '%s: lean %s, whole %s' % (key, json.dumps(a.get(key))[:160], json.dumps(b.get(key))[:160])
    return 'same fields, different bytes'


def run_batch(cli, plugins, whole_plugins, bench, work, batch):
    files = []
    for path in batch:
        name = os.path.relpath(path, bench).replace(os.sep, '__')[:-len('.gz')]
        target = os.path.join(work, name)
        with gzip.open(path) as src, open(target, 'wb') as dst:
            dst.write(src.read())
        files.append(target)
    env = dict(os.environ)
    env.pop('NEWSDOC_ADD_PLUGIN_PATH', None)
    env['NEWSDOC_PLUGIN_PATH'] = plugins
    lean = extract(cli, files, env, ['--parser', 'generic'])
    env['NEWSDOC_PLUGIN_PATH'] = whole_plugins
    whole = extract(cli, files, env, [])
    differences = []
    for path, target in zip(batch, files):
        if lean[target] != whole[target]:
            differences.append((os.path.relpath(path, bench), first_difference(lean[target], whole[target])))
        os.unlink(target)
    return differences


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--newsdoc', required=True)
    parser.add_argument('--bench', required=True)
    parser.add_argument('--whole-page-plugins', required=True)
    parser.add_argument('--plugins', default=os.devnull, help='plugin path for the lean run')
    parser.add_argument('--jobs', type=int, default=int(os.environ.get('JOBS', '2')))
    args = parser.parse_args()
    if not os.path.isdir(args.bench):
        print('%s not present: skipped (the benchmarks live beside the checkout)' % args.bench)
        return 77
    pages = pages_of(args.bench)
    if not pages:
        print('no pages in %s: skipped' % args.bench)
        return 77
    batches = [pages[i:i + BATCH] for i in range(0, len(pages), BATCH)]
    differences = []
    with tempfile.TemporaryDirectory(prefix='newsdoc-lean-whole.') as work:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for found in pool.map(lambda b: run_batch(args.newsdoc, args.plugins, args.whole_page_plugins,
                                                        args.bench, work, b), batches):
                differences.extend(found)
    for name, what in sorted(differences):
        print('DIFFERENT %s: %s' % (name, what))
    print('%d pages, %d read differently lean and whole' % (len(pages), len(differences)))
    return 1 if differences else 0


if __name__ == '__main__':
    sys.exit(main())
