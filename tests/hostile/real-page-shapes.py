#!/usr/bin/env python3
"""Real pages in the shapes real crawls give them: benchmark pages of
../shared/bench cut short, grown and mislabelled, each run through a
sanitizer build of the CLI (tests/sweep/run-sweep.sh builds one) with a
time and memory limit.

    real-page-shapes.py --cli BUILD/tools/newsdoc --plugins BUILD/plugins.d \
        --bench SHARED/bench --work DIR [--pages 40] [--jobs 2] [--timeout 120]
        [--shapes name,name] [--modes default,generic,text] [--scale 1]

The shaped pages are written under WORK (never into the repository) and
removed after their run unless --keep. For every page and shape it prints
the outcome, CPU seconds, peak MB and seconds per MB, and at the end the
slowest shapes per MB against the same page's own time per MB. It fails
(exit status 1) on a sanitizer report, a signal, an exit status other
than 0 (a document, which must not be empty) or 1 (a refusal with a
message), a run past --timeout seconds, or peak memory past --mb.

The shapes (a page picked every n-th, so every set is there; the random
offsets are seeded, so a run is repeatable):
  cut-tag, cut-utf8, cut-jsonld, cut-random   truncated inside a tag, a
        multi-byte character, a JSON-LD block, at a random byte
  repeat-20x      the body's content 20 times
  nest-5000       the body's content inside 5,000 nested <div>s
  charset-utf16, charset-sjis, charset-cp1252     a wrong charset declared
        on the page's UTF-8 bytes (every declaration replaced)
  jsonld-2mb-text, jsonld-2mb-graph    a 2 MB JSON-LD block: one long
        articleBody, or a graph of 20,000 small items
  line-1mb-words, line-1mb-token    a 1 MB line of words, or of one word
  links-50k       a related box of 50,000 links after the article
  bylines-10k     10,000 bylines before the text
  comments-20k    a comment section of 20,000 comments
  next-data-2mb   2 MB of a framework's page state in a JSON script
  data-uri-1mb    a 1 MB data: image and a 1 MB inline style
  bare-cr         carriage returns for line ends
  table-10k-rows  a data table of 10,000 rows
  concat-20x      the whole page 20 times (responses saved into one file)
  raw-gzip        the page still gzip-compressed
  http-headers    the response's HTTP head in front of the page
  utf16-bom       the page re-encoded as UTF-16 with a byte order mark
Modes (--modes, default "default"): default (the URL, so site plugins
engage), generic (--parser generic, no URL: the lean copy), text (--input
text over a crude tag-stripped rendering of the shaped page).
"""
import argparse
import concurrent.futures
import gzip
import os
import random
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'sweep'))
import sweep  # noqa: E402  (load_pages, verdict, short_report)

MB = 1024 * 1024
BODY_OPEN = re.compile(rb'<body\b[^>]*>', re.I)
BODY_CLOSE = re.compile(rb'</body\s*>', re.I)
CHARSET = re.compile(rb'(charset\s*=\s*["\']?)[\w:.-]+', re.I)
HEAD_OPEN = re.compile(rb'<head\b[^>]*>', re.I)
JSONLD = re.compile(rb'<script[^>]*application/ld\+json[^>]*>', re.I)
PARA_OPEN = re.compile(rb'<p[\s>]', re.I)


# --scale multiplies every count of the growing shapes (repeats, levels,
# bytes, links, bylines, comments, rows), to see how time grows with them.
SCALE = [1.0]


def scaled(count):
    return max(1, int(count * SCALE[0]))


def markup_matches(pattern, page, start=0):
    """The matches of pattern that are markup: not inside a script, style,
    comment or template (JSON-LD may hold "<body><p>" in a string)."""
    hidden = [m.span() for m in sweep.DROPPED.finditer(page.decode('latin-1'))]
    return [m for m in pattern.finditer(page, start)
            if not any(begin <= m.start() < end for begin, end in hidden)]


