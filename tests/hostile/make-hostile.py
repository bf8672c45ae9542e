#!/usr/bin/env python3
"""Write the hostile-input cases into a folder (never committed: some are
50 MB). Usage: make-hostile.py OUT_DIR, or make-hostile.py --manifests
FOLDER COUNT for the plugin-discovery cases alone.

Each case is one file; run-hostile.sh knows how to feed each to the CLI.
Files already written with the same size are left alone, so a rerun is
cheap."""
import gzip
import os
import sys
import zlib

import hostile_rule_shapes
from hostile_pages import HEAD, PARA, TAIL, page, sized


def write_manifests(folder, count):
    """COUNT small declarative manifests in FOLDER (issue 12: discovery must
    stay linear in their number). Each plugin claims two hosts of its own
    and one it shares with its neighbour at the same priority (a tie to
    report); every 1000th repeats an earlier plugin's name and parser id (a
    duplicate to skip)."""
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        name = 'gen-%d' % (i - 500 if i % 1000 == 999 else i)
        with open(os.path.join(folder, 'm%06d.json' % i), 'w') as f:
            f.write('{"file_format_version":"1.0.0","plugin":{"name":"%s","version":"1.0.0"},'
                    '"parsers":[{"id":"%s","hosts":["site-%d.test","*.site-%d.test","shared-%d.test"],'
                    '"priority":5,"rules":{"title":"//h1"}}]}\n' % (name, name, i, i, i // 2))


# make-hostile.py --manifests FOLDER COUNT: only the manifests, written
# where run-hostile.sh wants them for one run (80,000 files of 4 KB blocks
# are not kept in the build tree).
if len(sys.argv) == 4 and sys.argv[1] == '--manifests':
    write_manifests(sys.argv[2], int(sys.argv[3]))
    sys.exit(0)

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

def write(name, data):
    path = os.path.join(out, name)
    if os.path.exists(path) and os.path.getsize(path) == len(data):
        return
    with open(path + '.tmp', 'wb') as f:
        f.write(data)
    os.replace(path + '.tmp', path)



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

# What the lean load (libnewsdoc/html/html_lean.c) skips, opened 200,000 times
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

# Gzip bombs for the CLI, which decompresses gzip pages (issue 18): 256 MiB
# of one byte in a quarter of a megabyte, four times the 64 MiB the CLI
# reads; gzip inside gzip (one layer is decompressed, the second is named
# as gzip data); and a folder of two bombs beside a page, for -j 2.
def gzip_bomb(mib):
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b' ' * (1024 * 1024)
    return packer.compress(HEAD) + b''.join(packer.compress(chunk) for _ in range(mib)) + packer.flush()


bomb = gzip_bomb(256)
write('gzip-bomb.html.gz', bomb)
write('gzip-nested.html.gz', gzip.compress(gzip.compress(page(PARA * 3), mtime=0), mtime=0))
os.makedirs(os.path.join(out, 'gzip-folder'), exist_ok=True)
write(os.path.join('gzip-folder', 'a-bomb.html.gz'), bomb)
write(os.path.join('gzip-folder', 'b-page.html'), page(PARA * 3))
write(os.path.join('gzip-folder', 'c-bomb.gz'), bomb)

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

# ---- plugin safety (issue 11: i11-plugsafe) --------------------------------
# Manifest XPath that is quadratic in the page, on pages of 8,000 and 80,000
# elements side by side and nested: each rule and probe must stop at its
# operation limit (run-hostile.sh gives these cases 5 seconds).
xpath_dir = os.path.join(out, 'xpath')
os.makedirs(xpath_dir, exist_ok=True)
XPATH_HEAD = b'<html><head><title>Big</title></head><body><h1>The big page</h1>'
for count in (8000, 80000):
    write('xpath-flat-%d.html' % count,
          XPATH_HEAD + b''.join(b'<p>Part %d of the page.</p>' % i for i in range(count)) + TAIL)
    write('xpath-nested-%d.html' % count,
          XPATH_HEAD + b''.join(b'<div>Part %d of the page.' % i for i in range(count)) + TAIL)
xpath_rules = {
    'preceding': '//*[count(preceding::*) >= 0][self::h1]',  # every element visits those before it
    'equal': '//*[. = //*][self::h1]',                       # every element against every element
    'contains': "//*[contains(., 'The big')][self::h1]",     # every element's string value
}
for name, expr in xpath_rules.items():
    folder = os.path.join(xpath_dir, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + '.json'), 'w') as f:
        f.write('{"file_format_version":"1.0.0","plugin":{"name":"xpath-%s","version":"1.0.0"},'
                '"parsers":[{"id":"xpath-%s","hosts":["xpath-%s.test"],"rules":{"title":"%s"}}]}\n'
                % (name, name, name, expr))
os.makedirs(os.path.join(xpath_dir, 'probe'), exist_ok=True)
with open(os.path.join(xpath_dir, 'probe', 'probe.json'), 'w') as f:
    f.write('{"file_format_version":"1.0.0","plugin":{"name":"xpath-probe","version":"1.0.0"},'
            '"parsers":[{"id":"xpath-probe","probe":"%s","rules":{"section":"//h1"}}]}\n'
            % xpath_rules['preceding'])
# ---- end of plugin safety ---------------------------------------------------
# ---- Issue 11, items 9 and 13: the text header, the attribute guard and
# the work libxml2's HTML parser does not show. Each shape at 1 MB and
# 10 MB ("-1x", "-10x"); run-hostile.sh gives each 5 seconds. ----
MB = 1024 * 1024


for scale, size in (('1x', MB), ('10x', 10 * MB)):
    # One group of short lines under the title: the header search compared
    # every line with every earlier one.
    write('text-header-%s.txt' % scale, b'T\n\n' + sized(b'a b c d e f\n', size))
    # "<" inside a start tag does not end it for libxml2: "<p <x a1 <x a2 ...>"
    # is one tag with all the attributes.
    n = size // 10
    write('attr-lt-bypass-%s.html' % scale,
          page(b'<p' + b''.join(b' <x a%d' % i for i in range(n)) + b'>text</p>' + PARA))
    # One name repeated: each is still read and compared with the others.
    write('attr-same-name-%s.html' % scale, page(b'<p' + sized(b' a', size) + b'>text</p>' + PARA))
    # Tags just under the attribute cap, one after another: 999 attributes
    # compared pairwise on each.
    tag999 = b'<span' + b''.join(b' a%d' % i for i in range(999)) + b'>x</span>'
    write('attr-999-each-%s.html' % scale, page(PARA + sized(tag999, size) + PARA))
    # End tags that close no open element: libxml2 looks for each through
    # all the open ones.
    n = size // 9
    write('end-tag-search-%s.html' % scale, page(PARA + b'<b>' * n + b'</div>' * n))
    # A <body> inside deep nesting: each looked for through the open elements.
    n = size // 11
    write('body-search-%s.html' % scale, page(PARA + b'<div>' * n + b'<body>' * n))
    # JSON-LD authors given by reference: each was looked for through all
    # of the page's JSON-LD (the 10x page holds the 4 MiB that are read).
    n = min(size, 4 * MB - 1024) // 13
    write('jsonld-refs-%s.html' % scale, b'<html><head><title>Refs</title><script type="application/ld+json">'
          b'{"@type":"NewsArticle","headline":"Refs","author":[' + b','.join([b'{"@id":"#x"}'] * n)
          + b']}</script></head><body>' + PARA + b'</body></html>')

# ---- metadata (issue 11: items 1, 3, 4 and 12) ---------------------------------
# The shapes of ../shared/hostile 01, 02, 03 and 07 at their size (1x) and ten
# times larger (10x), in each tag or source that reads them, and the shapes
# that made other parts of libnewsdoc/metadata superlinear. Every file is
# meta-<shape>-<source>-<size>.html; run-hostile.sh runs each with a 5 s
# ceiling. The content (titles, dates, counts, authors) is checked by
# tests/unit/test_metadata_hostile.c; here only time, memory and crashes.

META_HEAD = b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'


def meta_page(head, body):
    return META_HEAD + head + b'</head><body>' + body + PARA + b'</body></html>'


def meta_ld(json):
    return b'<script type="application/ld+json">' + json + b'</script>'


def meta_title_runs():
    """01: separators that share their spaces ("a | | b") in every title source."""
    sources = {
        'title': lambda t: meta_page(b'<title>' + t + b'</title>', b''),
        'og': lambda t: meta_page(b'<meta property="og:title" content="' + t + b'">', b''),
        'ld': lambda t: meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"' + t + b'"}'), b''),
        'twitter': lambda t: meta_page(b'<meta name="twitter:title" content="' + t + b'">', b''),
        'microdata': lambda t: meta_page(b'', b'<div itemscope><h2 itemprop="headline">' + t + b'</h2></div>'),
        'h1': lambda t: meta_page(b'', b'<h1>' + t + b'</h1>'),
    }
    mixed = [b'|', b'-', b'\xe2\x80\x93', b'\xe2\x80\x94', b'::', b'\xc2\xb7', b'\xc2\xbb', b'//', b'\xe2\x80\xa2',
             b'\xe2\x80\xba', b':']
    sizes = {
        '1x': b'a | | b',
        '10x': b'a' + b' |' * 20 + b' b',
        # 200,000 separators of every kind, and ':' (no separator) among them
        'run': b'Harbour ferry returns' + b''.join(b' ' + mixed[i % len(mixed)] for i in range(200000))
               + b' Harbour Times',
    }
    for source, make in sources.items():
        for size, title in sizes.items():
            write('meta-title-%s-%s.html' % (source, size),
                  make(title).replace(b'<head><meta charset="utf-8">',
                                      b'<head><meta charset="utf-8"><meta property="og:site_name" content="Harbour Times">'))


