#!/usr/bin/env python3
"""Fit the page-type weights of libnewsdoc/content/pagetype.c on the TUNE half.

  bench/pagetype_fit.py [--write] [--l2 X] [--epochs N] [--features FILE]
                        [--common-margin | --stable-margins] [--no-bag]

Runs `newsdoc extract --parser generic` with NEWSDOC_DEBUG=pagetype over the
tune pages of every set (wcxb pages carry their type in the manifest; every
page of the other sets is an article), reads the features the library
computed, and fits a multinomial logistic regression (pure Python,
mini-batch gradient descent with L2). Pages of the check half are never
run, read or counted here: bench/run reports the check half's confusion
matrix once the weights are in.

The model shipped is the mean of the five models of a 5-fold
cross-validation over sites (a site's pages stay in one fold): each page's
held-out scores come from a model fitted on the other sites, and the shipped
model is the average of those same models, so a margin chosen on the
held-out scores is a margin in the shipped model's units (a model refitted on
every page is more confident in sample than its held-out scores say, which
made margins chosen on held-out scores move from one refit to the next).
--no-bag ships the model refitted on every tune page instead.

The margins, one per type other than article, are chosen on the held-out
scores by coordinate ascent (listing's on the shipped model's tune scores:
see IN_SAMPLE_MARGIN_TYPES). --common-margin: one margin for every type
other than article, of the margins with the best objective the middle of
the widest run of them on a 0.05 grid. --stable-margins: per type, from
the common margin, each the middle of the widest run of best objectives
summed over the margin and 0.2 either side (margins that move less from one
refit to the next; tried, not shipped: on the check half it typed 3 pages
fewer right than the default). Prints the tune confusion matrix held out and in sample and the
weights; --write puts the weights and the margins into pagetype.c between
its markers. --features FILE keeps the features the CLI printed in FILE
(read when it exists and names the same features: delete it after a
rebuild). Only the Python standard library.
"""
import concurrent.futures
import hashlib
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
from benchlib import ROOT, log  # noqa: E402

NEWS_SETS = ('fundus', 'scrapinghub')
TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service']
HEADER = os.path.join(ROOT, 'libnewsdoc', 'content', 'pagetype.h')
MODEL = os.path.join(ROOT, 'libnewsdoc', 'content', 'pagetype.c')


def feature_names():
    src = open(HEADER).read()
    body = src[src.index('enum page_feature {'):src.index('PF_COUNT')]
    body = re.sub(r'/\*.*?\*/', '', body, flags=re.S)
    return re.findall(r'\b(PF_\w+)', body)


def run_features(cli, pages, paths):
    env = dict(os.environ, NEWSDOC_DEBUG='pagetype')

    def one(p):
        cmd = [cli, 'extract', '--parser', 'generic', '--format', 'jsonl']
        if p.url:
            cmd += ['--url', p.url]
        r = subprocess.run(cmd + [paths[p.key]], capture_output=True, text=True, env=env)
        m = re.search(r'newsdoc: pagetype: .* features (.*)', r.stderr)
        return p, [float(x) for x in m.group(1).split()] if m else None
    out = []
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for p, x in pool.map(one, pages):
            if x is not None:
                out.append((p, x))
    return out


def softmax(z):
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return [v / s for v in e]


def fit(samples, nfeat, l2, epochs, seed=1):
    """samples: [(x, y, weight)]; returns W[type][feature]."""
    rnd = random.Random(seed)
    K = len(TYPES)
    W = [[0.0] * nfeat for _ in range(K)]
    # Adam
    m = [[0.0] * nfeat for _ in range(K)]
    v = [[0.0] * nfeat for _ in range(K)]
    lr, b1, b2, eps, t = 0.05, 0.9, 0.999, 1e-8, 0
    order = list(range(len(samples)))
    batch = 32
    total_weight = sum(w for _, _, w in samples)
    for _ in range(epochs):
        rnd.shuffle(order)
        for start in range(0, len(order), batch):
            grad = [[0.0] * nfeat for _ in range(K)]
            for i in order[start:start + batch]:
                x, y, w = samples[i]
                nz = [(j, xv) for j, xv in enumerate(x) if xv]
                p = softmax([sum(W[k][j] * xv for j, xv in nz) for k in range(K)])
                for k in range(K):
                    d = (p[k] - (1.0 if k == y else 0.0)) * w
                    if d:
                        gk = grad[k]
                        for j, xv in nz:
                            gk[j] += d * xv
            t += 1
            scale = len(samples) / total_weight / batch
            for k in range(K):
                for j in range(nfeat):
                    g = grad[k][j] * scale + (l2 * W[k][j] if j else 0.0)
                    m[k][j] = b1 * m[k][j] + (1 - b1) * g
                    v[k][j] = b2 * v[k][j] + (1 - b2) * g * g
                    mh = m[k][j] / (1 - b1 ** t)
                    vh = v[k][j] / (1 - b2 ** t)
                    W[k][j] -= lr * mh / (math.sqrt(vh) + eps)
    return W


