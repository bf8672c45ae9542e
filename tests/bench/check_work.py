#!/usr/bin/env python3
"""Every page of the benchmarks (../shared/bench) parses within the default
work budget (max_work 0), with a wide margin: no page may use more than a
tenth of it. Prints the distribution of the steps the pages took.

  check_work.py --newsdoc CLI --bench DIR [--margin 10]

Pages are gunzipped a batch at a time into a temporary folder and given to
one `newsdoc extract --format jsonl` with NEWSDOC_DEBUG=work, which prints
"newsdoc: work: N steps for M bytes" for each parse. Exit 77 (skipped)
when the benchmarks are absent."""
import argparse
import gzip
import os
import re
import subprocess
import sys
import tempfile

# The default budget of libnewsdoc/parse.c: a base and steps a byte.
BASE, PER_BYTE = 20000000, 10
SETS = ('scrapinghub', 'fundus', 'wcxb', 'readability', 'postlight', 'goose3', 'newspaper4k')
BATCH = 150

ap = argparse.ArgumentParser()
ap.add_argument('--newsdoc', required=True)
ap.add_argument('--bench', required=True)
ap.add_argument('--margin', type=float, default=10.0)
args = ap.parse_args()
if not os.path.isdir(os.path.join(args.bench, 'scrapinghub')):
    print('SKIP: no benchmarks at %s' % args.bench)
    sys.exit(77)

pages = []
for name in SETS:
    for root, _, files in os.walk(os.path.join(args.bench, name)):
        pages += [os.path.join(root, f) for f in sorted(files) if f.endswith('.html.gz')]
env = dict(os.environ, NEWSDOC_DEBUG='work')
runs, failures = [], []
with tempfile.TemporaryDirectory() as tmp:
    for start in range(0, len(pages), BATCH):
        batch = []
        for i, page in enumerate(pages[start:start + BATCH]):
            path = os.path.join(tmp, '%05d.html' % (start + i))
            with gzip.open(page, 'rb') as src, open(path, 'wb') as dst:
                dst.write(src.read())
            batch.append(path)
        p = subprocess.run([args.newsdoc, 'extract', '--format', 'jsonl'] + batch, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors='replace')
        for line in p.stderr.splitlines():
            m = re.match(r'newsdoc: work: (\d+) steps for (\d+) bytes$', line)
            if m:
                runs.append((int(m.group(1)), int(m.group(2))))
            elif 'max_work' in line:
                failures.append(line)
        for path in batch:
            os.unlink(path)

if not runs:
    print('FAIL: no parse reported its work (NEWSDOC_DEBUG=work)')
    sys.exit(1)
steps = sorted(s for s, _ in runs)
per_byte = sorted(s / max(b, 1) for s, b in runs)
share = sorted(s / (BASE + PER_BYTE * b) for s, b in runs)
p99 = lambda xs: xs[min(len(xs) - 1, int(len(xs) * 0.99))]
print('%d pages of %d parsed; steps: max %d, p99 %d, median %d; steps a byte: max %.3f, p99 %.3f; '
      'most of the default budget used: %.4f%%' % (len(runs), len(pages), steps[-1], p99(steps),
                                                  steps[len(steps) // 2], per_byte[-1], p99(per_byte),
                                                  100 * share[-1]))
for line in failures:
    print('FAIL: %s' % line)
if share[-1] * args.margin > 1:
    print('FAIL: a page used %.1f%% of the default budget, more than 1/%g' % (100 * share[-1], args.margin))
    failures.append('margin')
sys.exit(1 if failures else 0)
