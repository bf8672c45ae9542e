#!/usr/bin/env python3
"""Real-page sweep: every benchmark page through a sanitizer build of the CLI.

    sweep.py --cli BUILD/tools/newsdoc --plugins BUILD/plugins.d \
             --bench SHARED/bench --work DIR [--jobs 2] [--limit N] [--sets a,b]

Each page is run in four ways (README.md in this folder says why so):

  default        the library picks the parser (site plugins engage through
                 the page's URL from its set's manifest or ground truth);
                 one process per page, since --url applies to every FILE;
                 the text export it prints is the page's text rendering
  generic        --parser generic, many pages per process (jsonl output)
  text-export    --input text over that text rendering (markdown output)
  text-stripped  --input text over a crude tag-stripped rendering made
                 here (xml output), so messy text is covered too

A run fails on a sanitizer report, a signal, an exit status other than 0
(document) or 1 (a clean refusal), or a page slower than --timeout seconds.
A batch that fails or passes its time budget is run again page by page, so
every failure names its page; a batch that fails while none of its pages
fails alone is reported as such, with all its pages. Reports, reproducing
commands and the rendered inputs of failing runs go to WORK/failures/.
Exit status: 0 when every run was clean, 1 otherwise.
"""
import argparse
import concurrent.futures
import gzip
import html
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

SETS = ('scrapinghub', 'fundus', 'wcxb', 'readability', 'postlight', 'goose3', 'newspaper4k')
MODES = ('default', 'generic', 'text-export', 'text-stripped')
# what the sanitizers exit with (ASAN_OPTIONS/UBSAN_OPTIONS exitcode=),
# so a report is told from the CLI's own exit status 1
SANITIZER_EXIT = 86
REPORT_START = re.compile(r'ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|runtime error:|'
                          r'WARNING: AddressSanitizer|SUMMARY: \w+Sanitizer')
FRAME = re.compile(r'^\s*#(\d+) ')
# frames of the sanitizer runtime and libc, left out of the short report
RUNTIME_FRAME = re.compile(r'compiler-rt|sanitizer_common|/asan/|/ubsan/|libclang_rt|libc\.so|libc-start|'
                           r'__libc_start|_start \(|libc_start_call_main')


class Page:
    def __init__(self, set_name, page_id, path, url):
        self.set_name = set_name
        self.page_id = page_id
        self.path = path
        self.url = url

    @property
    def name(self):
        return '%s/%s' % (self.set_name, self.page_id)


def load_pages(bench, sets):
    """Every *.html.gz of each set, with the URL its manifest or ground truth gives."""
    pages = []
    for set_name in sets:
        root = os.path.join(bench, set_name)
        if not os.path.isdir(root):
            continue
        urls = {}
        manifest = os.path.join(root, 'manifest.json')
        truth = os.path.join(root, 'ground-truth.json')
        if os.path.exists(manifest):
            with open(manifest, encoding='utf-8') as f:
                for row in json.load(f):
                    urls[os.path.normpath(os.path.join(root, row['html']))] = row.get('url')
        elif os.path.exists(truth):
            with open(truth, encoding='utf-8') as f:
                for page_id, row in json.load(f).items():
                    urls[os.path.normpath(os.path.join(root, 'html', page_id + '.html.gz'))] = row.get('url')
        found = []
        for folder, _, files in os.walk(root):
            for name in files:
                if name.endswith('.html.gz'):
                    found.append(os.path.normpath(os.path.join(folder, name)))
        for path in sorted(found):
            page_id = os.path.relpath(path, root)[:-len('.html.gz')]
            if page_id.startswith('html' + os.sep):
                page_id = page_id[len('html' + os.sep):]
            pages.append(Page(set_name, page_id, path, urls.get(path)))
    return pages


# ---- the crude rendering ----