def scores(W, x):
    return [sum(wk[j] * xv for j, xv in enumerate(x) if xv) for wk in W]


ARTICLE_COST = float(sys.argv[sys.argv.index('--article-cost') + 1]) if '--article-cost' in sys.argv else 1.0


def decide(s, margins):
    """The type whose score minus its margin is highest (article's margin is 0)."""
    return max(range(len(s)), key=lambda k: s[k] - margins[k])


def margin_objective(scored, labels, sets):
    """Pages right, less ARTICLE_COST for each real article typed otherwise;
    None when a news article (fundus, scrapinghub) is not typed article."""
    def objective(m):
        total = 0.0
        for s, y, st in zip(scored, labels, sets):
            k = decide(s, m)
            if st in NEWS_SETS:
                if k != 0:
                    return None
                continue
            total += (k == y) - (ARTICLE_COST if y == 0 and k != 0 else 0.0)
        return total
    return objective


def choose_margins(held, labels, sets):
    K = len(TYPES)
    objective = margin_objective(held, labels, sets)
    m = [0.0] * K
    # start high enough that the news sets are all articles
    while objective(m) is None and m[1] < 10:
        m = [0.0] + [v + 0.25 for v in m[1:]]
    best = objective(m)
    grid = [i / 10 for i in range(0, 61)]
    for _ in range(3):
        for k in range(1, K):
            for g in grid:
                trial = m[:k] + [g] + m[k + 1:]
                o = objective(trial)
                if o is not None and o > best:
                    best, m = o, trial
    return m


MARGIN_GRID = [i / 20 for i in range(0, 121)]