def meta_title_h1_pairs():
    """A huge <title> and a huge single <h1> that nearly holds it, and a huge
    JSON-LD headline with no word of a huge <h1> that the <title> repeats:
    the rules that weigh the <h1> against other titles compare every place
    of one text with the other, so they must not read a huge <h1>."""
    write('meta-title-pair-h1-run.html', meta_page(b'<title>' + b'a ' * 300000 + b'| b</title>',
                                              b'<h1>' + b'a ' * 100000 + b'c</h1>'))
    write('meta-title-pair-ld-run.html', meta_page(b'<title>' + b'ccc ' * 100000 + b'</title>'
                                                 + meta_ld(b'{"@type":"NewsArticle","headline":"'
                                                           + b'bbb ' * 100000 + b'"}'),
                                                 b'<h1>' + b'ccc ' * 100000 + b'</h1>'))
    # The same rules with an <h1> just within their 400 bytes: a near miss
    # (199 words "a", then "c") against a 600 KB <title> of "a a a ...",
    # and an <h1> the short <title> repeats against a 600 KB JSON-LD
    # headline of words it does not hold. The huge side is not read.
    near_miss = b'a ' * 199 + b'c'
    write('meta-title-pair-h1-near-miss.html', meta_page(b'<title>' + b'a ' * 300000 + b'| b</title>',
                                                     b'<h1>' + near_miss + b'</h1>'))
    write('meta-title-pair-ld-headline.html', meta_page(b'<title>' + b'dd ' * 133 + b'</title>'
                                                     + meta_ld(b'{"@type":"NewsArticle","headline":"'
                                                               + b'bbb ' * 150000 + b'"}'),
                                                     b'<h1>' + b'dd ' * 133 + b'</h1>'))


