#!/usr/bin/env python3
"""The margin search of bench/pagetype_fit.py on scores written for the
test (no benchmark pages, no CLI): the middle of the widest run of best
objectives, the common margin that keeps the news articles articles, and
the stable per-type margins that a small move of one score does not move.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'bench'))
import pagetype_fit as pf  # noqa: E402

FAILED = []


def check(what, got, want):
    if got != want:
        FAILED.append(f'{what}: got {got!r}, want {want!r}')


def page(article, forum):
    """Scores of a page: article and forum, the other types far below."""
    return [article, forum, -9.0, -9.0, -9.0, -9.0, -9.0]


# The widest run of the best value wins, and its middle is taken; a run
# of None (not allowed) is never taken.
check('middle_of_best', pf.middle_of_best([1, 3, 3, 2, 3, 3, 3, 3, 0]), 6)
check('middle_of_best None', pf.middle_of_best([None, None, 2, 2, 2]), 3)

# Two forum pages whose forum score beats their article score by 1.0 and
# 2.0, one wcxb article page beating its own forum score by 0.5 only in
# the other direction (article 0, forum 0.5), and a news article whose
# forum score beats its article score by 0.3: every margin from 0.5 up to
# (not including) 1.0 types all four right; the middle of that run.
held = [page(0.0, 1.0), page(0.0, 2.0), page(0.0, 0.5), page(0.0, 0.3)]
labels = [1, 1, 0, 0]
sets = ['wcxb', 'wcxb', 'wcxb', 'fundus']
common = pf.choose_common_margin(held, labels, sets)
check('common margin', common, [0.0] + [0.75] * 6)
for s, y, st in zip(held, labels, sets):
    check(f'common margin types {st} page', pf.decide(s, common), y)

# The stable margins: the same page set; a forum score moved by 0.1 moves
# the margin by half that at most (the middle of the run, not its edge).
stable = pf.choose_stable_margins(held, labels, sets, reach=0.1)
check('stable forum margin', stable[1], 0.75)
moved = [page(0.0, 1.1), page(0.0, 2.0), page(0.0, 0.5), page(0.0, 0.3)]
check('stable forum margin, a score moved', abs(pf.choose_stable_margins(moved, labels, sets, reach=0.1)[1] - 0.75) < 0.06, True)

if FAILED:
    print('\n'.join(FAILED))
    sys.exit(1)
print('pagetype_fit margin search: ok')
