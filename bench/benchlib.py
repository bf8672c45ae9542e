"""Shared pieces of the benchmark scripts: the page sets in ../shared/bench,
the tuning/check split, running libnewsdoc and trafilatura over pages, and
scoring with ../shared/bench/score.py's own functions.

Only the Python standard library; the data is read from ../shared and never
copied into the project.
"""
import concurrent.futures
import gzip
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get('NEWSDOC_SHARED_DIR', os.path.join(ROOT, '..', 'shared'))
BENCH = os.path.join(SHARED, 'bench')
OUT = os.path.join(HERE, 'out')

# The sets, in the order the table lists them.
SETS = ('scrapinghub', 'fundus', 'wcxb', 'readability', 'postlight', 'goose3', 'newspaper4k')


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load_scorer():
    """../shared/bench/score.py as a module: the same tokens, shingles and
    matching as the command-line scorer."""
    spec = importlib.util.spec_from_file_location('newsdoc_bench_score', os.path.join(BENCH, 'score.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def site_of(url, fallback):
    """The site a page belongs to: its host without "www.", else the
    fallback (a page id), so pages without a URL still split stably."""
    host = urllib.parse.urlsplit(url).hostname if url else None
    if not host:
        return fallback
    return host[4:] if host.startswith('www.') else host


def split_of(site):
    """'tune' or 'check', from a hash of the site: every page of one site
    falls on the same side, so a rule tuned on a site is checked on others."""
    return 'check' if hashlib.sha1(site.encode('utf-8')).digest()[0] & 1 else 'tune'


class Page:
    __slots__ = ('set', 'id', 'gz', 'url', 'body', 'snippets', 'without', 'expected', 'page_type',
                 'site', 'split')

    def __init__(self, set_name, page_id, gz, url, body=None, snippets=None, without=None, expected=None,
                 page_type=None):
        self.set, self.id, self.gz, self.url = set_name, page_id, gz, url
        self.body, self.snippets, self.without = body, snippets or [], without or []
        # expected: title / authors / published; None = not known, not scored
        self.expected = expected or {}
        self.page_type = page_type
        self.site = site_of(url, f'{set_name}:{page_id}')
        self.split = split_of(self.site)

    @property
    def key(self):
        return f'{self.set}/{self.id}'


def _fundus_pages(scorer):
    base = os.path.join(BENCH, 'fundus')
    pages = []
    for row in json.load(open(os.path.join(base, 'manifest.json'))):
        exp = json.load(open(os.path.join(base, row['expected_json'])))[row['version']]
        pages.append(Page('fundus', row['html'][:-len('.html.gz')], os.path.join(base, row['html']), row.get('url'),
                          body=scorer.fundus_body(exp),
                          expected={'title': exp.get('title') or '', 'authors': exp.get('authors') or [],
                                    'published': exp.get('publishing_date') or ''}))
    return pages


def load_pages(sets=SETS, scorer=None):
    """Every page of the named sets, with what its set knows about it."""
    scorer = scorer or load_scorer()
    pages = []
    for name in sets:
        base = os.path.join(BENCH, name)
        if name == 'fundus':
            pages += _fundus_pages(scorer)
            continue
        if name == 'scrapinghub':
            truth = json.load(open(os.path.join(base, 'ground-truth.json')))
            for pid in sorted(truth):
                pages.append(Page(name, pid, os.path.join(base, 'html', pid + '.html.gz'), truth[pid].get('url'),
                                  body=truth[pid].get('articleBody') or ''))
            continue
        truth_path = os.path.join(base, 'ground-truth.json')
        truth = json.load(open(truth_path)) if os.path.exists(truth_path) else {}
        for row in json.load(open(os.path.join(base, 'manifest.json'))):
            exp = row.get('expected') or {}
            t = truth.get(row['id'])
            pages.append(Page(name, row['id'], os.path.join(base, row['html']), row.get('url'),
                              body=scorer.body_of(t) if t is not None else None,
                              snippets=row.get('snippets'), without=row.get('without'),
                              expected={'title': exp.get('title'), 'authors': exp.get('authors'),
                                        'published': exp.get('publishing_date')},
                              page_type=row.get('page_type')))
    return pages


def gunzip_to(pages, folder):
    """Write each page as a plain file under folder; returns {key: path}."""
    paths = {}
    for p in pages:
        dst = os.path.join(folder, p.set, p.id.replace('/', '_') + '.html')
        if not os.path.exists(dst):
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with gzip.open(p.gz) as f, open(dst, 'wb') as g:
                g.write(f.read())
        paths[p.key] = dst
    return paths


def body_text(doc):
    """The article text of a newsdoc JSON document as the scorers read it:
    the text of every block but figures (captions are not article text)."""
    return '\n\n'.join(b.get('text') or '' for b in doc.get('body') or [] if b.get('type') != 'figure')


def prediction(doc):
    return {'articleBody': body_text(doc), 'title': doc.get('title'),
            'authors': [a.get('name') for a in doc.get('authors') or []],
            'published': doc.get('published'), 'page_type': doc.get('page_type')}


def run_newsdoc(cli, pages, paths, extra_args=('--parser', 'generic'), jobs=2):
    """One process per page (each gets its own --url); {key: prediction},
    and {key: error} for pages the CLI refused."""
    def one(p):
        cmd = [cli, 'extract', *extra_args, '--format', 'jsonl']
        if p.url:
            cmd += ['--url', p.url]
        r = subprocess.run(cmd + [paths[p.key]], capture_output=True, text=True)
        if r.returncode != 0 or not r.stdout.strip():
            return p.key, None, (r.stderr.strip() or f'exit {r.returncode}')[:300]
        return p.key, prediction(json.loads(r.stdout.split('\n', 1)[0])), None
    preds, errors = {}, {}
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for key, pred, err in pool.map(one, pages):
            if pred is None:
                errors[key] = err
            else:
                preds[key] = pred
    return preds, errors


# ---- scoring ----

def page_scores(scorer, page, pred):
    """Per-page figures: body shingle counts, snippets found, fields right.
    A key is absent when the page's set does not know it."""
    pred = pred or {}
    got_body = pred.get('articleBody') or ''
    s = {'empty': not got_body.strip()}
    if page.body is not None:
        s['counts'] = scorer.page_counts(page.body, got_body)
    squashed = None
    want = [x for x in (scorer.squash(t) for t in page.snippets) if x]
    if want:
        squashed = scorer.squash(got_body)
        s['snippets'] = sum(1 for x in want if x in squashed) / len(want)
    avoid = [x for x in (scorer.squash(t) for t in page.without) if x]
    if avoid:
        squashed = squashed if squashed is not None else scorer.squash(got_body)
        s['leaked'] = sum(1 for x in avoid if x in squashed) / len(avoid)
    exp = page.expected
    if exp.get('title') is not None:
        s['title'] = scorer.norm(pred.get('title')) == scorer.norm(exp['title'])
    if exp.get('authors') is not None:
        s['authors'] = (sorted(scorer.norm(a) for a in exp['authors']) ==
                        sorted(scorer.norm(a) for a in pred.get('authors') or []))
    if exp.get('published') is not None:
        s['date'] = (exp['published'] or '')[:10] == (pred.get('published') or '')[:10]
    s['has_text'] = bool((page.body or '').strip()) or bool(want)
    return s


def aggregate(scorer, scores):
    """Figures over a list of page_scores: body F1/P/R, snippets found,
    boilerplate leaked, title/authors/date rates, empty bodies."""
    agg = {'pages': len(scores)}
    counts = [s['counts'] for s in scores if 'counts' in s]
    if counts:
        P, R, F, _ = scorer.prf(counts)
        agg.update(f1=F, p=P, r=R)
    for k in ('snippets', 'leaked', 'title', 'authors', 'date'):
        xs = [float(s[k]) for s in scores if k in s]
        if xs:
            agg[k] = sum(xs) / len(xs)
            agg[k + '_n'] = len(xs)
    agg['empty'] = sum(1 for s in scores if s['empty'] and s['has_text'])
    return agg