def split_body(page):
    """(before the body's content, the content, from </body> on)."""
    opens = markup_matches(BODY_OPEN, page)
    begin = opens[0].end() if opens else 0
    ends = markup_matches(BODY_CLOSE, page, begin)
    end = ends[-1].start() if ends else len(page)
    return page[:begin], page[begin:end], page[end:]


def insert_in_head(page, markup):
    head = HEAD_OPEN.search(page)
    at = head.end() if head else 0
    return page[:at] + markup + page[at:]


def insert_before_prose(page, markup):
    """markup before the body's first <p> (else at the body's start)."""
    before, body, after = split_body(page)
    paras = markup_matches(PARA_OPEN, body)
    at = paras[0].start() if paras else 0
    return before + body[:at] + markup + body[at:] + after


def cut_tag(page, rng):
    """Cut between a tag's '<' and its '>'."""
    tags = [m.span() for m in re.finditer(rb'<[a-zA-Z][^>]+>', page)]
    if not tags:
        return None
    start, end = rng.choice(tags[len(tags) // 10:] or tags)
    return page[:rng.randrange(start + 2, end)]


def cut_utf8(page, rng):
    leads = [m.start() for m in re.finditer(rb'[\xc2-\xf4]', page)]
    return page[:rng.choice(leads) + 1] if leads else None


def cut_jsonld(page, rng):
    blocks = list(JSONLD.finditer(page))
    if not blocks:
        return None
    start = rng.choice(blocks).end()
    end = page.find(b'</script', start)
    end = len(page) if end < 0 else end
    return page[:start + max(1, (end - start) // 2)]


def wrong_charset(name):
    def shape(page, _rng):
        marked, count = CHARSET.subn(lambda m: m.group(1) + name, page)
        return marked if count else insert_in_head(page, b'<meta charset="' + name + b'">')
    return shape


def repeat_body(page, _rng):
    before, body, after = split_body(page)
    return before + body * scaled(20) + after


def nest_body(page, _rng):
    before, body, after = split_body(page)
    return before + b'<div>' * scaled(5000) + body + b'</div>' * scaled(5000) + after


def jsonld_text(page, _rng):
    words = b'The council met on Tuesday to talk about the harbour wall and its repair. '
    block = (b'<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
             b'"headline":"Harbour wall","articleBody":"' + words * scaled(2 * MB // len(words)) + b'"}</script>')
    return insert_in_head(page, block)


def jsonld_graph(page, _rng):
    items = b','.join(b'{"@type":"ListItem","position":%d,"item":{"@id":"https://example.com/news/%d",'
                      b'"name":"Story %d","author":{"@type":"Person","name":"Ann Smith %d"}}}' % (i, i, i, i)
                      for i in range(scaled(20000)))
    block = (b'<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
             b'{"@type":"NewsArticle","headline":"Harbour wall","datePublished":"2024-05-01"},'
             b'{"@type":"ItemList","itemListElement":[' + items + b']}]}</script>')
    return insert_in_head(page, block)


def line_words(page, _rng):
    words = b'the harbour wall was repaired after the storm, the council said, '
    return insert_before_prose(page, b'<p>' + words * scaled(MB // len(words)) + b'</p>')


def line_token(page, _rng):
    return insert_before_prose(page, b'<p>' + b'harbour' * scaled(MB // 7) + b'</p>')


def related_links(page, _rng):
    links = b''.join(b'<li><a href="/news/2024/05/story-%d">Council votes on story number %d</a></li>' % (i, i)
                     for i in range(scaled(50000)))
    before, body, after = split_body(page)
    return before + body + b'<div class="related"><h3>Related stories</h3><ul>' + links + b'</ul></div>' + after


def bylines(page, _rng):
    lines = b''.join(b'<div class="byline">By <a rel="author" href="/author/ann-smith-%d">Ann Smith %d</a>'
                     b' and Bob Jones, Reuters</div>' % (i, i) for i in range(scaled(10000)))
    return insert_before_prose(page, lines)


def comments(page, _rng):
    items = b''.join(b'<li class="comment" id="comment-%d"><div class="comment-author vcard">'
                     b'<cite class="fn">Reader %d</cite></div><time datetime="2024-05-01T10:%02d:00Z">'
                     b'May 1, 2024</time><div class="comment-content"><p>I think the council is right '
                     b'about the wall, said reader %d. \xe2\x80\x9cAct now.\xe2\x80\x9d</p></div></li>'
                     % (i, i, i % 60, i) for i in range(scaled(20000)))
    before, body, after = split_body(page)
    return (before + body + b'<section id="comments" class="comments-area"><h2 class="comments-title">'
            b'20,000 comments</h2><ol class="comment-list">' + items + b'</ol></section>' + after)


def next_data(page, _rng):
    """A framework's page state (Next.js __NEXT_DATA__): 2 MB of JSON in a
    script that is not JSON-LD, holding the article again."""
    items = b','.join(b'{"id":%d,"title":"Story %d","body":"<p>The council met on Tuesday.</p>"}' % (i, i)
                      for i in range(scaled(2 * MB // 70)))
    return insert_in_head(page, b'<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":'
                          b'{"stories":[' + items + b']}}}</script>')


def data_uri_image(page, _rng):
    """An image inlined as a 1 MB data: address, and a 1 MB inline style."""
    image = (b'<figure><img src="data:image/png;base64,' + b'iVBORw0KGgo' * scaled(MB // 11)
             + b'"><figcaption>The harbour wall</figcaption></figure>')
    style = b'<style>' + b'.a{color:red}' * scaled(MB // 13) + b'</style>'
    return insert_before_prose(insert_in_head(page, style), image)


def bare_cr(page, _rng):
    """Old Mac line ends: every line feed a carriage return."""
    return page.replace(b'\r\n', b'\r').replace(b'\n', b'\r')


def big_table(page, _rng):
    """A data table of 10,000 rows of 10 cells in the article."""
    row = b'<tr>' + b''.join(b'<td>cell %d</td>' % i for i in range(10)) + b'</tr>'
    return insert_before_prose(page, b'<table><thead><tr><th>Year</th></tr></thead>' + row * scaled(10000)
                               + b'</table>')


def concatenated(page, _rng):
    """A crawl that saved 20 responses into one file: the whole page,
    doctype, head and all, 20 times."""
    return page * scaled(20)


def raw_gzip(page, _rng):
    """A response saved still gzip-compressed."""
    return gzip.compress(page)


def http_headers(page, _rng):
    """A response saved with its HTTP head in front (a WARC record's)."""
    return (b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: %d\r\n'
            b'Set-Cookie: a=b; Path=/\r\n\r\n' % len(page)) + page


def utf16_bom(page, _rng):
    """The page saved as UTF-16 with a byte order mark, still declaring
    its old charset."""
    return b'\xff\xfe' + page.decode('utf-8', 'replace').encode('utf-16-le')


SHAPES = (
    ('cut-tag', cut_tag), ('cut-utf8', cut_utf8), ('cut-jsonld', cut_jsonld),
    ('cut-random', lambda page, rng: page[:rng.randrange(1, len(page))]),
    ('repeat-20x', repeat_body), ('nest-5000', nest_body),
    ('charset-utf16', wrong_charset(b'UTF-16')), ('charset-sjis', wrong_charset(b'Shift_JIS')),
    ('charset-cp1252', wrong_charset(b'windows-1252')),
    ('jsonld-2mb-text', jsonld_text), ('jsonld-2mb-graph', jsonld_graph),
    ('line-1mb-words', line_words), ('line-1mb-token', line_token),
    ('links-50k', related_links), ('bylines-10k', bylines), ('comments-20k', comments),
    ('next-data-2mb', next_data), ('data-uri-1mb', data_uri_image), ('bare-cr', bare_cr),
    ('table-10k-rows', big_table), ('concat-20x', concatenated), ('raw-gzip', raw_gzip),
    ('http-headers', http_headers), ('utf16-bom', utf16_bom),
)
# default: the library picks the parser (site plugins through the page's
# URL); generic: --parser generic, no URL (the lean copy of html_lean.c);
# text: --input text over a crude tag-stripped rendering of the shaped page
MODES = ('default', 'generic', 'text')


# Runs the CLI and prints "status cpu-seconds peak-kb" of it. A small
# process of its own: a child forked from this script would count the
# script's memory (every shaped page it made) in its peak, as Linux keeps
# the largest resident size of a process across exec.
LAUNCHER = """
import os, subprocess, sys, time
out, err, limit, cmd = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
with open(out, 'wb') as o, open(err, 'wb') as e:
    p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=o, stderr=e)
start = time.monotonic()
while True:
    pid, status, usage = os.wait4(p.pid, os.WNOHANG)
    if pid:
        code = str(os.waitstatus_to_exitcode(status))
        break
    if time.monotonic() - start > limit:
        p.kill()
        pid, status, usage = os.wait4(p.pid, 0)
        code = 'timeout'
        break
    time.sleep(0.01)
p.returncode = 0
print(code, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def measure(cmd, out_path, err_path, timeout):
    """(exit status or None on timeout, CPU seconds, peak MB) of cmd,
    CPU time being the child's own (other work on the machine does not
    count; a hang is killed after `timeout` seconds of wall clock)."""
    line = subprocess.run([sys.executable, '-c', LAUNCHER, out_path, err_path, str(timeout)] + cmd,
                          stdout=subprocess.PIPE, check=True).stdout.split()
    code = None if line[0] == b'timeout' else int(line[0])
    return code, float(line[1]), int(line[2]) / 1024


def run_case(args, page, shape_name, mode, data):
    path = os.path.join(args.work, '%s--%s--%s.%s' % (page.name.replace('/', '_'), shape_name, mode,
                                                     'txt' if mode == 'text' else 'html'))
    if mode == 'text':
        data = sweep.strip_tags(data).encode('utf-8')
    with open(path, 'wb') as f:
        f.write(data)
    cmd = [args.cli, 'extract', '--plugin-path', args.plugins, '--format', 'json']
    if mode == 'default' and page.url:
        cmd += ['--url', page.url]
    elif mode == 'generic':
        cmd += ['--parser', 'generic']
    elif mode == 'text':
        cmd += ['--input', 'text']
    cmd.append(path)
    code, cpu, peak = measure(cmd, path + '.out', path + '.err', args.timeout)
    with open(path + '.err', encoding='utf-8', errors='replace') as f:
        err = f.read()
    reason = sweep.verdict(code, err, args.timeout)
    if reason is None and code == 0 and os.path.getsize(path + '.out') == 0:
        reason = 'exit status 0 and no document'
    if reason is None and code == 1 and not err.strip():
        reason = 'refused without a message'
    outcome = 'document' if code == 0 else ('refused: ' + err.strip().splitlines()[-1][:60] if err.strip() else '?')
    if reason is None and peak > args.mb:
        reason = 'peak memory %.0f MB' % peak
    if not args.keep:
        os.remove(path + '.out')
        if reason is None:
            os.remove(path + '.err')
            os.remove(path)
    return {'page': page.name, 'shape': shape_name, 'mode': mode, 'mb': len(data) / MB, 'cpu': cpu, 'reason': reason,
            'outcome': outcome, 'report': sweep.short_report(err) if reason else '', 'peak': peak, 'path': path}


def shape_and_run(args, page, name, shape, mode):
    """The page in one shape, run; None when the shape does not apply (a
    page with no JSON-LD to cut, say). Each (page, shape) has its own
    random offsets, the same from run to run."""
    with gzip.open(page.path, 'rb') as f:
        data = f.read()
    if shape is not None:
        data = shape(data, random.Random('%d/%s/%s' % (args.seed, page.name, name)))
        if data is None:
            return None
    return run_case(args, page, name, mode, data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--cli', required=True)
    parser.add_argument('--plugins', required=True)
    parser.add_argument('--bench', required=True)
    parser.add_argument('--work', required=True)
    parser.add_argument('--pages', type=int, default=40)
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--timeout', type=float, default=120)
    parser.add_argument('--mb', type=int, default=2048, help='memory limit (ASan hard_rss_limit_mb)')
    parser.add_argument('--shapes', default='', help='comma-separated shape names (default: all)')
    parser.add_argument('--modes', default='default', help='comma-separated, of: ' + ', '.join(MODES))
    parser.add_argument('--scale', type=float, default=1.0, help='multiplies the counts of the growing shapes')
    parser.add_argument('--seed', type=int, default=11)
    parser.add_argument('--keep', action='store_true', help='keep every shaped page and output')
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    SCALE[0] = args.scale
    os.environ['ASAN_OPTIONS'] = ('exitcode=86:detect_leaks=1:hard_rss_limit_mb=%d:allocator_may_return_null=1'
                                  % args.mb)
    os.environ['UBSAN_OPTIONS'] = 'exitcode=86:print_stacktrace=1:halt_on_error=1'
    wanted = set(filter(None, args.shapes.split(',')))
    shapes = [(n, f) for n, f in SHAPES if not wanted or n in wanted]
    pages = sweep.load_pages(args.bench, sweep.SETS)
    step = max(1, len(pages) // args.pages)
    pages = pages[step // 2::step][:args.pages]
    # (pages are read and shaped in the worker, one at a time: a parent
    # holding every shaped page would be copied into each child it forks,
    # and the child's peak memory would be the parent's)
    modes = [m for m in args.modes.split(',') if m in MODES]
    jobs = [(page, name, shape, mode) for page in pages for mode in modes
            for name, shape in [('as-is', None)] + shapes]
    results = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(shape_and_run, args, *job) for job in jobs]
        for future in futures:
            r = future.result()
            if r is None:
                continue
            results.append(r)
            print('%-40s %-15s %-7s %6.2f MB %6.2f s %5.0f MB %s%s' % (
                  r['page'][:40], r['shape'], r['mode'], r['mb'], r['cpu'],
                  r['peak'], r['outcome'][:40], ('  FAIL: ' + r['reason']) if r['reason'] else ''), flush=True)
    # a run's time less the CLI's start (the fastest run: loading the
    # sanitizer runtime and the plugins), per MB of input
    start = min([r['cpu'] for r in results] or [0])

    def per_mb(r):
        return (r['cpu'] - start) / max(r['mb'], 0.01)
    normal = {(r['page'], r['mode']): per_mb(r) for r in results if r['shape'] == 'as-is'}
    print('\nslowest per MB by shape and mode, after %.2f s of start (s/MB; the same page as it is; '
          'ratio; slowest run):' % start)
    for name, _ in [('as-is', None)] + shapes:
        for mode in modes:
            rows = [r for r in results if r['shape'] == name and r['mode'] == mode]
            if not rows:
                continue
            worst = max(rows, key=per_mb)
            base = normal.get((worst['page'], mode), 0)
            print('  %-15s %-7s %6.2f s/MB (%s, %.2f MB, %.2f s; as-is %.2f s/MB, x%.1f); slowest %.2f s, %.0f MB'
                  % (name, mode, per_mb(worst), worst['page'][:40], worst['mb'], worst['cpu'], base,
                     per_mb(worst) / base if base else 0, max(r['cpu'] for r in rows),
                     max(r['peak'] for r in rows)))
    failures = [r for r in results if r['reason']]
    for r in failures:
        print('\nFAIL %s %s %s: %s (%s)\n%s' % (r['page'], r['shape'], r['mode'], r['reason'], r['path'],
                                               r['report']))
    print('\n%d runs, %d failures' % (len(results), len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