def meta_byline_lines():
    """Elements nested 20,000 deep, each opening with "By" and holding
    empty elements: every one is a candidate byline line (meta_walk.c's
    on_byline_line), whose text was read whole (64 levels down) to see
    that it is not short."""
    # (the big page, 1.8 million elements, needs about 380 MB: libxml2's
    # tree; run-hostile.sh gives it the memory of the 10x nested pages)
    for size, levels, empties in (('1x', 15000, 40), ('big', 20000, 90)):
        level = b'<div><span>By</span>' + b'<b></b>' * empties
        write('meta-byline-line-nest-%s.html' % size, meta_page(b'', level * levels + b'</div>' * levels))


def meta_date_digits():
    """02: a 19-digit date, 190 digits, a megabyte of digits, in every date source."""
    sources = {
        'og': lambda d: meta_page(b'<meta property="article:published_time" content="' + d + b'">', b''),
        'meta': lambda d: meta_page(b'<meta name="date" content="' + d + b'">', b''),
        'ld': lambda d: meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"H","datePublished":"' + d + b'"}'), b''),
        'microdata': lambda d: meta_page(b'', b'<div itemscope><meta itemprop="datePublished" content="' + d + b'"></div>'),
        'time': lambda d: meta_page(b'', b'<time datetime="' + d + b'">Tuesday</time>'),
        'timetext': lambda d: meta_page(b'', b'<time>' + d + b'</time>'),
        'class': lambda d: meta_page(b'', b'<span class="date">' + d + b'</span>'),
    }
    sizes = {'1x': b'9' * 19, '10x': b'9' * 190, 'run': b'9' * 1000000}
    for source, make in sources.items():
        for size, digits in sizes.items():
            write('meta-date-%s-%s.html' % (source, size), make(digits))