def middle_of_best(values):
    """The index in the middle of the widest run of maximal values (None
    values: not allowed)."""
    allowed = [v for v in values if v is not None]
    if not allowed:
        return len(values) - 1
    top = max(allowed)
    best_run, run = [], []
    for i, v in enumerate(values):
        if v == top:
            run.append(i)
            if len(run) > len(best_run):
                best_run = list(run)
        else:
            run = []
    return best_run[len(best_run) // 2]


def choose_common_margin(held, labels, sets):
    """One margin for every type but article: the middle of the widest run
    of best objectives on MARGIN_GRID."""
    objective = margin_objective(held, labels, sets)
    values = [objective([0.0] + [g] * (len(TYPES) - 1)) for g in MARGIN_GRID]
    g = MARGIN_GRID[middle_of_best(values)]
    return [0.0] + [g] * (len(TYPES) - 1)


def choose_stable_margins(held, labels, sets, reach=0.2):
    """Per-type margins that a small move of the scores does not move:
    from the best common margin, coordinate ascent in which each margin's
    objective is the sum of margin_objective at g - reach, g and g + reach
    (a flat top, not a spike) and, of the best values on MARGIN_GRID, the
    middle of the widest run is taken."""
    objective = margin_objective(held, labels, sets)
    m = choose_common_margin(held, labels, sets)

    def smoothed(trial, k):
        total = 0.0
        for d in (-reach, 0.0, reach):
            o = objective(trial[:k] + [max(0.0, trial[k] + d)] + trial[k + 1:])
            if o is None:
                return None
            total += o
        return total
    for _ in range(3):
        for k in range(1, len(TYPES)):
            values = [smoothed(m[:k] + [g] + m[k + 1:], k) for g in MARGIN_GRID]
            m = m[:k] + [MARGIN_GRID[middle_of_best(values)]] + m[k + 1:]
    return m


# Types whose margin is chosen on the final weights' own (in-sample) tune
# scores instead of the cross-validated ones. Held out, no listing page
# ever beats the others by a cross-validated margin (listing pages are
# few and spread over many sites, the folds' weights differ), so the
# cross-validated margin names no page listing; in sample, a low margin
# names listing pages with no page of another type taken, and the listing
# profile is what a listing page needs (see /work/analysis rules logs).
IN_SAMPLE_MARGIN_TYPES = ('listing',)


def choose_in_sample_margins(W, data, labels, margins):
    """The margins of IN_SAMPLE_MARGIN_TYPES, each the lowest of a 0.05 grid
    with the best objective (margin_objective) on the final weights' tune
    scores, the other margins fixed."""
    scored = [scores(W, x) for _, x in data]
    objective = margin_objective(scored, labels, [p.set for p, _ in data])
    margins = list(margins)
    for t in IN_SAMPLE_MARGIN_TYPES:
        k = TYPES.index(t)
        best, best_m = None, margins[k]
        for g in [i / 20 for i in range(0, 121)]:
            o = objective(margins[:k] + [g] + margins[k + 1:])
            if o is not None and (best is None or o > best):
                best, best_m = o, g
        margins[k] = best_m
    return margins


def confusion(pairs):
    K = len(TYPES)
    cm = [[0] * K for _ in range(K)]
    for y, yhat in pairs:
        cm[y][yhat] += 1
    lines = ['| reference \\ predicted | ' + ' | '.join(TYPES) + ' | recall |',
             '|---|' + '---|' * (K + 1)]
    for y in range(K):
        n = sum(cm[y])
        lines.append(f'| {TYPES[y]} | ' + ' | '.join(str(c) for c in cm[y]) +
                     f" | {cm[y][y] / n:.2f} |" if n else f'| {TYPES[y]} | ' + ' | '.join('0' for _ in cm[y]) + ' | – |')
    prec = []
    for k in range(K):
        col = sum(cm[y][k] for y in range(K))
        prec.append(f'{cm[k][k] / col:.2f}' if col else '–')
    lines.append('| precision | ' + ' | '.join(prec) + ' | |')
    acc = sum(cm[k][k] for k in range(K)) / max(1, sum(map(sum, cm)))
    return lines, acc


def class_weights(labels):
    counts = [labels.count(k) for k in range(len(TYPES))]
    # square-root balancing: the rare types count more, articles still most
    return [math.sqrt(max(counts) / c) if c else 0.0 for c in counts]


def fold_of(site):
    return hashlib.sha1(('fold:' + site).encode()).digest()[0] % 5


def write_model(W, margins, names):
    src = open(MODEL).read()
    rows = []
    for k, t in enumerate(TYPES):
        rows.append(f'\t{{ /* {t} */')
        cells = [f'{W[k][j]:.4f}f' for j in range(len(names))]
        for i in range(0, len(cells), 8):
            rows.append('\t\t' + ', '.join(cells[i:i + 8]) + ',')
        rows.append('\t},')
    table = '\n'.join(rows)
    src = re.sub(r'(static const float weights\[PAGE_TYPE_COUNT\]\[PF_COUNT\] = \{\n).*?(\n\};)',
                 lambda m: m.group(1) + table + m.group(2), src, flags=re.S)
    cells = ', '.join(f'{m:.2f}f' for m in margins)
    src = re.sub(r'(static const float margins\[PAGE_TYPE_COUNT\] = \{ ).*?( \};)',
                 lambda mt: mt.group(1) + cells + mt.group(2), src)
    open(MODEL, 'w').write(src)


class CachedPage:
    """What the fitter needs of a benchlib page, as kept in --features."""
    def __init__(self, key, set_name, site, page_type):
        self.key, self.set, self.site, self.page_type = key, set_name, site, page_type


def tune_features(cli, names, cache):
    """[(page, features)] of the tune pages, from `cache` when it holds the
    same feature names, else from the CLI (and then saved to `cache`)."""
    if cache and os.path.exists(cache):
        kept = json.load(open(cache))
        if kept['names'] == names:
            log(f'features of {len(kept["pages"])} tune pages from {cache}')
            return [(CachedPage(d['key'], d['set'], d['site'], d['type']), d['x']) for d in kept['pages']]
    pages = [p for p in benchlib.load_pages() if p.split == 'tune']
    tmp = tempfile.mkdtemp(prefix='newsdoc-pagetype-')
    paths = benchlib.gunzip_to(pages, tmp)
    log(f'{len(pages)} tune pages; running the CLI for their features ...')
    data = run_features(cli, pages, paths)
    if cache:
        json.dump({'names': names, 'pages': [{'key': p.key, 'set': p.set, 'site': p.site, 'type': p.page_type,
                                              'x': x} for p, x in data]}, open(cache, 'w'))
    return data


def main():
    args = sys.argv[1:]
    l2 = float(args[args.index('--l2') + 1]) if '--l2' in args else 0.003
    epochs = int(args[args.index('--epochs') + 1]) if '--epochs' in args else 60
    cache = args[args.index('--features') + 1] if '--features' in args else None
    bag = '--no-bag' not in args
    per_type = '--common-margin' not in args
    cli = os.environ.get('NEWSDOC') or os.path.join(ROOT, 'build', 'tools', 'newsdoc')
    names = feature_names()
    data = tune_features(cli, names, cache)
    if data and len(data[0][1]) != len(names):
        sys.exit(f'the library printed {len(data[0][1])} features, pagetype.h names {len(names)}: rebuild')
    labels = [TYPES.index(p.page_type) if p.page_type else 0 for p, _ in data]
    cw = class_weights(labels)
    samples = [(x, y, cw[y]) for (p, x), y in zip(data, labels)]

    # Cross-validation over sites, to choose the margin without the check half.
    held = [None] * len(samples)
    fold_models = []
    for f in range(5):
        train = [s for (p, _), s in zip(data, samples) if fold_of(p.site) != f]
        W = fit(train, len(names), l2, epochs)
        fold_models.append(W)
        for i, (p, x) in enumerate(data):
            if fold_of(p.site) == f:
                held[i] = scores(W, x)
    # Margins by type: a type other than "article" wins only when its
    # score minus its margin beats the article score. Chosen on the
    # held-out scores by coordinate ascent: every page right counts 1, a
    # real article typed otherwise costs ARTICLE_COST more, and the news
    # articles (fundus and scrapinghub: publishers' article pages and
    # nothing else) must all stay articles. readability/ and postlight/
    # hold some pages that are documentation or listings in all but name:
    # they are counted, not used.
    if '--stable-margins' in args:
        margins = choose_stable_margins(held, labels, [p.set for p, _ in data])
    elif per_type:
        margins = choose_margins(held, labels, [p.set for p, _ in data])
    else:
        margins = choose_common_margin(held, labels, [p.set for p, _ in data])
    if '--margin' in args:
        margins = [0.0] + [float(args[args.index('--margin') + 1])] * (len(TYPES) - 1)
    print('margins: ' + ', '.join(f'{t} {m:.2f}' for t, m in zip(TYPES, margins)))

    def pick(s):
        return decide(s, margins)
    cv_pairs = [(y, pick(s)) for y, s in zip(labels, held)]
    lines, acc = confusion(cv_pairs)
    print(f'Cross-validated on tune (5 folds by site): accuracy {acc:.3f}')
    print('\n'.join(lines))
    for sets in (NEWS_SETS, ('readability', 'postlight', 'goose3', 'newspaper4k')):
        other = [(p, pick(s)) for (p, _), s in zip(data, held) if p.set in sets]
        print(f"{'/'.join(sets)} (tune, held out): {sum(1 for _, k in other if k == 0)}/{len(other)} articles")

    if bag:
        W = [[sum(M[k][j] for M in fold_models) / len(fold_models) for j in range(len(names))]
             for k in range(len(TYPES))]
    else:
        W = fit(samples, len(names), l2, epochs)
    if per_type and '--margin' not in args:
        margins = choose_in_sample_margins(W, data, labels, margins)
        print('margins, ' + '/'.join(IN_SAMPLE_MARGIN_TYPES) + ' chosen in sample: ' +
              ', '.join(f'{t} {m:.2f}' for t, m in zip(TYPES, margins)))
    ins = [(y, decide(scores(W, x), margins)) for (p, x), y in zip(data, labels)]
    lines, acc = confusion(ins)
    print(f'\nIn sample (tune): accuracy {acc:.3f}')
    print('\n'.join(lines))
    print('\nlargest weights:')
    for k, t in enumerate(TYPES):
        top = sorted(range(len(names)), key=lambda j: -abs(W[k][j]))[:8]
        print(f'  {t}: ' + ', '.join(f'{names[j][3:].lower()} {W[k][j]:+.2f}' for j in top))
    if '--write' in args:
        write_model(W, margins, names)
        print(f'\nwrote the weights and margins into {MODEL}')


if __name__ == '__main__':
    main()
