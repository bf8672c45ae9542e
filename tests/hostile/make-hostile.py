#!/usr/bin/env python3
"""Write the hostile-input cases into a folder (never committed: some are
50 MB). Usage: make-hostile.py OUT_DIR

Each case is one file; run-hostile.sh knows how to feed each to the CLI.
Files already written with the same size are left alone, so a rerun is
cheap."""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

HEAD = b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head><body>'
TAIL = b'</body></html>'
PARA = (b'<p>The council met on Tuesday to discuss the harbour wall. \xe2\x80\x9cWe have to act now,\xe2\x80\x9d '
        b'said Ann Smith, the mayor. Residents said the work was overdue and that the storm had made it worse.</p>\n')


def write(name, data):
    path = os.path.join(out, name)
    if os.path.exists(path) and os.path.getsize(path) == len(data):
        return
    with open(path + '.tmp', 'wb') as f:
        f.write(data)
    os.replace(path + '.tmp', path)


def page(body):
    return HEAD + body + TAIL


# 100,000-deep nesting, text at the bottom, then more text beside it.
n = 100000
write('deep-nesting.html', page(b'<div>' * n + PARA * 3 + b'</div>' * n + PARA))
# The same depth with unclosed inline tags (no end tags at all).
write('deep-unclosed.html', page(b'<b><i><span>' * (n // 3) + PARA * 3))

# A 50 MB page of ordinary article paragraphs (HOSTILE_BIG_SIZE MB).
size = int(os.environ.get('HOSTILE_BIG_SIZE', '50')) * 1024 * 1024
count = size // len(PARA) + 1
write('big-50mb.html', page(b'<article><h1>A long story</h1>' + PARA * count + b'</article>'))

# 1 million attributes: all on one tag (refused before parsing), and spread
# over 10,000 tags of 100 each.
attrs = b''.join(b' a%d="v"' % i for i in range(1000000))
write('attrs-1m-one-tag.html', page(b'<p' + attrs + b'>Text.</p>' + PARA))
tag100 = b'<span' + b''.join(b' a%d="v"' % i for i in range(100)) + b'>x</span>'
write('attrs-1m-spread.html', page(PARA + tag100 * 10000 + PARA))

# Invalid and overlong UTF-8 in the title, attributes and text, under a
# page that says it is UTF-8.
bad = [b'\xc0\xaf', b'\xe0\x80\xaf', b'\xf0\x80\x80\xaf', b'\xf8\x88\x80\x80\xaf', b'\xfc\x84\x80\x80\x80\xaf',
       b'\xed\xa0\x80', b'\xed\xbf\xbf', b'\x80', b'\xbf', b'\xfe', b'\xff', b'\xc3', b'\xe2\x80', b'\xf4\x90\x80\x80',
       b'\xc1\xbf', b'\xe2\x80\x9c\xc0', b'\xf0\x9f\x98']
junk = b' '.join(bad)
write('bad-utf8.html', b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>T' + junk + b'</title>'
      b'<meta name="author" content="A' + junk + b'"></head><body><article>'
      + (b'<p title="' + junk + b'">Text ' + junk + b' \xe2\x80\x9cquote ' + junk + b',\xe2\x80\x9d said B' + junk + b'.</p>') * 200
      + b'</article></body></html>')
write('bad-utf8.txt', (b'Title ' + junk + b'\n\nBy A' + junk + b'\n\n' + (b'Text ' + junk + b'.\n\n') * 200))

# NUL bytes inside text (and inside a tag and a JSON-LD script).
write('nul-bytes.html', page(b'<article>' + (b'<p>Text with a NUL\x00 inside, and\x00\x00 two more.</p>') * 500
                            + b'<p\x00 class="x">y</p><script type="application/ld+json">{"headline":"a\x00b"}</script>'
                            + b'</article>'))
write('nul-bytes.txt', b'Title\n\n' + b'Text with a NUL\x00 inside.\n\n' * 500)
# The same after 8 KB of ordinary text, past the binary sniffing window.
write('nul-late.html', page(b'<article>' + PARA * 40 + (b'<p>Text with a NUL\x00 inside, and\x00\x00 two more.</p>') * 500
                            + b'<p\x00 class="x">y</p></article>'))
write('nul-late.txt', b'Title\n\n' + PARA[3:-5] * 40 + b'\n\n' + b'Text with a NUL\x00 inside.\n\n' * 500)

# A page that is all <script> (5 MB), with "<p>" inside the strings.
write('all-script.html', b'<html><head>' + b'<script>var s = "<p>not text</p>";\n' + b'x = 1;\n' * 700000
      + b'</script>' * 2 + b'<script>' * 1000 + b'</head></html>')

# What the lean load (libnewsdoc/html_lean.c) skips, opened 200,000 times
# and never closed: each search for an end must not run to the end again.
for name, opener in (('comments', b'<!-- x '), ('scripts', b'<script>x '), ('styles', b'<style>x '),
                     ('svg', b'<svg><g>')):
    write('unclosed-%s.html' % name, page(b'<article>' + PARA + opener * 200000 + b'</article>'))
# The same with quoted attributes that never close either.
write('unclosed-quotes.html', page(b'<article>' + PARA + b'<p title="x>' * 200000 + b'</article>'))

# An entity bomb (billion laughs) inside an XML island: <svg> and <math>
# with a DOCTYPE of nested entities.
ents = b'<!ENTITY lol0 "lol">' + b''.join(
    b'<!ENTITY lol%d "%s">' % (i, b''.join(b'&lol%d;' % (i - 1) for _ in range(10))) for i in range(1, 10))
write('entity-bomb.html', page(b'<article>' + PARA + b'<svg><!DOCTYPE svg [' + ents + b']><text>&lol9;</text></svg>'
                               + b'<math><!DOCTYPE math [' + ents + b']><mi>&lol9;</mi></math>' + PARA + b'</article>'))
write('entity-bomb.xhtml.html', b'<?xml version="1.0"?><!DOCTYPE html [' + ents + b']>'
      + b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol9;</p>' + PARA + b'</body></html>')

# JSON-LD nested 10,000 deep, in arrays, objects and a mix.
d = 10000
arrays = b'[' * d + b']' * d
objects = b'{"a":' * d + b'1' + b'}' * d
mixed = b'{"@type":"NewsArticle","headline":"Deep","author":' + b'[{"name":' * (d // 2) + b'"x"' + b'}]' * (d // 2) + b'}'
write('jsonld-deep.html', b'<html><head><title>Deep JSON-LD</title>'
      + b''.join(b'<script type="application/ld+json">' + j + b'</script>' for j in (arrays, objects, mixed))
      + b'</head><body>' + PARA + b'</body></html>')
# The same nesting handed to the JSON importer.
write('json-deep.json', b'{"title":"x","body":' + b'[' * d + b']' * d + b'}')

# A million unbalanced quotation marks.
write('quotes-unbalanced.html', page(b'<article><p>' + b'\xe2\x80\x9c said ' * 100000 + b'</p>'
                                     + (b'<p>' + b'"' * 1000 + b'</p>') * 100 + b'</article>'))

# Manifests whose library_path leaves the allowed folders.
# (manifests/plugins exists so that 'plugins/../..' resolves)
os.makedirs(os.path.join(out, 'manifests', 'plugins'), exist_ok=True)
manifest = ('{"file_format_version":"1.0.0","plugin":{"name":"%s","version":"1.0.0"},'
            '"library_path":"%s","interface_version":{"min":1,"max":1},'
            '"parsers":[{"id":"%s","hosts":["%s.test"]}]}\n')
for name, path in (('traversal', '../../../../../../lib/x86_64-linux-gnu/libc.so.6'),
                   ('traversal-deep', 'plugins/../../../../../../../../lib/x86_64-linux-gnu/libc.so.6'),
                   ('absolute', '/lib/x86_64-linux-gnu/libc.so.6'),
                   ('absolute-tmp', '/tmp/newsdoc-hostile/libevil.so')):
    with open(os.path.join(out, 'manifests', name + '.json'), 'w') as f:
        f.write(manifest % (name, path, name, name))


# ---- Issue 11, content extraction: nesting depth, images, scoring ------
# Shapes that made content/ walk too deep (stack), scan every ancestor per
# paragraph, compare every image with every other, or read a related box
# again for each of its links (time). Each
# shape is written at the size that showed the defect (1x) and at 10x,
# and in the other tags that nest the same way. run-hostile.sh runs them
# as "shape-<name>-<1x|10x>" under a 5 s ceiling.

# (opening markup of one level, what each level holds)
NEST_LEVELS = {
    'ul': b'<ul><li>', 'ol': b'<ol><li>', 'dl': b'<dl><dd>', 'div': b'<div>', 'section': b'<section>',
    'article': b'<article>', 'blockquote': b'<blockquote>', 'table': b'<table><tr><td>',
    'span': b'<span>', 'p': b'<p><span>', 'figure': b'<figure>',
}


def shape_nested_images(n):
    """An image and a few words at every level, never closed (the
    25,000-deep <ul><li><img> that overflowed the stack)."""
    for tag, opener in NEST_LEVELS.items():
        yield 'nested-images-%s' % tag, page(PARA + (opener + b'<img src=a.jpg>Short text.') * n)


def shape_nested_closed(n):
    """The same levels closed again, a paragraph of prose at the bottom."""
    for tag, opener in NEST_LEVELS.items():
        closer = b''.join(b'</' + t.split(b'>')[0] + b'>' for t in reversed(opener.split(b'<')[1:]))
        yield 'nested-closed-%s' % tag, page(opener * n + PARA * 3 + closer * n + PARA)


def shape_deep_paragraphs(n):
    """A paragraph of prose at every level of a deep nesting: every
    paragraph used to credit each of its ancestors."""
    levels = {
        'div': (b'<div>', b'</div>'), 'section': (b'<section>', b'</section>'),
        'blockquote': (b'<blockquote>', b'</blockquote>'), 'ul': (b'<ul><li>', b'</li></ul>'),
        'ol': (b'<ol><li>', b'</li></ol>'), 'dl': (b'<dl><dd>', b'</dd></dl>'),
        'table': (b'<table><tr><td>', b'</td></tr></table>'), 'span': (b'<span>', b'</span>'),
    }
    text = b'Some words, and more words here.'
    for tag, (opener, closer) in levels.items():
        para = text if tag in ('ul', 'ol', 'dl', 'span') else b'<p>' + text + b'</p>'
        yield 'deep-paragraphs-%s' % tag, page((opener + para) * n + closer * n)


def shape_images(n):
    """Many distinct images, bare and in <figure>/<picture>; and one image
    repeated (every repeat looked the whole list through)."""
    yield 'images-img', page(b'<article>' + PARA + b''.join(b'<img src=/%d>' % i for i in range(n)) + b'</article>')
    yield 'images-figure', page(b'<article>' + PARA + b''.join(
        b'<figure><img src=/%d><figcaption>Photo %d</figcaption></figure>' % (i, i) for i in range(n // 2))
        + b'</article>')
    yield 'images-picture', page(b'<article>' + PARA + b''.join(
        b'<picture><source srcset=/%d.webp><img src=/%d></picture>' % (i, i) for i in range(n // 2)) + b'</article>')
    yield 'images-repeated', page(b'<article>' + PARA + b'<img src=/same.jpg>' * n + b'</article>')


def shape_related(n):
    """Related boxes (content/related.c): one link deep down in a box,
    many links to one article, and a heading candidate nested deep; each
    link climbed its ancestors and counted the links below each one. And
    nested links: each item read all the items inside it."""
    wrappers = {'div': (b'<div>', b'</div>'), 'section': (b'<section>', b'</section>'),
                'ul': (b'<ul><li>', b'</li></ul>'), 'span': (b'<span>', b'</span>')}
    link = b'<a href="/news/story">A headline of several words</a>'
    # (every level of the chain opens with a short titled element, whose
    # text is read to see whether it says "Related")
    for tag, (opener, closer) in wrappers.items():
        yield 'related-deep-link-%s' % tag, page(PARA + b'<div class="related">' + opener * n + link
                                                 + closer * n + b'</div>')
        yield 'related-heading-chain-%s' % tag, page(PARA + b'<div>' + (opener[:-1] + b' class="title">') * n
                                                     + b'<a href="/news/story">Latest</a>' + closer * n
                                                     + b'<ul><li>' + link + b'</li></ul></div>')
    yield 'related-same-links', page(PARA + b'<div class="related"><div>' + link * n + b'</div></div>')
    # Links nested in links, each an item holding all the ones after it,
    # none with a title good enough to count towards max_related.
    yield 'related-nested-links', page(PARA + b'<div class="related">' + b''.join(
        b'<a href="/news/%d"><h3>ab</h3><span>' % i for i in range(n)) + b'</div>')


ISSUE11_SHAPES = (
    (shape_nested_images, 25000),
    (shape_nested_closed, 25000),
    (shape_deep_paragraphs, 40000),
    (shape_images, 50000),
    (shape_related, 25000),
)
for shape, base in ISSUE11_SHAPES:
    for scale in (1, 10):
        for name, data in shape(base * scale):
            write('shape-%s-%dx.html' % (name, scale), data)
