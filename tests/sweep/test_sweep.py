#!/usr/bin/env python3
"""Self-test of sweep.py, without clang or the benchmark pages.

A fake CLI stands in for newsdoc: it reads each FILE and misbehaves on the
ones holding a marker (a sanitizer report, a segfault, a hang, an unknown
exit status, a report only when two marked files share a process). A small
bench folder of gzipped pages holds one page per marker among clean ones.
The sweep must fail, name exactly the marked pages with the right mode and
reason, and pass when no page is marked; batches must still be used.

    test_sweep.py
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

FAKE_CLI = r'''#!/usr/bin/env python3
import os, signal, sys, time
args = sys.argv[2:]
files, i = [], 0
while i < len(args):
    if args[i] in ('--plugin-path', '--url', '--format', '--parser', '--input'):
        i += 2
        continue
    files.append(args[i])
    i += 1
if os.environ.get('FAKE_URL_LOG') and '--parser' not in args and '--input' not in args:
    with open(os.environ['FAKE_URL_LOG'], 'a') as log:
        log.write((args[args.index('--url') + 1] if '--url' in args else 'NONE') + '\n')
pair = 0
for path in files:
    data = open(path, 'rb').read()
    if b'MARK-ASAN' in data:
        sys.stderr.write('==1==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x1\n'
                         '    #0 0x1 in word_count /src/meta_title.c:79:53\n'
                         '    #1 0x2 in strip_site /src/meta_title.c:130:18\n\n')
        sys.exit(86)
    if b'MARK-SEGV' in data:
        os.kill(os.getpid(), signal.SIGSEGV)
    if b'MARK-HANG' in data:
        time.sleep(30)
    if b'MARK-EXIT3' in data:
        sys.exit(3)
    if b'MARK-GENERIC' in data and '--parser' in args:
        sys.stderr.write('/src/x.c:1:2: runtime error: signed integer overflow\n')
        sys.exit(86)
    if b'MARK-PAIR' in data:
        pair += 1
    if '--format' in args and args[args.index('--format') + 1] == 'text':
        sys.stdout.write('A rendering of the page\n\n' + data.decode('utf-8', 'replace') + '\n')
if pair >= 2:
    sys.stderr.write('==1==ERROR: LeakSanitizer: detected memory leaks\n')
    sys.exit(86)
sys.exit(0)
'''


def make_bench(root, marked):
    """One set of 40 pages; page ids named after their marker."""
    html_dir = os.path.join(root, 'bench', 'toy', 'html')
    os.makedirs(html_dir)
    rows = []
    for k in range(40):
        # ids sort in page order, so the batches are as planned
        page_id = '%02d-clean' % k
        body = '<p>Plain page %d</p>' % k
        if k in marked:
            page_id = '%02d-%s' % (k, marked[k].lower())
            body += ' ' + marked[k]
        with gzip.open(os.path.join(html_dir, page_id + '.html.gz'), 'wb') as f:
            f.write(('<html><body>%s</body></html>' % body).encode())
        rows.append({'id': page_id, 'html': 'html/%s.html.gz' % page_id,
                     'url': 'https://example.org/%s' % page_id})
    with open(os.path.join(root, 'bench', 'toy', 'manifest.json'), 'w') as f:
        json.dump(rows, f)
    # a set that gives its URLs in a ground truth, as scrapinghub does
    truth = {}
    os.makedirs(os.path.join(root, 'bench', 'truth', 'html'))
    for k in range(3):
        page_id = 'page%d' % k
        with gzip.open(os.path.join(root, 'bench', 'truth', 'html', page_id + '.html.gz'), 'wb') as f:
            f.write(b'<html><body><p>Ground truth page</p></body></html>')
        truth[page_id] = {'articleBody': 'Ground truth page', 'url': 'https://example.org/%s' % page_id}
    with open(os.path.join(root, 'bench', 'truth', 'ground-truth.json'), 'w') as f:
        json.dump(truth, f)


def sweep(root):
    cli = os.path.join(root, 'newsdoc')
    with open(cli, 'w') as f:
        f.write(FAKE_CLI)
    os.chmod(cli, 0o755)
    # the bench folder named through "..", as run-sweep.sh names ../shared
    os.makedirs(os.path.join(root, 'up'), exist_ok=True)
    cmd = [sys.executable, os.path.join(HERE, 'sweep.py'), '--cli', cli, '--plugins', root,
           '--bench', os.path.join(root, 'up', '..', 'bench'), '--sets', 'toy,truth',
           '--work', os.path.join(root, 'work'),
           '--timeout', '4', '--batch', '8', '--batch-allowance', '0.2', '--jobs', '2']
    env = dict(os.environ, FAKE_URL_LOG=os.path.join(root, 'urls.log'))
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300, env=env)
    return proc.returncode, proc.stdout.decode()


def fail_lines(out):
    return sorted(line for line in out.splitlines() if line.startswith('sweep: FAIL '))


def expect(condition, message, out):
    if not condition:
        print(out)
        print('test_sweep: FAILED: ' + message)
        sys.exit(1)


def main():
    with tempfile.TemporaryDirectory() as root:
        make_bench(root, {})
        code, out = sweep(root)
        expect(code == 0, 'a clean bench must pass (exit %d)' % code, out)
        expect('clean: no sanitizer report' in out, 'a clean run says so', out)
        expect(' 43 runs in    6 processes' in out, 'generic pages go 8 to a process', out)
        with open(os.path.join(root, 'urls.log')) as f:
            urls = f.read().split()
        expect(len(urls) == 43 and 'NONE' not in urls and 'https://example.org/page2' in urls,
               'every page runs with the URL of its manifest or ground truth', out)

    marked = {3: 'MARK-ASAN', 9: 'MARK-SEGV', 14: 'MARK-HANG', 20: 'MARK-EXIT3',
              26: 'MARK-GENERIC', 33: 'MARK-PAIR', 34: 'MARK-PAIR'}
    with tempfile.TemporaryDirectory() as root:
        make_bench(root, marked)
        code, out = sweep(root)
        expect(code == 1, 'a bench with failing pages must fail (exit %d)' % code, out)
        got = fail_lines(out)
        alone = [l for l in got if 'batch only' not in l]
        together = [l for l in got if 'batch only' in l]
        # each broken page alone: in default mode (one process per page, so
        # its own run), in generic mode (found by running its batch again
        # page by page) and in text-stripped (the crude rendering keeps the
        # marker); a page whose default run failed has no text export
        want = sorted(('%s toy/%s' % (mode, page))
                      for page in ('03-mark-asan', '09-mark-segv', '14-mark-hang', '20-mark-exit3')
                      for mode in ('default', 'generic', 'text-stripped'))
        want = sorted(want + ['generic toy/26-mark-generic'])
        have = sorted(' '.join(l.split()[2:4]).rstrip(':') for l in alone)
        expect(have == want, 'pages named alone: %s, expected %s' % (have, want), out)
        # the two pages that fail only together: a batch-only failure, in
        # each batched mode, naming their whole batch
        expect(sorted(l.split()[2] for l in together) == ['generic', 'text-export', 'text-stripped'],
               'the batch-only failures are not reported once per batched mode', out)
        for line in together:
            expect('toy/33-mark-pair' in line and 'toy/34-mark-pair' in line and 'LeakSanitizer' in line
                   and line.count('toy/') == 8, 'a batch-only failure does not name its batch: ' + line, out)
        reasons = {'03-mark-asan': 'sanitizer: ERROR: AddressSanitizer: heap-buffer-overflow',
                   '09-mark-segv': 'killed by SIGSEGV', '14-mark-hang': 'timeout (over 4 s)',
                   '20-mark-exit3': 'exit status 3', '26-mark-generic': 'sanitizer: runtime error'}
        for page, reason in reasons.items():
            expect(any(('toy/%s: %s' % (page, reason)) in l for l in got),
                   '%s is not reported as "%s"' % (page, reason), out)
        expect('word_count /src/meta_title.c:79:53' in out, 'the short report shows the top frames', out)
        expect('wall ' in out, 'the wall time is printed', out)
    print('test_sweep: the sweep names every failing page, mode and reason, and passes a clean bench')
    return 0


if __name__ == '__main__':
    sys.exit(main())