DROPPED = re.compile(r'<!--.*?-->|<(script|style|noscript|template|svg)\b.*?</\1\s*>', re.S | re.I)
BLOCK_TAG = re.compile(r'</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|nav|'
                       r'aside|blockquote|pre|figure|figcaption|dd|dt|title|main|form)\b[^>]*>', re.I)
ANY_TAG = re.compile(r'<[^>]*>')
BLANK_RUN = re.compile(r'\n[ \t\r\f\v]*(\n[ \t\r\f\v]*){2,}')


def strip_tags(page):
    """Text as a careless copy of the page would give it: scripts and styles
    dropped, block tags turned into line breaks, other tags removed,
    entities decoded, but menus, footers and stray whitespace kept."""
    text = page.decode('utf-8', 'replace')
    text = DROPPED.sub(' ', text)
    text = BLOCK_TAG.sub('\n', text)
    text = ANY_TAG.sub('', text)
    text = html.unescape(text)
    return BLANK_RUN.sub('\n\n', text).strip() + '\n'


# ---- running the CLI and judging the outcome ----

def run(cmd, timeout, stdout=subprocess.DEVNULL):
    """Run cmd; returns (returncode or None on timeout, stderr text, seconds)."""
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=stdout, stderr=subprocess.PIPE,
                              timeout=timeout)
        code = proc.returncode
        err = proc.stderr
    except subprocess.TimeoutExpired as e:
        code = None
        err = e.stderr or b''
    return code, err.decode('utf-8', 'replace'), time.monotonic() - start


BATCH_SUMMARY = re.compile(r'^newsdoc: \d+ files: ', re.M)


def verdict(code, err, limit):
    """None when the run was clean, else a one-line reason."""
    if code is None:
        return 'timeout (over %g s)' % limit
    if REPORT_START.search(err):
        match = re.search(r'ERROR: \w+Sanitizer: [^\n]*|runtime error: [^\n]*', err)
        return 'sanitizer: ' + (match.group(0) if match else 'report')
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = 'signal %d' % -code
        return 'killed by ' + name
    if code == SANITIZER_EXIT:
        return 'sanitizer exit status %d' % code
    if code not in (0, 1):
        return 'exit status %d' % code
    return None


def short_report(err, frames=8):
    """The first sanitizer report in err: its heading and top frames of our code."""
    lines = err.splitlines()
    out = []
    for i, line in enumerate(lines):
        if REPORT_START.search(line):
            out.append(line.strip())
            shown = 0
            for frame in lines[i + 1:]:
                if FRAME.match(frame):
                    if not RUNTIME_FRAME.search(frame):
                        out.append('  ' + re.sub(r' 0x[0-9a-f]+ in ', ' ', frame.strip()))
                        shown += 1
                    if shown >= frames:
                        break
                elif shown and not frame.strip():
                    break
            break
    if not out:
        out = [line for line in lines if line.strip()][-frames:]
    return out


