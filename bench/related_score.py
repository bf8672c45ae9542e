#!/usr/bin/env python3
"""Related items, bylines and comment counts against the team's labels.

  bench/related_score.py [--labels bench/labels/related.json] [--parser generic|default]
                         [--per-page] [--pred PRED.json]

Runs `newsdoc extract --format jsonl --url URL` ($NEWSDOC, else
build/tools/newsdoc; `--parser generic` unless --parser default) over every
labelled page (read from ../shared/bench, never copied) and prints the
figures of issue 14, for all pages and for the tune and check halves
(bench/benchlib.py split_of, by site):

  related      precision / recall / F1 over items (an item matches a
               labelled one with the same URL: scheme, "www." and a
               trailing slash ignored, fragment dropped), pages with a box
               that get nothing, false items on pages without a box
  teasers      title exact (white space folded) on matched items; author
               and summary exact where the label shows one
  bylines      the exact set of person names (case and white space
               folded) on pages whose byline names persons; persons
               invented on pages without one; role and affiliation where
               the label states one (matched by name). Only the authors
               whose "kind" is "person" count: an organisation credited as
               the author (the publisher, an agency, "Staff"; kind
               "organization", since libnewsdoc 1.2) is no person, as the
               labels list persons only. An author without a kind (null,
               or output from before 1.2) counts as a person. bench/run's
               author scores keep every author: those sets' gold lists the
               publisher too.
  comments     stated counts found; counts given where none is stated

--pred reads documents from a file ({key: newsdoc JSON}) instead of
running the CLI. Only the Python standard library.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import gzip
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
from benchlib import BENCH, HERE, ROOT  # noqa: E402


def fold(s):
    return ' '.join((s or '').split())


def fold_name(s):
    return fold(s).casefold()


def norm_url(u):
    if not u:
        return None
    p = urllib.parse.urlsplit(u.strip())
    host = (p.hostname or '').lower()
    if host.startswith('www.'):
        host = host[4:]
    path = p.path.rstrip('/') or '/'
    return f'{host}{path}' + (f'?{p.query}' if p.query else '')


def is_person(author):
    """An author the byline figures count: kind "person", or no kind."""
    return (author.get('kind') or 'person') == 'person'


def run_cli(labels, parser):
    cli = os.environ.get('NEWSDOC') or os.path.join(ROOT, 'build', 'tools', 'newsdoc')
    docs = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lab in labels:
            set_name, page_id = lab['key'].split('/', 1)
            gz = os.path.join(BENCH, set_name, 'html', page_id + '.html.gz')
            if set_name == 'fundus':
                gz = os.path.join(BENCH, 'fundus', page_id + '.html.gz')
            path = os.path.join(tmp, 'page.html')
            with gzip.open(gz) as f, open(path, 'wb') as g:
                g.write(f.read())
            cmd = [cli, 'extract', '--format', 'jsonl']
            if parser != 'default':
                cmd += ['--parser', parser]
            if lab.get('url'):
                cmd += ['--url', lab['url']]
            r = subprocess.run(cmd + [path], capture_output=True, text=True)
            docs[lab['key']] = json.loads(r.stdout.split('\n', 1)[0]) if r.returncode == 0 and r.stdout else {}
    return docs


class Tally:
    def __init__(self):
        self.c = {}

    def add(self, key, n=1):
        self.c[key] = self.c.get(key, 0) + n

    def __getitem__(self, key):
        return self.c.get(key, 0)


def score_page(lab, doc, t, per_page):
    gold = lab.get('related') or []
    pred = doc.get('related') or []
    gold_by_url = {}
    for g in gold:
        gold_by_url.setdefault(norm_url(g.get('url')), g)
    seen, matched = set(), []
    for p in pred:
        u = norm_url(p.get('url'))
        if u in gold_by_url and u not in seen:
            seen.add(u)
            matched.append((gold_by_url[u], p))
    t.add('pred_items', len(pred))
    t.add('gold_items', len(gold_by_url))
    t.add('matched', len(matched))
    if lab.get('related_box'):
        t.add('box_pages')
        if not matched:
            t.add('box_pages_nothing')
    else:
        t.add('nobox_pages')
        if pred:
            t.add('nobox_pages_false')
            t.add('nobox_false_items', len(pred))
    for g, p in matched:
        t.add('title_n')
        t.add('title_ok', fold(g.get('title')) == fold(p.get('title')))
        if g.get('author'):
            t.add('tauthor_n')
            t.add('tauthor_ok', fold_name(g['author']) == fold_name(p.get('author')))
        if g.get('summary'):
            t.add('summary_n')
            t.add('summary_ok', fold(g['summary']) == fold(p.get('summary')))
    gold_persons = lab.get('authors') or []
    pred_persons = [a for a in doc.get('authors') or [] if is_person(a)]
    gnames = sorted(fold_name(a.get('name')) for a in gold_persons)
    pnames = sorted(fold_name(a.get('name')) for a in pred_persons)
    if gnames:
        t.add('byline_n')
        t.add('byline_ok', gnames == pnames)
    elif pnames:
        t.add('byline_invented')
    pred_by_name = {fold_name(a.get('name')): a for a in pred_persons}
    for a in gold_persons:
        got = pred_by_name.get(fold_name(a.get('name'))) or {}
        for field in ('role', 'affiliation'):
            if a.get(field):
                t.add(field + '_n')
                t.add(field + '_ok', fold_name(a[field]) == fold_name(got.get(field)))
    gold_count = lab.get('comment_count')
    pred_count = (doc.get('comments') or {}).get('count')
    if gold_count is not None:
        t.add('comments_n')
        t.add('comments_ok', pred_count == gold_count)
    elif pred_count is not None:
        t.add('comments_invented')
    if per_page:
        print(f"{lab['key'][:60]:60} related {len(matched)}/{len(gold_by_url)} (pred {len(pred)})"
              f"  byline {'ok' if gnames == pnames else 'MISS'} {pnames} vs {gnames}"
              f"  comments {pred_count} vs {gold_count}")


def report(name, t):
    def r(a, b):
        return f'{t[a] / t[b]:.3f} ({t[a]}/{t[b]})' if t[b] else 'n/a'
    p = t['matched'] / t['pred_items'] if t['pred_items'] else 0.0
    rec = t['matched'] / t['gold_items'] if t['gold_items'] else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    print(f'## {name}')
    print(f"related: precision {p:.3f} recall {rec:.3f} F1 {f1:.3f} "
          f"(items: {t['matched']} matched, {t['pred_items']} given, {t['gold_items']} labelled); "
          f"pages with a box that get nothing: {t['box_pages_nothing']}/{t['box_pages']}; "
          f"pages without a box that get items: {t['nobox_pages_false']}/{t['nobox_pages']} "
          f"({t['nobox_false_items']} items)")
    print(f"teasers: title exact {r('title_ok', 'title_n')}; author {r('tauthor_ok', 'tauthor_n')}; "
          f"summary {r('summary_ok', 'summary_n')}")
    print(f"bylines: exact set {r('byline_ok', 'byline_n')}; persons invented on {t['byline_invented']} pages "
          f"without one; role {r('role_ok', 'role_n')}; affiliation {r('affiliation_ok', 'affiliation_n')}")
    print(f"comments: stated counts found {r('comments_ok', 'comments_n')}; invented {t['comments_invented']}")
    return {'precision': p, 'recall': rec, 'f1': f1, **t.c}


def main():
    args = sys.argv[1:]
    labels_path = os.path.join(HERE, 'labels', 'related.json')
    if '--labels' in args:
        labels_path = args[args.index('--labels') + 1]
    parser = args[args.index('--parser') + 1] if '--parser' in args else 'generic'
    labels = json.load(open(labels_path))
    if '--pred' in args:
        docs = json.load(open(args[args.index('--pred') + 1]))
    else:
        docs = run_cli(labels, parser)
    halves = {'all': Tally(), 'tune': Tally(), 'check': Tally()}
    for lab in labels:
        doc = docs.get(lab['key']) or {}
        score_page(lab, doc, halves['all'], '--per-page' in args)
        split = benchlib.split_of(benchlib.site_of(lab.get('url'), lab['key']))
        score_page(lab, doc, halves[split], False)
    langs = sorted({lab.get('lang') for lab in labels})
    print(f"{len(labels)} labelled pages, {len({benchlib.site_of(l.get('url'), l['key']) for l in labels})} sites, "
          f"languages: {', '.join(langs)}; parser: {parser}")
    for name, t in halves.items():
        report(name, t)


if __name__ == '__main__':
    main()