def meta_comment_counts():
    """03: commentCount 1e300; ten articles with counts out of range in every form."""
    write('meta-count-ld-1x.html', meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"x","commentCount":1e300}'), b''))
    values = [b'1e300', b'-1e300', b'1.7976931348623157e308', b'5e18', b'9.3e18', b'-9.3e18', b'1e19',
              b'9223372036854775807', b'-9223372036854775808', b'"99999999999999999999999999"']
    articles = b','.join(
        b'{"@type":"NewsArticle","headline":"x%d","commentCount":%s,"interactionStatistic":['
        b'{"interactionType":"CommentAction","userInteractionCount":%s},'
        b'{"interactionType":{"@type":"CommentAction"},"userInteractionCount":%s}]}' % (i, v, v, v)
        for i, v in enumerate(values))
    write('meta-count-ld-10x.html', meta_page(meta_ld(b'{"@graph":[' + articles + b']}'),
                                              b'<a href="#comments">' + b'9' * 1000 + b' comments</a>'
                                              + b'<span class="comment-count">' + b'9' * 1000 + b'</span>'))


def meta_nested(name, open_tag, close_tag, inner=b'Ann Lee', sizes=(('1x', 40000),), around=(b'', b'')):
    for size, depth in sizes:
        write('meta-nest-%s-%s.html' % (name, size),
              meta_page(b'', around[0] + open_tag * depth + inner + close_tag * depth + around[1]))


def meta_nested_authors():
    """07: itemprop=author nested 40,000 deep (1x) and 400,000 deep (10x), in
    other tags, inside a figure, and the other elements whose text the walk
    reads, nested the same way."""
    both = (('1x', 40000), ('10x', 400000))
    meta_nested('author', b'<div itemscope itemprop="author">', b'</div>', sizes=both)
    meta_nested('author-span', b'<span itemscope itemprop="author">', b'</span>')
    meta_nested('creator', b'<section itemscope itemprop="creator">', b'</section>')
    meta_nested('author-named', b'<div itemscope itemprop="author"><span itemprop="name">Ann Lee</span>', b'</div>')
    meta_nested('author-figure', b'<div itemscope itemprop="author">', b'</div>', sizes=both,
                around=(b'<figure>', b'</figure>'))
    meta_nested('byline', b'<div class="byline">', b'</div>')
    meta_nested('date', b'<div class="date">', b'</div>', inner=b'x')
    meta_nested('count', b'<div class="comment-count">', b'</div>', inner=b'x')
    meta_nested('headline', b'<div itemprop="headline">', b'</div>')
    meta_nested('published', b'<div itemprop="datePublished">', b'</div>', inner=b'x')
    meta_nested('time', b'<time>', b'</time>', inner=b'x')