class Sweep:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.failures = []            # (mode, [page names], reason, report lines, saved folder)
        self.runs = {m: 0 for m in MODES}
        self.batches = {m: 0 for m in MODES}
        self.reruns = {m: 0 for m in MODES}
        self.slowest = {m: (0.0, '') for m in MODES}
        self.refused = {m: 0 for m in MODES}
        self.done_pages = 0
        self.failure_dir = os.path.join(args.work, 'failures')
        shutil.rmtree(self.failure_dir, ignore_errors=True)

    def base_cmd(self):
        return [self.args.cli, 'extract', '--plugin-path', self.args.plugins]

    def record(self, mode, pages, reason, err, cmd, inputs):
        """Keep a failure: its report, a reproducing command and, for
        renderings made here, the input itself."""
        names = [p.name for p in pages]
        folder = os.path.join(self.failure_dir, '%s--%s' % (mode, '+'.join(names).replace('/', '_')[:120]))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, 'report.txt'), 'w', encoding='utf-8') as f:
            f.write(err)
        shown = list(cmd)
        for i, arg in enumerate(shown):
            for page, path in inputs:
                if arg == path:
                    if mode.startswith('text'):
                        kept = os.path.join(folder, os.path.basename(path))
                        shutil.copyfile(path, kept)
                        shown[i] = kept
                    else:
                        shown[i] = '<(zcat %s)' % page.path
        with open(os.path.join(folder, 'command.txt'), 'w', encoding='utf-8') as f:
            f.write(' '.join(shlex.quote(a) if not a.startswith('<(') else a for a in shown) + '\n')
        with self.lock:
            self.failures.append((mode, names, reason, short_report(err), folder))
            print('sweep: FAIL %s %s: %s' % (mode, ' '.join(names), reason), flush=True)

    def note_time(self, mode, seconds, name):
        with self.lock:
            if seconds > self.slowest[mode][0]:
                self.slowest[mode] = (seconds, name)

    def run_pages(self, mode, options, inputs):
        """Run the CLI over inputs [(page, file)] in one process; when it fails
        or passes the batch budget, once per page."""
        if not inputs:
            return
        limit = self.args.timeout
        cmd = self.base_cmd() + options + [path for _, path in inputs]
        budget = limit + self.args.batch_allowance * (len(inputs) - 1)
        code, err, seconds = run(cmd, budget if len(inputs) > 1 else limit)
        reason = verdict(code, err, budget if len(inputs) > 1 else limit)
        with self.lock:
            self.runs[mode] += len(inputs)
            self.batches[mode] += 1
            # one "newsdoc: FILE: reason" line a refused page; the batch's
            # closing "newsdoc: N files: ..." summary is not one
            self.refused[mode] += (err.count('newsdoc: ') - len(BATCH_SUMMARY.findall(err))
                                   if reason is None else 0)
        self.note_time(mode, seconds, inputs[0][0].name if len(inputs) == 1 else
                       '%d pages from %s' % (len(inputs), inputs[0][0].name))
        if reason is None:
            return
        if len(inputs) == 1:
            self.record(mode, [inputs[0][0]], reason, err, cmd, inputs)
            return
        with self.lock:
            self.reruns[mode] += 1
        alone_failed = False
        for page, path in inputs:
            one = self.base_cmd() + options + [path]
            code1, err1, seconds1 = run(one, limit)
            self.note_time(mode, seconds1, page.name)
            reason1 = verdict(code1, err1, limit)
            if reason1 is not None:
                alone_failed = True
                self.record(mode, [page], reason1, err1, one, [(page, path)])
        if not alone_failed and not reason.startswith('timeout'):
            # state carried from one page to the next, or a leak only the
            # whole batch shows: name every page of the batch
            self.record(mode, [p for p, _ in inputs], 'batch only: ' + reason, err, cmd, inputs)

    def run_chunk(self, chunk):
        tmp = tempfile.mkdtemp(prefix='chunk-', dir=self.args.work)
        try:
            pages = []
            for k, page in enumerate(chunk):
                path = os.path.join(tmp, '%d.html' % k)
                with gzip.open(page.path, 'rb') as f:
                    data = f.read()
                with open(path, 'wb') as f:
                    f.write(data)
                stripped = os.path.join(tmp, '%d.stripped.txt' % k)
                with open(stripped, 'w', encoding='utf-8') as f:
                    f.write(strip_tags(data))
                pages.append((page, path, stripped))
            # default: one process per page (its own --url); its text
            # export is the rendering for text-export
            rendered = []
            for k, (page, path, _) in enumerate(pages):
                out = os.path.join(tmp, '%d.export.txt' % k)
                cmd = self.base_cmd() + (['--url', page.url] if page.url else []) + ['--format', 'text', path]
                with open(out, 'wb') as f:
                    code, err, seconds = run(cmd, self.args.timeout, stdout=f)
                self.note_time('default', seconds, page.name)
                reason = verdict(code, err, self.args.timeout)
                with self.lock:
                    self.runs['default'] += 1
                    self.batches['default'] += 1
                    self.refused['default'] += code == 1 and reason is None
                if reason is not None:
                    self.record('default', [page], reason, err, cmd, [(page, path)])
                elif code == 0 and os.path.getsize(out) > 0:
                    rendered.append((page, out))
            self.run_pages('generic', ['--parser', 'generic', '--format', 'jsonl'],
                           [(p, path) for p, path, _ in pages])
            self.run_pages('text-export', ['--input', 'text', '--format', 'markdown'], rendered)
            self.run_pages('text-stripped', ['--input', 'text', '--format', 'xml'],
                           [(p, stripped) for p, _, stripped in pages])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        with self.lock:
            before = self.done_pages
            self.done_pages += len(chunk)
            step = self.args.progress
            if step and before // step != self.done_pages // step:
                print('sweep: %d/%d pages' % (self.done_pages, self.total), flush=True)

    def go(self, pages):
        self.total = len(pages)
        size = self.args.batch
        chunks = [pages[i:i + size] for i in range(0, len(pages), size)]
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.args.jobs) as pool:
            for future in [pool.submit(self.run_chunk, c) for c in chunks]:
                future.result()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--cli', required=True)
    parser.add_argument('--plugins', required=True)
    parser.add_argument('--bench', required=True)
    parser.add_argument('--work', required=True)
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=5.0, help='seconds a page may take')
    parser.add_argument('--batch', type=int, default=16, help='pages per process (generic, text modes)')
    parser.add_argument('--batch-allowance', type=float, default=0.5,
                        help='seconds a batch may take per page beyond the first before it is re-run')
    parser.add_argument('--sets', default=','.join(SETS))
    parser.add_argument('--limit', type=int, default=0, help='at most N pages (every Nth kept), for trials')
    parser.add_argument('--progress', type=int, default=500)
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)

    start = time.monotonic()
    cpu_before = os.times()
    pages = load_pages(args.bench, [s for s in args.sets.split(',') if s])
    if args.limit and len(pages) > args.limit:
        step = len(pages) / args.limit
        pages = [pages[int(i * step)] for i in range(args.limit)]
    if not pages:
        print('sweep: no pages found under %s' % args.bench)
        return 1
    counts = {}
    for p in pages:
        counts[p.set_name] = counts.get(p.set_name, 0) + 1
    with_url = sum(1 for p in pages if p.url)
    print('sweep: %d pages (%s), %d with a URL; %d at a time, %g s a page'
          % (len(pages), ', '.join('%s %d' % kv for kv in counts.items()), with_url, args.jobs, args.timeout),
          flush=True)

    sweep = Sweep(args)
    sweep.go(pages)

    wall = time.monotonic() - start
    cpu = os.times()
    children = (cpu.children_user - cpu_before.children_user) + (cpu.children_system - cpu_before.children_system)
    own = (cpu.user - cpu_before.user) + (cpu.system - cpu_before.system)
    for mode in MODES:
        failed = sum(1 for m, _, _, _, _ in sweep.failures if m == mode)
        slow, slow_name = sweep.slowest[mode]
        print('sweep: %-13s %5d runs in %4d processes, %3d batches re-run page by page, '
              '%4d refusals, %d failures; slowest process %.2f s (%s)'
              % (mode, sweep.runs[mode], sweep.batches[mode], sweep.reruns[mode], sweep.refused[mode],
                 failed, slow, slow_name or '-'))
    print('sweep: wall %.1f s, CPU %.1f s in the CLI + %.1f s here' % (wall, children, own))
    if not sweep.failures:
        print('sweep: clean: no sanitizer report, signal or timeout on %d pages' % len(pages))
        return 0
    print('sweep: %d failing runs:' % len(sweep.failures))
    for mode, names, reason, report, folder in sorted(sweep.failures):
        print('--- %s %s: %s' % (mode, ' '.join(names), reason))
        for line in report:
            print('    ' + line)
        print('    (report and command: %s)' % folder)
    return 1


if __name__ == '__main__':
    sys.exit(main())
