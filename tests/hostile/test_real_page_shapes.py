#!/usr/bin/env python3
"""Checks of real-page-shapes.py's shapes on a small page written here
(no benchmark page needed): each shape must give the page it says, in
the place it says, or the stress run would test something else."""
import importlib.util
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', 'sweep'))
spec = importlib.util.spec_from_file_location('real_page_shapes', os.path.join(here, 'real-page-shapes.py'))
shapes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shapes)

# JSON-LD holding "<body><p>" in a string, before the real body: the
# shapes must not take it for the page's body or first paragraph
PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour</title>'
        '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"<body><p>Old"}</script>'
        '</head><body class="story"><h1>Harbour wall</h1><script>var s = "<p>";</script>'
        '<p>The caf\u00e9 by the harbour re-opened on Tuesday, the council said.</p>'
        '<p>Residents said the work was overdue.</p></body></html>').encode('utf-8')
failures = []


def check(name, ok):
    if not ok:
        failures.append(name)
        print('FAIL', name)


def shaped(name):
    return dict(shapes.SHAPES)[name](PAGE, random.Random(name))


before, body, after = shapes.split_body(PAGE)
check('body found after the JSON-LD', before.endswith(b'<body class="story">') and after == b'</body></html>')
for name in ('line-1mb-words', 'line-1mb-token', 'bylines-10k', 'table-10k-rows', 'data-uri-1mb'):
    page = shaped(name)
    at = page.index(b'<p>The caf')
    check(name + ' before the first paragraph', len(page) - len(PAGE) > 100000
          and page[:at].endswith(page[len(before) + 59:at]) and page.count(b'<p>The caf') == 1
          and page.index(b'var s = "<p>"') < at)
check('cut-utf8 ends inside a character', shaped('cut-utf8')[-1:] == b'\xc3')
check('cut-jsonld ends inside the JSON-LD', b'application/ld+json' in shaped('cut-jsonld')
      and b'</script>' not in shaped('cut-jsonld').split(b'ld+json')[1])
check('cut-tag ends inside a tag', shaped('cut-tag').rfind(b'<') > shaped('cut-tag').rfind(b'>'))
check('nest-5000', shaped('nest-5000').count(b'<div>') == 5000 and shaped('nest-5000').count(b'</div>') == 5000)
check('repeat-20x', shaped('repeat-20x').count(b'<h1>') == 20 and shaped('repeat-20x').count(b'<head>') == 1)
check('charset-sjis replaces the declaration', b'charset="Shift_JIS"' in shaped('charset-sjis')
      and b'utf-8' not in shaped('charset-sjis'))
check('links-50k after the body', shaped('links-50k').count(b'<li><a href=') == 50000
      and shaped('links-50k').endswith(b'</ul></div></body></html>'))
check('comments-20k', shaped('comments-20k').count(b'class="comment"') == 20000)
check('jsonld-2mb-text in the head', len(shaped('jsonld-2mb-text')) > 2000000
      and shaped('jsonld-2mb-text').index(b'NewsArticle","headline"') < shaped('jsonld-2mb-text').index(b'</head>'))
check('utf16-bom', shaped('utf16-bom').startswith(b'\xff\xfe<\x00'))
shapes.SCALE[0] = 0.5
check('--scale halves the counts', shaped('bylines-10k').count(b'class="byline"') == 5000)
print('%d failures' % len(failures) if failures else 'all shapes as described')
sys.exit(1 if failures else 0)