def meta_names(count):
    """`count` distinct names a byline reader takes for people."""
    letters = 'abcdefghijklmnopqrstuvwxyz'
    names = []
    for i in range(count):
        tail = ''.join(letters[i // 26 ** k % 26] for k in range(4))
        names.append(('Ann' + tail + ' Lee' + tail[::-1]).encode())
    return names


def meta_repeated_structure():
    """What else in metadata/ did work per element or per reference over the
    whole page: <meta> authors (each compared with all before it), JSON-LD
    references (each searched for through all JSON-LD), runs of '&' (each
    searched to the end for a ';'), long kickers (every word against every
    word)."""
    for size, n in (('1x', 5000), ('10x', 50000)):
        write('meta-authors-meta-%s.html' % size,
              meta_page(b''.join(b'<meta name="author" content="%s">' % x for x in meta_names(n)), b''))
        write('meta-authors-og-%s.html' % size,
              meta_page(b''.join(b'<meta property="article:author" content="%s">' % x for x in meta_names(n)), b''))
    for size, n in (('1x', 10000), ('10x', 100000)):
        refs = b','.join(b'{"@id":"#o%d"}' % i for i in range(n))
        write('meta-refs-publisher-%s.html' % size,
              meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"x","publisher":[' + refs + b']}'), b''))
        write('meta-refs-author-%s.html' % size,
              meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"x","author":[' + refs + b']}'), b''))
        write('meta-refs-affiliation-%s.html' % size,
              meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"x","author":{"name":"Ann Lee","affiliation":['
                                + refs + b'],"worksFor":[' + refs + b']}}'), b''))
    for size, n in (('1x', 100000), ('10x', 1000000)):
        write('meta-amps-description-%s.html' % size,
              meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"x","description":"' + b'&' * n + b'"}'), b''))
        write('meta-amps-author-%s.html' % size,
              meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"x","author":"Ann ' + b'&' * n + b'"}'), b''))
    for size, n in (('1x', 5000), ('10x', 50000)):
        kicker_a = b' '.join(b'w%d' % i for i in range(n))
        kicker_b = b' '.join(b'v%d' % i for i in range(n))
        rest = b': the same rest of the headline here'
        write('meta-kicker-og-%s.html' % size,
              meta_page(b'<meta property="og:title" content="' + kicker_a + rest + b'">',
                        b'<h1>' + kicker_b + rest + b'</h1>'))
        write('meta-kicker-ld-%s.html' % size,
              meta_page(meta_ld(b'{"@type":"NewsArticle","headline":"' + kicker_a + rest + b'"}'),
                        b'<h1>' + kicker_b + rest + b'</h1>'))


meta_title_runs()
meta_title_h1_pairs()
meta_byline_lines()
meta_date_digits()
meta_comment_counts()
meta_nested_authors()
meta_repeated_structure()

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
    # Cards nested in an <article>, their box after a long run of comments:
    # each card looked for prose beside its wrappers over the whole run.
    yield 'related-cards-after-comments', page(b'<article>' + PARA + b'<div>' + b'<!--c-->' * (4 * n)
                                               + b'<section>' + b''.join(
        b'<article><a href="/news/card-%d">Card %d</a></article>' % (i, i) for i in range(n // 2))
                                               + b'</section></div></article>')


def shape_lead(n):
    """A block before the article that opens with the page's description
    (content/blocks.c's lead) and holds n empty <span>s, and the same
    spans spread over 1,000 such blocks: only the first letters of a block
    say whether it is the lead, so none may be read whole."""
    description = b'The harbour ferry returns to service after a winter of repairs, the council said.'
    head = HEAD.replace(b'</head>', b'<meta name="description" content="' + description + b'"></head>')
    article = b'<div><article>' + PARA * 6 + b'</article></div>'
    yield 'lead-spans', head + b'<div><p>' + description + b'<span></span>' * n + b'</p>' + article + b'</div>' + TAIL
    yield 'lead-spans-split', (head + b'<div>' + (b'<p>' + description + b'<span></span>' * (n // 1000) + b'</p>') * 1000
                               + article + b'</div>' + TAIL)


ISSUE11_SHAPES = (
    (shape_nested_images, 25000),
    (shape_nested_closed, 25000),
    (shape_deep_paragraphs, 40000),
    (shape_images, 50000),
    (shape_related, 25000),
    (shape_lead, 190000),  # (10x: 1.9 million spans, under max_nodes)
)


def write_shapes(table):
    """Each shape of `table` ((function, base size) pairs) at 1x and 10x
    its base size, as shape-<name>-<1x|10x>.html."""
    for shape, base in table:
        for scale in (1, 10):
            for name, data in shape(base * scale):
                write('shape-%s-%dx.html' % (name, scale), data)


write_shapes(ISSUE11_SHAPES)

# ---- The extraction rules of rounds 6, 7, 8 and 10: hostile_rule_shapes.py.
write_shapes(hostile_rule_shapes.NEW_RULE_SHAPES)
write_shapes(hostile_rule_shapes.ROUND7_SHAPES)
write_shapes(hostile_rule_shapes.ROUND8_SHAPES)
write_shapes(hostile_rule_shapes.ROUND10_SHAPES)
write_shapes(hostile_rule_shapes.ROUND11_SHAPES)
write_shapes(hostile_rule_shapes.ROUND13_SHAPES)

# ---- Issue 12, reading every page right: NULs, charsets, self-closed
# scripts, misplaced <html>, drawings and quotes the lean copy must cut
# where libxml2 does. Each shape at the size of ../shared/hostile's page
# (1x) and ten times that (10x), and at 1 MB and 10 MB where the shape can
# grow; run-hostile.sh gives each 5 s of CPU and checks that a document
# comes out (its content is checked by tests/unit/test_input_*.c and
# test_html_lean.c). Files: i12-<shape>-<size>.html (or .txt).


def i12_shapes(scale, size):
    """(name, bytes) of every shape; `scale` multiplies the small shapes,
    `size` (bytes) is what the growing ones reach."""
    code = (b"document.addEventListener('DOMContentLoaded', function() "
            b"{ trackPageView('ferry', {section: 'local'}); });\n")
    # 09: a self-closed <script .../> and code up to its end tag.
    yield 'selfclosing-script', page(b'<article>' + PARA + (b'<script type="text/javascript"/>\n' + code * scale
                                                           + b'</script>' + PARA) * scale + b'</article>')
    # many self-closed scripts and styles, one end tag at the very end, and
    # none at all: the search for an end is not made again for each
    n = size // 40
    yield 'selfclosing-many', page(b'<article>' + PARA + b'<script src="/a.js"/><style/>' * n + PARA
                                   + b'</script></article>')
    yield 'selfclosing-no-end', page(b'<article>' + PARA + b'<script src="/a.js"/><style media=all/>' * n + PARA
                                     + b'</article>')
    # a value that never closes, and "<script" again and again inside it:
    # each read as a tag of its own would run to the end of the page
    yield 'script-in-open-value', page(b'<article>' + PARA + b"<script a='x" + b'<script ' * (size // 8)
                                       + b'</article>')
    # 10: a script (or anything) before <!DOCTYPE> and <html lang>; and a
    # misplaced <html> tag repeated, each with attributes
    yield 'script-before-html', (b'<script src="/ads.js"></script>\n' * scale + b'<!DOCTYPE html>\n<html lang="en">'
                                 + b'<head><title>Ferry</title></head><body>' + PARA * scale + b'</body></html>')
    yield 'misplaced-html-many', (b'<meta charset="utf-8">' + b'<html lang="en" class="x" data-a="1">' * (size // 40)
                                  + b'<body>' + PARA + b'</body></html>')
    # 12, 12b: a NUL after the first 4 KB (and 10 times further), a NUL in
    # the first 4 KB; then NULs all over: in text, in markup, in a page in
    # UTF-16 and in windows-1252
    comment = b'<!-- ' + b'x' * (5000 * scale) + b' -->'
    yield 'nul-after-4k', page(b'<article>' + PARA + comment + b'\x00' + PARA + b'</article>')
    yield 'nul-first-4k', page(b'<article>' + PARA + b'\x00' + PARA * scale + b'</article>')
    # (paragraphs of about 1 KB: the shape is the NULs, not the count of
    # paragraphs; one NUL in about 60 bytes, a page, not binary data)
    text_nuls = sized(b'<p>' + b'Text with a NUL\x00 inside, and more words around it here. ' * 16 + b'</p>', size)
    yield 'nul-in-text', page(b'<article>' + PARA + text_nuls + b'</article>')
    yield 'nul-in-markup', page(b'<article>' + PARA + sized(b'<p title="a\x00b">' + PARA[3:-5] * 8
                                                           + b'</p><!--\x00-->', size) + b'</article>')
    yield 'nul-utf16', page(b'<article>' + PARA + text_nuls[:size // 2] + b'</article>').decode(
        'utf-8').encode('utf-16-le')
    yield 'nul-cp1252', (b'<html><head><meta charset="windows-1252"></head><body><article>' + PARA
                         + sized(b'<p>' + b'Caf\xe9\x00 and \x81 bytes in a sentence of some length. ' * 16
                                 + b'</p>', size) + b'</article></body></html>')
    # bytes windows-1252 cannot read, all over; UTF-16 and UTF-32 without a
    # byte order mark
    yield 'unreadable-cp1252', (b'<html><head><meta charset="windows-1252"></head><body><article>' + PARA
                                + sized(b'<p>' + b'\x81\x8d\x8f\x90\x9d ' * 160 + b'</p>', size)
                                + b'</article></body></html>')
    big = page(b'<article>' + sized(PARA, size // 2) + b'</article>').decode('utf-8')
    yield 'utf16-no-bom', big.encode('utf-16-le')
    yield 'utf32-bom', b'\xff\xfe\x00\x00' + big[:size // 8].encode('utf-32-le')
    # what the lean copy must cut where libxml2 does: drawings never closed
    # (each looked ahead once), drawings nested deeper than it looks, and
    # attributes with a doubled quote
    yield 'svg-unclosed', page(b'<article>' + PARA + b'<div><svg><path d="M0 0"></div>' * (size // 32) + PARA
                               + b'<svg></svg></article>')
    yield 'svg-deep', page(b'<article>' + PARA + b'<svg>' + b'<g>' * (size // 8) + b'</g>' * (size // 8) + b'</svg>'
                           + PARA + b'</article>')
    yield 'quote-doubled', page(b'<article>' + PARA + sized(b'<p class="a"" title="b">' + PARA[3:-5] * 8
                                                           + b'</p><script>var q = \'"\';</script>', size)
                                + PARA + b'</article>')


for scale, size in ((1, MB), (10, 10 * MB)):
    for name, data in i12_shapes(scale, size):
        write('i12-%s-%dx.html' % (name, scale), data)
    # 12c: NULs in text input
    write('i12-nul-text-input-%dx.txt' % scale, b'Title\n\n' + sized(b'Second\x00para of text.\n\n', size))
